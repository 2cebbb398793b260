"""Who did it to whom: actors of a trigger from the dependency parse.

The functions here read a spaCy ``Doc`` plus the document's ``ActorMention`` list and return
:class:`Filler` objects: the actors found for a role and the tokens/rule that found them, so the
stage can explain every role in ``doc.note``.

Actor lookup under a token: a breadth-first walk over the token's subtree that never enters
relative clauses, adverbial or complement clauses (they describe something else); conjunctions
cost nothing (compound actors: "Hungarian and Romanian officials" -> both), every other edge
costs one. The actors at the lowest cost win: the head noun's own mention, else its modifiers
("US troops"), else prepositional attachments ("the head of the UN").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable

from ..records import Actor, ActorMention

SUBJ = ("nsubj", "csubj", "expl")
PASS_SUBJ = ("nsubjpass", "csubjpass")
OBJ_DEPS = ("dobj", "attr", "oprd", "acomp", "advmod", "npadvmod", "xcomp", "ccomp", "obj", "dative")
BLOCK = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "parataxis", "csubj", "punct", "mark", "cc",
                   "det", "neg", "aux", "auxpass", "prep_by_skip", "dep", "meta", "predet", "case"})
FREE = frozenset({"conj"})
MAX_COST = 3
PRONOUNS = frozenset({"he", "she", "it", "they", "him", "her", "them", "we", "us", "i", "his", "its", "their", "our"})
ADJECTIVAL_PASSIVES = frozenset({"commit", "prepare", "determine", "resolve", "dispose", "inclined", "oppose"})
RELATIVE = frozenset({"who", "which", "that", "whom", "whose"})
# disarmament verbs whose agentless passive has the disarmed as actor: "two thousand rebels have been
# demobilized" is the rebels laying down arms (manual, RETREAT disarm), not an act on them by nobody
SELF_PASSIVES = frozenset({"disarm", "demobilize", "demobilise", "demobilized", "demobilised", "decommission"})
# intransitive verbs the tagger misreads as a reduced relative ("youths resorted to throwing stones"
# parsed as 'youths [who were] resorted'): the noun is their subject, they have no passive
# also speech/protest verbs after a comma ("..., a rights group protested here Wednesday"), when the
# participle has no by-agent and no object of its own
INTRANSITIVE_ACL = frozenset({"resort"})
# "want/need/have X done": the participle is passive, X is acted on
# (a past form after them is a participle too: "wants the troops pulled out" is never finite)
CAUSATIVE_HEADS = frozenset({"want", "need", "have", "get", "like", "prefer", "order"})
SPEECH_ACL = frozenset({"protest", "say", "warn", "complain", "insist", "charge", "allege"})


@dataclass
class Filler:
    """Actors filling one role, with the evidence."""

    actors: list[Actor] = field(default_factory=list)
    tokens: list[str] = field(default_factory=list)
    how: str = ""

    def __bool__(self) -> bool:
        return bool(self.actors)


def to_actor(m: ActorMention | Actor) -> Actor:
    if isinstance(m, ActorMention):
        return Actor(text=m.text, name=m.name, country=m.country, sector=m.sector, code=m.code,
                     kind=m.kind, mention_id=m.id, start=m.start, end=m.end)
    return m


def actor_key(a: Actor) -> tuple:
    return (a.name or a.text, a.country, a.code)


class ActorIndex:
    """Token index -> the longest ActorMention covering that token (one per document)."""

    def __init__(self, sdoc: Any, mentions: Iterable[ActorMention]):
        self.sdoc = sdoc
        self.by_token: dict[int, ActorMention] = {}
        self.mentions = sorted(mentions, key=lambda m: (m.start, -(m.end - m.start)))
        for m in self.mentions:
            span = sdoc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            for tok in span:
                old = self.by_token.get(tok.i)
                if old is None or (old.end - old.start) < (m.end - m.start):
                    self.by_token[tok.i] = m

    def at(self, tok: Any) -> ActorMention | None:
        return self.by_token.get(tok.i)

    def under(self, tok: Any, *, skip: Iterable[Any] = ()) -> Filler:
        """Actors in ``tok``'s phrase at the lowest dependency cost (see module docstring)."""
        skip_ids = {t.i for t in skip}
        best: list[tuple[int, ActorMention, Any]] = []
        frontier = [(0, tok)]
        seen = {tok.i}
        while frontier:
            cost, t = frontier.pop(0)
            if cost > MAX_COST:
                continue
            m = self.at(t)
            if m is not None:
                if not best or cost < best[0][0]:
                    best = [(cost, m, t)]
                elif cost == best[0][0]:
                    best.append((cost, m, t))
                # do not descend into a mention's own tokens for other mentions at higher cost,
                # but conjuncts of the mention's head still count (free edges)
            for child in t.children:
                if child.i in seen or child.i in skip_ids or child.dep_ in BLOCK:
                    continue
                seen.add(child.i)
                step = 0 if (child.dep_ in FREE or (m is not None and self.at(child) is m)) else 1
                if child.dep_ == "pobj":
                    step = 0  # prep + pobj count as one level
                frontier.append((cost + step, child))
            frontier.sort(key=lambda x: x[0])
        if not best:
            return Filler()
        out: list[Actor] = []
        keys: set = set()
        toks: list[str] = []
        for _, m, t in best:
            a = to_actor(m)
            k = (m.entity or m.id)
            if k in keys:
                continue
            keys.add(k)
            out.append(a)
            toks.append(f"{t.text}@{t.idx}")
        return Filler(out, toks, f"under '{tok.text}'")


