"""Writing: idempotency, atomic batches, error dedup, signatures, schema coverage."""

from __future__ import annotations

import duckdb
import pytest

from eventwire.errors import StoreError
from eventwire.records import (
    ActorMention, Article, DateMention, Event, IngestError, OutletMention, Place, Quote,
)
from eventwire.store import open_store
from eventwire.store.duckdb_store import DuckDBStore
from eventwire.store.rows import error_id


def stage_errors(batch) -> list[IngestError]:
    """The stage errors of a batch, which the caller passes (as runner.store_batch does)."""
    return [e for _, c, _ in batch if c is not None for e in c.errors]

EMPTY_COUNTS = dict(articles=0, coded=0, skipped=0, duplicates=0, events=0, quotes=0, places=0,
                    actors=0, dates=0, outlets=0, errors=0)


def test_store_write_counts_every_record(store, batch, read_errors):
    result = store.write_batch(batch, read_errors + stage_errors(batch))
    coded = [c for _, c, _ in batch if c is not None]
    assert result.written == len(batch) and result.skipped == 0
    assert result.rows == {table: sum(len(getattr(c, table)) for c in coded)
                           for table in ("events", "quotes", "actors", "places", "dates", "outlets")}
    # Read errors plus the stage error carried by the first coded article, each written once.
    assert result.errors_written == len(read_errors) + sum(len(c.errors) for c in coded)
    assert result.errors_skipped == 0
    stats = store.stats()
    assert (stats["articles"], stats["coded"], stats["skipped"], stats["duplicates"]) == (5, 3, 1, 1)
    assert stats["events"] == sum(len(c.events) for c in coded)


def test_store_same_batch_twice_gives_same_stats(store, batch, read_errors):
    store.write_batch(batch, read_errors)
    first = store.stats()
    again = store.write_batch(batch, read_errors)
    assert again.written == 0 and again.skipped == len(batch)
    assert again.errors_written == 0 and sum(again.rows.values()) == 0
    assert store.stats() == first


def test_store_reopened_file_skips_known_articles(tmp_path, batch, read_errors):
    path = str(tmp_path / "twice.duckdb")
    with open_store(path) as store:
        store.write_batch(batch[:2], read_errors)
    with open_store(path) as store:
        result = store.write_batch(batch, read_errors)
        assert (result.written, result.skipped) == (len(batch) - 2, 2)
        assert store.existing_ids([a.id for a, _, _ in batch] + ["a-unknown"]) == {a.id for a, _, _ in batch}
        assert store.stats()["articles"] == len(batch)


def test_store_article_repeated_within_a_batch_is_stored_once(store, batch):
    result = store.write_batch([batch[0], batch[0]], [])
    assert (result.written, result.skipped) == (1, 1)
    assert store.stats()["events"] == len(batch[0][1].events)


@pytest.mark.parametrize("failing_table", ["events", "outlets", "errors"])
def test_store_failed_batch_rolls_back_everything(store, batch, read_errors, monkeypatch, failing_table):
    store.write_batch(batch[2:3], [])  # an earlier batch that must survive
    before = store.stats()
    real_insert = DuckDBStore._insert

    def insert_or_fail(self, cur, table, rows):
        if table == failing_table:
            raise duckdb.IOException("injected failure")
        return real_insert(self, cur, table, rows)

    monkeypatch.setattr(DuckDBStore, "_insert", insert_or_fail)
    with pytest.raises(StoreError, match="injected failure"):
        store.write_batch(batch, read_errors)
    assert store.stats() == before
    monkeypatch.undo()
    # The store is still usable and the batch goes in whole on a retry.
    assert store.write_batch(batch, read_errors).written == len(batch) - 1


def test_store_value_a_column_cannot_hold_rolls_back_the_batch(store, batch):
    article, coded, signature = batch[0]
    too_big = coded.events[0].model_copy(update={"quad_class": 2 ** 40})
    broken = coded.model_copy(update={"events": [too_big]})
    with pytest.raises(StoreError):
        store.write_batch([batch[1], (article, broken, signature)], [])
    assert store.stats()["articles"] == 0 and store.existing_ids([batch[1][0].id]) == set()


