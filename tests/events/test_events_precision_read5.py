"""Precision read 5 (issue 3; invented sentences; slow: spaCy): targets the sentence names but the
coder left out (demanded clauses, conditions of threats, appeals and offers from an actor), and
word senses and roles that gave false events. Each rule is defended in the comment next to its
code or cue (events/coder.py, events/data/cues.yaml)."""

from __future__ import annotations

import pytest

from eventwire.events.stage import EventsStage
from eventwire.records import ActorMention
from tests.events.test_events_roles import make_doc

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def run(nlp):
    stage = EventsStage()
    return lambda text: stage(make_doc(nlp, text)).events


def one(events, etype):
    found = [e for e in events if e.type == etype]
    assert found, [(e.type, e.trigger) for e in events]
    return found[0]


def countries(actors):
    return sorted({a.country for a in actors if a.country})


@pytest.mark.parametrize("text,etype,target", [
    # manual, REQUEST: the one asked is the subject of the demanded clause
    ("Freedonia demanded that Sylvania reopen the border crossing.", "REQUEST", "SYL"),
    ("Freedonia called for Sylvania to withdraw its troops.", "REQUEST", "SYL"),
    # manual, THREATEN: the party whose act is the condition is the one threatened
    ("Freedonia threatened to halt the negotiations if Sylvania deployed the missiles.", "THREATEN", "SYL"),
    ("Freedonia threatened to launch a new offensive unless Sylvania accepted its terms.", "THREATEN", "SYL"),
    # an appeal or offer from an actor: rejecting it is directed at that actor
    ("Freedonian rebels dismissed an appeal from Trentino to lay down their arms.", "REJECT", "SYL"),
    ("Freedonia rejected a fresh offer from Sylvania for direct talks.", "REJECT", "SYL"),
    # investigations against an actor
    ("A Freedonian judge opened fraud investigations against Trentino.", "ACCUSE", "SYL"),
])
def test_events_read5_named_target_is_found(run, text, etype, target):
    assert target in countries(one(run(text), etype).target)


def test_events_read5_call_for_with_a_subject_is_a_request(run):
    e = one(run("Freedonia called for Sylvania to resign from the council."), "REQUEST")
    assert countries(e.target) == ["SYL"]


def test_events_read5_the_object_word_is_no_target(nlp):
    # "voiced their opposition": the word 'opposition' names the act, not the opposition parties
    text = "Freedonia voiced its opposition to the plan."
    doc = make_doc(nlp, text)
    at = text.index("opposition")
    doc.actors.append(ActorMention(id="opp", text="opposition", name="opposition", country="FRE", sector="OPP",
                                   kind="sector", start=at, end=at + len("opposition"), entity="opposition"))
    e = one(EventsStage()(doc).events, "ACCUSE")
    assert not e.target
