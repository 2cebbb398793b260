"""Hand-built coded articles (no spaCy): every span is found in the invented text itself."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.records import (
    Actor, ActorMention, Article, CodedArticle, DateMention, Event, IngestError, Location,
    OutletMention, Place, Quote, article_id, header_of,
)
from eventwire.store import open_store

ACCUSATION = (
    "Officials in Freedonia accused Sylvania of shelling the port of Vella on Monday. "
    '"We will not stay silent," Foreign Minister Ana Ruiz said, according to the Daily Lantern. '
    "Sylvania denied the charge."
)
AGREEMENT = (
    "Sylvania and Freedonia signed a grain agreement in Marsport on 4 May. "
    "Ana Ruiz said the deal would feed both nations."
)
PROTEST = "Students marched through Ostrava demanding the release of jailed reporters in June."


def span(text: str, words: str, after: int = 0) -> tuple[int, int]:
    start = text.index(words, after)
    return start, start + len(words)


def actor(text: str, words: str, **fields: Any) -> Actor:
    start, end = span(text, words)
    return Actor(text=words, start=start, end=end, **fields)


def mention(text: str, words: str, mention_id: str, **fields: Any) -> ActorMention:
    start, end = span(text, words)
    return ActorMention(id=mention_id, text=words, start=start, end=end, **fields)


def event(text: str, event_id: str, sentence: str, trigger: str, **fields: Any) -> Event:
    start, end = span(text, sentence)
    trigger_start, trigger_end = span(text, trigger, start)
    return Event(id=event_id, sentence=sentence, start=start, end=end, trigger=trigger,
                 trigger_start=trigger_start, trigger_end=trigger_end,
                 coder_version="test-coder", **fields)


def build_accusation() -> tuple[Article, CodedArticle]:
    text = ACCUSATION
    article = Article(id=article_id(text), text=text, title="Shelling row", published="2020-03-04",
                      outlet="Test Wire", language="en", source="invented.jsonl", position="line 1")
    freedonia = dict(name="Freedonia", country="FRE", sector="GOV", code="FREGOV", kind="country")
    sylvania = dict(name="Sylvania", country="SYL", kind="country")
    ruiz = dict(name="Ana Ruiz", country="FRE", sector="GOV", code="FREGOV", kind="person")
    first = ACCUSATION.split(". ")[0] + "."
    quote_text = '"We will not stay silent,"'
    quote_start, quote_end = span(text, quote_text)
    coded = CodedArticle(
        article=header_of(article),
        actors=[
            mention(text, "Freedonia", "m1", sectors=["GOV"], entity="e1", **freedonia),
            mention(text, "Sylvania", "m2", entity="e2", **sylvania),
            mention(text, "Ana Ruiz", "m3", sectors=["GOV"], entity="e3", **ruiz),
        ],
        events=[
            event(text, "ev-accuse", first, "accused", type="ACCUSE", mode="disapprove",
                  contexts=["military"], cameo="112", quad_class=3, goldstein=-2.0, date="2020-03-02",
                  source=[actor(text, "Freedonia", **freedonia)],
                  target=[actor(text, "Sylvania", **sylvania)],
                  location=Location(name="Vella", lat=44.5, lon=18.25, country="SYL", kind="city"),
                  confidence=0.9, rule="accuse.v1"),
            event(text, "ev-reject", "Sylvania denied the charge.", "denied", type="REJECT",
                  quad_class=3, date="2020-03-04", source=[actor(text, "Sylvania", **sylvania)],
                  confidence=0.7),
        ],
        quotes=[Quote(id="q1", text=quote_text, kind="direct", start=quote_start, end=quote_end,
                      speaker=actor(text, "Ana Ruiz", mention_id="m3", **ruiz), cue="said",
                      outlet="Daily Lantern")],
        places=[Place(name="Vella", text="Vella", lat=44.5, lon=18.25, country="SYL", kind="city",
                      geonames_id=1234567, start=span(text, "Vella")[0], end=span(text, "Vella")[1])],
        dates=[DateMention(text="Monday", start=span(text, "Monday")[0], end=span(text, "Monday")[1],
                           date="2020-03-02", granularity="day", relative=True)],
        outlets=[OutletMention(name="Daily Lantern", text="the Daily Lantern",
                               start=span(text, "the Daily Lantern")[0],
                               end=span(text, "the Daily Lantern")[1], cue="according to")],
        errors=[IngestError(source="invented.jsonl", position="line 1", code="E020",
                            reason="stage eventwire.test.v1 failed: ValueError: invented",
                            stage="eventwire.test.v1", article_id=article.id)],
    )
    return article, coded


def build_agreement() -> tuple[Article, CodedArticle]:
    text = AGREEMENT
    article = Article(id=article_id(text), text=text, published="2021-05-05", outlet="Other Post",
                      language="en", source="invented.jsonl", position="line 2")
    sylvania = dict(name="Sylvania", country="SYL", kind="country")
    freedonia = dict(name="Freedonia", country="FRE", kind="country")
    first = AGREEMENT.split(". ")[0] + "."
    quote_text = "the deal would feed both nations"
    return article, CodedArticle(
        article=header_of(article),
        actors=[mention(text, "Sylvania", "m1", **sylvania), mention(text, "Freedonia", "m2", **freedonia),
                mention(text, "Ana Ruiz", "m3", name="Ana Ruiz", country="FRE", kind="person")],
        events=[event(text, "ev-agree", first, "signed", type="AGREE", quad_class=2, goldstein=4.0,
                      date="2021-05-04", source=[actor(text, "Sylvania", **sylvania)],
                      target=[actor(text, "Freedonia", **freedonia)],
                      location=Location(name="Marsport", country="SYL"), confidence=0.8)],
        quotes=[Quote(id="q1", text=quote_text, kind="indirect", start=span(text, quote_text)[0],
                      end=span(text, quote_text)[1],
                      speaker=actor(text, "Ana Ruiz", name="Ana Ruiz", country="FRE"), cue="said")],
        places=[Place(name="Marsport", text="Marsport", country="SYL", start=span(text, "Marsport")[0],
                      end=span(text, "Marsport")[1])],
        dates=[DateMention(text="4 May", start=span(text, "4 May")[0], end=span(text, "4 May")[1],
                           date="2021-05-04", granularity="day")],
    )


def build_protest() -> tuple[Article, CodedArticle]:
    """An event with no target and actors known only by sector: no dyad."""
    text = PROTEST
    article = Article(id=article_id(text), text=text, published="2021-06-20", language="en")
    return article, CodedArticle(
        article=header_of(article),
        events=[event(text, "ev-protest", text, "marched", type="PROTEST", quad_class=4,
                      date="2021-06", source=[actor(text, "Students", sector="EDU")],
                      location=Location(name="Ostrava", country="CZE"), confidence=0.6,
                      modality="intended")],
    )


@pytest.fixture
def batch() -> list[tuple[Article, CodedArticle | None, bytes | None]]:
    """Three coded articles, one skipped (not English), one duplicate of the first."""
    accusation, agreement, protest = build_accusation(), build_agreement(), build_protest()
    skipped_text = "Ce texte n'est pas en anglais."
    skipped = Article(id=article_id(skipped_text), text=skipped_text, language="fr", status="skipped",
                      skip_reason="language fr")
    duplicate_text = ACCUSATION.replace("Monday", "Monday morning")
    duplicate = Article(id=article_id(duplicate_text), text=duplicate_text, status="duplicate",
                        duplicate_of=accusation[0].id)
    return [
        (accusation[0], accusation[1], b"\x01sig-accusation"),
        (agreement[0], agreement[1], b"\x02sig-agreement"),
        (protest[0], protest[1], None),
        (skipped, None, None),
        (duplicate, None, b"\x01sig-accusation"),
    ]


@pytest.fixture
def read_errors() -> list[IngestError]:
    return [IngestError(source="broken.jsonl", position="line 7", code="E004", reason="not JSON"),
            IngestError(source="empty.txt", code="E001", reason="the text is empty")]


@pytest.fixture
def store(tmp_path):
    with open_store(str(tmp_path / "events.duckdb")) as opened:
        yield opened


@pytest.fixture
def filled(store, batch, read_errors):
    # stage errors are passed by the caller, as runner.store_batch does
    store.write_batch(batch, read_errors + [e for _, c, _ in batch if c is not None for e in c.errors])
    return store
