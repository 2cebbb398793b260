"""Roles from the dependency parse, on hand-built actor lists (model-loading: slow)."""

from __future__ import annotations

import re

import pytest

from eventwire.pipeline import Document
from eventwire.records import ActorMention, Article, article_id

pytestmark = pytest.mark.slow

# invented names -> (country, kind); every occurrence in a test sentence becomes a mention
ACTORS = {
    "Freedonia": ("FRE", "country"), "Sylvania": ("SYL", "country"), "Ruritania": ("RUR", "country"),
    "Marvania": ("MAR", "country"), "Zembla": ("ZEM", "country"),
    "Freedonian": ("FRE", "country"), "Sylvanian": ("SYL", "country"),
    "Firefly": ("FRE", "person"), "Trentino": ("SYL", "person"),
    "the Daily Planet": (None, "outlet"),
}


def make_doc(nlp, text: str) -> Document:
    doc = Document(Article(id=article_id(text), text=text))
    doc.spacy = nlp(text)
    mentions = []
    for name, (country, kind) in ACTORS.items():
        for m in re.finditer(r"\b" + re.escape(name) + r"\b", text):
            mentions.append(ActorMention(id=f"m{len(mentions)}", text=name, name=name, country=country,
                                         kind=kind, start=m.start(), end=m.end(), entity=name))
    doc.actors = mentions
    return doc


@pytest.fixture(scope="module")
def code(nlp):
    from eventwire.events.stage import EventsStage
    stage = EventsStage()

    def run(text: str):
        return stage(make_doc(nlp, text)).events
    return run


def countries(actors):
    return sorted(a.country for a in actors)


@pytest.mark.parametrize("text,etype,source,target", [
    ("Freedonia attacked Sylvania on Monday.", "ASSAULT", ["FRE"], ["SYL"]),
    ("Sylvania was attacked by Freedonia on Monday.", "ASSAULT", ["FRE"], ["SYL"]),
    ("Freedonia imposed sanctions on Sylvania.", "SANCTION", ["FRE"], ["SYL"]),
    ("Freedonia sharply criticized Sylvania over the border closure.", "ACCUSE", ["FRE"], ["SYL"]),
    ("Freedonia pushed back on Sylvania's plan for a new canal.", "REJECT", ["FRE"], ["SYL"]),
    ("Freedonia expelled two Sylvanian diplomats.", "SANCTION", ["FRE"], ["SYL"]),
    ("Freedonian jets carried out an air strike on Sylvania.", "ASSAULT", ["FRE"], ["SYL"]),
    ("Freedonia praised Sylvania for its help.", "SUPPORT", ["FRE"], ["SYL"]),
])
def test_events_active_and_passive_roles(code, text, etype, source, target):
    events = [e for e in code(text) if e.type == etype]
    assert events, code(text)
    assert countries(events[0].source) == source
    assert countries(events[0].target) == target


def test_events_compound_actor_is_one_event_with_a_list(code):
    events = code("Freedonia and Ruritania condemned Sylvania.")
    accuse = [e for e in events if e.type == "ACCUSE"]
    assert len(accuse) == 1
    assert countries(accuse[0].source) == ["FRE", "RUR"]


def test_events_meeting_participants_are_all_actors(code):
    events = [e for e in code("Freedonia met with Sylvania in the capital.") if e.type == "CONSULT"]
    assert events and countries(events[0].source) == ["FRE", "SYL"] and events[0].target == []


def test_events_call_on_to_is_a_request_with_target(code):
    events = code("Freedonia called on Sylvania to withdraw its troops.")
    assert [e.type for e in events] == ["REQUEST"]
    assert events[0].mode == "yield" and countries(events[0].target) == ["SYL"]


def test_events_threaten_to_absorbs_its_complement(code):
    events = code("Freedonia threatened to bomb Sylvanian ports.")
    assert [e.type for e in events] == ["THREATEN"]
    assert events[0].mode == "violence" and countries(events[0].target) == ["SYL"]


def test_events_reported_speech_keeps_the_speaker_apart(code):
    events = code("Trentino said Freedonia attacked Sylvania.")
    assault = [e for e in events if e.type == "ASSAULT"]
    assert assault and countries(assault[0].source) == ["FRE"] and countries(assault[0].target) == ["SYL"]
    assert assault[0].reported_by is not None and assault[0].reported_by.text == "Trentino"


def test_events_possessive_gives_the_source_of_a_nominal(code):
    events = [e for e in code("Firefly's condemnation of Sylvania surprised nobody.") if e.type == "ACCUSE"]
    assert events and events[0].source[0].text == "Firefly" and countries(events[0].target) == ["SYL"]


@pytest.mark.parametrize("text,etype,negated,modality", [
    ("Freedonia did not attack Sylvania.", "ASSAULT", True, None),
    ("Freedonia never criticized Sylvania.", "ACCUSE", True, None),
    ("Freedonia may attack Sylvania.", "ASSAULT", False, "possible"),
    ("Freedonia plans to visit Sylvania.", "AGREE", False, "intended"),
    ("Freedonia will send aid to Sylvania.", "AGREE", False, "future"),
    ("Freedonia said it would withdraw its troops from Sylvania.", "CONCEDE", False, "future"),
    ("If Freedonia attacks Sylvania, the region will suffer.", "ASSAULT", False, "hypothetical"),
])
def test_events_negation_and_modality(code, text, etype, negated, modality):
    events = [e for e in code(text) if e.type == etype]
    assert events, code(text)
    assert events[0].negated is negated and events[0].modality == modality


def test_events_refusal_codes_reject_and_keeps_the_negated_action(code):
    events = code("Freedonia refused to release the Sylvanian sailors.")
    types = {e.type: e for e in events}
    assert "REJECT" in types and types["REJECT"].mode == "yield"
    assert "RETREAT" in types and types["RETREAT"].negated


def test_events_no_source_means_no_event(code):
    assert code("Sylvania was attacked on Monday.") == []


def test_events_outlet_reporting_is_not_an_event(code):
    events = code("The Daily Planet reported that Freedonia criticized Sylvania.")
    assert events and all(a.kind != "outlet" for e in events for a in e.source)
    assert all(e.reported_by is None or e.reported_by.kind != "outlet" for e in events)


def test_events_record_fields_are_complete(code):
    text = "Freedonia attacked Sylvania on Monday."
    (ev,) = code(text)
    assert ev.id.startswith("e") and len(ev.id) == 17
    assert text[ev.trigger_start:ev.trigger_end] == ev.trigger == "attacked"
    assert (ev.start, ev.end) == (0, len(text)) and ev.sentence == text
    assert ev.quad_class == 4 and ev.goldstein is not None and ev.cameo
    assert ev.coder_version and ev.rule and 0 < ev.confidence < 1
    assert ev.location is None and ev.date is None and ev.historical is False
    assert code(text)[0].id == ev.id  # stable


@pytest.mark.parametrize("text", [
    # from reading Wikinews output: a possessor of the cause is not the actor of "led to an arrest"
    "Firefly's testimony could have led to an arrest in Sylvania.",
    "The crisis in Sylvania will result in an investigation by nobody in particular.",
])
def test_events_nominal_after_to_or_in_takes_no_climbed_source(code, text):
    assert [e for e in code(text) if e.type in ("COERCE", "ACCUSE")] == []
