"""HTML pages: trafilatura's main text without boilerplate, with title, date, site and URL."""

from __future__ import annotations

import pytest
from ingest_helpers import STORY_PARAGRAPHS, html_page

from eventwire.ingest import ReadOptions, read_inputs
from eventwire.ingest.html import html_fragment_to_text, without_headline

TITLE = "Portugal and Morocco sign fisheries deal"


def test_ingest_html_page_gives_main_text_and_metadata(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(html_page(TITLE, STORY_PARAGRAPHS), encoding="utf-8")
    [article] = read_inputs([str(path)], ReadOptions(outlet="Fallback Outlet"))
    assert article.title == TITLE
    assert article.published == "2023-05-16"
    assert article.outlet == "Harbour Courier"  # the page's own site name wins over the default
    assert article.text.split("\n") == STORY_PARAGRAPHS  # no headline, menu or footer
    assert article.source == str(path)


@pytest.mark.parametrize("body", [
    "<nav>Home | World</nav>",
    "<div>We use cookies. Accept all cookies to continue reading.</div>",
    "",
])
def test_ingest_html_without_article_body_is_e006(tmp_path, body):
    path = tmp_path / "empty.htm"
    path.write_text(f"<html><head><title>Menu</title></head><body>{body}</body></html>", encoding="utf-8")
    [error] = read_inputs([str(path)], ReadOptions())
    assert error.code == "E006"


def test_ingest_html_cp1252_page_is_decoded(tmp_path):
    paragraphs = [p.replace("Lisbon", "Lisbon’s port of Alcântara") for p in STORY_PARAGRAPHS]
    path = tmp_path / "legacy.html"
    path.write_bytes(html_page(TITLE, paragraphs).replace('charset="utf-8"', 'charset="windows-1252"')
                     .encode("cp1252"))
    [article] = read_inputs([str(path)], ReadOptions())
    assert "Lisbon’s port of Alcântara" in article.text


def test_ingest_html_headline_line_only_dropped_when_it_repeats_the_title():
    assert without_headline("Big news\nThe body.", "Big  news") == "The body."
    assert without_headline("Other line\nThe body.", "Big news") == "Other line\nThe body."
    assert without_headline("Big news", "Big news") == "Big news"  # never empties a text


def test_ingest_html_fragment_keeps_paragraphs_and_drops_scripts():
    fragment = "<p>First <b>part</b>.</p><script>track()</script><p>Second&nbsp;part.</p><!-- note -->"
    assert html_fragment_to_text(fragment) == "First part.\nSecond part."
