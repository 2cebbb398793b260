"""The eventwire.actors.v1 stage: mentions -> in-document entities -> ActorMention records.

Reads the spaCy parse, writes ``doc.actors``. Knowledge tables load once per process
(:func:`eventwire.actors.tables.knowledge`). Each mention gets a short ``resolution`` and a
``doc.note`` with the full reason and any link to an earlier mention.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

from ..datafiles import read_yaml
from ..errors import StageError
from ..pipeline import Document, register
from ..records import ActorMention
from .link import link_mentions
from .mentions import find_mentions, place_facts
from .tables import knowledge, namesake_words, org_name_words

NAME = "eventwire.actors.v1"


@functools.lru_cache(maxsize=1)
def _boilerplate_patterns() -> tuple[re.Pattern, ...]:
    data = read_yaml(Path(__file__).parent / "data" / "boilerplate.yaml") or {}
    return tuple(re.compile(p, re.IGNORECASE) for p in data.get("leading") or ())


def _boilerplate_end(text: str) -> int:
    """End offset of leading page furniture ('Australian news ...'), 0 if none."""
    end = 0
    for pat in _boilerplate_patterns():
        m = pat.match(text)
        if m:
            end = max(end, m.end())
    return end


def to_records(doc: Document) -> list[ActorMention]:
    text = doc.text
    linked = link_mentions(find_mentions(doc.spacy, doc.article.published), place_facts(doc.spacy))
    records: list[ActorMention] = []
    furniture = _boilerplate_end(text)
    for n, lk in enumerate(linked, start=1):
        f = lk.found
        if f.end <= furniture:
            doc.note(NAME, dropped=text[f.start:f.end], why="inside Wikinews page furniture (data/boilerplate.yaml)")
            continue
        mid = f"a{n}"
        sectors = [s for s in [f.sector, *f.extra_sectors] if s]
        sectors = list(dict.fromkeys(sectors))
        resolution = f.resolution + (f"; linked: {lk.link}" if lk.link else "")
        records.append(ActorMention(
            id=mid, text=text[f.start:f.end], start=f.start, end=f.end, name=f.name, country=f.country,
            sector=f.sector, sectors=sectors, code=f.code, kind=f.kind, entity=lk.entity,
            confidence=round(f.confidence, 2), resolution=resolution[:200], mention_id=mid,
        ))
        doc.note(NAME, mention=mid, text=text[f.start:f.end], why=resolution, entity=lk.entity,
                 role=f.role, gender=f.gender)
    return records


class ActorsStage:
    name = NAME
    reads = ("spacy",)
    writes = ("actors",)

    def __init__(self, **_: object):
        # load and validate the tables at build time, not in the first document
        knowledge()
        org_name_words()
        namesake_words()
        _boilerplate_patterns()

    def __call__(self, doc: Document) -> Document:
        if doc.spacy is None:
            raise StageError("no spaCy parse: run eventwire.nlp.v1 first")
        doc.actors = to_records(doc)
        return doc


@register(ActorsStage.name)
def make_stage(**config: object) -> ActorsStage:
    return ActorsStage(**config)
