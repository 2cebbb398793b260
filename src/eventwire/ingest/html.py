"""HTML pages to articles with trafilatura: main text, title, date, site name, URL."""

from __future__ import annotations

from typing import Any

from ..errors import InputError
from ..records import Article, IngestError
from .decode import decode_bytes
from .build import ingest_error, make_article
from .options import ReadOptions

# Media types of an HTML page (HTTP Content-Type, WARC records, feed content blocks).
HTML_MEDIA_TYPES = frozenset({"text/html", "application/xhtml+xml"})
# Tags that end a line in a feed entry's HTML.
BLOCK_TAGS = frozenset("p div br li h1 h2 h3 h4 h5 h6 blockquote pre tr section article header footer".split())
# htmldate's extensive search guesses dates from any number in the page; precision first.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}
# trafilatura falls back to whatever text a page has (a menu, a cookie banner); fewer words
# than this is not an article body.
MIN_ARTICLE_WORDS = 20


def extract_html(html: str | bytes, url: str | None = None) -> dict[str, Any] | None:
    """trafilatura's main text and metadata, or None when the page has no article body
    (no main text, or fewer than MIN_ARTICLE_WORDS words of it).

    Comments are left out: reader comments are not what the outlet reported.
    """
    import trafilatura

    result = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False,
        date_extraction_params=_DATE_PARAMS,
    )
    if result is None:
        return None
    fields = result.as_dict()
    if len((fields.get("text") or "").split()) < MIN_ARTICLE_WORDS:
        return None
    return fields


def article_from_html(html: str | bytes, options: ReadOptions, *, source: str,
                      position: str | None = None, url: str | None = None,
                      title: str | None = None, published: Any = None, outlet: str | None = None,
                      external_id: str | None = None) -> Article | IngestError:
    """One page as an article. Values passed in (from a feed entry, say) win over the page's."""
    if isinstance(html, bytes):
        try:
            html = decode_bytes(html)
        except InputError as exc:
            return ingest_error(source, position, exc.code, exc.detail)
    try:
        extracted = extract_html(html, url)
    except Exception as exc:  # trafilatura/lxml failures on broken markup: translate at the edge
        return ingest_error(source, position, "E006", f"HTML could not be parsed: {type(exc).__name__}: {exc}")
    if extracted is None:
        return ingest_error(source, position, "E006",
                            f"the page has no article text (fewer than {MIN_ARTICLE_WORDS} words of main text)")
    text = extracted["text"]
    for headline in {title, extracted.get("title")} - {None}:
        text = without_headline(text, headline)
    return make_article(
        text, options, source=source, position=position,
        title=title or extracted.get("title"),
        published=published or extracted.get("date"),
        outlet=outlet or extracted.get("sitename"),
        url=url or extracted.get("url"),
        external_id=external_id,
        language=extracted.get("language"),
    )


def without_headline(text: str, title: str | None) -> str:
    """The text without a first line that repeats the title: trafilatura keeps an article's
    <h1>, and a headline coded as a sentence would count its event twice."""
    first, _, rest = text.partition("\n")
    if title and rest.strip() and " ".join(first.split()).casefold() == " ".join(title.split()).casefold():
        return rest
    return text


def html_fragment_to_text(fragment: str) -> str:
    """Text of a feed entry's HTML content, one paragraph a line (no boilerplate removal:
    a feed's content is already the article)."""
    import lxml.html

    if "<" not in fragment:
        return fragment.strip()
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except Exception:  # lxml refuses some fragments (e.g. only a comment): no text then
        return ""
    for bad in root.xpath("//script|//style|//noscript"):
        bad.drop_tree()
    parts: list[str] = []

    def walk(node) -> None:
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag in BLOCK_TAGS:
            parts.append("\n")
        if node.text and tag:
            parts.append(node.text)
        for child in node:
            walk(child)
            if child.tail:
                parts.append(child.tail)
        if tag in BLOCK_TAGS:
            parts.append("\n")

    walk(root)
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)
