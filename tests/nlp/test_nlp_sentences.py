"""Rule-based sentence splitting for the triage: exact text, sensible boundaries (no model)."""

from __future__ import annotations

import pytest
import spacy

from eventwire.nlp.triage import sentence_bounds


@pytest.fixture(scope="module")
def tokenizer():
    return spacy.blank("en")


def split(tokenizer, text: str) -> list[str]:
    doc = tokenizer(text)
    return [doc[s:e].text_with_ws for s, e in sentence_bounds(doc)]


@pytest.mark.parametrize("text, expected", [
    ("Troops left. Talks began!  Who won?", ["Troops left. ", "Talks began!  ", "Who won?"]),
    ("He said, “We are ready.” Then he left.", ["He said, “We are ready.” ", "Then he left."]),
    ('It ended." Rebels fled.', ['It ended." ', "Rebels fled."]),
    ("Headline without a stop\n\nBody text here.", ["Headline without a stop\n\n", "Body text here."]),
    ("One line\nanother line", ["One line\n", "another line"]),
    ("It cost approx. five dollars.", ["It cost approx. five dollars."]),
    ("The U.S. Senate voted. Mr. Smith spoke.", ["The U.S. Senate voted. ", "Mr. Smith spoke."]),
    ("\n\nLeading blank lines. Then text", ["\n\nLeading blank lines. ", "Then text"]),
    ("Ends with spaces.   ", ["Ends with spaces.   "]),
])
def test_nlp_sentences_split_where_a_reader_would(tokenizer, text, expected):
    assert split(tokenizer, text) == expected


@pytest.mark.parametrize("text", [
    "", "   ", "No stop at all", "Wikinews  leaves double spaces , and odd commas .Then this.\n",
    "“Quoted.”\n“Next paragraph.” She said.",
])
def test_nlp_sentences_cover_every_token_and_concatenate_back(tokenizer, text):
    doc = tokenizer(text)
    bounds = sentence_bounds(doc)
    assert [t for s, e in bounds for t in range(s, e)] == list(range(len(doc)))
    assert "".join(doc[s:e].text_with_ws for s, e in bounds) == text
