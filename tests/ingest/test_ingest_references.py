"""HTML character references left in plain-text inputs are decoded at ingest."""

from __future__ import annotations

import json

from eventwire.ingest import ReadOptions, read_inputs
from eventwire.ingest.build import decode_references
from eventwire.records import Article


def test_references_with_semicolons_are_decoded():
    assert decode_references("the minister said &quot;no&quot; &amp; left") == 'the minister said "no" & left'
    assert decode_references("caf&eacute; &#8220;open&#8221; &#x2014; ok") == "café “open” — ok"


def test_ampersands_that_are_not_references_stay():
    for text in ("AT&T and R&D budgets", "Q&A; session", "fish & chips", "&unknownname; stays"):
        assert decode_references(text) == text


def test_jsonl_article_text_and_title_are_decoded(tmp_path):
    path = tmp_path / "dump.jsonl"
    row = {"id": "x1", "title": "Mayor says &quot;enough&quot;",
           "text": "The mayor of Lindholm said &quot;enough is enough.&quot; The council met on Monday."}
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    [article] = list(read_inputs([str(path)], ReadOptions()))
    assert isinstance(article, Article)
    assert article.text == 'The mayor of Lindholm said "enough is enough." The council met on Monday.'
    assert article.title == 'Mayor says "enough"'


def test_decoded_quote_marks_reach_the_quote_stage(tmp_path, coder):
    path = tmp_path / "dump.jsonl"
    text = ("Interior Minister Ana Kovac said &quot;we will not allow the border to close.&quot; "
            "The talks resumed later.")
    path.write_text(json.dumps({"id": "q1", "text": text, "published": "2024-03-02"}) + "\n", encoding="utf-8")
    [article] = list(read_inputs([str(path)], ReadOptions()))
    [coded] = coder.code([article])
    quotes = [q for q in coded.quotes if q.kind == "direct"]
    assert quotes and "&quot;" not in quotes[0].text
    assert quotes[0].text.startswith("we will not allow")
