"""The runner: read -> triage -> code -> store. Idempotent, quarantining, resumable."""

from __future__ import annotations

import json

import pytest

from eventwire.ingest import ReadOptions
from eventwire.runner import ingest
from eventwire.store import open_store


def snapshot(db: str) -> dict:
    """Counts plus the identity of every stored article, event and error."""
    import duckdb

    with open_store(db, read_only=True) as store:
        stats = store.stats()
    with duckdb.connect(db, read_only=True) as con:
        stats["article_rows"] = con.execute("SELECT id, status, duplicate_of FROM articles ORDER BY id").fetchall()
        stats["event_ids"] = [r[0] for r in con.execute("SELECT id FROM events ORDER BY id").fetchall()]
        stats["error_ids"] = [r[0] for r in con.execute("SELECT id FROM errors ORDER BY id").fetchall()]
    return stats

# Our own invented articles (never text from ../shared).
ARTICLES = [
    {"id": "t1", "title": "Ministers meet in Oslo", "published": "2024-03-04", "outlet": "Test Wire",
     "text": "Norwegian Foreign Minister Espen Barth Eide met his Finnish counterpart in Oslo on Monday "
             "to discuss Arctic security. The two ministers agreed to expand joint patrols in the Barents Sea."},
    {"id": "t2", "title": "Protest in Lima", "published": "2024-03-05", "outlet": "Test Wire",
     "text": "Thousands of teachers protested outside the Peruvian Congress in Lima on Tuesday, demanding "
             "higher wages. Police used tear gas to disperse the crowd, witnesses said."},
    {"id": "t3", "title": "Sanctions announced", "published": "2024-03-06", "outlet": "Test Wire",
     "text": "The European Union imposed new sanctions on Belarus on Wednesday over the detention of "
             "opposition activists. Belarus rejected the measures as interference in its affairs."},
    {"id": "t4", "title": "Aid shipment", "published": "2024-03-07", "outlet": "Test Wire",
     "text": "Japan sent 40 tonnes of emergency food aid to Madagascar after a cyclone destroyed crops in "
             "the south of the island, the Japanese embassy said on Thursday."},
    {"id": "t5", "title": "Un article en français", "published": "2024-03-07", "outlet": "Test Wire",
     "text": "Le gouvernement français a annoncé jeudi une nouvelle réforme des retraites, malgré "
             "l'opposition des syndicats qui appellent à une grève nationale la semaine prochaine."},
]


def write_jsonl(path, rows):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.mark.slow
def test_runner_ingest_twice_changes_nothing(tmp_path):
    source = write_jsonl(tmp_path / "articles.jsonl", ARTICLES)
    db = str(tmp_path / "store.duckdb")
    first = ingest([str(source)], db)
    after_first = snapshot(db)
    second = ingest([str(source)], db)
    after_second = snapshot(db)
    assert first.stored == 5 and first.read == 5
    assert second.stored == 0 and second.already_stored == 5
    assert after_first == after_second
    assert after_first["articles"] == 5


@pytest.mark.slow
def test_runner_non_english_is_stored_but_not_coded(tmp_path):
    from eventwire.records import article_id

    french = ARTICLES[4]
    source = write_jsonl(tmp_path / "articles.jsonl", [french])
    db = str(tmp_path / "store.duckdb")
    report = ingest([str(source)], db)
    assert report.skipped == 1 and report.coded == 0
    with open_store(db, read_only=True) as store:
        article = store.get_article(article_id(french["text"], french["title"]))
    assert article["status"] == "skipped"
    assert "fr" in article["skip_reason"]
    assert article["events"] == []


