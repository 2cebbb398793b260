"""Refusals as REJECT, nominal modality, military arrivals, and lexicon phrases (slow: spaCy)."""

from __future__ import annotations

import pytest

from eventwire.events.stage import EventsStage
from eventwire.records import ActorMention
from tests.events.test_events_roles import code, countries, make_doc  # noqa: F401  (fixture re-use)

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,mode", [
    # a negated concession or agreement is a refusal (manual, REJECT: all rejections and refusals)
    ("Freedonia would not meet the demands of Sylvania.", "yield"),
    ("Freedonia did not agree to the Sylvanian proposal.", "meet"),
    # "failed to reach agreement": a refusal to agree, not a negated AGREE
    ("Freedonia and Sylvania failed to reach agreement on the water dispute.", "meet"),
])
def test_negated_agreement_or_concession_is_reject(code, text, mode):  # noqa: F811
    events = code(text)
    rejects = [e for e in events if e.type == "REJECT"]
    assert rejects, events
    assert rejects[0].mode == mode and not rejects[0].negated
    assert not [e for e in events if e.type in ("AGREE", "CONCEDE") and "FRE" in countries(e.source)]


@pytest.mark.parametrize("text,etype", [
    ("Freedonia might not agree to the Sylvanian proposal.", "AGREE"),  # speculation, not a refusal
    ("Freedonia denied that it had agreed to the Sylvanian proposal.", "AGREE"),  # denial of an agreement
])
def test_speculative_or_denied_agreement_is_not_reject(code, text, etype):  # noqa: F811
    assert not [e for e in code(text) if e.type == "REJECT"], code(text)


@pytest.mark.parametrize("text,etype,mode,source,target", [
    ("Freedonia imposed a news blackout on the northern provinces.", "COERCE", "censor", ["FRE"], []),
    ("Freedonia banned opposition candidates from the vote.", "COERCE", "restrict", ["FRE"], []),
    ("Freedonian police prevented the demonstration outside the palace.", "COERCE", "restrict", ["FRE"], []),
    ("Freedonia reimposed its blockade of Sylvania on Friday.", "COERCE", None, ["FRE"], ["SYL"]),
    ("Freedonia reopened its border with Sylvania after two years.", "RETREAT", "access", ["FRE"], []),
    ("Freedonia strengthened its forces along the Sylvanian frontier.", "MOBILIZE", "troops", ["FRE"], []),
    ("Freedonia reneged on its promise to hold early elections.", "REJECT", None, ["FRE"], []),
    ("Freedonian helicopters evacuated the wounded from the valley.", "AID", None, ["FRE"], []),
    ("Freedonian rebels violated a ban on public meetings.", "REJECT", "yield", ["FRE"], []),
])
def test_lexicon_phrases(code, text, etype, mode, source, target):  # noqa: F811
    events = [e for e in code(text) if e.type == etype]
    assert events, code(text)
    assert events[0].mode == mode or mode is None
    assert countries(events[0].source) == source
    if target:
        assert countries(events[0].target) == target


def test_future_blockade_by_its_announcer_is_threaten(code):  # noqa: F811
    events = code("Freedonia said it would tighten the blockade of Sylvania.")
    assert [e.type for e in events if e.trigger.startswith("tighten")] == ["THREATEN"]


@pytest.mark.parametrize("text,modality", [
    ("The Freedonian inquiry will most likely result in a Sylvanian investigation.", "future"),
    ("Freedonia may launch an attack on Sylvania.", "possible"),
])
def test_nominal_trigger_takes_the_governing_verb_modality(code, text, modality):  # noqa: F811
    noms = [e for e in code(text) if e.trigger.lower().endswith(("investigation", "attack"))]
    assert noms and noms[0].modality == modality, code(text)


@pytest.mark.parametrize("text,sector,etype", [
    ("Freedonian troops arrived in Sylvania on Sunday.", "MIL", "MOBILIZE"),
    ("Freedonian diplomats arrived in Sylvania on Sunday.", "GOV", "CONSULT"),
])
def test_military_arrival_is_deployment(nlp, text, sector, etype):
    doc = make_doc(nlp, text)
    a = text.index("Freedonian")
    b = text.index(" arrived")
    doc.actors = [ActorMention(id="m0", text=text[a:b], name=text[a:b], country="FRE", sector=sector,
                               kind="government", start=a, end=b, entity="FRE" + sector),
                  ActorMention(id="m1", text="Sylvania", name="Sylvania", country="SYL", kind="country",
                               start=text.index("Sylvania"), end=text.index("Sylvania") + 8, entity="SYL")]
    events = EventsStage()(doc).events
    assert [e.type for e in events] == [etype]
    assert countries(events[0].source) == ["FRE"] and countries(events[0].target) == ["SYL"]


@pytest.mark.parametrize("text,etype,source,target", [
    # "X said Y must <event>": the demand replaces the obligated event even when that is a trigger
    ("Firefly said that Sylvania must reach an agreement with the rebels.", "REQUEST", ["FRE"], ["SYL"]),
    # "is opposed to": a stance (adjectival passive) with its subject as the actor
    ("Freedonia is opposed to Sylvanian mediation in the dispute.", "REJECT", ["FRE"], ["SYL"]),
    # calling off a strike is a concession
    ("The Freedonian unions called off a three-day strike on Monday.", "CONCEDE", ["FRE"], []),
])
def test_obligations_stances_and_concessions(code, text, etype, source, target):  # noqa: F811
    events = [e for e in code(text) if e.type == etype]
    assert events, code(text)
    assert countries(events[0].source) == source
    assert countries(events[0].target) == target


def test_obligated_event_is_absorbed_by_the_demand(code):  # noqa: F811
    events = code("Firefly said that Sylvania must reach an agreement with the rebels.")
    assert not [e for e in events if e.type == "AGREE"], events


def test_agreeing_to_postpone_a_protest_is_not_a_threat(code):  # noqa: F811
    events = code("Sylvanian opposition leaders agreed to postpone the demonstration until May.")
    assert [e.type for e in events] == ["AGREE"], events
