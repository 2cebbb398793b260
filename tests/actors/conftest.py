"""Fixtures of the actor tests."""

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
