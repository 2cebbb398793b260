"""Find quotes and their speakers in one parsed document.

Passes, in order (each later pass leaves alone text an earlier one claimed):

1. **Outlets.** An outlet as subject of a report verb ("CNN reports", "the Wall Street
   Journal first reported"), object of "according to" or "told", a dateline "(AP) --".
2. **Marked quotes with an adjacent cue.** ``“...,” he said`` / ``said Berg`` /
   ``..., according to X`` after the closing mark, or ``Berg said: “...”`` before the
   opening one -> ``direct``.
3. **Reported clauses.** A speech verb with a clausal complement (``X said (that) ...``,
   ``X told reporters ...``, ``X went on to state that ...``, ``..., he added.``) -> the
   clause, ``indirect``, or ``mixed`` when it holds quote marks.
4. **"According to X, ..."** with X not an outlet -> the rest of the sentence.
5. **Left-over marked spans.** A quote paragraph with no cue keeps the speaker of an
   attributed quote at most ``floating_max_paragraphs`` back (floating quote); a partial
   quote inside a clause goes to the subject of the verb that governs it when that verb is
   a speech or partial verb (``calling for an end to “...”``). A span of at most
   ``scare_quote_max_words`` words with no cue of its own is a scare quote or a term and is
   not a quote. Anything else is left out (precision first), with a trace note.

An outlet that only reports is never a speaker; it speaks for itself only in a sentence
with an editorial word ("said in an editorial").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from ..pipeline import Document
from ..records import OutletMention
from .lexicon import Cues
from .marks import SENTENCE_END, MarkSpan, find_marks, mark_length, paragraphs, shadow, word_count
from .sources import outlet_name

PUNCT_EDGE = set(" ,.;:—–-\x00")
# A wire dateline opening a paragraph: "KABUL, Aug 20 (Reuters) -", "MADRID (AP) —", "PARIS —".
DATELINE = re.compile(r"[A-Z][A-Z'.-]+(?:[ /][A-Z][A-Z'.-]+)*(?:,\s*[A-Z][a-z]{2,}\.?\s+\d{1,2}(?:,\s*\d{4})?)?"
                      r"(?:\s*\([^()\n]{1,40}\))?\s*(?:--|—|–|-)\s")
SUBJECT_DEPS = {"nsubj"}


@dataclass
class Found:
    start: int
    end: int
    kind: str
    cue: str | None
    cue_offset: int  # where the cue (or quote) sits, for pronoun resolution
    speaker: tuple[int, int] | None  # speaker span
    speaker_is_pronoun: bool = False
    floating_from: "Found | None" = None  # the attributed quote a floating one continues
    outlet: str | None = None
    rule: str = ""
    marks: list[MarkSpan] = field(default_factory=list)


def _lemma(tok) -> str:
    return tok.lemma_.lower()


def _in_marks(offset: int, marks: list[MarkSpan]) -> bool:
    return any(m.start <= offset < m.end for m in marks)


class Attributor:
    def __init__(self, doc: Document, cues: Cues):
        self.doc = doc
        self.sp = doc.spacy
        self.text = shadow(doc.text)  # quote-mark entities read as marks; same offsets
        self.cues = cues
        self.marks = find_marks(self.text)
        self.paras = paragraphs(self.text)
        self.datelines = [(s, s + m.end()) for s, e in self.paras
                          if (m := DATELINE.match(self.text[s:e]))]
        self.found: list[Found] = []
        self.outlets: list[OutletMention] = []
        self.used_cues: set[int] = set()
        self.notes: list[dict] = []
        # token start offsets, ascending: offset lookups by bisection instead of a walk over
        # every token of the article for every quote mark
        self.starts = [t.idx for t in self.sp] if self.sp is not None else []

    # ------------------------------------------------------------------ helpers
    def tokens(self, start: int, end: int):
        """Tokens starting in [start, end)."""
        return list(self.sp[bisect_left(self.starts, start):bisect_left(self.starts, end)])

    def tokens_ending_by(self, start: int, end: int):
        """Tokens starting at or after ``start`` that end at or before ``end``."""
        return [t for t in self.tokens(start, end) if t.idx + len(t.text) <= end]

    def last_token_ending_by(self, end: int):
        """[the last token ending at or before ``end``], or [] when there is none."""
        i = bisect_left(self.starts, end) - 1
        while i >= 0 and self.starts[i] + len(self.sp[i].text) > end:
            i -= 1
        return [self.sp[i]] if i >= 0 else []

    def token_at(self, offset: int):
        i = bisect_right(self.starts, offset) - 1
        if i >= 0:
            t = self.sp[i]
            if t.idx <= offset < t.idx + len(t.text):
                return t
        return None

    def para_index(self, offset: int) -> int:
        for i, (s, e) in enumerate(self.paras):
            if s <= offset < e:
                return i
        return -1

    def is_speech_cue(self, tok, extra: frozenset[str] = frozenset()) -> bool:
        lem = _lemma(tok)
        if lem not in self.cues.speech_verbs and tok.lower_ not in self.cues.speech_verbs and lem not in extra:
            return False
        if _in_marks(tok.idx, self.marks):
            return False
        if lem == "point" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children):
            return False
        if any(c.dep_ == "neg" for c in tok.children):
            return False  # "did not comment", "declined to say" is no statement
        prev = self.sp[tok.i - 1] if tok.i > 0 else None
        return tok.pos_ in ("VERB", "AUX") or (prev is not None and prev.lower_ == "to")

    def subject_of(self, v, depth: int = 0):
        for c in v.children:
            if c.dep_ in SUBJECT_DEPS:
                if c.lower_ in ("who", "that", "which") and v.dep_ == "relcl":
                    return v.head
                return c
        if v.dep_ == "relcl":
            return v.head
        if v.dep_ == "acl" and v.head.dep_ == "ROOT" and v.head.pos_ in ("NOUN", "PROPN") and v.head.i < v.i:
            # a verbless sentence is a misparse: "Hungary's minister, Peter X, posted on Facebook: ..."
            return v.head
        if depth < 3 and v.dep_ in ("xcomp", "advcl", "conj", "ccomp") and v.head is not v:
            # "went on to state", "stood up and said"; not a ccomp's own missing subject
            if v.dep_ != "ccomp":
                return self.subject_of(v.head, depth + 1)
        return None

    def named_apposition(self, subj):
        """'The foreign minister, Amina Odhiambo, said' / 'NAIROBI (AP) -- ... Ruto said':
        a person named in apposition is the speaker, not the title or dateline word."""
        if subj.ent_type_ == "PERSON":
            return subj
        for c in subj.children:
            if c.dep_ == "appos" and c.ent_type_ == "PERSON":
                return c
        for prep in (c for c in subj.children if c.dep_ == "prep" and c.i > subj.i):
            # "The mayor of Lviv, Andriy Sadovyi, said": the name hangs off the prepositional object
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                for c in obj.children:
                    if c.dep_ == "appos" and c.ent_type_ == "PERSON" and self.sp[c.left_edge.i - 1].text == ",":
                        return c
        return subj

    def past_dateline(self, subj):
        """A dateline word parsed as the subject ("KABUL, Aug 20 (Reuters) - X's minister,
        Y, said"): the speaker is the noun phrase after the dateline in apposition to it."""
        line = next(((s, e) for s, e in self.datelines if s <= subj.idx < e), None)
        if line is None:
            return subj
        for c in subj.head.children:  # "OSLO ... - Norway's minister said": a second subject
            if c.dep_ == "nsubj" and c.idx >= line[1]:
                return c
        for c in subj.subtree:
            if c.idx >= line[1] and c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN"):
                return c
        return None

    def np_span(self, head) -> tuple[int, int]:
        """Character span of a noun phrase: its left modifiers, the head, and right
        prepositional/compound modifiers; appositions and relative clauses are cut."""
        left = head
        for t in head.subtree:
            if t.i < head.i:
                left = t
                break
        toks = [t for t in head.subtree if left.i <= t.i <= head.i]
        cuts = (",", "(", ")", "—", "--", "–", ":", ";")
        if any(t.text in cuts for t in toks):
            cut = max(t.i for t in toks if t.text in cuts)
            toks = [t for t in toks if t.i > cut]
        end_tok = head
        for c in head.rights:
            if c.dep_ in ("prep", "compound", "flat", "nummod") and c.i == end_tok.i + 1:
                end_tok = c.right_edge
            else:
                break
        start_tok = toks[0] if toks else head
        return start_tok.idx, end_tok.idx + len(end_tok.text)

    def trim(self, start: int, end: int) -> tuple[int, int]:
        while start < end and (self.text[start] in PUNCT_EDGE or self.text[start].isspace()):
            start += 1
        while end > start and (self.text[end - 1] in PUNCT_EDGE or self.text[end - 1].isspace()):
            end -= 1
        return start, end

    def extend_to_marks(self, start: int, end: int) -> tuple[int, int, list[MarkSpan]]:
        inside = [m for m in self.marks if m.start < end and start < m.end]
        for m in inside:
            start, end = min(start, m.start), max(end, m.end)
        return start, end, inside

    def mixed_edges(self, start: int, end: int, inside: list[MarkSpan]) -> tuple[int, int]:
        """A mixed quote that ends (starts) with a partial quote keeps its closing (opening) mark."""
        for m in inside:
            if m.close is not None and m.end <= end <= m.close and not self.text[end:m.close].strip(" ,"):
                end = m.close + mark_length(self.doc.text, m.close)
            if m.start >= start and not self.text[start:m.start].strip() and m.open < start:
                start = m.open
        return start, end

    def claimed(self, start: int, end: int) -> bool:
        return any(f.start < end and start < f.end for f in self.found)

    def add(self, f: Found) -> None:
        self.found.append(f)

    def is_outlet_np(self, head) -> str | None:
        s, e = self.np_span(head)
        return outlet_name(self.doc, s, e)

    def editorial(self, tok) -> bool:
        sent = tok.sent
        return any(t.lower_ in self.cues.editorial_words for t in sent)

    def sentence_outlet(self, offset: int) -> str | None:
        if self.sp is None:
            return None
        for o in self.outlets:
            tok = self.token_at(o.start)
            if tok is not None:
                sent = tok.sent
                if sent.start_char <= offset < sent.end_char:
                    return o.name
        return None

    # ------------------------------------------------------------------ pass 1: outlets
    def find_outlets(self) -> None:
        import re

        seen: set[tuple[int, int]] = set()

        def add(name: str, start: int, end: int, cue: str) -> None:
            if (start, end) not in seen:
                seen.add((start, end))
                self.outlets.append(OutletMention(name=name, text=self.doc.text[start:end],
                                                  start=start, end=end, cue=cue))

        m = re.match(r"\s*(?:[A-Z][A-Za-z .,'-]{0,40}?\s)?\(([A-Za-z][\w .&-]{0,40})\)\s*(?:--|—|–|-)", self.text)
        if m:
            name = _outlet_for_text(self.doc, m.start(1), m.end(1))
            if name:
                add(name, m.start(1), m.end(1), "dateline")
        for tok in self.sp:
            lem = _lemma(tok)
            if lem in self.cues.report_verbs and tok.pos_ in ("VERB", "AUX"):
                subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
                if subj is not None:
                    s, e = self.np_span(subj)
                    name = outlet_name(self.doc, s, e)
                    if name and not (lem != "report" and self.editorial(tok)):
                        cue = " ".join(t.text for t in self.sp[subj.i + 1:tok.i + 1]
                                       if t.dep_ in ("advmod", "aux") or t.i == tok.i)
                        add(name, s, e, cue or tok.text)
            if lem == "tell":
                for c in tok.children:
                    if c.dep_ in ("dobj", "dative", "iobj"):
                        s, e = self.np_span(c)
                        name = outlet_name(self.doc, s, e)
                        if name:
                            add(name, s, e, "told")
            if lem == "interview":
                for c in tok.children:
                    if c.dep_ == "prep" and c.lower_ == "with":
                        for p in c.children:
                            s, e = self.np_span(p)
                            name = outlet_name(self.doc, s, e)
                            if name:
                                add(name, s, e, "interview with")
            src = self.according_to_source(tok)
            if src is not None:
                s, e = self.np_span(src)
                name = outlet_name(self.doc, s, e)
                if name:
                    add(name, s, e, "according to")
        self.outlets.sort(key=lambda o: o.start)

    def according_to_source(self, tok):
        if tok.lower_ != "according" or tok.i + 1 >= len(self.sp) or self.sp[tok.i + 1].lower_ != "to":
            return None
        to = self.sp[tok.i + 1]
        return next((c for c in to.children if c.dep_ == "pobj"), None) or \
            (self.sp[tok.i + 2] if tok.i + 2 < len(self.sp) else None)

    # ------------------------------------------------------------------ pass 2: marks + cue
    def speaker_of_cue(self, v) -> tuple[tuple[int, int] | None, bool, str | None]:
        """(speaker span, is pronoun, outlet name if the subject is an outlet)."""
        subj = self.subject_of(v)
        if subj is None:
            return None, False, None
        subj = self.past_dateline(subj)
        if subj is None:
            return None, False, None
        subj = self.named_apposition(subj)
        s, e = self.np_span(subj)
        if _in_marks(s, self.marks) or _in_marks(max(s, e - 1), self.marks):
            return None, False, None  # a subject inside quote marks is the quoted words, not a speaker
        outlet = outlet_name(self.doc, s, e)
        if outlet and not self.editorial(v):
            return None, False, outlet
        pron = subj.pos_ == "PRON" and subj.lower_ in self.cues.pronouns
        return (s, e), pron, None

    def trailing_cue(self, m: MarkSpan):
        """A cue right after the closing mark: ``,” he said`` / ``,” said Berg``."""
        if m.close is None:
            return None
        inner = self.text[m.open + 1:m.close].rstrip()
        outer = self.text[m.close + 1:m.close + 8].lstrip(" \x00")
        if not (inner.endswith((",", "?", "!", "—", "-", "…")) or outer.startswith((",", "—"))):
            return None  # `“...” and urged` is no attribution; `“...,” he said` is
        para = self.para_index(m.close)
        p_end = self.paras[para][1] if para >= 0 else len(self.text)
        past = m.close + mark_length(self.doc.text, m.close)
        after = self.tokens(past, p_end)[:10]
        for t in after:
            if t.pos_ == "CCONJ":
                return None
            if t.text in ("“", "«", "„") or (t.text == '"' and _in_marks(t.idx + 1, self.marks)):
                return None
            if t.is_sent_start and t.idx > m.close + 3 and t.text not in ",":
                return None
            if t.lower_ == "according" and self.according_to_source(t) is not None:
                return t
            if self.is_speech_cue(t):
                return t
            if t.pos_ in ("VERB",) or t.text in (".", "!", "?", ";"):
                return None
        return None

    def leading_cue(self, m: MarkSpan):
        """A cue right before the opening mark: ``Berg said: “...”``, ``she told the BBC, “...”``."""
        before = self.tokens_ending_by(self._para_start(m.open), m.open)
        gap = 0
        for t in reversed(before):
            if self.is_speech_cue(t):
                return t if gap <= 5 else None
            if t.pos_ in ("VERB", "AUX") or t.text in (".", "!", "?", ";", "”", '"', "»"):
                return None
            gap += 1
        return None

    def _para_start(self, offset: int) -> int:
        i = self.para_index(offset)
        return self.paras[i][0] if i >= 0 else 0

    def pass_marks(self) -> None:
        for m in self.marks:
            for finder, rule in ((self.trailing_cue, "trailing cue"), (self.leading_cue, "leading cue")):
                v = finder(m)
                if v is None:
                    continue
                if v.lower_ == "according":
                    src = self.according_to_source(v)
                    s, e = self.np_span(src)
                    if outlet_name(self.doc, s, e):
                        continue
                    speaker, pron, outlet, cue = (s, e), src.pos_ == "PRON", None, "according to"
                else:
                    speaker, pron, outlet = self.speaker_of_cue(v)
                    cue = v.text
                if speaker is None:
                    if outlet:
                        self.notes.append({"quote": [m.start, m.end], "why": f"cue '{v.text}' has an outlet subject: not a speaker"})
                    continue
                if rule == "leading cue" and m.start > v.idx and self._clause_has_partial(v, m):
                    continue  # "said the plan was “a mistake”": a mixed clause, pass 3
                self.used_cues.add(v.i)
                self.add(Found(m.start, m.end, "direct", cue, v.idx, speaker, pron, rule=rule, marks=[m]))
                break

    def _clause_has_partial(self, v, m: MarkSpan) -> bool:
        """The opening mark sits inside the cue's clause after other words ("said the
        world needs “...”"), so the quote is a partial one."""
        gap = self.text[v.idx + len(v.text):m.open]
        if gap.rstrip().endswith(":"):
            return False  # "posted on Facebook: “...”": a colon introduces the whole quote
        words = [w for w in gap.replace(",", " ").replace(":", " ").split()]
        return len(words) > 0 and not all(w.lower() in ("that",) or w[0].isupper() or w.lower() in
                                          self.cues.reporter_objects or w.lower() in ("the", "a") for w in words)

    # ------------------------------------------------------------------ pass 3: clauses
    def complement_of(self, v):
        def that_clause(c) -> bool:
            return c.dep_ == "ccomp" or (c.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ == "that" for m in c.children))

        comps = [c for c in v.children if that_clause(c)]
        if not comps and v.dep_ in ("xcomp", "advcl") and v.head is not v:
            comps = [c for c in v.head.children if that_clause(c) and c.i > v.i]
        if not comps:
            # "said in a report that ...": the that-clause misattached to the prepositional object
            for prep in (c for c in v.children if c.dep_ == "prep" and c.i > v.i):
                for obj in (c for c in prep.children if c.dep_ == "pobj"):
                    comps += [c for c in obj.children if c.dep_ in ("acl", "ccomp", "relcl") and c.i > obj.i
                              and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
        return comps[0] if comps else None

    def pass_clauses(self) -> None:
        for v in self.sp:
            if v.i in self.used_cues or not self.is_speech_cue(v):
                continue
            comp = self.complement_of(v)
            if comp is None:
                continue
            toks = sorted(comp.subtree, key=lambda t: t.i)
            for c in comp.children:  # "said X was ... and urged Y": the second verb is the speaker's
                if c.dep_ == "conj" and c.i > comp.i and (self.is_speech_cue(c) or _lemma(c) in self.cues.partial_verbs):
                    drop = {t.i for t in c.subtree} | {t.i for t in comp.children if t.dep_ == "cc" and t.i < c.i and t.i > comp.i}
                    toks = [t for t in toks if t.i not in drop and t.i < c.i]
            if comp.i > v.i:
                toks = [t for t in toks if t.i > v.i]
                has_that = any(c.dep_ == "mark" and c.lower_ == "that" for c in comp.children)
                obj = next((c for c in v.children if c.dep_ == "dobj" and v.i < c.i < comp.i), None)
                if obj is not None and not has_that and _lemma(v) not in self.cues.hearer_verbs:
                    # "warned adversaries ... are likely": the object is the clause's subject
                    toks = sorted(set(toks) | set(obj.subtree), key=lambda t: t.i)
                while toks and (toks[0].dep_ == "mark" and toks[0].lower_ in ("that", "whether", "if")
                                or toks[0].is_punct):
                    toks = toks[1:]
                if not has_that:
                    toks = self._drop_cue_date(comp, toks)
            else:
                toks = [t for t in toks if t.i < v.i]
            if not toks:
                continue
            start, end = self.trim(toks[0].idx, toks[-1].idx + len(toks[-1].text))
            start, end, inside = self.extend_to_marks(start, end)
            if end - start < 8 or self.claimed(start, end):
                continue
            speaker, pron, outlet = self.speaker_of_cue(v)
            if speaker is None:
                continue
            kind = "indirect"
            if inside:
                kind = "direct" if len(inside) == 1 and inside[0].start <= start + 1 and inside[0].end >= end - 1 else "mixed"
            if kind == "mixed":
                start, end = self.mixed_edges(start, end, inside)
            self.used_cues.add(v.i)
            self.add(Found(start, end, kind, v.text, v.idx, speaker, pron, rule="reported clause", marks=inside))

    def _drop_cue_date(self, comp, toks):
        """'The Kremlin said on Monday it saw ...': a date phrase before the clause's subject,
        with no 'that' to show it belongs inside, dates the saying, not the clause."""
        subj = next((c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
        if subj is None or not toks:
            return toks
        for c in comp.children:
            if c.i < subj.i and c.dep_ in ("prep", "npadvmod") and c.left_edge.i == toks[0].i and \
                    any(t.ent_type_ in ("DATE", "TIME") for t in c.subtree):
                drop = {t.i for t in c.subtree}
                toks = [t for t in toks if t.i not in drop]
                while toks and toks[0].is_punct:
                    toks = toks[1:]
        return toks

    # ------------------------------------------------------------------ pass 4: according to
    def pass_according(self) -> None:
        for tok in self.sp:
            src = self.according_to_source(tok)
            if src is None:
                continue
            s, e = self.np_span(src)
            if outlet_name(self.doc, s, e):
                continue
            sent = tok.sent
            pp_end_tok = src.right_edge
            if tok.i == sent.start or (tok.i > sent.start and self.sp[tok.i - 1].is_punct and tok.i - 1 == sent.start):
                start, end = pp_end_tok.idx + len(pp_end_tok.text), sent.end_char
            elif all(t.is_punct or t.is_space for t in self.sp[pp_end_tok.i + 1:sent.end]):
                start, end = sent.start_char, tok.idx
            else:
                continue
            start, end = self.trim(start, end)
            start, end, inside = self.extend_to_marks(start, end)
            if end - start < 8 or self.claimed(start, end):
                continue
            kind = "mixed" if inside else "indirect"
            if inside and len(inside) == 1 and inside[0].start <= start + 1 and inside[0].end >= end - 1:
                kind = "direct"
            if kind == "mixed":
                start, end = self.mixed_edges(start, end, inside)
            self.add(Found(start, end, kind, "according to", tok.idx, (s, e), src.pos_ == "PRON",
                           rule="according to", marks=inside))

    # ------------------------------------------------------------------ pass 5: leftovers
    def pass_leftovers(self) -> None:
        for m in self.marks:
            if self.claimed(m.start, m.end):
                continue
            para = self.para_index(m.open)
            p_start = self.paras[para][0] if para >= 0 else 0
            opens_paragraph = not self.text[p_start:m.open].strip()
            words = word_count(self.text[m.start:m.end])
            before = self.text[p_start:m.open].rstrip()
            opens_sentence = opens_paragraph or before.endswith((".", "!", "?", "”", '"', "»"))
            if before.endswith(":") and words > self.cues.scare_quote_max_words and self.text[m.start:m.start + 1].isupper():
                speaker = self._colon_speaker(m, p_start)
                if speaker is not None:
                    self.add(Found(m.start, m.end, "direct", None, speaker[0], speaker, False,
                                   rule="colon introduction", marks=[m]))
                    continue
            if opens_sentence and words > self.cues.scare_quote_max_words:
                v = self._statement_before(m)
                if v is not None:
                    speaker, pron, outlet = self.speaker_of_cue(v)
                    if speaker is not None:
                        self.add(Found(m.start, m.end, "direct", v.text, v.idx, speaker, pron,
                                       rule="quote after statement sentence", marks=[m]))
                        continue
                prev = self._previous_attributed(m.open, para, same_paragraph=not opens_paragraph)
                if prev is not None:
                    self.add(Found(m.start, m.end, "direct", None, m.start, None,
                                   floating_from=self.found[prev], rule="floating quote", marks=[m]))
                    continue
                self.notes.append({"quote": [m.start, m.end], "why": "quote paragraph with no cue and no earlier speaker"})
                continue
            if words <= self.cues.scare_quote_max_words:
                self.notes.append({"quote": [m.start, m.end], "why": "scare quote: short, no cue of its own"})
                continue
            v = self._governing_verb(m)
            if v is None:
                self.notes.append({"quote": [m.start, m.end], "why": "partial quote with no speech verb governing it"})
                continue
            speaker, pron, outlet = self.speaker_of_cue(v)
            if speaker is None:
                continue
            self.add(Found(m.start, m.end, "direct", v.text, v.idx, speaker, pron, rule="partial quote", marks=[m]))

    def _colon_speaker(self, m: MarkSpan, p_start: int) -> tuple[int, int] | None:
        """A whole-sentence quote after a colon with no speech verb: a headline "Macron: “...”"
        (a bare name before the colon opening the paragraph) or "X had a message for
        investors: “...”" (the subject of the sentence, when it is a named actor)."""
        colon = self.text.rindex(":", p_start, m.open)
        head = self.tokens_ending_by(p_start, colon)
        if head and len(head) <= 4 and all(t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
                                           for t in head):
            s, e = head[0].idx, head[-1].idx + len(head[-1].text)
            return (s, e) if _mention_covers(self.doc, s, e) else None
        tok = self.token_at(colon)
        if tok is None:
            return None
        root = tok.head if tok.head.idx < colon else tok.sent.root
        if root.pos_ not in ("VERB", "AUX") or _in_marks(root.idx, self.marks) or root.idx > colon:
            return None
        subj = self.subject_of(root)
        if subj is None or subj.pos_ == "PRON" or subj.idx > colon:
            return None
        subj = self.named_apposition(subj)
        s, e = self.np_span(subj)
        return (s, e) if _mention_covers(self.doc, s, e) else None

    def _statement_before(self, m: MarkSpan):
        """'X expressed satisfaction with the vote. “...”': the sentence right before the
        quote has a speech or partial verb as its root."""
        before = self.last_token_ending_by(m.open)
        if not before:
            return None
        prev_sent = before[-1].sent
        root = prev_sent.root
        if _in_marks(root.idx, self.marks) or any(f.cue_offset == root.idx for f in self.found):
            return None
        if self.is_speech_cue(root, extra=self.cues.partial_verbs):
            return root
        return None

    def _previous_attributed(self, offset: int, para: int, same_paragraph: bool = False) -> int | None:
        best = None
        window = 0 if same_paragraph else self.cues.floating_max_paragraphs
        for i, f in enumerate(self.found):
            if f.start < offset and (f.speaker is not None or f.floating_from is not None):
                fp = self.para_index(f.start)
                if same_paragraph and len(SENTENCE_END.findall(self.text, f.end, offset)) > 1:
                    continue  # in one long paragraph, only the quote of the sentence before
                if para - fp <= window and (best is None or f.start > self.found[best].start):
                    best = i
        return best

    def _governing_verb(self, m: MarkSpan):
        inside = self.tokens(m.start, m.end)
        if not inside:
            return None
        root = min(inside, key=lambda t: len(list(t.ancestors)))
        extra = self.cues.partial_verbs
        for a in root.ancestors:
            if a.pos_ in ("VERB", "AUX"):
                if self.is_speech_cue(a, extra=extra):
                    return a
                if _lemma(a) in extra and not _in_marks(a.idx, self.marks):
                    return a
        return None

    # ------------------------------------------------------------------ run
    def run(self) -> list[Found]:
        if self.sp is None:
            return []
        self.find_outlets()
        self.pass_marks()
        self.pass_clauses()
        self.pass_according()
        self.pass_leftovers()
        self.found.sort(key=lambda f: f.start)
        return self.found


def _mention_covers(doc: Document, start: int, end: int) -> bool:
    """A named actor (not an outlet, not a bare sector word) is mentioned in the span."""
    return any(m.start is not None and m.start < end and start < m.end and m.kind not in ("outlet", "sector")
               for m in doc.actors)


def _outlet_for_text(doc: Document, start: int, end: int) -> str | None:
    return outlet_name(doc, start, end)
