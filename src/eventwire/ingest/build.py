"""From read fields to an :class:`Article`, or to the :class:`IngestError` that says why not."""

from __future__ import annotations

import html
import re
from typing import Any, Mapping

from ..records import Article, IngestError, article_id
from .options import DATE_FIELD_FALLBACKS, LANGUAGE_FIELDS, ReadOptions
from .published import normalise_published


def ingest_error(source: str, position: str | None, code: str, reason: str) -> IngestError:
    return IngestError(source=source, position=position, code=code, reason=reason)


def _clean(value: Any) -> str | None:
    """A metadata value as a stripped one-line string, or None when empty."""
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None


def unencodable(value: str) -> str | None:
    """Why ``value`` cannot be stored as UTF-8 (a lone surrogate such as JSON's "\\ud800"),
    or None when it can. Hashing, the store and HTTP responses all need UTF-8."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        return f"{exc.reason} at character {exc.start:,}"
    return None


# Well-formed character references only (with their ";"): "AT&T" and "R&D" stay as they are.
_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def decode_references(text: str) -> str:
    """Decode HTML character references left in plain text (``&quot;`` -> ``"``).

    News dumps and scraped JSONL often keep them (most of the Wikinews corpus does); left in,
    they glue quotation marks to words, hide sentence ends from the parser and turn
    ``isolation.&quot;`` into a token that looks like a name. Unknown names are kept.
    """
    if "&" not in text:
        return text
    return _REFERENCE.sub(lambda m: html.unescape(m.group(0)), text)


def make_article(text: str, options: ReadOptions, *, source: str, position: str | None = None,
                 title: Any = None, published: Any = None, outlet: Any = None, url: Any = None,
                 external_id: Any = None, language: Any = None) -> Article | IngestError:
    """Build an article; empty (E001), too-large (E003) and non-UTF-8 (E002) texts become errors.

    ``text`` is kept as read except that HTML character references are decoded
    (:func:`decode_references`); offsets downstream refer to the stored text. Metadata falls
    back to the defaults in ``options``; an unreadable date becomes ``None``.
    """
    text = decode_references(text)
    if not text.strip():
        return ingest_error(source, position, "E001", "the text is empty")
    if len(text) > options.max_chars:
        return ingest_error(source, position, "E003",
                            f"the text has {len(text):,} characters; the limit is {options.max_chars:,}")
    if (why := unencodable(text)) is not None:
        return ingest_error(source, position, "E002", f"the text cannot be encoded as UTF-8: {why}")
    fields = dict(
        title=_clean(decode_references(title) if isinstance(title, str) else title) or _clean(options.title),
        published=normalise_published(published) or normalise_published(options.published),
        outlet=_clean(outlet) or _clean(options.outlet),
        url=_clean(url),
        language=(_clean(language) or "").lower() or None,
        external_id=_clean(external_id),
    )
    for name, value in fields.items():
        if value is not None and (why := unencodable(value)) is not None:
            return ingest_error(source, position, "E002", f"the {name} cannot be encoded as UTF-8: {why}")
    return Article(id=article_id(text, fields["title"]), text=text, source=source, position=position,
                   **fields)


def article_from_fields(fields: Mapping[str, Any], options: ReadOptions, *, source: str,
                        position: str) -> Article | IngestError:
    """A JSON object or CSV row as an article, reading the field names in ``options``."""
    if options.text_field not in fields:
        present = ", ".join(sorted(str(k) for k in fields)[:12]) or "none"
        return ingest_error(source, position, "E005",
                            f"no '{options.text_field}' field (fields: {present})")
    text = fields[options.text_field]
    if text is None:
        return ingest_error(source, position, "E001", f"the '{options.text_field}' field is null")
    if not isinstance(text, str):
        return ingest_error(source, position, "E005",
                            f"the '{options.text_field}' field is a {type(text).__name__}, not text")
    date_value = fields.get(options.date_field)
    if options.date_field not in fields:
        date_value = next((fields[f] for f in DATE_FIELD_FALLBACKS if f in fields), None)
    return make_article(
        text, options, source=source, position=position,
        title=fields.get(options.title_field),
        published=date_value,
        outlet=fields.get(options.outlet_field),
        url=fields.get(options.url_field),
        external_id=fields.get(options.id_field),
        language=next((fields[f] for f in LANGUAGE_FIELDS if fields.get(f)), None),
    )
