"""Fixtures and helpers of the actor tests (import helpers with ``from tests.actors.conftest import ...``)."""

import pytest

from eventwire.pipeline import Document
from eventwire.records import Article, article_id


@pytest.fixture(scope="module")
def actors(nlp):
    """Run the actors stage on a text: ``actors(text, published=None) -> Document``."""
    from eventwire.actors.stage import ActorsStage

    stage = ActorsStage()

    def run(text: str, published: str | None = None):
        doc = Document(Article(id=article_id(text), text=text, published=published))
        doc.spacy = nlp(text)
        return stage(doc)

    return run


def one(doc, text):
    """The first actor mention of ``doc`` whose text is ``text`` (fails, listing them, when none)."""
    found = [m for m in doc.actors if m.text == text]
    assert found, f"no mention {text!r} in {[(m.text, m.country) for m in doc.actors]}"
    return found[0]
