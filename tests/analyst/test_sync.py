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
    assert counts == {"articles": 3, "added": 0, "changed": 0, "unchanged": 3, "removed": 0, "failed": 0}
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


class FailsOn:
    """A stage that raises on articles whose text contains ``word``."""

    name = "eventwire.test.fails_on.v1"
    reads = ("article",)
    writes = ("events",)

    def __init__(self, word):
        self.word = word

    def __call__(self, doc: Document) -> Document:
        if self.word in doc.text:
            raise ValueError("invented failure")
        return doc


def test_sync_recode_keeps_the_records_of_an_article_a_stage_failed_on(store, three_outlets):
    write(store, three_outlets)
    before = {e["id"]: e for e in store.events()}
    failing = three_outlets[0][0]
    word = failing.text.split()[-1]
    assert all(word not in a.text for a, _ in three_outlets[1:])
    counts = recode(store, pipeline=Pipeline([StubEvents(), FailsOn(word)]))
    assert counts["failed"] == 1 and counts["articles"] == 2
    kept = {e["id"] for e in store.events() if e["article_id"] == failing.id}
    assert kept == {i for i, e in before.items() if e["article_id"] == failing.id} and kept
    assert not [t for t in store.tombstones() if t["article_id"] == failing.id]
    assert [r for r in _errors(store) if r["article_id"] == failing.id and r["code"] == "E020"]


def _errors(store):
    with store._cursor("read errors") as cur:
        cur.execute("SELECT * FROM errors")
        return store._dicts(cur)


def test_sync_recode_reads_texts_one_batch_at_a_time(store, three_outlets, monkeypatch):
    write(store, three_outlets)
    asked = []
    real = store.articles_by_id
    monkeypatch.setattr(store, "articles_by_id", lambda ids: asked.append(list(ids)) or real(ids))
    recode(store, pipeline=Pipeline([StubEvents()]), batch_size=2)
    assert [len(ids) for ids in asked] == [2, 1]


def test_sync_replace_coded_of_an_unstored_article_is_not_found(store, three_outlets):
    article, coded = three_outlets[0]
    with pytest.raises(NotFoundError):
        store.replace_coded([(article, coded)])


def test_sync_recode_retries_an_article_stored_as_failed(store, three_outlets):
    """A document a stage failed on at ingest is stored as 'failed'; a later recode codes it."""
    first, _ = three_outlets[0]
    word = first.text.split()[-1]
    failing_run = Pipeline([StubEvents(), FailsOn(word)])
    store.write_batch([(first, next(failing_run.code([first])), None)], [])
    assert store.get_article(first.id)["status"] == "failed"
    assert store.events() == []
    counts = recode(store, pipeline=Pipeline([StubEvents()]))
    assert counts["articles"] == 1 and counts["failed"] == 0
    assert store.get_article(first.id)["status"] == "coded"
    assert [e["article_id"] for e in store.events()] and {e["article_id"] for e in store.events()} == {first.id}
