"""Deduplication modes over raw event records (``Store.event_records`` rows).

- ``raw``: every coded mention, as stored.
- ``story``: one event per article and (source, target, type): the same claim repeated within
  one article is one event. Source and target are compared by their actors' countries (else
  code, else name): see :func:`dedup_key`.
- ``event``: one event per (source, target, type) whose dates lie within ``window_days`` of the
  first member's date, across articles and outlets (``window_days=1``: the same calendar day,
  the Phoenix one-a-day rule). Events without a full date fall back to their article's
  publication date; with neither they are never merged across articles.

A merged event is its earliest member (by date, article, offset) with an ``id`` derived from the
mode and key, plus ``n_mentions`` (raw events), ``n_articles``, ``n_sources`` (distinct outlets;
an article without an outlet counts as a source of its own), ``member_ids``, ``article_ids``,
``outlets`` and ``evidence`` (every member's sentence with its event id, article, outlet and url).
"""

from __future__ import annotations

import hashlib
from datetime import date as Date
from typing import Any, Iterable

from ..errors import ConfigError

MODES = ("raw", "story", "event")


def check_mode(mode: str) -> str:
    """``mode`` if it is a dedup mode, else a ConfigError listing them."""
    if mode not in MODES:
        raise ConfigError(f"unknown dedup mode {mode!r}; modes: {', '.join(MODES)}")
    return mode


def actor_key(actors: Iterable[dict[str, Any]]) -> str:
    """A role's identity: each actor by code, else country, else name, else words; sorted, ';'."""
    keys = {(a.get("code") or a.get("country") or a.get("name") or a.get("text") or "").upper()
            for a in actors}
    return ";".join(sorted(k for k in keys if k))


def dedup_key(actors: Iterable[dict[str, Any]]) -> str:
    """A role's identity for dedup: each actor by country, else code, else name; sorted, ';'.

    Countries, not full codes: outlets code one state at different detail (``ARM`` in one story,
    ``ARMGOV`` in another), and the same event must still merge.
    """
    keys = {(a.get("country") or a.get("code") or a.get("name") or a.get("text") or "").upper()
            for a in actors}
    return ";".join(sorted(k for k in keys if k))


def event_day(row: dict[str, Any]) -> Date | None:
    """An event's day: its own full date, else its article's publication date, else None."""
    for value in (row.get("date"), row.get("article_published")):
        if value and len(value) >= 10:
            try:
                return Date.fromisoformat(value[:10])
            except ValueError:
                continue
    return None


def _group_id(prefix: str, *parts: str) -> str:
    return prefix + hashlib.sha256("|".join(parts).encode("utf-8")).hexdigest()[:16]


def _merge(members: list[dict[str, Any]], group_id: str) -> dict[str, Any]:
    members = sorted(members, key=lambda r: (r.get("date") or "", r["article_id"], r.get("start") or 0, r["id"]))
    first = dict(members[0])
    articles = list(dict.fromkeys(m["article_id"] for m in members))
    sources = {m.get("article_outlet") or f"article:{m['article_id']}" for m in members}
    first.update(
        id=group_id,
        n_mentions=len(members),
        n_articles=len(articles),
        n_sources=len(sources),
        member_ids=[m["id"] for m in members],
        article_ids=articles,
        outlets=sorted({m["article_outlet"] for m in members if m.get("article_outlet")}),
        evidence=[{"event_id": m["id"], "article_id": m["article_id"], "outlet": m.get("article_outlet"),
                   "url": m.get("article_url"), "sentence": m["sentence"]} for m in members],
        updated_at=max((m.get("updated_at") or "" for m in members), default=None) or None,
    )
    return first


def _singleton(row: dict[str, Any]) -> dict[str, Any]:
    merged = _merge([row], row["id"])
    return merged


def dedup_events(rows: list[dict[str, Any]], mode: str = "raw", *, window_days: int = 1) -> list[dict[str, Any]]:
    """``rows`` (raw event records, any order) under ``mode``; ordered by date, article, offset.

    Every result carries n_mentions/n_articles/n_sources/member_ids/evidence, also in raw mode
    (all 1), so one export layout serves every mode.
    """
    check_mode(mode)
    if window_days < 1:
        raise ConfigError(f"the dedup window must be at least 1 day, not {window_days}")
    if mode == "raw":
        merged = [_singleton(r) for r in rows]
    elif mode == "story":
        groups: dict[tuple, list[dict[str, Any]]] = {}
        for r in rows:
            key = (r["article_id"], dedup_key(r.get("source") or []), dedup_key(r.get("target") or []), r["type"])
            groups.setdefault(key, []).append(r)
        merged = [_merge(members, _group_id("s", *key)) for key, members in groups.items()]
    else:
        merged = _event_mode(rows, window_days)
    merged.sort(key=lambda r: (r.get("date") or "", r["article_id"], r.get("start") or 0, r["id"]))
    return merged


def _event_mode(rows: list[dict[str, Any]], window_days: int) -> list[dict[str, Any]]:
    by_key: dict[tuple, list[dict[str, Any]]] = {}
    undated: list[dict[str, Any]] = []
    for r in rows:
        key = (dedup_key(r.get("source") or []), dedup_key(r.get("target") or []), r["type"])
        if event_day(r) is None:
            undated.append(r)
        else:
            by_key.setdefault(key, []).append(r)
    merged: list[dict[str, Any]] = []
    for key, members in by_key.items():
        members.sort(key=lambda r: (event_day(r), r["article_id"], r.get("start") or 0))
        cluster: list[dict[str, Any]] = []
        start: Date | None = None
        for r in members:
            day = event_day(r)
            if cluster and (day - start).days >= window_days:
                merged.append(_merge(cluster, _group_id("g", *key, start.isoformat(), str(window_days))))
                cluster = []
            if not cluster:
                start = day
            cluster.append(r)
        if cluster:
            merged.append(_merge(cluster, _group_id("g", *key, start.isoformat(), str(window_days))))
    # Undated events: merged within their article only (the story rule).
    story: dict[tuple, list[dict[str, Any]]] = {}
    for r in undated:
        key = (r["article_id"], dedup_key(r.get("source") or []), dedup_key(r.get("target") or []), r["type"])
        story.setdefault(key, []).append(r)
    merged.extend(_merge(members, _group_id("s", *key)) for key, members in story.items())
    return merged
