"""The canonical seed article: Putin's quotes and the outlets that report them."""

from __future__ import annotations

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.shared]


@pytest.fixture(scope="module")
def seed_doc(seed_text):
    from eventwire.pipeline import Document, build_pipeline
    from eventwire.records import Article, article_id

    pipe = build_pipeline(["eventwire.nlp.v1", "eventwire.actors.v1", "eventwire.quotes.v1"], raise_errors=True)
    return pipe(Document(Article(id=article_id(seed_text), text=seed_text, published="2021-08-20")))


def test_quotes_seed_direct_quotes_all_by_putin(seed_doc):
    direct = [q for q in seed_doc.quotes if q.kind == "direct"]
    assert len(direct) >= 4
    marked = [q for q in seed_doc.quotes if q.kind in ("direct", "mixed")]
    assert all(q.speaker is not None and "Putin" in (q.speaker.name or "") for q in marked)


def test_quotes_seed_he_said_resolves_to_putin(seed_doc):
    he_said = [q for q in seed_doc.quotes if q.speaker and q.speaker.text.lower() == "he" and q.cue == "said"]
    assert len(he_said) >= 2
    assert all("Putin" in q.speaker.name for q in he_said)


def test_quotes_seed_partial_quotes_are_attributed(seed_doc, seed_text):
    # every quoted fragment in the article lies inside some attributed quote
    from eventwire.quotes.marks import find_marks
    for m in find_marks(seed_text):
        holders = [q for q in seed_doc.quotes if q.start <= m.start and m.end <= q.end]
        assert holders, seed_text[m.start:m.end]
        assert all("Putin" in holder.speaker.name for holder in holders)


def test_quotes_seed_outlets(seed_doc):
    assert [o.name for o in seed_doc.outlets] == ["CNN", "The Wall Street Journal"]
    assert not any(q.speaker and q.speaker.name in ("CNN", "The Wall Street Journal") for q in seed_doc.quotes)
    cnn = seed_doc.outlets[0]
    assert any(q.outlet == "CNN" and q.start < cnn.start for q in seed_doc.quotes)
