"""`make bench`: eventwire's full coding against bare spaCy on the same texts and cores.

Each measurement runs in a fresh subprocess so that model loading, memory and caches of one
never help another. Prints words/s and peak RSS per worker for each, a scaling run of
eventwire with 1 and N workers, and as its last line ``ratio eventwire/spacy: X.XX``
(speed ratio at N workers; higher means eventwire is faster).

Fairness: spaCy runs its full pipeline with its best settings (``nlp.pipe``, ``n_process`` =
workers, ``--spacy-batch`` texts a batch) with the model loaded before the clock starts;
eventwire's clock covers everything from the texts to CodedArticle records (building the
Article records, triage, spaCy, every stage, the transfer from the workers), with its worker
processes started and their models loaded before the clock starts (the pool waits for every
worker). CPU time is also reported for every phase (spaCy's worker processes included, and
eventwire's), since words per CPU-second stay steady on a shared machine when words/s do not. Words are whitespace
tokens of the texts, counted the same way for both.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import os
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


def cpu_seconds() -> float:
    """CPU time of this process and its finished children: robust where wall time is not
    (a machine shared with other work)."""
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def peak_rss_mb(workers: int) -> float:
    """Peak resident memory of one worker: this process alone, or the largest child."""
    who = resource.RUSAGE_SELF if workers == 1 else resource.RUSAGE_CHILDREN
    return resource.getrusage(who).ru_maxrss / 1024.0


def phase_spacy(rows: list[dict], workers: int, batch_size: int) -> dict:
    from eventwire.nlp import load_model

    nlp = load_model()
    texts = [r["text"] for r in rows]
    started, cpu = time.perf_counter(), cpu_seconds()
    for _ in nlp.pipe(texts, batch_size=batch_size, n_process=workers):
        pass
    result = {"seconds": time.perf_counter() - started}
    reap_children()  # spaCy terminates its worker processes: count their CPU time too
    result["cpu_seconds"] = cpu_seconds() - cpu
    return result


def _cpu_seconds_of(pid: int) -> float | None:
    """User + system CPU seconds of a live process (Linux /proc), None where unavailable."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


def worker_cpu_seconds(coder) -> float | None:
    """CPU seconds used so far by a process-pool coder's workers; 0 for the in-process coder
    (its CPU is this process's), None where unknown."""
    total = 0.0
    for process in list(getattr(getattr(coder, "pool", None), "_pool", [])):
        seconds = _cpu_seconds_of(process.pid)
        if seconds is None:
            return None
        total += seconds
    return total


def reap_children(timeout: float = 30.0) -> None:
    import multiprocessing

    deadline = time.monotonic() + timeout
    while multiprocessing.active_children() and time.monotonic() < deadline:
        time.sleep(0.05)


def to_articles(rows: list[dict]) -> list:
    from eventwire.records import Article, article_id

    return [Article(id=article_id(r["text"], r.get("title")), text=r["text"], title=r.get("title"),
                    published=r.get("published"), outlet=r.get("outlet"), language="en") for r in rows]


def phase_eventwire(rows: list[dict], workers: int, batch_size: int) -> dict:
    import hashlib

    from eventwire.workers import make_coder

    events = failed = 0
    digest = hashlib.sha256()  # of every article's event ids, so runs can be compared exactly
    with make_coder(workers=workers) as coder:
        # the coder has started its workers (or its in-process pipeline) and warmed them up
        # (workers.warm_up) before it returns: model and lexicons are loaded outside the clock
        started, cpu, wcpu = time.perf_counter(), cpu_seconds(), worker_cpu_seconds(coder)
        outputs = {}
        for coded in coder.code(to_articles(rows)):
            events += len(coded.events)
            failed += coded.article.status == "failed"
            outputs[coded.article.id] = sorted(e.id for e in coded.events)
        seconds = time.perf_counter() - started
        for article in sorted(outputs):
            digest.update(f"{article}:{','.join(outputs[article])};".encode())
        result = {"seconds": seconds, "events": events, "failed": failed, "digest": digest.hexdigest()[:12],
                  "main_cpu_seconds": cpu_seconds() - cpu}
        after = worker_cpu_seconds(coder)
        if after is not None and wcpu is not None:  # CPU time compares across a noisy machine
            result["cpu_seconds"] = result["main_cpu_seconds"] + after - wcpu
    return result


