"""Pronoun antecedents: ``antecedent(doc, offset, pronoun)`` -> the most recent compatible actor.

he/him/his/himself  -> a person who is male or of unknown gender
she/her/hers/herself-> a person who is female or of unknown gender
it/its/itself       -> a country, government, organisation, IGO, group or outlet
they/them/their...  -> a group, organisation, IGO, government or plural sector noun
Gender comes from people.csv, titles in the mention (Mr, Mrs, Ms, Miss, King, Queen ...) and the
first-name lists in data/first_names.yaml.
"""

from __future__ import annotations

from ..pipeline import Document
from ..records import ActorMention
from .tables import knowledge

MALE = {"he", "him", "his", "himself"}
FEMALE = {"she", "her", "hers", "herself"}
NEUTER = {"it", "its", "itself"}
PLURAL = {"they", "them", "their", "theirs", "themselves"}


def gender_of(mention: ActorMention) -> str | None:
    """'m', 'f' or None for a person mention."""
    k = knowledge()
    if mention.name in k.people and k.people[mention.name].gender:
        return k.people[mention.name].gender
    for word in mention.text.replace(".", " ").split():
        g = k.gender_titles.get(word.lower())
        if g and word[0].isupper():
            return g
    words = (mention.name or "").split()
    if len(words) > 1:
        return k.first_names.get(words[0])
    return None


def _plural_noun(m: ActorMention) -> bool:
    """The mention ends in a plural sector noun ("Iraqi officials", "the rebels")."""
    words = m.text.split()
    last = words[-1].lower() if words else ""
    term = knowledge().sector_terms.get(last)
    return bool(term and term.plural and last.endswith("s"))


def compatible(m: ActorMention, pronoun: str) -> bool:
    p = pronoun.lower().strip()
    if p in MALE:
        return m.kind == "person" and gender_of(m) in ("m", None)
    if p in FEMALE:
        return m.kind == "person" and gender_of(m) in ("f", None)
    if p in NEUTER:
        return m.kind in ("country", "government", "organization", "igo", "group", "outlet") and not _plural_noun(m)
    if p in PLURAL:
        return m.kind not in ("person", "country", "outlet") and (
            m.kind in ("group", "organization", "igo") or _plural_noun(m))
    return False


def antecedent(doc: Document, offset: int, pronoun: str) -> ActorMention | None:
    """The most recent actor mention ending before ``offset`` that ``pronoun`` can refer to."""
    for m in sorted(doc.actors, key=lambda a: a.end, reverse=True):
        if m.end <= offset and compatible(m, pronoun):
            return m
    return None
