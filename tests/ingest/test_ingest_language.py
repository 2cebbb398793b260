"""Language detection (lingua over news languages) and the skip of non-English articles."""

from __future__ import annotations

import pytest
import yaml
from ingest_helpers import SECOND_STORY, STORY_TEXT

from eventwire.ingest.language import (
    SAMPLE_CHARS, _sample, detect_language, language_table, mark_language,
)
from eventwire.records import Article, article_id

# Our own sentences.
SENTENCES = {
    "en": SECOND_STORY,
    "fr": "Le ministre des Affaires étrangères a rencontré mardi son homologue marocain à Lisbonne pour "
          "signer un accord sur la pêche.",
    "de": "Der Außenminister hat am Dienstag in Lissabon ein Fischereiabkommen mit Marokko unterzeichnet.",
    "es": "El ministro de Asuntos Exteriores firmó el martes en Lisboa un acuerdo de pesca con Marruecos.",
    "ru": "Министр иностранных дел во вторник подписал в Лиссабоне соглашение о рыболовстве с Марокко.",
    "ar": "وقع وزير الخارجية يوم الثلاثاء في لشبونة اتفاقا للصيد البحري مع المغرب.",
    "zh": "外交部长星期二在里斯本与摩洛哥签署了一项渔业协定。",
    "tr": "Dışişleri Bakanı salı günü Lizbon'da Fas ile bir balıkçılık anlaşması imzaladı.",
}


def article(text: str, **fields) -> Article:
    return Article(id=article_id(text), text=text, **fields)


@pytest.mark.parametrize("code, text", sorted(SENTENCES.items()))
def test_ingest_language_is_detected(code, text):
    assert detect_language(text) == code


@pytest.mark.parametrize("code, text", [
    ("en", SECOND_STORY + " The banner read 「洪水に負けるな」 and 「がんばろう」 in Japanese, organisers said."),
    ("en", STORY_TEXT + " Protesters chanted «Долой квоты!» outside the ministry."),
    ("ja", "外務大臣は火曜日、リスボンでモロッコと漁業協定に署名した。EU and NATO officials attended."),
])
def test_ingest_language_quoted_passage_in_another_script_does_not_decide(code, text):
    assert detect_language(text) == code


@pytest.mark.parametrize("text", ["", "12 345 678", "!!! ??? ..."])
def test_ingest_language_none_without_letters(text):
    assert detect_language(text) is None


def test_ingest_language_english_stays_coded():
    marked = mark_language(article(STORY_TEXT))
    assert (marked.language, marked.status, marked.skip_reason) == ("en", "coded", None)


def test_ingest_language_non_english_is_skipped_with_reason():
    original = article(SENTENCES["fr"])
    marked = mark_language(original)
    assert (marked.language, marked.status) == ("fr", "skipped")
    assert marked.skip_reason == "language 'fr' is not coded (English only)"
    assert original.status == "coded"  # a copy, the input is untouched


def test_ingest_language_detection_wins_and_declared_language_is_named():
    marked = mark_language(article(SENTENCES["de"], language="en"))
    assert marked.language == "de" and marked.status == "skipped"
    assert marked.skip_reason.endswith("the input declared 'en'")
    wrong_declared_but_english = mark_language(article(SECOND_STORY, language="fr"))
    assert (wrong_declared_but_english.language, wrong_declared_but_english.status) == ("en", "coded")


def test_ingest_language_duplicate_keeps_its_status():
    marked = mark_language(article(SENTENCES["es"], status="duplicate", duplicate_of="a123"))
    assert (marked.language, marked.status, marked.skip_reason) == ("es", "duplicate", None)


def test_ingest_language_sample_is_cut_at_a_word():
    text = "word " * 1000
    sample = _sample(text)
    assert len(sample) <= SAMPLE_CHARS and sample.endswith("word")


def test_ingest_language_data_file_is_valid():
    table = language_table()
    assert table["coded"] == ["en"]
    assert len(table["detect"]) == len(set(table["detect"])) >= 18
    from importlib import resources
    raw = resources.files("eventwire.ingest").joinpath("data/languages.yaml").read_text("utf-8")
    assert raw.startswith("# ") and yaml.safe_load(raw) == table
