"""Fixtures of the analyst tests; the builders live in analyst_corpus.py."""

from __future__ import annotations

import pytest

import analyst_corpus
from eventwire.store import open_store


@pytest.fixture
def three_outlets():
    return analyst_corpus.three_outlets()


@pytest.fixture
def month_articles():
    return analyst_corpus.month_articles()


@pytest.fixture
def store(tmp_path):
    with open_store(str(tmp_path / "analyst.duckdb")) as opened:
        yield opened
