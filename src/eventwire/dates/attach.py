"""Scaffold of the eventwire.dates.date_events.v1 stage: passes documents through until its owner lands the real one."""

from __future__ import annotations

from ..pipeline import Document, register


class EventDater:
    name = "eventwire.dates.date_events.v1"
    reads = ("events", "dates")
    writes = ("events",)

    def __init__(self, **_: object):
        pass

    def __call__(self, doc: Document) -> Document:
        return doc


@register(EventDater.name)
def make_stage(**config: object) -> EventDater:
    return EventDater(**config)
