"""The dashboard in real headless Chromium against uvicorn on 127.0.0.1."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlparse

import pytest

from eventwire.web import STATIC_DIR

URL_RE = re.compile(r"""(?:https?:)?//([A-Za-z0-9.-]+\.[A-Za-z]{2,}|\d+\.\d+\.\d+\.\d+|localhost)""")


def external_hosts(source: str) -> set[str]:
    """Hosts named by absolute or protocol-relative URLs in a page, script or stylesheet."""
    return {m.group(1) for m in URL_RE.finditer(source)}


def test_api_dashboard_external_url_finder_sees_urls():
    assert external_hosts('<script src="https://cdn.example.org/x.js">') == {"cdn.example.org"}
    assert external_hosts("fetch('//tiles.example.com/1/2/3.png')") == {"tiles.example.com"}
    assert external_hosts("fetch('/events?limit=1')") == set()


@pytest.mark.parametrize("name", ["index.html", "app.js", "style.css", "apidocs.html"])
def test_api_dashboard_files_reference_no_external_url(name):
    assert external_hosts((STATIC_DIR / name).read_text(encoding="utf-8")) == set()


def test_api_dashboard_served_pages_reference_no_external_url(make_client):
    client = make_client(token=None)
    for path in ("/", "/docs", "/static/app.js", "/static/style.css"):
        response = client.get(path)
        assert response.status_code == 200, path
        assert external_hosts(response.text) == set(), path


@pytest.mark.browser
def test_api_dashboard_filters_a_dyad_and_opens_an_article(browser, hand_coded_server):
    server = hand_coded_server
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(server.url + "/")
    page.wait_for_selector("body[data-ready='1']", timeout=20000)

    # totals, event table and the default dyad (the store's top pair)
    assert "6 articles" in page.inner_text("#totals")
    assert page.locator("#events-table tbody tr").count() == 8
    assert "RUSGOV → UKRGOV: 3 events" in page.inner_text("#dyad-chips")
    assert page.locator("#network g.node").count() == 7  # RUS UKR USA CHN PHL KEN TZA
    assert page.locator("#map circle.pt").count() == 5  # 7 located events at 5 places
    assert page.locator("#map rect").count() > 1000  # the offline base map

    # a dyad chosen by hand: China -> Philippines, by week
    page.fill("#dyad-source", "CHN")
    page.fill("#dyad-target", "PHL")
    page.select_option("#dyad-interval", "week")
    page.click("#dyad-add")
    page.wait_for_selector("[data-dyad='CHN→PHL']")
    assert "CHN → PHL: 2 events, Goldstein -9" in page.inner_text("#dyad-chips")
    assert "2024-03-18" in page.inner_text("#timeline")

    # filter the table to material conflict by Russia
    page.fill("#filters input[name=actor]", "RUS")
    page.select_option("#filters select[name=quad_class]", "4")
    page.click("#filters button[type=submit]")
    page.wait_for_function("document.querySelectorAll('#events-table tbody tr').length === 1")
    row = page.locator("#events-table tbody tr").first
    assert "ASSAULT" in row.inner_text() and "Kyiv" in row.inner_text()

    # open its article: text with the event, places and actors highlighted
    row.locator("td").first.click()
    page.wait_for_selector("#article-panel:not([hidden])")
    assert page.inner_text("#article-title") == "Missile strikes hit Kyiv as Ukraine rejects talks"
    triggers = page.locator("#article-text mark.k-event").all_inner_texts()
    assert triggers == ["launched missile strikes", "rejected"]
    assert "Kyiv" in page.locator("#article-text mark.k-place").all_inner_texts()

    # the explanation is one click away
    page.click("#article-text mark.k-event >> nth=0")
    page.wait_for_selector("#explain-rule")
    assert page.inner_text("#explain-rule") == "test rule assault"
    assert "test table: RUSGOV" in page.inner_text("#explanation")

    own = urlparse(server.url).netloc
    assert requested and {urlparse(u).netloc for u in requested} == {own}
    page.close()


@pytest.mark.browser
def test_api_dashboard_screenshot(browser, hand_coded_server, tmp_path):
    """The default view with an article and its explanation open renders as a full picture."""
    page = browser.new_page(viewport={"width": 1400, "height": 1500})
    page.goto(hand_coded_server.url + "/")
    page.wait_for_selector("body[data-ready='1']", timeout=20000)
    page.locator("#events-table tbody tr").nth(1).locator("td").first.click()
    page.wait_for_selector("#article-panel:not([hidden])")
    page.click("#article-text mark.k-event >> nth=0")
    page.wait_for_selector("#explain-rule")
    shot = tmp_path / "dashboard.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 20000
    page.close()


