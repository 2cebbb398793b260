"""Zero-filled panels: event counts or Goldstein sums/means per unit x period (x split).

Units: ``country`` (the event's location country, else its first source's, else its first
target's), ``dyad`` (unordered pair of first source and first target country, ``A-B`` sorted),
``directed-dyad`` (``SOURCE>TARGET``), ``admin1`` (``ISO3:admin1``, from the location when it is
an admin1, else from the article's place of that name). Events with no such unit are left out
and counted in ``unplaced`` of :func:`aggregate_with_meta`.

Periods: day ``2024-05-11``, week (ISO) ``2024-W19``, month ``2024-05``, year ``2024``; an event
counts on its date, or its article's publication date when it has none; a month-precise date
counts only in month/year panels. Every unit x period (x split) cell over the range is present.
"""

from __future__ import annotations

from datetime import date as Date, timedelta
from typing import Any

from ..errors import ConfigError
from .dedup import dedup_events

UNITS = ("country", "dyad", "directed-dyad", "admin1")
PERIODS = ("day", "week", "month", "year")
SPLITS = (None, "quad", "type")
MEASURES = ("count", "goldstein_sum", "goldstein_mean")


def period_of(day: Date, period: str) -> str:
    if period == "day":
        return day.isoformat()
    if period == "week":
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}"
    if period == "month":
        return day.isoformat()[:7]
    return str(day.year)


def _event_period(row: dict[str, Any], period: str) -> str | None:
    for value in (row.get("date"), row.get("article_published")):
        if not value:
            continue
        if len(value) >= 10:
            try:
                return period_of(Date.fromisoformat(value[:10]), period)
            except ValueError:
                continue
        if len(value) == 7 and period in ("month", "year"):
            return value if period == "month" else value[:4]
        if len(value) == 4 and period == "year":
            return value
    return None


def _first_country(actors: list[dict[str, Any]]) -> str | None:
    return next((a["country"] for a in actors if a.get("country")), None)


def _unit_of(row: dict[str, Any], unit: str, admin1: dict[tuple[str, str], str]) -> str | None:
    source, target = _first_country(row.get("source") or []), _first_country(row.get("target") or [])
    location = row.get("location") or {}
    if unit == "country":
        return location.get("country") or source or target
    if unit == "directed-dyad":
        return f"{source}>{target}" if source and target else None
    if unit == "dyad":
        return "-".join(sorted((source, target))) if source and target else None
    if not location.get("country"):
        return None
    if location.get("kind") == "admin1":
        return f"{location['country']}:{location['name']}"
    name = admin1.get((row["article_id"], location.get("name")))
    return f"{location['country']}:{name}" if name else None


def _periods(since: str, until: str, period: str) -> list[str]:
    start, end = Date.fromisoformat(since), Date.fromisoformat(until)
    if end < start:
        raise ConfigError(f"--until {until} is before --since {since}")
    labels: list[str] = []
    day = start
    while day <= end:
        label = period_of(day, period)
        if not labels or labels[-1] != label:
            labels.append(label)
        day += timedelta(days=1)
    return labels


def _full(value: str | None, name: str, last: bool) -> str | None:
    """A YYYY, YYYY-MM or YYYY-MM-DD bound as a day (first or last day of the period)."""
    if value is None:
        return None
    try:
        if len(value) == 4:
            return f"{value}-12-31" if last else f"{value}-01-01"
        if len(value) == 7:
            first = Date.fromisoformat(value + "-01")
            if not last:
                return first.isoformat()
            nxt = (first.replace(day=28) + timedelta(days=4)).replace(day=1)
            return (nxt - timedelta(days=1)).isoformat()
        return Date.fromisoformat(value).isoformat()
    except ValueError:
        raise ConfigError(f"{name} must be YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}", code="E013") from None


