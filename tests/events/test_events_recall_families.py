"""Event-type recall by language family (issue #3), each with the uses that must stay uncoded
(invented sentences; slow: spaCy). Every family is one the PLOVER manual defines."""

from __future__ import annotations

import pytest

from tests.events.test_events_roles import code, countries  # noqa: F401  (fixture re-use)

pytestmark = pytest.mark.slow


def typed(events, etype):
    return [e for e in events if e.type == etype]


@pytest.mark.parametrize("text,etype,mode", [
    # RETREAT withdraw: evacuating military positions; completing or speeding up a withdrawal
    ("Freedonia evacuated two army outposts near the Sylvanian border.", "RETREAT", "withdraw"),
    ("Freedonian troops completed their withdrawal from the valley on Friday.", "RETREAT", "withdraw"),
    # AID: goods handed over, also as a quantity of goods
    ("Freedonian doctors handed over 300 kilograms of medicine to Sylvania.", "AID", None),
    ("Freedonia distributed food to refugees in Sylvania.", "AID", None),
    # ACCUSE investigate: hearings, inspectors, fact-finding missions (manual: any investigation)
    ("The Freedonian parliament opened a hearing into the sale of the state airline.", "ACCUSE", "investigate"),
    ("Freedonia dispatched inspectors to Sylvania to check the enrichment plant.", "ACCUSE", "investigate"),
    # REJECT: denied permissions
    ("Freedonia denied a landing permit to the Sylvanian airline.", "REJECT", "assist"),
    # ASSAULT sexual, COERCE cyber (defacing sites), COERCE seize (capturing positions)
    ("Freedonian soldiers sexually abused detainees in the camp.", "ASSAULT", "sexual"),
    ("Freedonian hackers defaced hundreds of Sylvanian government websites.", "COERCE", "cyber"),
    ("Freedonian troops recaptured a hill town from Sylvania.", "COERCE", "seize"),
    # PROTEST strike
    ("Freedonian teachers began an open-ended strike on Monday.", "PROTEST", "strike"),
    ("Freedonian dockers stopped work for a day over pension cuts.", "PROTEST", "strike"),
    # SANCTION: suspension of links, prohibiting aid
    ("Freedonia announced the suspension of air links with Sylvania.", "SANCTION", "withdraw"),
    ("Freedonia prohibited all aid to Sylvania.", "SANCTION", "discontinue"),
    # SUPPORT: defending an actor against criticism; CONCEDE: easing emergency measures
    ("Firefly defended Sylvania against criticism of its border policy.", "SUPPORT", None),
    ("Freedonia eased emergency measures in the northern provinces.", "CONCEDE", None),
    ("The Freedonian junta allowed exiles to return to Freedonia on Friday.", "CONCEDE", None),
    # an announced return of seized weapons is a concession (manual, CONCEDE: announced retreats)
    ("Freedonia announced it will return the weapons seized from Sylvania.", "CONCEDE", None),
    # a sworn intent to fight an actor is a threat (manual, THREATEN)
    ("Freedonian rebels have sworn to fight Sylvania until the border is reopened.", "THREATEN", "violence"),
    # participants of a nominal act: "engaged in", "took part in", "converged for"
    ("Freedonian forces were engaged in ethnic cleansing against Sylvanian villagers.", "ASSAULT", None),
    ("Freedonian diplomats took part in the talks with Sylvania.", "CONSULT", None),
    ("Freedonian foreign ministers met in the capital on Monday.", "CONSULT", None),  # several parties
    ("Firefly converged on the capital with his supporters for a rally against the tax.", "PROTEST", "demo"),
    # forcing an organisation out of the country (manual, COERCE: expelled groups); asylum requests
    ("Freedonia forced the Sylvanian relief agency out of the country.", "COERCE", "deport"),
    ("Thousands of Freedonian villagers sought refuge in Sylvania.", "REQUEST", "assist"),
    ("Freedonian rebels blocked transport into the capital of Sylvania.", "PROTEST", "obstruct"),
    # travellers take part in the talks they travel for; accepting a plan is agreeing to it
    ("Freedonian negotiators returned to Geneva for talks with Sylvania.", "CONSULT", None),
    ("Freedonia accepted a formula for ending its fishing dispute with Sylvania.", "AGREE", None),
    # a speaker ruling an act out (manual, REJECT)
    ("Freedonia said that lifting the sanctions on Sylvania is out of the question.", "REJECT", "yield"),
    ("Freedonia said talks with Sylvania were not an option.", "REJECT", "meet"),
    # recognition, reopened embassies, solidarity (manual, SUPPORT); blades and rocks (ASSAULT primitive)
    ("Freedonia recognized Sylvania on Monday.", "SUPPORT", None),
    ("Freedonia reopened its embassy in Sylvania.", "SUPPORT", None),
    ("Freedonia expressed solidarity with Sylvania after the earthquake.", "SUPPORT", None),
    ("Freedonian militants stabbed a Sylvanian soldier near the border.", "ASSAULT", "primitive"),
])
def test_families_code(code, text, etype, mode):  # noqa: F811
    events = typed(code(text), etype)
    assert events, [(e.type, e.mode, e.trigger) for e in code(text)]
    assert events[0].mode == mode
    assert "FRE" in countries(events[0].source)


