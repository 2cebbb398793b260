"""Incremental sync: recode stored articles with the current coder and keep a tombstone trail.

``recode(store)`` codes every stored coded article again (or one, by id) and replaces its
records, one transaction per batch: events that keep their id and content keep ``updated_at``;
changed events get a new one; ids that disappeared get a tombstone. A downstream copy pulls
``events --updated-since T`` and ``export --tombstones --updated-since T`` and stays in step.
"""

from __future__ import annotations

from typing import Any

from ..errors import NotFoundError, StageError
from ..runner import batched

BATCH = 32
STAGE_FAILED = StageError.code  # E020: a pipeline stage raised on the document


def recode(store, *, article_id: str | None = None, pipeline=None, batch_size: int = BATCH,
           reason: str = "recode") -> dict[str, Any]:
    """Recode stored articles; returns counts: articles, added, changed, unchanged, removed, failed.

    An article on which a stage failed (an E020 among its errors) keeps its stored records:
    replacing them with a partial coding would delete its events and tombstone them downstream.
    Its errors are stored and it counts as ``failed``.
    """
    if pipeline is None:
        from ..pipeline import build_pipeline
        pipeline = build_pipeline()
    totals = {"articles": 0, "added": 0, "changed": 0, "unchanged": 0, "removed": 0, "failed": 0}
    # ids first (no cursor stays open across writes), texts one batch at a time
    ids = store.recode_ids(article_id)
    if article_id and not ids:
        raise NotFoundError(f"no stored article {article_id}")
    for chunk in batched(ids, batch_size):
        # an article a stage failed on before is retried with the current coder
        batch = [a.model_copy(update={"status": "coded", "skip_reason": None}) if a.status == "failed" else a
                 for a in store.articles_by_id(chunk)]
        replace, errors = [], []
        for article, coded in zip(batch, pipeline.code(batch)):
            errors.extend(coded.errors)
            if any(e.code == STAGE_FAILED for e in coded.errors):
                totals["failed"] += 1
            else:
                replace.append((article, coded))
        if replace:
            for key, value in store.replace_coded(replace, reason=reason).items():
                totals[key] += value
        if errors:
            store.write_batch([], errors)
    return totals
