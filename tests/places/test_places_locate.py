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
