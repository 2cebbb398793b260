"""The numpy decoding loop of the entity recogniser finds exactly the entities spaCy's
component finds: token by token (IOB, type, KB id) on real news, as whole articles and as the
nlp stage's sentence Docs, on edge cases (whitespace tokens, one-token and empty Docs), and
through the nlp stage with and without it."""

from __future__ import annotations

import pytest

from eventwire.nlp.fastner import FastEntityRecognizer, Unsupported
from eventwire.nlp.stage import NlpStage
from eventwire.pipeline import Document
from eventwire.records import Article

from tests.nlp.test_nlp_fastrules import wikinews

EDGES = ("Paris", "", "   ", "\n\nThe  United   Nations\n \tsaid on Monday that Ban Ki-moon will visit "
         "New York.\n\n\nMr. Smith of the World Health Organization (WHO) arrived.",
         "NATO. EU! UN? Russia\n\nChina", "He said 5 million dollars, or 12%, on 3 June 2005 at 4 pm.")


def entity_tags(doc) -> list[tuple]:
    return [(t.i, t.ent_iob, t.ent_type_, t.ent_kb_id) for t in doc]


def before_ner(nlp, texts: list[str]) -> list:
    """Docs with every component up to the recogniser run (as the pipeline hands them over)."""
    return list(nlp.pipe(texts, disable=["ner"]))


def copies(nlp, docs: list) -> list:
    from spacy.tokens import Doc

    return [Doc(nlp.vocab).from_bytes(doc.to_bytes()) for doc in docs]


def compare(nlp, docs: list, batch_size: int) -> int:
    spacy_ner = nlp.get_pipe("ner")
    theirs = list(spacy_ner.pipe(copies(nlp, docs), batch_size=batch_size))
    ours = list(FastEntityRecognizer(spacy_ner).pipe(copies(nlp, docs), batch_size=batch_size))
    entities = 0
    for a, b in zip(theirs, ours, strict=True):
        assert entity_tags(b) == entity_tags(a), a.text[:200]
        entities += len(a.ents)
    return entities


@pytest.mark.slow
def test_fast_ner_matches_spacy_on_whole_articles(nlp, shared, seed_text):
    docs = before_ner(nlp, [seed_text, *EDGES] + wikinews(shared, 40))
    assert compare(nlp, docs, batch_size=16) > 500


@pytest.mark.slow
def test_fast_ner_matches_spacy_on_sentence_docs(nlp, shared):
    from spacy.tokens import Doc

    stage = NlpStage()
    sentences = []
    for text in wikinews(shared, 60):
        words, spaces, _ = stage.split(text)
        sentences += [Doc(nlp.vocab, words=w, spaces=s) for w, s in zip(words, spaces)]
    docs = [d for d in sentences]
    for name, component in nlp.pipeline:
        if name == "ner":
            break
        docs = list(component.pipe(docs, batch_size=256))
    assert len(docs) > 500
    assert compare(nlp, docs, batch_size=256) > 1000


@pytest.mark.slow
def test_fast_ner_leaves_preset_entities_to_spacy(nlp):
    from spacy.tokens import Span

    doc = before_ner(nlp, ["Angela Merkel met Jacques Chirac in Berlin."])[0]
    doc.set_ents([Span(doc, 0, 2, label="ORG")], default="missing")
    ours = FastEntityRecognizer(nlp.get_pipe("ner"))(copies(nlp, [doc])[0])
    theirs = nlp.get_pipe("ner")(copies(nlp, [doc])[0])
    assert entity_tags(ours) == entity_tags(theirs)
    assert (ours.ents[0].text, ours.ents[0].label_) == ("Angela Merkel", "ORG")


def test_fast_ner_refuses_what_it_does_not_reproduce(nlp):
    with pytest.raises(Unsupported):
        FastEntityRecognizer(nlp.get_pipe("parser"))  # arc-eager actions, not BILUO


@pytest.mark.slow
@pytest.mark.parametrize("triage", [True, False])
def test_nlp_stage_gives_the_same_entities_with_the_fast_recogniser(seed_text, triage):
    text = "\n\n".join(EDGES) + "\n\n" + seed_text
    docs = [next(NlpStage(triage=triage, fast_ner=fast).pipe([Document(Article(id="a", text=text))])).spacy
            for fast in (True, False)]
    assert entity_tags(docs[0]) == entity_tags(docs[1])
    assert len(docs[0].ents) > 20


def test_the_model_is_loaded_once_however_the_call_is_spelled():
    from eventwire.nlp import load_model

    assert load_model() is load_model(None) is load_model(name=None) is load_model(None, ())
