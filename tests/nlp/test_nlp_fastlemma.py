"""The fast lemmatizer gives exactly spaCy's lemmas, token by token, on real news and on the
attribute ruler's exceptions; tokens the ruler already lemmatized keep their lemma."""

from __future__ import annotations

import pytest

from eventwire.nlp.fastlemma import FastLemmatizer, Unsupported
from eventwire.nlp.fastrules import FastAttributeRuler
from tests.nlp.test_nlp_fastrules import EXCEPTIONS, wikinews


def lemmas(doc) -> list[tuple[int, str, str, str]]:
    return [(t.i, t.text, t.pos_, t.lemma_) for t in doc]


@pytest.mark.slow
def test_fast_lemmatizer_matches_spacy_token_by_token(nlp, shared, seed_text):
    from spacy.tokens import Doc

    ruler, lemmatizer = nlp.get_pipe("attribute_ruler"), nlp.get_pipe("lemmatizer")
    fast_ruler = FastAttributeRuler(ruler)
    fast = FastLemmatizer(lemmatizer)
    texts = [EXCEPTIONS, seed_text, "", "  \n "] + wikinews(shared, 60)
    tokens = changed = 0
    for doc in nlp.pipe(texts, disable=["attribute_ruler", "lemmatizer", "ner"]):
        ruled = fast_ruler(doc)
        theirs = lemmatizer(Doc(nlp.vocab).from_bytes(ruled.to_bytes()))
        ours = fast(Doc(nlp.vocab).from_bytes(ruled.to_bytes()))
        assert lemmas(ours) == lemmas(theirs)
        tokens += len(doc)
        changed += sum(t.lemma_ != t.lower_ for t in ours)
    assert tokens > 15_000 and changed > 2_000  # inflected words were really lemmatized
    # a second pass answers from the memo and still agrees
    doc = next(nlp.pipe(texts[1:2], disable=["attribute_ruler", "lemmatizer", "ner"]))
    ruled = fast_ruler(doc)
    assert lemmas(fast(Doc(nlp.vocab).from_bytes(ruled.to_bytes()))) == \
        lemmas(lemmatizer(Doc(nlp.vocab).from_bytes(ruled.to_bytes())))


def test_fast_lemmatizer_refuses_other_modes(nlp):
    from spacy.lang.en import English

    lookup = English().add_pipe("lemmatizer", config={"mode": "lookup"})
    with pytest.raises(Unsupported):
        FastLemmatizer(lookup)
    assert nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")  # spaCy's tables untouched
    assert isinstance(next(iter(nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index").values())), list)


def test_the_memo_keys_on_morphology_as_spacy_does(nlp):
    """'troops' tagged singular is its own lemma (a base form); tagged plural it is 'troop'."""
    from spacy.tokens import Doc

    def doc():
        return Doc(nlp.vocab, words=["troops", "troops", "talks", "talks"], pos=["NOUN"] * 4,
                   morphs=["Number=Sing", "Number=Plur", "Number=Sing", "Number=Plur"])

    fast = FastLemmatizer(nlp.get_pipe("lemmatizer"))
    ours = [t.lemma_ for t in fast(doc())]
    assert ours == [t.lemma_ for t in nlp.get_pipe("lemmatizer")(doc())]
    assert ours[0] != ours[1]
