"""Scaffold of the eventwire.places.v1 stage: passes documents through until its owner lands the real one."""

from __future__ import annotations

from ..pipeline import Document, register


class PlacesStage:
    name = "eventwire.places.v1"
    reads = ("spacy", "actors")
    writes = ("places",)

    def __init__(self, **_: object):
        pass

    def __call__(self, doc: Document) -> Document:
        return doc


@register(PlacesStage.name)
def make_stage(**config: object) -> PlacesStage:
    return PlacesStage(**config)