def child(tok: Any, *deps: str) -> Any | None:
    for c in tok.children:
        if c.dep_ in deps:
            return c
    return None


def children(tok: Any, *deps: str) -> list[Any]:
    return [c for c in tok.children if c.dep_ in deps]


def is_passive(verb: Any) -> bool:
    return any(c.dep_ in PASS_SUBJ or c.dep_ == "auxpass" for c in verb.children)


def prep_children(tok: Any) -> list[Any]:
    """Preposition-like children of a trigger, including those hung on its particle or object."""
    out = [c for c in tok.children if c.dep_ in ("prep", "agent", "dative", "prt", "advmod")]
    for c in list(out) + children(tok, "dobj"):
        if c.dep_ in ("prt", "advmod", "dobj"):
            out.extend(cc for cc in c.children if cc.dep_ in ("prep", "dative"))
    return out


def pobj_of(prep: Any) -> Any | None:
    return child(prep, "pobj", "pcomp") or (prep if prep.pos_ in ("NOUN", "PROPN") else None)


def subject_token(verb: Any, depth: int = 0) -> tuple[Any | None, str]:
    """The token that is the logical subject of ``verb`` (source side), and how it was found."""
    if depth > 4:
        return None, ""
    if is_passive(verb) and verb.lemma_.lower() in ADJECTIVAL_PASSIVES and child(verb, "agent") is None:
        subj = child(verb, *PASS_SUBJ)
        if subj is not None:  # "Vietnam is committed to ...": a state, not a passive action
            return subj, "nsubj"
    if is_passive(verb):
        agent = child(verb, "agent")
        if agent is None:
            # "was charged with murder by prosecutors": the by-agent hung on the charge's object
            agent = next((a for p in verb.children if p.dep_ == "prep" and p.lower_ in ("with", "for", "of")
                          and (o := pobj_of(p)) is not None for a in o.children
                          if a.dep_ == "agent" or (a.dep_ == "prep" and a.lower_ == "by")), None)
        if agent is not None:
            p = pobj_of(agent)
            if p is not None:
                return p, "passive agent"
        subj = child(verb, *PASS_SUBJ)
        if subj is not None and verb.lemma_.lower() in SELF_PASSIVES:
            return subj, "agentless passive of disarmament: the disarmed act"
        return None, "passive without agent"
    subj = child(verb, *SUBJ)
    if subj is not None and verb.tag_ == "VBN" and verb.dep_ != "ROOT" and subj.dep_ == "nsubj" \
            and child(verb, "aux", "auxpass", "dobj") is None and (verb.dep_ in ("relcl", "acl") or (
                verb.i + 1 < len(verb.doc) and (nxt := verb.doc[verb.i + 1]).tag_ in ("VBD", "VBZ", "VBP", "MD")
                and child(nxt.head if nxt.dep_ in ("aux", "auxpass") else nxt, "nsubj", "nsubjpass") is None)):
        # "claimed the people detained were a threat", parsed as 'people' subject of 'detained' and
        # 'were' left without one: a participle without auxiliary before the clause's own finite verb
        # is a reduced relative, its noun the one acted on (hostages are no captors); so is such a
        # participle parsed as a relative clause ("the hostages, aid workers seized in Baghdad, ...")
        agent = child(verb, "agent")
        p = pobj_of(agent) if agent is not None else None
        return p, ("passive agent" if p is not None else "participle without auxiliary: its noun is acted on")
    if subj is not None and verb.tag_ in ("VBN", "VBD") and verb.dep_ in ("ccomp", "xcomp") and subj.dep_ == "nsubj" \
            and verb.head.lemma_.lower() in CAUSATIVE_HEADS and child(verb, "aux", "auxpass") is None:
        # "wants the troops pulled out of Kandahar": the troops are to be withdrawn by someone else
        agent = child(verb, "agent")
        p = pobj_of(agent) if agent is not None else None
        return p, ("passive agent" if p is not None else f"'{verb.head.text} X {verb.text}': X is acted on")
    if subj is not None:
        if subj.lower_ in RELATIVE and verb.dep_ == "relcl":
            return verb.head, "relative clause head"
        return subj, "nsubj"
    if verb.dep_ == "relcl":
        return verb.head, "relative clause head"
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN") and verb.tag_ in ("VBD", "VBN") and (
            verb.lemma_.lower() in INTRANSITIVE_ACL
            or (verb.lemma_.lower() in SPEECH_ACL and child(verb, "agent", "dobj") is None
                and verb.i > 0 and verb.head.dep_ == "appos" and verb.head.i == verb.i - 1)):
        return verb.head, f"misparsed finite '{verb.text}': the noun is its subject"
    if verb.dep_ == "acomp" and verb.lemma_.lower() in ADJECTIVAL_PASSIVES and verb.head.i != verb.i:
        subj = child(verb.head, *SUBJ)  # "X is opposed to Y" parsed with 'opposed' as acomp of 'is'
        if subj is not None:
            return subj, "nsubj"
    if verb.dep_ == "acl" and verb.tag_ == "VBG":
        # "troops attacking the village": the noun itself; "issued a statement condemning X":
        # the subject of the verb that produced the statement
        noun = verb.head
        if noun.dep_ in ("dobj", "attr") and noun.head.pos_ in ("VERB", "AUX"):
            return subject_token(noun.head, depth + 1)[0] or noun, "participle of the object of '" + noun.head.text + "'"
        return noun, "participle head"
    if verb.dep_ == "conj" and verb.head.i != verb.i:
        own_agent = child(verb, "agent")
        if own_agent is not None and pobj_of(own_agent) is not None and verb.tag_ == "VBN":
            # "welcomed by Israel but condemned by Syria": the conjunct's own agent
            return pobj_of(own_agent), "passive agent"
        finite = verb.tag_ in ("VBD", "VBZ", "VBP") or any(
            a.dep_ == "aux" and a.lower_ in ("will", "would", "shall", "'ll") for a in verb.children)
        if is_passive(verb.head) and not is_passive(verb) and finite and not any(
                a.dep_ == "aux" and a.lower_ in ("can", "could", "may", "might") for a in verb.children) \
                and (ps := child(verb.head, *PASS_SUBJ)) is not None:
            # "the minister was indicted by the court and will resign": the shared subject resigns,
            # not the first verb's agent ("was shot and killed": one passive, left alone; "is built
            # and can launch missiles": a capability, left alone)
            return ps, "conjunct of a passive: its subject"
        tok, how = subject_token(verb.head, depth + 1)
        return tok, ("conjunct: " + how) if tok is not None else ""
    if verb.dep_ in ("xcomp", "advcl", "pcomp") and verb.head.i != verb.i:
        head = verb.head
        if verb.dep_ == "pcomp":  # "after attacking Y, X ..." / "by sending troops"
            head = head.head
        # object control: "urged Iran to stop", "called on Iran to stop"
        if verb.dep_ == "xcomp":
            obj = child(head, "dobj")
            if obj is not None and obj.i < verb.i:
                return obj, "object control"
            for p in children(head, "prep"):
                if p.lower_ in ("on", "upon") and pobj_of(p) is not None and p.i < verb.i:
                    return pobj_of(p), "object control (on)"
        tok, how = subject_token(head, depth + 1)
        return tok, ("controlled by '" + head.text + "': " + how) if tok is not None else ""
    return None, ""


