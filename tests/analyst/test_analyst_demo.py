"""End to end on the demo corpus (spaCy): recoding keeps ids; the Almaty story told by three
outlets (demo-17/18/19) merges in event mode; exports read back with their columns."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from eventwire.analyst.exports import export_events, schema_columns
from eventwire.analyst.ids import id_mismatches
from eventwire.analyst.sync import recode
from eventwire.store import open_store

DEMO = Path(__file__).resolve().parents[2] / "demo" / "corpus" / "articles.jsonl"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    if not DEMO.is_file():
        pytest.skip("demo corpus not written yet")
    from eventwire.runner import ingest
    db = str(tmp_path_factory.mktemp("demo") / "demo.duckdb")
    ingest([str(DEMO)], db)
    return db


def test_analyst_demo_recode_gives_identical_ids(demo_db, coder):
    with open_store(demo_db) as store:
        before = sorted(e["id"] for e in store.events())
        if not before:
            pytest.skip("the coder produced no events on the demo corpus")
        for article in list(store.articles_to_recode())[:5]:
            assert not id_mismatches(next(coder.code([article])))
        counts = recode(store, pipeline=coder)
        assert sorted(e["id"] for e in store.events()) == before
        assert counts["removed"] == 0 and counts["added"] == 0 and store.tombstones() == []


def test_analyst_demo_three_outlet_story_merges(demo_db):
    with open_store(demo_db, read_only=True) as store:
        raw = store.events(since="2024-05-11", until="2024-05-11")
        merged = store.events(since="2024-05-11", until="2024-05-11", dedup="event")
        assert raw, "the coder found no event in the three-outlet story of 2024-05-11"
        assert len(merged) < len(raw)
        assert sum(e["n_mentions"] for e in merged) == len(raw)
        assert max(e["n_sources"] for e in merged) >= 2  # one event reported by several outlets


def reference_columns(shared, heading: str) -> list[str]:
    """The ordered column list of one format, as ../shared/reference/event-data-schemas.md gives it."""
    text = (shared / "reference" / "event-data-schemas.md").read_text(encoding="utf-8")
    section = text.split(heading, 1)[1].split("\n", 1)[1]  # drop the rest of the heading line
    lines = []
    for line in section.splitlines():
        if line.startswith("## "):
            if lines:  # the next format
                break
            continue  # a heading that runs over two lines
        if line.startswith(("Notes", "(")):
            break
        lines.append(line)
    return [c.strip() for c in " ".join(lines).split(",") if c.strip()]


def test_analyst_demo_exports_read_back_with_pandas_match_the_reference(demo_db, tmp_path, shared):
    import pandas

    gdelt_names = reference_columns(shared, "## GDELT 2.0 Events")
    polecat_names = reference_columns(shared, "## POLECAT")
    assert len(gdelt_names) == 61 and len(polecat_names) == 40
    assert schema_columns("gdelt") == gdelt_names and schema_columns("polecat") == polecat_names
    with open_store(demo_db, read_only=True) as store:
        meta = export_events(store, str(tmp_path / "g.tsv"), schema="gdelt", fmt="tsv")
        export_events(store, str(tmp_path / "p.tsv"), schema="polecat", fmt="tsv")
    gdelt = pandas.read_csv(tmp_path / "g.tsv", sep="\t", header=None, dtype=str)  # GDELT has no header row
    assert gdelt.shape == (meta["rows"], 61) and meta["rows"] > 0
    gdelt.columns = gdelt_names
    assert gdelt["EventRootCode"].str.len().eq(2).all()  # CAMEO codes stay strings: "04", not 4
    polecat = pandas.read_csv(tmp_path / "p.tsv", sep="\t", dtype=str)
    assert list(polecat.columns) == polecat_names and len(polecat) > 0


def test_analyst_demo_gdelt_and_polecat_read_back(demo_db, tmp_path):
    with open_store(demo_db, read_only=True) as store:
        meta = export_events(store, str(tmp_path / "g.tsv"), schema="gdelt", fmt="tsv", dedup="event")
        export_events(store, str(tmp_path / "p.tsv"), schema="polecat", fmt="tsv")
    con = duckdb.connect()
    gdelt = con.read_csv(str(tmp_path / "g.tsv"), header=False, sep="\t", names=schema_columns("gdelt"),
                         all_varchar=True)
    assert gdelt.columns == schema_columns("gdelt") and len(gdelt.fetchall()) == meta["rows"]
    polecat = con.read_csv(str(tmp_path / "p.tsv"), header=True, sep="\t", all_varchar=True)
    assert polecat.columns == schema_columns("polecat")
