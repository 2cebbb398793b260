"""The fast attribute ruler sets exactly what spaCy's attribute_ruler sets (tag, POS,
morphology, lemma, dependency label), token by token, on real news and on the ruler's
exceptions; the nlp stage gives the same Docs with it and without it."""

from __future__ import annotations

import gzip
import itertools
import json

import pytest

from eventwire.nlp.fastrules import FastAttributeRuler, Unsupported
from eventwire.nlp.stage import NlpStage
from eventwire.pipeline import Document
from eventwire.records import Article

WIKINEWS = "corpora/wikinews-politics-2004-2009.jsonl.gz"
# Words the ruler's exceptions name: contractions, 'gonna', pronoun case by dependency,
# auxiliaries, whitespace tokens, expletive 'there'.
EXCEPTIONS = ("I ain't gonna go, y'all.  Let's go, we gotta leave; c'mon!\n\nNothin' is lost. "
              "There's a dog and there are cats. It is I, and you saw me; I saw you and it. "
              "He did it, but he has done what he had to do. Whether or not that is so, all "
              "that remains is this.\n \t They don't know which is which.")


def attrs(doc) -> list[tuple]:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i) for t in doc]


def wikinews(shared, count: int) -> list[str]:
    with gzip.open(shared / WIKINEWS, "rt", encoding="utf-8") as handle:
        rows = (json.loads(line) for line in handle)
        return [r["text"] for r in itertools.islice((r for r in rows if r.get("text")), count)]


@pytest.mark.slow
def test_fast_ruler_matches_spacy_token_by_token(nlp, shared, seed_text):
    from spacy.tokens import Doc

    texts = [EXCEPTIONS, seed_text] + wikinews(shared, 60)
    ruler, lemmatizer = nlp.get_pipe("attribute_ruler"), nlp.get_pipe("lemmatizer")
    fast = FastAttributeRuler(ruler)
    before = list(nlp.pipe(texts, disable=["attribute_ruler", "lemmatizer", "ner"]))
    tokens = 0
    for doc in before:
        theirs = lemmatizer(ruler(Doc(nlp.vocab).from_bytes(doc.to_bytes())))
        ours = lemmatizer(fast(Doc(nlp.vocab).from_bytes(doc.to_bytes())))
        assert attrs(ours) == attrs(theirs)
        tokens += len(doc)
    assert tokens > 15_000
    # the exceptions did fire (so the test exercises more than the tag map)
    doc = nlp(EXCEPTIONS)
    lemmas = {t.text: t.lemma_ for t in doc}
    assert lemmas["ai"] == "be" and lemmas["na"] == "to" and lemmas["Nothin'"] == "nothing"


@pytest.mark.slow
def test_fast_ruler_refuses_patterns_it_cannot_reproduce(nlp):
    from spacy.pipeline import AttributeRuler

    for pattern in ([{"LOWER": "a", "OP": "+"}], [{"ORTH": "x"}], [{"LOWER": "a"}] * 3):
        ruler = AttributeRuler(nlp.vocab)
        ruler.add([pattern], {"LEMMA": "x"})
        with pytest.raises(Unsupported):
            FastAttributeRuler(ruler)


@pytest.mark.slow
@pytest.mark.parametrize("triage", [True, False])
def test_nlp_stage_gives_the_same_docs_with_the_fast_ruler(seed_text, triage):
    text = EXCEPTIONS + "\n\n" + seed_text
    docs = [next(NlpStage(triage=triage, fast_rules=fast).pipe([Document(Article(id="a", text=text))])).spacy
            for fast in (True, False)]
    assert attrs(docs[0]) == attrs(docs[1])
    assert [(e.start, e.end, e.label_) for e in docs[0].ents] == [(e.start, e.end, e.label_) for e in docs[1].ents]
