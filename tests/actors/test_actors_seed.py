"""The canonical seed article (../shared/examples) through nlp + actors."""

from __future__ import annotations

import pytest

from eventwire.pipeline import Document
from eventwire.records import Article, article_id

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def seed_actors(seed_text, nlp):
    from eventwire.actors.stage import ActorsStage

    doc = Document(Article(id=article_id(seed_text), text=seed_text, published="2021-08-20"))
    doc.spacy = nlp(seed_text)
    return ActorsStage()(doc).actors


def test_actors_seed_putin_is_russian_government(seed_actors):
    putins = [m for m in seed_actors if "Putin" in m.text]
    assert len(putins) >= 5
    assert {(m.name, m.country, m.sector, m.kind) for m in putins} == {("Vladimir Putin", "RUS", "GOV", "person")}
    assert len({m.entity for m in putins}) == 1


def test_actors_seed_taliban_us_biden(seed_actors):
    by_text = {m.text: m for m in seed_actors}
    assert by_text["the Taliban"].country == "AFG"
    assert by_text["U.S."].country == "USA"
    assert (by_text["President Biden"].country, by_text["President Biden"].sector) == ("USA", "GOV")


def test_actors_seed_west_is_not_a_country(seed_actors):
    assert not [m for m in seed_actors if "West" in m.text and m.country not in (None, "WST")]


def test_actors_seed_outlets_and_region(seed_actors):
    by_text = {m.text: m for m in seed_actors}
    assert by_text["CNN"].kind == "outlet"
    assert by_text["the Wall Street Journal"].kind == "outlet"
    assert (by_text["Central Asian countries"].kind, by_text["Central Asian countries"].country) == ("region", "CAS")
