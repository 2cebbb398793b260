"""The date patterns file loads, and finds (only) date expressions. No spaCy needed."""

from __future__ import annotations

import pytest

from eventwire.dates.lexicon import KINDS, PATTERNS_FILE, load, parse
from eventwire.dates.stage import find_candidates, select
from eventwire.errors import ConfigError


def surfaces(text: str) -> list[str]:
    return [text[c.start:c.end] for c in select(find_candidates(text, load()))]


def test_dates_patterns_file_loads_with_known_kinds():
    lex = load(str(PATTERNS_FILE))
    assert lex.version == 1
    assert {p.kind for p in lex.patterns} <= KINDS
    assert lex.months["Sept."] == 9 and lex.weekdays["Sunday"] == 6


def test_dates_patterns_bad_kind_is_config_error():
    with pytest.raises(ConfigError):
        parse({"version": 1, "months": {}, "weekdays": {}, "numbers": {},
               "patterns": [{"name": "x", "regex": "x", "kind": "nonsense", "granularity": "day"}]})


@pytest.mark.parametrize("text, expected", [
    ("The envoys met on June 16 in Oslo.", ["June 16"]),
    ("It was signed on Jan. 5, 2009, in Cairo.", ["Jan. 5, 2009"]),
    ("Voting ends on 5 January, officials said.", ["5 January"]),
    ("The ministers talked on Monday.", ["Monday"]),
    ("Troops left last week.", ["last week"]),
    ("Prices rose earlier this month.", ["earlier this month"]),
    ("The treaty was drafted in 2001.", ["2001"]),
    ("Harvests fail by mid-August.", ["mid-August"]),
    ("The rebels attacked two days ago.", ["two days ago"]),
    ("The mayor resigned yesterday.", ["yesterday"]),
    ("They meet again next Tuesday.", ["next Tuesday"]),
    ("The wars of the 1990s shaped the region.", ["the 1990s"]),
    ("Growth slowed this year.", ["this year"]),
    ("She was elected in May 2022 and sworn in in June.", ["May 2022", "June"]),
    ("The strike began Friday night.", ["Friday night"]),
])
def test_dates_patterns_find_expression(text, expected):
    assert surfaces(text) == expected


@pytest.mark.parametrize("text", [
    "The minister may resign if the vote fails.",
    "The army has fought for 20 years.",
    "Talks lasted three days.",
    "Mobile units were sent to the march.",
    "He scored 2001 points.",
])
def test_dates_patterns_ignore_non_dates(text):
    assert surfaces(text) == []
