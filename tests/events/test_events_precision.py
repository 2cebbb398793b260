"""Precision rules from the 2026 precision read (invented sentences; slow: spaCy).

Every rule here is one the PLOVER manual defends: senses restricted by object, promises coded as the
promise, the speaker's act instead of the content of claims/predictions/conditionals, no events from
possessed mentions, habitual or standing-state clauses, and explicit past years marked historical."""

from __future__ import annotations

import pytest

from eventwire.events.stage import EventsStage
from eventwire.records import Article, article_id
from tests.events.test_events_roles import make_doc

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def run(nlp):
    stage = EventsStage()

    def go(text: str, published: str | None = None):
        doc = make_doc(nlp, text)
        if published:
            doc.article = Article(id=article_id(text), text=text, published=published)
        return stage(doc).events
    return go


def types(events):
    return sorted({e.type for e in events})


# 1. sense restrictions by object (manual: RETREAT release = captives, withdraw = forces/territory ...)
@pytest.mark.parametrize("text,etype", [
    ("Freedonia released a documentary about the border on Monday.", "RETREAT"),
    ("Firefly withdrew his bid for the chairmanship of the league.", "RETREAT"),
    ("Firefly withdrew from the race for governor on Tuesday.", "RETREAT"),
    ("Firefly failed to capture the farm vote in the north.", "COERCE"),
    ("The factories of Freedonia did not meet the emission standard.", "CONSULT"),
    ("Sylvania received a letter from Freedonia.", "CONSULT"),
    ("The new stadium of Freedonia backs onto the river.", "SUPPORT"),
    ("Firefly backed away from his earlier promise.", "SUPPORT"),
    ("Firefly pleaded guilty to bribery charges in court.", "REQUEST"),
    ("Firefly proposed a bill to raise the sales tax.", "AGREE"),
])
def test_senses_restricted_by_object(run, text, etype):
    assert etype not in types(run(text)), [(e.type, e.trigger) for e in run(text)]


@pytest.mark.parametrize("text,etype", [
    ("Freedonia released twenty prisoners on Monday.", "RETREAT"),
    ("Freedonia withdrew its troops from Sylvania.", "RETREAT"),
    ("Freedonia met Sylvania in Geneva.", "CONSULT"),
    ("Firefly offered an apology to Sylvania.", "CONCEDE"),
    ("Firefly offered a warm welcome to Sylvania.", "SUPPORT"),
])
def test_right_senses_still_code(run, text, etype):
    assert etype in types(run(text)), [(e.type, e.trigger) for e in run(text)]


# 2. a promise or agreement is AGREE; THREATEN only for a conflict act on a recipient
@pytest.mark.parametrize("text", [
    "Freedonia promised money to investigate the road accident.",
    "Freedonia agreed to a settlement banning the import of tyres.",
])
def test_intent_does_not_take_complement_type(run, text):
    assert types(run(text)) == ["AGREE"], [(e.type, e.trigger) for e in run(text)]


def test_intent_to_fight_without_recipient_is_no_event(run):
    assert not run("Freedonia vowed to keep fighting the new airport plan."), run(
        "Freedonia vowed to keep fighting the new airport plan.")


def test_intent_to_attack_a_recipient_is_threaten(run):
    assert "THREATEN" in types(run("Freedonia vowed to attack Sylvania."))


# 3./4. content of conditionals, claims and third-party predictions: kept, flagged, low confidence
@pytest.mark.parametrize("text", [
    "If Sylvania signs the deal, Freedonia will demand more money from Sylvania.",
    "Firefly claims Freedonia invaded Sylvania last year.",
    "Trentino predicted that Freedonia will sign a treaty with Ruritania.",
])
def test_hypothetical_content_is_flagged_not_dropped(run, text):
    evs = [e for e in run(text) if e.type in ("REQUEST", "ASSAULT", "SUPPORT", "AGREE")]
    assert evs, run(text)
    assert all(e.modality == "hypothetical" and e.confidence <= 0.4 for e in evs), [
        (e.type, e.modality, e.confidence) for e in evs]


def test_obligation_on_a_non_actor_is_no_request(run):
    assert not run("Firefly argues that the tax system should work like a bank.")


# 5. possessed mentions are no new events unless a light verb realises them
@pytest.mark.parametrize("text", [
    "Sylvania asked Firefly for his endorsement of the plan.",
    "Freedonia still resents Sylvania's refusal to pay.",
])
def test_possessor_only_nominals_are_no_events(run, text):
    assert not [e for e in run(text) if e.trigger in ("endorsement", "refusal")], run(text)


def test_realised_possessed_nominal_still_codes(run):
    assert "SUPPORT" in types(run("Firefly gave his endorsement to Trentino on Monday."))


# 6. explicit past year attached to the clause -> historical (noted in the rule)
def test_explicit_past_year_sets_historical(run):
    evs = [e for e in run("Freedonia attacked Sylvania in 1991.", published="2008-05-01") if e.type == "ASSAULT"]
    assert evs and evs[0].historical and "historical" in evs[0].rule


def test_year_inside_an_object_is_not_historical(run):
    evs = run("Freedonia criticized the 1991 treaty with Sylvania.", published="2008-05-01")
    assert evs and not any(e.historical for e in evs)


# 7. generic, habitual and standing-state clauses
@pytest.mark.parametrize("text", [
    "Such sanctions are rarely imposed by Freedonia on Sylvania.",
    "Sylvania is accused by Freedonia of smuggling weapons.",
    "They asked the Freedonian attorney, who prosecutes all such cases.",
])
def test_generic_and_standing_clauses_are_no_events(run, text):
    assert not run(text), [(e.type, e.trigger) for e in run(text)]


# 10. type definitions
def test_verbal_protest_by_a_person_is_accuse(run):
    assert types(run("Firefly protested the decision of Sylvania.")) == ["ACCUSE"]


def test_challenge_to_do_is_request(run):
    assert "REQUEST" in types(run("Firefly challenged Sylvania to publish the list."))


def test_domestic_trip_without_host_is_no_event(run):
    assert not [e for e in run("Firefly flew to the coast to inspect the damage.") if e.type in ("CONSULT", "AGREE")]


def test_own_group_future_violence_is_threaten(nlp):
    text = 'Firefly said: "Our fighters from Freedonia will attack Sylvania."'
    doc = make_doc(nlp, text)
    stage = EventsStage()
    evs = stage(doc).events
    assert "THREATEN" in types(evs) and "ASSAULT" not in types(evs), [(e.type, e.modality) for e in evs]


def test_boilerplate_lines_are_not_coded(run):
    assert not run("Image: Firefly met Trentino in Sylvania.")


def test_confidence_orders_asserted_above_hedged(run):
    plain = run("Freedonia attacked Sylvania.")[0].confidence
    hedged = run("If talks fail, Freedonia may attack Sylvania.")
    assert hedged and all(e.confidence < plain for e in hedged)
