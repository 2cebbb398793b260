"""Coverage: articles and events per publication day, with gaps flagged so they are never silent.

A day is flagged ``none`` when no article was published on it, ``low`` when it has fewer than
``threshold`` (default 25%) of the median article count of the ``window`` days before it
(default 7; needs at least 3 earlier days), and ``no-events`` when articles came in but none of
them yielded an event.
"""

from __future__ import annotations

from datetime import date as Date, timedelta
from statistics import median
from typing import Any

from ..errors import ConfigError


def coverage(store, since: str | None = None, until: str | None = None, *, window: int = 7,
             threshold: float = 0.25) -> list[dict[str, Any]]:
    """One row per day from ``since`` to ``until`` (default: first to last publication day):
    ``day, articles, coded, events, rolling_median, flag`` (None, ``none``, ``low``, ``no-events``)."""
    days = {d["day"]: d for d in store.article_days(since, until) if len(d["day"]) == 10}
    try:
        start = Date.fromisoformat(since) if since else (Date.fromisoformat(min(days)) if days else None)
        end = Date.fromisoformat(until) if until else (Date.fromisoformat(max(days)) if days else None)
    except ValueError:
        raise ConfigError("--since and --until must be YYYY-MM-DD", code="E013") from None
    if start is None or end is None:
        return []
    rows: list[dict[str, Any]] = []
    day = start
    while day <= end:
        found = days.get(day.isoformat(), {})
        articles = found.get("articles", 0)
        earlier = [r["articles"] for r in rows[-window:]]
        rolling = median(earlier) if len(earlier) >= 3 else None
        flag = None
        if articles == 0:
            flag = "none"
        elif rolling and articles < threshold * rolling:
            flag = "low"
        elif found.get("coded", 0) and not found.get("events", 0):
            flag = "no-events"
        rows.append({"day": day.isoformat(), "articles": articles, "coded": found.get("coded", 0),
                     "events": found.get("events", 0), "rolling_median": rolling, "flag": flag})
        day += timedelta(days=1)
    return rows
