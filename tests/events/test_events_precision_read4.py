"""Precision rules from precision read 4 (issue 3; invented sentences; slow: spaCy).

Word senses, generic or repeated acts, refusals to give information, reasons given for blame,
wiki link lists and tables, single-country exercises and nested permissions: each is a rule the
PLOVER manual defends (see the comment next to each cue in events/data/cues.yaml)."""

from __future__ import annotations

import pytest

from eventwire.events.stage import EventsStage
from tests.events.test_events_roles import make_doc

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def run(nlp):
    stage = EventsStage()
    return lambda text: stage(make_doc(nlp, text)).events


def types(events):
    return sorted({e.type for e in events})


@pytest.mark.parametrize("text,etype", [
    # word senses
    ("Freedonia further supported the evidence that Sylvania lied.", "SUPPORT"),
    ("Freedonia will execute the plan to take over the banks.", "ASSAULT"),
    ("Sylvania relied on incriminating statements by Freedonia.", "ACCUSE"),
    ("Freedonia ratified the rejection of the plan.", "SUPPORT"),
    ("Freedonia handed the case back to Sylvania.", "RETREAT"),
    ("Firefly was welcomed back by Freedonia.", "SUPPORT"),
    ("Disillusionment with Freedonia is to blame for the result.", "ACCUSE"),
    ("Firefly made his view public, as ordered by article 12 of the Constitution.", "REQUEST"),
    ("Firefly agreed, saying the plan was good.", "AGREE"),
    # refusals to give information
    ("Freedonia declined to comment on the report.", "REJECT"),
    ("Sylvania refused to identify the two men.", "REJECT"),
    # generic, habitual or repeated acts
    ("Freedonian troops have regularly made incursions into Sylvania.", "ASSAULT"),
    ("Firefly has been detained by Freedonia a total of five times.", "COERCE"),
    ("Freedonia organised numerous demonstrations against Sylvania.", "PROTEST"),
    ("Most Freedonians support the withdrawal from Sylvania.", "SUPPORT"),
    # a person withdrawing with no forces named leaves a race or a post
    ("Firefly announced he was withdrawing due to the threat of violence.", "RETREAT"),
])
def test_events_read4_not_events(run, text, etype):
    assert etype not in types(run(text)), [(e.type, e.trigger) for e in run(text)]


@pytest.mark.parametrize("text,etype", [
    ("Freedonia executed two prisoners on Monday.", "ASSAULT"),
    ("Freedonia ratified the treaty with Sylvania.", "SUPPORT"),
    ("Freedonia handed back the hostages to Sylvania.", "RETREAT"),
    ("Freedonia refused to release the prisoners.", "REJECT"),
    ("Freedonia agreed to withdraw its troops from Sylvania.", "AGREE"),
    ("Freedonia agreed on a ceasefire with Sylvania.", "AGREE"),
    ("Freedonia withdrew its troops from Sylvania.", "RETREAT"),
    ("Freedonia supported the plan of Sylvania.", "SUPPORT"),
])
def test_events_read4_right_senses_still_code(run, text, etype):
    assert etype in types(run(text)), [(e.type, e.trigger) for e in run(text)]


def test_events_reason_for_condemnation_is_not_the_condemners_act(run):
    events = run("Firefly condemned Sylvania for putting pressure on Trentino.")
    assert [e.type for e in events] == ["ACCUSE"]


def test_events_support_for_sanctions_against_an_actor_has_no_recipient(run):
    [e] = [e for e in run("Sylvania voiced strong support for sanctions against Freedonia.") if e.type == "SUPPORT"]
    assert not e.target


def test_events_single_country_exercise_is_mobilize(run):
    assert "MOBILIZE" in types(run("Freedonian forces were holding large military maneuvers near the border."))
    joint = run("Freedonia held a military exercise with Sylvania.")
    assert "COOPERATE" in types(joint) and "MOBILIZE" not in types(joint)


def test_events_allowed_act_is_only_possible(run):
    [e] = [e for e in run("Freedonia is pressuring Sylvania to allow Firefly to seize the banks.") if e.type == "COERCE"]
    assert e.modality == "possible"


def test_events_link_lists_and_tables_are_not_coded(run):
    text = ("Freedonia met Sylvania on Monday. == Related news == *Freedonia attacks Sylvania, ''Wikinews '', "
            "May 5, 2005 *Sylvania asks Freedonia for aid, ''Wikinews '', April 30, 2005")
    assert types(run(text)) == ["CONSULT"]
    table = '{| style="margin:1%" |+ Freedonians alleging abuse by Sylvania'
    assert run(table) == []


