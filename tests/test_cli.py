"""The command line is a public contract (foundation issue): these tests are its specification."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from eventwire import __version__
from eventwire.cli import app

runner = CliRunner()

TEXT = ("Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Nairobi on Monday. "
        "\u201cWe will open the border to trade,\u201d Ruto told reporters. "
        "Ruto accused smugglers of undermining both economies, Reuters reported.")

ARTICLE_KEYS = {"id", "title", "published", "outlet", "url", "language"}
TOP_KEYS = {"schema_version", "article", "actors", "events", "quotes", "places", "dates", "outlets", "errors"}
EVENT_KEYS = {"id", "type", "mode", "contexts", "source", "target", "cameo", "quad_class", "goldstein",
              "negated", "modality", "historical", "date", "location", "sentence", "start", "end", "trigger",
              "confidence", "quote_id", "reported_by"}


def invoke(*args, input=None):
    return runner.invoke(app, list(args), input=input, catch_exceptions=False)


def test_cli_version():
    result = invoke("--version")
    assert result.exit_code == 0
    assert result.stdout.strip() == f"eventwire {__version__}"


def assert_spans_point_into(text: str, coded: dict) -> None:
    for kind in ("actors", "quotes", "places", "dates", "outlets"):
        for span in coded[kind]:
            assert 0 <= span["start"] < span["end"] <= len(text), (kind, span)
            if kind != "quotes":
                assert text[span["start"]:span["end"]] == span["text"], (kind, span)
    for event in coded["events"]:
        assert text[event["start"]:event["end"]] == event["sentence"]
        assert 0 <= event["start"] < event["end"] <= len(text)


@pytest.mark.slow
def test_cli_code_jsonl_contract(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(TEXT, encoding="utf-8")
    result = invoke("code", str(path), "--format", "jsonl", "--published", "2024-05-06",
                    "--outlet", "Test Wire", "--title", "Border talks")
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1
    coded = json.loads(lines[0])
    assert TOP_KEYS <= set(coded)
    assert ARTICLE_KEYS <= set(coded["article"])
    assert coded["article"]["published"] == "2024-05-06"
    assert coded["article"]["outlet"] == "Test Wire"
    assert coded["article"]["title"] == "Border talks"
    assert coded["events"], "the coder found no event in a text with a meeting and an accusation"
    for event in coded["events"]:
        assert EVENT_KEYS <= set(event)
        for actor in event["source"] + event["target"]:
            assert {"text", "name", "country", "sector", "code"} <= set(actor)
    assert_spans_point_into(TEXT, coded)


@pytest.mark.slow
def test_cli_code_stdin_jsonl_keeps_input_order():
    rows = [{"id": f"r{i}", "title": f"Story {i}", "published": "2024-01-0%d" % (i + 1),
             "text": f"Story number {i}. " + TEXT} for i in range(3)]
    stdin = "".join(json.dumps(r) + "\n" for r in rows)
    result = invoke("code", "-", "--format", "jsonl", input=stdin)
    assert result.exit_code == 0, result.stderr
    out = [json.loads(line) for line in result.stdout.strip().splitlines()]
    assert [o["article"]["title"] for o in out] == ["Story 0", "Story 1", "Story 2"]
    assert [o["article"]["external_id"] for o in out] == ["r0", "r1", "r2"]


def test_cli_code_rejects_bad_date_without_traceback(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(TEXT, encoding="utf-8")
    result = invoke("code", str(path), "--published", "20/08/2021")
    assert result.exit_code == 2
    assert "E013" in result.stderr and "Traceback" not in result.stderr


def test_cli_code_unreadable_input_exits_2(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    result = invoke("code", str(empty), "--format", "jsonl")
    assert result.exit_code == 2
    assert "E001" in result.stderr
    assert result.stdout == ""


@pytest.fixture(scope="module")
def stored(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cli")
    source = folder / "articles.jsonl"
    rows = [
        {"id": "c1", "title": "Border talks", "published": "2024-05-06", "outlet": "Test Wire", "text": TEXT},
        {"id": "c2", "title": "Sanctions", "published": "2024-05-07", "outlet": "Test Wire",
         "text": "The European Union imposed sanctions on Belarus on Tuesday. "
                 "Belarusian officials condemned the decision."},
        "{broken json",
    ]
    source.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows), encoding="utf-8")
    db = str(folder / "store.duckdb")
    result = invoke("ingest", str(source), "--db", db, "--quiet")
    return db, result


@pytest.mark.slow
def test_cli_ingest_reports_bad_line_and_stores_the_rest(stored):
    db, result = stored
    assert result.exit_code == 0
    assert "E004" in result.stderr and "Traceback" not in result.stderr
    stats = json.loads(invoke("stats", "--db", db, "--format", "json").stdout)
    assert {"articles", "events", "quotes", "places", "errors"} <= set(stats)
    assert stats["articles"] == 2 and stats["errors"] == 1


@pytest.mark.slow
def test_cli_events_formats_agree(stored):
    db, _ = stored
    as_jsonl = [json.loads(line) for line in invoke("events", "--db", db, "--format", "jsonl").stdout.splitlines()]
    as_csv = list(csv.DictReader(io.StringIO(invoke("events", "--db", db, "--format", "csv").stdout)))
    assert [e["id"] for e in as_jsonl] == [r["id"] for r in as_csv]
    assert as_jsonl, "no stored events"
    for event in as_jsonl:
        assert EVENT_KEYS <= set(event)
    first_type = as_jsonl[0]["type"]
    only = [json.loads(line) for line in
            invoke("events", "--db", db, "--type", first_type, "--format", "jsonl").stdout.splitlines()]
    assert only and all(e["type"] == first_type for e in only)


@pytest.mark.slow
def test_cli_events_quality_filters(stored, tmp_path):
    db, _ = stored

    def listed(*options):
        result = invoke("events", "--db", db, "--format", "jsonl", *options)
        assert result.exit_code == 0, result.stderr
        return [json.loads(line) for line in result.stdout.splitlines()]

    every = listed()
    confident = listed("--min-confidence", "0.8")
    assert {e["id"] for e in confident} == {e["id"] for e in every if e["confidence"] >= 0.8}
    asserted = listed("--asserted")
    assert {e["id"] for e in asserted} == {e["id"] for e in every if not e["negated"] and not e["modality"]}
    out = tmp_path / "asserted.jsonl"
    assert invoke("export", str(out), "--db", db, "--format", "jsonl", "--asserted",
                  "--min-confidence", "0.8").exit_code == 0
    exported = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(exported) == len([e for e in confident if not e["negated"] and not e["modality"]])
    assert invoke("events", "--db", db, "--min-confidence", "2").exit_code == 2


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["parquet", "csv", "jsonl"])
def test_cli_export_formats(stored, tmp_path, fmt):
    import duckdb

    db, _ = stored
    out = tmp_path / f"events.{fmt}"
    result = invoke("export", str(out), "--db", db, "--format", fmt)
    assert result.exit_code == 0, result.stderr
    reader = {"parquet": "read_parquet", "csv": "read_csv_auto", "jsonl": "read_json_auto"}[fmt]
    expected = json.loads(invoke("stats", "--db", db, "--format", "json").stdout)["events"]
    assert expected > 0
    n = duckdb.sql(f"select count(*) from {reader}('{out}')").fetchall()[0][0]
    assert n == expected


@pytest.mark.slow
def test_cli_actor_resolves_putin():
    result = invoke("actor", "Russian President Vladimir Putin", "--format", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["country"] == "RUS" and data["sector"] == "GOV"
    assert data["kind"] == "person" and "Putin" in data["name"]


def test_cli_entry_point_prints_no_traceback_on_missing_path(tmp_path):
    exe = [sys.executable, "-m", "eventwire.cli"]
    proc = subprocess.run(exe + ["ingest", str(tmp_path / "nope.jsonl"), "--db", str(tmp_path / "s.duckdb")],
                          capture_output=True, text=True)
    assert proc.returncode == 2
    assert "E011" in proc.stderr and "Traceback" not in proc.stderr


def test_cli_error_messages_with_brackets_print_as_text(tmp_path):
    """Paths and reasons are data, not rich markup: '[x]' in them must not crash the printer."""
    result = invoke("stats", "--db", str(tmp_path / "[odd]" / "missing.duckdb"))
    assert result.exit_code == 2
    assert "[odd]" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.slow
def test_cli_export_into_a_folder_is_a_one_line_error(stored, tmp_path):
    db, _ = stored
    result = invoke("export", str(tmp_path), "--db", db, "--format", "csv")
    assert result.exit_code == 2
    assert str(tmp_path) in result.stderr  # the message names the path
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) <= 2


@pytest.mark.slow
def test_cli_explain_takes_a_long_sentence_as_text():
    sentence = "Kenyan President William Ruto accused smugglers of undermining trade with Tanzania. " * 4
    result = invoke("explain", sentence, "--format", "json")
    assert result.exit_code == 0, result.stderr
    explained = json.loads(result.stdout)
    assert explained and all(item["sentence"] in sentence for item in explained)
