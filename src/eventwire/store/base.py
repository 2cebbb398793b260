"""The store interface every backend implements (DuckDB now, PostgreSQL later).

A backend keeps coded articles and their events, quotes, actors, places, dates and
outlets, plus the errors met on the way. Writes are idempotent per article id and
atomic per batch; reads return plain JSON-ready dicts shaped like :mod:`eventwire.records`.
"""

from __future__ import annotations

import abc
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator, Literal

from ..records import Article, CodedArticle, IngestError

ExportFormat = Literal["parquet", "csv", "jsonl"]
TABLES = ("articles", "events", "quotes", "actors", "places", "dates", "outlets", "errors")
BatchItem = tuple[Article, CodedArticle | None, bytes | None]
# What an event's quad_class means (CAMEO's four classes); app.js keeps its own copy.
QUAD_CLASS_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict",
                    4: "material conflict"}


def os_reason(exc: OSError) -> str:
    """An OSError in a few words, naming the path it concerns ("File exists: /tmp/afile")."""
    reason = exc.strerror or str(exc)
    return f"{reason}: {exc.filename}" if exc.filename else reason


@dataclass
class WriteResult:
    """What one :meth:`Store.write_batch` did."""

    written: int = 0            # articles inserted
    skipped: int = 0            # articles already stored (or repeated in the batch)
    errors_written: int = 0
    errors_skipped: int = 0     # errors already stored (same id)
    rows: dict[str, int] = field(default_factory=dict)  # child rows inserted, per table
    conflicts: int = 0          # child rows dropped because their key was already taken

    def merge(self, other: "WriteResult") -> "WriteResult":
        rows = dict(self.rows)
        for table, n in other.rows.items():
            rows[table] = rows.get(table, 0) + n
        return WriteResult(
            self.written + other.written, self.skipped + other.skipped,
            self.errors_written + other.errors_written, self.errors_skipped + other.errors_skipped,
            rows, self.conflicts + other.conflicts,
        )


class Store(abc.ABC):
    """Abstract store. Use as a context manager; every method may raise ``StoreError``."""

    # ------------------------------------------------------------------ writing
    @abc.abstractmethod
    def write_batch(self, items: list[BatchItem], errors: list[IngestError],
                    *, coder_version: str | None = None) -> WriteResult:
        """Store articles with their coded records and errors in ONE transaction.

        ``errors`` is every error to keep, stage errors included: the ``errors`` of a
        CodedArticle are not read here (the runner passes them, so each is written once).
        An article whose id is already stored is skipped with all its rows; errors are
        deduplicated by their stable id. If anything fails, nothing of the batch is kept.
        """

    @abc.abstractmethod
    def existing_ids(self, ids: Iterable[str]) -> set[str]:
        """The subset of ``ids`` already stored as articles."""

    @abc.abstractmethod
    def signatures(self) -> Iterator[tuple[str, bytes]]:
        """(article id, near-duplicate signature) of every first copy (status 'coded'), in the
        order the articles were stored."""

    # ------------------------------------------------------------------ reading
    @abc.abstractmethod
    def stats(self) -> dict[str, Any]:
        """Counts, events by type and quad class, top dyads and speakers."""

    @abc.abstractmethod
    def events(self, actor: str | None = None, type: str | None = None,
               since: str | None = None, until: str | None = None,
               country: str | None = None, quad_class: int | None = None,
               text: str | None = None, limit: int | None = None,
               offset: int = 0, *, dedup: str = "raw", window_days: int = 1,
               updated_since: str | None = None, min_confidence: float | None = None,
               asserted: bool = False) -> list[dict[str, Any]]:
        """Events as Event JSON plus ``article_id`` and ``updated_at``, filtered; see the backend
        for matching. ``dedup`` is raw, story or event (:mod:`eventwire.analyst.dedup`)."""

    @abc.abstractmethod
    def count_events(self, actor: str | None = None, type: str | None = None,
                     since: str | None = None, until: str | None = None,
                     country: str | None = None, quad_class: int | None = None,
                     text: str | None = None, *, dedup: str = "raw", window_days: int = 1,
                     updated_since: str | None = None, min_confidence: float | None = None,
                     asserted: bool = False) -> int:
        """How many events :meth:`events` would return without limit/offset."""

    @abc.abstractmethod
    def event_records(self, actor: str | None = None, type: str | None = None,
                      since: str | None = None, until: str | None = None,
                      country: str | None = None, quad_class: int | None = None,
                      text: str | None = None, updated_since: str | None = None, *,
                      min_confidence: float | None = None, asserted: bool = False) -> list[dict[str, Any]]:
        """Raw events with their article's fields (``article_outlet`` ...): dedup and exports read these."""

    @abc.abstractmethod
    def article_days(self, since: str | None = None, until: str | None = None) -> list[dict[str, Any]]:
        """Per publication day: articles, coded articles and their events."""

    @abc.abstractmethod
    def story_entities(self, article_ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        """Per article: people, organizations, locations and each actor mention's sectors."""

    @abc.abstractmethod
    def places_with_admin1(self) -> list[dict[str, Any]]:
        """Resolved places that carry an admin1 name (for admin1 aggregation)."""

    @abc.abstractmethod
    def tombstones(self, updated_since: str | None = None) -> list[dict[str, Any]]:
        """Events a recode removed: event_id, article_id, removed_at, reason."""

    @abc.abstractmethod
    def articles_to_recode(self, article_id: str | None = None) -> Iterator[Article]:
        """Stored coded articles with their text (or the one asked for)."""

    @abc.abstractmethod
    def recode_ids(self, article_id: str | None = None) -> list[str]:
        """Ids of the stored coded articles (or ``[article_id]`` when that one is stored)."""

    @abc.abstractmethod
    def articles_by_id(self, ids: list[str]) -> list[Article]:
        """Stored articles with their text, in the order of ``ids`` (unknown ids left out)."""

    @abc.abstractmethod
    def replace_coded(self, items: list[tuple[Article, CodedArticle]], *, reason: str = "recode",
                      coder_version: str | None = None) -> dict[str, int]:
        """Replace stored articles' coded records in one transaction, tombstoning lost events."""

    @abc.abstractmethod
    def get_event(self, event_id: str) -> dict[str, Any] | None: ...

    @abc.abstractmethod
    def get_article(self, article_id: str) -> dict[str, Any] | None:
        """Article fields and text with its events, quotes, places, actors, dates, outlets."""

    @abc.abstractmethod
    def quotes(self, speaker: str | None = None, limit: int | None = None,
               offset: int = 0) -> list[dict[str, Any]]: ...

    @abc.abstractmethod
    def actor_counts(self, limit: int = 50) -> list[dict[str, Any]]: ...

    @abc.abstractmethod
    def export(self, fmt: ExportFormat, out: str, table: str = "events") -> int:
        """Write one table to ``out``; returns the number of rows written."""

    # ------------------------------------------------------------------ lifetime
    @abc.abstractmethod
    def close(self) -> None: ...

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
