"""WARC archives written in the test with warcio: HTML and text responses become articles,
other records are passed over, and a cut archive yields what precedes the cut, then one E007."""

from __future__ import annotations

import io

import pytest
from ingest_helpers import SECOND_STORY, STORY_PARAGRAPHS, articles, errors, html_page
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from eventwire.ingest import ReadOptions, read_inputs
from eventwire.records import Article, IngestError

PAGES = [
    ("https://harbour.example/fisheries", "Portugal and Morocco sign fisheries deal", STORY_PARAGRAPHS),
    ("https://harbour.example/floods", "Floods force evacuations in Bolivia", [SECOND_STORY, SECOND_STORY.upper()]),
]


def response(writer: WARCWriter, url: str, body: bytes, content_type: str, status: str = "200 OK"):
    headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
    return writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers)


def make_warc(*, gzip: bool) -> bytes:
    """warcinfo, request, two HTML pages, a 404, an image, a redirect and a text/plain response."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzip)
    writer.write_record(writer.create_warcinfo_record("test.warc", {"software": "eventwire tests"}))
    request_headers = StatusAndHeaders("GET /fisheries HTTP/1.1", [("Host", "harbour.example")], is_http_request=True)
    writer.write_record(writer.create_warc_record(PAGES[0][0], "request", http_headers=request_headers))
    for url, title, paragraphs in PAGES:
        writer.write_record(response(writer, url, html_page(title, paragraphs).encode(), "text/html; charset=utf-8"))
    writer.write_record(response(writer, "https://harbour.example/old", b"<html>gone</html>", "text/html", "404 Not Found"))
    writer.write_record(response(writer, "https://harbour.example/logo.png", b"\x89PNG\r\n\x1a\n", "image/png"))
    writer.write_record(response(writer, "https://harbour.example/moved", b"", "text/html", "301 Moved Permanently"))
    writer.write_record(response(writer, "https://harbour.example/wire.txt", SECOND_STORY.encode(), "text/plain"))
    return buffer.getvalue()


def read(path):
    return list(read_inputs([str(path)], ReadOptions()))


@pytest.mark.parametrize("name, gzip", [("crawl.warc", False), ("crawl.warc.gz", True), ("crawl.bin", True)])
def test_ingest_warc_html_and_text_responses_become_articles(tmp_path, name, gzip):
    path = tmp_path / name  # crawl.bin: found by sniffing the gzip content
    path.write_bytes(make_warc(gzip=gzip))
    results = read(path)
    assert [type(r) for r in results] == [Article, Article, IngestError, Article]
    fisheries, floods, gone, wire = results
    assert fisheries.text.split("\n") == STORY_PARAGRAPHS
    assert (fisheries.url, fisheries.title, fisheries.published, fisheries.outlet) == (
        PAGES[0][0], PAGES[0][1], "2023-05-16", "Harbour Courier")
    assert (fisheries.source, fisheries.position) == (str(path), "record 3")
    assert floods.url == PAGES[1][0]
    assert (gone.code, gone.position) == ("E009", "record 5") and "404" in gone.reason
    assert (wire.text, wire.url, wire.position) == (SECOND_STORY, "https://harbour.example/wire.txt", "record 8")


@pytest.mark.parametrize("gzip", [False, True])
@pytest.mark.parametrize("keep", [0.45, 0.7, 0.98])
def test_ingest_truncated_warc_yields_records_before_the_cut_then_one_e007(tmp_path, gzip, keep):
    whole = make_warc(gzip=gzip)
    path = tmp_path / ("cut.warc.gz" if gzip else "cut.warc")
    path.write_bytes(whole[: int(len(whole) * keep)])
    results = read(path)
    assert [e.code for e in errors(results) if e.code == "E007"] == ["E007"]
    assert results[-1].code == "E007"
    # Whatever was yielded before the cut is identical to the uncut archive's output.
    (tmp_path / "whole.warc").write_bytes(whole)
    uncut = read(tmp_path / "whole.warc")
    assert [a.text for a in articles(results)] == [a.text for a in articles(uncut)][: len(articles(results))]
    assert len(results) - 1 < len(uncut)


@pytest.mark.parametrize("content", [
    b"this is not an archive at all, just some words in a file",
    b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 5\r\n\r\nab",  # no target URI, cut body
])
def test_ingest_not_a_warc_or_malformed_record_is_e007(tmp_path, content):
    path = tmp_path / "fake.warc"
    path.write_bytes(content)
    [error] = read(path)
    assert error.code == "E007"
