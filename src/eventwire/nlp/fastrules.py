"""A faster drop-in for spaCy's ``attribute_ruler``, with the same output.

spaCy's AttributeRuler runs a Matcher with all its patterns (179 in en_core_web_sm, mostly a
TAG -> POS/MORPH map plus word exceptions) over every token: about 15% of the whole pipeline's
CPU time. The patterns only look at one or two tokens' TAG, LOWER, DEP and IS_SPACE, so which
patterns match a token is a function of those four values, where a LOWER that no pattern names
(and no pattern's regex accepts) can be replaced by a placeholder. :class:`FastAttributeRuler`
compiles the ruler's own patterns once, caches the answer per such key, and assigns the
matched attributes with spaCy's own ``set_token_attrs``, in the ruler's order (a later pattern
wins), so tokens end with the same tag, POS, morphology, lemma and dependency label.

It refuses (``Unsupported``) a ruler with anything else (operators, other attributes, patterns
of three tokens or more); the caller then keeps spaCy's component. The equivalence is tested
token by token against spaCy's ruler (``tests/nlp/test_nlp_fastrules.py``).
"""

from __future__ import annotations

import re
from typing import Iterable, Iterator

ATTRS = ("TAG", "DEP", "IS_SPACE", "LOWER")
OTHER = None  # a LOWER that no pattern can match
LOWER_CACHE = 200_000  # distinct words remembered (a long ingest sees millions)


class Unsupported(ValueError):
    """A spaCy component uses a feature its faster equivalent (this ruler, the lemmatizer of
    :mod:`.fastlemma`, the recogniser of :mod:`.fastner`) does not reproduce: spaCy's is kept."""


def _predicate(attr: str, value):
    """A test on one attribute value (a string, or a bool for IS_SPACE), as the Matcher does."""
    if attr == "IS_SPACE":
        if not isinstance(value, bool):
            raise Unsupported(f"IS_SPACE {value!r}")
        return lambda v: v == value
    if isinstance(value, str):
        return lambda v: v == value
    if isinstance(value, dict) and len(value) == 1:
        (op, arg), = value.items()
        if op == "IN":
            allowed = frozenset(arg)
            return lambda v: v in allowed
        if op == "NOT_IN":
            banned = frozenset(arg)
            return lambda v: v not in banned
        if op == "REGEX" and attr == "LOWER":
            rx = re.compile(arg)
            return lambda v: v is not OTHER and rx.search(v) is not None
    raise Unsupported(f"{attr} {value!r}")


def _lower_values(value) -> tuple[set[str], list]:
    """Words a LOWER test names, and its regexes."""
    if isinstance(value, str):
        return {value}, []
    (op, arg), = value.items()
    if op == "REGEX":
        return set(), [re.compile(arg)]
    return set(arg), []


class FastAttributeRuler:
    def __init__(self, ruler):
        from spacy.tokens._retokenize import set_token_attrs

        self.ruler = ruler
        self.vocab = ruler.vocab
        self._set = set_token_attrs
        self.singles: list[tuple[int, Iterable]] = []  # (attr id, token test)
        self.pairs: list[tuple[int, int, object, object]] = []  # (attr id, index, test 0, test 1)
        words: set[str] = set()
        regexes: list = []
        for attr_id, entry in enumerate(ruler.patterns):
            for pattern in entry["patterns"]:
                tests = []
                for spec in pattern:
                    if not isinstance(spec, dict) or not spec or set(spec) - set(ATTRS):
                        raise Unsupported(f"pattern token {spec!r}")
                    for attr, value in spec.items():
                        if attr == "LOWER":
                            w, r = _lower_values(value)
                            words |= w
                            regexes += r
                    tests.append(self._token_test(spec))
                index = entry.get("index", 0)
                if len(tests) == 1 and index in (0, -1):
                    self.singles.append((attr_id, tests[0]))
                elif len(tests) == 2 and index in (0, 1, -1, -2):
                    self.pairs.append((attr_id, index % 2, tests[0], tests[1]))
                else:
                    raise Unsupported(f"pattern of {len(tests)} tokens, index {index}")
        self.words = frozenset(words)
        self.regexes = regexes
        self.attrs = ruler.attrs
        self.uses_dep = any("DEP" in spec for e in ruler.patterns for p in e["patterns"] for spec in p)
        self._lower_key: dict[int, str | None] = {}
        self._classes: dict[tuple, tuple] = {}
        self._merged: dict[tuple[int, ...], dict] = {}

    @staticmethod
    def _token_test(spec: dict):
        tests = [(ATTRS.index(attr), _predicate(attr, value)) for attr, value in spec.items()]
        return lambda values: all(test(values[i]) for i, test in tests)

    def _lower(self, key: int) -> str | None:
        """The LOWER string if a pattern can match it, else ``OTHER``."""
        try:
            return self._lower_key[key]
        except KeyError:
            text = self.vocab.strings[key]
            value = text if text in self.words or any(r.search(text) for r in self.regexes) else OTHER
            if len(self._lower_key) >= LOWER_CACHE:  # one entry per distinct word: keep it bounded
                self._lower_key.clear()
            self._lower_key[key] = value
            return value

    def _class(self, key: tuple) -> tuple:
        """(single attr ids, pair slots whose first token matches, pair slots whose second does)."""
        found = self._classes.get(key)
        if found is None:
            strings = self.vocab.strings
            tag, dep, space, lower = key
            values = (strings[tag] if tag else "", strings[dep] if dep else "", bool(space), lower)
            found = (tuple(a for a, test in self.singles if test(values)),
                     tuple(k for k, (_, _, t0, _) in enumerate(self.pairs) if t0(values)),
                     frozenset(k for k, (_, _, _, t1) in enumerate(self.pairs) if t1(values)))
            self._classes[key] = found
        return found

    def _merge(self, ids: tuple[int, ...]) -> dict:
        merged = self._merged.get(ids)
        if merged is None:
            merged = {}
            for attr_id in sorted(set(ids)):
                merged.update(self.attrs[attr_id])
            self._merged[ids] = merged
        return merged

    def __call__(self, doc):
        from spacy.attrs import DEP, IS_SPACE, LOWER, TAG

        n = len(doc)
        if not n:
            return doc
        if self.uses_dep and not doc.has_annotation("DEP"):
            return self.ruler(doc)  # the Matcher's allow_missing semantics: leave it to spaCy
        rows = doc.to_array([TAG, DEP, IS_SPACE, LOWER]).tolist()
        classes = [self._class((tag, dep, space, self._lower(lower))) for tag, dep, space, lower in rows]
        hits: list[list[int]] = [list(c[0]) for c in classes]
        if self.pairs:
            for i in range(n - 1):
                firsts = classes[i][1]
                if firsts:
                    seconds = classes[i + 1][2]
                    for k in firsts:
                        if k in seconds:
                            attr_id, index, _, _ = self.pairs[k]
                            hits[i + index].append(attr_id)
        setter = self._set
        for i, ids in enumerate(hits):
            if ids:
                setter(doc[i], self._merge(tuple(ids)))
        return doc

    def pipe(self, docs: Iterable, batch_size: int = 128) -> Iterator:
        for doc in docs:
            yield self(doc)
