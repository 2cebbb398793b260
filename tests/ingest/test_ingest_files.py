"""Readers for local files: text, JSON lines (plain and gzip), CSV/TSV, directories, stdin,
and every kind of bad input (each becomes an IngestError; reading goes on)."""

from __future__ import annotations

import gzip
import io
import json
import sys

import pytest
from ingest_helpers import SECOND_STORY, STORY_TEXT, articles, errors

from eventwire.ingest import ReadOptions, read_inputs
from eventwire.records import Article, IngestError, article_id


def read(paths, **options):
    return list(read_inputs([str(p) for p in paths], ReadOptions(**options)))


def jsonl(rows) -> str:
    return "".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n" for r in rows)


# --------------------------------------------------------------------------- text


def test_ingest_text_file_is_one_article_with_exact_text(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(STORY_TEXT, encoding="utf-8")
    [article] = read([path], published="2023-05-16", outlet="Harbour Courier")
    assert article.text == STORY_TEXT
    assert article.title is None  # the first line is not taken as a title
    assert article.id == article_id(STORY_TEXT, None)
    assert (article.published, article.outlet, article.source) == ("2023-05-16", "Harbour Courier", str(path))


def test_ingest_text_title_option_is_used_and_in_the_id(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(STORY_TEXT, encoding="utf-8")
    [article] = read([path], title="Fisheries deal signed")
    assert article.title == "Fisheries deal signed"
    assert article.id == article_id(STORY_TEXT, "Fisheries deal signed")


def test_ingest_text_bom_is_stripped(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + SECOND_STORY.encode("utf-8"))
    [article] = read([path])
    assert article.text == SECOND_STORY


# --------------------------------------------------------------------------- JSON lines


def test_ingest_jsonl_fields_are_mapped(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text(jsonl([{"id": 17, "title": " Floods in  Bolivia ", "published": "2024-02-11T09:00:00-04:00",
                            "outlet": "Andes Wire", "url": "https://andes.example/floods", "text": SECOND_STORY}]),
                    encoding="utf-8")
    [article] = read([path])
    assert article.model_dump(exclude={"text", "id"}) == {
        "title": "Floods in Bolivia", "published": "2024-02-11", "outlet": "Andes Wire",
        "url": "https://andes.example/floods", "language": None, "source": str(path), "position": "line 1",
        "external_id": "17", "status": "coded", "skip_reason": None, "duplicate_of": None}
    assert article.id == article_id(SECOND_STORY, "Floods in Bolivia")


@pytest.mark.parametrize("field", ["date", "published_at"])
def test_ingest_jsonl_date_falls_back_to_other_field_names(tmp_path, field):
    path = tmp_path / "in.jsonl"
    path.write_text(jsonl([{"text": SECOND_STORY, field: "12 March 2022"}]), encoding="utf-8")
    [article] = read([path])
    assert article.published == "2022-03-12"


def test_ingest_jsonl_named_fields_and_defaults(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text(jsonl([{"body": SECOND_STORY, "headline": "Floods", "when": "2024-02-11", "doc": "x-9"},
                           {"body": STORY_TEXT, "outlet_name": "Own Outlet"}]), encoding="utf-8")
    first, second = read([path], text_field="body", title_field="headline", date_field="when", id_field="doc",
                         outlet_field="outlet_name", outlet="Default Outlet", published="2020-01-01")
    assert (first.title, first.published, first.external_id, first.outlet) == ("Floods", "2024-02-11", "x-9", "Default Outlet")
    assert (second.published, second.outlet) == ("2020-01-01", "Own Outlet")


def test_ingest_jsonl_unparseable_date_is_none_not_an_error(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text(jsonl([{"text": SECOND_STORY, "published": "sometime last spring"}]), encoding="utf-8")
    [article] = read([path])
    assert article.published is None


def test_ingest_jsonl_broken_line_between_good_ones(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text(jsonl([{"text": STORY_TEXT}, '{"text": "cut off', "", {"text": SECOND_STORY}]), encoding="utf-8")
    results = read([path])
    assert [type(r) for r in results] == [Article, IngestError, Article]
    assert [r.position for r in results] == ["line 1", "line 2", "line 4"]
    assert results[1].code == "E004"
    assert [a.text for a in articles(results)] == [STORY_TEXT, SECOND_STORY]


@pytest.mark.parametrize("line, code", [
    ("[1, 2, 3]", "E004"),
    ('"just a string"', "E004"),
    ('{"title": "no text here"}', "E005"),
    ('{"text": 42}', "E005"),
    ('{"text": null}', "E001"),
    ('{"text": "   "}', "E001"),
])
def test_ingest_jsonl_bad_records(tmp_path, line, code):
    path = tmp_path / "in.jsonl"
    path.write_text(line + "\n" + json.dumps({"text": SECOND_STORY}) + "\n", encoding="utf-8")
    results = read([path])
    assert [r.code for r in errors(results)] == [code]
    assert errors(results)[0].position == "line 1"
    assert len(articles(results)) == 1


def test_ingest_jsonl_gz_is_read(tmp_path):
    path = tmp_path / "in.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.write(jsonl([{"text": STORY_TEXT}, {"text": SECOND_STORY}]))
    assert [a.text for a in articles(read([path]))] == [STORY_TEXT, SECOND_STORY]


def test_ingest_jsonl_gz_cut_short_keeps_lines_before_the_cut(tmp_path):
    rows = [{"text": f"{SECOND_STORY} Report number {i}."} for i in range(200)]
    data = gzip.compress(jsonl(rows).encode("utf-8"))
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    results = read([path])
    good, bad = articles(results), errors(results)
    assert 0 < len(good) < 200
    assert [a.text for a in good] == [r["text"] for r in rows[: len(good)]]
    assert [e.code for e in bad] == ["E004"] and "cut" in bad[0].reason


def test_ingest_stdin_dash_reads_jsonl(monkeypatch):
    data = jsonl([{"text": STORY_TEXT, "title": "Fisheries"}, "not json"]).encode("utf-8")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    results = list(read_inputs(["-"], ReadOptions()))
    assert [type(r) for r in results] == [Article, IngestError]
    assert results[0].source == "<stdin>" and results[0].title == "Fisheries"
    assert results[1].code == "E004"


# --------------------------------------------------------------------------- CSV


@pytest.mark.parametrize("name, delimiter", [("in.csv", ","), ("semi.csv", ";"), ("in.tsv", "\t")])
def test_ingest_csv_rows_become_articles(tmp_path, name, delimiter):
    import csv

    path = tmp_path / name
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow(["id", "title", "published", "text"])
        writer.writerow(["r1", "Fisheries; deal", "2023-05-16", STORY_TEXT])  # newlines inside a quoted field
        writer.writerow(["r2", "", "", SECOND_STORY])
    first, second = read([path])
    assert (first.text, first.title, first.published, first.position, first.external_id) == (
        STORY_TEXT, "Fisheries; deal", "2023-05-16", "row 1", "r1")
    assert (second.text, second.title, second.published, second.position) == (SECOND_STORY, None, None, "row 2")


def test_ingest_csv_row_with_wrong_field_count_is_e012_and_reading_goes_on(tmp_path):
    path = tmp_path / "in.csv"
    path.write_text(f'id,text\nr1,"{SECOND_STORY}",extra\nr2,"{SECOND_STORY}"\n', encoding="utf-8")
    results = read([path])
    assert [(type(r), r.position) for r in results] == [(IngestError, "row 1"), (Article, "row 2")]
    assert results[0].code == "E012"


def test_ingest_csv_unterminated_quote_is_e012(tmp_path):
    path = tmp_path / "in.csv"
    path.write_text(f'id,text\nr1,"{SECOND_STORY}"\nr2,"never closed\n', encoding="utf-8")
    results = read([path])
    assert [type(r) for r in results] == [Article, IngestError]
    assert results[1].code == "E012"


def test_ingest_csv_without_text_column_is_e005(tmp_path):
    path = tmp_path / "in.csv"
    path.write_text("id,headline\n1,Something happened\n", encoding="utf-8")
    [error] = read([path])
    assert error.code == "E005" and "headline" in error.reason


# --------------------------------------------------------------------------- paths and bad files


def test_ingest_directory_is_recursed_in_sorted_order_skipping_hidden(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".cache").mkdir()
    (tmp_path / "b" / "2.txt").write_text("Second. " + SECOND_STORY, encoding="utf-8")
    (tmp_path / "a.txt").write_text("First. " + STORY_TEXT, encoding="utf-8")
    (tmp_path / "c.txt").write_text("Third. " + SECOND_STORY, encoding="utf-8")
    (tmp_path / ".cache" / "x.txt").write_text("hidden " + SECOND_STORY, encoding="utf-8")
    (tmp_path / ".notes.txt").write_text("hidden " + SECOND_STORY, encoding="utf-8")
    results = read([tmp_path])
    assert [r.source for r in results] == [str(tmp_path / "a.txt"), str(tmp_path / "b" / "2.txt"),
                                           str(tmp_path / "c.txt")]


def test_ingest_inputs_keep_their_order(tmp_path):
    one, two = tmp_path / "z.txt", tmp_path / "a.txt"
    one.write_text(STORY_TEXT, encoding="utf-8")
    two.write_text(SECOND_STORY, encoding="utf-8")
    assert [r.source for r in read([one, tmp_path / "missing.txt", two])] == [
        str(one), str(tmp_path / "missing.txt"), str(two)]


@pytest.mark.parametrize("name, content, code", [
    ("empty.txt", b"", "E001"),
    ("blank.txt", b"  \n\t\n", "E001"),
    ("binary.txt", b"\x00\x01\x02\xff" * 200, "E002"),
    ("image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20, "E002"),
    ("big.txt", ("word " * 5000).encode(), "E003"),
    ("binary.jsonl", b"\x00\x00\x00{}\n", "E002"),
    ("empty.jsonl", b"\n\n", "E001"),
    ("notes.docx", b"PK\x03\x04 some zip", "E010"),
    ("script.py", b"print('hello')\n", "E010"),
    ("not-gzip.jsonl.gz", b"plain text, not gzip", "E002"),
])
def test_ingest_bad_files_become_errors(tmp_path, name, content, code):
    path = tmp_path / name
    path.write_bytes(content)
    results = read([path], max_chars=10_000)
    assert [r.code for r in results] == [code], results
    assert results[0].source == str(path)


def test_ingest_missing_path_is_e011_and_reading_goes_on(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(SECOND_STORY, encoding="utf-8")
    results = read([tmp_path / "nowhere.txt", good])
    assert isinstance(results[0], IngestError) and results[0].code == "E011"
    assert isinstance(results[1], Article)


def test_ingest_too_large_record_in_jsonl_is_e003(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text(jsonl([{"text": "word " * 3000}, {"text": SECOND_STORY}]), encoding="utf-8")
    results = read([path], max_chars=10_000)
    assert [type(r) for r in results] == [IngestError, Article]
    assert results[0].code == "E003" and results[0].position == "line 1"


@pytest.mark.parametrize("name, content", [
    ("noext", json.dumps({"text": SECOND_STORY}) + "\n"),
    ("page.php", "<!DOCTYPE html><html><body><article>" + "".join(f"<p>{SECOND_STORY}</p>" for _ in range(2))
     + "</article></body></html>"),
])
def test_ingest_unknown_extension_is_sniffed(tmp_path, name, content):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    [article] = read([path])
    assert SECOND_STORY in article.text


# --------------------------------------------------------------------------- one bad record


@pytest.mark.parametrize("line, code", [
    ('{"text": "Talks \\ud800 failed in the capital today."}', "E002"),  # lone surrogate in the text
    ('{"text": "Talks failed.", "title": "\\udfff"}', "E002"),  # ... in the title (part of the id)
    ("[" * 100_000 + "]" * 100_000, "E004"),  # json.loads raises RecursionError
    ('{"text": "x", "n": ' + "9" * 5000 + "}", "E004"),  # int longer than Python's digit limit
])
def test_ingest_jsonl_bad_record_keeps_the_lines_after_it(tmp_path, line, code):
    path = tmp_path / "in.jsonl"
    path.write_text(jsonl([{"text": STORY_TEXT}, line, {"text": SECOND_STORY}]), encoding="utf-8")
    results = read([path])
    assert [type(r) for r in results] == [Article, IngestError, Article]
    assert (results[1].code, results[1].position) == (code, "line 2")
    assert [a.text for a in articles(results)] == [STORY_TEXT, SECOND_STORY]


@pytest.mark.parametrize("kind", ["jsonl", "csv"])
def test_ingest_record_that_fails_unexpectedly_is_e010_at_its_position(tmp_path, monkeypatch, kind):
    from eventwire.ingest import readers

    real = readers.article_from_fields

    def flaky(fields, *args, **kwargs):
        if fields.get("id") == "bad":
            raise KeyError("invented failure")
        return real(fields, *args, **kwargs)

    monkeypatch.setattr(readers, "article_from_fields", flaky)
    path = tmp_path / f"in.{kind}"
    if kind == "jsonl":
        path.write_text(jsonl([{"id": "bad", "text": STORY_TEXT}, {"id": "ok", "text": SECOND_STORY}]),
                        encoding="utf-8")
    else:
        path.write_text(f'id,text\nbad,"{STORY_TEXT}"\nok,"{SECOND_STORY}"\n', encoding="utf-8")
    results = read([path])
    assert [type(r) for r in results] == [IngestError, Article]
    assert results[0].code == "E010" and "KeyError" in results[0].reason
    assert results[0].position == ("line 1" if kind == "jsonl" else "row 1")


def test_ingest_one_html_media_type_list_and_one_bytes_per_character_limit():
    from eventwire.ingest import feeds, fetch, html, readers, warc

    assert not hasattr(feeds, "HTML_TYPES") and not hasattr(warc, "HTML_TYPES")
    assert readers.HTML_MEDIA_TYPES is html.HTML_MEDIA_TYPES
    assert readers.MAX_BYTES_PER_CHAR is fetch.MAX_BYTES_PER_CHAR
    assert not hasattr(fetch, "BYTES_PER_CHAR_LIMIT")
    assert isinstance(html.BLOCK_TAGS, frozenset) and "p" in html.BLOCK_TAGS
