"""Scaffold of the eventwire.dates.v1 stage: passes documents through until its owner lands the real one."""

from __future__ import annotations

from ..pipeline import Document, register


class DatesStage:
    name = "eventwire.dates.v1"
    reads = ("spacy",)
    writes = ("dates",)

    def __init__(self, **_: object):
        pass

    def __call__(self, doc: Document) -> Document:
        return doc


@register(DatesStage.name)
def make_stage(**config: object) -> DatesStage:
    return DatesStage(**config)
