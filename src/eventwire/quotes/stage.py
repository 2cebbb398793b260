"""The quotes stage: direct, indirect and mixed quotes, their speakers, cited outlets.

How quotes are found is in :mod:`.attribution` (passes) and :mod:`.marks` (quotation
marks); cue words are data (``data/cues.yaml``). This module turns what was found into
:class:`~eventwire.records.Quote` records: the speaker span becomes a records ``Actor``,
resolved to the actor mention that covers it, a pronoun through
``actors.coref.antecedent``, a floating quote to the speaker of the quote it follows.
"""

from __future__ import annotations

from ..pipeline import Document, register
from ..records import Actor, ActorMention, Quote
from .attribution import Attributor, Found
from .lexicon import load_cues
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
            speaker = self._speaker(doc, f, speakers, previous)
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

    def _speaker(self, doc: Document, f: Found, speakers: dict, previous: list) -> Actor | None:
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
        mention = mention_at(doc, s, e)
        if mention is None or not mention.name or mention.kind != "person":
            earlier = _definite_antecedent(doc, text, s, previous)
            if earlier is not None:
                return _actor_from(earlier, text, s, e)
        return _actor_from(mention, text, s, e)


def _definite_antecedent(doc: Document, text: str, offset: int, previous: list) -> ActorMention | Actor | None:
    """'the minister said' after 'Foreign Minister Hossein Amirabdollahian said': the most
    recent earlier speaker or person whose words (or the title before them) hold the noun."""
    words = text.split()
    if len(words) < 2 or len(words) > 4 or words[0].lower() != "the" or not all(w.islower() for w in words[1:]):
        return None
    noun = words[-1].lower()
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


@register(QuotesStage.name)
def make_stage(**config: object) -> QuotesStage:
    return QuotesStage(**config)
