"""The quotes stage on parsed sentences (needs the spaCy model)."""

from __future__ import annotations

import pytest

from eventwire.pipeline import Document, build_pipeline
from eventwire.records import Article, article_id

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def quotes_of():
    pipe = build_pipeline(["eventwire.nlp.v1", "eventwire.actors.v1", "eventwire.quotes.v1"], raise_errors=True)

    def run(text: str) -> Document:
        return pipe(Document(Article(id=article_id(text), text=text)))

    return run


def by_text(doc: Document) -> dict[str, tuple[str, str | None]]:
    return {q.text: (q.kind, q.speaker.name if q.speaker else None) for q in doc.quotes}


@pytest.mark.parametrize("text, quote, kind, speaker_word", [
    ("Finance Minister Lena Holm said that the budget would be cut next year.",
     "the budget would be cut next year", "indirect", "Holm"),
    ("Finance Minister Lena Holm said the budget would be cut next year.",
     "the budget would be cut next year", "indirect", "Holm"),
    ("According to Finance Minister Lena Holm, the budget will be cut next year.",
     "the budget will be cut next year", "indirect", "Holm"),
    ("Finance Minister Lena Holm told reporters the budget would be cut next year.",
     "the budget would be cut next year", "indirect", "Holm"),
    ("The budget will be cut next year, Finance Minister Lena Holm said.",
     "The budget will be cut next year", "indirect", "Holm"),
    ("Finance Minister Lena Holm warned that the budget would be cut next year.",
     "the budget would be cut next year", "indirect", "Holm"),
    ("Finance Minister Lena Holm insisted that the budget would be cut next year.",
     "the budget would be cut next year", "indirect", "Holm"),
    ("Finance Minister Lena Holm went on to state that the budget would be cut next year.",
     "the budget would be cut next year", "indirect", "Holm"),
    ("“The budget will be cut next year,” said Finance Minister Lena Holm.",
     "The budget will be cut next year", "direct", "Holm"),
    ("Finance Minister Lena Holm said: “The budget will be cut next year.”",
     "The budget will be cut next year.", "direct", "Holm"),
    ("Finance Minister Lena Holm said the cuts were “painful but unavoidable for every ministry.”",
     "the cuts were “painful but unavoidable for every ministry.”", "mixed", "Holm"),
    ("Finance Minister Lena Holm called for an end to “the reckless borrowing of the last decade” in her speech.",
     "the reckless borrowing of the last decade", "direct", "Holm"),
])
def test_quotes_stage_kinds_and_speakers(quotes_of, text, quote, kind, speaker_word):
    found = by_text(quotes_of(text))
    assert quote in found, found
    assert found[quote][0] == kind
    assert speaker_word in (found[quote][1] or "")


@pytest.mark.parametrize("text", [
    "The so-called “peace plan” was discussed in Geneva on Monday.",
    "Critics dismissed the “roadmap” as vague and the talks ended early.",
    "Opposition parties did not comment on the proposal on Monday.",
])
def test_quotes_stage_scare_quotes_and_non_statements_are_not_quotes(quotes_of, text):
    assert quotes_of(text).quotes == []


def test_quotes_stage_scare_quote_is_explained(quotes_of):
    doc = quotes_of("The so-called “peace plan” was discussed in Geneva on Monday.")
    assert any("scare quote" in n.get("why", "") for n in doc.trace["eventwire.quotes.v1"])


def test_quotes_stage_floating_quote_keeps_previous_speaker(quotes_of):
    text = ("“The army will leave the valley by Friday,” General Omar Haddad said.\n"
            "“We have no reason to stay and every reason to go home.”\n"
            "The opposition welcomed the decision.")
    doc = quotes_of(text)
    assert [q.kind for q in doc.quotes] == ["direct", "direct"]
    assert all("Haddad" in (q.speaker.name or "") for q in doc.quotes)


def test_quotes_stage_pronoun_speaker_resolves(quotes_of):
    text = "Prime Minister Anna Berg arrived in Oslo.\n“We will not retreat from this position,” she said."
    (q,) = quotes_of(text).quotes
    assert q.speaker.text == "she" and "Berg" in q.speaker.name