@pytest.mark.parametrize("text,etype", [
    ("Sylvania announced its withdrawal from the trade treaty.", "RETREAT"),      # leaving a treaty: SANCTION
    ("Freedonia announced the suspension of the strike by rail workers.", "SANCTION"),  # not a relation
    ("Freedonia evacuated the wounded from the flooded town.", "RETREAT"),        # rescue, not a withdrawal
    ("Freedonian students handed over a petition to the mayor.", "AID"),          # not goods of aid
    ("Firefly was sworn in as president of Freedonia on Monday.", "AGREE"),       # an oath of office
    ("Freedonian rebels have sworn to fight Sylvania.", "ASSAULT"),               # an intent, not a fight
    ("Freedonia defended the capital against a Sylvanian attack.", "SUPPORT"),    # armed defence, not support
    ("The Freedonian army forced Firefly out of office.", "COERCE"),              # a leader leaving office
    ("Freedonian soldiers forced out hundreds of villagers from their homes.", "COERCE"),  # displacement
    ("Freedonian villagers sought refuge in the forest.", "REQUEST"),             # shelter, no host actor
    ("Freedonian diplomats were engaged in talks with Sylvania.", "ASSAULT"),     # no armed engagement
    ("Freedonia said the question of sanctions on Sylvania is open.", "REJECT"),  # no ruling out
    ("Freedonian fans travelled to the capital for the cup final.", "CONSULT"),  # no talks
    # precision read (GSR + Wikinews): a press release frees nobody; market restrictions are no repression;
    # one body's own session is no meeting between actors
    ("The figures were given in a press release by Freedonia.", "RETREAT"),
    ("Freedonia plans to impose restrictions on its labour market for Sylvanian workers.", "COERCE"),
    ("The cabinet of Freedonia met on Sunday and approved the budget.", "CONSULT"),
    ("Firefly has vowed not to return the islands to Sylvania.", "AGREE"),       # a refusal, not a promise
    ("Freedonia recognized the need for reform in Sylvania.", "SUPPORT"),         # not a recognition of a state
    ("Freedonia recognized Firefly as the winner of the vote.", "SUPPORT"),       # not diplomatic recognition
    ("Freedonian hackers hacked Sylvanian government servers.", "ASSAULT"),       # cyber, not blades
    ("The Freedonian senate held hearings on the confirmation of the new judge.", "ACCUSE"),  # routine
    ("The Freedonian senate held confirmation hearings for Firefly.", "ACCUSE"),             # routine
])
def test_families_keep_their_sense(code, text, etype):  # noqa: F811
    assert not typed(code(text), etype), [(e.type, e.mode, e.trigger) for e in code(text)]


@pytest.mark.parametrize("text,mode", [
    ("Freedonia said it will not accept any more refugees from Sylvania.", "assist"),
    ("Freedonia said it would not meet Sylvania until the blockade ends.", "meet"),
    ("Freedonia said it will not withdraw its troops from Sylvania.", "yield"),
])
def test_future_negated_cooperation_is_refusal(code, text, mode):  # noqa: F811
    events = code(text)
    rejects = typed(events, "REJECT")
    assert rejects, [(e.type, e.trigger, e.negated) for e in events]
    assert rejects[0].mode == mode and not rejects[0].negated and rejects[0].modality is None
    assert countries(rejects[0].source) == ["FRE"]


