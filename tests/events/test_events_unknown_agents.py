"""Unidentified attackers (manual, UNK), tagger lemma repairs and light-verb phrases (slow: spaCy)."""

from __future__ import annotations

import pytest

from tests.events.test_events_roles import code, countries  # noqa: F401  (fixture re-use)

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,target", [
    ("Four Freedonian soldiers were killed by a roadside bomb near the border.", ["FRE"]),
    ("A car bombing near the market killed two Sylvanian policemen.", ["SYL"]),
    ("Three Freedonian civilians have been killed in a suicide bombing in the capital.", ["FRE"]),
])
def test_weapon_agent_gives_unidentified_source(code, text, target):  # noqa: F811
    ev = [e for e in code(text) if e.type == "ASSAULT"]
    assert ev, text
    assert ev[0].source[0].code == "UNK" and ev[0].source[0].country is None
    assert countries(ev[0].target) == target


@pytest.mark.parametrize("text", [
    "Four Freedonian farmers were killed in a storm near the border.",
    "The flood killed five Sylvanian villagers.",
    "A bomb exploded near the market.",  # no victim actor: nothing to code
])
def test_no_unidentified_source_without_weapon_or_victim(code, text):  # noqa: F811
    assert not [e for e in code(text) if e.type == "ASSAULT"], text


@pytest.mark.parametrize("text,etype,source,target", [
    # en_core_web_sm lemmatises "staged" as "stag": cues.yaml lemma_fixes repairs it
    ("Trentino staged a hunger strike in prison.", "PROTEST", ["SYL"], []),
    ("Sylvanian unions staged a strike on Monday.", "PROTEST", ["SYL"], []),
    # the visitor is the actor of a welcome (manual, CONSULT)
    ("Firefly gave a warm welcome on Friday to Trentino.", "CONSULT", ["SYL"], ["FRE"]),
    ("Freedonia launched a mediation effort between Sylvania and Ruritania.", "CONSULT", ["FRE"], ["RUR", "SYL"]),
    ("Freedonian and Sylvanian warships launched ten days of war games in the gulf.", "COOPERATE", ["FRE", "SYL"], []),
    ("Freedonia reduced food supplies to Sylvania.", "SANCTION", ["FRE"], ["SYL"]),
    ("Freedonia ended mediation efforts between Sylvania and Ruritania.", "SANCTION", ["FRE"], ["RUR", "SYL"]),
])
def test_light_verb_phrases(code, text, etype, source, target):  # noqa: F811
    ev = [e for e in code(text) if e.type == etype]
    assert ev, (text, [(e.type, e.trigger) for e in code(text)])
    assert countries(ev[0].source) == source
    assert countries(ev[0].target) == target


def test_undertake_a_mission_is_not_an_agreement(code):  # noqa: F811
    assert not [e for e in code("The Freedonian envoy undertook a mission to Sylvania.") if e.type == "AGREE"]


@pytest.mark.parametrize("text,expected", [
    ("The warning calls were made by Firefly an hour before the blast.", False),
    ("Firefly made several calls to Trentino on Monday.", False),
    ("Freedonia renewed its call on Sylvania to withdraw its troops.", True),
])
def test_bare_call_is_a_request_only_when_addressed(code, text, expected):  # noqa: F811
    assert bool([e for e in code(text) if e.type == "REQUEST"]) is expected, [(e.type, e.trigger) for e in code(text)]
