"""Case-aware lexicon matching over raw text (pyahocorasick), one automaton per process.

Proper names (countries, seats, IGOs, groups, regions, outlets, people) match in their table
case; a table form starting with lower-case "the " also matches "The". Sector terms
(sectors.yaml) match in any case. Matches must sit on word boundaries.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import ahocorasick

from .tables import Entry, SectorTerm, knowledge


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    kind: str  # named | sector | person
    surface: str  # the table form that matched
    entries: tuple[Entry, ...] = ()
    term: SectorTerm | None = None
    people: tuple[str, ...] = ()  # canonical person names for kind person


def fold(text: str) -> str:
    """Lower-case with the same length as ``text`` (offsets stay valid); curly apostrophes folded."""
    out = []
    for ch in text:
        low = ch.lower()
        out.append(low if len(low) == 1 else ch)
    return "".join(out).replace("’", "'")


@functools.lru_cache(maxsize=1)
def automaton() -> ahocorasick.Automaton:
    k = knowledge()
    table: dict[str, list[tuple[str, str, object]]] = {}
    for surface, entries in k.surfaces.items():
        table.setdefault(fold(surface), []).append(("named", surface, tuple(entries)))
    for term, info in k.sector_terms.items():
        table.setdefault(fold(term), []).append(("sector", term, info))
    for alias, names in k.person_aliases.items():
        table.setdefault(fold(alias), []).append(("person", alias, tuple(names)))
    auto = ahocorasick.Automaton()
    for key, values in table.items():
        auto.add_word(key, (len(key), values))
    auto.make_automaton()
    return auto


def _case_ok(surface: str, found: str) -> bool:
    found = found.replace("’", "'")
    if found == surface:
        return True
    return surface.startswith("the ") and found.startswith("The ") and found[4:] == surface[4:]


def _boundary(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not before.isalnum() and not after.isalnum()


def find_hits(text: str) -> list[Hit]:
    """Every lexicon match (overlapping; the caller picks), in text order."""
    hits: list[Hit] = []
    for end_idx, (length, values) in automaton().iter(fold(text)):
        end = end_idx + 1
        start = end - length
        if not _boundary(text, start, end):
            continue
        found = text[start:end]
        for kind, surface, payload in values:
            if kind == "sector":
                hits.append(Hit(start, end, "sector", surface, term=payload))
            elif _case_ok(surface, found):
                if kind == "named":
                    hits.append(Hit(start, end, "named", surface, entries=payload))
                else:
                    hits.append(Hit(start, end, "person", surface, people=payload))
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    return hits