def test_conditional_refusal_is_refusal(code):  # noqa: F811
    events = code("Freedonia says it will not accept refugees from Sylvania if war starts.")
    assert typed(events, "REJECT") and not typed(events, "AID"), [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text", [
    "Freedonia did not send aid to Sylvania last year.",          # a non-event, not a refusal
    "Freedonia probably will not extradite the suspects to Sylvania.",  # a hedged forecast
    "Sylvania said Freedonia will not withdraw its troops from Marvania.",  # another country's forecast
    "Freedonia would not have sent aid to Sylvania if the war had ended.",  # counterfactual
])
def test_no_refusal_without_an_announced_will_not(code, text):  # noqa: F811
    assert not [e for e in typed(code(text), "REJECT") if "FRE" in countries(e.source)], \
        [(e.type, e.trigger, e.modality) for e in code(text)]


@pytest.mark.parametrize("text", [
    "Freedonia will expel the Sylvanian diplomats unless Sylvania apologises.",
    "Freedonia said it would halt cooperation with Sylvania if Sylvania imposes sanctions.",
])
def test_conditional_harm_is_threat(code, text):  # noqa: F811
    threats = typed(code(text), "THREATEN")
    assert threats, [(e.type, e.trigger, e.modality) for e in code(text)]
    assert countries(threats[0].source) == ["FRE"] and threats[0].modality is None


@pytest.mark.parametrize("text", [
    "Firefly said that if he wanted to attack Sylvania he would do it tomorrow.",  # a condition on himself
    "If talks fail, Freedonia may attack Sylvania.",                               # speculation, no will/would
    "Sylvania said Freedonia would cut gas supplies to Marvania if the talks fail.",  # a third party's prediction
    "Freedonia will sign the treaty with Sylvania unless parliament objects.",     # cooperation, not harm
])
def test_conditional_without_threat(code, text):  # noqa: F811
    assert not [e for e in typed(code(text), "THREATEN") if "FRE" in countries(e.source)], \
        [(e.type, e.trigger, e.modality) for e in code(text)]



@pytest.mark.parametrize("text,etype", [
    ("Firefly has vowed not to release the Sylvanian prisoners.", "REJECT"),      # a commitment to refuse
    ("Freedonia pledged not to attack Sylvania again.", "AGREE"),                 # a promise of restraint
])
def test_commitments_not_to_act(code, text, etype):  # noqa: F811
    events = code(text)
    assert typed(events, etype), [(e.type, e.trigger) for e in events]
    assert not typed(events, "THREATEN"), [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text", [
    "Freedonia will deploy troops on the islands in the event of a Sylvanian invasion.",  # contingency
    "Firefly argued that Sylvania invaded Freedonian territory during the arrest.",   # content of a claim
])
def test_contingencies_and_claims_are_hypothetical(code, text):  # noqa: F811
    assaults = typed(code(text), "ASSAULT")
    assert assaults and all(e.modality == "hypothetical" for e in assaults), \
        [(e.type, e.trigger, e.modality) for e in code(text)]


def test_crowd_of_a_country_protests_as_people(code):  # noqa: F811
    events = code("Thousands of Freedonian farmers took part in rallies against Sylvania on Monday.")
    assert typed(events, "PROTEST") and not typed(events, "ACCUSE"), [(e.type, e.trigger) for e in events]


def test_negation_on_an_adverb(code):  # noqa: F811
    events = typed(code("Freedonia does not formally recognize Sylvania."), "SUPPORT")
    assert events and all(e.negated for e in events)


def test_offer_to_take_part_is_agreement(code):  # noqa: F811
    events = code("Freedonia has offered to engage in a dialogue with Sylvania.")
    assert typed(events, "AGREE") and not typed(events, "CONSULT"), [(e.type, e.trigger) for e in events]


def test_negated_participation_is_negated(code):  # noqa: F811
    protests = typed(code("Freedonian villagers who did not take part in the rallies stayed at home."), "PROTEST")
    assert all(e.negated for e in protests), [(e.trigger, e.negated) for e in protests]


def test_open_question_is_no_refusal_to_support(code):  # noqa: F811
    events = code("Firefly refused to say whether or not Freedonia will support Sylvania.")
    assert not [e for e in typed(events, "REJECT") if "support" in e.trigger.lower()], \
        [(e.type, e.trigger, e.modality) for e in events]


def test_agreed_not_to_is_agreement(code):  # noqa: F811
    events = code("Freedonia agreed not to allow Sylvanian exiles to campaign on its soil.")
    assert typed(events, "AGREE"), [(e.type, e.trigger) for e in events]


def test_politician_joining_a_demonstration_protests(code):  # noqa: F811
    events = code("Firefly took part in the demonstration against Sylvania.")
    assert typed(events, "PROTEST") and not typed(events, "ACCUSE"), [(e.type, e.trigger) for e in events]
