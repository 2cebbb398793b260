"""Publication dates normalised to ``YYYY-MM-DD``; what cannot be read becomes ``None``."""

from __future__ import annotations

import datetime as dt
import email.utils
import functools
import time
from typing import Any

# Unix timestamps outside this range are more likely milliseconds or ids than seconds.
_TIMESTAMP_RANGE = (1e8, 1e11)


def normalise_published(value: Any) -> str | None:
    """A date from an input field as ``YYYY-MM-DD``, or ``None`` when it cannot be read.

    The calendar date is taken in the timezone the value states (the publisher's day),
    not converted to UTC. Partial dates ("2021", "August 2021") and relative ones
    ("yesterday") give ``None``: a guessed day is worse than no day.
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, time.struct_time):
        return dt.date(value.tm_year, value.tm_mon, value.tm_mday).isoformat()
    if isinstance(value, (int, float)):
        if _TIMESTAMP_RANGE[0] <= value <= _TIMESTAMP_RANGE[1]:
            return dt.datetime.fromtimestamp(value, tz=dt.timezone.utc).date().isoformat()
        return None
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text:
        return None
    for parse in (_from_iso, _from_rfc2822, _from_dateparser):
        parsed = parse(text)
        if parsed is not None:
            return parsed.isoformat()
    return None


def _from_iso(text: str) -> dt.date | None:
    try:
        return dt.datetime.fromisoformat(text).date()
    except ValueError:
        pass
    try:  # "2021-08-20T10:00:00.123456789Z" and similar beyond fromisoformat
        return dt.date.fromisoformat(text[:10]) if len(text) > 10 and text[10] in "T " else None
    except ValueError:
        return None


def _from_rfc2822(text: str) -> dt.date | None:
    """RSS dates: ``Fri, 20 Aug 2021 10:00:00 +0300``."""
    try:
        return email.utils.parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        return None


@functools.lru_cache(maxsize=1)
def _dateparser_settings() -> dict[str, Any]:
    return {
        "REQUIRE_PARTS": ["day", "month", "year"],
        "PARSERS": ["custom-formats", "absolute-time"],
        "RETURN_AS_TIMEZONE_AWARE": False,
    }


def _from_dateparser(text: str) -> dt.date | None:
    if len(text) > 64:  # a date field holding prose is not a date
        return None
    import dateparser

    try:
        parsed = dateparser.parse(text, settings=_dateparser_settings())
    except (ValueError, OverflowError, TypeError):
        return None
    return parsed.date() if parsed else None
