"""eventwire.dates.v1: find date expressions and resolve them against the publication date.

Two sources of candidates, merged longest-first without overlap:

1. the patterns of ``data/patterns.yaml`` run over the article text (exact offsets);
2. spaCy DATE entities the patterns missed, sent to dateparser only when they name a month,
   a weekday or a year (durations such as "20 years" or "three days" are not dates).

Bare expressions ("June 16", "on Monday", "in June") are read as past (news reports what
happened) unless their clause is future tense ("will meet on Monday", "plans to visit in
June"): then the next such date after publication. With no publication date only expressions
that carry their own year resolve; the others are kept with ``date=None``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..pipeline import Document, register
from ..records import DateMention
from .lexicon import Lexicon, load
from .resolve import YEAR_RE, dateparse, resolve

FALLBACK_NEEDS = re.compile(r"\b(?:1[89]|20)\d\d\b")


@dataclass
class Candidate:
    start: int
    end: int
    kind: str
    granularity: str
    source: str  # pattern name or "spacy:DATE"
    order: int


def parse_published(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def find_candidates(text: str, lexicon: Lexicon) -> list[Candidate]:
    found = []
    for pattern in lexicon.patterns:
        for match in pattern.regex.finditer(text):
            group = "d" if "d" in pattern.regex.groupindex and match.group("d") is not None else 0
            start, end = match.span(group)
            found.append(Candidate(start, end, pattern.kind, pattern.granularity, pattern.name, pattern.order))
    return found


def select(candidates: list[Candidate]) -> list[Candidate]:
    """Longest first (ties: earlier pattern), dropping anything that overlaps a kept one."""
    kept: list[Candidate] = []
    # Pattern matches first (their resolution is known); spaCy DATE entities only fill gaps.
    for cand in sorted(candidates, key=lambda c: (c.kind == "spacy", -(c.end - c.start), c.order, c.start)):
        if all(cand.end <= k.start or cand.start >= k.end for k in kept):
            kept.append(cand)
    return sorted(kept, key=lambda c: c.start)


def _names_a_date(text: str, lexicon: Lexicon) -> bool:
    words = re.findall(r"[A-Za-z]+\.?", text)
    return bool(FALLBACK_NEEDS.search(text)) or any(
        lexicon.month_number(w) and w[0].isupper() for w in words) or any(w in lexicon.weekdays for w in words)


def spacy_candidates(parsed, text: str, lexicon: Lexicon) -> list[Candidate]:
    if parsed is None:
        return []
    out = []
    for ent in parsed.ents:
        if ent.label_ == "DATE" and _names_a_date(ent.text, lexicon):
            out.append(Candidate(ent.start_char, ent.end_char, "spacy", "day", "spacy:DATE", 999))
    return out


def clause_tense(parsed, start: int, end: int, lexicon: Lexicon) -> str:
    """future | past | unknown for the clause holding the span."""
    if is_future(parsed, start, end, lexicon):
        return "future"
    if parsed is None:
        return "unknown"
    span = parsed.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return "unknown"
    token = span.root
    for _ in range(8):
        if token.pos_ in ("VERB", "AUX") or token.head.i == token.i:
            break
        token = token.head
    if token.pos_ not in ("VERB", "AUX"):
        return "unknown"
    if token.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and (c.tag_ == "VBD" or c.lower_ in ("has", "have"))
                                  for c in token.children):
        return "past"
    return "unknown"


def is_future(parsed, start: int, end: int, lexicon: Lexicon) -> bool:
    """True when the clause holding the span is future tense ("will meet on Monday")."""
    if parsed is None:
        return False
    span = parsed.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    token = span.root
    hops = 0
    while token.head.i != token.i and hops < 8:  # up to the clause verb
        token = token.head
        hops += 1
        if token.pos_ in ("VERB", "AUX"):
            break
    verb = token
    for _ in range(3):  # the verb, then governors through xcomp ("plans to meet")
        for child in verb.children:
            if child.dep_ == "aux" and child.lower_ in lexicon.future_aux:
                return True
            if child.dep_ == "aux" and child.lower_ == "to" and verb.head.lemma_ == "go" and verb.dep_ == "xcomp":
                return True
        if verb.lemma_ in lexicon.future_governors and verb.i != token.i:
            return True
        if verb.dep_ in ("xcomp", "acomp") and verb.head.i != verb.i:
            verb = verb.head
            if verb.lemma_ in lexicon.future_governors:
                return True
        else:
            break
    return False


class DatesStage:
    name = "eventwire.dates.v1"
    reads = ("spacy",)
    writes = ("dates",)

    def __init__(self, date_patterns: str | None = None, **_: object):
        self.lexicon = load(date_patterns)

    def __call__(self, doc: Document) -> Document:
        text = doc.text
        published = parse_published(doc.article.published)
        candidates = find_candidates(text, self.lexicon)
        candidates += spacy_candidates(doc.spacy, text, self.lexicon)
        mentions = []
        for cand in select(candidates):
            surface = text[cand.start:cand.end]
            tense = clause_tense(doc.spacy, cand.start, cand.end, self.lexicon)
            future = tense == "future"
            if cand.kind == "spacy":
                found = self._fallback(surface, published, future)
            else:
                found = resolve(cand.kind, surface, published, future, self.lexicon, nearest=tense == "unknown")
            mention = DateMention(
                text=surface, start=cand.start, end=cand.end,
                date=found.date.isoformat() if found else None,
                end_date=found.end_date.isoformat() if found and found.end_date else None,
                granularity=found.granularity if found else cand.granularity,
                relative=found.relative if found else cand.kind not in ("absolute_day", "month_year", "year", "decade"),
            )
            mentions.append(mention)
            doc.note(self.name, date=surface, start=cand.start, rule=cand.source,
                     tense=tense, resolved=mention.date,
                     why=found.how if found else ("no publication date" if published is None else "unresolved"))
        doc.dates = mentions
        return doc

    def _fallback(self, surface: str, published, future: bool):
        from .resolve import Resolution, month_end

        year = YEAR_RE.search(surface)
        if published is None and not year:
            return None
        found = dateparse(surface, "future" if future else "past", published)
        if found is None:
            return None
        day, period = found
        if year and str(day.year) != year.group():
            return None  # dateparser read something else than the year written
        if period == "year":
            return Resolution(dt.date(day.year, 1, 1), dt.date(day.year, 12, 31), "year", not year, "spaCy DATE, dateparser")
        if period == "month":
            return Resolution(dt.date(day.year, day.month, 1), month_end(day.year, day.month), "month", not year,
                              "spaCy DATE, dateparser")
        return Resolution(day, None, period if period in ("day", "week") else "day", not year, "spaCy DATE, dateparser")


@register(DatesStage.name)
def make_stage(**config: object) -> DatesStage:
    return DatesStage(**config)
