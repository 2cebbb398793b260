"""Options for :func:`eventwire.ingest.read_inputs`: which fields to read, and defaults."""

from __future__ import annotations

from dataclasses import dataclass

# Tried, in order, when the named date field is absent from a record.
DATE_FIELD_FALLBACKS = ("date", "published_at")
# Fields that may declare the record's language (kept so mark_language can report a mismatch).
LANGUAGE_FIELDS = ("language", "lang")


@dataclass(frozen=True)
class ReadOptions:
    """How records map onto :class:`~eventwire.records.Article` fields.

    ``published``, ``outlet`` and ``title`` are defaults for inputs that lack them (the CLI's
    ``--published``/``--outlet``/``--title``); a value in the input always wins.
    """

    text_field: str = "text"
    title_field: str = "title"
    date_field: str = "published"
    outlet_field: str = "outlet"
    id_field: str = "id"
    url_field: str = "url"
    max_chars: int = 2_000_000
    published: str | None = None
    outlet: str | None = None
    title: str | None = None
    fetch_links: bool = True
    timeout: float = 20.0