@pytest.mark.parametrize("text,etype", [
    ("Firefly won the election beating ten other candidates.", "ASSAULT"),
    ("Freedonia successfully test fired a new cruise missile on Saturday.", "ASSAULT"),
    ('"What would they do about it?" asked Firefly.', "REQUEST"),
    ("Firefly agrees that some of the operations are unnecessary.", "AGREE"),
    ("The clinic that Firefly promised would be open in 2006 is still closed.", "AGREE"),
    ("Sylvania rejected Freedonian calls for a harsher sentence.", "REQUEST"),
    ("Firefly signed a budget for the fiscal year.", "SUPPORT"),
    ("Firefly has accused cannabis of playing a role in crime.", "ACCUSE"),
])
def test_events_read4_more_non_events(run, text, etype):
    assert etype not in types(run(text)), [(e.type, e.trigger) for e in run(text)]


@pytest.mark.parametrize("text,etype", [
    ("Freedonia promised that its troops would withdraw from Sylvania.", "AGREE"),
    ("Freedonia asked Sylvania for help.", "REQUEST"),
    ("Freedonia asked Sylvania to withdraw its troops.", "REQUEST"),
    ("Freedonia fired rockets into Sylvania.", "ASSAULT"),
    ("Freedonia accused the Sylvanian government of genocide.", "ACCUSE"),
])
def test_events_read4_more_right_senses_still_code(run, text, etype):
    assert etype in types(run(text)), [(e.type, e.trigger) for e in run(text)]


def test_events_requested_act_is_hypothetical(run):
    events = run("Freedonia asked Sylvania to send troops to Ruritania to fight against Marvania.")
    assert all(e.modality == "hypothetical" for e in events if e.type == "ASSAULT")


def test_events_support_against_an_actor_in_the_object(run):
    [e] = [e for e in run("Freedonia has supported two rounds of sanctions against Sylvania.") if e.type == "SUPPORT"]
    assert "SYL" not in {a.country for a in e.target}


@pytest.mark.parametrize("text", [
    "In 2003, when Freedonian citizens tore down the statue of Firefly, they began to dance.",
    "Freedonia has sold weapons to Sylvania in the past.",
])
def test_events_when_clause_and_in_the_past_are_historical(nlp, text):
    from eventwire.records import Article, article_id
    doc = make_doc(nlp, text)
    doc.article = Article(id=article_id(text), text=text, published="2008-12-14")
    events = EventsStage()(doc).events
    assert events and all(e.historical for e in events)


def test_events_words_of_an_actor_name_are_no_triggers(nlp):
    from eventwire.records import ActorMention
    text = "The National Inquiry into Refugee Detention found that Freedonia broke the law."
    doc = make_doc(nlp, text)
    name = "The National Inquiry into Refugee Detention"
    doc.actors = doc.actors + [ActorMention(id="inq", text=name, name=name, country="FRE", kind="organization",
                                            start=0, end=len(name), entity=name)]
    assert not {"COERCE", "ACCUSE"} & set(types(EventsStage()(doc).events))


def test_events_a_later_sentence_repeating_an_act_is_one_event(run):
    events = run("Freedonia attacked Sylvania on Monday. Officials said Freedonia attacked Sylvania to punish it.")
    assert [e.type for e in events] == ["ASSAULT"]


def test_events_a_new_occurrence_or_another_crowd_stays(run):
    again = run("Freedonia attacked Sylvania on Monday. On Tuesday Freedonia attacked Sylvania again.")
    assert [e.type for e in again] == ["ASSAULT", "ASSAULT"]


def test_events_generic_actors_repeat_only_with_the_same_words():
    from eventwire.events.stage import _repeat_key
    from eventwire.records import Actor
    crowd = lambda text: _repeat_key(Actor(text=text, name="people"))  # noqa: E731
    assert crowd("4,000 people") != crowd("10,000 people")
    assert crowd("a militant") == crowd("The militant")


@pytest.mark.parametrize("text,etype", [
    ("Over 20 bombings had been carried out by Freedonia over the last two months.", "ASSAULT"),
    ("Freedonia bailed out of the coalition.", "AID"),
    ('Firefly agreed: "The terms must be preserved."', "AGREE"),
    ("They will ask us to impose constraint on what they call terrorism and war on Sylvania.", "REQUEST"),
    ("Firefly accused Sylvania of sending a warship to Freedonia.", "MOBILIZE"),
    ("Firefly was asked to surrender his membership of the Freedonia Order.", "RETREAT"),
    ("Firefly signed into law the Secure Fence Act.", "SUPPORT"),
])
def test_events_read4_third_sample_non_events(run, text, etype):
    assert etype not in types(run(text)), [(e.type, e.trigger) for e in run(text)]


def test_events_i_want_to_thank_is_a_thanks_now(run):
    [e] = run('"I want to thank the Sylvanian people for their hospitality," Firefly said.')
    assert (e.type, e.modality) == ("SUPPORT", None)


@pytest.mark.parametrize("text,trigger", [
    ("Freedonia told Sylvania to surrender.", "surrender"),
    ("Firefly demanded that Sylvania recognize Freedonia and establish normal relations with it.",
     "establish normal relations"),
])
def test_events_told_or_demanded_acts_are_hypothetical(run, text, trigger):
    [e] = [e for e in run(text) if e.trigger == trigger]
    assert e.modality == "hypothetical"