@pytest.mark.browser
@pytest.mark.slow
def test_api_dashboard_shows_the_demo_corpus(browser, demo_server, tmp_path):
    """The demo corpus coded by the real coder: pick its top dyad, filter, open an article, explain."""
    import os

    import httpx

    page = browser.new_page(viewport={"width": 1400, "height": 1500})
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(demo_server.url + "/")
    page.wait_for_selector("body[data-ready='1']", timeout=30000)
    stats = httpx.get(demo_server.url + "/stats").json()
    assert stats["articles"] == demo_server.report.stored
    assert f"{stats['articles']} articles" in page.inner_text("#totals")
    assert page.locator("#events-table tbody tr").count() == min(25, stats["events"])

    # a dyad the real coder found, chosen in the form
    top = stats["top_dyads"][0]
    page.fill("#dyad-source", top["source"])
    page.fill("#dyad-target", top["target"])
    page.click("#dyad-add")
    page.wait_for_selector(f"[data-dyad='{top['source']}→{top['target']}']")
    assert f"{top['source']} → {top['target']}: {top['n']} event" in page.inner_text("#dyad-chips")

    # filter the table to that source, open the first article, check spans and the explanation
    page.fill("#filters input[name=actor]", top["source"])
    page.click("#filters button[type=submit]")
    page.wait_for_function(  # the filtered rows, not the table from before the filter
        """code => { const rows = [...document.querySelectorAll('#events-table tbody tr')];
                     return rows.length > 0 && rows.every(r => r.innerText.includes(code)); }""",
        arg=top["source"][:3])
    row = page.locator("#events-table tbody tr").first
    event_type = row.locator("td").nth(1).inner_text().split()[0]  # "ACCUSE · allege" -> ACCUSE
    row.locator("td").first.click()
    page.wait_for_selector("#article-panel:not([hidden])")
    assert len(page.inner_text("#article-text")) > 200
    assert page.locator("#article-text mark.k-event").count() >= 1
    assert page.locator("#article-text mark.k-place").count() >= 1
    page.locator("#events-table tbody tr").first.locator("text=explain").click()
    page.wait_for_selector("#explain-rule")
    assert event_type in page.inner_text("#explanation")
    assert {urlparse(u).netloc for u in requested} == {urlparse(demo_server.url).netloc}

    # `EVENTWIRE_SCREENSHOT=docs/dashboard.png make test` refreshes the picture in docs/
    target = Path(os.environ.get("EVENTWIRE_SCREENSHOT") or tmp_path / "dashboard.png")
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=str(target), full_page=True)
    assert target.stat().st_size > 20000
    page.close()


def _js_function(source: str, start: str) -> str:
    """The top-level JS declaration starting with ``start``, up to its closing line."""
    begin = source.index(start)
    end = source.index("\n}\n", begin) if start.startswith("function") else source.index(";\n", begin)
    return source[begin:end + 2]


def test_api_dashboard_highlights_count_code_points_after_an_astral_character(tmp_path):
    """Span offsets are Python code points: an emoji before a span must not shift the mark."""
    import json
    import shutil
    import subprocess

    node = shutil.which("node")
    if node is None:
        pytest.skip("node not found: apt-get install -y nodejs")
    source = (STATIC_DIR / "app.js").read_text(encoding="utf-8")
    text = "🙂 Russia accused Ukraine 😀 of shelling."
    spans = [{"kind": "event", "start": text.index("accused"), "end": text.index("accused") + 7,
              "ref": "e1", "label": "ACCUSE"},
             {"kind": "actor", "start": text.index("shelling"), "end": text.index("shelling") + 8,
              "ref": None, "label": "x"}]
    script = (_js_function(source, "const esc =") + "\n" + _js_function(source, "function highlighted(")
              + f"\nprocess.stdout.write(highlighted({json.dumps(text)}, {json.dumps(spans)}));\n")
    (tmp_path / "check.js").write_text(script, encoding="utf-8")
    html = subprocess.run([node, str(tmp_path / "check.js")], capture_output=True, text=True,
                          check=True, encoding="utf-8").stdout
    assert re.findall(r"<mark[^>]*>([^<]*)</mark>", html) == ["accused", "shelling"]
