"""The demo corpus (demo/corpus) has what `make run` and later dedup tests need."""

from __future__ import annotations

import gzip
import importlib.util
import json
import re
import xml.etree.ElementTree as ET
from itertools import combinations
from pathlib import Path

import pytest

from eventwire.dates.lexicon import load
from eventwire.dates.stage import find_candidates, select

DEMO = Path(__file__).resolve().parents[2] / "demo"
CORPUS = DEMO / "corpus"
PLOVER = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
          "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]
ENGLISH_WORDS = {"the", "and", "of", "to", "in", "said", "on", "was", "with"}


def articles() -> list[dict]:
    return [json.loads(line) for line in (CORPUS / "articles.jsonl").read_text(encoding="utf-8").splitlines()]


def words(text: str) -> list[str]:
    return re.findall(r"[a-zà-ÿ']+", text.lower())


def looks_english(text: str) -> bool:
    tokens = words(text)
    return sum(t in ENGLISH_WORDS for t in tokens) / max(1, len(tokens)) > 0.12


def sentences(text: str) -> set[str]:
    return {s.strip() for s in re.split(r"(?<=[.!?])[\"”]?\s+", text) if s.strip()}


def test_dates_demo_articles_have_fields_and_lengths():
    rows = articles()
    for row in rows:
        assert set(row) == {"id", "title", "published", "outlet", "url", "text"}
        assert re.fullmatch(r"202[34]-\d\d-\d\d", row["published"])
    english = [r for r in rows if looks_english(r["text"])]
    foreign = [r for r in rows if not looks_english(r["text"])]
    assert len(english) >= 18 and len(foreign) == 1
    assert all(150 <= len(r["text"].split()) <= 400 for r in english)
    assert len({r["id"] for r in rows}) == len(rows)


def test_dates_demo_readme_covers_every_plover_type():
    readme = (DEMO / "README.md").read_text(encoding="utf-8")
    ids = {r["id"] for r in articles()}
    lines = {m.group(1): m.group(2) for m in re.finditer(r"^- (demo-\d+) .*?: (.*)$", readme, re.M)}
    assert set(lines) == ids  # one line per article
    covered = {t for line in lines.values() for t in PLOVER if t in line}
    assert covered == set(PLOVER)


def test_dates_demo_one_story_three_outlets_same_day():
    rows = [r for r in articles() if looks_english(r["text"])]
    def overlap(a, b):
        wa, wb = set(words(a["text"])), set(words(b["text"]))
        return len(wa & wb) / len(wa | wb)
    trios = [t for t in combinations(rows, 3)
             if len({r["published"] for r in t}) == 1 and len({r["outlet"] for r in t}) == 3
             and all(0.25 < overlap(a, b) < 0.8 for a, b in combinations(t, 2))]
    assert len(trios) == 1


def test_dates_demo_one_near_duplicate_with_one_sentence_changed():
    pairs = []
    for a, b in combinations(articles(), 2):
        sa, sb = sentences(a["text"]), sentences(b["text"])
        if len(sa ^ sb) == 2 and len(sa & sb) >= 5:
            pairs.append((a["id"], b["id"]))
    assert len(pairs) == 1


def test_dates_demo_articles_carry_relative_dates():
    lex = load()
    for row in articles():
        if not looks_english(row["text"]):
            continue
        kinds = {c.kind for c in select(find_candidates(row["text"], lex))}
        assert kinds & {"weekday", "relative_period", "near_day", "ago", "day_no_year"}, row["id"]


def test_dates_demo_html_page_has_metadata():
    html = (CORPUS / "page.html").read_text(encoding="utf-8")
    assert re.search(r"<title>[^<]+</title>", html)
    assert re.search(r'property="og:site_name" content="[^"]+"', html)
    assert re.search(r'property="article:published_time" content="\d{4}-\d\d-\d\d', html)
    assert "<nav" in html and "<footer" in html


def test_dates_demo_feed_items_have_full_content():
    root = ET.parse(CORPUS / "feed.rss").getroot()
    assert root.tag == "rss" and root.get("version") == "2.0"
    items = root.findall("./channel/item")
    assert 2 <= len(items) <= 3
    bodies = [i.findtext("{http://purl.org/rss/1.0/modules/content/}encoded") for i in items]
    assert all(b and len(re.sub(r"<[^>]+>", " ", b).split()) >= 150 for b in bodies)
    assert len(set(bodies)) == len(bodies)


def test_dates_demo_warc_has_two_distinct_html_responses_and_is_reproducible(tmp_path):
    from warcio.archiveiterator import ArchiveIterator

    with (CORPUS / "archive.warc.gz").open("rb") as fh:
        responses = [r.content_stream().read() for r in ArchiveIterator(fh) if r.rec_type == "response"]
    assert len(responses) == 2 and responses[0] != responses[1]
    assert all(b"<html" in body for body in responses)

    spec = importlib.util.spec_from_file_location("make_warc", DEMO / "make_warc.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    rebuilt = module.write(tmp_path / "archive.warc.gz")
    assert gzip.decompress(rebuilt.read_bytes()) == gzip.decompress((CORPUS / "archive.warc.gz").read_bytes())
