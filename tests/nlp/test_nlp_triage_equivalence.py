"""Triage must not change what is coded: events, quotes, places and outlets are identical with
and without it; actor mentions and dates may only go missing in skipped sentences, and only
when nothing coded refers to them."""

from __future__ import annotations

import gzip
import json

import pytest

from eventwire.pipeline import Document, build_pipeline
from eventwire.records import Article, article_id

WIKINEWS = "corpora/wikinews-politics-2004-2009.jsonl.gz"


def articles_of(shared, seed_text: str, count: int = 30) -> list[Article]:
    rows = [{"text": seed_text, "published": "2021-08-20", "title": None}]
    with gzip.open(shared / WIKINEWS, "rt", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            if row.get("text"):
                rows.append(row)
            if len(rows) > count:
                break
    return [Article(id=article_id(r["text"], r.get("title")), text=r["text"], title=r.get("title"),
                    published=r.get("published"), language="en") for r in rows]


def code(articles: list[Article], triage: bool) -> list[Document]:
    pipeline = build_pipeline(triage=triage, raise_errors=True)
    return list(pipeline.pipe(Document(a) for a in articles))


def dumps(records) -> list[dict]:
    return [r.model_dump() for r in records]


def inside(span: tuple[int, int], ranges: list[tuple[int, int]]) -> bool:
    return any(a <= span[0] and span[1] <= b for a, b in ranges)


def referenced_mentions(doc: Document) -> set[str]:
    ids = set()
    for event in doc.events:
        for actor in event.source + event.target + ([event.reported_by] if event.reported_by else []):
            ids.add(actor.mention_id)
    for quote in doc.quotes:
        if quote.speaker:
            ids.add(quote.speaker.mention_id)
    return ids - {None}


@pytest.fixture(scope="module")
def both(shared, seed_text):
    articles = articles_of(shared, seed_text)
    return list(zip(code(articles, True), code(articles, False)))


@pytest.mark.slow
def test_nlp_triage_keeps_events_quotes_places_and_outlets_identical(both):
    for fast, full in both:
        for field in ("events", "quotes", "places", "outlets"):
            assert dumps(getattr(fast, field)) == dumps(getattr(full, field)), (fast.article.id, field)


@pytest.mark.slow
def test_nlp_triage_loses_actors_and_dates_only_in_skipped_unreferenced_sentences(both):
    for fast, full in both:
        skipped = [tuple(s) for note in fast.trace["eventwire.nlp.v1"] for s in note["skipped"]]
        event_sentences = [(e.start, e.end) for e in full.events]
        fast_actors, full_actors = dumps(fast.actors), dumps(full.actors)
        assert all(a in full_actors for a in fast_actors), fast.article.id
        used = referenced_mentions(full)
        for mention in full.actors:
            if mention.model_dump() not in fast_actors:
                assert inside((mention.start, mention.end), skipped), (fast.article.id, mention.text)
                assert mention.id not in used, (fast.article.id, mention.text)
        fast_dates, full_dates = dumps(fast.dates), dumps(full.dates)
        assert all(d in full_dates for d in fast_dates), fast.article.id
        for date in full.dates:
            if date.model_dump() not in fast_dates:
                assert inside((date.start, date.end), skipped), (fast.article.id, date.text)
                assert not any(a < date.end and date.start < b for a, b in event_sentences)


@pytest.mark.slow
def test_nlp_triage_skips_some_sentences_and_keeps_the_seed_article_whole(both):
    notes = [note for fast, _ in both for note in fast.trace["eventwire.nlp.v1"]]
    assert sum(len(n["skipped"]) for n in notes) > 0  # it does skip on real news
    seed = both[0][0].trace["eventwire.nlp.v1"][0]
    assert seed["skipped"] == []  # every sentence of the seed article can hold something
