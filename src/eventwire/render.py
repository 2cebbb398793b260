"""Rich renderings for people (the CLI's table formats). JSON output never goes through here."""

from __future__ import annotations

from typing import Any, Iterator

from rich.console import Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from .records import Actor, CodedArticle


def actor_label(actor: Actor | dict | None) -> str:
    if actor is None:
        return "-"
    data = actor if isinstance(actor, dict) else actor.model_dump()
    name = data.get("name") or data.get("text") or "?"
    code = data.get("code") or data.get("country")
    return f"{name} ({code})" if code else name


def coded_tables(coded: CodedArticle) -> Iterator[Any]:
    a = coded.article
    yield Text(f"{a.title or a.id}  [{a.published or 'no date'}]  {a.status}"
               + (f": {a.skip_reason}" if a.skip_reason else ""), style="bold")
    if coded.events:
        table = Table("type", "mode", "source", "target", "cameo", "date", "trigger", "conf",
                      title="events")
        for e in coded.events:
            table.add_row(e.type + (" (neg)" if e.negated else ""), e.mode or "",
                          "; ".join(actor_label(x) for x in e.source),
                          "; ".join(actor_label(x) for x in e.target),
                          e.cameo or "", e.date or "", e.trigger, f"{e.confidence:.2f}")
        yield table
    if coded.quotes:
        table = Table("kind", "speaker", "quote", "outlet", title="quotes")
        for q in coded.quotes:
            text = q.text if len(q.text) < 90 else q.text[:87] + "..."
            table.add_row(q.kind, actor_label(q.speaker), text, q.outlet or "")
        yield table
    if coded.places:
        table = Table("text", "name", "country", "kind", "lat", "lon", title="places")
        for p in coded.places:
            table.add_row(p.text, p.name, p.country or "", p.kind or "",
                          f"{p.lat:.2f}" if p.lat is not None else "", f"{p.lon:.2f}" if p.lon is not None else "")
        yield table
    if coded.outlets:
        yield Text("outlets cited: " + ", ".join(sorted({o.name for o in coded.outlets})))


def explanation_panel(item: dict) -> Panel:
    event = item["event"]
    lines = [
        Text.assemble(("sentence  ", "bold"), item.get("sentence") or ""),
        Text.assemble(("trigger   ", "bold"), str(item.get("trigger")), "   ",
                      ("rule ", "bold"), str(item.get("rule"))),
        Text.assemble(("coded     ", "bold"),
                      f"{event.get('type')} {event.get('mode') or ''} cameo {event.get('cameo')} "
                      f"quad {event.get('quad_class')} goldstein {event.get('goldstein')} "
                      f"negated {event.get('negated')} modality {event.get('modality')} "
                      f"date {event.get('date')} confidence {event.get('confidence')}"),
    ]
    for actor in item.get("actors", []):
        lines.append(Text.assemble((f"{actor['role']:<10}", "bold"),
                                   f"{actor['text']} -> {actor.get('name')} {actor.get('code') or actor.get('country') or ''}"
                                   f"  [{actor.get('resolution') or 'no resolution note'}]"))
    for stage, notes in item.get("notes", {}).items():
        for note in notes:
            detail = ", ".join(f"{k}={v}" for k, v in note.items() if k != "event")
            lines.append(Text.assemble((f"{stage}: ", "dim"), detail))
    return Panel(Group(*lines), title=f"{event.get('id')} {event.get('type')}", expand=True)
