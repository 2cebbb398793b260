"""Score the event coder's quad class on the ConfliBERT CAMEO classification sentences.

``cameo_class_train.tsv``: ``sentence<TAB>label``, no header, CRLF line ends; label 0 = public
statement / no event, 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material
conflict: the quad class of the sentence's main event. Our prediction: the quad class of the
highest-confidence event, 0 when the coder finds none. Nothing is printed.
"""

from __future__ import annotations

from pathlib import Path

from ..records import Article, article_id

LABELS = (0, 1, 2, 3, 4)
FILE = "cameo_class_train.tsv"


def load(path_dir: str | Path, limit: int | None = None) -> list[tuple[str, int]]:
    path = Path(path_dir)
    if path.is_dir():
        path = path / FILE
    rows: list[tuple[str, int]] = []
    with path.open(encoding="utf-8", newline="") as fh:
        for line in fh:
            line = line.rstrip("\r\n")
            if not line.strip():
                continue
            text, _, label = line.rpartition("\t")
            if not text or not label.strip().isdigit():
                continue
            rows.append((text, int(label)))
    return rows[:limit] if limit else rows


def score(path_dir: str | Path, *, limit: int | None = None, pipeline=None, batch_size: int = 64) -> dict:
    from ..pipeline import build_pipeline

    rows = load(path_dir, limit)
    pipe = pipeline or build_pipeline()
    articles = [Article(id=article_id(t, str(i)), text=t, language="en") for i, (t, _) in enumerate(rows)]
    preds: list[int] = []
    for start in range(0, len(articles), batch_size):
        for out in pipe.code(articles[start:start + batch_size]):
            top = max(out.events, key=lambda e: e.confidence) if out.events else None
            preds.append(int(top.quad_class) if top and top.quad_class else 0)
    confusion = {g: {p: 0 for p in LABELS} for g in LABELS}
    for (_, gold), pred in zip(rows, preds):
        confusion[gold][pred] += 1
    per_class = {}
    for c in LABELS:
        tp = confusion[c][c]
        pred_n = sum(confusion[g][c] for g in LABELS)
        gold_n = sum(confusion[c].values())
        p = tp / pred_n if pred_n else 0.0
        r = tp / gold_n if gold_n else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        per_class[c] = {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "support": gold_n}
    n = len(rows)
    correct = sum(confusion[c][c] for c in LABELS)
    return {
        "n": n,
        "accuracy": round(correct / n, 4) if n else 0.0,
        "macro_f1": round(sum(v["f1"] for v in per_class.values()) / len(LABELS), 4),
        "per_class": per_class,
        "confusion": confusion,
    }
