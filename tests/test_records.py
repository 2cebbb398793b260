"""The record model is the public JSON contract: the committed schema must match it."""

import json
from pathlib import Path

import pytest

from eventwire.records import (
    SCHEMA_VERSION, Article, CodedArticle, Event, article_id, coded_article_json_schema, header_of,
)

SCHEMA_FILE = Path(__file__).resolve().parents[1] / "schema" / "coded-article.schema.json"

# The fields external tooling relies on (foundation issue); they may gain siblings, never vanish.
CONTRACT = {
    "CodedArticle": {"schema_version", "article", "actors", "events", "quotes", "places", "dates",
                     "outlets", "errors"},
    "ArticleHeader": {"id", "title", "published", "outlet", "url", "language"},
    "Event": {"id", "type", "mode", "contexts", "source", "target", "cameo", "quad_class", "goldstein",
              "negated", "modality", "historical", "date", "location", "sentence", "start", "end",
              "trigger", "confidence", "quote_id", "reported_by"},
    "Actor": {"text", "name", "country", "sector", "code"},
    "Quote": {"id", "text", "kind", "start", "end", "speaker", "cue", "outlet"},
    "Place": {"text", "start", "end", "name", "lat", "lon", "country", "kind", "geonames_id"},
}


def test_records_committed_schema_matches_models():
    committed = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    assert committed == json.loads(json.dumps(coded_article_json_schema())), (
        "schema/coded-article.schema.json is stale: run `make schema` and commit it")
    assert committed["x-schema-version"] == SCHEMA_VERSION


@pytest.mark.parametrize("model,fields", sorted(CONTRACT.items()))
def test_records_contract_fields_present(model, fields):
    schema = coded_article_json_schema()
    properties = schema["properties"] if model == "CodedArticle" else schema["$defs"][model]["properties"]
    assert fields <= set(properties), f"{model} lost contract fields {fields - set(properties)}"


def test_records_article_id_ignores_whitespace_but_not_words():
    assert article_id("Talks  resumed\n in Geneva.") == article_id("Talks resumed in Geneva.")
    assert article_id("Talks resumed in Geneva.") != article_id("Talks stalled in Geneva.")
    assert article_id("Same text.", "Title A") != article_id("Same text.", "Title B")


def test_records_coded_article_json_round_trip():
    article = Article(id="a1", text="Ministers met.", title="T", published="2024-03-01", outlet="Demo")
    coded = CodedArticle(article=header_of(article), events=[Event(
        id="e0000000000000001", type="CONSULT", sentence="Ministers met.", start=0, end=14,
        trigger="met", confidence=0.8, cameo="040", quad_class=1, goldstein=1.0)])
    data = json.loads(coded.model_dump_json())
    assert data["schema_version"] == SCHEMA_VERSION
    assert "text" not in data["article"]  # offsets refer to the input; the text is not repeated
    assert CodedArticle.model_validate(data) == coded