def aggregate_with_meta(store, unit: str = "country", period: str = "month", *, split: str | None = None,
                        measure: str = "count", normalize: bool = False, since: str | None = None,
                        until: str | None = None, dedup: str = "raw", window_days: int = 1,
                        units: list[str] | None = None, **filters: Any) -> dict[str, Any]:
    """:func:`aggregate` plus what it left out: ``{"rows": [...], "unplaced": n, "undated": n}``."""
    for name, value, allowed in (("unit", unit, UNITS), ("period", period, PERIODS),
                                 ("split", split, SPLITS), ("measure", measure, MEASURES)):
        if value not in allowed:
            raise ConfigError(f"unknown {name} {value!r}; choose from {', '.join(str(a) for a in allowed if a)}")
    since_day, until_day = _full(since, "since", False), _full(until, "until", True)
    events = dedup_events(store.event_records(since=since_day, until=until_day, **filters), dedup,
                          window_days=window_days)
    admin1 = _admin1_index(store) if unit == "admin1" else {}
    cells: dict[tuple, list[float | None]] = {}
    seen_units: set[str] = set()
    splits: set[Any] = set()
    unplaced = undated = 0
    for row in events:
        label = _event_period(row, period)
        if label is None:
            undated += 1
            continue
        key_unit = _unit_of(row, unit, admin1)
        if key_unit is None or (units is not None and key_unit not in units):
            unplaced += 1
            continue
        key_split = None
        if split == "quad":
            key_split = row.get("quad_class") or 0
        elif split == "type":
            key_split = row["type"]
        seen_units.add(key_unit)
        splits.add(key_split)
        cells.setdefault((key_unit, label, key_split), []).append(row.get("goldstein"))
    days = [r for r in store.article_days()]
    if since_day is None or until_day is None:
        dated = [d for r in events if (d := (r.get("date") or r.get("article_published") or "")) and len(d) >= 10]
        dated += [d["day"] for d in days]
        if not dated:
            return {"rows": [], "unplaced": unplaced, "undated": undated}
        since_day = since_day or min(dated)[:10]
        until_day = until_day or max(dated)[:10]
    labels = _periods(since_day, until_day, period)
    articles_in: dict[str, int] = {}
    for day in days:
        if since_day <= day["day"] <= until_day:
            label = period_of(Date.fromisoformat(day["day"]), period)
            articles_in[label] = articles_in.get(label, 0) + day["articles"]
    if split == "quad":
        splits = {1, 2, 3, 4} | splits
    split_values = sorted(splits, key=str) if split else [None]
    rows = []
    panel_units = sorted(set(units)) if units is not None else sorted(seen_units)
    for u in panel_units:
        for label in labels:
            for s in split_values:
                values = cells.get((u, label, s), [])
                scores = [v for v in values if v is not None]
                if measure == "count":
                    value: float | None = len(values)
                elif measure == "goldstein_sum":
                    value = float(sum(scores))
                else:
                    value = sum(scores) / len(scores) if scores else None
                n_articles = articles_in.get(label, 0)
                row = _unit_columns(unit, u)
                row["period"] = label
                if split:
                    row[split] = s
                row.update(n_events=len(values), value=value, n_articles=n_articles)
                if normalize:
                    row["value"] = (value / n_articles) if (value is not None and n_articles) else None
                rows.append(row)
    return {"rows": rows, "unplaced": unplaced, "undated": undated}


def _unit_columns(unit: str, value: str) -> dict[str, Any]:
    if unit == "directed-dyad":
        source, target = value.split(">", 1)
        return {"source": source, "target": target}
    if unit == "dyad":
        first, second = value.split("-", 1)
        return {"country_a": first, "country_b": second}
    if unit == "admin1":
        country, name = value.split(":", 1)
        return {"country": country, "admin1": name}
    return {"country": value}


def _admin1_index(store) -> dict[tuple[str, str], str]:
    """(article id, place name) -> admin1 name, from the places the coder resolved."""
    index: dict[tuple[str, str], str] = {}
    for place in store.places_with_admin1():
        index.setdefault((place["article_id"], place["name"]), place["admin1"])
    return index


def aggregate(store, unit: str = "country", period: str = "month", *, split: str | None = None,
              measure: str = "count", normalize: bool = False, since: str | None = None,
              until: str | None = None, dedup: str = "raw", window_days: int = 1,
              units: list[str] | None = None, **filters: Any) -> list[dict[str, Any]]:
    """A zero-filled panel as rows: unit columns, ``period``, the split column (``quad`` or
    ``type``) if any, ``value`` (the measure; divided by ``n_articles`` when ``normalize``),
    ``n_events`` and ``n_articles`` (articles published in the period). ``goldstein_mean`` of a
    cell with no scored event is None. The panel's units are those seen in the range, or exactly
    ``units`` (in the unit's key form: ``RUS``, ``RUS>UKR``, ``RUS-UKR``, ``UKR:Kharkiv Oblast``)
    so a panel can cover units with no event at all. ``filters`` go to the store (actor, type, country ...)."""
    return aggregate_with_meta(store, unit, period, split=split, measure=measure, normalize=normalize,
                               since=since, until=until, dedup=dedup, window_days=window_days,
                               units=units, **filters)["rows"]
