"""eventwire.dates.date_events.v1 on hand-built events over parsed sentences."""

from __future__ import annotations

import pytest

from eventwire.dates.attach import ATTACH_FILE, EventDater, load_rules
from eventwire.dates.stage import DatesStage
from eventwire.pipeline import Document
from eventwire.records import Article, Event

STAGE = "eventwire.dates.date_events.v1"


def test_dates_attach_rules_load():
    rules = load_rules(str(ATTACH_FILE))
    assert rules.version == 1
    assert {"on", "during", "in"} <= rules.prepositions  # quoted in YAML: a bare `on` would be True
    assert "since" not in rules.prepositions


def make_event(text: str, trigger: str, occurrence: int = 0) -> Event:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(trigger, start + 1)
    sent_start = text.rfind("\n", 0, start) + 1
    sent_end = text.find("\n", start)
    sent_end = len(text) if sent_end < 0 else sent_end
    return Event(id=f"e{start}", type="CONSULT", sentence=text[sent_start:sent_end], start=sent_start,
                 end=sent_end, trigger=trigger, trigger_start=start, trigger_end=start + len(trigger),
                 confidence=0.9)


@pytest.fixture(scope="module")
def date_events(nlp):
    dates, dater = DatesStage(), EventDater()

    def run(text: str, published: str | None, triggers: list[str]) -> list[Event]:
        doc = Document(Article(id="t", text=text, published=published, language="en"))
        doc.spacy = nlp(text)
        dates(doc)
        doc.events = [make_event(text, t) for t in triggers]
        dater(doc)
        assert len(doc.trace[STAGE]) == len(triggers)
        return doc.events

    return run


@pytest.mark.slow
@pytest.mark.parametrize("text, trigger, date, historical", [
    # date in the trigger's clause, governed by on / in, or adverbial
    ("The foreign ministers met in Almaty on Friday.", "met", "2024-05-10", False),
    ("The two presidents will meet again in Arusha in June.", "meet", "2024-06-01", False),
    ("Police arrested 12 protesters last week.", "arrested", "2024-04-29", True),
    ("The rebels attacked the town two days ago.", "attacked", "2024-05-09", False),
    # noun modifier of the trigger's object / the trigger noun itself
    ("Putin objected during a June 16 summit meeting with Biden.", "objected", "2023-06-16", True),
    ("Putin objected during a March 16 summit meeting with Biden.", "meeting", "2024-03-16", True),
    # xcomp and conjunct share the date
    ("Kenya and Tanzania agreed on Wednesday to reopen the border.", "reopen", "2024-05-08", False),
    # bounding prepositions and subordinate clauses do not date the event: publication date
    ("Talks between the two sides have stalled since March.", "stalled", "2024-05-11", False),
    ("Officials said on Monday that police arrested twelve people.", "arrested", "2024-05-11", False),
])
def test_dates_attach_event_date(date_events, text, trigger, date, historical):
    (event,) = date_events(text, "2024-05-11", [trigger])
    assert event.date == date
    assert event.historical is historical


@pytest.mark.slow
def test_dates_attach_conjunct_shares_date(date_events):
    arrested, released = date_events("Police arrested 12 protesters last week and released them.",
                                      "2024-05-11", ["arrested", "released"])
    assert arrested.date == released.date == "2024-04-29"


@pytest.mark.slow
@pytest.mark.parametrize("text, trigger, date", [
    ("The envoys met on Jan. 5, 2009 in Geneva.", "met", "2009-01-05"),
    ("The envoys met on Monday in Geneva.", "met", None),
])
def test_dates_attach_without_publication_date(date_events, text, trigger, date):
    (event,) = date_events(text, None, [trigger])
    assert event.date == date


@pytest.mark.slow
def test_dates_attach_seed_summit_events(date_events, seed_text):
    line = next(s for s in seed_text.split("\n") if "June 16" in s)
    events = date_events(seed_text, "2021-08-20", ["pushed back", "meeting", "calling for"])
    by_trigger = {e.trigger: e for e in events}
    for trigger in ("pushed back", "meeting"):
        assert trigger in line
        assert by_trigger[trigger].date == "2021-06-16"
        assert by_trigger[trigger].historical
    assert by_trigger["calling for"].date == "2021-08-20"
    assert not by_trigger["calling for"].historical


@pytest.mark.slow
def test_dates_attach_seed_full_pipeline(code_text, seed_text):
    coded = code_text(seed_text, published="2021-08-20")
    if not coded.events:
        pytest.skip("the event coder produces no events yet")
    assert all(e.date for e in coded.events)
    summit = [e for e in coded.events if "June 16" in e.sentence]
    if not summit:
        pytest.skip("the event coder codes nothing in the summit sentence yet")
    assert all(e.date == "2021-06-16" and e.historical for e in summit)


@pytest.mark.slow
def test_dates_attach_keeps_the_coders_historical_flag(nlp):
    """The coder flags "during the Second World War" as historical; no date here must not clear it."""
    text = "Veterans recalled how the army shelled the port during the Second World War."
    doc = Document(Article(id="t", text=text, published="2024-05-11", language="en"))
    doc.spacy = nlp(text)
    DatesStage()(doc)
    event = make_event(text, "shelled")
    event.historical = True  # as the event coder sets it for an explicit past era
    doc.events = [event]
    EventDater()(doc)
    assert event.historical is True
    assert "kept from the event coder" in doc.trace[STAGE][0]["why"]
    fresh = make_event(text, "shelled")
    doc.events = [fresh]
    EventDater()(doc)
    assert fresh.historical is False  # nothing in the text dates it before the publication week


@pytest.mark.slow
@pytest.mark.parametrize("text, main, sub, date, historical", [
    # an "after" clause happened no later than its dated main verb
    ("The deputy minister resigned in October 2019 after charges were brought against him.",
     "resigned", "brought", "2019-10-01", True),
    # a "when" clause happened at the main verb's time
    ("Police arrested the mayor of Talvik in March 2003 when protesters stormed the town hall.",
     "arrested", "stormed", "2003-03-01", True),
])
def test_dates_attach_clause_of_a_dated_verb_shares_its_date(date_events, text, main, sub, date, historical):
    first, second = date_events(text, "2024-05-11", [main, sub])
    assert first.date == second.date == date
    assert second.historical is historical


@pytest.mark.slow
def test_dates_attach_before_clause_is_not_dated_by_its_main_verb(date_events):
    # "before" says the clause came later than the main verb: no date can be taken from it
    _, later = date_events("The envoy left Kavala in March 2003 before the rebels attacked the port.",
                           "2024-05-11", ["left", "attacked"])
    assert later.date == "2024-05-11" and later.historical is False
