"""Scaffold of the eventwire.quotes.v1 stage: passes documents through until its owner lands the real one."""

from __future__ import annotations

from ..pipeline import Document, register


class QuotesStage:
    name = "eventwire.quotes.v1"
    reads = ("spacy", "actors")
    writes = ("quotes", "outlets")

    def __init__(self, **_: object):
        pass

    def __call__(self, doc: Document) -> Document:
        return doc


@register(QuotesStage.name)
def make_stage(**config: object) -> QuotesStage:
    return QuotesStage(**config)
