"""Quotation-mark pairing on raw text (no model)."""

from __future__ import annotations

import pytest

from eventwire.quotes.marks import find_marks, word_count


def spans(text: str) -> list[str]:
    return [text[m.start:m.end] for m in find_marks(text)]


@pytest.mark.parametrize("text, expected", [
    ('He said "we are ready," and left.', ["we are ready"]),
    ("“We are ready,” she said.", ["We are ready"]),
    ("« Nous sommes prêts », a-t-il dit.", ["Nous sommes prêts"]),
    ("Er sagte: „Wir sind bereit“ heute.", ["Wir sind bereit"]),
    ("He called it ‘a total disgrace’ yesterday.", ["a total disgrace"]),
    ("“It is ‘special’, they say,” he said.", ["It is ‘special’, they say"]),
    ("The workers’ union and Putin’s allies met.", []),
])
def test_quotes_marks_pair_every_mark_style(text, expected):
    assert spans(text) == expected


def test_quotes_marks_paragraph_continuation():
    text = "“First paragraph of the quote.\n“Second paragraph ends it,” she said.\nNext."
    (m,) = find_marks(text)
    assert text[m.start:m.end] == "First paragraph of the quote.\n“Second paragraph ends it"
    assert m.paragraphs == 2 and m.closed


@pytest.mark.parametrize("text", [
    "Stray ” closer, then “an unclosed quote that runs. The next sentence is plain. So is this one.",
    "Officials said the “reform would pass.\nThe vote is on Thursday and nobody quotes anything.",
    'A lone " mark. Then more text follows here. And more.',
])
def test_quotes_marks_odd_marks_do_not_run_away(text):
    for m in find_marks(text):
        assert "\n" not in text[m.start:m.end]
        assert text[m.start:m.end].count(". ") == 0  # never past its own sentence


def test_quotes_marks_offsets_index_the_text():
    text = "A \"b c\" d “e f” g «h» „i“"
    for m in find_marks(text):
        assert text[m.open] in "\"“«„" and 0 <= m.start < m.end <= len(text)
        assert text[m.close] in "\"”»“"


@pytest.mark.parametrize("text, n", [("peace plan", 2), ("someone else’s values", 3), ("", 0)])
def test_quotes_marks_word_count(text, n):
    assert word_count(text) == n