def prepare() -> None:
    """Build the on-disk caches (gazetteer index, place-name automaton) once, in a process of
    their own: otherwise each worker of the first eventwire phase builds them at the same time,
    which is one-off setup, not coding, and shows up as ~650 MB peak RSS per worker."""
    from eventwire.workers import _init_worker

    _init_worker()


def run_phase(args: argparse.Namespace) -> None:
    if args.phase == "prepare":
        prepare()
        return
    rows = load_texts(args.corpus, args.limit)
    result = (phase_spacy if args.phase == "spacy" else phase_eventwire)(rows, args.workers, args.spacy_batch)
    result["words"] = sum(len(r["text"].split()) for r in rows)
    result["articles"] = len(rows)
    result["peak_rss_mb"] = peak_rss_mb(args.workers)
    print(json.dumps(result))


def measure(phase: str, args: argparse.Namespace, workers: int) -> dict:
    command = [sys.executable, __file__, "--phase", phase, "--workers", str(workers),
               "--corpus", args.corpus, "--spacy-batch", str(args.spacy_batch)] + (["--limit", str(args.limit)] if args.limit else [])
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    result = json.loads(output.strip().splitlines()[-1])
    result["words_per_s"] = result["words"] / result["seconds"]
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--spacy-batch", type=int, default=64, help="texts per nlp.pipe batch for spaCy")
    parser.add_argument("--phase", choices=["prepare", "spacy", "eventwire"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase:
        run_phase(args)
        return
    if not Path(args.corpus).exists():
        sys.exit(f"bench: corpus not found: {args.corpus}")
    print(f"bench {dt.date.today().isoformat()}: {args.limit or 'all'} articles of {args.corpus}, "
          f"{args.workers} workers; {os.cpu_count()} cores, load average "
          f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    subprocess.run([sys.executable, __file__, "--phase", "prepare", "--corpus", args.corpus], check=True,
                   capture_output=True)
    results = {}
    for phase, workers in [("spacy", args.workers), ("eventwire", args.workers)] + (
            [("spacy", 1), ("eventwire", 1)] if args.workers != 1 else []):
        r = measure(phase, args, workers)
        results[(phase, workers)] = r
        extra = f", {r['events']} events (digest {r['digest']}), {r['failed']} failed" if "events" in r else ""
        if "cpu_seconds" in r:
            extra += f", {r['cpu_seconds']:.1f} CPU-s = {r['words'] / r['cpu_seconds']:,.0f} words per CPU-second"
        if "main_cpu_seconds" in r and workers > 1:
            extra += f" (main process {r['main_cpu_seconds']:.1f} CPU-s)"
        print(f"{phase:>9} workers={workers}: {r['words']} words in {r['seconds']:.1f} s = "
              f"{r['words_per_s']:,.0f} words/s, peak RSS per worker {r['peak_rss_mb']:.0f} MB{extra}")
    if args.workers != 1:
        for phase in ("spacy", "eventwire"):
            one, many = results[(phase, 1)], results[(phase, args.workers)]
            print(f"scaling {phase}: {args.workers} workers / 1 worker = "
                  f"{many['words_per_s'] / one['words_per_s']:.2f}x")
    for workers in sorted({args.workers, 1}):
        ew, sp = results[("eventwire", workers)], results[("spacy", workers)]
        if "cpu_seconds" in ew and "cpu_seconds" in sp:
            print(f"CPU ratio eventwire/spacy, {workers} worker(s): "
                  f"{(ew['words'] / ew['cpu_seconds']) / (sp['words'] / sp['cpu_seconds']):.2f} "
                  f"(words per CPU-second; steady under load, unlike words/s)")
    if args.workers != 1:
        same = results[("eventwire", 1)]["digest"] == results[("eventwire", args.workers)]["digest"]
        print(f"eventwire output, 1 and {args.workers} workers: {'identical' if same else 'DIFFERENT'}")
    print(f"load average at the end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    ratio = results[("eventwire", args.workers)]["words_per_s"] / results[("spacy", args.workers)]["words_per_s"]
    print(f"ratio eventwire/spacy: {ratio:.2f}")


if __name__ == "__main__":
    main()
