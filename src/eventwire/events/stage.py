"""Scaffold of the eventwire.events.v1 stage: passes documents through until its owner lands the real one."""

from __future__ import annotations

from ..pipeline import Document, register


class EventsStage:
    name = "eventwire.events.v1"
    reads = ("spacy", "actors", "quotes")
    writes = ("events",)

    def __init__(self, **_: object):
        pass

    def __call__(self, doc: Document) -> Document:
        return doc


@register(EventsStage.name)
def make_stage(**config: object) -> EventsStage:
    return EventsStage(**config)
