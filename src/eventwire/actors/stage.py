"""Scaffold of the eventwire.actors.v1 stage: passes documents through until its owner lands the real one."""

from __future__ import annotations

from ..pipeline import Document, register


class ActorsStage:
    name = "eventwire.actors.v1"
    reads = ("spacy",)
    writes = ("actors",)

    def __init__(self, **_: object):
        pass

    def __call__(self, doc: Document) -> Document:
        return doc


@register(ActorsStage.name)
def make_stage(**config: object) -> ActorsStage:
    return ActorsStage(**config)
