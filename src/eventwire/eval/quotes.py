"""Score quote extraction against an annotated JSONL set (``gold/quotes/quotes-gold.jsonl``).

One JSON object a line: ``text``, ``published`` and ``quotes``, a list of
``{start, end, kind, speaker, speaker_country}`` (offsets into ``text``, end exclusive).

Matching. The overlap of a predicted and a gold span is their character Jaccard:
``|P ∩ G| / |P ∪ G|`` over character offsets (1.0 identical, 0 disjoint). Pairs are
matched one to one, greedily by decreasing overlap, and a pair counts when its overlap is
at least the threshold: 0.3 (the quote was found, boundaries loose) and 0.8 (boundaries
nearly exact). Precision = matched / predicted, recall = matched / gold.

``speaker_accuracy``: over the pairs matched at 0.3, the share whose predicted speaker
names the gold speaker: lower-cased words without articles, one set contained in the
other ("Putin" and "Russian President Vladimir Putin" both name "Vladimir Putin"),
accents folded ("Erdoğan" = "Erdogan"); a gold
quote with no speaker needs a prediction with none. ``per_kind``: for each kind,
precision over predictions of that kind and recall over gold quotes of that kind (0.3).
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path
from typing import Any

THRESHOLDS = (0.3, 0.8)
ARTICLES = {"the", "a", "an"}


def overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union > 0 and inter > 0 else 0.0


def match(pred: list[tuple[int, int]], gold: list[tuple[int, int]], threshold: float) -> list[tuple[int, int]]:
    """One-to-one (pred index, gold index) pairs with overlap >= threshold, best first."""
    pairs = sorted(((overlap(p, g), i, j) for i, p in enumerate(pred) for j, g in enumerate(gold)), reverse=True)
    used_p, used_g, out = set(), set(), []
    for ov, i, j in pairs:
        if ov < threshold or ov == 0:
            break
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            out.append((i, j))
    return out


def _words(name: str | None) -> set[str]:
    folded = "".join(c for c in unicodedata.normalize("NFKD", name or "") if not unicodedata.combining(c))
    return {w for w in re.findall(r"\w+", folded.lower()) if w not in ARTICLES}


def same_speaker(pred_name: str | None, gold_name: str | None) -> bool:
    p, g = _words(pred_name), _words(gold_name)
    if not g:
        return not p
    return bool(p) and (p <= g or g <= p)


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def default_pipeline():
    from ..pipeline import build_pipeline
    from ..registrations import DEFAULT_PIPELINE

    upto = DEFAULT_PIPELINE[:DEFAULT_PIPELINE.index("eventwire.quotes.v1") + 1]
    return build_pipeline(upto)


def score(path: str | Path, *, pipeline=None) -> dict[str, Any]:
    from ..pipeline import Document
    from ..records import Article, article_id

    pipeline = pipeline or default_pipeline()
    rows = [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]
    totals = {t: 0 for t in THRESHOLDS}
    n_pred = n_gold = 0
    speaker_ok = speaker_n = kind_ok = 0
    kinds: dict[str, dict[str, int]] = {}
    errors: list[dict] = []
    failed = 0
    docs = pipeline.pipe(Document(Article(id=article_id(r["text"]), text=r["text"], published=r.get("published"),
                                          language="en")) for r in rows)
    for row, doc in zip(rows, docs):
        failed += doc.failed
        gold = row["quotes"]
        pred = doc.quotes
        n_pred += len(pred)
        n_gold += len(gold)
        ps = [(q.start, q.end) for q in pred]
        gs = [(g["start"], g["end"]) for g in gold]
        for t in THRESHOLDS:
            totals[t] += len(match(ps, gs, t))
        pairs = match(ps, gs, THRESHOLDS[0])
        for q in pred:
            kinds.setdefault(q.kind, {"pred": 0, "gold": 0, "tp_pred": 0, "tp_gold": 0})["pred"] += 1
        for g in gold:
            kinds.setdefault(g["kind"], {"pred": 0, "gold": 0, "tp_pred": 0, "tp_gold": 0})["gold"] += 1
        matched_p = {i for i, _ in pairs}
        matched_g = {j for _, j in pairs}
        for i, j in pairs:
            q, g = pred[i], gold[j]
            kinds[q.kind]["tp_pred"] += 1
            kinds[g["kind"]]["tp_gold"] += 1
            kind_ok += q.kind == g["kind"]
            speaker_n += 1
            name = q.speaker.name or q.speaker.text if q.speaker else None
            if same_speaker(name, g.get("speaker")):
                speaker_ok += 1
            else:
                errors.append({"id": row.get("id"), "error": "speaker", "quote": q.text[:60],
                               "pred": name, "gold": g.get("speaker")})
        errors += [{"id": row.get("id"), "error": "spurious", "quote": pred[i].text[:60], "kind": pred[i].kind}
                   for i in range(len(pred)) if i not in matched_p]
        errors += [{"id": row.get("id"), "error": "missed", "quote": row["text"][g["start"]:g["end"]][:60],
                    "kind": g["kind"]} for j, g in enumerate(gold) if j not in matched_g]
    out: dict[str, Any] = {"n": len(rows), "gold_quotes": n_gold, "predicted_quotes": n_pred, "failed": failed}
    for t in THRESHOLDS:
        for k, v in _prf(totals[t], n_pred, n_gold).items():
            out[f"{k}_{t}"] = v
    out["speaker_accuracy"] = speaker_ok / speaker_n if speaker_n else 0.0
    out["kind_accuracy"] = kind_ok / speaker_n if speaker_n else 0.0
    out["per_kind"] = {}
    for k, c in sorted(kinds.items()):
        p = c["tp_pred"] / c["pred"] if c["pred"] else 0.0
        r = c["tp_gold"] / c["gold"] if c["gold"] else 0.0
        out["per_kind"][k] = {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
                              "support": c["gold"]}
    out["errors"] = errors
    return out


def main(argv: list[str] | None = None) -> int:
    import argparse

    ap = argparse.ArgumentParser(description="Score quotes against an annotated JSONL set")
    ap.add_argument("path", nargs="?", default="gold/quotes/quotes-gold.jsonl")
    ap.add_argument("--errors", action="store_true", help="print every error")
    args = ap.parse_args(argv)
    result = score(args.path)
    errs = result.pop("errors")
    print(json.dumps(result, indent=2))
    if args.errors:
        for e in errs:
            print(json.dumps(e, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
