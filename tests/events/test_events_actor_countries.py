"""The place of an event for actors the text does not name (issue #3; slow: spaCy).

``roles.event_place`` gives the one state where an event happened from the locative phrases of
its clause and of the weapon/attack phrase standing where the actor would; the coder uses it for
an unidentified attacker (ICEWS practice, "Unidentified Gunmen (Iraq)")."""

from __future__ import annotations

import pytest

from eventwire.events.roles import child, event_place, pobj_of

pytestmark = pytest.mark.slow


def _trigger(doc, word):
    return next(t for t in doc if t.text == word)


def _weapon(verb):
    subj = child(verb, "nsubj")
    if subj is not None:
        return subj
    agent = child(verb, "agent")
    return pobj_of(agent) if agent is not None else None


@pytest.mark.parametrize("text,trigger,country,place", [
    ("A roadside bomb near the town of Baqubah killed two soldiers on Monday.", "killed", "IRQ", "Baqubah"),
    ("Four guards were killed by a mine outside the city of Kandahar.", "killed", "AFG", "Kandahar"),
    ("Two reporters were wounded in a car bomb explosion in Beirut.", "wounded", "LBN", "Beirut"),
    ("Gunmen shot dead a judge in Karachi on Tuesday.", "shot", "PAK", "Karachi"),
])
def test_event_place_of_an_unnamed_attacker(nlp, text, trigger, country, place):
    doc = nlp(text)
    verb = _trigger(doc, trigger)
    assert event_place(verb, [_weapon(verb)]) == (country, place)


@pytest.mark.parametrize("text,trigger", [
    ("A roadside bomb killed two soldiers on Monday.", "killed"),  # no place named
    ("Bombs killed a guard in Vienna and a driver in Bratislava.", "killed"),  # two states
    ("A parcel bomb killed two soldiers sent to Kandahar.", "killed"),  # a goal, not the place
])
def test_event_place_none(nlp, text, trigger):
    doc = nlp(text)
    verb = _trigger(doc, trigger)
    assert event_place(verb, [_weapon(verb)]) == (None, "")


from tests.events.test_events_roles import code  # noqa: E402,F401  (fixture re-use)


@pytest.mark.parametrize("text,country", [
    ("A roadside bomb near the town of Baqubah killed two Freedonian soldiers on Monday.", "IRQ"),
    ("Two Sylvanian engineers were killed by a mine outside the city of Kandahar.", "AFG"),
    ("A car bomb killed three Freedonian policemen in Karachi.", "PAK"),
])
def test_unnamed_attacker_takes_the_event_place(code, text, country):  # noqa: F811
    ev = [e for e in code(text) if e.type == "ASSAULT"]
    assert ev, text
    a = ev[0].source[0]
    assert (a.country, a.code, a.name) == (country, country + "UNK", "unidentified attacker")
    assert ev[0].confidence <= 0.65


@pytest.mark.parametrize("text", [
    "A roadside bomb killed two Freedonian soldiers on Monday.",  # no place
    "A car bomb killed two Freedonian engineers in Karachi, and a Sylvanian group claimed responsibility.",
])
def test_unnamed_attacker_without_a_place_stays_unk(code, text):  # noqa: F811
    ev = [e for e in code(text) if e.type == "ASSAULT"]
    assert ev and ev[0].source[0].code == "UNK" and ev[0].source[0].country is None, text


def test_named_attacker_never_becomes_unidentified(code):  # noqa: F811
    ev = [e for e in code("Sylvanian rebels killed two Freedonian soldiers with a roadside bomb near Kandahar.")
          if e.type == "ASSAULT"]
    assert ev and [a.country for a in ev[0].source] == ["SYL"]


@pytest.mark.parametrize("text,country", [
    ("Two Freedonian journalists were arrested in Harare on Monday.", "ZWE"),
    ("Three Sylvanian activists have been jailed in Kenya.", "KEN"),
])
def test_agentless_arrest_is_by_the_authorities_of_the_place(code, text, country):  # noqa: F811
    ev = [e for e in code(text) if e.type == "COERCE"]
    assert ev, text
    a = ev[0].source[0]
    assert (a.country, a.code, a.name) == (country, country + "GOV", "unidentified authorities")
    assert ev[0].confidence <= 0.65


@pytest.mark.parametrize("text", [
    "Two Freedonian journalists were detained in Harare on Monday.",  # foreign forces detain too
    "Two Freedonian journalists were arrested on Monday.",  # no place
])
def test_no_place_authorities_for_detentions_or_without_place(code, text):  # noqa: F811
    assert not [e for e in code(text) if e.type == "COERCE"], text


def test_a_street_name_is_no_event_place(code_text):
    text = "A spokesman said Smith was arrested at 2am near the corner of Trinity and Sixth Street downtown."
    assert not [e for e in code_text(text).events if e.type == "COERCE"]


def test_a_country_name_is_never_the_one_arrested(code_text):
    evs = code_text("Iran At least one team of British reporters for the BBC have been arrested in Tehran, Iran.").events
    assert not [e for e in evs if e.type == "COERCE" and any(a.country == "IRN" for a in e.target)]
