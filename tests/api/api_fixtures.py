"""API test fixtures (kept in a uniquely named module so tests/web can import them too).

A store of hand-coded articles in a tmp dir, and clients over it. The coder is replaced by
:class:`HandCoder`, a one-stage pipeline that returns the hand-coded records for known
texts and one AGREE event for any text saying "agreed", so no test here loads spaCy.
"""

from __future__ import annotations

import pytest

import coded_corpus

from eventwire.pipeline import Document, Pipeline  # noqa: E402
from eventwire.records import Event  # noqa: E402

TOKEN = "test-token-7f3a"


class HandCoder:
    name = "test.hand_coder.v1"
    reads: tuple[str, ...] = ()
    writes = ("actors", "events", "quotes", "places")

    def __init__(self):
        self.known = {a.id: c for a, c in coded_corpus.corpus()}
        self.calls = 0

    def __call__(self, doc: Document) -> Document:
        self.calls += 1
        coded = self.known.get(doc.article.id)
        if coded is not None:
            doc.actors, doc.events = list(coded.actors), list(coded.events)
            doc.quotes, doc.places = list(coded.quotes), list(coded.places)
        elif "agreed" in doc.text:
            start = doc.text.index("agreed")
            doc.events = [Event(id="e" + doc.article.id[1:17], type="AGREE", quad_class=1, goldstein=4.0,
                                sentence=doc.text, start=0, end=len(doc.text), trigger="agreed",
                                trigger_start=start, trigger_end=start + 6, confidence=0.5,
                                date=doc.article.published, rule="hand coder: 'agreed'")]
        for event in doc.events:
            doc.note(self.name, event=event.id, why=f"hand-coded rule {event.rule}")
        return doc


@pytest.fixture
def hand_coder() -> HandCoder:
    return HandCoder()


@pytest.fixture
def corpus_db(tmp_path) -> tuple[str, list]:
    path = str(tmp_path / "api.duckdb")
    return path, coded_corpus.write_store(path)


@pytest.fixture
def make_client(corpus_db, hand_coder):
    """``make_client(token=..., **create_app options) -> TestClient`` over the hand-coded store."""
    from fastapi.testclient import TestClient

    from eventwire.api import create_app

    clients = []

    def make(token: str | None = TOKEN, **options):
        app = create_app(corpus_db[0], token=token, pipeline=Pipeline([hand_coder]), **options)
        client = TestClient(app)
        client.__enter__()
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.__exit__(None, None, None)


@pytest.fixture
def client(make_client):
    """A read-only server (no token configured)."""
    return make_client(token=None)


@pytest.fixture
def auth() -> dict[str, str]:
    return {"Authorization": f"Bearer {TOKEN}"}
