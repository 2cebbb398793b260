"""Near-duplicates: MinHash over word 5-shingles with LSH; short texts match only exactly."""

from __future__ import annotations

import gzip
import json
import re

import pytest
from ingest_helpers import SECOND_STORY, STORY_TEXT

from eventwire.ingest.dedup import MIN_WORDS_FOR_MINHASH, NearDuplicateIndex, normalised_words

LONG_STORY = " ".join([STORY_TEXT, SECOND_STORY, STORY_TEXT.replace("Tuesday", "Friday"), SECOND_STORY.replace("Sunday", "Monday")])


def changed_sentence(text: str, index: int, replacement: str) -> str:
    sentences = re.split(r"(?<=[.!?])\s+", text)
    sentences[index] = replacement
    return " ".join(sentences)


def test_ingest_dedup_copy_with_a_changed_sentence_is_found():
    index = NearDuplicateIndex()
    index.add("original", index.signature(LONG_STORY))
    edited = changed_sentence(LONG_STORY, 3, "A spokesman declined to comment on the agreement.")
    assert index.find(index.signature(edited)) == "original"


def test_ingest_dedup_case_spacing_and_punctuation_do_not_matter():
    index = NearDuplicateIndex()
    index.add("original", index.signature(LONG_STORY))
    assert index.find(index.signature("  " + LONG_STORY.upper().replace(",", " ,").replace(" ", "  "))) == "original"


def test_ingest_dedup_distinct_articles_are_not_linked():
    index = NearDuplicateIndex()
    index.add("fisheries", index.signature(STORY_TEXT))
    assert index.find(index.signature(SECOND_STORY * 2)) is None


@pytest.mark.parametrize("other, expected", [
    ("Ministers met in Lisbon on Tuesday.", "short"),
    ("ministers  MET in lisbon on tuesday", "short"),  # normalised: still the same words
    ("Ministers met in Porto on Tuesday.", None),  # one word differs: short texts need an exact match
])
def test_ingest_dedup_short_texts_match_only_exactly(other, expected):
    index = NearDuplicateIndex()
    index.add("short", index.signature("Ministers met in Lisbon on Tuesday."))
    assert index.find(index.signature(other)) == expected


def test_ingest_dedup_first_added_is_returned_and_re_adding_is_ignored():
    index = NearDuplicateIndex()
    signature = index.signature(LONG_STORY)
    index.add("first", signature)
    index.add("second", signature)
    index.add("first", signature)
    assert index.find(signature) == "first" and len(index) == 2


def test_ingest_dedup_signatures_survive_storage():
    """The store persists signature bytes; a fresh index rebuilt from them finds the same copy."""
    writer = NearDuplicateIndex()
    stored = {"fisheries": writer.signature(LONG_STORY), "short": writer.signature("Ministers met.")}
    assert all(isinstance(s, bytes) for s in stored.values())
    reader = NearDuplicateIndex()
    for article_id, signature in stored.items():
        reader.add(article_id, bytes(signature))
    edited = changed_sentence(LONG_STORY, 2, "Officials gave no further details.")
    assert reader.find(reader.signature(edited)) == "fisheries"
    assert reader.find(reader.signature("Ministers met.")) == "short"


def test_ingest_dedup_foreign_signature_is_refused():
    small = NearDuplicateIndex(num_perm=64)
    with pytest.raises(ValueError):
        NearDuplicateIndex(num_perm=128).find(small.signature(LONG_STORY))
    with pytest.raises(ValueError):
        small.add("x", b"not a signature")


def test_ingest_dedup_short_text_boundary():
    words = " ".join(f"w{i}" for i in range(MIN_WORDS_FOR_MINHASH))
    index = NearDuplicateIndex()
    assert len(normalised_words(words)) == MIN_WORDS_FOR_MINHASH
    assert index.signature(words)[:1] != index.signature(words.rsplit(" ", 1)[0])[:1]  # MinHash vs exact


@pytest.mark.slow
def test_ingest_dedup_on_wikinews_distinct_unlinked_and_edited_copies_found(shared):
    """300 real articles: none links to another; a copy with one sentence replaced links back
    for long articles (>= 600 words, where one sentence is a small share of the shingles)."""
    path = shared / "corpora" / "wikinews-politics-2004-2009.jsonl.gz"
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        rows = [json.loads(line) for line, _ in zip(handle, range(300))]
    index = NearDuplicateIndex()
    linked = []
    for row in rows:
        signature = index.signature(row["text"])
        if (hit := index.find(signature)) is not None:
            linked.append((row["id"], hit))
        index.add(row["id"], signature)
    assert linked == []
    long_rows = [r for r in rows if len(normalised_words(r["text"])) >= 600]
    assert len(long_rows) >= 15
    found = sum(
        index.find(index.signature(changed_sentence(r["text"], 1, "A spokesman declined to comment further."))) == r["id"]
        for r in long_rows)
    assert found / len(long_rows) >= 0.9
