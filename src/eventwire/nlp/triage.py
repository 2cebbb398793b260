"""Sentence triage: which sentences of an article need spaCy's full pipeline.

Most of spaCy's time goes to tok2vec, the tagger, the parser and NER. Only sentences that can
hold an event, a quote or a place need them; the rest keep their tokens only. The decision is
one Aho-Corasick pass (pyahocorasick) over the whole article, with keys taken from the other
stages' own data (read through their loaders, never copied):

- event triggers (events lexicon lemmas, inflected here; irregular forms in
  ``data/irregular_verbs.txt``),
- quotation marks and attribution cues (quotes ``cues.yaml``),
- actor names, person aliases, outlets and sector words (actors tables), demonyms,
- gazetteer names (the places matcher's name list),
- date words (months and weekdays from the date patterns, 'yesterday' ..., years 1900-2099).

A key whose table form starts with a capital only counts where the text has a capital too
(as the actors and places matchers require). Sentences between an opening and a closing
quotation mark are kept as well, so a quote running over several sentences is parsed whole.

Sentences are split without the parser (:func:`sentence_bounds`): after ``.``, ``!``, ``?`` or
``…`` (closing quotes and brackets glued to the mark stay in the sentence) and at every line
break. Whitespace tokens stay at the end of the sentence before them, so the sentences'
texts concatenate back to the article exactly.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from pathlib import Path

DATA = Path(__file__).parent / "data"

SENTENCE_END = frozenset({".", "!", "?", "…", "...", "?!", "!?", "!!", "??"})
DOUBLE_OPEN = {"“": "open", "„": "open", "«": "open", "‘": "open"}
DOUBLE_CLOSE = {"”": "close", "»": "close"}
STRAIGHT = ('"', "&quot;")
DATE_WORDS = ("yesterday", "today", "tomorrow", "tonight", "weekend")
YEARS = range(1900, 2100)
# Trigger lemmas too common to decide anything alone (the entry's other words decide).
COMMON_LEMMAS = frozenset("be have do go get make take put set give come keep hold let in out up on off "
                          "over down back".split())

# kinds of automaton values
WORD, CASED, MARK = 0, 1, 2


# --------------------------------------------------------------------------- sentences


def sentence_bounds(doc) -> list[tuple[int, int]]:
    """Token ranges ``(start, end)`` of the sentences of a tokenized Doc, covering every token."""
    n = len(doc)
    if n == 0:
        return []
    bounds: list[tuple[int, int]] = []
    start = 0
    has_word = False  # the current sentence holds a token that is not whitespace
    ended = ""  # "soft" after an end mark, "hard" after a line break
    glued = False  # no whitespace since the end mark: a closing quote or bracket stays
    for tok in doc:
        text = tok.text
        if tok.is_space:
            if "\n" in text and has_word:
                ended = "hard"
            glued = False
            continue
        if ended and has_word:
            if ended == "hard" or not ((glued and tok.is_punct) or text[:1].islower()):
                bounds.append((start, tok.i))
                start, has_word = tok.i, False
            ended = "" if not (glued and tok.is_punct) else ended
        has_word = True
        if text in SENTENCE_END:
            ended = ended or "soft"
        glued = bool(ended) and not tok.whitespace_
    bounds.append((start, n))
    return bounds


# --------------------------------------------------------------------------- keys


def inflections(lemma: str) -> set[str]:
    """Regular forms of an English verb or noun lemma (over-generation is harmless)."""
    w = lemma.lower()
    forms = {w, w + "s", w + "es", w + "ed", w + "d", w + "ing", w + "en"}
    if w.endswith("e"):
        forms |= {w[:-1] + "ing", w[:-1] + "ed", w[:-1] + "es"}
    if w.endswith("ie"):
        forms.add(w[:-2] + "ying")
    if w.endswith("y"):
        forms |= {w[:-1] + "ied", w[:-1] + "ies", w[:-1] + "ier"}
    if w.endswith(("s", "x", "z", "ch", "sh")):
        forms.add(w + "es")
    if w.endswith("fe"):
        forms.add(w[:-2] + "ves")
    elif w.endswith("f"):
        forms.add(w[:-1] + "ves")
    if w.endswith("is"):
        forms.add(w[:-2] + "es")  # crisis -> crises
    if len(w) >= 3 and w[-1] not in "aeiouwxy" and w[-2] in "aeiou":
        forms |= {w + w[-1] + "ed", w + w[-1] + "ing", w + w[-1] + "er"}  # stop, commit, ban
    if w.endswith("c"):
        forms |= {w + "ked", w + "king"}  # panic
    return forms


@functools.lru_cache(maxsize=1)
def irregular_forms() -> dict[str, tuple[str, ...]]:
    """lemma -> irregular forms, from ``data/irregular_verbs.txt``."""
    table: dict[str, tuple[str, ...]] = {}
    for line in (DATA / "irregular_verbs.txt").read_text(encoding="utf-8").splitlines():
        words = line.split("#", 1)[0].split()
        if words:
            table[words[0]] = tuple(words[1:])
    return table


def _word_forms(lemma: str) -> set[str]:
    forms = inflections(lemma)
    for form in irregular_forms().get(lemma.lower(), ()):
        forms |= {form, form + "s"}
    return forms


def trigger_lemmas() -> set[str]:
    """Words of which at least one is in every sentence where the event coder can fire.

    Each lexicon entry needs all its words; its lemma stands for it, except a common lemma
    ('be on alert', 'sit-in') with other required words: those stand for it instead.
    """
    from ..events.lexicon import load_lexicon

    words: set[str] = set()
    for entry in load_lexicon().entries:
        required: list[str] = []
        if entry.lemma in COMMON_LEMMAS:
            if entry.modifiers:
                required = [entry.modifiers[0]]
            elif entry.objects:
                required = [_distinctive(alternative) for alternative in entry.objects]
            elif any(objs for _, objs in entry.preps):
                _, objs = next((p, o) for p, o in entry.preps if o)
                required = [_distinctive(alternative) for alternative in objs]
        words.update(required or [entry.lemma])
    return words


def _distinctive(words: tuple[str, ...]) -> str:
    """One word of a multi-word alternative (all of them must be there): the first uncommon one."""
    return next((w for w in words if w not in COMMON_LEMMAS), words[0])


def cue_lemmas() -> tuple[set[str], set[str]]:
    """(cue verb lemmas, multi-word cue phrases) from the quotes stage."""
    from ..quotes.lexicon import load_cues

    cues = load_cues()
    verbs = set(cues.speech_verbs) | set(cues.partial_verbs) | set(cues.report_verbs) \
        | set(cues.hearer_verbs)
    phrases = {" ".join(p) for p in cues.according_to}
    return verbs, phrases


def name_keys() -> set[str]:
    """Actor names, aliases, outlets, demonyms and gazetteer names (proper names)."""
    from ..actors.tables import knowledge
    from ..places.gazetteer import load_gazetteer
    from ..places.stage import demonyms

    k = knowledge()
    names = set(k.surfaces) | set(k.person_aliases) | set(k.outlets) | set(demonyms())
    # the places matcher keys are folded; it only takes them capitalised in the text
    names |= {key.capitalize() for key, _ in load_gazetteer().matcher_names()}
    return names


def date_keys() -> tuple[set[str], set[str]]:
    """(cased month and weekday names, uncased date words and years)."""
    from ..dates.lexicon import load

    lexicon = load()
    cased = {w.rstrip(".") for w in list(lexicon.months) + list(lexicon.weekdays)}
    return cased, set(DATE_WORDS) | {str(y) for y in YEARS}


def fold(text: str) -> str:
    """Lower-case, same length as ``text``; the curly apostrophe reads as a straight one."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return low.replace("’", "'")


