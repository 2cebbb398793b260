"""Back-references, opinion polls and located civilians (slow: spaCy)."""

from __future__ import annotations

import re

import pytest

from eventwire.events.stage import EventsStage
from eventwire.records import ActorMention
from tests.events.test_events_roles import countries, make_doc

pytestmark = pytest.mark.slow

SECTOR_WORDS = {"protesters": "CVL", "farmers": "CVL", "soldiers": "MIL"}


@pytest.fixture(scope="module")
def code_with_sectors(nlp):
    stage = EventsStage()

    def run(text: str):
        doc = make_doc(nlp, text)
        for word, sector in SECTOR_WORDS.items():
            for m in re.finditer(r"\b" + word + r"\b", text):
                doc.actors.append(ActorMention(id=f"s{m.start()}", text=word, name=word, country=None, sector=sector,
                                               kind="sector", start=m.start(), end=m.end(), entity=f"s{m.start()}"))
        return stage(doc).events
    return run


@pytest.mark.parametrize("text,etype", [
    ("Officials in Freedonia reviewed the recent visit by Sylvania.", "CONSULT"),
    ("After Sylvania's withdrawal from the talks, Freedonia praised Sylvania.", "RETREAT"),
    ("Following the Sylvanian investigation, Freedonia praised Sylvania.", "ACCUSE"),
])
def test_events_definite_nouns_referring_back_are_not_new_events(code_with_sectors, text, etype):
    assert not [e for e in code_with_sectors(text) if e.type == etype], code_with_sectors(text)


@pytest.mark.parametrize("text,etype", [
    ("Sylvania announced a withdrawal from the border region.", "RETREAT"),   # no back-reference: still an event
    ("Freedonia condemned the visit by Sylvania.", "ACCUSE"),
])
def test_events_new_event_nouns_still_code(code_with_sectors, text, etype):
    assert [e for e in code_with_sectors(text) if e.type == etype], code_with_sectors(text)


@pytest.mark.parametrize("text", [
    "Some 40% of Freedonia's farmers criticized Sylvania, a survey found.",
    "About 55 percent of Freedonia's voters supported Sylvania in the poll.",
])
def test_events_opinion_poll_shares_are_not_events(code_with_sectors, text):
    assert not code_with_sectors(text), code_with_sectors(text)


@pytest.mark.parametrize("text,expected", [
    ("Hundreds of farmers demonstrated in Romania on Friday.", ["ROU"]),
    ("Angry protesters blocked roads in Nairobi for hours.", ["KEN"]),
    ("Angry protesters rallied outside the embassy on Friday.", [None]),   # no location: no country
    ("Freedonian soldiers demonstrated in Romania on Friday.", None),     # not civilians: untouched
])
def test_events_protesting_civilians_take_the_location_country(code_with_sectors, text, expected):
    protests = [e for e in code_with_sectors(text) if e.type == "PROTEST"]
    if expected is None:
        assert not protests or all(a.country != "ROU" for e in protests for a in e.source)
        return
    assert protests, code_with_sectors(text)
    assert [a.country for a in protests[0].source] == expected


@pytest.mark.parametrize("text,conceded", [
    ("Freedonian commandos tried to free soldiers held by Sylvania.", False),
    ("Freedonia attempted to release the Sylvanian prisoners.", False),
    ("Freedonia announced it would release the Sylvanian prisoners.", True),  # announced: CONCEDE (manual)
])
def test_events_attempted_retreat_is_not_a_concession(code_with_sectors, text, conceded):
    events = code_with_sectors(text)
    assert bool([e for e in events if e.type == "CONCEDE"]) == conceded, events
