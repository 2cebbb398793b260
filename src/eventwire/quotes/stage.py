"""The quotes stage: direct, indirect and mixed quotes, their speakers, cited outlets.

How quotes are found is in :mod:`.attribution` (passes) and :mod:`.marks` (quotation
marks); cue words are data (``data/cues.yaml``). This module turns what was found into
:class:`~eventwire.records.Quote` records: the speaker span becomes a records ``Actor``,
resolved to the actor mention that covers it, a pronoun through
``actors.coref.antecedent``, a floating quote to the speaker of the quote it follows.
"""

from __future__ import annotations

import re

from ..pipeline import Document, register
from ..records import Actor, ActorMention, Quote
from .attribution import Attributor, Found
from .lexicon import Cues, load_cues
from .sources import antecedent, mention_at


def _actor_from(mention: ActorMention | Actor | None, text: str, start: int, end: int) -> Actor:
    if mention is None:
        return Actor(text=text, name=_plain_name(text), start=start, end=end)
    return Actor(text=text, name=mention.name or mention.text, country=mention.country,
                 sector=mention.sector, code=mention.code, kind=mention.kind,
                 mention_id=getattr(mention, "id", None) or mention.mention_id, start=start, end=end)


def _plain_name(text: str) -> str:
    words = text.split()
    while words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    return " ".join(words) or text


class QuotesStage:
    name = "eventwire.quotes.v1"
    reads = ("spacy", "actors")
    writes = ("quotes", "outlets")

    def __init__(self, cues_path: str | None = None, **_: object):
        self.cues_path = cues_path

    def __call__(self, doc: Document) -> Document:
        cues = load_cues(self.cues_path)
        att = Attributor(doc, cues)
        found = att.run()
        doc.outlets = att.outlets
        speakers: dict[int, Actor | None] = {}
        previous: list[tuple[int, Actor]] = []
        quotes: list[Quote] = []
        for n, f in enumerate(found, start=1):
            speaker = self._speaker(doc, f, speakers, previous, cues)
            speakers[id(f)] = speaker
            if speaker is not None:
                previous.append((f.cue_offset, speaker))
            outlet = f.outlet or att.sentence_outlet(f.start) or att.sentence_outlet(f.cue_offset)
            quote = Quote(id=f"q{n}", text=doc.text[f.start:f.end], kind=f.kind, start=f.start, end=f.end,
                          speaker=speaker, cue=f.cue, outlet=outlet)
            quotes.append(quote)
            doc.note(self.name, quote=quote.id, kind=f.kind, rule=f.rule, cue=f.cue,
                     speaker=speaker.text if speaker else None,
                     speaker_name=speaker.name if speaker else None, outlet=outlet)
        for info in att.notes:
            doc.note(self.name, **info)
        for o in doc.outlets:
            doc.note(self.name, outlet=o.name, text=o.text, cue=o.cue)
        doc.quotes = quotes
        return doc

    def _speaker(self, doc: Document, f: Found, speakers: dict, previous: list, cues: Cues) -> Actor | None:
        if f.floating_from is not None:
            return speakers.get(id(f.floating_from))
        if f.speaker is None:
            return None
        s, e = f.speaker
        text = doc.text[s:e]
        if f.speaker_is_pronoun:
            ante = antecedent(doc, s, text, previous)
            if ante is None:
                return Actor(text=text, start=s, end=e, kind="person")
            return _actor_from(ante, text, s, e)
        proxy = _proxy_organisation(doc, text, s, e, cues)
        if proxy is not None:
            return proxy
        mention = mention_at(doc, s, e)
        if mention is None or not mention.name or mention.kind != "person":
            earlier = _definite_antecedent(doc, text, s, previous, cues)
            if earlier is not None:
                return _actor_from(earlier, text, s, e)
        return _actor_from(mention, text, s, e)


# "a spokesman for the Turkish presidency": up to two words, the proxy noun (group 1), and the body (group 2)
PROXY_SPEAKER = re.compile(r"(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,2}?(\w+)\s+(?:for|of|from|by)\s+(\S.*)$", re.S | re.I)


def _proxy_organisation(doc: Document, text: str, s: int, e: int, cues: Cues) -> Actor | None:
    """'A spokesman for the Turkish presidency' (no name given) speaks for the organisation:
    the speaker keeps its words but is named and coded as the organisation."""
    m = PROXY_SPEAKER.match(text)
    if m is None or m.group(1).lower() not in cues.proxy_nouns:
        return None
    os_, oe = s + m.start(2), e
    org = next((a for a in doc.actors if a.start is not None and a.kind not in ("person", "outlet")
                and a.start < oe and os_ < a.end and a.start >= os_ - 1), None)
    org_text = doc.text[os_:oe]
    if org is None:
        return Actor(text=text, name=_plain_name(org_text), start=s, end=e, kind="organization")
    actor = _actor_from(org, text, s, e)
    if org.end < oe - 1 and org_text.split() and org_text.split()[-1].lower() in cues.organisation_nouns:
        # "the Turkish presidency": the mention is only the country word; name the body itself
        actor.name = _plain_name(org_text)
    return actor


def _definite_antecedent(doc: Document, text: str, offset: int, previous: list,
                         cues: Cues) -> ActorMention | Actor | None:
    """'the minister said' after 'Foreign Minister Hossein Amirabdollahian said': the most
    recent earlier speaker or person whose words (or the title before them) hold the noun.
    'the group said' / 'the ministry said' (an organisation noun) refers back to an
    organisation only: an earlier non-person speaker or mention holding the noun, else the
    most recent earlier organisation speaker whose words hold no other organisation noun."""
    words = text.split()
    if len(words) < 2 or len(words) > 4 or words[0].lower() != "the" or not all(w.islower() for w in words[1:]):
        return None
    noun = words[-1].lower()
    if noun in cues.organisation_nouns:
        return _organisation_antecedent(doc, noun, offset, previous, cues)
    for o, actor in sorted(previous, key=lambda p: -p[0]):
        if o < offset and noun in actor.text.lower():
            return actor
    people = [m for m in doc.actors if m.kind == "person" and m.start is not None and m.start < offset]
    if doc.spacy is not None:
        people += [Actor(text=ent.text, name=ent.text, kind="person", start=ent.start_char, end=ent.end_char)
                   for ent in doc.spacy.ents if ent.label_ == "PERSON" and ent.start_char < offset]
    for m in sorted(people, key=lambda m: -m.start):
        context = doc.text[max(0, m.start - 40):m.end].lower()
        if noun in context:
            return m
    return None


def _organisation_antecedent(doc: Document, noun: str, offset: int, previous: list, cues: Cues):
    orgs = sorted(((o, a) for o, a in previous if o < offset and a.kind != "person"), key=lambda p: -p[0])
    for _, actor in orgs:
        if noun in actor.text.lower().split():
            return actor
    mentions = sorted((m for m in doc.actors if m.kind not in ("person", "outlet", "sector")
                       and m.start is not None and m.start < offset), key=lambda m: -m.start)
    for m in mentions:
        if noun in m.text.lower().split():
            return m
    for _, actor in orgs:
        if not set(actor.text.lower().split()) & cues.organisation_nouns:
            return actor
    return None


@register(QuotesStage.name)
def make_stage(**config: object) -> QuotesStage:
    return QuotesStage(**config)
