"""Event location: the preposition on the trigger, else the sentence, else the article focus."""

from __future__ import annotations

import pytest

from eventwire.pipeline import Document, build_pipeline
from eventwire.places.locate import EventLocator
from eventwire.records import Article, Event, article_id

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def places_pipeline():
    return build_pipeline(["eventwire.nlp.v1", "eventwire.actors.v1", "eventwire.places.v1"],
                          raise_errors=True)


def coded(pipe, text: str, trigger: str, occurrence: int = 0) -> Document:
    doc = pipe(Document(Article(id=article_id(text), text=text, language="en")))
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(trigger, start + 1)
    sent = next(s for s in doc.spacy.sents if s.start_char <= start < s.end_char)
    doc.events = [Event(id="e1", type="ASSAULT", sentence=sent.text, start=sent.start_char,
                        end=sent.end_char, trigger=trigger, trigger_start=start,
                        trigger_end=start + len(trigger), confidence=0.9)]
    return EventLocator()(doc)


@pytest.mark.parametrize("text,trigger,name,iso3", [
    ("After talks in Geneva, the militants attacked a checkpoint near Kandahar on Friday.",
     "attacked", "Kandahar", "AFG"),
    ("Police arrested twelve protesters outside Tbilisi, officials in Washington said.",
     "arrested", "Tbilisi", "GEO"),
    ("Ministers from Kenya met in Addis Ababa to discuss the drought.", "met", "Addis Ababa", "ETH"),
])
def test_places_event_location_by_preposition(places_pipeline, text, trigger, name, iso3):
    doc = coded(places_pipeline, text, trigger)
    loc = doc.events[0].location
    assert loc is not None and loc.name == name and loc.country == iso3
    notes = doc.trace["eventwire.places.locate_events.v1"]
    assert notes[-1]["why"].startswith("preposition")


def test_places_event_location_falls_back_to_sentence(places_pipeline):
    text = "Nigeria condemned the bombing. The army said gunmen killed nine villagers."
    doc = coded(places_pipeline, text, "condemned")
    assert doc.events[0].location.country == "NGA"
    assert doc.trace["eventwire.places.locate_events.v1"][-1]["why"].startswith("sentence")


def test_places_event_location_falls_back_to_article_focus(places_pipeline):
    text = "Heavy rain fell on Somalia again. Somalia has had floods for weeks. The army said gunmen killed nine villagers."
    doc = coded(places_pipeline, text, "killed")
    loc = doc.events[0].location
    assert loc.country == "SOM" and loc.kind == "country"
    assert doc.trace["eventwire.places.locate_events.v1"][-1]["why"].startswith("article focus")


def test_places_event_without_places_has_no_location(places_pipeline):
    doc = coded(places_pipeline, "The army said gunmen killed nine villagers.", "killed")
    assert doc.events[0].location is None


def with_actors(pipe, text: str, trigger: str, quad: int, source: tuple[str, str],
                target: tuple[str, str] | None = None) -> Document:
    """One hand-made event with source (and target) actors given as (words, country)."""
    from eventwire.records import Actor

    doc = pipe(Document(Article(id=article_id(text), text=text, language="en")))

    def actor(words: str, country: str) -> Actor:
        start = text.index(words)
        return Actor(text=words, name=words, country=country, start=start, end=start + len(words))

    start = text.index(trigger)
    sent = next(s for s in doc.spacy.sents if s.start_char <= start < s.end_char)
    doc.events = [Event(id="e1", type="ACCUSE", quad_class=quad, sentence=sent.text, start=sent.start_char,
                        end=sent.end_char, trigger=trigger, trigger_start=start,
                        trigger_end=start + len(trigger), confidence=0.9,
                        source=[actor(*source)], target=[actor(*target)] if target else [])]
    return EventLocator()(doc)


@pytest.mark.parametrize("text,trigger,source,target,iso3", [
    # a target country is no location: the statement is the speaker's
    ("Putin criticised the United States for its withdrawal.", "criticised",
     ("Putin", "RUS"), ("United States", "USA"), "RUS"),
    ("Putin previously pushed back on the U.S. military playing a role in the region.", "pushed back on",
     ("Putin", "RUS"), ("U.S. military", "USA"), "RUS"),
    # the speaker named as a country places its own statement
    ("Nigeria condemned the attack on Tuesday.", "condemned", ("Nigeria", "NGA"), None, "NGA"),
    # a place the text gives for the statement wins
    ("Speaking in Kabul, Lavrov accused Washington of hypocrisy.", "accused", ("Lavrov", "RUS"),
     ("Washington", "USA"), "AFG"),
])
def test_places_statements_are_located_at_the_speaker_not_the_target(places_pipeline, text, trigger,
                                                                    source, target, iso3):
    doc = with_actors(places_pipeline, text, trigger, 3, source, target)
    assert doc.events[0].location is not None and doc.events[0].location.country == iso3


def test_places_focus_weighs_the_lede_over_actor_mentions(places_pipeline):
    from eventwire.places.locate import focus_place

    text = ("Fighting resumed in Yemen on Sunday. The United States said it was worried. "
            "The United States urged calm. The United States sent an envoy.")
    doc = places_pipeline(Document(Article(id=article_id(text), text=text, language="en")))
    us = [(p.start, p.end) for p in doc.places if p.country == "USA"]
    lede_end = next(iter(doc.spacy.sents)).end_char
    assert focus_place(doc.places, us, lede_end).country == "YEM"


def test_places_seed_article_statements_are_not_put_in_the_united_states(code_text, seed_text):
    coded = code_text(seed_text, published="2021-08-20")
    located = [e for e in coded.events if e.location is not None]
    assert located
    for e in located:
        sources = {a.country for a in e.source}
        if sources & {"RUS", "AFG"}:
            assert e.location.country != "USA", (e.trigger, e.location)
    taliban = [e for e in located if any("Taliban" in (a.name or a.text) for a in e.source)]
    assert all(e.location.country == "AFG" for e in taliban)
