"""RSS/Atom feeds with feedparser. An entry with content is an article; an entry with only a
link has its page fetched and extracted like any HTML page."""

from __future__ import annotations

from typing import Any, Callable, Iterator

from ..errors import InputError
from ..records import Article, IngestError
from .build import ingest_error, make_article
from .fetch import Fetcher
from .html import HTML_MEDIA_TYPES, article_from_html, html_fragment_to_text
from .options import ReadOptions


def _entry_text(entry: Any) -> str | None:
    """Full content of an entry (``content:encoded``/``atom:content``), else its summary."""
    for block in entry.get("content") or []:
        value = block.get("value") or ""
        text = html_fragment_to_text(value) if block.get("type", "text/html") in HTML_MEDIA_TYPES else value.strip()
        if text:
            return text
    return None


def _entry_date(entry: Any) -> Any:
    # The raw string keeps the publisher's own day; feedparser's *_parsed are shifted to UTC.
    return entry.get("published") or entry.get("updated") or entry.get("published_parsed")


def read_feed(data: bytes, options: ReadOptions, *, source: str,
              fetcher: Callable[[], Fetcher]) -> Iterator[Article | IngestError]:
    """Articles from a feed document, in entry order; ``fetcher`` gives the shared HTTP client."""
    import feedparser

    parsed = feedparser.parse(data)
    if not parsed.entries:
        if _is_syntax_error(parsed):
            reason = f"{type(parsed.bozo_exception).__name__}: {parsed.bozo_exception}"
        elif not parsed.get("version"):
            reason = "not an RSS or Atom document"
        else:
            yield ingest_error(source, None, "E001", "the feed has no entries")
            return
        yield ingest_error(source, None, "E008", reason)
        return
    yield from _read_entries(parsed, options, source=source, fetcher=fetcher)
    if _is_syntax_error(parsed):
        line = getattr(parsed.bozo_exception, "getLineNumber", lambda: None)()
        yield ingest_error(source, f"line {line}" if line else None, "E008",
                           f"the feed is malformed ({parsed.bozo_exception}); the entries before "
                           "were read, the last of them may be incomplete")


def _is_syntax_error(parsed: Any) -> bool:
    """A real XML error, not feedparser's notes on a declared/actual encoding mismatch."""
    import feedparser

    benign = (feedparser.CharacterEncodingOverride, feedparser.UndeclaredNamespace)
    return bool(parsed.get("bozo")) and not isinstance(parsed.get("bozo_exception"), benign)


def _read_entries(parsed: Any, options: ReadOptions, *, source: str,
                  fetcher: Callable[[], Fetcher]) -> Iterator[Article | IngestError]:
    feed_title = parsed.feed.get("title")
    feed_language = parsed.feed.get("language")
    for number, entry in enumerate(parsed.entries, start=1):
        position = f"entry {number}"
        meta = dict(title=entry.get("title"), published=_entry_date(entry),
                    url=entry.get("link"), external_id=entry.get("id"))
        text = _entry_text(entry)
        if text:
            yield make_article(text, options, source=source, position=position,
                               outlet=feed_title, language=feed_language, **meta)
            continue
        link = entry.get("link")
        if link:
            yield _fetch_entry(link, options, source=source, position=position,
                               fetcher=fetcher, outlet=feed_title, **meta)
            continue
        summary = html_fragment_to_text(entry.get("summary") or "")
        if summary:
            yield make_article(summary, options, source=source, position=position,
                               outlet=feed_title, language=feed_language, **meta)
        else:
            yield ingest_error(source, position, "E005", "the entry has no content, summary or link")


def _fetch_entry(link: str, options: ReadOptions, *, source: str, position: str,
                 fetcher: Callable[[], Fetcher], url: str | None, outlet: str | None,
                 **meta: Any) -> Article | IngestError:
    if not options.fetch_links:
        return ingest_error(source, position, "E009",
                            f"the entry has only a link ({link}) and fetching links is off")
    try:
        page = fetcher().get(link)
    except InputError as exc:
        return ingest_error(source, position, exc.code, exc.detail)
    if page.content_type and page.content_type not in HTML_MEDIA_TYPES:
        return ingest_error(source, position, "E010",
                            f"{page.url} is {page.content_type}, not an HTML page")
    return article_from_html(page.body, options, source=source, position=position,
                             url=page.url, outlet=outlet, **meta)
