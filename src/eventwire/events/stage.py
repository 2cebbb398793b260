"""The eventwire.events.v1 stage: PLOVER/CAMEO events from the dependency parse.

See :mod:`eventwire.events.coder` for the coding rules and the confidence formula, and
``events/data/`` for the knowledge (trigger lexicon, CAMEO scores, contexts, cue words).
Location and date are left for the later stages (they read ``trigger_start``/``trigger_end``);
``historical`` stays False; ``quote_id``/``outlet`` are set by the quotes link stage.
"""

from __future__ import annotations

from ..pipeline import Document, register
from .coder import STAGE, SentenceCoder
from .lexicon import load_cues, load_lexicon


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
        events.sort(key=lambda e: (e.trigger_start or 0, e.type))
        doc.events = events
        return doc


@register(EventsStage.name)
def make_stage(**config: object) -> EventsStage:
    return EventsStage(**config)
