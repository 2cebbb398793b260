"""The stage loop: contracts checked at build time, one failing document never stops a batch."""

from __future__ import annotations

import pytest

from eventwire.errors import ConfigError
from eventwire.pipeline import Document, Pipeline
from eventwire.records import Article, Event


class AddsEvent:
    name, reads, writes = "test.adds_event.v1", ("article",), ("events",)

    def __call__(self, doc: Document) -> Document:
        doc.events.append(Event(id="e" + doc.article.id[-16:].rjust(16, "0"), type="CONSULT",
                                sentence=doc.text, start=0, end=len(doc.text), trigger="met",
                                confidence=0.9))
        return doc


class FailsOn:
    name, reads, writes = "test.fails_on.v1", ("events",), ("events",)

    def __init__(self, word: str):
        self.word = word

    def __call__(self, doc: Document) -> Document:
        if self.word in doc.text:
            raise ValueError(f"cannot handle {self.word!r}")
        return doc


class ReturnsNothing:
    name, reads, writes = "test.returns_nothing.v1", ("article",), ()

    def __call__(self, doc):
        return None


def articles(*texts):
    return [Article(id=f"a{i:020d}", text=t, source="test", position=f"line {i}") for i, t in enumerate(texts)]


def test_pipeline_rejects_a_stage_reading_what_nobody_wrote():
    with pytest.raises(ConfigError, match="reads"):
        Pipeline([FailsOn("x")])


def test_pipeline_failing_document_is_marked_and_batch_goes_on():
    coded = list(Pipeline([AddsEvent(), FailsOn("boom")]).code(articles("Leaders met.", "boom went a bomb", "Envoys met.")))
    assert [c.article.status for c in coded] == ["coded", "failed", "coded"]
    failed = coded[1]
    assert failed.events == []  # nothing half-coded is kept
    assert failed.errors[0].code == "E020" and "cannot handle 'boom'" in failed.errors[0].reason
    assert failed.errors[0].stage == "test.fails_on.v1" and failed.errors[0].position == "line 1"
    assert len(coded[0].events) == len(coded[2].events) == 1


def test_pipeline_raise_errors_surfaces_the_exception():
    with pytest.raises(ValueError, match="boom"):
        list(Pipeline([AddsEvent(), FailsOn("boom")], raise_errors=True).code(articles("boom")))


def test_pipeline_stage_must_return_the_document():
    coded = list(Pipeline([ReturnsNothing()]).code(articles("Anything.")))
    assert coded[0].article.status == "failed"
    assert "returned NoneType" in coded[0].errors[0].reason


def test_pipeline_skipped_articles_pass_through_uncoded():
    skipped = Article(id="a" + "1" * 20, text="Bonjour.", status="skipped", skip_reason="language 'fr'")
    coded = list(Pipeline([AddsEvent()]).code([skipped]))
    assert coded[0].article.status == "skipped" and coded[0].events == []