@pytest.mark.parametrize("text", [
    '"The people of Freedonia don\'t quit," Firefly told supporters in Sylvania.',
    "Firefly asked Sylvania to seek revenge for the assault when 100 were killed by Freedonia.",
])
def test_events_reported_or_dated_facts_are_not_requested_acts(run, text):
    assert all(e.modality != "hypothetical" for e in run(text) if e.type in ("RETREAT", "ASSAULT"))


def test_events_the_same_act_reported_again_with_another_trigger_is_one_event(run):
    events = run("Firefly resigned on Wednesday. In a short speech Firefly announced his resignation to the nation.")
    assert [e.type for e in events if e.type == "RETREAT"] == ["RETREAT"]


@pytest.mark.parametrize("text,etype", [
    ("Sylvania has been implicated in last week's Freedonia attacks.", "ASSAULT"),
    ("Freedonian soldiers marched into the city of Gori.", "PROTEST"),
    ("Freedonian soldiers marched into the city of Gori.", "ACCUSE"),
    ("A medical bulletin released by Firefly said he was better.", "RETREAT"),
    ("Firefly criticised the concert as a Sylvanian invasion.", "ASSAULT"),
    ("The world is threatened by the hegemony of the Freedonian empire.", "THREATEN"),
    ("Prayers asking God to bless Freedonia were aired.", "REQUEST"),
    ("Freedonia refused to admit that the policy exists.", "REJECT"),
    ("Firefly was offering bowling advice to Trentino.", "AGREE"),
    ("Freedonia insisted on its right to fight Sylvanian soldiers.", "REQUEST"),
])
def test_events_read4_fourth_sample_non_events(run, text, etype):
    assert etype not in types(run(text)), [(e.type, e.trigger) for e in run(text)]


@pytest.mark.parametrize("text,trigger", [
    ("Were Freedonia to reject the offer, Sylvania could impose sanctions.", "reject the offer"),
    ("Freedonian troops were there to prevent attacks by Sylvanian units.", "attacks"),
    ("A rumour that Freedonian troops would attack to release the hostages led to the killing.", "release"),
])
def test_events_unrealised_acts_are_hypothetical(run, text, trigger):
    [e] = [e for e in run(text) if e.trigger == trigger]
    assert e.modality == "hypothetical"


def test_events_the_seed_swipe_that_came_as_a_label_still_codes(run):
    assert "ACCUSE" in types(run("Firefly's comments came as a swipe at Sylvania."))


@pytest.mark.parametrize("text", [
    "Freedonia has previously backed down under pressure from Sylvania.",
    "Firefly came to power in a coup in 1999, charging Sylvania with corruption.",
])
def test_events_recalled_acts_are_historical(nlp, text):
    from eventwire.records import Article, article_id
    doc = make_doc(nlp, text)
    doc.article = Article(id=article_id(text), text=text, published="2008-12-14")
    events = [e for e in EventsStage()(doc).events if e.type in ("CONCEDE", "ACCUSE")]
    assert events and all(e.historical for e in events)


def test_events_a_warning_to_ones_own_people_is_no_threat(nlp):
    from eventwire.records import ActorMention
    text = "Freedonia issued an advisory cautioning Freedonians against travel to Sylvania."
    doc = make_doc(nlp, text)
    start = text.index("Freedonians")
    doc.actors = [m for m in doc.actors if not (m.start <= start < m.end)] + [
        ActorMention(id="cvl", text="Freedonians", name="Freedonians", country="FRE", sector="CVL", kind="sector",
                     start=start, end=start + len("Freedonians"), entity="Freedonians")]
    assert "THREATEN" not in types(EventsStage()(doc).events)


def test_events_an_option_left_to_an_actor_is_hypothetical(run):
    events = run("Firefly left the offer for Sylvania to either accept or reject, while warning against interference.")
    assert all(e.modality == "hypothetical" for e in events if e.type == "REJECT")


def test_events_the_suicide_bomber_refers_back_to_the_attack(run):
    assert run("Reports suggest that the suicide bomber crashed into the crowds in Freedonia.") == []


def test_events_two_tests_of_two_missiles_stay_two_events(run):
    events = run("Freedonia has tested the Kowsar missile, state media said. On Friday, Freedonia tested its Fajr missile.")
    assert len([e for e in events if e.type == "MOBILIZE"]) == 2


def test_events_civilians_do_not_resign(nlp):
    from eventwire.records import ActorMention
    text = "The people of Freedonia don't quit, Firefly said."
    doc = make_doc(nlp, text)
    doc.actors = doc.actors + [ActorMention(id="p", text="The people of Freedonia", name="people", country="FRE",
                                            sector="CVL", kind="sector", start=0, end=23, entity="people")]
    assert "RETREAT" not in types(EventsStage()(doc).events)
