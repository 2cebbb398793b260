"""Shared fixtures. Tests that load the spaCy model are marked ``slow``; tests that
read ../shared skip with a clear reason when it is absent (a user's machine has none)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"../shared not found at {SHARED}: gold sets and corpora are not on this machine")
    return SHARED


@pytest.fixture(scope="session")
def nlp():
    from eventwire.nlp import load_model
    return load_model()


@pytest.fixture(scope="session")
def coder():
    """The full default pipeline, raising on stage errors so tests see them."""
    from eventwire.pipeline import build_pipeline
    return build_pipeline(raise_errors=True)


@pytest.fixture(scope="session")
def code_text(coder):
    """Code one text: ``code_text(text, published='2021-08-20') -> CodedArticle``."""
    from eventwire.records import Article, article_id

    def run(text: str, published: str | None = None, title: str | None = None, outlet: str | None = None):
        article = Article(id=article_id(text, title), text=text, title=title,
                          published=published, outlet=outlet, language="en")
        return next(coder.code([article]))

    return run


@pytest.fixture(scope="session")
def seed_text(shared) -> str:
    return (shared / "examples" / "putin-afghanistan.txt").read_text(encoding="utf-8")
