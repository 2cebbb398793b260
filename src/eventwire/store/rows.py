"""Records to table rows and back, independent of any database backend.

Nested records (actors, locations, lists) become JSON text so the same rows fit DuckDB
and PostgreSQL; events and quotes also get flat columns that queries can filter on.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timezone
from typing import Any, Iterable

from ..records import (
    Actor, ActorMention, Article, CodedArticle, DateMention, Event, IngestError,
    OutletMention, Place, Quote,
)

# Record fields stored as JSON text, per table.
JSON_FIELDS: dict[str, frozenset[str]] = {
    "events": frozenset({"contexts", "source", "target", "location", "reported_by"}),
    "quotes": frozenset({"speaker"}),
    "actors": frozenset({"sectors"}),
}

# Each table's primary key: rows of one batch that repeat a key are dropped (first wins).
PRIMARY_KEYS: dict[str, tuple[str, ...]] = {
    "articles": ("id",),
    "events": ("id",),
    "quotes": ("article_id", "id"),
    "actors": ("article_id", "id"),
    "places": ("article_id", "start", "end"),
    "dates": ("article_id", "start", "end"),
    "outlets": ("article_id", "start", "end"),
    "errors": ("id",),
}

# Insertion order: articles first, so a failure anywhere later proves the rollback.
CHILD_TABLES = ("events", "quotes", "actors", "places", "dates", "outlets")
SEPARATOR = ";"


def to_json(value: Any) -> str | None:
    if value is None:
        return None
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def error_id(error: IngestError) -> str:
    """Stable identity of an error: the same failure on the same record is stored once. The
    stage and article are part of it: two articles that fail at one source and position (the
    API's "item 1" in two requests) are two failures."""
    key = "|".join([error.source, error.position or "", error.code, error.reason, error.stage,
                    error.article_id or ""])
    return "e" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]


def now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def _record_row(record: Any, table: str, **extra: Any) -> dict[str, Any]:
    row = record.model_dump(mode="json")
    for name in JSON_FIELDS.get(table, ()):
        if name in row:
            row[name] = to_json(row[name])
    row.update(extra)
    return row


def _joined(values: Iterable[str | None]) -> str | None:
    present = [v for v in values if v]
    return SEPARATOR.join(dict.fromkeys(present)) or None


def actor_label(actor: Actor) -> str:
    return actor.name or actor.text


def _role_columns(role: str, actors: list[Actor]) -> dict[str, Any]:
    first = actors[0] if actors else None
    return {
        f"{role}_name": actor_label(first) if first else None,
        f"{role}_country": first.country if first else None,
        f"{role}_sector": first.sector if first else None,
        f"{role}_code": first.code if first else None,
        f"{role}_names": _joined(actor_label(a) for a in actors),
        f"{role}_codes": _joined(a.code for a in actors),
        f"{role}_countries": _joined(a.country for a in actors),
    }


def event_row(event: Event, article_id: str) -> dict[str, Any]:
    row = _record_row(event, "events", article_id=article_id)
    row.update(_role_columns("source", event.source))
    row.update(_role_columns("target", event.target))
    location = event.location
    row.update(
        lat=location.lat if location else None,
        lon=location.lon if location else None,
        location_name=location.name if location else None,
        location_country=location.country if location else None,
    )
    return row


def quote_row(quote: Quote, article_id: str) -> dict[str, Any]:
    speaker = quote.speaker
    return _record_row(
        quote, "quotes", article_id=article_id,
        speaker_name=actor_label(speaker) if speaker else None,
        speaker_country=speaker.country if speaker else None,
    )


def article_row(article: Article, signature: bytes | None, coder_version: str | None,
                ingested_at: datetime, seq: int | None = None) -> dict[str, Any]:
    row = article.model_dump(mode="json")
    row.update(signature=signature, coder_version=coder_version, ingested_at=ingested_at, seq=seq)
    return row


def error_row(error: IngestError, created_at: datetime) -> dict[str, Any]:
    return _record_row(error, "errors", id=error_id(error), created_at=created_at)


def coded_rows(coded: CodedArticle, article_id: str) -> dict[str, list[dict[str, Any]]]:
    """The child rows of one coded article, per table."""
    return {
        "events": [event_row(e, article_id) for e in coded.events],
        "quotes": [quote_row(q, article_id) for q in coded.quotes],
        "actors": [_record_row(a, "actors", article_id=article_id) for a in coded.actors],
        "places": [_record_row(p, "places", article_id=article_id) for p in coded.places],
        "dates": [_record_row(d, "dates", article_id=article_id) for d in coded.dates],
        "outlets": [_record_row(o, "outlets", article_id=article_id) for o in coded.outlets],
    }


# ---------------------------------------------------------------------------- rows back to JSON

RECORD_MODELS = {
    "events": Event, "quotes": Quote, "actors": ActorMention, "places": Place,
    "dates": DateMention, "outlets": OutletMention, "errors": IngestError,
}


def record_json(table: str, row: dict[str, Any], *, with_article_id: bool = True) -> dict[str, Any]:
    """A stored row as the record's JSON (as in :mod:`eventwire.records`) plus ``article_id``."""
    model = RECORD_MODELS[table]
    fields = {}
    for name in model.model_fields:
        value = row.get(name)
        if value is None:  # absent or NULL: the model's default applies
            continue
        fields[name] = json.loads(value) if name in JSON_FIELDS.get(table, ()) else value
    data = model.model_validate(fields).model_dump(mode="json")
    if with_article_id and "article_id" in row and "article_id" not in data:
        data["article_id"] = row["article_id"]
    return data
