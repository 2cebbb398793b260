"""Event filters as portable SQL with ``?`` placeholders (user values are always parameters).

List columns hold ';'-joined values, so "is X one of them" is a search for ``;X;`` in
``';' || column || ';'``: ``position(... IN ...)`` is standard SQL that DuckDB and
PostgreSQL share, and needs no escaping of LIKE wildcards.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from ..errors import ConfigError
from .rows import SEPARATOR

PARTIAL_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def _members(*columns: str) -> str:
    """SQL for ';a;b;...;' over the given list columns (NULL-safe), upper-cased."""
    parts = " || ';' || ".join(f"coalesce({c}, '')" for c in columns)
    return f"upper(';' || {parts} || ';')"


ACTOR_KEYS = _members("source_codes", "source_countries", "source_names",
                      "target_codes", "target_countries", "target_names")
COUNTRY_KEYS = _members("source_countries", "target_countries", "location_country")


def _member_param(value: str) -> str:
    value = value.strip().upper()
    if not value or SEPARATOR in value:
        raise ConfigError(f"not a single actor or country: {value!r}")
    return SEPARATOR + value + SEPARATOR


def _date_param(value: str, name: str) -> str:
    value = value.strip()
    if not PARTIAL_DATE.fullmatch(value):
        raise ConfigError(f"{name} must be YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}", code="E013")
    return value


def timestamp_param(value: str, name: str = "updated_since") -> datetime:
    """An ISO date or date-time as a naive UTC timestamp (the store keeps UTC without zone)."""
    try:
        stamp = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except (AttributeError, ValueError):
        raise ConfigError(f"{name} must be an ISO date or date-time, not {value!r}", code="E013") from None
    if stamp.tzinfo is not None:
        stamp = stamp.astimezone(timezone.utc).replace(tzinfo=None)
    return stamp


def page_clause(limit: int | None, offset: int) -> tuple[str, list[Any]]:
    if offset < 0 or (limit is not None and limit < 0):
        raise ConfigError("limit and offset must not be negative")
    if limit is None:
        return (" OFFSET ?", [offset]) if offset else ("", [])
    return " LIMIT ? OFFSET ?", [limit, offset]


@dataclass(frozen=True)
class EventFilter:
    """The filters of ``Store.events``; ``where()`` gives the SQL and its parameters.

    - ``actor``: equal (case-insensitive) to any source or target code, country or name.
    - ``country``: any source or target country, or the event location's country.
    - ``since``/``until``: on the event date, inclusive; a year or month covers all its days.
    - ``type``: the PLOVER type; ``quad_class``: 1-4; ``text``: substring of the sentence.
    - ``updated_since``: rows written or changed at or after this UTC time (ISO date or date-time).
    - ``min_confidence``: the coder's confidence at least this (0-1).
    - ``asserted``: only events reported as having happened: not negated, no modality
      (future, intended, hypothetical, possible, question).
    """

    actor: str | None = None
    type: str | None = None
    since: str | None = None
    until: str | None = None
    country: str | None = None
    quad_class: int | None = None
    text: str | None = None
    updated_since: str | None = None
    min_confidence: float | None = None
    asserted: bool = False

    def where(self) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if self.actor:
            clauses.append(f"position(? IN {ACTOR_KEYS}) > 0")
            params.append(_member_param(self.actor))
        if self.country:
            clauses.append(f"position(? IN {COUNTRY_KEYS}) > 0")
            params.append(_member_param(self.country))
        if self.type:
            clauses.append("type = ?")
            params.append(self.type.strip().upper())
        if self.since:
            clauses.append("date >= ?")
            params.append(_date_param(self.since, "since"))
        if self.until:
            until = _date_param(self.until, "until")
            clauses.append("substr(date, 1, ?) <= ?")
            params.extend([len(until), until])
        if self.quad_class is not None:
            if self.quad_class not in (1, 2, 3, 4):
                raise ConfigError(f"quad_class must be 1, 2, 3 or 4, not {self.quad_class!r}")
            clauses.append("quad_class = ?")
            params.append(self.quad_class)
        if self.text:
            clauses.append("position(? IN lower(sentence)) > 0")
            params.append(self.text.lower())
        if self.updated_since:
            clauses.append("updated_at >= ?")
            params.append(timestamp_param(self.updated_since))
        if self.min_confidence is not None:
            if not 0.0 <= self.min_confidence <= 1.0:
                raise ConfigError(f"min_confidence must be between 0 and 1, not {self.min_confidence!r}")
            clauses.append("confidence >= ?")
            params.append(float(self.min_confidence))
        if self.asserted:
            clauses.append("NOT negated AND modality IS NULL")
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params
