"""Scaffold of the eventwire.quotes.link_events.v1 stage: passes documents through until its owner lands the real one."""

from __future__ import annotations

from ..pipeline import Document, register


class QuoteEventLinker:
    name = "eventwire.quotes.link_events.v1"
    reads = ("events", "quotes", "outlets")
    writes = ("events",)

    def __init__(self, **_: object):
        pass

    def __call__(self, doc: Document) -> Document:
        return doc


@register(QuoteEventLinker.name)
def make_stage(**config: object) -> QuoteEventLinker:
    return QuoteEventLinker(**config)
