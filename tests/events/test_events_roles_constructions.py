"""Role constructions of issue #3 (slow: spaCy): resort to + gerund, agentless passives of
disarmament, visits to a city, binding of pronouns in one sentence."""

from __future__ import annotations

import pytest

from tests.events.test_events_roles import code, countries  # noqa: F401  (fixture re-use)

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,etype,source,target", [
    # the subject of "resort to" is the subject of the gerund (also when parsed as a reduced relative)
    ("Sylvanian youths resorted to throwing stones at Freedonian soldiers.", "PROTEST", ["SYL"], ["FRE"]),
    ("Sylvanian youths resorted to throwing stones during the march, officials said.", "PROTEST", ["SYL"], []),
    # an agentless passive of disarmament: the disarmed lay down their arms (manual, RETREAT disarm)
    ("Two thousand Freedonian rebels have been demobilized since the accord.", "RETREAT", ["FRE"], []),
    # a visit to a city goes to the city's state (manual, CONSULT visit)
    ("Firefly arrived in Nairobi on a visit on Wednesday.", "CONSULT", ["FRE"], ["KEN"]),
    ("Firefly flew to Nairobi for talks on Monday.", "CONSULT", ["FRE"], ["KEN"]),
])
def test_role_constructions(code, text, etype, source, target):  # noqa: F811
    ev = [e for e in code(text) if e.type == etype]
    assert ev, (text, [(e.type, e.trigger) for e in code(text)])
    assert countries(ev[0].source) == source
    assert countries(ev[0].target) == target


@pytest.mark.parametrize("text", [
    "The Freedonian rebels were disarmed by Sylvania.",  # an agent: the passive agent acts, not the rebels
])
def test_agent_of_disarm_passive_wins(code, text):  # noqa: F811
    evs = code(text)
    assert not [e for e in evs if e.type == "CONSULT"], text
    assert not [e for e in evs if e.type == "RETREAT" and countries(e.source) == ["FRE"]], text


def test_pronouns_bind_to_the_speaker_not_the_victim(code):  # noqa: F811
    text = "Firefly told police that if he wanted to kill Trentino, he would simply shoot him."
    ev = [e for e in code(text) if e.type == "ASSAULT" and e.trigger == "shoot"]
    assert ev, [(e.type, e.trigger, countries(e.source)) for e in code(text)]
    assert countries(ev[0].source) == ["FRE"] and countries(ev[0].target) == ["SYL"]
    assert ev[0].modality is not None  # hypothetical


def test_object_pronoun_is_not_its_clause_subject(code):  # noqa: F811
    ev = [e for e in code("Trentino met Firefly on Monday. He said Sylvania would attack him.") if e.type == "THREATEN"]
    assert all(set(countries(e.source)).isdisjoint(countries(e.target)) for e in ev)


@pytest.mark.parametrize("text", [
    "Hundreds of Somali refugees arrived in Nairobi on Wednesday.",  # refugees make no visit
    "The Kenyan president arrived in Nairobi on Monday.",  # his own country's city: no host
])
def test_arrivals_that_are_no_visit(code_text, text):
    assert not [e for e in code_text(text).events if e.type == "CONSULT"], text


@pytest.mark.parametrize("text,etype,cameo", [
    # manual, ASSAULT targeted: "successful and attempted assassinations"
    ("Sylvanian militants said they attempted to assassinate Firefly.", "ASSAULT", "185"),
    ("Sylvanian gunmen tried to kill Firefly on Monday.", "ASSAULT", None),
    # a future attempt stays an announced threat
    ("Sylvania said it will try to kill Firefly.", "THREATEN", None),
])
def test_past_attempts_are_the_act(code, text, etype, cameo):  # noqa: F811
    evs = code(text)
    ev = [e for e in evs if e.type == etype]
    assert ev and not [e for e in evs if e.type in ({"ASSAULT", "THREATEN"} - {etype})], \
        [(e.type, e.trigger, e.modality) for e in evs]
    assert cameo is None or ev[0].cameo == cameo


@pytest.mark.parametrize("text,etype", [
    # an announced future sanction is its verbal counterpart, as the manual codes announced future
    # retreats CONCEDE and future cooperation AGREE: THREATEN (relations), with or without a condition
    ("Freedonia announced it would suspend all aid to Sylvania.", "THREATEN"),
    ("Freedonia announced it would suspend all aid to Sylvania unless Ruritania withdrew.", "THREATEN"),
    # an enacted one is the sanction
    ("Freedonia suspended all aid to Sylvania on Monday.", "SANCTION"),
])
def test_announced_sanctions(code, text, etype):  # noqa: F811
    evs = code(text)
    assert [e for e in evs if e.type == etype], [(e.type, e.trigger, e.modality) for e in evs]
    assert not [e for e in evs if e.type in ({"SANCTION", "THREATEN"} - {etype})]


@pytest.mark.parametrize("text,etype,source", [
    # a speech verb after a comma misread as a participle: the noun before it is the speaker
    ("Freedonian police are failing to protect Sylvanian refugees, a Ruritania group protested on Monday.", "ACCUSE", ["RUR"]),
    # readiness to impose a domestic measure is a threat without a named recipient (manual, THREATEN)
    ("Freedonia announced that it is prepared to impose martial law.", "THREATEN", ["FRE"]),
    ("Freedonia is ready to impose a curfew in the capital.", "THREATEN", ["FRE"]),
])
def test_speech_after_comma_and_domestic_measures(code, text, etype, source):  # noqa: F811
    ev = [e for e in code(text) if e.type == etype]
    assert ev, (text, [(e.type, e.trigger) for e in code(text)])
    assert countries(ev[0].source) == source


