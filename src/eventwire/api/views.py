"""What the API shows beyond plain store rows: dyad time series, the actor network, located
events, article spans, and explanations. Pure functions over the store's public methods;
no SQL here (filters are the store's, and always parameterised there)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any, Iterable, Literal

from ..errors import ConfigError
from ..store import Store

Interval = Literal["day", "week", "month"]
QUADS = ("1", "2", "3", "4")
# Aggregations read at most this many events; the answer says when it stopped short.
SCAN_LIMIT = 20_000


def actor_key(actor: dict[str, Any]) -> str | None:
    """How an actor is named in dyads and the network: code, else country, else name."""
    return actor.get("code") or actor.get("country") or actor.get("name") or actor.get("text")


def actor_matches(actor: dict[str, Any], wanted: str) -> bool:
    """The store's actor filter, for one role: code, country or name, case-insensitive."""
    wanted = wanted.strip().upper()
    return any((actor.get(k) or "").upper() == wanted for k in ("code", "country", "name"))


def period_of(day: str | None, interval: Interval) -> str | None:
    """The period an ISO date falls in: the day, the Monday of its ISO week, or YYYY-MM."""
    if not day:
        return None
    if interval == "month":
        return day[:7] if len(day) >= 7 else None
    if len(day) < 10:
        return None
    try:
        parsed = date.fromisoformat(day[:10])
    except ValueError:
        return None
    if interval == "week":
        parsed -= timedelta(days=parsed.weekday())
    return parsed.isoformat()


def _empty_bucket(period: str) -> dict[str, Any]:
    return {"period": period, "n": 0, "goldstein": 0.0, "quad_classes": dict.fromkeys(QUADS, 0)}


def _add(bucket: dict[str, Any], event: dict[str, Any]) -> None:
    bucket["n"] += 1
    bucket["goldstein"] = round(bucket["goldstein"] + (event.get("goldstein") or 0.0), 3)
    if event.get("quad_class") in (1, 2, 3, 4):
        bucket["quad_classes"][str(event["quad_class"])] += 1


def dyad_series(store: Store, source: str, target: str, interval: Interval = "month",
                since: str | None = None, until: str | None = None) -> dict[str, Any]:
    """Events where ``source`` acts on ``target`` (direction kept), counted per period."""
    if interval not in ("day", "week", "month"):
        raise ConfigError(f"interval must be day, week or month, not {interval!r}")
    rows = store.events(actor=source, since=since, until=until, limit=SCAN_LIMIT + 1)
    truncated = len(rows) > SCAN_LIMIT
    buckets: dict[str, dict[str, Any]] = {}
    total = _empty_bucket("total")
    undated = 0
    for event in rows[:SCAN_LIMIT]:
        if not (any(actor_matches(a, source) for a in event.get("source") or [])
                and any(actor_matches(a, target) for a in event.get("target") or [])):
            continue
        _add(total, event)
        period = period_of(event.get("date"), interval)
        if period is None:
            undated += 1
            continue
        _add(buckets.setdefault(period, _empty_bucket(period)), event)
    return {"source": source, "target": target, "interval": interval,
            "periods": [buckets[k] for k in sorted(buckets)], "n": total["n"],
            "goldstein": total["goldstein"], "quad_classes": total["quad_classes"],
            "undated": undated, "truncated": truncated}


def network(rows: list[dict[str, Any]], *, min_count: int = 1, max_edges: int = 150) -> dict[str, Any]:
    """Who acts on whom: one edge per (source, target) actor pair, coloured by its main quad class."""
    edges: dict[tuple[str, str], dict[str, Any]] = {}
    nodes: dict[str, dict[str, Any]] = {}
    for event in rows:
        sources = {actor_key(a): a for a in event.get("source") or [] if actor_key(a)}
        targets = {actor_key(a): a for a in event.get("target") or [] if actor_key(a)}
        for key, actor in list(sources.items()) + list(targets.items()):
            node = nodes.setdefault(key, {"id": key, "name": actor.get("name") or actor.get("text"),
                                          "country": actor.get("country"), "n": 0})
            node["n"] += 1
        for s in sources:
            for t in targets:
                if s == t:
                    continue
                edge = edges.setdefault((s, t), {"source": s, "target": t, "n": 0, "goldstein": 0.0,
                                                 "quad_classes": dict.fromkeys(QUADS, 0)})
                _add(edge, event)
    kept = sorted((e for e in edges.values() if e["n"] >= min_count),
                  key=lambda e: (-e["n"], e["source"], e["target"]))[:max_edges]
    for edge in kept:
        counts = edge["quad_classes"]
        edge["quad_class"] = int(max(QUADS, key=lambda q: (counts[q], -int(q)))) if any(counts.values()) else None
    used = {e["source"] for e in kept} | {e["target"] for e in kept}
    return {"nodes": sorted((nodes[k] for k in used), key=lambda n: (-n["n"], n["id"])),
            "edges": kept}


def located(rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Events with a point location, flattened for the map."""
    points = []
    for event in rows:
        loc = event.get("location") or {}
        if loc.get("lat") is None or loc.get("lon") is None:
            continue
        points.append({
            "id": event["id"], "article_id": event.get("article_id"), "lat": loc["lat"],
            "lon": loc["lon"], "name": loc.get("name"), "country": loc.get("country"),
            "type": event.get("type"), "quad_class": event.get("quad_class"),
            "goldstein": event.get("goldstein"), "date": event.get("date"),
            "source": [actor_key(a) for a in event.get("source") or []],
            "target": [actor_key(a) for a in event.get("target") or []],
        })
    return points


def article_spans(article: dict[str, Any]) -> list[dict[str, Any]]:
    """Every highlighted stretch of the text: events (trigger, else sentence), quotes, places,
    actors, dates and outlets, as ``{kind, start, end, ref, label}`` sorted by position."""
    spans: list[dict[str, Any]] = []
    for event in article.get("events") or []:
        start, end = event.get("trigger_start"), event.get("trigger_end")
        if start is None or end is None:
            start, end = event["start"], event["end"]
        spans.append({"kind": "event", "start": start, "end": end, "ref": event["id"],
                      "label": event["type"] + (f" ({event['mode']})" if event.get("mode") else "")})
    for quote in article.get("quotes") or []:
        speaker = (quote.get("speaker") or {})
        spans.append({"kind": "quote", "start": quote["start"], "end": quote["end"], "ref": quote["id"],
                      "label": "quote: " + (speaker.get("name") or speaker.get("text") or "unknown speaker")})
    for place in article.get("places") or []:
        spans.append({"kind": "place", "start": place["start"], "end": place["end"], "ref": None,
                      "label": " · ".join(str(v) for v in (place.get("name"), place.get("country"),
                                                            place.get("kind")) if v)})
    for actor in article.get("actors") or []:
        if actor.get("start") is None or actor.get("end") is None:
            continue
        spans.append({"kind": "actor", "start": actor["start"], "end": actor["end"], "ref": actor.get("id"),
                      "label": " · ".join(str(v) for v in (actor.get("name"), actor.get("code")) if v)})
    for mention in article.get("dates") or []:
        spans.append({"kind": "date", "start": mention["start"], "end": mention["end"], "ref": None,
                      "label": mention.get("date") or mention.get("text")})
    for outlet in article.get("outlets") or []:
        spans.append({"kind": "outlet", "start": outlet["start"], "end": outlet["end"], "ref": None,
                      "label": outlet.get("name")})
    order = {k: i for i, k in enumerate(("quote", "event", "actor", "place", "date", "outlet"))}
    return sorted(spans, key=lambda s: (s["start"], -s["end"], order[s["kind"]]))
