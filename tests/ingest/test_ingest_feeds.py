"""RSS/Atom feeds, from local files and from a local HTTP server; link-only entries are fetched
with httpx and extracted like any page; pages and feeds can be given as URLs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from ingest_helpers import STORY_PARAGRAPHS, articles, errors, html_page

from eventwire.ingest import ReadOptions, read_inputs
from eventwire.records import Article, IngestError

DATA = Path(__file__).parent / "data"


def read(paths, **options):
    return list(read_inputs([str(p) for p in paths], ReadOptions(**options)))


def test_ingest_rss_file_entries_with_content_become_articles():
    first, second, brief = read([DATA / "feed.rss"])
    assert first.title == "Dutch and Belgian ministers agree on river dredging plan"
    assert first.text.startswith("The Dutch and Belgian infrastructure ministers agreed")
    assert "\nThe plan, which still needs approval" in first.text  # paragraphs kept, teaser not used
    assert first.published == "2022-06-14"  # the publisher's day, not UTC's (which is the 15th)
    assert (first.outlet, first.language, first.position) == ("Lowland Ledger", "en", "entry 1")
    assert (first.external_id, first.url) == ("ll-2022-06-14-scheldt", "https://lowland.example/2022/06/14/scheldt-dredging")
    assert second.published == "2022-06-15"
    assert brief.text.startswith("Ferry crews on the Wadden islands")  # summary-only, no link


def test_ingest_atom_file_html_and_text_content():
    rail, patrols = read([DATA / "feed.atom"])
    assert rail.text == ("Swiss voters approved 4.1 billion francs for a second rail tunnel under the Alps "
                         "in a referendum on Sunday.\nThe transport ministry said construction would begin next spring.")
    assert (rail.published, rail.outlet, rail.url) == ("2021-03-01", "Alpine Bulletin", "https://alpine.example/2021/03/01/rail-tunnel")
    assert patrols.published == "2021-03-02"  # from <updated> when <published> is absent
    assert patrols.text.startswith("Austrian and Italian police began joint patrols")


@pytest.mark.parametrize("content", [
    b"<?xml version='1.0'?><catalog><book>not a feed</book></catalog>",
    b"<?xml version='1.0'?><rss version='2.0'><channel><title>x</title></chan",
    b"\x00\x01garbage",
])
def test_ingest_unreadable_feed_is_e008(tmp_path, content):
    path = tmp_path / "broken.xml"
    path.write_bytes(content)
    assert [r.code for r in read([path])] == ["E008"]


def test_ingest_cut_feed_keeps_entries_before_the_cut_then_e008(tmp_path):
    whole = (DATA / "feed.rss").read_bytes()
    path = tmp_path / "cut.rss"
    path.write_bytes(whole[: whole.index(b"<title>Luxembourg") + 20])
    results = read([path])
    assert isinstance(results[0], Article) and results[0].external_id == "ll-2022-06-14-scheldt"
    assert results[-1].code == "E008" and "malformed" in results[-1].reason


def test_ingest_feed_without_entries_is_e001(tmp_path):
    path = tmp_path / "empty.rss"
    path.write_text("<?xml version='1.0'?><rss version='2.0'><channel><title>Quiet</title></channel></rss>")
    assert [r.code for r in read([path])] == ["E001"]


def link_only_feed(server, links: list[str]) -> bytes:
    items = "".join(
        f"<item><title>Story {i}</title><link>{server.url(link)}</link>"
        f"<pubDate>Mon, 0{i} May 2023 10:00:00 +0000</pubDate></item>"
        for i, link in enumerate(links, start=1))
    return (f"<?xml version='1.0'?><rss version='2.0'><channel><title>Harbour Courier Feed</title>"
            f"{items}</channel></rss>").encode("utf-8")


def test_ingest_rss_from_local_server_fetches_link_only_entries(local_server):
    local_server.routes.update({
        "/feed.xml": (200, "application/rss+xml", link_only_feed(local_server, ["/story-1", "/missing", "/pdf"])),
        "/story-1": (200, "text/html; charset=utf-8",
                     html_page("Portugal and Morocco sign fisheries deal", STORY_PARAGRAPHS).encode()),
        "/pdf": (200, "application/pdf", b"%PDF-1.4 not html"),
    })
    results = read([local_server.url("/feed.xml")])
    assert [type(r) for r in results] == [Article, IngestError, IngestError]
    story, missing, pdf = results
    assert story.text.split("\n") == STORY_PARAGRAPHS
    assert (story.title, story.published, story.position) == ("Story 1", "2023-05-01", "entry 1")
    assert story.source == local_server.url("/feed.xml") and story.url == local_server.url("/story-1")
    assert (missing.code, missing.position) == ("E009", "entry 2") and "404" in missing.reason
    assert pdf.code == "E010"
    assert local_server.hits == ["/feed.xml", "/story-1", "/missing", "/pdf"]


def test_ingest_local_feed_file_with_link_only_entry_is_fetched(tmp_path, local_server):
    local_server.routes["/story-1"] = (200, "text/html", html_page("Deal", STORY_PARAGRAPHS).encode())
    path = tmp_path / "links.rss"
    path.write_bytes(link_only_feed(local_server, ["/story-1"]))
    [article] = read([path])
    assert article.text.split("\n") == STORY_PARAGRAPHS and article.source == str(path)


def test_ingest_link_only_entries_not_fetched_when_fetching_is_off(tmp_path, local_server):
    path = tmp_path / "links.rss"
    path.write_bytes(link_only_feed(local_server, ["/story-1"]))
    [error] = read([path], fetch_links=False)
    assert error.code == "E009" and "fetching links is off" in error.reason
    assert local_server.hits == []


def test_ingest_html_page_url(local_server):
    local_server.routes["/page"] = (200, "text/html", html_page("Deal", STORY_PARAGRAPHS).encode())
    [article] = read([local_server.url("/page")])
    assert article.text.split("\n") == STORY_PARAGRAPHS
    assert article.source == article.url == local_server.url("/page")


def test_ingest_feed_url_sniffed_when_served_as_plain_xml(local_server):
    local_server.routes["/atom"] = (200, "text/xml", (DATA / "feed.atom").read_bytes())
    assert [a.title for a in read([local_server.url("/atom")])] == [
        "Swiss voters back new rail tunnel funding", "Austrian and Italian police open joint border patrols"]


def test_ingest_url_errors(local_server):
    local_server.routes["/image"] = (200, "image/png", b"\x89PNG\r\n\x1a\n\x00\x00")
    results = read([local_server.url("/gone"), local_server.url("/image"), "http://127.0.0.1:9/refused"],
                   timeout=2.0)
    assert [r.code for r in results] == ["E009", "E010", "E009"]
    assert not articles(results) and len(errors(results)) == 3


def test_ingest_url_too_large_is_e003_before_it_is_all_read(local_server):
    local_server.routes["/huge"] = (200, "text/html", b"<p>" + b"word " * 2000 + b"</p>")
    [error] = read([local_server.url("/huge")], max_chars=100)
    assert error.code == "E003"


def test_ingest_url_serving_json_lines(local_server):
    body = "".join(json.dumps({"text": p, "id": f"p{i}"}) + "\n" for i, p in enumerate(STORY_PARAGRAPHS))
    local_server.routes["/export"] = (200, "application/x-ndjson", body.encode())
    results = read([local_server.url("/export")])
    assert [(a.text, a.external_id, a.position) for a in results] == [
        (p, f"p{i}", f"line {i + 1}") for i, p in enumerate(STORY_PARAGRAPHS)]
