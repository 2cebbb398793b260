"""Mention patterns on invented news sentences (needs the spaCy model)."""

from __future__ import annotations

import pytest

from eventwire.pipeline import Document
from eventwire.records import Article, article_id

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def actors(nlp):
    from eventwire.actors.stage import ActorsStage

    stage = ActorsStage()

    def run(text: str, published: str | None = None):
        doc = Document(Article(id=article_id(text), text=text, published=published))
        doc.spacy = nlp(text)
        return stage(doc)

    return run


def _one(doc, text):
    found = [m for m in doc.actors if m.text == text]
    assert found, f"no mention {text!r} in {[m.text for m in doc.actors]}"
    return found[0]


@pytest.mark.parametrize("sentence,span,name,country,sector,kind", [
    ("Russian President Vladimir Putin met envoys in Sochi on Tuesday.", "Russian President Vladimir Putin",
     "Vladimir Putin", "RUS", "GOV", "person"),
    ("Romania's new government resigned after a vote of no confidence.", "Romania's new government",
     None, "ROU", "GOV", "government"),
    ("Iraqi troops entered the town before dawn.", "Iraqi troops", None, "IRQ", "MIL", "government"),
    ("Residents said the Afghan military had abandoned the checkpoint.", "the Afghan military", None, "AFG", "MIL", "government"),
    ("Palestinian militants fired mortars at a border crossing.", "Palestinian militants", None, "PSE", "INS", "group"),
    ("Senior Hungarian officials rejected the proposal.", "Senior Hungarian officials", None, "HUN", "GOV", "government"),
    ("Witnesses said police in Lagos fired tear gas.", "police in Lagos", None, "NGA", "COP", "government"),
    ("The Taliban seized another provincial capital.", "The Taliban", "Taliban", "AFG", "INS", "group"),
    ("Central Asian countries were wary of the plan.", "Central Asian countries", "Central Asia", "CAS", None, "region"),
    ("The Kremlin denied the report.", "The Kremlin", None, "RUS", "GOV", "government"),
    ("Hamas militants claimed the attack.", "Hamas militants", None, "PSE", "INS", "group"),
    ("NATO said it would send more aircraft.", "NATO", "NATO", "IGO", "MIL", "igo"),
    ("Foreign Minister Sergei Lavrov flew to Ankara.", "Foreign Minister Sergei Lavrov", "Sergei Lavrov", "RUS", "GOV", "person"),
    ("The government of Iraq asked for help.", "The government of Iraq", None, "IRQ", "GOV", "government"),
])
def test_actors_patterns(actors, sentence, span, name, country, sector, kind):
    m = _one(actors(sentence, "2021-08-20"), span)
    assert (m.country, m.sector, m.kind) == (country, sector, kind)
    if name:
        assert m.name == name
    assert m.code == ((country + (sector or "")) if kind not in ("group", "igo") or not m.code else m.code)


@pytest.mark.parametrize("sentence,span", [
    ("The Western-backed government collapsed within days.", "The Western-backed government"),
    ("Pro-Russian separatists shelled the village.", "Pro-Russian separatists"),
])
def test_actors_hyphen_compounds_are_not_the_named_country(actors, sentence, span):
    doc = actors(sentence)
    m = _one(doc, span)
    assert m.country is None
    assert not any(a.country in ("WST", "RUS") for a in doc.actors)


@pytest.mark.parametrize("sentence,span,sector", [
    ("Protesters blocked the main road.", "Protesters", "CVL"),
    ("Dozens of journalists waited outside.", "journalists", "MED"),
])
def test_actors_bare_sector_has_no_country(actors, sentence, span, sector):
    m = _one(actors(sentence), span)
    assert (m.kind, m.country, m.sector) == ("sector", None, sector)


@pytest.mark.parametrize("sentence", ["The police station was closed.", "The military operation began at night."])
def test_actors_sector_word_modifying_a_noun_is_not_an_actor(actors, sentence):
    assert actors(sentence).actors == []


def test_actors_spans_are_offsets_into_the_text(actors):
    text = "Iraqi troops and  the Taliban clashed, Reuters reported."
    doc = actors(text)
    assert doc.actors
    for m in doc.actors:
        assert text[m.start:m.end] == m.text


@pytest.mark.parametrize("sentence,span,outlet", [
    ("The Wall Street Journal first reported the talks.", "The Wall Street Journal", "The Wall Street Journal"),
    ("The ministers met in Oslo, CNN reported.", "CNN", "CNN"),
    ("According to the AP, the talks failed.", "the AP", "Associated Press"),
])
def test_actors_outlets_are_kind_outlet(actors, sentence, span, outlet):
    m = _one(actors(sentence), span)
    assert (m.kind, m.sector, m.name) == ("outlet", "MED", outlet)


def test_actors_notes_explain_every_mention(actors):
    doc = actors("Iraqi troops met Taliban envoys.")
    notes = doc.trace["eventwire.actors.v1"]
    assert [n["mention"] for n in notes] == [m.id for m in doc.actors]
    assert all(n["why"] for n in notes)
