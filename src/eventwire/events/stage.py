"""The eventwire.events.v1 stage: PLOVER/CAMEO events from the dependency parse.

See :mod:`eventwire.events.coder` for the coding rules and the confidence formula, and
``events/data/`` for the knowledge (trigger lexicon, CAMEO scores, contexts, cue words).
Location and date are left for the later stages (they read ``trigger_start``/``trigger_end``);
``historical`` stays False; ``quote_id``/``outlet`` are set by the quotes link stage.
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
        events.sort(key=lambda e: (e.trigger_start or 0, e.type))
        doc.events = events
        return doc


@register(EventsStage.name)
def make_stage(**config: object) -> EventsStage:
    return EventsStage(**config)
