"""Which sentences the triage keeps (one Aho-Corasick pass over other stages' lexicons)."""

from __future__ import annotations

import pytest

from eventwire.nlp.triage import keep_sentences


def decide(sentences: list[str]) -> list[bool]:
    text = "".join(sentences)
    starts, offset = [], 0
    for s in sentences:
        starts.append(offset)
        offset += len(s)
    return keep_sentences(text, starts)


@pytest.mark.parametrize("sentence", [
    "Troops attacked the convoy. ",  # event trigger, inflected
    "The rebels withdrew. ",  # irregular form
    "Talks were held behind closed doors. ",  # a trigger noun or verb form
    "It was, he told them, over. ",  # cue verb
    "Everything is “fine” now. ",  # quote mark
    "The weather in Nairobi was mild. ",  # gazetteer name
    "The weather on Tuesday was mild. ",  # date word
    "The weather was mild in 2004. ",  # year
])
def test_nlp_triage_keeps_sentences_that_can_hold_something(sentence):
    assert decide(["The sky is blue. ", sentence, "It is green. "]) == [False, True, False]


def test_nlp_triage_skips_sentences_with_nothing_to_code():
    assert decide(["The weather was mild and pleasant. ", "Nothing else happened. "]) == [False, False]


def test_nlp_triage_keeps_the_middle_of_a_quote_over_several_sentences():
    sentences = ["“The sky is blue. ", "It is green. ", "It is red.” ", "It is blue."]
    assert decide(sentences) == [True, True, True, False]


def test_nlp_triage_names_must_be_capitalised_but_words_need_not():
    # "nice" (the city Nice) only counts capitalised; words match mid-word never
    assert decide(["It was nice. ", "It was in Nice. ", "Unattackedness is rare."]) == [False, True, False]


def test_nlp_triage_keeps_sentences_with_unknown_names_or_numbers():
    """A name no lexicon knows can still be a place spaCy finds; the first word's capital is no name."""
    from eventwire.nlp.triage import keep_sentences

    text = "Crowds gathered near Ballycorrib on the shore. The mood was calm. 40 boats sailed."
    starts = [0, text.index("The mood"), text.index("40 boats")]
    assert keep_sentences(text, starts) == [True, False, True]