def event_place(tok: Any, nouns: Iterable[Any] = ()) -> tuple[str | None, str]:
    """The one state where the event of trigger ``tok`` happened, for an actor the text does not
    name (ICEWS practice: "Unidentified Gunmen (Iraq)"): the locative phrases of the trigger's
    clause ("were killed ... outside the city of Basra", "rioted at a jail in Dili") and of the
    given nouns, typically the weapon or attack phrase that stands where the actor would ("a
    roadside bombing near the town of Samarra killed ..."). Returns (ISO3, place text), or
    (None, "") when no place is named or the places lie in two states. The caller lowers the
    actor's confidence and says why ("no attacker named; event place Samarra -> IRQ")."""
    from ..actors.mentions import CLAUSE_PLACE_PREPS, _places_under, clause_place

    found: dict[str, str] = {}
    country, what = clause_place(tok)
    if country:
        found[country] = what
    for n in nouns:
        if n is None:
            continue
        for p in n.children:
            if p.dep_ == "prep" and p.lower_ in CLAUSE_PLACE_PREPS:
                for c, w in _places_under(p).items():
                    found.setdefault(c, w)
    return _one_named_place(tok, found)


def _one_named_place(tok: Any, found: dict[str, str]) -> tuple[str | None, str]:
    """(ISO3, place text) when the found places lie in one state, else (None, ""). Not places the
    tagger reads as an organisation, a person or a building/street: a street corner "of Trinity
    and Sixth Street" (ORG) is no town in Jersey. (The small tagger often calls towns NORP, "near
    the town of Samarra": those stay.)"""
    ents = [e.text for e in tok.sent.ents if e.label_ in ("ORG", "PERSON", "FAC")]
    found = {c: w for c, w in found.items() if not any(w == e or w in e.split() for e in ents)}
    if len(found) != 1:
        return None, ""
    (country, what), = found.items()
    return country, what


VISIT_PREPS = ("in", "to")


def visit_host(tok: Any) -> tuple[str | None, str]:
    """The state a visit goes to when the text names only a place ("arrived in Amman on a visit",
    "flew to Nairobi", "visited Kabul"): the country of the city or region in the trigger's goal
    or locative phrase, or of its direct object (manual, CONSULT visit: the host is the actor
    visited; a city stands for its state). Returns (ISO3, place text), or (None, "") when no place
    or places of two states are named."""
    from ..actors.mentions import _place_country, _places_under

    found: dict[str, str] = {}
    for p in prep_children(tok):
        if p.lower_ in VISIT_PREPS and p.dep_ != "agent":
            for c, w in _places_under(p).items():
                found.setdefault(c, w)
    obj = child(tok, "dobj")
    if obj is not None and obj.pos_ == "PROPN":
        k = obj.left_edge.i if obj.left_edge.pos_ == "PROPN" else obj.i
        country, what, _ = _place_country(tok.doc, k)
        if country:
            found.setdefault(country, what)
    return _one_named_place(tok, found)
