"""`make bench`: eventwire's full coding against bare spaCy on the same texts and cores.

Each measurement runs in a fresh subprocess so that model loading, memory and caches of one
never help another. Prints words/s and peak RSS per worker for each, a scaling run of
eventwire with 1 and N workers, and as its last line ``ratio eventwire/spacy: X.XX``
(speed ratio at N workers; higher means eventwire is faster).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import resource
import subprocess
import sys
import time
from pathlib import Path


def load_texts(corpus: str, limit: int | None) -> list[dict]:
    rows = []
    with gzip.open(corpus, "rt", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            if row.get("text"):
                rows.append(row)
            if limit and len(rows) >= limit:
                break
    return rows


def peak_rss_mb(workers: int) -> float:
    """Peak resident memory of one worker: this process alone, or the largest child."""
    who = resource.RUSAGE_SELF if workers == 1 else resource.RUSAGE_CHILDREN
    return resource.getrusage(who).ru_maxrss / 1024.0


def phase_spacy(rows: list[dict], workers: int) -> dict:
    from eventwire.nlp import load_model

    nlp = load_model()
    texts = [r["text"] for r in rows]
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=32, n_process=workers):
        pass
    return {"seconds": time.perf_counter() - started}


def phase_eventwire(rows: list[dict], workers: int) -> dict:
    from eventwire.records import Article, article_id
    from eventwire.workers import make_coder

    articles = [Article(id=article_id(r["text"], r.get("title")), text=r["text"], title=r.get("title"),
                        published=r.get("published"), outlet=r.get("outlet"), language="en") for r in rows]
    events = 0
    with make_coder(workers=workers) as coder:
        if workers > 1:  # start the pool (model loading) outside the timed part, like spaCy's warm model
            list(coder.code(articles[:workers]))
        else:
            list(coder.code(articles[:1]))
        started = time.perf_counter()
        for coded in coder.code(articles):
            events += len(coded.events)
        seconds = time.perf_counter() - started
    return {"seconds": seconds, "events": events}


def run_phase(args: argparse.Namespace) -> None:
    rows = load_texts(args.corpus, args.limit)
    result = (phase_spacy if args.phase == "spacy" else phase_eventwire)(rows, args.workers)
    result["words"] = sum(len(r["text"].split()) for r in rows)
    result["articles"] = len(rows)
    result["peak_rss_mb"] = peak_rss_mb(args.workers)
    print(json.dumps(result))


def measure(phase: str, args: argparse.Namespace, workers: int) -> dict:
    command = [sys.executable, __file__, "--phase", phase, "--workers", str(workers),
               "--corpus", args.corpus] + (["--limit", str(args.limit)] if args.limit else [])
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    result = json.loads(output.strip().splitlines()[-1])
    result["words_per_s"] = result["words"] / result["seconds"]
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--phase", choices=["spacy", "eventwire"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase:
        run_phase(args)
        return
    if not Path(args.corpus).exists():
        sys.exit(f"bench: corpus not found: {args.corpus}")
    print(f"bench {dt.date.today().isoformat()}: {args.limit or 'all'} articles of {args.corpus}, "
          f"{args.workers} workers")
    results = {}
    for phase, workers in [("spacy", args.workers), ("eventwire", args.workers)] + (
            [("spacy", 1), ("eventwire", 1)] if args.workers != 1 else []):
        r = measure(phase, args, workers)
        results[(phase, workers)] = r
        extra = f", {r['events']} events" if "events" in r else ""
        print(f"{phase:>9} workers={workers}: {r['words']} words in {r['seconds']:.1f} s = "
              f"{r['words_per_s']:,.0f} words/s, peak RSS per worker {r['peak_rss_mb']:.0f} MB{extra}")
    if args.workers != 1:
        for phase in ("spacy", "eventwire"):
            one, many = results[(phase, 1)], results[(phase, args.workers)]
            print(f"scaling {phase}: {args.workers} workers / 1 worker = "
                  f"{many['words_per_s'] / one['words_per_s']:.2f}x")
    ratio = results[("eventwire", args.workers)]["words_per_s"] / results[("spacy", args.workers)]["words_per_s"]
    print(f"ratio eventwire/spacy: {ratio:.2f}")


if __name__ == "__main__":
    main()
