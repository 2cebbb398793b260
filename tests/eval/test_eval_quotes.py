"""The quotes scorer and the annotated set it reads."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.eval.quotes import match, overlap, same_speaker, score

GOLD = Path(__file__).resolve().parents[2] / "gold" / "quotes" / "quotes-gold.jsonl"


@pytest.mark.parametrize("a, b, expected", [
    ((0, 10), (0, 10), 1.0), ((0, 10), (5, 15), 5 / 15), ((0, 10), (10, 20), 0.0), ((0, 4), (0, 10), 0.4),
])
def test_eval_quotes_overlap_is_character_jaccard(a, b, expected):
    assert overlap(a, b) == pytest.approx(expected)


def test_eval_quotes_match_is_one_to_one_and_thresholded():
    pred, gold = [(0, 10), (0, 9), (50, 60)], [(0, 10), (52, 70)]
    assert sorted(match(pred, gold, 0.3)) == [(0, 0), (2, 1)]
    assert match(pred, gold, 0.8) == [(0, 0)]


@pytest.mark.parametrize("pred, gold, ok", [
    ("Russian President Vladimir Putin", "Vladimir Putin", True), ("Putin", "Vladimir Putin", True),
    ("Recep Tayyip Erdoğan", "Recep Tayyip Erdogan", True), ("Joe Biden", "Vladimir Putin", False), (None, "Vladimir Putin", False), (None, None, True),
])
def test_eval_quotes_speaker_names(pred, gold, ok):
    assert same_speaker(pred, gold) is ok


def test_eval_quotes_gold_offsets_and_coverage():
    rows = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()]
    assert len(rows) >= 20
    kinds = set()
    for row in rows:
        for q in row["quotes"]:
            assert 0 <= q["start"] < q["end"] <= len(row["text"])
            assert row["text"][q["start"]:q["end"]].strip() == row["text"][q["start"]:q["end"]]
            assert q["kind"] in ("direct", "indirect", "mixed") and q["speaker"]
            kinds.add(q["kind"])
    assert kinds == {"direct", "indirect", "mixed"}


class FakePipeline:
    """Predicts exactly the gold quotes of a fixed answer key, to test the arithmetic."""

    def __init__(self, rows, drop_every: int):
        self.rows, self.drop_every = rows, drop_every

    def pipe(self, docs):
        from eventwire.records import Actor, Quote
        for row, doc in zip(self.rows, docs):
            for n, g in enumerate(row["quotes"]):
                if n % self.drop_every:
                    doc.quotes.append(Quote(id=f"q{n}", text=doc.text[g["start"]:g["end"]], kind=g["kind"],
                                            start=g["start"], end=g["end"], speaker=Actor(text="x", name=g["speaker"])))
            yield doc


def test_eval_quotes_score_arithmetic(tmp_path):
    rows = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()]
    result = score(GOLD, pipeline=FakePipeline(rows, drop_every=2))
    kept = sum(1 for r in rows for n, _ in enumerate(r["quotes"]) if n % 2)
    assert result["precision_0.8"] == 1.0
    assert result["recall_0.8"] == pytest.approx(kept / result["gold_quotes"])
    assert result["speaker_accuracy"] == 1.0


@pytest.mark.slow
def test_eval_quotes_targets_on_own_set():
    result = score(GOLD)
    assert result["failed"] == 0
    assert result["f1_0.3"] > 0.84 and result["speaker_accuracy"] > 0.87
