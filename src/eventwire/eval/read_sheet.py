"""A precision read, made repeatable: draw a sample, code it, judge every event, tally the verdicts.

Gold sets score agreement on sentences that all hold an event; analysts pay for *wrong* rows.
So we code random real articles and a person judges every event against its sentence. This
module does everything but the judging:

    python -m eventwire.eval.read_sheet make CORPUS.jsonl.gz --seed 11 --n 50 --out sheet.jsonl [--exclude LINES]
    (fill in "verdict" and "kind" on every line)
    python -m eventwire.eval.read_sheet tally sheet.jsonl

The sample is ``random.Random(seed).sample(range(lines), n)`` over the corpus's line indexes (the
draw used by the reads in EVALUATION.md). Verdicts: ``correct`` = an event of this PLOVER type
really happens here and its source (actor and country) is right; ``partly`` = type right, an
actor or country wrong or missing; ``wrong`` = no such event. ``kind`` names the error for the
tally of commonest errors (free text, e.g. "country missing", "word sense").
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import random
import sys
from collections import Counter
from pathlib import Path
from typing import Iterable, Iterator

from ..records import CodedArticle

VERDICTS = ("correct", "partly", "wrong")
DEFAULT_VIEW_CONFIDENCE = 0.7


def _lines(corpus: Path) -> list[str]:
    opener = gzip.open if corpus.suffix == ".gz" else open
    with opener(corpus, "rt", encoding="utf-8") as fh:
        return [line for line in fh if line.strip()]


def sample_lines(corpus: str | Path, seed: int, n: int,
                 exclude: frozenset[int] = frozenset()) -> list[tuple[int, dict]]:
    """(line index, record) of ``n`` random corpus lines, in drawing order. ``exclude``: line
    indexes never drawn (articles read while tuning); without it, the draw of the earlier reads."""
    lines = _lines(Path(corpus))
    pool = [i for i in range(len(lines)) if i not in exclude] if exclude else range(len(lines))
    picks = random.Random(seed).sample(pool, min(n, len(pool)))
    return [(i, json.loads(lines[i])) for i in picks]


def _actors(actors) -> str:
    return "; ".join(f"{a.text} [{a.code or a.country or '-'}]" for a in actors) or "-"


def sheet_rows(coded: Iterable[CodedArticle], lines: dict[str, int]) -> Iterator[dict]:
    """One row to judge per event (an article without events gets one row with event None)."""
    for ca in coded:
        head = {"line": lines.get(ca.article.id), "article": ca.article.id, "title": ca.article.title,
                "published": ca.article.published}
        if not ca.events:
            yield {**head, "event": None, "verdict": "", "kind": "", "note": ""}
            continue
        for e in ca.events:
            yield {**head, "event": e.id, "sentence": e.sentence, "type": e.type, "mode": e.mode,
                   "trigger": e.trigger, "source": _actors(e.source), "target": _actors(e.target),
                   "negated": e.negated, "modality": e.modality, "historical": e.historical,
                   "date": e.date, "location": e.location.name if e.location else None,
                   "confidence": e.confidence, "rule": e.rule, "verdict": "", "kind": "", "note": ""}


def make(corpus: str | Path, seed: int, n: int, out: str | Path, exclude: frozenset[int] = frozenset()) -> int:
    """Write the sheet; returns the number of events to judge.

    The sample is coded exactly as ``eventwire code sample.jsonl`` would code it.
    """
    import tempfile

    from ..runner import code_inputs

    picked = sample_lines(corpus, seed, n, exclude)
    lines = {str(rec.get("id")): i for i, rec in picked}
    with tempfile.TemporaryDirectory() as tmp:
        sample = Path(tmp) / "sample.jsonl"
        sample.write_text("".join(json.dumps(rec, ensure_ascii=False) + "\n" for _, rec in picked), encoding="utf-8")
        coded = list(code_inputs([str(sample)]))
    by_article = {ca.article.id: lines.get(str(ca.article.external_id)) for ca in coded}
    count = 0
    with open(out, "w", encoding="utf-8") as fh:
        for row in sheet_rows(coded, by_article):
            count += row["event"] is not None
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return count


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """95% Wilson score interval of the share k/n."""
    if n == 0:
        return (0.0, 0.0)
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return (max(0.0, centre - half), min(1.0, centre + half))


def _shares(rows: list[dict]) -> dict:
    n = len(rows)
    counts = Counter(r["verdict"] for r in rows)
    return {v: {"events": counts.get(v, 0), "share": round(counts.get(v, 0) / n, 3) if n else 0.0,
                "wilson95": [round(x, 3) for x in wilson(counts.get(v, 0), n)]} for v in VERDICTS} | {"n": n}


def tally(rows: list[dict]) -> dict:
    """Verdict shares over all events and over the analyst default view (asserted, confident)."""
    events = [r for r in rows if r.get("event")]
    unjudged = [r["event"] for r in events if r.get("verdict") not in VERDICTS]
    if unjudged:
        raise ValueError(f"{len(unjudged)} events have no verdict (one of {', '.join(VERDICTS)}), "
                         f"first: {unjudged[0]}")
    default = [r for r in events if not r.get("modality") and not r.get("negated")
               and r.get("confidence", 0) >= DEFAULT_VIEW_CONFIDENCE]
    kinds = Counter(r["kind"].strip().lower() for r in events if r["verdict"] != "correct" and r.get("kind"))
    return {"articles": len({r["article"] for r in rows}),
            "articles_without_events": sum(1 for r in rows if not r.get("event")),
            "all": _shares(events), "default_view": _shares(default),
            "error_kinds": kinds.most_common()}


def read_rows(path: str | Path) -> list[dict]:
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eventwire.eval.read_sheet", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    mk = sub.add_parser("make", help="draw, code and write a sheet to judge")
    mk.add_argument("corpus")
    mk.add_argument("--seed", type=int, required=True)
    mk.add_argument("--n", type=int, default=50)
    mk.add_argument("--out", required=True)
    mk.add_argument("--exclude", help="file of corpus line indexes (0-based, one per line) never to draw")
    tl = sub.add_parser("tally", help="count the verdicts of a judged sheet")
    tl.add_argument("sheet")
    args = parser.parse_args(argv)
    if args.command == "make":
        exclude = frozenset(int(x) for x in Path(args.exclude).read_text().split()) if args.exclude else frozenset()
        count = make(args.corpus, args.seed, args.n, args.out, exclude)
        print(f"{count} events to judge in {args.out}")
        return 0
    try:
        print(json.dumps(tally(read_rows(args.sheet)), indent=2))
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
