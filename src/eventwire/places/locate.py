"""Scaffold of the eventwire.places.locate_events.v1 stage: passes documents through until its owner lands the real one."""

from __future__ import annotations

from ..pipeline import Document, register


class EventLocator:
    name = "eventwire.places.locate_events.v1"
    reads = ("events", "places")
    writes = ("events",)

    def __init__(self, **_: object):
        pass

    def __call__(self, doc: Document) -> Document:
        return doc


@register(EventLocator.name)
def make_stage(**config: object) -> EventLocator:
    return EventLocator(**config)
