"""Export round trips (read back with DuckDB), opening, and the rich summary."""

from __future__ import annotations

import json

import duckdb
import pytest
from rich.console import Console

from eventwire.errors import ConfigError, StoreError
from eventwire.store import TABLES, open_store
from eventwire.store.summary import render_summary

READERS = {"parquet": "read_parquet", "csv": "read_csv", "jsonl": "read_json"}


def read_back(fmt: str, path) -> list[dict]:
    relation = getattr(duckdb.connect(), READERS[fmt])(str(path))
    return [dict(zip(relation.columns, row)) for row in relation.fetchall()]


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_store_export_flat_events_round_trip(filled, batch, tmp_path, fmt):
    out = tmp_path / f"events.{fmt}"
    written = filled.export(fmt, str(out), "events")
    rows = read_back(fmt, out)
    events = filled.events()
    assert written == len(rows) == len(events)
    assert [r["id"] for r in rows] == [e["id"] for e in events]
    by_id = {r["id"]: r for r in rows}
    accuse = by_id["ev-accuse"]
    assert (accuse["source_code"], accuse["target_country"], accuse["location_name"]) == ("FREGOV", "SYL", "Vella")
    assert (accuse["lat"], accuse["quad_class"], accuse["negated"]) == (44.5, 3, False)
    assert accuse["article_outlet"] == batch[0][0].outlet
    assert json.loads(accuse["source"])[0]["code"] == "FREGOV"


def test_store_export_jsonl_events_are_nested_event_json(filled, batch, tmp_path):
    out = tmp_path / "events.jsonl"
    written = filled.export("jsonl", str(out))
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert written == len(lines) == len(read_back("jsonl", out))
    original = batch[0][1].events[0].model_dump(mode="json")
    exported = next(line for line in lines if line["id"] == original["id"])
    assert {k: exported[k] for k in original} == original
    assert exported["article_id"] == batch[0][0].id and exported["article_published"] == batch[0][0].published


@pytest.mark.parametrize("fmt", ["parquet", "csv", "jsonl"])
@pytest.mark.parametrize("table", TABLES)
def test_store_export_every_table(filled, tmp_path, fmt, table):
    out = tmp_path / "nested" / f"{table}.{fmt}"
    written = filled.export(fmt, str(out), table)
    stats = filled.stats()
    assert written == stats[table]
    if written:
        rows = read_back(fmt, out)
        assert len(rows) == written
        assert "signature" not in rows[0]


def test_store_export_refuses_unknown_table_or_format(filled, tmp_path):
    with pytest.raises(ConfigError):
        filled.export("csv", str(tmp_path / "x.csv"), "store_meta")
    with pytest.raises(ConfigError):
        filled.export("xlsx", str(tmp_path / "x.xlsx"))


def test_store_open_postgres_url_is_not_available_yet():
    with pytest.raises(ConfigError, match="PostgreSQL backend not available yet"):
        open_store("postgresql://localhost/eventwire")


def test_store_open_translates_database_failures(tmp_path):
    garbage = tmp_path / "not-a-database.duckdb"
    garbage.write_bytes(b"this is not a duckdb file" * 100)
    with pytest.raises(StoreError):
        open_store(str(garbage))
    with pytest.raises(StoreError):
        open_store(str(tmp_path / "missing.duckdb"), read_only=True)


def test_store_read_only_reads_but_refuses_writes(tmp_path, batch):
    path = str(tmp_path / "ro.duckdb")
    with open_store(path) as store:
        store.write_batch(batch[:1], [])
    with open_store(path, read_only=True) as store:
        assert store.existing_ids([batch[0][0].id]) == {batch[0][0].id}
        with pytest.raises(StoreError):
            store.write_batch(batch[1:2], [])


def test_store_summary_renders_the_numbers(filled):
    stats = filled.stats()
    console = Console(record=True, width=120)
    console.print(render_summary(stats))
    text = console.export_text()
    for title in ("Articles", "Events by type", "Top dyads", "Quotes by speaker"):
        assert title in text
    lines = text.splitlines()

    def row(*cells: str) -> bool:
        return any(all(c in line for c in cells) for line in lines)

    assert row("coded", str(stats["coded"])) and row("errors", str(stats["errors"]))
    assert row("duplicates", str(stats["duplicates"]))
    for event_type, n in stats["events_by_type"].items():
        assert row(event_type, str(n))
    for dyad in stats["top_dyads"]:
        assert row(dyad["source"], dyad["target"], str(dyad["n"]))
    assert row("Ana Ruiz", str(stats["top_speakers"][0]["n"]))


@pytest.mark.parametrize("fmt", ["parquet", "csv", "jsonl"])
@pytest.mark.parametrize("where", ["a directory", "under a file"])
def test_store_export_to_an_unwritable_out_is_a_config_error_naming_it(filled, tmp_path, fmt, where):
    from eventwire.errors import ConfigError

    (tmp_path / "afile").write_text("not a folder")
    out = tmp_path / ("adir" if where == "a directory" else "afile/x")
    if where == "a directory":
        out.mkdir()
    with pytest.raises(ConfigError, match="cannot write .*(adir|afile)"):
        filled.export(fmt, str(out))


def test_store_db_under_a_file_is_a_store_error_naming_it(tmp_path):
    from eventwire.errors import StoreError
    from eventwire.store import open_store

    (tmp_path / "afile").write_text("not a folder")
    with pytest.raises(StoreError, match="afile"):
        open_store(str(tmp_path / "afile" / "s.duckdb"))
