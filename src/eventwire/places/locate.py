"""Event location: attach a place to every event.

The rule follows what an analyst coding ICEWS/POLECAT expects: an event happens where the text
says it happened; a statement happens where its speaker is; a country that is only a party to
the event (a target, "a swipe at the U.S.") is never its location. In order, for each event:

1. ``preposition``: a place governed by a locative preposition ("in", "at", "near", "outside",
   "across", ...) attached in the parse to the trigger, to its object, or to the verb whose
   object the trigger is ("launched an attack in Herat"), or to a participle clause on the
   trigger ("Speaking in Geneva, Lavrov accused ...");
   — for a statement, never one that is the mention of an actor other than its speaker
   ("Putin pushed back on the U.S. military" is not in the US);
2. for a statement (verbal event: quad class 1 or 3, or a quote) whose place the text does not
   give, ``source country``: the country of its source actors when they agree (a Putin-Biden
   summit has none), at country level — the places a statement talks about are not where it
   was made ("Putin called for an end to interference in Afghanistan" is a Russian statement);
3. ``sentence``: the most specific confident place in the event's sentence that is not the
   mention of one of the event's TARGET actors (for a statement: of any actor but its
   speakers, unless a locative preposition governs it); places that are no actor's mention
   come before the source's own mention;
4. the ``article focus``; then (for an event that is not a statement) the source's country.

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
    # "Speaking in Geneva, Lavrov accused ...": a participle clause on the trigger
    heads += [c for c in trigger.children if c.dep_ == "advcl" and c.tag_ in {"VBG", "VBN"}]
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
    """The source actors' country, when they have one and agree (a Putin-Biden summit has none)."""
    countries = {a.country for a in event.source if a.country and len(a.country) == 3}
    if len(countries) != 1:
        return None
    return country_location(countries.pop())


STRONG_LOCATIVE = {"in", "at", "near", "inside", "outside", "across", "throughout", "within", "around"}


def _strongly_located(doc: Document, p: Place) -> bool:
    """Is the place the object of an unambiguous locative preposition ("in Afghanistan")?"""
    if doc.spacy is None:
        return False
    span = doc.spacy.char_span(p.start, p.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    while root.dep_ in {"compound", "amod", "poss", "nmod"} and root.head is not root:
        root = root.head
    return root.dep_ == "pobj" and root.head.lower_ in STRONG_LOCATIVE


def excluded_spans(doc: Document, event: Event) -> list[tuple[int, int]]:
    """Places that cannot locate this event: its targets' mentions, and for a statement every
    other actor's mention that no locative preposition governs ("Nigeria condemned" is in
    Nigeria; "Putin pushed back on the U.S. military" is not in the US; "values imposed in
    Afghanistan" still names Afghanistan)."""
    targets = _actor_spans(event.target)
    spans = list(targets)
    if is_statement(event):
        own = _actor_spans(event.source)
        spans += [s for s in _actor_spans(doc.actors) if not any(s[0] < e and o < s[1] for o, e in own)]
        free = [p for p in doc.places if event.start <= p.start < event.end and _strongly_located(doc, p)
                and not _inside(p, targets)]
        spans = [s for s in spans if not any(p.start < s[1] and s[0] < p.end for p in free)]
    return spans


def sentence_place(doc: Document, event: Event, excluded: list[tuple[int, int]]) -> Place | None:
    """The most specific place in the event's sentence outside the ``excluded`` spans
    (:func:`excluded_spans`); places that are no actor's mention first."""
    in_sentence = _places_in(doc.places, event.start, event.end)
    actors = _actor_spans(doc.actors) + _actor_spans(event.source)
    ok = [p for p in in_sentence if not _inside(p, excluded)]
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
            excluded = excluded_spans(doc, event)
            hit = prepositional_place(doc, event)
            if hit and is_statement(event) and _inside(hit[0], excluded):
                hit = None  # "pushed back on the U.S. military": a party, not a place
            if hit:
                place, why = hit
                loc, how = location_of(place), f"preposition: {why}"
            if loc is None:
                place = sentence_place(doc, event, excluded)
                steps = [
                    ("sentence", location_of(place) if place is not None else None),
                    ("focus", location_of(focus) if focus is not None else None),
                    ("source", source_country(event)),
                ]
                if is_statement(event):  # the speaker's country before the places it talks about
                    steps.insert(0, steps.pop(2))
                for kind, cand in steps:
                    if cand is None:
                        continue
                    loc = cand
                    how = {"sentence": f"sentence: '{place.text if place else ''}' is the most specific "
                                       f"place in the event's sentence",
                           "focus": f"article focus: '{cand.name}' is the place the article is about",
                           "source": f"source country: a statement is placed at its speaker's "
                                     f"country {cand.name}"}[kind]
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
