"""Why does an event exist? Recode its article and gather what every stage noted about it."""

from __future__ import annotations

from typing import Any

from .errors import NotFoundError
from .pipeline import Document, Pipeline, build_pipeline
from .records import Article, Event, article_id


def _notes_about(doc: Document, key: str, value: str) -> dict[str, list[dict]]:
    found: dict[str, list[dict]] = {}
    for stage, notes in doc.trace.items():
        hits = [n for n in notes if n.get(key) == value]
        if hits:
            found[stage] = hits
    return found


def explain_event(doc: Document, event: Event) -> dict[str, Any]:
    """Everything known about one event: evidence, the rule that fired, and each actor's resolution."""
    mentions = {m.id: m for m in doc.actors}
    actors = []
    for role in ("source", "target"):
        for actor in getattr(event, role):
            mention = mentions.get(actor.mention_id or "")
            actors.append({
                "role": role, "text": actor.text, "name": actor.name, "country": actor.country,
                "sector": actor.sector, "code": actor.code,
                "resolution": mention.resolution if mention else None,
                "notes": _notes_about(doc, "mention", actor.mention_id) if actor.mention_id else {},
            })
    return {
        "article_id": doc.article.id,
        "event": event.model_dump(mode="json"),
        "sentence": event.sentence,
        "trigger": event.trigger,
        "rule": event.rule,
        "actors": actors,
        "notes": _notes_about(doc, "event", event.id),
    }


def explain_text(text: str, *, published: str | None = None, title: str | None = None,
                 pipeline: Pipeline | None = None) -> list[dict[str, Any]]:
    pipeline = pipeline or build_pipeline()
    article = Article(id=article_id(text, title), text=text, title=title, published=published)
    doc = pipeline(Document(article))
    return [explain_event(doc, event) for event in doc.events]


def explain_stored(store, event_id: str, pipeline: Pipeline | None = None) -> dict[str, Any]:
    """Explain a stored event by recoding its article (the coder is deterministic)."""
    stored = store.get_event(event_id)
    if stored is None:
        raise NotFoundError(f"no event {event_id}")
    row = store.get_article(stored["article_id"])
    if row is None:
        raise NotFoundError(f"event {event_id} has no stored article {stored['article_id']}")
    fields = {k: row.get(k) for k in ("id", "text", "title", "published", "outlet", "url", "language")}
    pipeline = pipeline or build_pipeline()
    doc = pipeline(Document(Article(**fields)))
    for event in doc.events:
        if event.id == event_id:
            return explain_event(doc, event)
    # The coder changed since the event was stored: show the stored row and say so.
    return {"article_id": stored["article_id"], "event": stored, "sentence": stored.get("sentence"),
            "trigger": stored.get("trigger"), "rule": stored.get("rule"), "actors": [],
            "notes": {"explain": [{"why": "the current coder no longer produces this event; "
                                          f"stored by {stored.get('coder_version')}"}]}}


def explain_event_id(event_id: str, db: str, *, pipeline: Pipeline | None = None) -> dict[str, Any]:
    """:func:`explain_stored` on the store at ``db``."""
    from .store import open_store

    with open_store(db, read_only=True) as store:
        return explain_stored(store, event_id, pipeline)
