"""``Store.stats()`` as rich tables (what ``make run`` prints after an ingest)."""

from __future__ import annotations

from typing import Any

from rich.console import Group
from rich.table import Table

from .base import QUAD_CLASS_NAMES


def _counts_table(title: str, headers: tuple[str, ...], rows: list[tuple[Any, ...]]) -> Table:
    table = Table(title=title, title_justify="left", min_width=len(title) + 4)  # titles never wrap
    for i, header in enumerate(headers):
        table.add_column(header, justify="right" if i == len(headers) - 1 else "left")
    for row in rows:
        table.add_row(*(f"{v:,}" if isinstance(v, int) else str(v) for v in row))
    if not rows:
        table.add_row(*(["(none)"] + [""] * (len(headers) - 1)))
    return table


def render_summary(stats: dict[str, Any]) -> Group:
    """Articles, events by type and quad class, top dyads and quotes by speaker."""
    articles = _counts_table("Articles", ("", "n"), [
        (label, stats.get(key, 0)) for label, key in (
            ("articles", "articles"), ("coded", "coded"), ("skipped", "skipped"),
            ("duplicates", "duplicates"), ("errors", "errors"), ("events", "events"),
            ("quotes", "quotes"), ("actors", "actors"), ("places", "places"))])
    by_type = _counts_table("Events by type", ("type", "n"),
                            list(stats.get("events_by_type", {}).items()))
    quads = _counts_table("Events by quad class", ("quad class", "n"), [
        (f"{q} {QUAD_CLASS_NAMES.get(int(q), '')}".strip(), n)
        for q, n in stats.get("quad_classes", {}).items()])
    dyads = _counts_table("Top dyads", ("source", "target", "n"),
                          [(d["source"], d["target"], d["n"]) for d in stats.get("top_dyads", [])])
    speakers = _counts_table("Quotes by speaker", ("speaker", "n"),
                             [(s["speaker"], s["n"]) for s in stats.get("top_speakers", [])])
    return Group(articles, by_type, quads, dyads, speakers)
