"""The nlp stage stitches sentence Docs back into one Doc per article (exact text, parse,
entities; a skipped sentence is a sentence of its own with tokens only)."""

from __future__ import annotations

import pytest

from eventwire.nlp.stage import NlpStage
from eventwire.pipeline import Document
from eventwire.records import Article

TEXT = ("The weather was mild and pleasant.  Troops attacked the convoy near Kabul on Monday, "
        "officials said.\n\nIt was  quiet ,then calm.\n“We will respond,” the minister said.")


def run(text: str, triage: bool) -> Document:
    stage = NlpStage(triage=triage)
    return next(stage.pipe([Document(Article(id="a1", text=text))]))


@pytest.mark.slow
@pytest.mark.parametrize("triage", [True, False])
def test_nlp_stitch_reproduces_the_text_and_sentences(triage):
    doc = run(TEXT, triage).spacy
    assert doc.text == TEXT
    sents = [s.text.strip() for s in doc.sents]
    assert sents[0] == "The weather was mild and pleasant."
    assert "Troops attacked the convoy near Kabul on Monday, officials said." in sents
    assert any(s.startswith("“We will respond,”") for s in sents)
    assert all(t.idx == TEXT.index(t.text, t.idx) for t in doc)  # char offsets are the article's


@pytest.mark.slow
def test_nlp_stitch_parses_kept_sentences_and_leaves_skipped_ones_flat():
    doc = run(TEXT, triage=True)
    sp = doc.spacy
    attacked = next(t for t in sp if t.text == "attacked")
    assert attacked.lemma_ == "attack" and attacked.pos_ == "VERB"
    assert [c.text for c in attacked.children if c.dep_ == "nsubj"] == ["Troops"]
    assert ("Kabul", "GPE") in [(e.text, e.label_) for e in sp.ents]
    first = next(iter(sp.sents))
    assert [t.lemma_ for t in first] == [""] * len(first)  # tokens only
    assert first.root.i == 0
    skipped = doc.trace["eventwire.nlp.v1"][0]["skipped"]
    assert [TEXT[a:b] for a, b in skipped] == ["The weather was mild and pleasant.  ",
                                               "It was  quiet ,then calm.\n"]


@pytest.mark.slow
def test_nlp_stitch_without_triage_parses_every_sentence():
    sp = run(TEXT, triage=False).spacy
    assert all(t.lemma_ for t in sp if not t.is_space)


@pytest.mark.slow
@pytest.mark.parametrize("text", ["", "   ", "\n\n", "Hello"])
def test_nlp_stitch_handles_empty_and_tiny_articles(text):
    assert run(text, triage=True).spacy.text == text
