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


def with_mention(nlp, text, words, kind, sector=None, country=None):
    """make_doc plus one more mention (an organisation, a sector noun) at every occurrence of ``words``."""
    doc = make_doc(nlp, text)
    at = text.index(words)
    doc.actors.append(ActorMention(id="extra", text=words, name=words, country=country, sector=sector,
                                   kind=kind, start=at, end=at + len(words), entity=words))
    return doc


@pytest.mark.parametrize("text,etype", [
    # word senses (precision read 5)
    ("Freedonia welcomed the birth of a baby girl.", "SUPPORT"),
    ("The Freedonian soldiers signed this place on their maps.", "SUPPORT"),
    ("Freedonian officials are not ruling out technical errors or fraud.", "REJECT"),
    ("Firefly withdrew from his church after the sermon.", "RETREAT"),
    ("Firefly attacked Trentino as a joke.", "ASSAULT"),
    # a warning that states how things are announces no act
    ("Freedonia warned Sylvania that the militias were dangerous.", "THREATEN"),
    # deaths in an accident
    ("A Freedonian military helicopter crashed near the border, killing four soldiers.", "ASSAULT"),
    ("A Freedonian helicopter crash killed four Sylvanian soldiers.", "ASSAULT"),
])
def test_events_read5_not_events(run, text, etype):
    assert etype not in [e.type for e in run(text)], [(e.type, e.trigger) for e in run(text)]


@pytest.mark.parametrize("text,etype", [
    ("Freedonia withdrew from Sylvania.", "RETREAT"),
    ("Freedonian troops attacked the village as part of an offensive.", "ASSAULT"),
    ("Freedonia warned Sylvania that it would face sanctions.", "THREATEN"),
    ("Freedonia will not rule out talks with Sylvania.", "REJECT"),
    ("The Freedonian army halted operations against Sylvania.", "RETREAT"),
    ("Freedonia mobilized its reserves near the border with Sylvania.", "MOBILIZE"),
])
def test_events_read5_right_senses_still_code(run, text, etype):
    assert etype in [e.type for e in run(text)], [(e.type, e.trigger) for e in run(text)]


def test_events_read5_verbal_attack_is_accuse(run):
    e = one(run("Firefly attacked Trentino as a joke."), "ACCUSE")
    assert countries(e.target) == ["SYL"]


@pytest.mark.parametrize("text", [
    "The Blue Cross mobilized its crisis cell in Sylvania.",
    "The Blue Cross mobilized quickly in Sylvania.",
    "The Blue Cross announced it was halting operations in Sylvania.",
])
def test_events_read5_unarmed_organisation_moves_no_forces(nlp, text):
    doc = with_mention(nlp, text, "The Blue Cross", "organization", sector="NGO")
    events = EventsStage()(doc).events
    assert not [e for e in events if e.type in ("MOBILIZE", "RETREAT")], [(e.type, e.trigger) for e in events]


def test_events_read5_detained_people_are_no_captors(run):
    # a participle without auxiliary before the clause's verb is a reduced relative ("the people
    # detained were ..."): its noun was detained, it detained no one
    events = run("Freedonia claimed the Sylvanian soldiers detained were a threat to Trentino.")
    assert not [e for e in events if e.type == "COERCE" and countries(e.source) == ["SYL"]], \
        [(e.type, e.trigger, countries(e.source)) for e in events]


def test_events_read5_finite_participle_keeps_its_subject(run):
    events = run("Trentino said Freedonian rebels attacked Sylvania on Monday.")
    assert countries(one(events, "ASSAULT").source) == ["FRE"]


@pytest.mark.parametrize("text,etype", [
    ("Freedonian politicians objected to paying compensation to Sylvania.", "AID"),
    ("The Freedonian parliament voted against sending troops to Sylvania.", "MOBILIZE"),
])
def test_events_read5_act_objected_to_is_hypothetical(run, text, etype):
    assert one(run(text), etype).modality == "hypothetical"


