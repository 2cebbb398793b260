"""Load and compile ``data/patterns.yaml`` (the date patterns and word lists).

The file format is described in its header comment. Loaded once per process.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from ..datafiles import read_yaml
from ..errors import ConfigError

DATA = Path(__file__).resolve().parent / "data"
PATTERNS_FILE = DATA / "patterns.yaml"
KINDS = {"absolute_day", "day_no_year", "month_year", "month", "part_month", "year",
         "decade", "weekday", "near_day", "ago", "relative_period"}
GRANULARITIES = {"day", "week", "month", "year"}


@dataclass(frozen=True)
class Pattern:
    name: str
    regex: re.Pattern
    kind: str
    granularity: str
    order: int


@dataclass(frozen=True)
class Lexicon:
    version: int
    months: dict[str, int]
    weekdays: dict[str, int]
    numbers: dict[str, int]
    patterns: tuple[Pattern, ...]
    future_aux: frozenset[str]
    future_governors: frozenset[str]

    def month_number(self, word: str) -> int | None:
        return self.months.get(word) or self.months.get(word.rstrip(".")) or self.months.get(word.capitalize())


def _alternation(words: list[str], case_sensitive: bool) -> str:
    body = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return f"(?-i:{body})" if case_sensitive else f"(?:{body})"


def _expand(template: str, lists: dict[str, str]) -> str:
    # Replace {NAME} (upper-case names only, so regex quantifiers like {1,2} stay).
    return re.sub(r"\{([A-Z]+)\}", lambda m: lists[m.group(1)], template)


def parse(data: dict, source: str = "<data>") -> Lexicon:
    try:
        months = {str(k): int(v) for k, v in data["months"].items()}
        weekdays = {str(k): int(v) for k, v in data["weekdays"].items()}
        numbers = {str(k): int(v) for k, v in data["numbers"].items()}
        sensitive = set(data.get("case_sensitive", []))
        vocab = {"MONTH": list(months), "WEEKDAY": list(weekdays), **data.get("vocab", {})}
        lists = {name: _alternation([str(w) for w in words], name in sensitive) for name, words in vocab.items()}
        patterns = []
        for order, entry in enumerate(data["patterns"]):
            if entry["kind"] not in KINDS or entry["granularity"] not in GRANULARITIES:
                raise ConfigError(f"{source}: pattern {entry['name']!r} has unknown kind or granularity")
            patterns.append(Pattern(entry["name"], re.compile(_expand(entry["regex"], lists), re.IGNORECASE),
                                    entry["kind"], entry["granularity"], order))
        cues = data.get("future_cues", {})
        return Lexicon(int(data["version"]), months, weekdays, numbers, tuple(patterns),
                       frozenset(cues.get("aux", [])), frozenset(cues.get("governors", [])))
    except ConfigError:
        raise
    except (KeyError, TypeError, ValueError, re.error) as exc:
        raise ConfigError(f"{source}: {type(exc).__name__}: {exc}") from exc


@functools.lru_cache(maxsize=4)
def load(path: str | None = None) -> Lexicon:
    file = Path(path) if path else PATTERNS_FILE
    data = read_yaml(file, "date patterns")
    return parse(data, str(file))
