"""The event linker on hand-built documents (no model)."""

from __future__ import annotations

import pytest

from eventwire.pipeline import Document
from eventwire.quotes.link import make_stage
from eventwire.records import Actor, Article, Event, OutletMention, Quote, article_id

TEXT = ("Putin accused the West of meddling. “We will attack the bases,” he said. "
        "Putin rejected the plan, CNN reports.")


def event(type_: str, trigger: str, sentence: str) -> Event:
    s = TEXT.index(sentence)
    t = TEXT.index(trigger, s)
    return Event(id=f"e-{trigger}", type=type_, sentence=sentence, start=s, end=s + len(sentence),
                 trigger=trigger, trigger_start=t, trigger_end=t + len(trigger), confidence=1.0)


def build() -> Document:
    doc = Document(Article(id=article_id(TEXT), text=TEXT))
    q_text = "We will attack the bases"
    qs = TEXT.index(q_text)
    doc.quotes = [Quote(id="q1", text=q_text, kind="direct", start=qs, end=qs + len(q_text), cue="said",
                        speaker=Actor(text="he", name="Vladimir Putin", country="RUS"))]
    cs = TEXT.index("CNN")
    doc.outlets = [OutletMention(name="CNN", text="CNN", start=cs, end=cs + 3, cue="reports")]
    s2 = "“We will attack the bases,” he said."
    doc.events = [
        event("ACCUSE", "accused", "Putin accused the West of meddling."),
        event("THREATEN", "attack", s2),
        event("THREATEN", "said", s2),
        event("REJECT", "rejected", "Putin rejected the plan, CNN reports."),
    ]
    return make_stage(unknown_option=1)(doc)


@pytest.mark.parametrize("trigger, quote_id, outlet, reported_by", [
    ("attack", "q1", None, "Vladimir Putin"),   # trigger inside the quote
    ("said", "q1", None, None),                 # verbal event whose content the quote carries
    ("accused", None, None, None),              # no quote near it
    ("rejected", None, "CNN", None),            # sentence cites an outlet
])
def test_quotes_link_events(trigger, quote_id, outlet, reported_by):
    ev = next(e for e in build().events if e.trigger == trigger)
    assert ev.quote_id == quote_id
    assert ev.outlet == outlet
    assert (ev.reported_by.name if ev.reported_by else None) == reported_by


def test_quotes_link_explains_links():
    doc = build()
    notes = doc.trace["eventwire.quotes.link_events.v1"]
    assert {n["event"] for n in notes} == {"e-attack", "e-said", "e-rejected"}