def test_events_read5_majority_of_a_people_is_opinion(run):
    assert not [e for e in run("Most Freedonian and Sylvanian citizens support the new constitution.")
                if e.type == "SUPPORT"]


def test_events_read5_security_forces_blocking_streets_restrict(nlp):
    text = "Freedonian police were barricading the main square."
    doc = with_mention(nlp, text, "Freedonian police", "sector", sector="COP", country="FRE")
    assert [e.type for e in EventsStage()(doc).events] == ["COERCE"]
    text = "Freedonian students barricaded the main square."
    doc = with_mention(nlp, text, "Freedonian students", "sector", sector="EDU", country="FRE")
    assert [e.type for e in EventsStage()(doc).events] == ["PROTEST"]


def test_events_read5_no_victims_is_negated(run):
    e = one(run("No Sylvanian soldiers were killed by Freedonia."), "ASSAULT")
    assert e.negated


def test_events_read5_topic_of_a_meeting_is_no_participant(run):
    assert not [e for e in run("Freedonia's security council held a meeting regarding Sylvania.") if e.type == "CONSULT"]
    e = one(run("Freedonia held talks with Sylvania on Ruritania."), "CONSULT")
    assert sorted({a.country for a in e.source + e.target}) == ["FRE", "SYL"]


@pytest.mark.parametrize("text", [
    "Freedonian forces talked of launching a new strike against Sylvania.",
    "Freedonia said Sylvania was incapable of launching a spring offensive against Ruritania.",
])
def test_events_read5_act_talked_of_is_hypothetical(run, text):
    assert not [e for e in run(text) if e.type == "ASSAULT" and e.modality is None]


@pytest.mark.parametrize("text", [
    "The Freedonia Security Amendment demands the withdrawal of Sylvanian troops.",
    "The Sylvanian Regulations ban protests near the parliament of Freedonia.",
])
def test_events_read5_documents_do_not_act(run, text):
    assert not run(text), [(e.type, e.trigger) for e in run(text)]


def test_events_read5_rallying_behind_is_support(run):
    e = one(run("Freedonian leaders rallied behind Trentino."), "SUPPORT")
    assert countries(e.target) == ["SYL"]
    assert "PROTEST" not in [x.type for x in run("Freedonian leaders rallied behind Trentino.")]


def test_events_read5_diplomatic_protest_is_lodged_with_its_recipient(run):
    e = one(run("Freedonia protested to Sylvania over the border incident."), "ACCUSE")
    assert countries(e.target) == ["SYL"]


def test_events_read5_for_object_before_the_demanded_infinitive_is_asked(run):
    e = one(run("Freedonia called for the Sylvanian minister, Trentino, to resign."), "REQUEST")
    assert "SYL" in countries(e.target)
    assert not one(run("Freedonia called for sanctions against Sylvania."), "REQUEST").target


def test_events_read5_want_x_done_x_does_not_act(run):
    events = run("Firefly wants the Freedonian troops pulled out of Sylvania.")
    assert not [e for e in events if e.type in ("RETREAT", "CONCEDE") and countries(e.source) == ["FRE"]], \
        [(e.type, e.trigger, countries(e.source)) for e in events]


def test_events_read5_light_verb_agent_before_weapon_modifier(nlp):
    text = "Two RPG attacks were made by Freedonia on the Sylvanian convoy."
    doc = with_mention(nlp, text, "RPG", "group")
    e = one(EventsStage()(doc).events, "ASSAULT")
    assert countries(e.source) == ["FRE"]


@pytest.mark.parametrize("text,etype", [
    ("Freedonian negotiators warned that tough discussions lie ahead with Sylvania.", "THREATEN"),
    ("Firefly attacked the Sylvanian Civil Unions Act, saying it was wrong.", "ASSAULT"),
    ("Freedonian mayors pledged to meet or beat the Sylvanian targets.", "ASSAULT"),
    ("The treaty is good, demonstrating that Freedonia can ban weapons.", "PROTEST"),
    ("Freedonians can sign up for lawn signs.", "SUPPORT"),
    ("Firefly is destroying the coherence of the Sylvanian coalition.", "ASSAULT"),
])
def test_events_read5_more_senses_not_events(run, text, etype):
    assert etype not in [e.type for e in run(text)], [(e.type, e.trigger) for e in run(text)]


