"""Event identity: an event id is derived from its article and its evidence span, never assigned.

``event_id(article_id, trigger_start, trigger_end, type)`` (defined with the record model,
:func:`eventwire.records.event_id`, and used by the coder) is
``"e" + sha256("<article id>|<trigger start>|<trigger end>|<TYPE>")[:16]``.
The article id is itself a content hash (:func:`eventwire.records.article_id`), so recoding the
same text with the same coder gives the same ids, and a downstream copy can key on them.
"""

from __future__ import annotations

from typing import Iterable

from ..records import CodedArticle, Event, event_id

__all__ = ["event_id", "id_mismatches", "duplicate_ids"]


def id_mismatches(coded: CodedArticle) -> list[Event]:
    """Events whose id is not the one derived from their article and span."""
    return [e for e in coded.events
            if e.id != event_id(coded.article.id, e.trigger_start, e.trigger_end, e.type)]


def duplicate_ids(coded_articles: Iterable[CodedArticle]) -> list[str]:
    """Event ids that occur more than once across ``coded_articles``."""
    seen: set[str] = set()
    repeated: list[str] = []
    for coded in coded_articles:
        for event in coded.events:
            if event.id in seen:
                repeated.append(event.id)
            seen.add(event.id)
    return repeated
