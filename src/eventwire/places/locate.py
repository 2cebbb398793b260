"""Event location: attach a place to every event.

The rule follows what an analyst coding ICEWS/POLECAT expects: an event happens where the text
says it happened; a statement happens where its speaker is; a country that is only a party to
the event (a target, "a swipe at the U.S.") is never its location. In order, for each event:

1. ``preposition``: a place governed by a locative preposition ("in", "at", "near", "outside",
   "across", ...) attached in the parse to the trigger, to its object, or to the verb whose
   object the trigger is ("launched an attack in Herat");
2. ``sentence``: the most specific confident place in the event's sentence that is not the
   mention of one of the event's TARGET actors ("Putin criticised the U.S." is not in the US);
   places that are no actor's mention come before the source's own mention ("Nigeria condemned");
3. for a statement (verbal event: quad class 1 or 3, or a quote) ``source country``: the
   country of the event's source actor, at country level; then the article focus;
4. for anything else, the ``article focus``; then the source's country.

The article focus is the place the article is about: each mention counts 1, a mention that is an
actor's (a country acting: "the U.S. said") only 0.5, and a mention in the first sentence counts
3 more (the lede names the story's place). Ties go to the first country.

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
SPECIFIC = {"place": 0, "city": 1, "admin2": 2, "admin1": 3, "country": 4, "region": 5, "continent": 6}


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


def _actor_spans(actors) -> list[tuple[int, int]]:
    return [(a.start, a.end) for a in actors if a.start is not None and a.end is not None]


def _inside(p: Place, spans: list[tuple[int, int]]) -> bool:
    return any(p.start < e and s < p.end for s, e in spans)


def focus_place(places: list[Place], actor_spans: list[tuple[int, int]] | None = None,
                lede_end: int = 0) -> Place | None:
    """The place the article is about (see the module docstring)."""
    good = [p for p in places if usable(p) and p.kind != "place"]
    if not good:
        return None
    weight: Counter = Counter()
    for p in good:
        w = 0.5 if actor_spans and _inside(p, actor_spans) else 1.0
        if p.start < lede_end:
            w += 3.0
        weight[(p.name, p.country)] += w
    top = max(weight.values())
    tied = [p for p in good if weight[(p.name, p.country)] == top]
    countries = [p for p in tied if p.kind == "country"]
    return (countries or tied)[0]


def is_statement(event: Event) -> bool:
    return event.quad_class in {1, 3} or event.quote_id is not None


def country_location(country: str | None) -> Location | None:
    if not country or len(country) != 3:
        return None
    from .gazetteer import load_gazetteer

    e = load_gazetteer().countries.get(country)
    if e is None:
        return None
    return Location(name=e.name, lat=e.lat, lon=e.lon, country=e.country, kind="country",
                    geonames_id=e.geonames_id)


def source_country(event: Event) -> Location | None:
    for actor in event.source:
        loc = country_location(actor.country)
        if loc is not None:
            return loc
    return None


def sentence_place(doc: Document, event: Event) -> Place | None:
    in_sentence = _places_in(doc.places, event.start, event.end)
    targets = _actor_spans(event.target)
    actors = _actor_spans(doc.actors) + _actor_spans(event.source)
    ok = [p for p in in_sentence if not _inside(p, targets)]
    if not ok:
        return None
    return min(ok, key=lambda p: (_inside(p, actors), SPECIFIC.get(p.kind or "", 9), -p.confidence, p.start))


class EventLocator:
    name = STAGE
    reads = ("events", "places")
    writes = ("events",)

    def __init__(self, **_: object):
        pass

    def __call__(self, doc: Document) -> Document:
        lede_end = 0
        if doc.spacy is not None:
            lede_end = next(iter(doc.spacy.sents)).end_char if len(doc.spacy) else 0
        focus = focus_place(doc.places, _actor_spans(doc.actors), lede_end)
        for event in doc.events:
            loc, how = None, None
            hit = prepositional_place(doc, event)
            if hit:
                place, why = hit
                loc, how = location_of(place), f"preposition: {why}"
            if loc is None:
                place = sentence_place(doc, event)
                if place is not None:
                    loc = location_of(place)
                    how = f"sentence: '{place.text}' is the most specific place in the event's sentence"
            if loc is None:
                fallbacks = [("source", source_country(event)),
                             ("focus", location_of(focus) if focus is not None else None)]
                if not is_statement(event):
                    fallbacks.reverse()
                for kind, cand in fallbacks:
                    if cand is None:
                        continue
                    loc = cand
                    how = (f"source country: a statement is placed at its speaker's country {cand.name}"
                           if kind == "source" else
                           f"article focus: '{cand.name}' is the place the article is about")
                    break
            if loc is None:
                doc.note(STAGE, event=event.id, decision="no place in the article")
                continue
            event.location = loc
            doc.note(STAGE, event=event.id, location=loc.name, country=loc.country, why=how)
        return doc


@register(EventLocator.name)
def make_stage(**config: object) -> EventLocator:
    return EventLocator(**config)
