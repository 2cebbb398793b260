"""Mention patterns on invented news sentences (needs the spaCy model)."""

from __future__ import annotations

import pytest

from tests.actors.conftest import one as _one

pytestmark = pytest.mark.slow


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


def test_actors_coordinated_modifiers_share_the_head(actors):
    doc = actors("Senior Hungarian and Romanian officials agreed to meet again.")
    codes = [(m.country, m.sector) for m in doc.actors]
    assert codes == [("HUN", "GOV"), ("ROU", "GOV")]
    assert doc.actors[1].text == "Romanian officials"


@pytest.mark.parametrize("sentence,span", [
    ("Ethnic Albanian guerrillas attacked a police post.", "Ethnic Albanian guerrillas"),
    ("The talks involved ethnic Albanians from the south.", None),
])
def test_actors_ethnic_groups_get_no_country(actors, sentence, span):
    doc = actors(sentence)
    assert not any(m.country == "ALB" for m in doc.actors)


@pytest.mark.parametrize("sentence,expected", [
    ("Moscow rejected the proposal on Monday.", "RUS"),
    ("Talks with Baku stalled.", "AZE"),
    ("The delegates met in Moscow on Monday.", None),
    ("Officials discussed the Dublin regulation.", None),
])
def test_actors_capitals_are_governments_only_as_actors(actors, sentence, expected):
    seats = [m for m in actors(sentence).actors if m.kind == "government" and m.sector == "GOV"
             and m.text in ("Moscow", "Baku", "Dublin")]
    assert [m.country for m in seats] == ([expected] if expected else [])


def test_actors_city_shared_by_two_states_is_not_resolved(actors):
    doc = actors("Militias in Tripoli clashed overnight.")
    m = [a for a in doc.actors if "Militias" in a.text][0]
    assert m.country is None


@pytest.mark.parametrize("sentence,span,sector", [
    ("A company president declined to comment.", "A company president", "BUS"),
    ("The rebel leader surrendered.", "The rebel leader", "REB"),
])
def test_actors_organisation_word_decides_a_chained_sector(actors, sentence, span, sector):
    assert _one(actors(sentence), span).sector == sector


def test_actors_common_surname_alone_is_not_a_table_person(actors):
    doc = actors("Brown said the vote would go ahead.", "2008-01-01")
    assert not any(m.name == "Gordon Brown" for m in doc.actors)
    doc = actors("Gordon Brown said the vote would go ahead.", "2008-01-01")
    assert [(m.name, m.country, m.sector) for m in doc.actors] == [("Gordon Brown", "GBR", "GOV")]


def test_actors_single_state_article_gives_bare_organs_its_country(actors):
    doc = actors("Kenya said on Monday that the police had arrested six men. The spokesman declined to comment.")
    police = _one(doc, "the police")
    assert (police.country, police.sector, police.confidence) == ("KEN", "COP", 0.6)
    assert _one(doc, "The spokesman").country is None


def test_actors_two_state_article_leaves_bare_organs_alone(actors):
    doc = actors("Kenya and Uganda said the police had arrested six men.")
    assert _one(doc, "the police").country is None


def test_actors_phrase_does_not_cross_lines(actors):
    doc = actors("Talks with Brazil\nHu Jintao arrived in the capital.", "2004-11-13")
    hu = [m for m in doc.actors if m.name == "Hu Jintao"][0]
    assert (hu.text, hu.country) == ("Hu Jintao", "CHN")


def test_actors_demonym_adjective_names_the_state(actors):
    m = _one(actors("Israeli planes struck the depot."), "Israeli")
    assert (m.kind, m.country, m.sector) == ("country", "ISR", None)
    assert m.confidence < 1.0


@pytest.mark.parametrize("sentence,span,country", [
    ("Police in Punjab detained two men.", "Police", None),          # a region in India and Pakistan
    ("Officials in Ontario welcomed the plan.", "Officials", None),  # a region in Canada, a city in the US
    ("Police in Bavaria detained two men.", "Police in Bavaria", "DEU"),
])
def test_actors_sector_in_a_region_or_city(actors, sentence, span, country):
    assert _one(actors(sentence), span).country == country