@functools.lru_cache(maxsize=1)
def automaton():
    """The triage automaton (built once per process): folded key -> (length, kind)."""
    import ahocorasick

    keys: dict[str, int] = {}

    def add(word: str, kind: int) -> None:
        key = fold(word.strip())
        if len(key) < 2 and kind != MARK:
            return
        if key in keys and keys[key] != kind:
            kind = WORD if MARK not in (kind, keys[key]) else MARK
        keys[key] = kind

    for lemma in trigger_lemmas():
        for form in _word_forms(lemma):
            add(form, WORD)
    verbs, phrases = cue_lemmas()
    for lemma in verbs:
        for form in _word_forms(lemma):
            add(form, WORD)
    for phrase in phrases:
        add(phrase, WORD)
    from ..actors.tables import knowledge

    for term in knowledge().sector_terms:
        add(term, WORD)
    for name in name_keys():
        add(name, CASED if name[:1].isupper() else WORD)
    cased, words = date_keys()
    for word in cased:
        add(word, CASED)
    for word in words:
        add(word, WORD)
    for mark in list(DOUBLE_OPEN) + list(DOUBLE_CLOSE) + list(STRAIGHT):
        keys[mark] = MARK
    auto = ahocorasick.Automaton()
    for key, kind in keys.items():
        auto.add_word(key, (len(key), kind))
    auto.make_automaton()
    return auto


# --------------------------------------------------------------------------- decision


# A digit, or a capitalised word that is not the sentence's first (it follows a space).
MAYBE_NAME = re.compile(r"\d|(?<=[ \t(\"'‘“-])[A-ZÀ-ÖØ-Þ]")


def keep_sentences(text: str, starts: list[int]) -> list[bool]:
    """For sentences starting at character offsets ``starts``: which need the full pipeline."""
    keep = [False] * len(starts)
    if not starts:
        return keep
    folded = fold(text)
    n = len(text)
    marks: list[tuple[int, str]] = []

    def mark(a: int, b: int) -> None:  # sentences overlapping text[a:b]
        first = max(bisect_right(starts, a) - 1, 0)
        last = max(bisect_right(starts, max(b - 1, a)) - 1, 0)
        for s in range(first, last + 1):
            keep[s] = True

    for end_idx, (length, kind) in automaton().iter(folded):
        end = end_idx + 1
        start = end - length
        if kind == MARK:
            key = folded[start:end]
            marks.append((start, "straight" if key in STRAIGHT else
                          DOUBLE_OPEN.get(key) or DOUBLE_CLOSE[key]))
            mark(start, end)
            continue
        if (start > 0 and folded[start - 1].isalnum()) or (end < n and folded[end].isalnum()):
            continue
        if kind == CASED and not text[start].isupper():
            continue
        mark(start, end)
    # quotes over several sentences: keep everything between an opening and a closing mark
    open_at: int | None = None
    for pos, what in marks:
        if what == "open" or (what == "straight" and open_at is None):
            if open_at is not None:
                mark(open_at, pos)
            open_at = pos
        elif open_at is not None:
            mark(open_at, pos + 1)
            open_at = None
    if open_at is not None:  # never closed: to the end of its paragraph
        stop = text.find("\n", open_at)
        mark(open_at, n if stop < 0 else stop)
    # A name or a number the lexicons do not know can still be a place, an actor or a date that
    # spaCy's entity recogniser finds ("applicants in Portroe"): such sentences are kept too.
    bounds = starts[1:] + [n]
    for s, (a, b) in enumerate(zip(starts, bounds)):
        if not keep[s] and MAYBE_NAME.search(text, a + 1, b):
            keep[s] = True
    return keep