def test_conflict_intent_without_recipient_still_nothing(code):  # noqa: F811
    assert not [e for e in code("Freedonian rebels vowed to keep fighting.") if e.type == "THREATEN"]


def test_standoff_weapons_give_no_place_country(code):  # noqa: F811
    # rockets and missiles are fired from elsewhere: where they land is not the attacker's state
    ev = [e for e in code("A rocket killed two Freedonian soldiers in Kandahar.") if e.type == "ASSAULT"]
    assert ev and ev[0].source[0].code == "UNK" and ev[0].source[0].country is None


def test_object_pronoun_takes_a_person_noun_of_its_sentence(code_text):
    # 'him': the person-noun earlier in the same sentence, not a person named in the sentence before
    text = "Colonel John Smith arrived late. The Afghan gunman came to the gate and a Kenyan guard shot him."
    ev = [e for e in code_text(text).events if e.type == "ASSAULT"]
    assert ev and [a.country for a in ev[0].target] == ["AFG"], [(e.type, e.source, e.target) for e in ev]


def test_it_is_never_bound_to_a_person_or_they_to_a_singular_noun(code_text):
    evs = code_text('The Kenyan police chief told reporters, "It is the rebels," blaming the Somali militia.').events
    assert not [e for e in evs if e.type == "ACCUSE" and any(a.country is None for a in e.source)]


@pytest.mark.parametrize("text,etype,source,target", [
    # the recipient of an offer may stand on the offered act (manual, AGREE: offers)
    ("Freedonia has offered to hand over to Sylvania two suspects.", "AGREE", ["FRE"], ["SYL"]),
    # reparations and voluntary settlements are AID (manual, AID)
    ("Freedonia paid compensation to Sylvania for the raid.", "AID", ["FRE"], ["SYL"]),
    # a conjunct of a passive shares its subject, not its agent
    ("The Freedonian minister was indicted by Sylvania and resigned on Monday.", "RETREAT", ["FRE"], []),
])
def test_offers_compensation_and_passive_conjuncts(code, text, etype, source, target):  # noqa: F811
    ev = [e for e in code(text) if e.type == etype]
    assert ev, (text, [(e.type, e.trigger) for e in code(text)])
    assert countries(ev[0].source) == source and countries(ev[0].target) == target


def test_offer_without_any_recipient_stays_nothing(code):  # noqa: F811
    assert not [e for e in code("Freedonia offered to buy more oil.") if e.type == "AGREE"]


@pytest.mark.parametrize("text,source,target", [
    # letting a candidate or the opposition take part eases restrictions on them (manual, CONCEDE)
    ("The Freedonian court allowed candidate Trentino to run in the elections.", ["FRE"], ["SYL"]),
    ("Freedonia will allow Sylvanian refugees to return.", ["FRE"], ["SYL"]),
])
def test_allowing_political_actors_is_concede(code, text, source, target):  # noqa: F811
    ev = [e for e in code(text) if e.type == "CONCEDE"]
    assert ev, (text, [(e.type, e.trigger) for e in code(text)])
    assert countries(ev[0].source) == source and countries(ev[0].target) == target


def test_allowing_other_people_is_no_concede(code):  # noqa: F811
    assert not [e for e in code("Freedonia allowed tourists to visit the ruins.") if e.type == "CONCEDE"]


@pytest.mark.parametrize("text,etype,source", [
    # one passive over two participles: the victim is never the actor
    ("The Freedonian soldier was shot and killed during an attack in the north.", "ASSAULT", None),
    # a conjunct's own agent acts
    ("The plan was welcomed by Freedonia but condemned by Sylvania.", "ACCUSE", ["SYL"]),
])
def test_passive_conjuncts(code, text, etype, source):  # noqa: F811
    ev = [e for e in code(text) if e.type == etype]
    if source is None:
        assert not ev or "FRE" not in countries(ev[0].source), [(e.type, countries(e.source)) for e in ev]
    else:
        assert ev and countries(ev[0].source) == source


def test_who_has_assistance_receives_it(code):  # noqa: F811
    evs = code("The Freedonian reporters had the assistance of Sylvania.")
    assert not [e for e in evs if e.type == "AID" and countries(e.source) == ["FRE"]]


def test_content_clause_subject_is_no_target(code):  # noqa: F811
    evs = code("Freedonia conceded that Sylvania had a point.")
    assert not [e for e in evs if "SYL" in countries(e.target)]


def test_capability_conjunct_of_a_passive_is_no_act_of_its_subject(code_text):
    evs = code_text("Iran unveiled a new launcher. It is wholly domestically built and can launch missiles.").events
    assert not [e for e in evs if e.type == "ASSAULT"], [(e.type, e.trigger) for e in evs]


def test_allowing_aid_delivery_is_retreat_access(code):  # noqa: F811
    # CAMEO 0863 'allow delivery of humanitarian aid' (manual, RETREAT access)
    ev = [e for e in code("Freedonia allowed the delivery of food to Sylvania on Monday.") if e.type == "RETREAT"]
    assert ev and countries(ev[0].source) == ["FRE"] and countries(ev[0].target) == ["SYL"]