@pytest.mark.parametrize("sentence,span,country", [
    # a bare sector or ethnic group placed by "in/of/throughout <country>" is that country's
    ("Rebels in the Central African Republic seized a mining town.", "Rebels in the Central African Republic", "CAF"),
    ("Students throughout Kenya boycotted classes on Monday.", "Students throughout Kenya", "KEN"),
    ("Ethnic Hungarians in Romania marched through the city.", "Ethnic Hungarians in Romania", "ROU"),
    ("Kurds in Syria held a rally on Friday.", "Kurds in Syria", "SYR"),
    ("Iraqi Kurds held a rally on Friday.", "Iraqi Kurds", "IRQ"),
    ("Palestinian youths threw stones at the patrol.", "Palestinian youths", "PSE"),
])
def test_actors_placed_groups_take_the_country(actors, sentence, span, country):
    assert _one(actors(sentence), span).country == country


@pytest.mark.parametrize("sentence,span,sector", [
    ("Ethnic Serbs blocked the road near the border.", "Ethnic Serbs", "CVL"),  # a group, no country
    ("Islamic fundamentalists called for a boycott.", "fundamentalists", "RAD"),
    ("Student groups called for a boycott.", "Student groups", "EDU"),
])
def test_actors_ethnic_and_radical_groups_are_actors_without_country(actors, sentence, span, sector):
    m = _one(actors(sentence), span)
    assert m.country is None and m.sector == sector


def test_actors_owned_forces_are_not_the_place(actors):
    doc = actors("Chad strengthened its forces in Niger last week.")
    assert not any(m.country == "NER" and m.sector == "MIL" for m in doc.actors)


@pytest.mark.parametrize("sentence,span,country,sector", [
    # a common-noun compound between the country word and the sector head
    ("Striking Spanish dock workers closed the port of Valencia.", "Spanish dock workers", "ESP", "LAB"),
    ("The Kenyan war crimes court convicted two former ministers.", "The Kenyan war crimes court", "KEN", "JUD"),
    ("Somali suicide bombers struck a hotel in the capital.", "Somali suicide bombers", "SOM", "INS"),
    # the country an apposition gives
    ("Joseph Mbeki, Kenya's best-known labour activist, began a fast on Monday.", "Joseph Mbeki", "KEN", "CVL"),
    ("The largest rebel group, the Houthis, rejected the offer.", "The largest rebel group", "YEM", "REB"),
    # an acronym in brackets abbreviates the organisation before it
    ("The Ghanaian Association of Nurses (GAN) ended its strike.", "GAN", "GHA", None),
    # a sector noun from a named group
    ("Young activists from the Fatah movement marched in Ramallah.", "Young activists", "PSE", "CVL"),
    # residents placed by 'of <state>'
    ("The Hungarians of northern Serbia asked for their own schools.", "Hungarians of northern Serbia", "SRB", "CVL"),
])
def test_actors_country_from_compounds_appositions_acronyms_and_origin(actors, sentence, span, country, sector):
    m = _one(actors(sentence), span)
    assert m.country == country
    if sector:
        assert m.sector == sector


@pytest.mark.parametrize("sentence,span", [
    ("Ethiopian-led forces shelled positions near the Somali border town of Beledweyne.", "Ethiopian-led forces"),
])
def test_actors_led_by_compound_never_takes_the_article_country(actors, sentence, span):
    m = _one(actors(sentence), span)
    assert m.country != "SOM"


@pytest.mark.parametrize("sentence,span", [
    # a bare country in a list is not an apposition that explains a person
    ("Smith, Jones, France and Germany signed the text.", "Smith"),
])
def test_actors_bare_country_is_not_an_explaining_apposition(actors, sentence, span):
    found = [m for m in actors(sentence).actors if m.text == span]
    assert not found or found[0].country is None


@pytest.mark.parametrize("sentence", [
    "Sunni Arab leaders rejected the draft charter.",
    "Shiite Arab clerics met in the holy city.",
])
def test_actors_sect_before_region_adjective_is_a_community(actors, sentence):
    assert not [m for m in actors(sentence).actors if m.country == "ARB"]
