"""CPU seconds per pipeline stage, and per spaCy component, on the first N corpus articles.

    .venv/bin/python bench/profile_stages.py --corpus ../shared/corpora/wikinews-politics-2004-2009.jsonl.gz --limit 100
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import time

from spacy.tokens import Doc

from eventwire.nlp import load_model
from eventwire.nlp.fastrules import FastAttributeRuler
from eventwire.pipeline import Document, build_pipeline
from eventwire.records import Article, article_id


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--limit", type=int, default=100)
    args = parser.parse_args()
    with gzip.open(args.corpus, "rt", encoding="utf-8") as handle:
        rows = [json.loads(line) for line in itertools.islice(handle, args.limit)]
    articles = [Article(id=article_id(r["text"], r.get("title")), text=r["text"], title=r.get("title"),
                        published=r.get("published"), language="en") for r in rows]
    words = sum(len(a.text.split()) for a in articles)

    nlp = load_model()
    list(nlp.pipe(a.text for a in articles[:5]))
    started = time.process_time()
    list(nlp.pipe((a.text for a in articles), batch_size=64))
    print(f"bare spaCy nlp.pipe: {time.process_time() - started:.2f} s CPU")
    docs = [nlp.make_doc(a.text) for a in articles]
    for name, component in nlp.pipeline:
        if name == "attribute_ruler":  # eventwire's replacement, on copies of the same input
            copies = [Doc(nlp.vocab).from_bytes(d.to_bytes()) for d in docs]
            started = time.process_time()
            list(FastAttributeRuler(component).pipe(copies))
            print(f"  {'(fast ruler)':<16} {time.process_time() - started:.2f} s  <- eventwire uses this")
        started = time.process_time()
        docs = list(component.pipe(docs, batch_size=64))
        print(f"  {name:<16} {time.process_time() - started:.2f} s")

    pipeline = build_pipeline()
    list(pipeline.code(articles[:3]))  # load every lexicon before timing
    stream = [Document(a) for a in articles]
    total = 0.0
    for stage in pipeline.stages:
        started = time.process_time()
        stream = list(pipeline._apply(stage, stream))
        spent = time.process_time() - started
        total += spent
        print(f"{stage.name:<40} {spent:.2f} s CPU")
    print(f"eventwire total {total:.2f} s CPU, {words / total:,.0f} words per CPU-second")


if __name__ == "__main__":
    main()
