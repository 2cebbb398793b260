"""The precision-read sheet: a reproducible sample, one row per event, and the tally."""

from __future__ import annotations

import gzip
import json

import pytest

from eventwire.eval import read_sheet
from eventwire.records import Article


def test_wilson_interval_matches_the_textbook_values():
    low, high = read_sheet.wilson(36, 150)
    assert (round(low, 3), round(high, 3)) == (0.179, 0.314)
    assert read_sheet.wilson(0, 0) == (0.0, 0.0)


def test_sample_is_the_seeded_draw_over_line_indexes(tmp_path):
    corpus = tmp_path / "c.jsonl.gz"
    with gzip.open(corpus, "wt", encoding="utf-8") as fh:
        for i in range(40):
            fh.write(json.dumps({"id": f"a{i}", "text": f"Story {i}."}) + "\n")
    picked = read_sheet.sample_lines(corpus, seed=7, n=5)
    import random
    assert [i for i, _ in picked] == random.Random(7).sample(range(40), 5)
    assert all(rec["id"] == f"a{i}" for i, rec in picked)


def test_sample_never_draws_excluded_lines(tmp_path):
    corpus = tmp_path / "c.jsonl.gz"
    with gzip.open(corpus, "wt", encoding="utf-8") as fh:
        for i in range(40):
            fh.write(json.dumps({"id": f"a{i}", "text": f"Story {i}."}) + "\n")
    exclude = frozenset(range(0, 40, 2))
    picked = [i for i, _ in read_sheet.sample_lines(corpus, seed=7, n=15, exclude=exclude)]
    assert len(picked) == 15 and not set(picked) & exclude
    assert picked == [i for i, _ in read_sheet.sample_lines(corpus, seed=7, n=15, exclude=exclude)]


def test_sheet_has_a_row_per_event_with_its_sentence(coder):
    text = ("The foreign minister of Norland accused Sudria of shelling border villages on Monday. "
            "The weather was mild.")
    [coded] = coder.code([Article(id="t1", text=text, published="2024-05-02", language="en")])
    rows = list(read_sheet.sheet_rows([coded], {"t1": 3}))
    assert len(rows) == len(coded.events) >= 1
    assert rows[0]["line"] == 3 and rows[0]["sentence"].startswith("The foreign minister")
    assert rows[0]["verdict"] == ""


def _row(verdict, kind="", modality=None, confidence=0.9, article="a"):
    return {"article": article, "event": f"e{verdict}{kind}{confidence}{modality}", "verdict": verdict,
            "kind": kind, "modality": modality, "negated": False, "confidence": confidence}


def test_tally_counts_all_events_and_the_default_view():
    rows = [_row("correct"), _row("correct", confidence=0.5), _row("wrong", "word sense"),
            _row("wrong", "Word sense ", modality="hypothetical"), _row("partly", "country missing"),
            {"article": "b", "event": None, "verdict": ""}]
    t = read_sheet.tally(rows)
    assert t["articles"] == 2 and t["articles_without_events"] == 1
    assert t["all"]["n"] == 5 and t["all"]["correct"]["events"] == 2 and t["all"]["wrong"]["share"] == 0.4
    assert t["default_view"]["n"] == 3  # the hypothetical and the 0.5 confidence events are out
    assert t["error_kinds"][0] == ("word sense", 2)


def test_tally_refuses_a_sheet_with_unjudged_events():
    with pytest.raises(ValueError, match="no verdict"):
        read_sheet.tally([_row("correct"), _row("")])
