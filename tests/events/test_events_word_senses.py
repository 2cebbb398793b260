"""Word senses that are no event (precision read 3): each pair codes the event sense and not the other."""

from __future__ import annotations

import pytest


def types(code_text, text):
    return [(e.type, e.trigger) for e in code_text(text, published="2024-05-06").events]


@pytest.mark.parametrize("text, typ", [
    # "aids" are aides (or the disease), never aid given
    ("One of the minister's top aids said the embassy had lied.", "AID"),
    # to demonstrate something is to show it
    ("The court's decision demonstrates its deep respect for the constitution.", "PROTEST"),
    # conceding a point is an admission
    ("The supreme court conceded that parliament has the right to set the budget.", "CONCEDE"),
    # a verbal attack on a position is no use of force
    ("The opposition leader attacked the government's stance on immigration.", "ASSAULT"),
])
def test_word_sense_is_not_the_event(code_text, text, typ):
    assert typ not in [t for t, _ in types(code_text, text)]


@pytest.mark.parametrize("text, typ", [
    ("The European Union sent aid to the flooded provinces of Norland on Monday.", "AID"),
    ("Students demonstrated in Varnia on Sunday against the new tax.", "PROTEST"),
    ("The government of Ostria conceded to the strikers' demands on Monday.", "CONCEDE"),
    ("Rebels attacked an army base near Kelmar on Friday.", "ASSAULT"),
])
def test_the_event_sense_still_codes(code_text, text, typ):
    assert typ in [t for t, _ in types(code_text, text)]


def test_must_is_a_demand_but_should_is_an_opinion(code_text):
    demand = types(code_text, "The foreign minister of Norland said Sudria must withdraw its troops from the border.")
    assert "REQUEST" in [t for t, _ in demand]
    opinion = types(code_text, "The foreign minister of Norland said the agency should not be in the business of "
                               "making news.")
    assert "REQUEST" not in [t for t, _ in opinion]


@pytest.mark.parametrize("text", [
    "The opposition leader of Norland attacked the government over its handling of the economy on Tuesday.",
    "Seven members of the Varnian parliament attacked the national football coach for his remarks.",
    "The Norland finance minister launched a vicious attack on her critics in parliament.",
    "Mr Halvorsen attacked the government of Ostria over its highway spending.",
])
def test_an_attack_by_unarmed_political_actors_is_in_words(code_text, text):
    # no weapon, casualty or armed party anywhere in the sentence: ACCUSE disapprove, not ASSAULT
    coded = types(code_text, text)
    assert "ASSAULT" not in [t for t, _ in coded] and "ACCUSE" in [t for t, _ in coded], coded


@pytest.mark.parametrize("text", [
    # an armed source, an armed or place target, or a word of force keeps the physical sense
    "Rebels attacked the government of Ostria's forces near Kelmar on Friday.",
    "Norland government troops attacked the rebels near Kelmar on Friday.",
    # positions held by forces are attacked with force; only someone's position is verbal
    "Government troops attacked rebel positions near Kelmar on Friday.",
    "Norland troops attacked a rebel position near the border.",
    "The Norland government attacked the border town of Kelmar with artillery on Friday.",
    "Protesters attacked a Varnian minister with stones outside parliament, injuring him.",
    "According to the report, the journalist was attacked by other demonstrators in Kelmar.",
])
def test_an_attack_with_force_or_armed_parties_stays_physical(code_text, text):
    assert "ASSAULT" in [t for t, _ in types(code_text, text)], types(code_text, text)
