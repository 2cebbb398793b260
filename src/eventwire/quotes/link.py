"""Link events to the quotes and outlets around them (stage ``eventwire.quotes.link_events.v1``).

* An event whose trigger lies inside a quote gets that quote's id, and the quote's speaker
  as ``reported_by`` (the event is something the speaker said happened).
* A verbal event (``data/link.yaml``: ACCUSE, REQUEST, REJECT ...) whose trigger is the
  speech act itself is linked to the quote that carries its content: the quote whose cue
  is the trigger, else the nearest quote in the same sentence within ``max_gap_chars``
  of the trigger.
* An event in a sentence that cites an outlet ("..., CNN reports") gets ``outlet``; so does
  an event linked to a quote that was attributed through an outlet.
"""

from __future__ import annotations

import functools
from pathlib import Path


from ..errors import ConfigError
from ..pipeline import Document, register
from ..records import Event, Quote
from ..datafiles import read_yaml

LINK_PATH = Path(__file__).parent / "data" / "link.yaml"


@functools.lru_cache(maxsize=2)
def load_link_rules(path: str | None = None) -> dict:
    p = Path(path) if path else LINK_PATH
    raw = read_yaml(p, "data file")
    if not isinstance(raw, dict) or raw.get("version") != 1 or not isinstance(raw.get("verbal_types"), list):
        raise ConfigError(f"{p.name}: expected 'version: 1' and a 'verbal_types' list")
    return {"verbal_types": frozenset(str(t).upper() for t in raw["verbal_types"]),
            "max_gap_chars": int(raw.get("max_gap_chars", 60))}


def _containing(quotes: list[Quote], offset: int) -> Quote | None:
    inside = [q for q in quotes if q.start <= offset < q.end]
    return min(inside, key=lambda q: q.end - q.start) if inside else None


def _carried(quotes: list[Quote], ev: Event, max_gap: int, text: str) -> Quote | None:
    t0, t1 = ev.trigger_start, ev.trigger_end or ev.trigger_start
    best, best_gap = None, None
    for q in quotes:
        in_sentence = q.start < ev.end and q.end > ev.start
        just_before = 0 <= ev.start - q.end <= 3 and q.cue == ev.trigger  # “...,” he said.
        if not (in_sentence or just_before):
            continue
        if q.start >= t1:
            gap = q.start - t1
        elif q.end <= t0:
            gap = t0 - q.end
        else:
            continue
        if q.cue and q.cue == ev.trigger and gap <= max_gap:
            gap = -1  # the trigger is this quote's cue
        if gap <= max_gap and (best_gap is None or gap < best_gap):
            best, best_gap = q, gap
    return best


class QuoteEventLinker:
    name = "eventwire.quotes.link_events.v1"
    reads = ("events", "quotes", "outlets")
    writes = ("events",)

    def __init__(self, link_rules: str | None = None, **_: object):
        self.link_rules = link_rules

    def __call__(self, doc: Document) -> Document:
        rules = load_link_rules(self.link_rules)
        for ev in doc.events:
            quote, why = None, None
            if ev.trigger_start is not None:
                quote = _containing(doc.quotes, ev.trigger_start)
                why = "trigger inside quote" if quote else None
                if quote is None and ev.type.upper() in rules["verbal_types"]:
                    quote = _carried(doc.quotes, ev, rules["max_gap_chars"], doc.text)
                    why = "verbal event carried by quote" if quote else None
            if quote is not None and ev.quote_id is None:
                ev.quote_id = quote.id
                if why == "trigger inside quote" and ev.reported_by is None and quote.speaker is not None:
                    ev.reported_by = quote.speaker
            outlet = next((o.name for o in doc.outlets if ev.start <= o.start < ev.end), None)
            if outlet is None and quote is not None:
                outlet = quote.outlet
            if outlet is not None and ev.outlet is None:
                ev.outlet = outlet
            if quote is not None or outlet is not None:
                doc.note(self.name, event=ev.id, quote=quote.id if quote else None, why=why, outlet=outlet)
        return doc


@register(QuoteEventLinker.name)
def make_stage(**config: object) -> QuoteEventLinker:
    return QuoteEventLinker(**config)
