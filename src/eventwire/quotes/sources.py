"""Who is behind a span: outlet names, actor mentions and pronoun antecedents.

The actors stage owns the knowledge (``actors/data/outlets.yaml``, ``actors.coref``);
this module only calls it. While an older actors package lacks ``match_outlet`` or
``coref.antecedent``, the small fallbacks below read the same data file and pick the most
recent person; they are never used when the actors functions exist.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Callable


from ..pipeline import Document
from ..records import Actor, ActorMention
from ..datafiles import read_yaml

OUTLETS_YAML = Path(__file__).resolve().parents[1] / "actors" / "data" / "outlets.yaml"


@functools.lru_cache(maxsize=1)
def _fallback_outlet_table() -> dict[str, str]:
    table: dict[str, str] = {}
    if not OUTLETS_YAML.exists():
        return table
    for entry in read_yaml(OUTLETS_YAML) or []:
        for form in [entry["name"], *(entry.get("aliases") or [])]:
            table[form] = entry["name"]
            if form.lower().startswith("the "):
                table[form[4:]] = entry["name"]
    return table


def _fallback_match_outlet(text: str) -> str | None:
    text = " ".join(text.split()).strip(" ,.()")
    table = _fallback_outlet_table()
    for candidate in (text, text[4:] if text.lower().startswith("the ") else None):
        if candidate and candidate in table:
            return table[candidate]
    return None


@functools.lru_cache(maxsize=1)
def _outlet_matcher() -> Callable[[str], str | None]:
    try:
        from ..actors.outlets import match_outlet
    except ImportError:  # actors not landed yet: read its data file directly
        return _fallback_match_outlet
    return match_outlet


def outlet_name(doc: Document, start: int, end: int) -> str | None:
    """Canonical outlet name of the text span, from an outlet actor mention or the table."""
    for m in doc.actors:
        if m.kind == "outlet" and m.start is not None and m.start < end and start < m.end:
            return m.name or m.text
    return _outlet_matcher()(doc.text[start:end])


def mention_at(doc: Document, start: int, end: int) -> ActorMention | None:
    """The actor mention that best covers [start, end): largest overlap, persons first."""
    best, best_key = None, None
    for m in doc.actors:
        if m.start is None or m.end is None:
            continue
        overlap = min(end, m.end) - max(start, m.start)
        if overlap <= 0:
            continue
        key = (overlap, m.kind == "person", -(m.end - m.start))
        if best_key is None or key > best_key:
            best, best_key = m, key
    return best


def antecedent(doc: Document, offset: int, pronoun: str,
               previous: list[tuple[int, Actor]]) -> ActorMention | Actor | None:
    """Antecedent of a speaker pronoun at ``offset``.

    ``previous`` holds (offset, speaker) of quotes already attributed, used by the
    fallback only.
    """
    try:
        from ..actors.coref import antecedent as coref_antecedent
    except ImportError:
        coref_antecedent = None
    if coref_antecedent is not None:
        return coref_antecedent(doc, offset, pronoun)
    # Fallback: most recent person (speaker or PERSON entity) before the pronoun.
    wanted_person = pronoun.lower() in {"he", "she", "i"}
    candidates: list[tuple[int, ActorMention | Actor]] = [(o, a) for o, a in previous if o < offset]
    for m in doc.actors:
        if m.start is not None and m.start < offset and (not wanted_person or m.kind == "person"):
            candidates.append((m.start, m))
    if doc.spacy is not None:
        for ent in doc.spacy.ents:
            if ent.start_char < offset and (ent.label_ == "PERSON") == wanted_person and \
                    ent.label_ in {"PERSON", "ORG", "GPE", "NORP"}:
                candidates.append((ent.start_char, Actor(text=ent.text, name=ent.text,
                                                         kind="person" if wanted_person else None,
                                                         start=ent.start_char, end=ent.end_char)))
    if wanted_person:
        candidates = [(o, a) for o, a in candidates if a.kind in (None, "person")]
    if not candidates:
        return None
    return max(candidates, key=lambda c: c[0])[1]