def test_events_read5_peacekeepers_sent_are_aid(run):
    events = run("Freedonia will send 3,000 more peacekeeping troops to Sylvania.")
    assert "THREATEN" not in [e.type for e in events] and "MOBILIZE" not in [e.type for e in events]
    assert "AGREE" in [e.type for e in events]  # a future AID is an AGREE (manual, AGREE)


def test_events_read5_hostages_in_a_reduced_relative_are_no_captors(run):
    events = run("The hostages, Freedonian aid workers seized in Sylvania, appealed for help.")
    assert not [e for e in events if e.type == "COERCE"], [(e.type, e.trigger, countries(e.source)) for e in events]
    assert countries(one(run("The men Freedonia seized in Sylvania were released."), "COERCE").source) == ["FRE"]


def test_events_read5_burning_ones_weapons_is_disarmament(run):
    events = run("Freedonian militiamen burned their weapons at a disarmament ceremony.")
    assert [e.type for e in events if e.trigger.startswith("burned")] == ["RETREAT"]
    assert one(events, "RETREAT").mode == "disarm"


def test_events_read5_adjectival_passive_looks_past_its_subject(run):
    e = one(run("Freedonia is opposed to Sylvanian mediation in the talks."), "REJECT")
    assert countries(e.target) == ["SYL"]


def test_events_read5_reneging_on_a_commitment_to_an_actor(run):
    e = one(run("Firefly has reneged on his commitment to Sylvania."), "REJECT")
    assert countries(e.target) == ["SYL"]


@pytest.mark.parametrize("text,etype,target", [
    # 'up to N' parsed as particle + preposition: the counted people are the object
    ("Freedonian rebels have kidnapped up to 16 Sylvanian advisers.", "ASSAULT", "SYL"),
    # the recipient of the threatened act
    ("Freedonia has threatened to deliver devastating blows to Sylvania.", "THREATEN", "SYL"),
    # a demand noun's that-clause names the one asked
    ("Freedonia reiterated its demand that Sylvania open the border.", "REQUEST", "SYL"),
])
def test_events_read5_more_named_targets(run, text, etype, target):
    assert target in countries(one(run(text), etype).target)


@pytest.mark.parametrize("text,etype", [
    ("In the Sylvanian capital, Freedonian police charged and teargassed crowds.", "ACCUSE"),
    ("The Council of Freedonia hosted a debate on Sylvanian journalists.", "CONSULT"),
])
def test_events_read5_charges_and_hosts_of_other_senses(run, text, etype):
    assert etype not in [e.type for e in run(text)], [(e.type, e.trigger) for e in run(text)]


@pytest.mark.parametrize("text,etype", [
    ("Freedonian prosecutors charged Trentino with fraud.", "ACCUSE"),
    ("Freedonia hosted the Sylvanian prime minister.", "CONSULT"),
])
def test_events_read5_charges_and_hosts_still_code(run, text, etype):
    assert etype in [e.type for e in run(text)], [(e.type, e.trigger) for e in run(text)]


def test_events_read5_the_offence_charged_is_no_act_of_the_prosecutor(run):
    events = run("Trentino was charged with murder by Freedonian prosecutors.")
    assert [e.type for e in events] == ["ACCUSE"], [(e.type, e.trigger) for e in events]
    assert countries(events[0].source) == ["FRE"] and countries(events[0].target) == ["SYL"]


def test_events_read5_arrested_for_a_bombing_is_one_arrest(run):
    events = run("Freedonian police arrested Trentino for the bombing of the mosque.")
    assert [e.type for e in events] == ["COERCE"], [(e.type, e.trigger) for e in events]
