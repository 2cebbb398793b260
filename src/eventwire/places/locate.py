"""Event location: attach a place to every event.

In order of preference, for each event:

1. ``preposition``: a place governed by a locative preposition ("in", "at", "near", "outside",
   "across", ...) attached in the parse to the trigger, to its object, or to the verb whose
   object the trigger is ("launched an attack in Herat");
2. ``sentence``: the most specific confident place in the event's sentence;
3. ``article focus``: the article's most-mentioned place (ties: the first country).

Places found only inside a name ("University of California") are not used. The reason is
noted under this stage's name for ``eventwire explain``.
"""

from __future__ import annotations

from collections import Counter

from ..pipeline import Document, register
from ..records import Event, Location, Place

STAGE = "eventwire.places.locate_events.v1"
LOCATIVE = {"in", "at", "near", "outside", "across", "inside", "around", "throughout", "on",
            "along", "within", "into", "off", "over", "from", "towards", "toward"}
SPECIFIC = {"place": 0, "city": 1, "admin1": 2, "country": 3, "region": 4, "continent": 5}


def usable(p: Place) -> bool:
    return "embedded in a name" not in (p.resolution or "") and p.lat is not None or p.kind == "region"


def location_of(p: Place) -> Location:
    return Location(name=p.name, lat=p.lat, lon=p.lon, country=p.country, kind=p.kind,
                    geonames_id=p.geonames_id)


def _places_in(places: list[Place], start: int, end: int) -> list[Place]:
    return [p for p in places if start <= p.start and p.end <= end and usable(p)]


def prepositional_place(doc: Document, event: Event) -> tuple[Place, str] | None:
    sp = doc.spacy
    if sp is None or event.trigger_start is None or event.trigger_end is None:
        return None
    span = sp.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
    if span is None:
        return None
    trigger = span.root
    heads = [trigger]
    heads += [c for c in trigger.children if c.dep_ in {"dobj", "obj", "attr", "npadvmod"}]
    if trigger.dep_ in {"dobj", "pobj", "attr", "nsubjpass", "xcomp", "conj"} and trigger.head is not trigger:
        heads.append(trigger.head)
    for head in heads:
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in LOCATIVE:
                continue
            for obj in prep.children:
                if obj.dep_ not in {"pobj", "pcomp"}:
                    continue
                sub = list(obj.subtree)
                found = _places_in(doc.places, sub[0].idx, sub[-1].idx + len(sub[-1]))
                if found:
                    best = min(found, key=lambda p: (SPECIFIC.get(p.kind or "", 9), p.start))
                    return best, f"'{prep.text} {best.text}' attached to '{head.text}'"
    return None


def focus_place(places: list[Place]) -> Place | None:
    good = [p for p in places if usable(p) and p.kind != "place"]
    if not good:
        return None
    counts = Counter((p.name, p.country) for p in good)
    top = max(counts.values())
    tied = [p for p in good if counts[(p.name, p.country)] == top]
    countries = [p for p in tied if p.kind == "country"]
    return (countries or tied)[0]


class EventLocator:
    name = STAGE
    reads = ("events", "places")
    writes = ("events",)

    def __init__(self, **_: object):
        pass

    def __call__(self, doc: Document) -> Document:
        focus = focus_place(doc.places)
        for event in doc.events:
            how, place = None, None
            hit = prepositional_place(doc, event)
            if hit:
                place, why = hit
                how = f"preposition: {why}"
            if place is None:
                in_sentence = _places_in(doc.places, event.start, event.end)
                if in_sentence:
                    place = min(in_sentence, key=lambda p: (SPECIFIC.get(p.kind or "", 9), -p.confidence, p.start))
                    how = f"sentence: '{place.text}' is the most specific place in the event's sentence"
            if place is None and focus is not None:
                place = focus
                how = f"article focus: '{focus.name}' is the article's most-mentioned place"
            if place is None:
                doc.note(STAGE, event=event.id, decision="no place in the article")
                continue
            loc = location_of(place)
            if loc.country is None and focus is not None and focus.country and place.kind == "region" \
                    and place is not focus:
                pass  # a multi-country region has no single country
            event.location = loc
            doc.note(STAGE, event=event.id, location=loc.name, country=loc.country, why=how)
        return doc


@register(EventLocator.name)
def make_stage(**config: object) -> EventLocator:
    return EventLocator(**config)
