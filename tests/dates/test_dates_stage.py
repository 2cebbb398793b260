"""eventwire.dates.v1 on parsed text: offsets, tense, spaCy fallback, the seed article."""

from __future__ import annotations

import pytest

from eventwire.dates.stage import DatesStage
from eventwire.pipeline import Document
from eventwire.records import Article

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def run_dates(nlp):
    stage = DatesStage()

    def run(text: str, published: str | None) -> Document:
        doc = Document(Article(id="t", text=text, published=published, language="en"))
        doc.spacy = nlp(text)
        return stage(doc)

    return run


@pytest.mark.parametrize("text, published, surface, date", [
    ("The presidents met on Monday in Nairobi.", "2024-02-08", "Monday", "2024-02-05"),
    ("The presidents will meet on Monday in Nairobi.", "2024-02-08", "Monday", "2024-02-12"),
    ("The ministers plan to meet in June.", "2024-02-08", "June", "2024-06-01"),
    ("The ministers met in June.", "2024-02-08", "June", "2023-06-01"),
    ("Police detained the activist last week.", "2024-02-08", "last week", "2024-01-29"),
    ("The court ruled two days ago.", "2024-02-08", "two days ago", "2024-02-06"),
    ("The pact, signed on Jan. 5, 2009, expired.", "2024-02-08", "Jan. 5, 2009", "2009-01-05"),
    ("An 1899 arbitration award set the border.", "2024-02-08", "1899", "1899-01-01"),  # spaCy DATE fallback
])
def test_dates_stage_resolves_in_context(run_dates, text, published, surface, date):
    doc = run_dates(text, published)
    found = {m.text: m for m in doc.dates}
    assert surface in found, [m.text for m in doc.dates]
    mention = found[surface]
    assert text[mention.start:mention.end] == surface
    assert mention.date == date
    assert any(n["date"] == surface for n in doc.trace["eventwire.dates.v1"])


@pytest.mark.parametrize("text", [
    "The army has fought there for 20 years.",
    "The talks lasted three days and ended without a deal.",
])
def test_dates_stage_skips_durations(run_dates, text):
    assert run_dates(text, "2024-02-08").dates == []


@pytest.mark.parametrize("text, surface, date", [
    ("Talks held on June 16 failed, and on Jan. 5, 2009 a deal was signed.", "June 16", None),
    ("Talks held on June 16 failed, and on Jan. 5, 2009 a deal was signed.", "Jan. 5, 2009", "2009-01-05"),
    ("The region has been unstable since the 1990s and since last week.", "last week", None),
])
def test_dates_stage_without_publication_only_absolute_resolve(run_dates, text, surface, date):
    found = {m.text: m for m in run_dates(text, None).dates}
    assert found[surface].date == date


def test_dates_stage_seed_june_16(run_dates, seed_text):
    doc = run_dates(seed_text, "2021-08-20")
    june = [m for m in doc.dates if m.text == "June 16"]
    assert len(june) == 1
    assert june[0].date == "2021-06-16" and june[0].granularity == "day" and june[0].relative
    assert seed_text[june[0].start:june[0].end] == "June 16"