def test_store_errors_deduplicated_by_stable_id(store):
    error = IngestError(source="feed.xml", position="item 3", code="E008", reason="unreadable feed")
    same = IngestError(source="feed.xml", position="item 3", code="E008", reason="unreadable feed",
                       stage="ingest")
    other = error.model_copy(update={"position": "item 4"})
    assert error_id(error) == error_id(same) != error_id(other)
    first = store.write_batch([], [error, same, other])
    assert (first.errors_written, first.errors_skipped) == (2, 1)
    second = store.write_batch([], [same])
    assert (second.errors_written, second.errors_skipped) == (0, 1)
    assert store.stats()["errors"] == 2


def test_store_event_id_taken_by_another_article_is_reported_not_lost(store, batch):
    store.write_batch(batch[:1], [])
    article, coded, _ = batch[1]
    clash = coded.events[0].model_copy(update={"id": batch[0][1].events[0].id})
    result = store.write_batch([(article, coded.model_copy(update={"events": [clash]}), None)], [])
    assert result.written == 1 and result.conflicts == 1 and result.rows["events"] == 0
    assert store.get_event(clash.id)["article_id"] == batch[0][0].id


def test_store_signatures_round_trip(filled, batch):
    expected = {a.id: sig for a, _, sig in batch if sig is not None and a.status == "coded"}
    assert dict(filled.signatures()) == expected


def test_store_signatures_are_first_copies_in_ingestion_order(store, batch):
    """A resumed run must index what a fresh run indexed, in the same order: first copies
    in input order, never a duplicate (whose signature is its first copy's)."""
    accusation, agreement, protest, skipped, duplicate = batch
    later = (protest[0], protest[1], b"\x03sig-protest")
    # ids sort agreement < accusation? whatever they are, input order must win over id order
    store.write_batch([agreement, duplicate, accusation], [])
    store.write_batch([later], [])
    assert [a for a, _ in store.signatures()] == [agreement[0].id, accusation[0].id, protest[0].id]


def test_store_signatures_keep_input_order_within_one_batch(store, batch):
    """One batch has one ingested_at: the insertion sequence decides."""
    accusation, agreement = batch[0], batch[1]
    first, second = sorted([accusation, agreement], key=lambda item: item[0].id, reverse=True)
    store.write_batch([first, second], [])
    assert [a for a, _ in store.signatures()] == [first[0].id, second[0].id]


def test_store_stage_errors_passed_by_the_caller_are_not_counted_as_repeats(store, batch):
    errors = stage_errors(batch)
    result = store.write_batch(batch, errors)
    assert (result.errors_written, result.errors_skipped) == (len(errors), 0)


def test_store_error_id_includes_stage_and_article():
    one = IngestError(source="api", position="item 1", code="E020", reason="stage x failed: ValueError",
                      stage="eventwire.events.v1", article_id="a1")
    assert error_id(one) != error_id(one.model_copy(update={"article_id": "a2"}))
    assert error_id(one) != error_id(one.model_copy(update={"stage": "eventwire.quotes.v1"}))


def test_store_distinct_stage_failures_at_one_position_are_all_kept(store):
    failures = [IngestError(source="api", position="item 1", code="E020", reason="stage failed",
                            stage="eventwire.events.v1", article_id=f"a{n}") for n in (1, 2)]
    assert store.write_batch([], failures).errors_written == 2


@pytest.mark.parametrize("table, model, extra", [
    ("articles", Article, {"signature", "coder_version", "ingested_at"}),
    ("events", Event, {"article_id"}),
    ("quotes", Quote, {"article_id", "speaker_name", "speaker_country"}),
    ("actors", ActorMention, {"article_id"}),
    ("places", Place, {"article_id"}),
    ("dates", DateMention, {"article_id"}),
    ("outlets", OutletMention, {"article_id"}),
    ("errors", IngestError, {"id", "created_at"}),
])
def test_store_schema_covers_every_record_field(store, table, model, extra):
    with store._cursor("inspect") as cur:
        columns = set(cur.sql(f"SELECT * FROM {table} LIMIT 0").columns)
    assert set(model.model_fields) | extra <= columns
