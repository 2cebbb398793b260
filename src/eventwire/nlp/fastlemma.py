"""spaCy's rule lemmatizer with set lookups and a memo, with the same lemmas.

``Lemmatizer.rule_lemmatize`` tests every candidate form with ``form in index``, where
``index`` is the part of speech's word list from ``lemma_index`` (57,528 nouns in
``en_core_web_sm``): a linear scan per candidate, so each new (word, POS, morphology) costs
about 0.15 ms and a fresh worker spends ~2.4 CPU-s lemmatizing its first 200 articles (0.5 s
once the cache is warm). :class:`FastLemmatizer` runs spaCy's own ``rule_lemmatize`` on a
copy of the component whose ``lemma_index`` lists are frozensets (membership is the only use
made of them), and remembers each (ORTH, POS, MORPH) answer, the key spaCy's own cache uses,
reading and writing lemmas as arrays instead of one Token object per word. Tokens that
already have a lemma (set by the attribute ruler) keep it, as in spaCy.

Only the rule mode without ``overwrite`` is handled (``Unsupported`` otherwise). The
equivalence is tested token by token (``tests/nlp/test_nlp_fastlemma.py``).
"""

from __future__ import annotations

import copy
from typing import Iterable, Iterator

from .fastrules import Unsupported

MEMO_LIMIT = 500_000  # (word, POS, morphology) answers kept; a long ingest sees millions


class FastLemmatizer:
    def __init__(self, lemmatizer):
        if getattr(lemmatizer, "mode", None) != "rule" or getattr(lemmatizer, "overwrite", True):
            raise Unsupported("only the rule lemmatizer without overwrite")
        from spacy.lookups import Lookups

        lookups = Lookups()
        for name in lemmatizer.lookups.tables:
            table = lemmatizer.lookups.get_table(name)
            if name == "lemma_index":
                indexed = lookups.add_table(name)
                for pos, words in table.items():
                    indexed[pos] = frozenset(words)
            else:
                lookups.set_table(name, table)
        rules = copy.copy(lemmatizer)
        rules.lookups = lookups
        rules.cache = {}
        self.rules = rules
        self.name = lemmatizer.name
        self.memo: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc):
        from spacy.attrs import LEMMA, MORPH, ORTH, POS

        if not len(doc):
            return doc
        table = doc.to_array([LEMMA, ORTH, POS, MORPH])
        missing = (table[:, 0] == 0).nonzero()[0]
        if not missing.size:
            return doc
        memo, strings = self.memo, doc.vocab.strings
        if len(memo) > MEMO_LIMIT:
            memo.clear()
            self.rules.cache.clear()
        for i in missing.tolist():
            key = (int(table[i, 1]), int(table[i, 2]), int(table[i, 3]))
            lemma = memo.get(key)
            if lemma is None:
                lemma = memo[key] = strings.add(self.rules.rule_lemmatize(doc[i])[0])
            table[i, 0] = lemma
        doc.from_array([LEMMA], table[:, :1])
        return doc

    def pipe(self, docs: Iterable, batch_size: int = 256) -> Iterator:
        for doc in docs:
            yield self(doc)
