"""The event coder: lexicon triggers + dependency roles -> PLOVER events.

One pass per sentence:

1. **Match.** Every verb/noun token is looked up by lemma in the trigger lexicon; the most
   specific entry whose particle/preposition/object constraints hold wins (``match``).
2. **Compose.** Governing triggers (``governs:`` in the lexicon) absorb an event complement:
   "called on X to withdraw" is one REQUEST (mode yield), "threatened to shell" one THREATEN
   (mode violence), "agreed to provide aid" one AGREE, "refused to release" a REJECT plus the
   negated complement, "denied attacking" the negated complement only.
3. **Roles.** Source from the subject (passive: the by-agent; nominal: possessor, by-phrase,
   nationality modifier, or the subject of a light verb such as "launch an attack"); target per
   the entry's ``target`` list. Subject pronouns bind first to the subject of a governing speech
   or commitment verb ("Hamas said it would ..."), then go through ``actors.coref.antecedent``;
   object pronouns take coref first; a pronoun never takes its clause-mate's actor and must fit
   by kind and number (``resolve_pronoun``). No source actor -> no event, and an outlet (kind
   ``outlet``) is never a source of a speech act. A passive without a by-agent has no source and
   gives no event, except a weapon agent (UNK, ``unidentified_agent``; with the country of the
   event place when one state is named, ICEWS "Unidentified Gunmen (Iraq)") and an arrest/jailing
   in a named place (the authorities of that state, ``unidentified_authorities``). Country-less civilians of a PROTEST take the country of its "in
   <place>" (manual, CVL: domestic entities). No event at all for a definite event noun that refers
   back ("the recent visit", "after his withdrawal") or an opinion-poll share as subject ("43% of
   Americans supported"); cues.yaml lists the words.
4. **Modality/negation.** ``neg`` dependents and negation words -> ``negated``; modals, plan/
   intend/expect-type governors, conditionals and questions -> ``modality``. Per the PLOVER
   manual, future/intended CONSULT/SUPPORT/COOPERATE/AID become AGREE, future RETREAT becomes
   CONCEDE, and announced future material conflict becomes THREATEN.
5. **Reported speech.** A trigger inside the complement of a speech verb, or inside a quote, gets
   ``reported_by`` = the speaker when the speaker is not the event's own source.

Confidence (0..1), calibrated on the 150 events judged in the 2026 precision read (before: the
share correct was flat across confidence; after: correct 14% / 28% / 33% / 55% and wrong 76% / 36% /
19% / 10% in the bands <0.5 / 0.5-0.7 / 0.7-0.85 / >=0.85). Start from the entry's base (default
0.8); +0.1 when the source is the trigger's own subject/possessor, else -0.1; -0.05 through a
pronoun; +0.05 with a target actor; +0.05 for a composed (governor + complement) event; -0.05 per
embedding level (at most 3); -0.05 for a nominal trigger; -0.1 when reported by a third party;
-0.15 when negated; -0.1 when no source actor has a country; -0.2 when an explicit past year/era
marks it historical; any ``modality`` (future, intended, possible, hypothetical, question) caps it
at min(conf - 0.3, 0.4). Clamped to [0.05, 0.99].

Precision rules (2026 precision read; each defended from the manual, data in cues.yaml): sense
restrictions by object (``sense_restrictions``); promises/agreements are AGREE, THREATEN only for a
conflict act on a recipient; the main clause of a conditional, the content of a claim and a third
party's prediction are ``hypothetical``; a nominal trigger with only a possessor as source is no
event unless a light verb realises it; role/capacity relative clauses, habitual adverbs, present
passive labels and stative possession give no event; verbal "protest" by a non-collective actor is
ACCUSE; "challenged X to" is REQUEST; visits need a foreign host; offers need a recipient; an
explicit past year/era on the clause sets ``historical`` (and says so in ``rule``; NOTE: the dates
stage currently recomputes ``historical`` from the attached date and may overwrite it).

Precision read 4 (issue 3; ``weak_trigger``, ``generic_clause``, ``sense_restrictions`` and the
cue lists named there): refusals to comment, questions ("asked why"), agreeing with a view, labels
("criticised X as an invasion"), prayers, words of an actor's name, reason clauses of blame
("condemned X for putting pressure on Y"), tallies and repeated or aggregate acts ("five times",
"numerous demonstrations", "regularly"), majority opinion, civilians resigning and a person
withdrawing with no forces give no event; single-country exercises are MOBILIZE; requested, told,
allowed, prevented and optional acts, inverted conditionals and the content of rumours are
``hypothetical``; "previously", when-clauses and participles of a dated clause are ``historical``.
The stage merges a later sentence that repeats an act already coded (``repeats_across_sentences``).

Precision read 5 (issue 3; ``targets``, ``requested_clause``, ``condition_party``, ``weak_trigger`` and
the cue lists named there): targets the sentence names are found in the demanded clause ("demanded
that X ...", "called for X to ..."), the if/unless condition or the recipient of a threatened act, an
appeal or offer "from X", a demand noun's that-clause, "up to N" objects, past the source's own
actors; the object word itself ("voiced their opposition") and a meeting's topic are no targets.
Legal texts, unarmed organisations (for military acts), accidents, hostages in reduced relatives and
"want X pulled out" give no actor; warnings that state a fact, verbal attacks ("attacked X as",
"attacked the Act": ACCUSE), acts objected to, talked of or judged (im)possible, and the offence a
person is charged with are not coded as those acts; security forces blocking streets COERCE.

Modal events are KEPT (never silently dropped) with ``modality`` set and confidence <= 0.4: the
default analyst views should filter ``modality is not None`` (and ``negated``) out of the main event
table and show them in a side table (manual, Auxiliary modes).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .. import CODER_VERSION
from ..records import Actor, Event, event_id
from .lexicon import Entry, cameo_score, load_cues, load_lexicon, sentence_contexts
from .roles import (
    PRONOUNS, ActorIndex, Filler, actor_key, child, children, event_place, is_passive, pobj_of, prep_children,
    subject_token, to_actor, visit_host,
)

STAGE = "eventwire.events.v1"
COOP_TYPES = {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID"}
CONCEDE_TYPES = {"RETREAT", "CONCEDE"}
CONFLICT_TYPES = {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST", "THREATEN"}
STATE_KINDS = {"country", "government", "igo"}
STATE_SECTORS = {"GOV", "MIL", "IGO", "JUD", "LEG"}
COMPLEMENT_DEPS = ("xcomp", "ccomp", "advcl", "acl", "pcomp")
VERB_POS = ("VERB", "AUX")
NOUN_POS = ("NOUN", "PROPN")
TOPIC_PREPS = frozenset({"about", "regarding", "concerning", "on", "over"})


@dataclass
class Match:
    entry: Entry
    token: Any
    consumed: list[Any] = field(default_factory=list)  # tokens used by object/prep constraints


@dataclass
class Draft:
    """An event under construction, with its explanation."""

    match: Match
    type: str
    mode: str | None
    cameo: str
    source: Filler
    target: Filler
    negated: bool = False
    modality: str | None = None
    reported_by: Actor | None = None
    confidence: float = 0.8
    rule: str = ""
    why: list[str] = field(default_factory=list)
    contexts: list[str] = field(default_factory=list)
    historical: bool = False


# ----------------------------------------------------------------------------- matching


def _lemma(tok: Any) -> str:
    fixes = load_cues().get("lemma_fixes") or {}
    return fixes.get(tok.lower_) or tok.lemma_.lower()


def _word_match(tok: Any, alts) -> bool:
    """Does ``tok`` (with the words before it) match one of the word-sequence alternatives?"""
    if alts is None:
        return True
    for words in alts:
        if not words:
            continue
        if words[-1] not in (_lemma(tok), tok.lower_):
            continue
        before = [t for t in tok.doc[max(0, tok.i - 6):tok.i] if t.text != "-"]
        need = list(words[:-1])
        if not need:
            return True
        got = [t.lower_ for t in before[-len(need):]]
        lem = [_lemma(t) for t in before[-len(need):]]
        if got == need or lem == need:
            return True
    return False


def _recoded(alt: Any, cameo: str) -> tuple[str, str | None, str]:
    """(type, mode, cameo) per a recoding (an entry's ``if_*`` item, a cue ``recode``): the CAMEO
    code stays when the recoding names none."""
    alt = dict(alt)
    return alt["type"], alt.get("mode"), alt.get("cameo", cameo)


def _verb_constraints(entry: Entry, tok: Any) -> list[Any] | None:
    """Tokens consumed if ``entry``'s constraints hold on verb ``tok``, else None."""
    consumed: list[Any] = []
    kids = list(tok.children)
    for p in entry.particles:
        hit = next((c for c in kids if c.dep_ in ("prt", "advmod", "prep") and c.lower_ == p), None)
        if hit is None:
            return None
        consumed.append(hit)
    preps = prep_children(tok)
    for p, objs in entry.preps:
        found = None
        if objs is None:
            # "called for the leaders to resign": the parser makes 'for' the mark of the infinitive
            # clause, not a preposition of the verb; the clause is the demanded act
            found = next((mk for c in kids if c.dep_ in ("advcl", "xcomp", "ccomp") and c.i > tok.i
                          for mk in c.children if mk.dep_ == "mark" and mk.lower_ == p == "for"
                          and child(c, "nsubj", "nsubjpass") is not None), None)
            if found is not None:
                consumed.append(found)
                continue
        for c in preps:
            if c.lower_ != p or c in consumed:
                continue
            obj = pobj_of(c)
            if objs is None:
                found = c
                break
            if obj is not None and _word_match(obj, objs):
                found = c
                consumed.append(obj)
                break
            # "hand in weapons": the object is the verb's dobj, not the particle's
            dobj = child(tok, "dobj")
            if obj is None and dobj is not None:
                # "handed over 300 tonnes of rice": the thing is the of-object of a quantity
                things = [dobj] + [o for p in children(dobj, "prep") if p.lower_ == "of"
                                   and (o := pobj_of(p)) is not None]
                hit = next((t for t in things if _word_match(t, objs)), None)
                if hit is not None:
                    found = c
                    consumed.append(hit)
                    break
        if found is None:
            return None
        consumed.append(found)
    if entry.objects is not None:
        obj_deps = ("dobj", "attr", "oprd", "acomp", "advmod", "npadvmod", "xcomp", "ccomp", "dative")
        if is_passive(tok):
            obj_deps = obj_deps + ("nsubjpass",)
        # "evacuated the wounded": a participle with a determiner is a nominal object
        cands = [c for c in kids if c.dep_ in obj_deps and (c.pos_ not in VERB_POS or child(c, "det") is not None)]
        # "allowed exiles to return": the parser may make the object the subject of the infinitive
        cands += [s for c in kids if c.dep_ in ("xcomp", "ccomp") and c.pos_ in VERB_POS
                  for s in c.children if s.dep_ == "nsubj" and s.pos_ in NOUN_POS]
        # "held talks and meetings": conjuncts of the object count too
        cands += [cc for c in list(cands) for cc in c.conjuncts]
        # "allowed candidate Alassane Ouattara to run": a named person's title noun
        cands += [cc for c in list(cands) if c.pos_ == "PROPN" for cc in c.children
                  if cc.dep_ == "compound" and cc.pos_ == "NOUN"]
        # "5 million dollars of aid", "tons of food": the thing is the of-object of a quantity
        for c in list(cands):
            for p in children(c, "prep"):
                if p.lower_ == "of" and (o := pobj_of(p)) is not None:
                    cands.append(o)
        hit = next((c for c in cands if _word_match(c, entry.objects)), None)
        if hit is None:
            return None
        consumed.append(hit)
    return consumed


def _noun_constraints(entry: Entry, tok: Any) -> list[Any] | None:
    if not entry.modifiers:
        return []
    if _word_match(tok, (entry.modifiers + (entry.lemma,),)):
        return [t for t in tok.doc[max(0, tok.i - len(entry.modifiers)):tok.i]]
    return None


def match(tok: Any) -> Match | None:
    lex = load_lexicon()
    lemma = _lemma(tok)
    if tok.pos_ in VERB_POS or tok.tag_.startswith("VB"):
        for entry in lex.verbs.get(lemma, ()):
            consumed = _verb_constraints(entry, tok)
            if consumed is not None:
                return Match(entry, tok, consumed)
    if tok.pos_ in NOUN_POS:
        if tok.dep_ == "compound" and tok.head.pos_ in NOUN_POS:
            return None  # "summit" in "summit meeting": the head noun is the trigger
        for key in {lemma, tok.lower_}:
            for entry in lex.nouns.get(key, ()):
                consumed = _noun_constraints(entry, tok)
                if consumed is not None:
                    return Match(entry, tok, consumed)
    return None


# ----------------------------------------------------------------------------- the coder


# dependencies that open a new clause: a year or era below one is not on the trigger's clause
CLAUSE_BOUNDARIES = frozenset({"ccomp", "advcl", "relcl", "parataxis", "acl", "csubj", "conj"})


class SentenceCoder:
    """Codes the events of one document (sentence by sentence)."""

    def __init__(self, doc: Any):
        self.doc = doc
        self.sdoc = doc.spacy
        self.cues = load_cues()
        # pronoun binders (speech or commitment verbs) and verbs that realise a nominal act, once per document
        self.binders = self.cues["speech_verbs"] | self.cues["intent_governors"]
        self.realisers = self.cues["realising_verbs"] | self.cues["light_verbs"]
        self.index = ActorIndex(self.sdoc, [a for a in doc.actors])
        self.quotes = list(doc.quotes or [])
        try:  # the actors stage's coreference, when it has landed
            from ..actors.coref import antecedent as _antecedent  # type: ignore
        except Exception:  # noqa: BLE001 - optional dependency on a sibling stage
            _antecedent = None
        self._antecedent = _antecedent
        self._sent_texts: dict[int, str] = {}
        self._sents: list[Any] | None = None  # the document's sentences, listed when a he/she first asks

    def sent_text(self, sent: Any) -> str:
        """A sentence's text, read once: spaCy joins the tokens on every ``.text`` read, and the
        boilerplate check, every trigger's question test and every event record want it."""
        text = self._sent_texts.get(sent.start)
        if text is None:
            text = self._sent_texts[sent.start] = sent.text
        return text

    # ------------------------------------------------------------------ actors for a token

    def actors_of(self, tok: Any | None, how: str, skip: tuple = ()) -> Filler:
        if tok is None:
            return Filler()
        if tok.lower_ in PRONOUNS and self.index.at(tok) is None:
            return self.resolve_pronoun(tok, how)
        f = self.index.under(tok, skip=skip)
        if not f and _lemma(tok) in self.cues["speech_nouns"]:
            owner = child(tok, "poss", "compound")
            if owner is not None:
                f = self.actors_of(owner, how + " (speaker of '" + tok.text + "')")
        if f:
            f.how = how + "; " + f.how
        return f

    def resolve_pronoun(self, tok: Any, how: str) -> Filler:
        """A pronoun's actor: same-sentence binding to the subject of the governing clause first
        ("Hamas said it would ...", "X told police that if he wanted to ..., he would ..."), then
        the actors stage's coreference (the most recent compatible mention), a first person in a
        quote, the nearest person. An object pronoun never takes the actor of its own clause's
        subject (binding: "he would shoot him" has two people; the same one would be "himself"),
        nor does a subject pronoun take a name its clause-mate pronoun acts on ("if he wanted to
        kill Senator X, he would ..." : he is not the senator)."""
        excluded = self.pronoun_exclusions(tok)

        def ok(actors: list[Actor]) -> bool:
            return not any(actor_key(a) in excluded for a in actors)

        if tok.dep_ in ("nsubj", "nsubjpass", "poss"):
            # "X said/vowed that he ...": the speaker's pronoun, before any nearer name
            f = self.bind_pronoun(tok, how, ok, speech_only=True) or self.coref_pronoun(tok, how, ok) \
                or self.bind_pronoun(tok, how, ok)
        else:  # an object pronoun: "urged them to ..." rarely means the urging subject's own people
            f = self.sentence_noun(tok, how, ok) or self.coref_pronoun(tok, how, ok) or self.bind_pronoun(tok, how, ok)
        if f:
            return f
        # inside a quote, first person means the speaker
        if tok.lower_ in ("we", "i", "us", "our"):
            q = self.quote_at(tok.idx)
            if q is not None and q.speaker is not None and ok([q.speaker]):
                return Filler([q.speaker], [f"{tok.text}@{tok.idx}"], how + "; first person in quote -> speaker")
        # he/she: the nearest person mentioned before, within the previous two sentences
        if tok.lower_ in ("he", "she", "his", "her", "him"):
            sent_start = tok.sent.start
            if self._sents is None:
                self._sents = list(self.sdoc.sents)  # .sents walks every token of the doc anew
            prev = [s for s in self._sents if s.end <= sent_start][-2:]
            lo = prev[0].start_char if prev else tok.sent.start_char
            cands = [m for m in self.index.mentions if lo <= m.start < tok.idx and m.kind == "person"
                     and ok([to_actor(m)])]
            if cands:
                m = cands[-1]
                return Filler([to_actor(m)], [f"{tok.text}@{tok.idx}"], how + f"; '{tok.text}' -> nearest person '{m.text}'")
        return Filler()

    def bind_pronoun(self, tok: Any, how: str, ok, speech_only: bool = False) -> Filler:
        """Same-sentence binding: "Hamas said it would ...", "the rebels announced they ...": the
        subject of the governing clause, when it can be the pronoun (he/she a person, it/they not);
        with ``speech_only`` only the subject of a speech or commitment verb (cues.yaml)."""
        binders = self.binders
        head = tok.head
        hops = 0
        while head is not None and hops < 4:
            if head.dep_ in ("ccomp", "xcomp", "advcl", "conj") or head.i == tok.head.i:
                gov = head.head if head.dep_ in ("ccomp", "xcomp", "advcl", "conj") else None
                if gov is not None and gov.i != head.i:
                    subj = child(gov, "nsubj")
                    if subj is not None and subj.i != tok.i and subj.lower_ not in PRONOUNS \
                            and (not speech_only or _lemma(gov) in binders):
                        f = self.index.under(subj)
                        # "Sylvanian militants said they": a plural head noun fits 'they' whatever its modifier's kind
                        head_fits = tok.lower_ in ("they", "them", "their") and subj.tag_ in ("NNS", "NNPS") \
                            and not any(a.kind == "person" for a in f.actors)
                        if f and ok(f.actors) and (head_fits or all(self.pronoun_fits(a, tok) for a in f.actors)):
                            return Filler(f.actors, f.tokens, how + f"; pronoun '{tok.text}' bound to subject of '{gov.text}'")
                    head = gov
                    hops += 1
                    continue
            break
        return Filler()

    def sentence_noun(self, tok: Any, how: str, ok) -> Filler:
        """him/her: a singular person-noun earlier in the same sentence ("the terrorist came to the
        entrance and I shot him"), which the actors stage's coref (named persons only) passes over."""
        if tok.lower_ not in ("him", "her"):
            return Filler()
        cands = [m for m in self.index.mentions if tok.sent.start_char <= m.start and m.end <= tok.idx
                 and m.kind in ("sector", "group") and ok([to_actor(m)]) and self.pronoun_fits(to_actor(m), tok)]
        if not cands:
            return Filler()
        if any(x.kind == "person" and tok.sent.start_char <= x.start and x.end <= tok.idx and ok([to_actor(x)])
               for x in self.index.mentions):
            return Filler()  # a named person in the sentence: the coref's antecedent
        cands = [m for m in cands if (h := self._mention_head(m)) is not None
                 and h.dep_ in ("nsubj", "nsubjpass", "dobj")]  # a participant, not "resigned as leader"
        if not cands:
            return Filler()
        m = cands[-1]
        return Filler([to_actor(m)], [f"{tok.text}@{tok.idx}"], how + f"; '{tok.text}' -> person-noun '{m.text}' earlier in the sentence")

    def _country_name(self, a: Actor) -> bool:
        """A country actor named by a proper noun ("Iran"), not by a demonym ("Iranian reporters")."""
        if a.kind != "country" or a.start is None or a.end is None:
            return False
        head = self._mention_head(a)
        return head is not None and head.pos_ == "PROPN"

    def _mention_head(self, m: Any) -> Any | None:
        """The syntactic head of a mention's (or actor's) character span, None if it covers no token."""
        span = self.sdoc.char_span(m.start, m.end, alignment_mode="expand")
        return span.root if span is not None and len(span) else None

    def coref_pronoun(self, tok: Any, how: str, ok) -> Filler:
        """The actors stage's coreference: the most recent compatible mention the binding rules allow."""
        if self._antecedent is None:
            return Filler()
        offset = tok.idx
        for _ in range(4):
            try:
                m = self._antecedent(self.doc, offset, tok.text)
            except Exception:  # noqa: BLE001 - a coref failure must not lose the sentence
                m = None
            if m is None:
                break
            if ok([to_actor(m)]):
                return Filler([to_actor(m)], [f"{tok.text}@{tok.idx}"], how + f"; pronoun '{tok.text}' -> coref")
            offset = m.start
        return Filler()

    def pronoun_fits(self, a: Actor, tok: Any) -> bool:
        """Whether actor ``a`` can be what pronoun ``tok`` stands for (as the actors stage's coref):
        he/she a person or a singular person-noun ("the gunman"); it an organisation, state or
        group, never a person or a sector noun ("It's the Tigers" is no general); they a group,
        organisation or plural noun, never a person or a singular noun ("the spokesperson")."""
        p = tok.lower_
        plural = None  # for a mention headed by a common noun: whether that noun is plural
        if a.kind in ("sector", "group") and a.end is not None and a.start is not None:
            span = self.sdoc.char_span(a.start, a.end, alignment_mode="expand")
            if span and span[-1].tag_ in ("NN", "NNS"):
                plural = span[-1].tag_ == "NNS"
        if p in ("he", "she", "him", "her", "his"):
            return a.kind == "person" or (a.kind in ("sector", "group") and plural is False)
        if p in ("it", "its"):
            return a.kind in ("country", "government", "organization", "igo", "group", "outlet")
        if p in ("they", "them", "their"):
            return a.kind in ("government", "organization", "igo") or (a.kind == "group" and plural is not False) \
                or (a.kind == "sector" and plural is True)
        return True

    def pronoun_exclusions(self, tok: Any) -> set:
        """Actor keys a pronoun cannot refer to (see ``resolve_pronoun``)."""
        out: set = set()
        verb = tok.head
        if tok.dep_ in ("dobj", "dative", "pobj") and tok.lower_ in ("him", "her", "them", "it", "us"):
            if tok.dep_ == "pobj" and verb.dep_ == "prep":
                verb = verb.head
            subj = child(verb, "nsubj")
            if subj is not None and subj.i != tok.i:
                f = self.actors_of(subj, "clause subject") if subj.lower_ not in PRONOUNS else \
                    self.resolve_pronoun(subj, "clause subject")
                out |= {actor_key(a) for a in f.actors}
        elif tok.dep_ in ("nsubj", "nsubjpass") and tok.lower_ in ("he", "she", "they"):
            # a same-form pronoun subject elsewhere in the sentence acting on a name: that name is
            # not it ("if he wanted to kill Senator X, he would ...")
            for other in tok.sent:
                if other.i == tok.i or other.lower_ != tok.lower_ or other.dep_ != "nsubj":
                    continue
                for obj in children(other.head, "dobj"):
                    out |= {actor_key(a) for a in self.index.under(obj).actors}
                for x in children(other.head, "xcomp"):
                    for obj in children(x, "dobj"):
                        out |= {actor_key(a) for a in self.index.under(obj).actors}
        return out

    def quote_at(self, offset: int):
        for q in self.quotes:
            if q.start <= offset < q.end:
                return q
        return None

    # ------------------------------------------------------------------ roles

    def verb_source(self, tok: Any) -> tuple[Filler, bool]:
        subj, how = subject_token(tok)
        direct = how in ("nsubj", "passive agent")
        return self.actors_of(subj, how), direct

    def targets(self, m: Match, tok: Any, specs: tuple[str, ...], skip: tuple = (), exclude: frozenset = frozenset()) -> Filler:
        """The recipient per the entry's target specs, in order; actors in ``exclude`` (the source) are
        passed over, so that "Israel is opposed to French mediation" looks past its own subject."""
        def kept(f: Filler) -> Filler:
            if exclude:
                f.actors = [a for a in f.actors if actor_key(a) not in exclude]
            return f

        def against(c: Any, topics: bool = False) -> tuple:
            """"supported UN sanctions against Iran": for a cooperative act, the 'against' phrases in the
            object (with ``topics`` for a meeting also its about/on/over phrases) hold no recipient."""
            if m.entry.type not in COOP_TYPES:
                return ()
            preps = TOPIC_PREPS if topics and m.entry.type == "CONSULT" else ()
            return tuple(p for p in c.subtree if p.dep_ == "prep" and (p.lower_ == "against" or p.lower_ in preps))

        passive = is_passive(tok) and tok.pos_ in VERB_POS
        preps = prep_children(tok)
        for spec in specs:
            cands: list[Any] = []
            if spec == "dobj":
                if m.entry.kind == "noun":
                    cands = [pobj_of(p) for p in preps if p.lower_ == "of"]
                elif passive:
                    cands = [child(tok, "nsubjpass")]
                else:
                    cands = [child(tok, "dobj")]
                    if cands[0] is None:  # "kidnapped up to 16 advisers": 'up to' parsed as particle + preposition
                        cands = [o for u in tok.children if u.dep_ in ("prt", "advmod", "prep") and u.lower_ == "up"
                                 for p in u.children if p.dep_ == "prep" and p.lower_ == "to"
                                 and (o := pobj_of(p)) is not None and child(o, "nummod") is not None] or [None]
                    if cands[0] is None:  # "allowed exiles to return" parsed with exiles as the infinitive's subject
                        # (an infinitive only: the subject of a content clause "conceded that X ..." is no object)
                        cands = [s for c in tok.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ in VERB_POS
                                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                                 for s in c.children if s.dep_ == "nsubj" and s.pos_ in NOUN_POS] or [None]
            elif spec == "dative":
                cands = [child(tok, "dative")]
                cands += [pobj_of(p) for p in preps if p.dep_ == "dative"]
            else:
                cands = [pobj_of(p) for p in preps if p.lower_ == spec and p.dep_ != "agent"]
            for c in cands:
                if c is None or c in skip:
                    continue
                if c.i != tok.i and (c in m.consumed or any(x.dep_ == "compound" and x.head.i == c.i for x in m.consumed)):
                    # a required object ("expel Sylvanian diplomats", "sign an agreement with X",
                    # "allow candidate X"): the actors inside its phrase
                    # "voiced support for sanctions against Iran": Iran is the sanctions' target,
                    # not the supported party
                    # "held a meeting regarding Kosovo": the topic of a meeting is no participant
                    f = self.actors_of(c, f"inside required object '{c.text}'", skip=against(c, topics=True))
                    # "voiced their opposition to the plan": the object word itself is no actor
                    own = [a for a in f.actors if a.start == c.idx and a.end == c.idx + len(c.text)] \
                        if c.pos_ == "NOUN" and any(x.i == c.i for x in m.consumed) else []
                    if own:
                        f = next((g for p in children(c, "prep") if p.lower_ not in ("against",)
                                  and (g := self.actors_of(pobj_of(p), f"inside required object '{c.text}'"))), Filler())
                    if kept(f):
                        return f
                    continue
                # the object is itself an event noun: its target is that event's actor, not its victim
                nested = match(c) if c.pos_ in NOUN_POS else None
                if nested is not None and nested.entry.kind == "noun":
                    src = self.noun_own_source(c)
                    if not src:  # "dismissed an appeal from President X": the appeal is X's
                        src = next((f for p in children(c, "prep") if p.lower_ == "from"
                                    and (f := self.actors_of(pobj_of(p), "from-phrase"))), Filler())
                    if kept(src):
                        src.how = f"target = actor of nested event '{c.text}'; " + src.how
                        return src
                    continue
                # "supported two rounds of UN sanctions against Iran": Iran is no recipient of the support
                f = self.actors_of(c, f"target {spec} '{c.text}'", skip=against(c))
                if kept(f):
                    return f
        return Filler()

    def unidentified_agent(self, tok: Any) -> Filler:
        """'killed by a roadside bomb', 'a bombing killed', 'were killed in a suicide bombing': the
        attacker is unidentified (manual, UNK). Only a weapon/attack noun as the verb's subject, its
        passive agent, or (passive) the object of 'in'; never a storm, an accident or a disease."""
        words = self.cues["unidentified_agents"]
        cands: list[Any] = []
        subj = child(tok, *("nsubj", "csubj"))
        if subj is not None and not is_passive(tok):
            cands.append(subj)
        if is_passive(tok):
            for p in children(tok, "agent", "prep"):
                if p.dep_ == "agent" or p.lower_ in ("in", "during"):
                    cands.append(pobj_of(p))
        for c in cands:
            if c is None or self.index.under(c):
                continue
            phrase = [_lemma(t) for t in c.doc[max(c.left_edge.i, c.i - 2):c.i + 1]]
            if _lemma(c) in words or c.lower_ in words or " ".join(phrase[-2:]) in words:
                text = c.doc[c.left_edge.i:c.i + 1].text
                actor = Actor(text=text, name="unidentified attacker", code="UNK", kind="group",
                              start=c.doc[c.left_edge.i].idx, end=c.idx + len(c.text))
                how = f"unidentified attacker '{text}' (manual, UNK)"
                # ICEWS practice "Unidentified Gunmen (Iraq)": the attacker nobody names belongs to
                # the state where the attack happened; not when the sentence attributes the attack
                # to someone ("X claimed responsibility", "blamed on Y"): the place is not theirs
                naming = self.cues["attack_attribution"]
                standoff = self.cues["standoff_weapons"]
                if not any(_lemma(t) in naming for t in tok.sent) and not (
                        _lemma(c) in standoff or " ".join(phrase[-2:]) in standoff):
                    country, place = event_place(tok, [c])
                    if country:
                        actor.country, actor.code = country, country + "UNK"
                        how += f"; no attacker named; event place {place} -> {country}"
                return Filler([actor], [f"{c.text}@{c.idx}"], how)
        return Filler()

    def unidentified_authorities(self, tok: Any) -> Filler:
        """'Two British journalists were arrested in Zimbabwe': an arrest is a state act, and with no
        agent named it is the act of the authorities of the state where it happened (ICEWS practice
        'Police (Lebanon)'). Only an agentless passive of an arrest verb (cues ``place_arrests``:
        not 'detained'/'held'/'captured', which foreign forces and rebels do too) with one state
        among its places; lower confidence, and the explanation names the place."""
        if not is_passive(tok) or child(tok, "agent") is not None:
            return Filler()
        if _lemma(tok) not in self.cues["place_arrests"]:
            return Filler()
        country, place = event_place(tok, [])
        if not country:
            return Filler()
        actor = Actor(text=f"authorities ({place})", name="unidentified authorities", country=country,
                      sector="GOV", code=country + "GOV", kind="government")
        return Filler([actor], [f"{tok.text}@{tok.idx}"],
                      f"no arrester named; event place {place} -> {country} (authorities of the place)")

    def noun_own_source(self, tok: Any) -> Filler:
        poss = child(tok, "poss")
        if poss is not None:
            f = self.actors_of(poss, "possessor")
            if f:
                return f
        for p in children(tok, "prep", "agent"):
            if p.lower_ == "by":
                f = self.actors_of(pobj_of(p), "by-phrase")
                if f:
                    return f
        for c in children(tok, "compound", "amod", "nmod"):
            m = self.index.at(c)
            if m is not None:
                return Filler([to_actor(m)], [f"{c.text}@{c.idx}"], "nominal modifier")
        return Filler()

    def noun_source(self, tok: Any) -> tuple[Filler, bool, Any | None]:
        """Source of a nominal trigger, whether direct, and the governing light verb if used."""
        head = tok.head
        if tok.dep_ == "nsubjpass" and _lemma(head) in self.cues["light_verbs"] and child(head, "agent") is not None:
            # "two RPG attacks were made by the Taliban": the light verb's agent, before the weapon modifier
            src, _ = self.verb_source(head)
            if src:
                src.how = f"agent of light verb '{head.text}'; " + src.how
                return src, True, head
        f = self.noun_own_source(tok)
        if f:
            return f, True, None
        head = tok.head
        light = self.cues["light_verbs"]
        if tok.dep_ in ("dobj", "attr", "nsubjpass", "oprd") and _lemma(head) in light \
                and child(head, "oprd", "acomp") is None:
            # ("called the accusations schizophrenic": a judgement on the noun, not its act)
            src, _ = self.verb_source(head)
            if src:
                src.how = f"subject of light verb '{head.text}'; " + src.how
                return src, False, head
        if tok.dep_ == "pobj" and head.dep_ == "prep":
            gov = head.head
            # "engaged in ethnic cleansing", "took part in the talks", "converged for a rally": the
            # subject of a participation verb takes part in the nominal act (cues: participation_verbs)
            pverbs = self.cues.get("participation_verbs") or {}
            pv = gov.head if gov.pos_ == "NOUN" and gov.dep_ == "dobj" and f"{_lemma(gov.head)} {_lemma(gov)}" in pverbs else gov
            key = f"{_lemma(gov.head)} {_lemma(gov)}" if pv is not gov else _lemma(gov)
            if pv is gov and (obj := child(gov, "dobj")) is not None and f"{key} {_lemma(obj)}" in pverbs:
                key = f"{key} {_lemma(obj)}"  # "took part in": the preposition hangs on the verb
            if head.lower_ in (pverbs.get(key) or ()) and pv.pos_ in VERB_POS:
                if is_passive(pv) and child(pv, "agent") is None:  # "were engaged in": the subject acts
                    src = self.actors_of(child(pv, "nsubjpass"), "subject of passive participation verb")
                else:
                    src, _ = self.verb_source(pv)
                if src:
                    src.how = f"participant: subject of '{pv.text} ... {head.text}'; " + src.how
                    return src, False, pv
            if _lemma(gov) in light and head.lower_ == "as":  # "came as a swipe at"; not "led to an arrest"
                src, _ = self.verb_source(gov)
                if src:
                    src.how = f"subject of light verb '{gov.text} {head.text}'; " + src.how
                    return src, False, gov
            if head.lower_ in self.cues["participation_preps"] and gov.pos_ in VERB_POS:
                return Filler(), False, gov  # participation handled by CONSULT only (see caller)
        return Filler(), False, None

    # ------------------------------------------------------------------ modality & speech

    def negated(self, tok: Any) -> bool:
        neg = self.cues["negation_words"]
        if any(c.dep_ == "neg" or (c.lower_ in neg and c.dep_ in ("advmod", "det", "preconj")) for c in tok.children):
            return True
        # "no soldiers were killed", "no one was arrested": the act is denied through its subject
        subj = child(tok, "nsubj", "nsubjpass")
        if subj is not None and any(c.dep_ == "det" and c.lower_ == "no" for c in subj.children):
            return True
        # "we do not morally recognise X": the negation hangs on the adverb
        return any(c.dep_ == "advmod" and c.lower_ not in ("only", "just", "merely") and child(c, "neg") is not None
                   for c in tok.children)

    def modality(self, tok: Any) -> tuple[str | None, str]:
        modals = self.cues["modals"]
        govs = self.cues["modality_governors"]
        # "a rumour that troops would attack", "fears that X will invade": the content of a claim noun
        c = tok
        for _ in range(4):
            if c.dep_ in ("acl", "ccomp", "relcl") and c.head.pos_ in NOUN_POS and _lemma(c.head) in self.cues["claim_nouns"] \
                    and not (c.dep_ == "relcl" and any(x.dep_ in ("nsubj", "nsubjpass") and x.lower_ in ("that", "which") for x in c.children)):
                return "hypothetical", f"content of '{c.head.text}'"
            if c.dep_ not in ("xcomp", "conj", "advcl") or c.head.i == c.i:
                break
            c = c.head
        # "objected to paying compensation", "voted against sending troops": an act objected to is not done
        if tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and tok.head.lower_ in ("to", "against") \
                and _lemma(tok.head.head) in self.cues["objection_verbs"]:
            return "hypothetical", f"objected to by '{tok.head.head.text} {tok.head.text}'"
        # "talked of launching a strike", "incapable of launching an offensive": an act talked about or
        # judged (im)possible is not done
        if tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and tok.head.lower_ in ("of", "about") \
                and _lemma(tok.head.head) in self.cues["consideration_words"]:
            return "hypothetical", f"considered in '{tok.head.head.text} {tok.head.text}'"
        # the main clause of a conditional ("if we adhere, they will demand"): hypothetical
        for c in tok.children:
            if c.dep_ == "advcl" and (mk := child(c, "mark")) is not None and mk.lower_ in self.cues["conditional_markers"]:
                return "hypothetical", f"main clause of conditional '{mk.text} ... {c.text}'"
        if any(c.dep_ == "mark" and c.lower_ == "for" for c in tok.children) \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            # "left the offer for the MDC to either accept or reject": an option, not an act
            return "hypothetical", "'for X to ...' infinitive"
        for c in tok.children:
            if c.dep_ in ("aux", "auxpass") and c.lower_ in modals:
                return modals[c.lower_], f"modal '{c.text}'"
            if c.dep_ == "mark" and c.lower_ in self.cues["conditional_markers"]:
                return "hypothetical", f"conditional '{c.text}'"
        # a conjunct verb shares its head's auxiliaries ("will fight Israel and kidnap soldiers")
        if tok.dep_ == "conj" and tok.head.pos_ in VERB_POS and child(tok, "aux", "auxpass") is None:
            mm, mw = self.modality(tok.head)
            if mm is not None:
                return mm, f"conjunct of '{tok.head.text}': {mw}"
        def inverted(v: Any) -> bool:  # "Were Iran to reject the offer, ...", "Had they attacked, ..."
            return v.lower_ in ("were", "had", "should") and v.i == v.sent.start \
                and any(c.dep_ in ("nsubj", "nsubjpass") and c.i > v.i for c in v.children)
        t = tok
        temporal = False  # passed through "when/after/before ..." clause: a fact of its own time
        for _ in range(4):
            while t.dep_ == "conj" and t.head.pos_ in VERB_POS and t.head.i != t.i:
                t = t.head  # "fail to set up X or fail to agree": conjuncts share the clause
            if t.dep_ not in ("xcomp", "ccomp", "advcl") or t.head.i == t.i:
                break
            head = t.head
            lem = _lemma(head)
            if t.dep_ == "advcl" and inverted(head):
                return "hypothetical", f"inverted conditional '{head.text} ...'"
            if t.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "after", "before", "since", "because", "as", "while")
                                         for c in t.children):
                temporal = True
            if t.dep_ == "xcomp" and t.i == tok.i and lem in self.cues["performative_governors"] \
                    and _lemma(tok) in self.cues["performative_acts"] and child(head, "aux") is None \
                    and any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in head.children):
                # "I want to thank the people": the speaker thanks them now (a performative)
                return None, ""
            if t.dep_ == "advcl" and child(t, "mark") is not None and child(t, "mark").lower_ in self.cues["conditional_markers"]:
                return "hypothetical", f"conditional '{child(t, 'mark').text}'"
            if t.dep_ == "xcomp" and (lem in govs or (lem == "go" and child(head, "aux") is not None)):
                return govs.get(lem, "future"), f"governed by '{head.text}'"
            if not temporal and (t.dep_ == "xcomp" or (t.dep_ == "ccomp"
                                                       and not any(c.dep_ == "aux" and c.lower_ in ("do", "does", "did")
                                                                   for c in t.children))) \
                    and (hm := match(head)) is not None \
                    and (hm.entry.governs == "request" or hm.entry.type == "REQUEST"):
                # "asked the government to send troops to fight": the requested act is not done
                return "hypothetical", f"requested by '{head.text}'"
            if t.dep_ == "ccomp" and lem in govs and t.tag_ == "VB" \
                    and (any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
                         or (lem == "let" and not any(c.dep_ in ("aux", "auxpass") for c in t.children))):
                # "allow the government to seize", "let X arrest": an infinitive clause of the governor
                return govs[lem], f"governed by '{head.text}'"
            if t.dep_ == "xcomp" and lem == "be":
                acomp = child(head, "acomp")
                if acomp is not None and _lemma(acomp) in govs:
                    return govs[_lemma(acomp)], f"'{head.text} {acomp.text}'"
            purpose = t.dep_ == "advcl" and child(t, "mark") is None and child(t, "aux") is not None
            for c in head.children:  # "is likely to", "is expected to": the governor's own modal
                if c.dep_ in ("aux", "auxpass") and c.lower_ in modals and (t.dep_ == "xcomp" or purpose):
                    return modals[c.lower_], f"modal '{c.text}' of '{head.text}'"
            if purpose or (t.dep_ == "xcomp" and head.dep_ == "conj"):
                for c in head.children:  # "should use her address to rule out": the purpose shares it
                    if c.dep_ == "advcl" and (mk := child(c, "mark")) is not None and mk.lower_ in self.cues["conditional_markers"]:
                        return "hypothetical", f"main clause of conditional '{mk.text}'"
            if t.dep_ == "ccomp":
                break
            t = head
        if inverted(t) and t.dep_ == "advcl":
            return "hypothetical", f"inverted conditional '{t.text} ...'"
        if self.sent_text(tok.sent).rstrip().endswith("?") and self.quote_at(tok.idx) is None:
            return "question", "question mark"
        return None, ""

    def speakers_of(self, tok: Any) -> list[tuple[Filler, Any]]:
        """Speakers of the speech verbs whose complements hold ``tok``, innermost first."""
        speech = self.cues["speech_verbs"]
        out: list[tuple[Filler, Any]] = []
        t = tok
        for _ in range(8):
            head = t.head
            if head.i == t.i:
                break
            if t.dep_ in ("ccomp", "xcomp", "advcl", "parataxis", "dobj") or head.dep_ == "ccomp":
                lem = _lemma(head)
                chained = any(c.dep_ in ("xcomp", "advcl") and _lemma(c) in speech and c.i < t.i for c in head.children)
                if lem in speech or chained:
                    subj, how = subject_token(head)
                    f = self.actors_of(subj, f"speaker of '{head.text}'")
                    if f:
                        out.append((f, head))
            t = head
        # "Y attacked Z, X said": the speech verb hangs under the trigger's clause
        root = tok.sent.root
        for c in root.children:
            if c.dep_ in ("parataxis", "ccomp") and _lemma(c) in speech and c.i > tok.i:
                subj, _ = subject_token(c)
                f = self.actors_of(subj, f"speaker of '{c.text}'")
                if f:
                    out.append((f, c))
        return out

    # ------------------------------------------------------------------ composition

    def complement(self, tok: Any, governs: str | None = None) -> tuple[Match | None, Any | None]:
        """First event-bearing complement of a governing trigger: (its match, its token)."""
        cands = [c for c in tok.children if c.dep_ in COMPLEMENT_DEPS]
        for p in children(tok, "prep"):  # "called on X to withdraw" sometimes hangs on the pobj
            o = pobj_of(p)
            if o is not None:
                cands += [c for c in o.children if c.dep_ in ("acl", "relcl", "xcomp")]
            cands += [c for c in p.children if c.dep_ == "pcomp"]
        for c in list(children(tok, "dobj")):
            cands += [cc for cc in c.children if cc.dep_ in ("acl", "xcomp")]
        for c in cands:
            m = match(c)
            if m is not None:
                return m, c
            # "promised to continue providing aid": one level further, only through an aspectual or
            # light verb ("agreed to postpone the demonstration" does not govern the demonstration)
            # (a warning reaches further: "warned police will not tolerate rallies" threatens the rallies)
            if governs != "threaten" and _lemma(c) not in self.cues["light_verbs"] \
                    and _lemma(c) not in self.cues["aspectual_verbs"]:
                continue
            for cc in c.children:
                if cc.dep_ in ("xcomp", "dobj", "ccomp") and (m := match(cc)) is not None:
                    return m, cc
        return None, None

    def requested_clause(self, tok: Any) -> Any | None:
        """The clause a request verb demands: "demanded that X cancel ..." (a ccomp with 'that' or a
        subjunctive) or "called for X to resign" (an infinitive clause with 'for' and a subject)."""
        for c in tok.children:
            if c.i < tok.i or c.pos_ not in VERB_POS:
                continue
            mk = child(c, "mark")
            # (a demand noun's clause: "its demand that Israel ease restrictions")
            if (c.dep_ == "ccomp" or (c.dep_ == "acl" and mk is not None and tok.pos_ in NOUN_POS)) \
                    and (mk is None or mk.lower_ == "that") and child(c, "nsubj") is not None \
                    and not any(a.dep_ == "aux" and a.lower_ in ("do", "does", "did") for a in c.children):
                return c
            if c.dep_ in ("advcl", "xcomp", "ccomp") and mk is not None and mk.lower_ == "for" \
                    and child(c, "nsubj", "nsubjpass") is not None:
                return c
        return None

    # ------------------------------------------------------------------ events

    def code_sentence(self, sent: Any) -> list[Draft]:
        drafts: list[Draft] = []
        text = self.sent_text(sent)
        for pat in self.cues["boilerplate_sentences"]:  # compiled by load_cues
            if pat.search(text):
                self.doc.note(STAGE, skipped=text[:60], at=sent.start_char, reason=f"boilerplate line ({pat.pattern})")
                return []
        absorbed: set[int] = set()
        matches: list[Match] = []
        for tok in sent:
            m = match(tok)
            if m is not None:
                matches.append(m)
        consumed = {t.i for m in matches for t in m.consumed}
        # governors first, so their complements are absorbed before being coded on their own
        matches.sort(key=lambda m: (m.entry.governs is None, m.token.i))
        for m in matches:
            if m.token.i in absorbed:
                continue
            if m.entry.kind == "noun" and m.token.i in consumed:
                continue  # "hold talks": the verb phrase already codes it
            d = self.build(m, absorbed)
            if d is not None:
                drafts.extend(d if isinstance(d, list) else [d])
        drafts.extend(self.intents(sent, absorbed))
        obliged = self.obligations(sent, {d.match.token.i for d in drafts})
        if obliged:
            # "X said Y must reach an agreement": the demand replaces the obligated (hypothetical) event
            absorbed_by = {d.match.consumed[0].i for d in obliged if d.match.consumed}
            drafts = [d for d in drafts if d.match.token.i not in absorbed_by or d.modality != "hypothetical"]
        drafts.extend(obliged)
        drafts.extend(self.ruled_out(sent, {d.match.token.i for d in drafts}))
        return drafts

    def past_reference(self, tok: Any) -> str | None:
        """'the recent visit', 'after his withdrawal', 'following the ICC investigation': a definite
        event noun that refers back to an event already reported is no new event. Needs a definite
        determiner or a possessive AND a past-reference modifier or a temporal preposition."""
        cues = self.cues
        definite = any((c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")) or c.dep_ == "poss"
                       for c in tok.children)
        if not definite:
            return None
        # "the suicide bomber crashed into the crowd": a definite attacker names the attack already reported
        if _lemma(tok) in cues["agent_triggers"] and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return f"'the {tok.text}'"
        # "last week's Mumbai attacks", "Tuesday's bombing": a dated possessive names a reported event
        when = next((c for c in tok.children if c.dep_ == "poss" and _lemma(c) in cues["time_possessives"]), None)
        if when is not None:
            return f"'{when.text}'s {tok.text}'"
        mod = next((c for c in tok.children if c.dep_ in ("amod", "advmod", "npadvmod")
                    and c.lower_ in cues["past_reference_modifiers"]), None)
        if mod is not None:
            return f"'{mod.text} {tok.text}'"
        if tok.dep_ == "pobj" and tok.head.lower_ in cues["past_reference_preps"]:
            return f"'{tok.head.text} ... {tok.text}'"
        return None

    def poll_subject(self, tok: Any) -> Any | None:
        """'43% of Americans supported the plan': an opinion poll result, not an event."""
        subj = child(tok, "nsubj", "nsubjpass")
        if subj is None:
            return None
        words = self.cues["poll_quantities"]
        if any(t.lower_ in words for t in subj.subtree):
            return subj
        # "most Israelis support the withdrawal", "a majority of voters opposed": public opinion
        most = self.cues["poll_majority_words"]
        if subj.lower_ in most and any(p.lower_ == "of" for p in subj.children):
            return subj
        people = subj.ent_type_ == "NORP" or subj.lower_ in self.cues["crowd_words"]
        if people and (any(c.dep_ in ("amod", "det", "nmod") and c.lower_ in most for c in subj.children)
                       or subj.left_edge.lower_ in most):  # "Most Shia and Kurdish citizens support"
            return subj
        return None

    def located_civilians(self, source: Filler, tok: Any) -> Filler | None:
        """PROTEST by country-less civilians (protesters, people, ethnic groups): the PLOVER manual's
        CVL are *domestic* unarmed entities, so 'in <country or city>' on the trigger (or on its
        object: 'blocked streets in Hong Kong') gives their country."""
        if not source.actors or any(a.country or a.kind in ("person", "organization", "igo") or
                                    (a.sector or "CVL") not in ("CVL", "LAB", "EDU", "REF") for a in source.actors):
            return None
        from ..actors.mentions import _following_place

        for p in prep_children(tok):
            if p.lower_ != "in":
                continue
            country, what, _ = _following_place(tok.doc, p.i)
            if country:
                actors = [Actor(text=a.text, name=a.name, country=country, sector=a.sector or "CVL",
                                code=country + (a.sector or "CVL"), kind=a.kind, mention_id=a.mention_id,
                                start=a.start, end=a.end) for a in source.actors]
                return Filler(actors, source.tokens,
                              source.how + f"; civilians acting in '{what}' -> {country} (manual, CVL: domestic)")
        return None

    # ------------------------------------------------------------------ precision guards

    def trigger_objects(self, tok: Any, kind: str) -> list[Any]:
        """The thing a trigger acts on: verb direct object/attribute (passive: its subject); noun
        of-object or possessor. A relative pronoun stands for the noun its clause modifies."""
        if kind == "verb":
            deps = ("dobj", "attr", "oprd") + (("nsubjpass",) if is_passive(tok) else ())
            objs = [c for c in tok.children if c.dep_ in deps]
        else:
            objs = [pobj_of(p) for p in children(tok, "prep") if p.lower_ == "of"]
            objs += children(tok, "poss")
        if not objs and kind == "verb" and tok.dep_ == "conj" and tok.head.pos_ in VERB_POS and tok.head.i < tok.i:
            # "pledged to meet or beat the targets": the conjoined verbs share the object
            objs = [c for c in tok.head.children if c.dep_ in ("dobj", "attr", "oprd") and c.i > tok.i]
        if not objs and kind == "verb":
            # "police charged and teargassed the crowds": the first conjunct shares its partner's object
            objs = [o for cj in tok.children if cj.dep_ == "conj" and cj.pos_ in VERB_POS
                    for o in cj.children if o.dep_ == "dobj"][:1]
        if not objs and kind == "verb" and tok.dep_ == "acl" and tok.tag_ == "VBN":
            objs = [tok.head]  # "a medical bulletin released by the hospital": the bulletin is released
        if not objs and kind == "verb":
            # "a demographic that Obama has failed to capture": the relative clause's head noun
            t = tok
            while t.dep_ in ("xcomp", "conj") and t.head.i != t.i:
                t = t.head
            if t.dep_ == "relcl":
                subj = child(t, "nsubj")
                if subj is not None and subj.lower_ not in ("that", "which", "who"):
                    objs = [t.head]
        out: list[Any] = []
        for o in objs:
            if o is None:
                continue
            if o.lower_ in ("that", "which", "who", "whom"):
                t = tok
                while t.dep_ != "relcl" and t.head.i != t.i:
                    t = t.head
                if t.dep_ == "relcl":
                    o = t.head
            out.append(o)
            out.extend(o.conjuncts)
        return out

    def sense_violation(self, m: Match) -> str | None:
        """Sense restrictions by object (cues.yaml ``sense_restrictions``): 'released a tape' is no
        RETREAT, 'withdrew his bid' no withdrawal, 'failed to capture voters' no arrest."""
        e, tok = m.entry, m.token
        lem = _lemma(tok)
        for r in self.cues["sense_restrictions"]:  # word lists parsed by load_cues
            if e.group not in r.get("groups", ()) or (lem not in r.get("lemmas", ()) and e.lemma not in r.get("lemmas", ())):
                continue
            if tok.lower_ in r["forms_not"]:
                return f"sense: the form '{tok.text}' is not this event"
            if r.get("clause_not") and any(c.dep_ == "ccomp" for c in tok.children):
                return f"sense: '{tok.text}' with a clause ('{tok.text} that ...') reports a view, not this event"
            objs = self.trigger_objects(tok, e.kind)
            words_not = r["words_not"]
            if words_not:
                hit = next((c for c in tok.children if c.lower_ in words_not or _lemma(c) in words_not), None)
                if hit is not None:
                    return f"sense: '{tok.text} {hit.text}' is not this event"
            bad = r["object_not"]
            if bad:
                o = next((o for o in objs if _word_match(o, bad)), None)
                if o is not None:
                    return f"sense: object '{o.text}' of '{tok.text}' is not this event"
            # "forced him out of office": the of-phrase hangs on the particle-like "out"
            preps = prep_children(tok)
            preps = preps + [cc for p in preps for cc in p.children if cc.dep_ == "prep"]
            for prep, words in r["prep_not"].items():
                for p in preps:
                    o = pobj_of(p) if p.lower_ == prep else None
                    if o is not None and _word_match(o, words):
                        return f"sense: '{tok.text} {prep} {o.text}' is not this event"
            good = r["object_in"]
            if good is not None:
                if not objs:
                    if not r.get("absent_ok"):
                        return f"sense: '{tok.text}' needs an object of its sense"
                    continue
                kinds, sectors = r["object_actor_kinds"], r["object_actor_sectors"]
                ok = False
                for o in objs:
                    if _word_match(o, good):
                        ok = True
                        break
                    mo = self.index.at(o)  # the object itself is an actor (not one inside its phrase)
                    if mo is not None and (mo.kind in kinds or (mo.sector or "") in sectors):
                        ok = True
                        break
                if not ok:
                    return f"sense: object '{objs[0].text}' of '{tok.text}' is not what this event acts on"
        return None

    def generic_clause(self, m: Match, typ: str) -> str | None:
        """Generic, habitual or standing-state clauses: no event (manual: an event is an act)."""
        tok = m.token
        cues = self.cues
        clause = tok
        hab = cues["habitual_adverbs"]
        # a nominal trigger's light verb carries the adverb: "have regularly made incursions"
        light = tok.head if m.entry.kind == "noun" and tok.dep_ in ("dobj", "nsubjpass") and tok.head.pos_ in VERB_POS else None
        for c in list(clause.children) + (list(light.children) if light is not None else []):
            if c.dep_ in ("advmod", "npadvmod") and c.lower_ in hab:
                return f"habitual: '{c.text} {tok.text}'"
        # "has been detained by police a total of five times": a count of repeated acts, no one event
        times = cues["repeated_occurrence_words"]
        for c in clause.children:
            if (c.dep_ in ("npadvmod", "advmod", "prep") or (c.dep_ == "dobj" and c.lower_ in ("total", "times"))) \
                    and c.i > tok.i:
                for t in c.subtree:
                    if t.lower_ in times and any(x.dep_ in ("nummod", "amod", "quantmod") for x in t.children):
                        return f"repeated acts: '{tok.text} ... {t.head.text if t.dep_ == 'pobj' else ''} {t.text}'"
        # "organised numerous demonstrations", "regular raids": a summary of many acts
        if m.entry.kind == "noun" and tok.tag_ in ("NNS", "NNPS"):
            agg = next((c for c in tok.children if c.dep_ in ("amod", "det") and c.lower_ in cues["aggregate_modifiers"]), None)
            if agg is not None:
                return f"summary of many acts: '{agg.text} {tok.text}'"
            # "over 20 bombings had been carried out over two months": a tally, not one act
            num = next((c for c in tok.children if c.dep_ == "nummod" and c.text.replace(",", "").isdigit()), None)
            if num is not None and int(num.text.replace(",", "")) >= int(cues.get("aggregate_count") or 10**9):
                return f"summary of many acts: '{num.text} {tok.text}'"
        # "disillusionment is to blame": a cause named with a copula, no accusation
        if m.entry.kind == "verb" and _lemma(tok) in cues["copular_idioms"] and tok.dep_ == "xcomp" \
                and _lemma(tok.head) == "be":
            return f"idiom '{tok.head.text} to {tok.text}'"
        # "as ordered by article 242 of the Constitution": a reference to a standing rule
        marker = cues.get("standing_rule_marker")
        if m.entry.kind == "verb" and tok.tag_ == "VBN" and marker and child(tok, "nsubj", "nsubjpass") is None \
                and any(c.dep_ in ("mark", "advmod") and c.lower_ == marker and c.i < tok.i for c in tok.children):
            return f"reference to a standing rule: '{marker} {tok.text}'"
        # "incriminating statements": a participle used as an adjective names no act
        if m.entry.kind == "verb" and tok.tag_ == "VBG" and tok.dep_ == "amod":
            return f"participle used as an adjective: '{tok.text} {tok.head.text}'"
        if m.entry.kind == "verb" and is_passive(tok) and typ in (cues.get("standing_passive_types") or ()):
            aux = [c for c in tok.children if c.dep_ == "auxpass"]
            if aux and all(a.tag_ in ("VBZ", "VBP") for a in aux) and child(tok, "aux") is None:
                return f"standing label: present passive '{aux[0].text} {tok.text}'"
        # "Norway has 500 soldiers deployed": a stative possession, not a deployment
        if m.entry.kind == "verb" and tok.tag_ == "VBN" and tok.dep_ in ("acl", "ccomp", "oprd", "xcomp"):
            head = tok.head if tok.dep_ != "acl" else tok.head.head
            if head is not None and _lemma(head) in cues["stative_possession_verbs"] and child(tok, "aux") is None:
                return f"standing state: '{head.text} ... {tok.text}'"
        # relative clauses that describe a role ("the JAG, who prosecutes all military cases") or a
        # capacity ("an attorney, who must also concur"): present simple or modal, no event
        t = tok
        while t.dep_ in ("xcomp", "conj") and t.head.i != t.i:
            t = t.head
        if t.dep_ == "relcl":
            auxes = [c for c in t.children if c.dep_ in ("aux", "auxpass")]
            if t.tag_ in ("VBZ", "VBP") and not auxes:
                return f"role-describing relative clause '{t.text}'"
            if any(a.lower_ in cues["modals"] for a in auxes):
                return f"capacity in a relative clause '{t.text}'"
        return None

    def weak_trigger(self, m: Match) -> str | None:
        """Triggers that name no act of their own (precision read 4; manual, each type's definition)."""
        e, tok = m.entry, m.token
        cues = self.cues
        lem = _lemma(tok)
        deps = {c.dep_ for c in tok.children}
        comp = next((c for c in tok.children if c.dep_ == "ccomp"), None)
        # "the National Inquiry into Children in Immigration Detention": a word of an actor's name
        mention = self.index.at(tok)
        if e.kind == "noun" and tok.tag_ in ("NNP", "NNPS") and mention is not None \
                and len(mention.text.split()) > len(e.phrase.split()) + 1:
            return f"part of the name '{mention.text}'"
        if e.kind == "verb" and e.group == "threaten.warn" and "ccomp" in deps:
            # "warned the UN that Iran's ambitions were dangerous": a warning that states how things are,
            # with no act announced or foreseen in it, is no threat (manual, THREATEN: coercive warnings)
            modals = cues["modals"]
            clauses = [c for c in tok.children if c.dep_ == "ccomp"]
            clauses += [x for c in clauses for x in c.conjuncts]
            if not any(a.dep_ in ("aux", "auxpass") and (a.lower_ in modals or a.lower_ in ("going", "'ll"))
                       for c in clauses for a in c.children) \
                    and not any(c.tag_ in ("VB",) or c.lower_ in ("going",) for c in clauses) \
                    and not any(match(c) is not None for c in clauses):
                return "a warning that states a fact, no act announced"
        if e.kind == "verb" and e.type == "ASSAULT" and tok.dep_ in ("advcl", "xcomp", "conj") \
                and _lemma(tok.head) in cues["accident_words"]:
            # "a helicopter crashed, killing four soldiers": deaths in an accident are no attack (manual, ASSAULT)
            return f"deaths in an accident ('{tok.head.text}')"
        if e.type == "ASSAULT" and (subj := child(tok, "nsubj")) is not None and _lemma(subj) in cues["accident_words"]:
            return f"deaths in an accident ('{subj.text}')"
        if e.kind == "verb" and e.group == "request.general" and lem == "ask" \
                and not deps & {"xcomp", "dative"} \
                and not any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children) \
                and not any(c.dep_ == "ccomp" and any(x.dep_ == "mark" and x.lower_ == "that" for x in c.children)
                            for c in tok.children):
            # "'... what would they do?' asked Dr X", "asked why": a question, no request (manual, REQUEST)
            return "a question asked, not a request"
        if e.kind == "verb" and e.group == "agree.general" and lem == "agree" and "xcomp" not in deps \
                and not any(c.dep_ == "prep" and c.lower_ in ("on", "to", "upon") for c in tok.children):
            present = (tok.tag_ in ("VBZ", "VBP") and child(tok, "aux") is None) or any(
                c.dep_ == "punct" and c.text == ":" for c in tok.children)  # "X agreed: '...'"
            stative = comp is not None and _lemma(comp) == "be" or (
                comp is not None and any(c.dep_ in ("acomp", "attr") for c in comp.children)
                and not any(c.dep_ == "aux" and c.lower_ in cues["modals"] for c in comp.children))
            if present or stative:
                # "he agrees that some operations are unnecessary": sharing a view, no agreed act
                return "agreement with a view, no agreed act"
        # "the clinic that X promised would be open": the relative pronoun stands for a thing, not an act
        rel_thing = tok.dep_ == "relcl" and match(tok.head) is None and any(
            c.dep_ == "dobj" and c.lower_ in ("that", "which") for c in tok.children)
        objs = deps - ({"dobj"} if rel_thing else set())
        if e.kind == "verb" and e.group == "agree.general" and lem in ("promise", "pledge", "vow") \
                and not objs & {"xcomp", "dobj", "dative"} \
                and not any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.children) \
                and (comp is None or (_lemma(comp) == "be" and match(comp) is None)):
            # "the centre that X promised would be open in 2006": a promise about a state of affairs with
            # no recipient and no act promised (manual, AGREE: commit to a future act)
            return "a promise of no act to no recipient"
        if e.kind == "noun" and tok.dep_ == "pobj" and tok.head.lower_ == "as" and tok.head.head.pos_ in VERB_POS \
                and child(tok.head.head, "dobj", "nsubjpass") is not None:  # not "came as a swipe at the US"
            # "criticising the concert as a 'British invasion'", "presented the pull-out as a surrender":
            # a label given to something else, no act of its own
            return f"a label ('{tok.head.head.text} ... as ... {tok.text}')"
        if e.kind == "verb" and e.type == "REQUEST" and any(
                c.dep_ == "dobj" and c.lower_ in ("god", "allah", "lord") for c in tok.children):
            return "a prayer, no appeal to an actor"
        if e.kind == "verb" and lem == "bail" and tok.i + 2 < len(tok.doc) \
                and [t.lower_ for t in tok.doc[tok.i + 1:tok.i + 3]] == ["out", "of"]:
            # "two parties bailed out of his coalition": leaving, no bailout (manual, AID)
            return "'bail out of': leaving, no bailout"
        if e.kind == "verb" and e.type == "REQUEST" and lem == "call" and deps & {"dobj", "oprd"}:
            # "what they call terrorism and war on Israel": calling something a name is no appeal
            return "naming ('call X Y'), no appeal"
        if e.kind == "verb" and e.group == "accuse.allege" and lem == "brand" \
                and not deps & {"dobj", "oprd", "xcomp", "ccomp", "attr", "nsubjpass"} \
                and not any(c.lower_ == "as" for c in tok.children):
            return "'branding' without a branded actor: a brand name"
        if e.kind == "noun" and e.type == "REQUEST" and tok.dep_ == "dobj" and tok.head.pos_ in VERB_POS \
                and (hm := match(tok.head)) is not None and hm.entry.type == "REJECT":
            # "rejected prosecution calls for a harsher sentence": the REJECT is the event; the call is
            # another actor's, reported as its object
            return f"the object of '{tok.head.text}' refers to another actor's request"
        return None

    def historical_mark(self, tok: Any) -> str | None:
        """An explicit past year or era attached to the trigger's clause ('in 1967', 'back in 1983',
        'during World War II'): the event is historical. Only years at least two years before
        publication, so that the rule is certain."""
        pub = (self.doc.article.published or "")[:4]
        if not pub.isdigit():
            return None
        pub_year = int(pub)
        clause = tok
        if tok.pos_ in NOUN_POS and tok.head.pos_ in VERB_POS and tok.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj", "attr"):
            clause = tok.head
        def in_clause(t: Any) -> bool:
            while t.i != clause.i:
                if t.dep_ in CLAUSE_BOUNDARIES or t.head.i == t.i:
                    return False
                t = t.head
            return True

        norm = lambda x: " ".join(x.lower().replace("-", " ").split())  # noqa: E731
        eras_n = self.cues["historical_eras"]  # normalised by load_cues
        for c in clause.subtree:
            if c.i == clause.i or not in_clause(c):
                continue
            txt = c.text
            if txt.isdigit() and len(txt) == 4 and 1900 <= int(txt) <= pub_year - 2 and self._adverbial(c, clause, tok):
                return f"explicit past year '{txt}'"
            if c.dep_ == "pobj" and eras_n and self._adverbial(c, clause, tok):
                low = norm(c.doc[c.left_edge.i:c.right_edge.i + 1].text)
                if any(era in low for era in eras_n):
                    return f"explicit past era '{c.text}'"
            if c.dep_ == "pobj" and c.lower_ == "past" and c.head.lower_ == "in" and len(list(c.subtree)) == 2 \
                    and self._adverbial(c, clause, tok):
                return "'in the past'"  # "Russia has sold weapons to Iran in the past"
        # "X and Y have previously backed down": an earlier act recalled
        prev = next((c for c in clause.children if c.dep_ == "advmod" and c.lower_ in self.cues["historical_adverbs"]), None)
        if prev is not None:
            return f"'{prev.text} {clause.text}'"
        # "In 2003, when citizens tore down the statue, they ...": a when-clause shares its main clause's
        # time, and so does a participial adjunct ("came to power in 1999, charging the government")
        if clause.dep_ == "advcl" and clause.head.pos_ in VERB_POS and (
                any(c.dep_ == "advmod" and c.lower_ == "when" for c in clause.children)
                or (clause.tag_ == "VBG" and child(clause, "nsubj", "mark", "aux") is None)):
            return self.historical_mark(clause.head)
        return None

    def realised(self, tok: Any) -> bool:
        """Is a possessed nominal trigger realised by a light verb of its clause ('issued his
        endorsement', 'gave his support to')?"""
        verbs = self.realisers
        head = tok.head
        if tok.dep_ in ("dobj", "attr", "oprd") and _lemma(head) in verbs and _lemma(head) != "be":
            return True
        # "Firefly's condemnation of Sylvania surprised nobody": the active subject of a reporting
        # clause, with its recipient named, reports the act itself
        if (tok.dep_ == "nsubj" and head.pos_ in VERB_POS and head.dep_ == "ROOT") or tok.dep_ == "ROOT":
            of = next((pobj_of(p) for p in children(tok, "prep") if p.lower_ == "of"), None)
            if of is not None and self.index.under(of):
                return True
        return False

    def visited_place(self, tok: Any, light: Any | None) -> Filler:
        """"arrived in Amman on a visit", "flew to Nairobi": a visit whose goal is a city or region
        goes to that place's state (manual, CONSULT visit: "travel to another actor"). The place is
        a host only for the trip of a state, official or person (``hosted`` then requires it to be
        abroad): refugees or tourists arriving in a city make no visit."""
        for t in ([tok] + ([light] if light is not None else [])):
            country, place = visit_host(t)
            if country:
                actor = Actor(text=place, name=place, country=country, code=country, kind="country")
                return Filler([actor], [f"{place}"], f"visited place {place} -> {country} (gazetteer)")
        return Filler()

    def hosted(self, source: Filler, target: Filler) -> bool:
        if not target:
            return False
        src_countries = {a.country for a in source.actors if a.country}
        if target.how.startswith("visited place") and not any(
                a.kind in ("person", "government", "country", "igo") or (a.sector or "") in STATE_SECTORS
                for a in source.actors):
            return False
        for a in target.actors:
            if a.kind in ("person", "government", "igo", "organization", "group", "sector"):
                return True
            if a.country and src_countries and a.country not in src_countries:
                return True
        return False

    def physical_protest(self, source: Filler, tok: Any, vp: dict) -> bool:
        sectors = vp.get("collective_sectors", ())
        if source.actors and all(a.kind not in ("person",) and a.kind not in STATE_KINDS
                                 and (a.sector or "CVL") in sectors for a in source.actors):
            return True
        words = vp.get("physical_words", ())
        return any(_lemma(t) in words or t.lower_ in words for t in tok.subtree if t.i != tok.i)

    @staticmethod
    def _adverbial(c: Any, clause: Any, tok: Any) -> bool:
        """Is ``c`` inside an in/during/on phrase attached to the clause verb or the trigger
        ('seized X in 1967', 'an attack back in 1983'), not inside an object ('the 1994 treaty')?"""
        t = c
        while t.i not in (clause.i, tok.i) and t.head.i != t.i:
            if t.dep_ == "prep" and t.lower_ in ("in", "during", "on") and t.head.i in (clause.i, tok.i):
                return True
            if t.dep_ == "prep" and t.lower_ in ("in", "during", "on") and t.head.dep_ == "advmod" \
                    and t.head.head.i in (clause.i, tok.i):
                return True  # "back in 1983"
            t = t.head
        return False

    def verbal_attack(self, tok: Any, source: Filler, target: Filler) -> bool:
        """Is this general "attack" one in words? Every source actor is a person or body of an
        unarmed political sector (cues.yaml ``verbal_attack.unarmed_sectors``: government officials,
        legislators, parties, courts, the press ...), or of no known sector when every target is a
        political body or official (``political_targets``); no target actor is armed or a place;
        and the sentence has no word of force (``force_words``: killed, bomb, troops, gunfire ...).
        States named as such ("Israel attacked Gaza") and unknown attackers are never recoded."""
        va = self.cues["verbal_attack"]  # lists as sets (load_cues)
        unarmed, force = va.get("unarmed_sectors", ()), va.get("force_words", ())
        political = va.get("political_targets", ())
        if target and any((a.sector or "") in ("MIL", "COP", "REB", "INS", "SPY", "UAF") or a.kind in ("country", "place")
                          for a in target.actors):
            return False
        # a person or organisation of no known sector attacking a government, party, court or
        # minister ("Mr Ferguson attacked the government over its spending") attacks in words too
        at_politics = bool(target) and all((a.sector or "") in political for a in target.actors)
        if not source.actors or not all(a.kind in ("person", "government", "sector", "organization", "group") and (
                (a.sector or "") in unarmed or (a.sector is None and a.kind in ("person", "organization") and at_politics))
                for a in source.actors):
            return False
        return not any(_lemma(t) in force or t.lower_ in force for t in tok.sent)

    def build(self, m: Match, absorbed: set[int], subject_of: Any | None = None):
        e, tok = m.entry, m.token
        why: list[str] = [f"trigger '{tok.text}' matched lexicon entry {e.id}"]
        if e.kind == "noun" and tok.dep_ == "pobj" and tok.head.lower_ in ("with", "of", "for", "over") \
                and _lemma(tok.head.head) in self.cues["charge_verbs"]:
            # "was charged with murder", "arrested for the bombing": the content of a charge is the
            # authorities' claim, not an act coded here (the charge or arrest is the event)
            self.doc.note(STAGE, skipped=tok.text, at=tok.idx, entry=e.id,
                          reason=f"content of a charge: '{tok.head.head.text} {tok.head.text} {tok.text}'")
            return None
        if e.kind == "noun" and (ref := self.past_reference(tok)) is not None:
            self.doc.note(STAGE, skipped=tok.text, at=tok.idx, entry=e.id, reason=f"refers back to an earlier event: {ref}")
            return None
        if e.kind == "verb" and (poll := self.poll_subject(subject_of if subject_of is not None else tok)) is not None:
            self.doc.note(STAGE, skipped=tok.text, at=tok.idx, entry=e.id, reason=f"opinion poll result: '{poll.text}'")
            return None
        if (sense := self.sense_violation(m)) is not None:
            self.doc.note(STAGE, skipped=tok.text, at=tok.idx, entry=e.id, reason=sense)
            return None
        if (generic := self.generic_clause(m, e.type)) is not None:
            self.doc.note(STAGE, skipped=tok.text, at=tok.idx, entry=e.id, reason=generic)
            return None
        if (weak := self.weak_trigger(m)) is not None:
            self.doc.note(STAGE, skipped=tok.text, at=tok.idx, entry=e.id, reason=weak)
            return None
        # ---- source
        light = None
        if e.kind == "verb":
            source, direct = self.verb_source(subject_of if subject_of is not None else tok)
        else:
            source, direct, light = self.noun_source(tok)
            if not source and e.type == "CONSULT" and light is not None:
                # the participant is the subject of the clause the meeting phrase modifies,
                # climbing out of participles ("X pushed back on Y playing a role during a summit")
                g = light
                while g.dep_ in ("advcl", "acl", "xcomp", "pcomp", "prep", "pobj") and child(g, "nsubj") is None \
                        and g.head.i != g.i:
                    g = g.head
                src, _ = self.verb_source(g)
                if src:
                    src.how = f"participant: subject of '{light.text}' {tok.head.text} the meeting; " + src.how
                    source, direct = src, False
        if e.kind == "noun" and light is not None and e.type in ("AID", "SUPPORT") \
                and _lemma(light) in self.cues["recipient_light_verbs"]:
            # "the reporters had the assistance of the embassy": who has or receives aid is its recipient
            self.doc.note(STAGE, skipped=tok.text, at=tok.idx, entry=e.id,
                          reason=f"'{light.text} {tok.text}': the subject receives, it does not give")
            return None
        if e.kind == "noun" and source and source.how.startswith("possessor") and not self.realised(tok):
            # "Reagan's endorsement", "Japan's refusal to apologise": a mention of an act, not a new one
            self.doc.note(STAGE, skipped=tok.text, at=tok.idx, entry=e.id,
                          reason="nominal trigger with only a possessor as source and no realising verb")
            return None
        if e.kind == "verb" and source and tok.tag_ == "VBN" and tok.dep_ in ("advcl", "acl") \
                and child(tok, "nsubj", "nsubjpass", "agent") is None and source.how.startswith("controlled by"):
            # "When asked why he was dismissed, X stated": X was asked, he did not ask
            self.doc.note(STAGE, skipped=tok.text, at=tok.idx, entry=e.id, reason="passive participle: no agent")
            return None
        # ---- composition
        typ, mode, cameo = e.type, e.mode, e.cameo
        comp_m, comp_tok = (self.complement(tok, e.governs) if e.governs else (None, None))
        extra: list[Draft] = []
        target = self.targets(m, tok, e.target, exclude=frozenset(actor_key(a) for a in source.actors))
        if not target and light is not None:
            target = self.targets(Match(e, light, m.consumed), light, tuple(t for t in e.target if t != "dobj"))
        if not target and e.group in self.cues["visit_groups"]:
            target = self.visited_place(tok, light)
        composed = False
        if e.governs and comp_m is not None:
            ct = comp_m.entry.type
            composed = True
            absorbed.add(comp_tok.i)
            why.append(f"governs complement '{comp_tok.text}' ({comp_m.entry.id}, {ct})")
            comp_target = self.targets(comp_m, comp_tok, comp_m.entry.target)
            comp_src, _ = self.verb_source(comp_tok) if comp_m.entry.kind == "verb" else (Filler(), False)
            modes, codes = self.cues["complement_modes"], self.cues["complement_cameo"]
            if e.governs == "request":
                typ, mode = "REQUEST", modes["REQUEST"].get(ct, modes["REQUEST"]["default"])
                cameo = codes["REQUEST"].get(ct, codes["REQUEST"]["default"])
                if not target and (comp_tok.dep_ == "ccomp" or ((rc := self.requested_clause(tok)) is not None and rc.i == comp_tok.i)) and comp_src:
                    target = comp_src  # "demanded that Israel withdraw", "called for Israel to withdraw"
            elif e.governs == "intent" and self.negated(comp_tok):
                if ct in COOP_TYPES | CONCEDE_TYPES and _lemma(tok) not in self.cues["agreement_governors"]:
                    # "vowed not to return the Golan Heights": a commitment never to cooperate or yield
                    # is a refusal (manual, REJECT: all rejections and refusals)
                    typ = "REJECT"
                    mode = modes["REJECT"].get(ct, modes["REJECT"]["default"])
                    cameo = codes["REJECT"].get(ct, codes["REJECT"]["default"])
                else:
                    # "pledged not to attack": a promise of restraint is an agreement (manual, AGREE),
                    # never a threat of the negated act
                    typ, mode, cameo = "AGREE", None, codes["AGREE"]["default"]
                why.append(f"commitment not to {ct}: coded {typ}")
                target = target or comp_target
            elif e.governs == "intent" and ct in CONFLICT_TYPES and comp_tok.dep_ in ("acl", "relcl"):
                # "agreed to a settlement banning X": the agreement is to the settlement (manual, AGREE)
                typ, mode, cameo = "AGREE", None, codes["AGREE"]["default"]
                target = target or Filler()
            elif e.governs == "intent" and ct in CONFLICT_TYPES and not (target or comp_target) \
                    and comp_m.entry.group not in self.cues["domestic_measures"]:
                # "vowed to keep fighting the development": a conflict intent with no recipient actor is
                # neither a THREATEN (manual: threats are made to an actor) nor an AGREE
                self.doc.note(STAGE, skipped=tok.text, at=tok.idx, entry=e.id,
                              reason=f"intent to {ct} without a recipient actor")
                return None
            elif e.governs in ("threaten", "intent") and (e.governs == "threaten" or ct in CONFLICT_TYPES):
                typ = "THREATEN"
                mode = modes["THREATEN"].get(ct, modes["THREATEN"]["default"]) or None
                cameo = codes["THREATEN"].get(ct, codes["THREATEN"]["default"])
                target = target or comp_target
            elif e.governs == "intent":
                if ct in COOP_TYPES:
                    typ, mode = "AGREE", None
                    cameo = codes["AGREE"].get(ct, codes["AGREE"]["default"])
                elif ct in CONCEDE_TYPES:
                    # an expressed intent to yield is AGREE (CAMEO 035 -> AGREE); a plain announced
                    # future retreat ("will withdraw") stays CONCEDE (manual, CONCEDE), see below
                    typ, mode = "AGREE", None
                    cameo = codes["AGREE"].get(ct, codes["AGREE"]["default"])
                else:
                    # "promised funding to investigate", "agreed to a settlement banning X": a promise
                    # or agreement is AGREE; it never takes the complement's type (manual, AGREE)
                    typ, mode = "AGREE", None
                    cameo = codes["AGREE"].get(ct, codes["AGREE"]["default"])
                target = target or comp_target
            elif e.governs in ("refuse", "reject"):
                typ = "REJECT"
                mode = modes["REJECT"].get(ct, modes["REJECT"]["default"])
                cameo = codes["REJECT"].get(ct, codes["REJECT"]["default"])
                target = target or comp_target
                neg = self.build(comp_m, set())  # the refused action itself, kept but negated
                if neg is not None:
                    for x in (neg if isinstance(neg, list) else [neg]):
                        x.negated = True
                        x.confidence = round(max(0.05, x.confidence - 0.2), 3)
                        x.why.append(f"refused by governor '{tok.text}': negated")
                        extra.append(x)
            elif e.governs == "negate":
                neg = self.build(comp_m, set())
                if neg is None:
                    return None
                out = neg if isinstance(neg, list) else [neg]
                failing = _lemma(tok) in self.cues["failure_governors"]
                for x in out:
                    if failing and x.type in self.cues["negated_to_reject"] and not x.negated \
                            and x.modality not in ("hypothetical", "question", "possible"):
                        # "failed to reach agreement": a refusal to agree (manual, REJECT)
                        x.why.append(f"failed by governor '{tok.text}': {x.type} coded REJECT (manual, REJECT: refusals)")
                        x.mode = self.cues["complement_modes"]["REJECT"].get(x.type, self.cues["complement_modes"]["REJECT"]["default"])
                        x.cameo = self.cues["complement_cameo"]["REJECT"].get(x.type, "120")
                        x.type = "REJECT"
                        continue
                    x.negated = True
                    x.why.append(f"negated by governor '{tok.text}' ({e.id})")
                return out
        if "complement" in e.require and not composed:
            return None
        if e.governs == "request" and not target and e.kind == "verb":
            # "called for the interior minister, X, to resign": the for-object of a demand with an
            # infinitive after it is the one asked (not "called for sanctions")
            for p in children(tok, "prep"):
                o = pobj_of(p)
                if p.lower_ == "for" and o is not None and o.pos_ in NOUN_POS and any(
                        x.dep_ == "xcomp" and x.i > o.i and child(x, "aux") is not None and child(x, "aux").lower_ == "to"
                        for x in tok.children):
                    target = self.actors_of(o, f"for-object of '{tok.text}' before the demanded infinitive")
                    break
        if e.governs == "request" and not target and not composed:
            # "demanded that the US cancel its plans": the subject of the demanded clause is the one
            # asked (manual, REQUEST: the target is the actor the demand is made of)
            clause = self.requested_clause(tok)
            subj = child(clause, "nsubj") if clause is not None else None
            if subj is not None:
                target = self.actors_of(subj, f"subject of the demanded clause '{clause.text}'")
        if e.governs in ("refuse", "reject") and not composed and e.kind == "verb":
            # "declined to comment", "refused to identify them": withholding information from the press
            # is no refusal of another actor's demand or proposal (manual, REJECT)
            info = next((c for c in tok.children if c.dep_ == "xcomp" and _lemma(c) in self.cues["non_event_refusals"]), None)
            if info is not None:
                self.doc.note(STAGE, skipped=tok.text, at=tok.idx, entry=e.id,
                              reason=f"refusal to give information: '{tok.text} to {info.text}'")
                return None
        if e.kind == "verb" and e.type != "AGREE" and tok.dep_ == "pcomp" \
                and tok.head.lower_ in self.cues["reason_clause_preps"] and child(tok, "nsubj") is None \
                and tok.head.head.pos_ in VERB_POS and child(tok.head.head, "dobj") is not None \
                and source.how.startswith("controlled by"):
            # "condemned the Westerners for putting pressure on X": the reason clause is the act the
            # object is blamed or thanked for, as the speaker claims it; the speaker's act is coded
            self.doc.note(STAGE, skipped=tok.text, at=tok.idx, entry=e.id,
                          reason=f"reason clause '{tok.head.text} {tok.text}' of '{tok.head.head.text}': the object's act, as claimed")
            return extra or None
        if e.group == "agree.general" and e.kind == "verb" and _lemma(tok) == "agree" and not composed \
                and not any(c.dep_ in ("xcomp", "ccomp", "dobj") or (c.dep_ == "prep" and c.lower_ in ("on", "to", "upon"))
                            for c in tok.children):
            # "Frank agreed, saying ...", "agreed with the minister": concurring with a view is no
            # agreement to act (manual, AGREE: agree to a future action or a settlement)
            self.doc.note(STAGE, skipped=tok.text, at=tok.idx, entry=e.id, reason="agreement with a view, no agreed act")
            return extra or None
        if e.governs == "intent" and not composed and _lemma(tok) in self.cues["refusal_vows"] and any(
                c.dep_ in ("xcomp", "ccomp") and self.negated(c) for c in tok.children):
            # "vowed not to return the Heights" with an act the lexicon does not know: no agreement
            self.doc.note(STAGE, skipped=tok.text, at=tok.idx, entry=e.id, reason="commitment not to do an unknown act")
            return None
        # intent adjectives ("is ready to send troops") are handled in obligations(); here none.
        if not source and typ == "ASSAULT" and target and e.kind == "verb":
            source = self.unidentified_agent(tok)
            direct = False
            if source:
                why.append("unidentified attacker (manual, actor code UNK)")
        if not source and typ == "COERCE" and e.kind == "verb" and target:
            # (a country's name is never the one arrested: "Iran: a team of reporters were arrested" misread)
            target.actors = [a for a in target.actors if not self._country_name(a)]
            source = self.unidentified_authorities(tok) if target else Filler()
            direct = False
            if source:
                why.append("agentless arrest: the authorities of the place (ICEWS 'Police (Lebanon)')")
        if not source and not e.allow_no_source:
            self.doc.note(STAGE, skipped=tok.text, at=tok.idx, entry=e.id, reason="no source actor")
            return extra or None
        if e.group == "retreat.resign" and source.actors and all(
                a.kind != "person" and (a.sector or "") in ("CVL", "LAB", "EDU", "REF") for a in source.actors):
            # "the American people don't quit": only an official resigns (manual, RETREAT resign)
            self.doc.note(STAGE, skipped=tok.text, at=tok.idx, entry=e.id, reason="civilians do not resign an office")
            return extra or None
        if e.group == "retreat.withdraw" and e.kind == "verb" and not self.trigger_objects(tok, "verb") \
                and not any(p.lower_ in ("from", "to") for p in prep_children(tok)) and source.actors \
                and all(a.kind == "person" and (a.sector or "") not in ("MIL", "COP", "REB", "INS") for a in source.actors):
            # "he announced he was withdrawing", "missed the deadline to pull out": a person who withdraws
            # with no forces and no territory named leaves a race or a post (manual, RETREAT: forces)
            self.doc.note(STAGE, skipped=tok.text, at=tok.idx, entry=e.id, reason="a person withdrawing, no forces named")
            return extra or None
        if e.kind == "verb" and (st := subject_token(subject_of if subject_of is not None else tok)[0]) is not None \
                and (_lemma(st) in self.cues["document_nouns"] or st.lower_ in self.cues["document_nouns"]):
            # "the Levin-Reed Amendment calls for ...", "the Regulations ban ...": a text does not act; its
            # author's act is coded where the text says who adopted it (manual: actors are people and groups)
            self.doc.note(STAGE, skipped=tok.text, at=tok.idx, entry=e.id, reason=f"a document as subject: '{st.text}'")
            return extra or None
        if e.group in self.cues["armed_groups"] and source.actors and all(
                a.kind == "organization" and (a.sector or "").lower() in self.cues["unarmed_sectors"] for a in source.actors):
            # "the Red Cross mobilized its crisis cell", "the aid group is halting operations": no force
            # is moved or stood down by an unarmed organisation (manual, MOBILIZE / RETREAT ceasefire)
            self.doc.note(STAGE, skipped=tok.text, at=tok.idx, entry=e.id, reason="an unarmed organisation: no military act")
            return extra or None
        # ---- outlets never act by speaking/reporting
        source.actors = [a for a in source.actors if not (a.kind == "outlet" and typ in ("REQUEST", "ACCUSE", "REJECT", "THREATEN"))]
        if not source:
            return extra or None
        # ---- swap (host) and reciprocal
        if e.swap:
            source, target = target, source
            why.append("host verb: the guest is the actor")
            if not source:
                return extra or None
        warned = self.actors_of(child(tok, "dobj"), "warned") if e.group == "threaten.warn" else Filler()
        if warned and source.actors and all(
                a.kind not in STATE_KINDS and (a.sector or "CVL") == "CVL" and a.country
                and a.country in {s.country for s in source.actors} for a in warned.actors):
            # "Canada issued an advisory cautioning Canadians against travel": advice to one's own people,
            # no threat (manual, THREATEN: coercive warnings with serious repercussions for the recipient)
            self.doc.note(STAGE, skipped=tok.text, at=tok.idx, entry=e.id, reason="a warning to the actor's own people")
            return extra or None
        if "target" in e.require and not target:
            self.doc.note(STAGE, skipped=tok.text, at=tok.idx, entry=e.id, reason="entry requires a target actor")
            return extra or None
        if "target_or_complement" in e.require and not (target or composed):
            return extra or None
        skeys = {actor_key(a) for a in source.actors}
        target.actors = [a for a in target.actors if actor_key(a) not in skeys]
        unmerged = (source, target)  # a refused meeting has a refuser and a recipient (see REJECT below)
        if e.reciprocal and target:
            source = Filler(source.actors + target.actors, source.tokens + target.tokens,
                            source.how + " + reciprocal participants (" + target.how + ")")
            target = Filler()
            why.append("reciprocal event: all participants are actors (manual, CONSULT/ASSAULT)")
        if typ == "PROTEST" and (placed := self.located_civilians(source, tok)) is not None:
            source = placed
            why.append("civilians placed by the event's location (manual, CVL)")
        cues = self.cues
        if e.group in cues["needs_recipient_groups"] and not (target or composed) and e.kind == "verb":
            # "offered to hand over to Britain two suspects": the recipient of the offered act
            for x in children(tok, "xcomp"):
                rec = self.targets(Match(e, x, ()), x, ("dative", "to"))
                if rec:
                    target = rec
                    rec.how = f"recipient of the offered act '{x.text}'; " + rec.how
                    break
        if e.group in cues["needs_recipient_groups"] and not (target or composed):
            self.doc.note(STAGE, skipped=tok.text, at=tok.idx, entry=e.id, reason="offer/proposal without a recipient")
            return extra or None
        plural = cues["plural_participants"]
        if e.group in cues["meeting_groups"] and not target \
                and len({actor_key(a) for a in source.actors}) < 2 \
                and not any((a.text or "").lower().split()[-1:] and (a.text or "").lower().split()[-1] in plural
                            for a in source.actors) \
                and not ((st := subject_token(tok)[0]) is not None and st.lower_ in plural):
            # "the cabinet met on Sunday", "in a meeting, the church approved": one body's own session
            self.doc.note(STAGE, skipped=tok.text, at=tok.idx, entry=e.id, reason="meeting with a single participant")
            return extra or None
        if e.group in cues["visit_groups"] and not self.hosted(source, target):
            self.doc.note(STAGE, skipped=tok.text, at=tok.idx, entry=e.id, reason="trip without a foreign host")
            return extra or None
        if e.kind == "verb" and _lemma(tok) in cues["request_with_complement"] \
                and any(c.dep_ == "xcomp" and child(c, "aux") is not None for c in tok.children):
            typ, mode, cameo = "REQUEST", None, "100"
            why.append(f"'{tok.text} X to do Y' is a demand (manual, REQUEST)")
        crowd = cues["crowd_words"]
        subj_tok = subject_token(light if light is not None else tok)[0]
        crowded = subj_tok is not None and any(t.lower_ in crowd for t in subj_tok.subtree)
        # "the mayor took part in the demonstration": joining a demonstration is physical protest
        crowded = crowded or source.how.startswith("participant: subject of")
        vp = cues["verbal_protest"]  # lists as sets (load_cues)
        if typ == "PROTEST" and e.kind == "verb" and _lemma(tok) in vp.get("lemmas", ()) and not crowded \
                and not self.physical_protest(source, tok, vp):
            typ, mode, cameo = _recoded(vp["recode"], cameo)
            why.append("verbal protest by a non-collective actor: ACCUSE disapprove (manual, PROTEST is physical)")
        va = cues["verbal_attack"]
        if typ == "ASSAULT" and e.kind == "verb" and _lemma(tok) in va.get("lemmas", ()) and (any(
                c.dep_ == "prep" and c.lower_ == "as" and (o := pobj_of(c)) is not None
                and _lemma(o) not in va.get("physical_as", ()) for c in tok.children) or any(
                c.dep_ == "dobj" and (_lemma(c) in va.get("verbal_objects", ()) or c.lower_ in self.cues["document_nouns"]
                                      or _lemma(c) in self.cues["document_nouns"]) for c in tok.children)):
            # "attacked his rival as 'a joke'": a verbal attack, labelling its target (manual, ACCUSE)
            typ, mode, cameo = _recoded(va["recode"], cameo)
            why.append("'attacked X as Y' / 'attacked the law': a verbal attack, ACCUSE disapprove (manual, ASSAULT is physical)")
        elif typ == "ASSAULT" and e.group == va.get("group") and self.verbal_attack(tok, source, target):
            # "the opposition leader attacked the government over its economic record", "MPs attacked
            # the coach for his remarks": politicians, parties, courts or the press attacking political
            # actors, with no weapon, casualty or armed party in the sentence, attack in words
            typ, mode, cameo = _recoded(va["recode"], cameo)
            why.append("an attack by unarmed political actors on political actors, no sign of force in the "
                       "sentence: a verbal attack, ACCUSE disapprove (manual, ASSAULT is physical)")
        # ---- state actor recoding ("the government protested")
        if crowded and e.if_state_actor:
            why.append(f"a crowd ('{subj_tok.text}'): the people, not the state, act")
        if e.if_state_actor and not crowded and any(a.kind in STATE_KINDS or (a.sector or "") in STATE_SECTORS
                                                    for a in source.actors):
            typ, mode, cameo = _recoded(e.if_state_actor, cameo)
            why.append(f"state/official actor: recoded as {typ} per if_state_actor")
        if typ == "ACCUSE" and e.type == "PROTEST" and not target and e.kind == "verb":
            # "Kenya protested to Uganda over the incident": a diplomatic protest is lodged with its recipient
            target = self.targets(m, tok, ("to",))
        # ---- one party only: a one-country exercise is MOBILIZE, joint ones COOPERATE (manual)
        if e.if_single_party and not target and len({actor_key(a) for a in source.actors}) < 2 \
                and not any(t.lower_ in ("joint", "combined", "bilateral") for t in tok.subtree):
            typ, mode, cameo = _recoded(e.if_single_party, cameo)
            why.append(f"a single party: recoded as {typ} per if_single_party (manual, MOBILIZE: single-country exercises)")
        # ---- military units as the actor of a movement verb ("troops arrived in X"): a deployment
        if e.if_military_actor and source.actors and all(
                a.kind != "person" and (a.sector or "") == "MIL" for a in source.actors):
            typ, mode, cameo = _recoded(e.if_military_actor, cameo)
            why.append(f"military unit as actor: recoded as {typ} per if_military_actor (manual, MOBILIZE)")
        if e.if_security_actor and source.actors and all(
                a.kind != "person" and (a.sector or "") in ("MIL", "COP", "SPY") for a in source.actors):
            typ, mode, cameo = _recoded(e.if_security_actor, cameo)
            why.append(f"security forces as actor: recoded as {typ} per if_security_actor (manual, COERCE)")
        # ---- modality, negation
        negated = self.negated(tok)
        if not negated and light is not None and light.i != tok.i and self.negated(light):
            negated = True  # "did not take part in the demonstrations", "did not launch an attack"
        modality, mwhy = self.modality(tok)
        if modality is None and e.kind == "noun":
            # "will most likely result in further investigation", "will launch an attack": a nominal
            # trigger takes the modality of the verb that governs it
            gov = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ in ("prep", "agent") else tok.head
            if gov.i != tok.i and tok.dep_ in ("dobj", "attr", "oprd", "nsubjpass", "pobj") and gov.pos_ in VERB_POS:
                modality, mwhy = self.modality(gov)
                if modality is not None:
                    mwhy = f"governing verb '{gov.text}': {mwhy}"
                elif tok.dep_ == "dobj" and _lemma(gov) in self.cues["promise_verbs"]:
                    # "the statement promised 3 million euros of aid": promised, not yet given (manual, AGREE)
                    modality, mwhy = "intended", f"object of '{gov.text}'"
                elif tok.dep_ == "dobj" and _lemma(gov) in self.cues["prevention_verbs"]:
                    # "to prevent attacks by Georgian units": a prevented act did not happen
                    modality, mwhy = "hypothetical", f"prevented by '{gov.text}'"
        if modality is None and e.kind == "noun":
            # "in the event of a Chinese invasion", "in case of an attack": a contingency, not an act
            left = tok.doc[max(0, tok.left_edge.i - 5):tok.left_edge.i].text.lower()
            frame = next((f for f in (self.cues.get("hypothetical_frames") or ()) if left.endswith(f)), None)
            if frame is not None:
                modality, mwhy = "hypothetical", f"contingency frame '{frame}'"
        # "will not accept refugees", also under a condition ("will not accept refugees if war starts"):
        # a will/would modal on the negated act itself, never a counterfactual "would not have"
        refused = negated and typ in (self.cues.get("future_negated_to_reject") or ()) and modality != "question" \
            and any(c.dep_ == "aux" and self.cues["modals"].get(c.lower_) == "future" for c in tok.children) \
            and not any(c.dep_ == "aux" and c.lower_ == "have" for c in tok.children) \
            and not any(c.dep_ == "advmod" and c.lower_ in self.cues["hedge_adverbs"] for c in tok.children) \
            and not self.third_party_forecast(tok, source) \
            and not any(c.dep_ == "mark" and c.lower_ in self.cues["conditional_markers"] for c in tok.children)
        if (negated and typ in self.cues["negated_to_reject"] and modality not in ("hypothetical", "question", "possible")) \
                or refused:
            # "would not meet the demands", "did not agree to", "will not accept refugees": a refusal
            # (manual, REJECT: all rejections and refusals); the refused content gives the mode
            why.append(f"negated {'future ' if refused else ''}{typ} coded REJECT (manual, REJECT: refusals)")
            mode = self.cues["complement_modes"]["REJECT"].get(typ, self.cues["complement_modes"]["REJECT"]["default"])
            cameo = self.cues["complement_cameo"]["REJECT"].get(typ, "120")
            typ, negated = "REJECT", False
            if e.reciprocal and unmerged[1]:
                source, target = unmerged
                why.append("refusal: the refuser is the actor, the other participants the recipients")
        if modality is None and comp_tok is not None and e.governs == "intent":
            modality, mwhy = "intended", f"intent governor '{tok.text}'"
        if modality == "intended" and typ == "ASSAULT" and tok.dep_ == "xcomp" \
                and _lemma(tok.head) in self.cues["attempt_governors"] and tok.head.tag_ in ("VBD", "VBN") \
                and not any(c.dep_ == "aux" and self.cues["modals"].get(c.lower_) for c in tok.head.children):
            # "said they attempted to assassinate the prime minister": a past attempt is itself the
            # attack (manual, ASSAULT targeted: "successful and attempted assassinations")
            why.append(f"past attempt ('{tok.head.text}') of an ASSAULT: the attempt is the act (manual, ASSAULT)")
            modality = None
            cameo = "185" if cameo == "186" else cameo  # CAMEO 185: attempt to assassinate
        if modality in ("future", "intended") and not composed:
            if typ in self.cues["future_to_agree"]:
                why.append(f"future/intended {typ} coded AGREE (manual, AGREE)")
                cameo = self.cues["complement_cameo"]["AGREE"].get(typ, "030")
                typ, mode = "AGREE", None
            elif typ in self.cues["future_to_concede"] and tok.dep_ == "xcomp" \
                    and _lemma(tok.head) in self.cues["attempt_governors"]:
                # "tried to free the soldiers": an attempt, not an announced retreat (no CONCEDE)
                why.append(f"attempted {typ} ('{tok.head.text}'): not an announced concession")
            elif typ in self.cues["future_to_concede"]:
                why.append(f"future/intended {typ} coded CONCEDE (manual, CONCEDE: announced retreat)")
                typ, mode = "CONCEDE", None
        speakers = self.speakers_of(tok)
        speaker = speakers[0][0] if speakers else Filler()
        quote = self.quote_at(tok.idx)
        if not speaker and quote is not None and quote.speaker is not None:
            speaker = Filler([quote.speaker], [], "quote speaker")
        own = bool(speaker) and self.same_group(speaker.actors, source.actors)
        if speaker and not own and e.kind == "verb":
            # "our fighters will attack", "we will kidnap": first person inside the speaker's words
            subj, _ = subject_token(tok)
            own = subj is not None and any(t.lower_ in ("we", "our", "us") for t in subj.subtree)
        if modality in ("future", "intended") and self.in_condition(tok):
            modality, mwhy = "hypothetical", f"inside a condition ({mwhy})"
        if (modality in ("future", "intended") and not composed and typ in self.cues["future_to_threaten"] and own):
            # "we will fight Israel", a Hamas official on Hamas fighters: the speaker's own side
            why.append(f"announced future {typ} by its own actor/group coded THREATEN (manual, auxiliary modes)")
            mode = self.cues["complement_modes"]["THREATEN"].get(typ) or None
            cameo = self.cues["complement_cameo"]["THREATEN"].get(typ, "130")
            typ = "THREATEN"
        elif speaker and not own:
            verbs = {_lemma(st) for _, st in speakers}
            if modality is None and verbs & cues["claim_verbs"]:
                # "Chavez claims Colombia invaded": the act is Chavez's claim; the content is unverified
                modality, mwhy = "hypothetical", f"content of a claim ('{', '.join(sorted(verbs))}')"
            elif modality in ("future", "intended") and (quote is not None or verbs & cues["prediction_speech_verbs"]):
                # "Sinn Fein will sign up", said by a unionist: a prediction, not Sinn Fein's act
                modality, mwhy = "hypothetical", f"a third party's prediction ({mwhy})"
        if not composed and not negated and (threat := self.conditional_threat(tok, typ, speaker, own, source)) is not None:
            # "will expel the diplomats unless Paris apologises": a conditional threat (manual, THREATEN)
            why.append(threat)
            mode = self.cues["complement_modes"]["THREATEN"].get(typ) or None
            cameo = self.cues["complement_cameo"]["THREATEN"].get(typ, "130")
            typ, modality, mwhy = "THREATEN", None, ""
        if typ == "THREATEN" and not target:
            # "threatened to strike unless Israel rescinds the law": the party whose act is the
            # condition is the one threatened (manual, THREATEN: coercive threats to a recipient)
            acts = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp")]
            acts += [cc for c in acts for cc in c.children if cc.dep_ in ("xcomp", "conj")]
            target = self.condition_party([tok] + acts, source)
            for x in ([] if target else [a for a in acts if a.dep_ == "xcomp" and a.pos_ in VERB_POS]):
                # "threatened to deliver devastating blows to the United States": the threatened act's recipient
                f = self.targets(Match(e, x, ()), x, ("dobj", "to", "against", "on", "at", "with"),
                                 exclude=frozenset(actor_key(a) for a in source.actors))
                if f:
                    target = f
                    f.how = f"recipient of the threatened act '{x.text}'; " + f.how
                    break
        if refused and modality in ("future", "hypothetical") and mwhy.startswith(("modal", "main clause of conditional")):
            # "said it will not accept": the refusal is made now; a third party's forecast stays hypothetical
            modality, mwhy = None, ""
        if mwhy:
            why.append(f"modality {modality}: {mwhy}")
        if negated:
            why.append("negated: 'not'/'never' dependent")
        # ---- reported speech
        reported_by: Actor | None = None
        skeys = {actor_key(a) for a in source.actors}
        for spk, speech_tok in speakers:
            cand = [a for a in spk.actors if a.kind != "outlet" and actor_key(a) not in skeys]
            if cand:
                reported_by = cand[0]
                why.append(f"reported by {reported_by.text} ('{speech_tok.text}')")
                break
        if reported_by is None:
            q = self.quote_at(tok.idx)
            if q is not None and q.speaker is not None and actor_key(q.speaker) not in skeys and q.speaker.kind != "outlet":
                reported_by = q.speaker
                why.append(f"inside quote {q.id} by {q.speaker.text}")
        # ---- historical: an explicit past year or era on the clause (the dates stage dates it)
        historical = self.historical_mark(tok)
        if historical:
            why.append(f"historical: {historical}")
        # ---- confidence (calibrated on the 2026 precision read, see module docstring)
        conf = self.confidence(e, source, target, direct, composed, tok, modality, negated, reported_by, historical)
        why.append(f"source {[a.text for a in source.actors]} ({source.how})")
        if target:
            why.append(f"target {[a.text for a in target.actors]} ({target.how})")
        rule = f"{e.id} | source:{source.how.split(';')[0]}" + (f" | target:{target.how.split(';')[0]}" if target else "")
        if historical:
            rule += f" | historical: {historical}"
        d = Draft(match=m, type=typ, mode=mode, cameo=cameo, source=source, target=target, negated=negated,
                  modality=modality, reported_by=reported_by, confidence=conf, rule=rule, why=why,
                  contexts=list(e.contexts), historical=bool(historical))
        return [d] + extra if extra else d

    def in_condition(self, tok: Any) -> bool:
        """Is the act inside an if/unless clause ('if he wanted to kill X, ...')? Its content is a condition."""
        t = tok
        for _ in range(6):
            if t.dep_ == "advcl" and (mk := child(t, "mark")) is not None and mk.lower_ in self.cues["conditional_markers"]:
                return True
            if t.dep_ not in ("xcomp", "conj", "advcl", "ccomp") or t.head.i == t.i:
                return False
            t = t.head
        return False

    def third_party_forecast(self, tok: Any, source: Filler) -> bool:
        """Is the act inside the words of a speaker from another group ('analysts said Israel will not
        withdraw')? Then a will-not is that speaker's forecast, not the source's refusal."""
        own_countries = {a.country for a in source.actors if a.country}
        spks = [spk.actors for spk, _ in self.speakers_of(tok)]
        quote = self.quote_at(tok.idx)
        if not spks and quote is not None and quote.speaker is not None:
            spks = [[quote.speaker]]
        for actors in spks[:1]:
            if self.same_group(actors, source.actors):
                return False
            return not any(a.country and a.country in own_countries for a in actors)
        return False

    def conditional_threat(self, tok: Any, typ: str, speaker: Filler, own: bool, source: Filler) -> str | None:
        """'X will expel the diplomats unless Y apologises', 'would halt cooperation if the UN imposes
        sanctions': a harmful act announced on a condition the recipient can meet is a threat (manual,
        THREATEN). Needs a will/would-type modal on the act and, for 'if', a conflict type; a third
        party's 'X could cut supplies if talks fail' is a prediction, not X's threat."""
        ct = self.cues.get("conditional_threats") or {}
        own_countries = {a.country for a in source.actors if a.country}
        if speaker and not own and own_countries and any(a.country and a.country not in own_countries
                                                         for a in speaker.actors):
            return None  # a third party's (another country's) conditional is a prediction
        t = tok
        while t.dep_ == "conj" and t.head.pos_ in VERB_POS and t.head.i != t.i and child(t, "aux") is None:
            t = t.head
        modal = next((c for c in t.children if c.dep_ == "aux" and c.lower_ in (ct.get("modals") or ())), None)
        if modal is None:
            return None
        for c in list(tok.children) + (list(t.children) if t.i != tok.i else []):
            mk = child(c, "mark") if c.dep_ == "advcl" else None
            if mk is None:
                continue
            types = (ct.get("markers") or {}).get(mk.lower_)
            csubj = child(c, "nsubj", "nsubjpass")
            if csubj is not None:
                mine = self.actors_of(csubj, "condition subject")
                skeys = {actor_key(a) for a in source.actors}
                if (mine and {actor_key(a) for a in mine.actors} <= skeys) or \
                        (csubj.lower_ in PRONOUNS and (msubj := subject_token(t)[0]) is not None and msubj.lower_ == csubj.lower_):
                    continue  # "if he wanted to, he would shoot him": a condition on himself, no demand
            if types and typ in types:
                return f"conditional threat: '{modal.text} {tok.text} ... {mk.text} {c.text}' (manual, THREATEN)"
        return None

    def condition_party(self, toks: list[Any], source: Filler) -> Filler:
        """The actor of an if/unless clause on the threatened act ("... unless Baghdad accepts the
        terms", "... if the United States goes ahead"): its subject, when an actor other than the source."""
        skeys = {actor_key(a) for a in source.actors}
        for t in toks:
            for c in t.children:
                mk = child(c, "mark") if c.dep_ == "advcl" else None
                if mk is None or mk.lower_ not in ("if", "unless"):
                    continue
                f = self.actors_of(child(c, "nsubj", "nsubjpass"), f"subject of the condition '{mk.text} ... {c.text}'")
                f.actors = [a for a in f.actors if actor_key(a) not in skeys]
                if f:
                    return f
        return Filler()

    def same_group(self, speakers: list[Actor], sources: list[Actor]) -> bool:
        """Is the speaker the source or a member of it ('a Hamas official' on 'the sons of Hamas')?"""
        for a in speakers:
            for b in sources:
                if actor_key(a) == actor_key(b) or (a.code and a.code == b.code and a.kind == b.kind):
                    return True
                an, bn = (a.name or a.text or "").lower(), (b.name or b.text or "").lower()
                if an and bn and (bn in (a.text or "").lower() or an in (b.text or "").lower()):
                    return True
        return False

    def confidence(self, e: Entry, source: Filler, target: Filler, direct: bool, composed: bool, tok: Any,
                   modality: str | None, negated: bool, reported_by: Actor | None, historical: str | None) -> float:
        """See the module docstring: structural evidence up, every hedge on the act down."""
        conf = e.confidence
        conf += 0.1 if direct else -0.1
        if "pronoun" in source.how or "nearest person" in source.how:
            conf -= 0.05
        if target and not target.how.startswith("visited place"):
            conf += 0.05  # (a host inferred from a city's state gets no bonus)
        if composed:
            conf += 0.05
        conf -= 0.05 * min(3, self.depth(tok))
        if e.kind == "noun":
            conf -= 0.05
        if reported_by is not None:
            conf -= 0.1
        if negated:
            conf -= 0.15
        if not any(a.country for a in source.actors):
            conf -= 0.1
        elif "no attacker named" in source.how or "no arrester named" in source.how:
            conf -= 0.15  # an unidentified attacker's country is only the event place: an inference
        if historical:
            conf -= 0.2  # the dates stage recomputes ``historical`` from the attached date
        if modality is not None:
            conf = min(conf - 0.3, 0.4)
        return round(min(0.99, max(0.05, conf)), 3)

    def depth(self, tok: Any) -> int:
        n, t = 0, tok
        while t.head.i != t.i:
            if t.dep_ in ("ccomp", "xcomp", "advcl", "relcl", "acl", "pcomp", "parataxis"):
                n += 1
            t = t.head
        return n

    def intents(self, sent: Any, absorbed: set[int]) -> list[Draft]:
        """'X is ready/willing/prepared/committed to <event>': the intent governs the event."""
        out: list[Draft] = []
        governors = self.cues["intent_governors"]
        for tok in sent:
            if tok.pos_ != "ADJ" and not (tok.tag_ == "VBN" and tok.dep_ in ("acomp", "ROOT")):
                continue
            if _lemma(tok) not in governors or tok.dep_ not in ("acomp", "ROOT", "xcomp", "ccomp"):
                continue
            fake_entry = Entry(id=f"rule.intent_adjective:{_lemma(tok)}", group="rule", kind="verb",
                               phrase=tok.text, lemma=_lemma(tok), type="AGREE", mode=None, cameo="030",
                               governs="intent", require=("complement",), target=("to", "with"))
            comp_m, comp_tok = self.complement(tok)
            if comp_m is None or comp_tok.i in absorbed:
                continue
            anchor = tok.head if tok.dep_ == "acomp" else tok
            d = self.build(Match(fake_entry, tok), absorbed, subject_of=anchor)
            if d is not None:
                out.extend(d if isinstance(d, list) else [d])
        return out

    def obligations(self, sent: Any, taken: set[int]) -> list[Draft]:
        """'X said (that) Y must/should/needs to Z' -> REQUEST by X (recipient Y if an actor)."""
        out: list[Draft] = []
        words = self.cues["obligation_words"]
        speech = self.cues["speech_verbs"]
        for tok in sent:
            if tok.dep_ != "ccomp" or _lemma(tok.head) not in speech:
                continue
            cue = None
            if _lemma(tok) in words and child(tok, "xcomp") is not None:
                cue = tok
            else:
                cue = next((c for c in tok.children if c.dep_ == "aux" and c.lower_ in words), None)
            if cue is None:
                continue
            subj, how = subject_token(tok.head)
            source = self.actors_of(subj, f"speaker of '{tok.head.text}'")
            if not source:
                continue
            inner = child(tok, "nsubj", "nsubjpass")
            target = self.actors_of(inner, "addressee (subject of the obligation)") if inner is not None else Filler()
            skeys = {actor_key(a) for a in source.actors}
            target.actors = [a for a in target.actors if actor_key(a) not in skeys]
            if not target:
                # "he argues that the system should function ...": an opinion, no demand on an actor
                continue
            comp = child(tok, "xcomp") if cue.i == tok.i else tok
            cm = match(comp) if comp is not None else None
            ct = cm.entry.type if cm is not None else None
            modes, codes = self.cues["complement_modes"]["REQUEST"], self.cues["complement_cameo"]["REQUEST"]
            mode = modes.get(ct) if ct else None
            cameo = codes.get(ct, "100") if ct else "100"
            fake = Entry(id="rule.speech_obligation", group="rule", kind="verb", phrase=cue.text, lemma=_lemma(cue),
                         type="REQUEST", mode=mode, cameo=cameo)
            conf = 0.6 + (0.05 if target else 0) - 0.05 * min(3, self.depth(tok.head))
            why = [f"speech verb '{tok.head.text}' + obligation '{cue.text}': a demand by the speaker",
                   f"source {[a.text for a in source.actors]} ({source.how})"]
            out.append(Draft(match=Match(fake, cue, [comp] if comp is not None and cm is not None else []), type="REQUEST", mode=mode, cameo=cameo, source=source,
                             target=target, confidence=round(conf, 3), rule="rule.speech_obligation | " + source.how.split(';')[0],
                             why=why, modality=None))
        return out

    def ruled_out(self, sent: Any, taken: set[int]) -> list[Draft]:
        """'X said removing the sanctions is out of the question': X rejects the act the clause names
        (manual, REJECT: all rejections and refusals). Needs a speaker actor and an event subject."""
        out: list[Draft] = []
        phrases = self.cues["rejection_predicates"]
        for tok in sent:
            if _lemma(tok) != "be" or tok.i in taken:
                continue
            pred = [c for c in tok.children if c.dep_ in ("prep", "attr", "acomp")]
            neg = "not " if self.negated(tok) else ""
            hits = [c for c in pred if neg + " ".join(t.lower_ for t in c.subtree) in phrases]
            if not hits:
                continue
            said = {neg + " ".join(t.lower_ for t in hits[0].subtree)}
            subj = child(tok, "csubj", "nsubj")
            if subj is None:
                continue
            cm = match(subj)
            if cm is None:
                cm = next((m for t in subj.subtree if (m := match(t)) is not None), None)
            if cm is None:
                continue
            speakers = self.speakers_of(tok)
            if not speakers:
                continue
            source, speech_tok = speakers[0]
            target = self.targets(cm, cm.token, cm.entry.target)
            skeys = {actor_key(a) for a in source.actors}
            target.actors = [a for a in target.actors if actor_key(a) not in skeys]
            ct = cm.entry.type
            modes, codes = self.cues["complement_modes"]["REJECT"], self.cues["complement_cameo"]["REJECT"]
            mode, cameo = modes.get(ct, modes["default"]), codes.get(ct, codes["default"])
            fake = Entry(id="rule.ruled_out", group="rule", kind="verb", phrase=tok.text, lemma="be",
                         type="REJECT", mode=mode, cameo=cameo)
            why = [f"'{cm.token.text} ... {tok.text} {' / '.join(sorted(said & phrases))}' said by the speaker of "
                   f"'{speech_tok.text}': a rejection (manual, REJECT)", f"source {[a.text for a in source.actors]} ({source.how})"]
            conf = round(0.65 + (0.05 if target else 0) - 0.05 * min(3, self.depth(tok)), 3)
            span = list(hits[0].subtree)
            out.append(Draft(match=Match(fake, span[0], span[1:]), type="REJECT", mode=mode, cameo=cameo, source=source,
                             target=target, confidence=conf, rule="rule.ruled_out | " + source.how.split(';')[0],
                             why=why, modality=None))
        return out

    # ------------------------------------------------------------------ records

    def to_event(self, d: Draft, sent: Any) -> Event:
        tok = d.match.token
        t_start, t_end = tok.idx, tok.idx + len(tok.text)
        # multiword triggers: extend over consumed particles/objects adjacent to the trigger
        for c in d.match.consumed:
            if abs(c.i - tok.i) <= 4:
                t_start, t_end = min(t_start, c.idx), max(t_end, c.idx + len(c.text))
        art = self.doc.article
        eid = event_id(art.id, t_start, t_end, d.type)
        goldstein, quad = cameo_score(d.cameo)
        text = self.sent_text(sent)
        contexts = list(dict.fromkeys(d.contexts + sentence_contexts(text)))
        return Event(
            id=eid, type=d.type, mode=d.mode, contexts=contexts, source=d.source.actors, target=d.target.actors,
            cameo=d.cameo, quad_class=quad, goldstein=goldstein, negated=d.negated, modality=d.modality,
            sentence=text, start=sent.start_char, end=sent.end_char, trigger=art.text[t_start:t_end],
            trigger_start=t_start, trigger_end=t_end, confidence=d.confidence, reported_by=d.reported_by,
            rule=d.rule, coder_version=CODER_VERSION, historical=d.historical,
        )
