"""Recode, tombstones, updated_since and coverage on hand-made stores (a stub coder, no spaCy)."""

from __future__ import annotations

import time

import pytest

from eventwire.analyst.coverage import coverage
from eventwire.analyst.ids import event_id, id_mismatches
from eventwire.analyst.sync import recode
from eventwire.errors import NotFoundError
from eventwire.pipeline import Document, Pipeline

from analyst_corpus import coded_article, write


class StubEvents:
    """A coder stage: an event for each word listed, with the coder's id formula."""

    name = "eventwire.test.stub_events.v1"
    reads = ("article",)
    writes = ("events",)

    def __init__(self, words=("met", "held", "convened"), goldstein=1.0):
        self.words, self.goldstein = words, goldstein

    def __call__(self, doc: Document) -> Document:
        from eventwire.records import Event
        text = doc.text
        doc.events = []
        for word in self.words:
            at = text.find(word)
            if at >= 0:
                doc.events.append(Event(
                    id=event_id(doc.article.id, at, at + len(word), "CONSULT"), type="CONSULT",
                    sentence=text, start=0, end=len(text), trigger=word, trigger_start=at,
                    trigger_end=at + len(word), confidence=0.5, goldstein=self.goldstein,
                    date=doc.article.published, coder_version="stub/1"))
        return doc


def test_sync_recode_gives_identical_ids(store, three_outlets):
    write(store, three_outlets)
    coder = Pipeline([StubEvents()])
    recode(store, pipeline=coder)
    first = sorted(e["id"] for e in store.events())
    counts = recode(store, pipeline=coder)
    assert sorted(e["id"] for e in store.events()) == first and len(first) == 3
    assert counts == {"articles": 3, "added": 0, "changed": 0, "unchanged": 3, "removed": 0}
    for article in store.articles_to_recode():
        assert not id_mismatches(next(coder.code([article])))


def test_sync_recode_tombstones_removed_events_and_moves_updated_at(store, three_outlets):
    write(store, three_outlets)
    before = {e["id"]: e for e in store.events()}
    assert len(before) == 4
    time.sleep(0.01)
    counts = recode(store, pipeline=Pipeline([StubEvents(words=("held",), goldstein=2.0)]))
    after = store.events()
    assert counts["removed"] == 4 - sum(1 for e in after if e["id"] in before)
    stones = store.tombstones()
    assert {t["event_id"] for t in stones} == set(before) - {e["id"] for e in after}
    assert all(t["reason"] == "recode" for t in stones)
    since = stones[0]["removed_at"]
    assert {e["id"] for e in store.events(updated_since=since)} == {e["id"] for e in after}
    assert store.tombstones(updated_since="2999-01-01") == []
    # the store's article coder version follows the recode
    assert {e["coder_version"] for e in after} == {"stub/1"}


def test_sync_recode_one_article_and_unknown_article(store, three_outlets):
    write(store, three_outlets)
    target = three_outlets[1][0].id
    counts = recode(store, article_id=target, pipeline=Pipeline([StubEvents()]))
    assert counts["articles"] == 1
    with pytest.raises(NotFoundError):
        recode(store, article_id="a-missing", pipeline=Pipeline([StubEvents()]))


def test_sync_coverage_flags_empty_and_low_days(store):
    items = []
    for day, n in (("01", 8), ("02", 8), ("03", 8), ("05", 1), ("06", 8)):
        for i in range(n):
            items.append(coded_article(f"Report {i} of day {day}: Kenya met Tanzania.", f"2024-05-{day}", "A", []))
    write(store, items)
    rows = coverage(store, "2024-05-01", "2024-05-07")
    flags = {r["day"]: r["flag"] for r in rows}
    assert flags["2024-05-04"] == "none" and flags["2024-05-07"] == "none"
    assert flags["2024-05-05"] == "low"
    assert flags["2024-05-01"] == "no-events"  # articles came in, no event was coded
    assert [r["articles"] for r in rows] == [8, 8, 8, 0, 1, 8, 0]