def test_quotes_stage_split_quote_gives_two_quotes_one_speaker(quotes_of):
    text = "“We did not start this,” President Omar Haddad said, “but we will end it at the table.”"
    doc = quotes_of(text)
    assert [q.text for q in doc.quotes] == ["We did not start this", "but we will end it at the table."]
    assert {q.speaker.name for q in doc.quotes} == {doc.quotes[0].speaker.name}


def test_quotes_stage_multi_paragraph_quote_is_one_quote(quotes_of):
    text = ("Envoy Maria Lind spoke on Tuesday.\n“The situation in the north has worsened every week.\n"
            "“Without access, people will die this summer,” Lind said.")
    (q,) = quotes_of(text).quotes
    assert q.text.startswith("The situation") and q.text.endswith("this summer")
    assert "Lind" in q.speaker.name


@pytest.mark.parametrize("text, outlet, cue", [
    ("Talks have collapsed in Doha, CNN reports.", "CNN", "reports"),
    ("Talks collapsed in Doha, the Wall Street Journal first reported.", "The Wall Street Journal", "first reported"),
    ("According to Reuters, the talks collapsed in Doha.", "Reuters", "according to"),
    ("DOHA (AP) -- The talks collapsed on Monday, officials said.", "Associated Press", "dateline"),
])
def test_quotes_stage_outlets_are_cited_not_speakers(quotes_of, text, outlet, cue):
    doc = quotes_of(text)
    assert [(o.name, o.cue) for o in doc.outlets] == [(outlet, cue)]
    for o in doc.outlets:
        assert doc.text[o.start:o.end] == o.text
    assert all(q.speaker is None or q.speaker.name != outlet for q in doc.quotes)


def test_quotes_stage_told_outlet_sets_quote_outlet(quotes_of):
    doc = quotes_of("Foreign Minister Lena Holm told the BBC that the embassy would reopen in May.")
    (q,) = doc.quotes
    assert q.outlet == "BBC" and "Holm" in q.speaker.name


def test_quotes_stage_editorial_outlet_is_a_speaker(quotes_of):
    doc = quotes_of("The Guardian said in an editorial that the government had lost the trust of voters.")
    (q,) = doc.quotes
    assert "Guardian" in q.speaker.text


def test_quotes_stage_spans_index_the_text(quotes_of):
    text = "“One,” he said. Lena Holm said that two is “more than one” today.\n“Three.”"
    doc = quotes_of(text)
    for q in doc.quotes:
        assert text[q.start:q.end] == q.text
        if q.speaker is not None and q.speaker.start is not None:
            assert text[q.speaker.start:q.speaker.end] == q.speaker.text


# Regressions found reading Wikinews output (own invented sentences of the same shape).
@pytest.mark.parametrize("text, quote, speaker_word", [
    # HTML-entity quote marks, comma after the closing entity
    ("&quot;We found serious misuse of the letters&quot;, said the inquiry. The agency agreed.",
     "We found serious misuse of the letters", "inquiry"),
    # nested straight quotes inside a straight quote
    ('Minister Lena Holm said: "The budget is "robust" and will carry us through the winter."',
     'The budget is "robust" and will carry us through the winter.', "Holm"),
    # one-paragraph article: a quote after a statement sentence goes to that sentence's subject
    ("Observers from the Carter Center praised the vote. Ambassador Lena Holm expressed her support. "
     "“The election took place in an orderly and peaceful atmosphere.”",
     "The election took place in an orderly and peaceful atmosphere.", "Holm"),
])
def test_quotes_stage_wikinews_shapes(quotes_of, text, quote, speaker_word):
    found = by_text(quotes_of(text))
    assert quote in found, found
    assert found[quote][0] == "direct" and speaker_word in (found[quote][1] or "")


def test_quotes_stage_subject_inside_quote_is_no_speaker(quotes_of):
    doc = quotes_of("Parliament speaker Omar Haddad spoke. “We would have said that the colours mean peace, "
                    "but other principles announced that they stay,” he said.")
    assert all(q.speaker is None or "principles" not in q.speaker.text for q in doc.quotes)