@pytest.mark.slow
def test_runner_near_duplicate_linked_not_coded_twice(tmp_path):
    long_text = " ".join([
        ARTICLES[2]["text"],
        "The new measures freeze the assets of eleven officials and ban them from travelling to the bloc.",
        "Diplomats said the package had been agreed by ambassadors after two weeks of talks in Brussels.",
        "Lithuania and Poland had pressed for tougher steps, while Hungary asked for an exemption for fertiliser.",
        "The Belarusian foreign ministry summoned the Polish charge d'affaires in Minsk on Thursday.",
        "Opposition leaders in exile welcomed the decision and called for the release of all political prisoners.",
    ])
    original = dict(ARTICLES[2], text=long_text)
    # The same story again with one sentence changed, as a second outlet would run it.
    copy = dict(original, id="t3-copy", text=long_text.replace(
        "after two weeks of talks in Brussels", "after a fortnight of difficult negotiations"))
    source = write_jsonl(tmp_path / "articles.jsonl", [original, copy])
    db = str(tmp_path / "store.duckdb")
    report = ingest([str(source)], db)
    assert report.stored == 2 and report.duplicates == 1
    with open_store(db, read_only=True) as store:
        from eventwire.records import article_id
        dup = store.get_article(article_id(copy["text"], copy["title"]))
        assert dup["status"] == "duplicate"
        assert dup["duplicate_of"] == article_id(original["text"], original["title"])
        assert dup["events"] == []


@pytest.mark.slow
def test_runner_bad_records_quarantined_good_ones_stored(tmp_path):
    folder = tmp_path / "inputs"
    folder.mkdir()
    good = ARTICLES[0]
    (folder / "mixed.jsonl").write_text(
        json.dumps(good) + "\n{not json at all\n" + json.dumps(ARTICLES[1]) + "\n", encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02\xff" * 200)
    (folder / "big.txt").write_text("word " * 5000, encoding="utf-8")
    (folder / "notext.csv").write_text("id,headline\n1,Something happened\n", encoding="utf-8")
    (folder / "empty.html").write_text("<html><head><title>x</title></head><body><nav>Home</nav></body></html>",
                                       encoding="utf-8")
    db = str(tmp_path / "store.duckdb")
    seen = []
    report = ingest([str(folder)], db, options=ReadOptions(max_chars=10_000), on_error=seen.append)
    codes = sorted(e.code for e in report.errors)
    assert report.stored == 2  # both good JSONL records, around the broken line
    assert {"E001", "E002", "E003", "E004", "E005", "E006"} <= set(codes), codes
    assert len(seen) == len(report.errors)
    stats = snapshot(db)
    assert stats["errors"] == len(report.errors)
    assert report.exit_code == 0
    # A rerun neither duplicates nor drops anything.
    ingest([str(folder)], db, options=ReadOptions(max_chars=10_000))
    assert snapshot(db) == stats


def test_runner_nothing_readable_exits_2(tmp_path):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    report = ingest([str(tmp_path / "empty.txt")], str(tmp_path / "store.duckdb"))
    assert report.read == 0 and report.exit_code == 2
    assert [e.code for e in report.errors] == ["E001"]


@pytest.mark.slow
def test_runner_wikinews_300_twice_gives_identical_stats(shared, tmp_path):
    """Foundation issue: 300 real articles ingested twice give the same store."""
    import gzip
    import itertools

    corpus = shared / "corpora" / "wikinews-politics-2004-2009.jsonl.gz"
    if not corpus.exists():
        pytest.skip(f"{corpus} is absent")
    sample = tmp_path / "wikinews-300.jsonl"
    with gzip.open(corpus, "rt", encoding="utf-8") as handle:
        sample.write_text("".join(itertools.islice(handle, 300)), encoding="utf-8")
    db = str(tmp_path / "store.duckdb")
    first = ingest([str(sample)], db, workers=2)
    after_first = snapshot(db)
    second = ingest([str(sample)], db)
    after_second = snapshot(db)
    assert first.read == 300 and first.errors == []
    assert after_first["articles"] == 300 and after_first["events"] > 0
    assert second.stored == 0 and second.already_stored == 300
    assert after_second == after_first
