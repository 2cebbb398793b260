"""`make eval`: run every scorer on the gold sets and write the measured part of EVALUATION.md.

Only the block between the AUTO markers is rewritten; hand-written sections (the precision
read of Wikinews output, error analyses) are kept as they are.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import time
from pathlib import Path

BEGIN = "<!-- AUTO:BEGIN (written by `make eval`; edit outside this block) -->"
END = "<!-- AUTO:END -->"

# name, scorer module, gold path under shared/, CLI words, headline metrics
SUITES = [
    ("PLOVER GSR", "plover_gsr", "gold/plover-gsr/PLOVER_GSR_CAMEO.txt", "plover-gsr",
     ["n", "type_accuracy", "top_type_accuracy", "source_country_accuracy", "target_country_accuracy"]),
    ("ConfliBERT 5-way", "conflibert", "gold/conflibert-train", "conflibert",
     ["n", "accuracy", "macro_f1"]),
    ("GeoWebNews", "geowebnews", "gold/geowebnews/GWN.xml", "geowebnews",
     ["n", "recall", "acc_161km", "country_accuracy"]),
]
QUOTE_KEYS = ["n", "precision_0.3", "recall_0.3", "f1_0.3", "precision_0.8", "recall_0.8", "f1_0.8",
              "speaker_accuracy"]
# The project's own annotated sets (gold/quotes/README.md says who wrote which and how).
QUOTES = [
    ("Quotes (the stage author's set)", "quotes", "gold/quotes/quotes-gold.jsonl", "quotes", QUOTE_KEYS),
    ("Quotes (set written blind to the code)", "quotes", "gold/quotes/quotes-blind.jsonl", "quotes", QUOTE_KEYS),
]


def _fmt(value) -> str:
    return f"{value:.3f}" if isinstance(value, float) else str(value)


def run_suite(title: str, module: str, path: Path, words: str, keys: list[str]) -> str:
    command = f"eventwire eval {words} {path}"
    if not path.exists():
        return f"### {title}\n\nNot run: `{path}` is absent.\n"
    scorer = importlib.import_module(f"eventwire.eval.{module}")
    started = time.perf_counter()
    scores = scorer.score(str(path))
    seconds = time.perf_counter() - started
    lines = [f"### {title}", "", f"Command: `{command}` ({seconds:.0f} s)", "",
             "| metric | value |", "|---|---|"]
    lines += [f"| {k} | {_fmt(scores[k])} |" for k in keys if k in scores]
    per_type = scores.get("per_type") or scores.get("per_class") or scores.get("per_kind")
    if isinstance(per_type, dict) and per_type:
        lines += ["", "| class | precision | recall | f1 | support |", "|---|---|---|---|---|"]
        for name, row in sorted(per_type.items()):
            if isinstance(row, dict):
                lines.append(f"| {name} | {_fmt(row.get('precision', ''))} | {_fmt(row.get('recall', ''))} "
                             f"| {_fmt(row.get('f1', ''))} | {row.get('support', '')} |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", default="../shared")
    parser.add_argument("--out", default="EVALUATION.md")
    args = parser.parse_args(argv)
    shared = Path(args.shared)
    sections = [f"Measured on {dt.date.today().isoformat()} with `make eval` "
                f"(eventwire {importlib.import_module('eventwire').__version__}).\n"]
    for title, module, rel, words, keys in SUITES:
        sections.append(run_suite(title, module, shared / rel, words, keys))
    for title, module, rel, words, keys in QUOTES:  # relative: `make eval` runs in the project root
        sections.append(run_suite(title, module, Path(rel), words, keys))
    block = BEGIN + "\n" + "\n".join(sections) + END
    out = Path(args.out)
    text = out.read_text(encoding="utf-8") if out.exists() else "# Evaluation\n\n" + BEGIN + "\n" + END + "\n"
    if BEGIN in text and END in text:
        text = text[:text.index(BEGIN)] + block + text[text.index(END) + len(END):]
    else:
        text = text.rstrip() + "\n\n" + block + "\n"
    out.write_text(text, encoding="utf-8")
    print(block)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
