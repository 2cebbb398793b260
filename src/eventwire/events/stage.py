"""The eventwire.events.v1 stage: PLOVER/CAMEO events from the dependency parse.

See :mod:`eventwire.events.coder` for the coding rules and the confidence formula, and
``events/data/`` for the knowledge (trigger lexicon, CAMEO scores, contexts, cue words).
Location and date are left for the later stages (they read ``trigger_start``/``trigger_end``);
``historical`` is set by the coder only for an explicit past year, era or "previously" (the dates
stage adds date-based ones); ``quote_id``/``outlet`` are set by the quotes link stage. One event per
occurrence: repeats within a sentence (``merge_repeats``) and across sentences
(``repeats_across_sentences``) are merged into the first report.
"""

from __future__ import annotations

from ..pipeline import Document, register
from ..records import Event
from .coder import STAGE, SentenceCoder
from .lexicon import load_cues, load_lexicon
from .roles import actor_key


def _same_occurrence(a: Event, b: Event) -> bool:
    """Two triggers of one sentence that report one occurrence: same type, negation and
    modality; the same source actors with targets equal or named by one of them only ("the
    bomber crashed into the crowd and detonated a vest"), or the sources of one among those of
    the other, which names no target ("X met Y and held talks with him")."""
    if (a.start, a.type, a.negated, a.modality) != (b.start, b.type, b.negated, b.modality):
        return False
    sa, sb = {actor_key(x) for x in a.source}, {actor_key(x) for x in b.source}
    ta, tb = {actor_key(x) for x in a.target}, {actor_key(x) for x in b.target}
    if sa == sb:
        return ta == tb or not ta or not tb
    # "X met Y and held talks with him": the participants of one are among those of the other
    small_t = tb if len(sb) < len(sa) else ta
    return bool(sa and sb) and (sa < sb or sb < sa) and not small_t


def merge_repeats(events: list[Event]) -> tuple[list[Event], list[tuple[Event, Event]]]:
    """One event per occurrence within a sentence (PLOVER codes an occurrence once, whatever the
    number of words that describe it). Keeps the event that names a target, then the one with
    more participants, then the most confident; returns the kept events and the (dropped, kept) pairs."""
    kept: list[Event] = []
    dropped: list[tuple[Event, Event]] = []
    for ev in sorted(events, key=lambda e: (-bool(e.target), -len(e.source), -e.confidence, e.trigger_start or 0)):
        twin = next((k for k in kept if _same_occurrence(k, ev)), None)
        if twin is None:
            kept.append(ev)
        else:
            dropped.append((ev, twin))
    return kept, dropped


# words by which a later report marks a new occurrence of the same act ("attacked the town again")
NEW_OCCURRENCE = frozenset({"again", "another", "second", "third", "new", "fresh", "renewed", "further", "more",
                            "latest", "repeated", "also", "too", "later", "then", "subsequently"})


def _repeat_key(a) -> tuple:
    """An actor as a repeat must match: a coded actor by its key; a generic one ("10,000 people",
    "a militant") also by its words, so that two crowds of different sizes stay two crowds."""
    if a.country or a.code:
        return actor_key(a)
    words = [w for w in (a.text or "").lower().split() if w not in ("a", "an", "the")]
    return (a.name, " ".join(words))


def repeats_across_sentences(events: list[Event], sdoc) -> list[tuple[Event, Event]]:
    """A later sentence that reports an act already coded in the article: the same type, mode,
    negation, modality and historical flag, the same source actors and the same targets ("Freedonia
    attacked Sylvania on Monday. ... The attack came after Freedonia attacked Sylvania ...").
    PLOVER codes an occurrence once; a word marking a new occurrence ("again", "another") in the
    later sentence keeps it. Returns (dropped, kept) pairs."""
    out: list[tuple[Event, Event]] = []
    first: dict[tuple, Event] = {}
    for ev in sorted(events, key=lambda e: e.trigger_start or 0):
        src = frozenset(_repeat_key(a) for a in ev.source)
        if not src:
            continue
        tgt = frozenset(_repeat_key(a) for a in ev.target)
        key = (ev.type, ev.mode, ev.negated, ev.modality, ev.historical, src, tgt,
               None if tgt else _what(ev))
        twin = first.get(key)
        if twin is None or twin.start == ev.start:
            first.setdefault(key, ev)
            continue
        words = {t.lower_ for t in sdoc.char_span(ev.start, ev.end, alignment_mode="expand") or ()} \
            if sdoc is not None else set()
        if words & NEW_OCCURRENCE:
            continue
        out.append((ev, twin))
    return out


def _what(ev: Event) -> str:
    """With no target, what an act is done to tells two acts apart ("tested the Kowsar missile" and
    later "tested its Fajr-3 missile"): a phrase with an object gives the trigger's words; a bare one
    ("resigned", "his resignation") only its group."""
    entry = (ev.rule or "").split(" | ")[0]
    group, _, phrase = entry.partition(":")
    bare = " " not in phrase and "(" not in phrase
    return group if bare else " ".join((ev.trigger or "").lower().split())


class EventsStage:
    name = STAGE
    reads = ("spacy", "actors", "quotes")
    writes = ("events",)

    def __init__(self, **_: object):
        # knowledge is loaded once per process (lru_cache); this validates it at build time
        load_lexicon()
        load_cues()

    def __call__(self, doc: Document) -> Document:
        if doc.spacy is None:
            return doc
        coder = SentenceCoder(doc)
        events = []
        seen: set[str] = set()
        for sent in doc.spacy.sents:
            for draft in coder.code_sentence(sent):
                ev = coder.to_event(draft, sent)
                if ev.id in seen:
                    continue
                seen.add(ev.id)
                events.append(ev)
                doc.note(STAGE, event=ev.id, type=ev.type, mode=ev.mode, trigger=ev.trigger,
                         trigger_start=ev.trigger_start, confidence=ev.confidence, rule=ev.rule,
                         reasoning=draft.why)
        events, dropped = merge_repeats(events)
        for ev, twin in dropped:
            doc.note(STAGE, event=ev.id, merged_into=twin.id,
                     reasoning=f"'{ev.trigger}' reports the same {ev.type} as '{twin.trigger}' in this sentence")
        repeated = repeats_across_sentences(events, doc.spacy)
        gone = {id(ev) for ev, _ in repeated}
        for ev, twin in repeated:
            doc.note(STAGE, event=ev.id, merged_into=twin.id,
                     reasoning=f"'{ev.trigger}' repeats the {ev.type} '{twin.trigger}' of an earlier sentence")
        events = [e for e in events if id(e) not in gone]
        events.sort(key=lambda e: (e.trigger_start or 0, e.type))
        doc.events = events
        return doc


@register(EventsStage.name)
def make_stage(**config: object) -> EventsStage:
    return EventsStage(**config)
