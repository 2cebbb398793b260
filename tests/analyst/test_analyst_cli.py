"""The analyst commands end to end on a hand-made store: events --dedup, aggregate, export
--schema, coverage, tombstones; export without --schema behaves as before."""

from __future__ import annotations

import csv
import io
import json

import duckdb
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.store import open_store

from analyst_corpus import three_outlets, month_articles, write

runner = CliRunner()


def filled_db(tmp_path) -> str:
    db = str(tmp_path / "cli.duckdb")
    with open_store(db) as store:
        write(store, three_outlets() + month_articles())
    return db


def test_analyst_cli_events_dedup_modes(tmp_path):
    db = filled_db(tmp_path)
    counts = {}
    for mode in ("raw", "story", "event"):
        result = runner.invoke(app, ["events", "--db", db, "--dedup", mode, "--format", "jsonl",
                                     "--since", "2024-05-11"])
        assert result.exit_code == 0, result.output
        counts[mode] = [json.loads(line) for line in result.stdout.splitlines()]
    assert [len(counts[m]) for m in ("raw", "story", "event")] == [4, 3, 1]
    assert counts["event"][0]["n_sources"] == 3


def test_analyst_cli_aggregate_csv_zero_filled(tmp_path):
    db = filled_db(tmp_path)
    out = tmp_path / "dyad-month.csv"
    result = runner.invoke(app, ["aggregate", "--db", db, "--unit", "directed-dyad", "--period", "day",
                                 "--since", "2022-03-01", "--until", "2022-03-05", "--format", "csv",
                                 "--out", str(out)])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(out.read_text())))
    assert [(r["period"], r["value"]) for r in rows] == [
        ("2022-03-01", "2"), ("2022-03-02", "1"), ("2022-03-03", "0"), ("2022-03-04", "3"), ("2022-03-05", "0")]


def test_analyst_cli_export_schema_and_old_export_unchanged(tmp_path):
    db = filled_db(tmp_path)
    gdelt = tmp_path / "gdelt.tsv"
    result = runner.invoke(app, ["export", str(gdelt), "--db", db, "--schema", "gdelt", "--format", "tsv",
                                 "--dedup", "event"])
    assert result.exit_code == 0, result.output
    assert all(len(line.split("\t")) == 61 for line in gdelt.read_text().splitlines())
    assert json.loads((tmp_path / "gdelt.tsv.meta.json").read_text())["dedup"] == "event"
    plain = tmp_path / "plain.csv"
    result = runner.invoke(app, ["export", str(plain), "--db", db, "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert "source_codes" in duckdb.connect().read_csv(str(plain)).columns  # the store's own layout
    assert not (tmp_path / "plain.csv.meta.json").exists()
    bad = runner.invoke(app, ["export", str(tmp_path / "x.gexf"), "--db", db, "--format", "gexf",
                              "--table", "quotes"])
    assert bad.exit_code == 2


def test_analyst_cli_coverage_and_tombstones(tmp_path):
    db = filled_db(tmp_path)
    result = runner.invoke(app, ["coverage", "--db", db, "--since", "2022-03-01", "--until", "2022-03-05",
                                 "--format", "json"])
    assert result.exit_code == 0, result.output
    assert [r["flag"] for r in json.loads(result.stdout)] == [None, None, "no-events", None, "none"]
    result = runner.invoke(app, ["export", str(tmp_path / "t.jsonl"), "--db", db, "--tombstones",
                                 "--format", "jsonl"])
    assert result.exit_code == 0 and (tmp_path / "t.jsonl").read_text() == ""
