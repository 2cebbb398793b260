"""Incremental sync: recode stored articles with the current coder and keep a tombstone trail.

``recode(store)`` codes every stored coded article again (or one, by id) and replaces its
records, one transaction per batch: events that keep their id and content keep ``updated_at``;
changed events get a new one; ids that disappeared get a tombstone. A downstream copy pulls
``events --updated-since T`` and ``export --tombstones --updated-since T`` and stays in step.
"""

from __future__ import annotations

from typing import Any

from ..errors import NotFoundError
from ..runner import batched

BATCH = 32


def recode(store, *, article_id: str | None = None, pipeline=None, batch_size: int = BATCH,
           reason: str = "recode") -> dict[str, Any]:
    """Recode stored articles; returns counts: articles, added, changed, unchanged, removed."""
    if pipeline is None:
        from ..pipeline import build_pipeline
        pipeline = build_pipeline()
    totals = {"articles": 0, "added": 0, "changed": 0, "unchanged": 0, "removed": 0}
    # read everything first: the cursor that lists articles must not stay open across writes
    articles = list(store.articles_to_recode(article_id))
    if article_id and not articles:
        raise NotFoundError(f"no stored article {article_id}")
    for batch in batched(articles, batch_size):
        coded = list(pipeline.code(batch))
        counts = store.replace_coded(list(zip(batch, coded)), reason=reason)
        for key, value in counts.items():
            totals[key] += value
    return totals
