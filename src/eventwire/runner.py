"""Running the pipeline over inputs: the one place where reading, coding and storing meet.

`code_inputs` codes without storing (``eventwire code``); `ingest` codes into a store
(``eventwire ingest``). Decisions that depend on order (near-duplicates, already stored
articles) are taken here, in the main process and in input order, so a run with N workers,
a run on Dask and a run resumed after ``kill -9`` all end with the same store.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

from .errors import ConfigError
from .ingest import ReadOptions, read_inputs
from .ingest.dedup import NearDuplicateIndex
from .ingest.language import mark_language
from .pipeline import Pipeline, build_pipeline
from .records import Article, CodedArticle, IngestError

if TYPE_CHECKING:
    from .store import Store
    from .store.base import WriteResult

ErrorSink = Callable[[IngestError], None]


@dataclass
class IngestReport:
    read: int = 0  # articles read successfully
    stored: int = 0  # articles newly written
    already_stored: int = 0  # articles whose id the store had
    coded: int = 0
    skipped: int = 0  # not English
    duplicates: int = 0  # near-duplicates linked to a first copy
    failed: int = 0  # a stage raised on them: stored as 'failed' with their errors
    events: int = 0
    quotes: int = 0
    errors: list[IngestError] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        """0 when anything could be read (stored now or before), 2 when nothing could."""
        return 0 if self.read else 2

    def as_dict(self) -> dict:
        data = {k: v for k, v in self.__dict__.items() if k != "errors"}
        data["errors"] = len(self.errors)
        return data


class Triage:
    """Order-dependent checks before coding: language, near-duplicates."""

    def __init__(self, dedup: NearDuplicateIndex | None = None):
        self.dedup = dedup or NearDuplicateIndex()

    def __call__(self, article: Article) -> tuple[Article, bytes | None]:
        article = mark_language(article)
        if article.status != "coded":
            return article, None
        signature = self.dedup.signature(article.text)
        first = self.dedup.find(signature)
        if first is not None and first != article.id:
            return article.model_copy(update={"status": "duplicate", "duplicate_of": first}), signature
        self.dedup.add(article.id, signature)
        return article, signature


def _split(items: Iterable[Article | IngestError], on_error: ErrorSink | None,
           errors: list[IngestError] | None = None) -> Iterator[Article]:
    """Articles pass on; errors go to ``on_error`` and, when given, into ``errors``."""
    for item in items:
        if isinstance(item, IngestError):
            if errors is not None:
                errors.append(item)
            if on_error:
                on_error(item)
        else:
            yield item


def code_inputs(paths: list[str], options: ReadOptions | None = None, *,
                pipeline: Pipeline | None = None,
                on_error: ErrorSink | None = None) -> Iterator[CodedArticle]:
    """Code every article in ``paths`` (in input order) without storing anything."""
    options = options or ReadOptions()
    pipeline = pipeline or build_pipeline()
    triage = Triage()
    articles = (triage(a)[0] for a in _split(read_inputs(paths, options), on_error))
    yield from pipeline.code(articles)


def batched(items: Iterable, size: int) -> Iterator[list]:
    """Lists of ``size`` items (the last may be shorter); itertools.batched is Python 3.12+."""
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


@dataclass
class BatchOutcome:
    """What :func:`store_batch` did with one batch of articles."""

    triaged: list[tuple[Article, bytes | None]]  # articles new to the store, after triage
    coded: dict[str, CodedArticle]  # by article id, for the ones coded
    already_stored: int
    stage_errors: list[IngestError]
    written: "WriteResult"


def store_batch(store: "Store", batch: list[Article], coder, triage: Triage,
                read_errors: list[IngestError] = ()) -> BatchOutcome:
    """Triage, code and store one batch in one transaction (with the read errors met on the way).

    The one step shared by ``eventwire ingest`` and the API's ``POST /articles``.
    """
    known = store.existing_ids(a.id for a in batch)
    triaged = [triage(a) for a in _unseen(batch, known)]
    to_code = [a for a, _ in triaged if a.status == "coded"]
    coded = {c.article.id: c for c in coder.code(to_code)} if to_code else {}
    items = [(a, coded.get(a.id) or CodedArticle.empty(a), signature) for a, signature in triaged]
    stage_errors = [e for _, c, _ in items for e in c.errors]  # a stage failed on a document
    written = store.write_batch(items, list(read_errors) + stage_errors)
    return BatchOutcome(triaged, coded, len(batch) - len(triaged), stage_errors, written)


def triage_for(store: "Store") -> Triage:
    """A triage whose near-duplicate index knows every article already in the store."""
    dedup = NearDuplicateIndex()
    for article_id, signature in store.signatures():
        dedup.add(article_id, signature)
    return Triage(dedup)


def ingest(paths: list[str], db: str, *, options: ReadOptions | None = None, workers: int = 1,
           engine: str = "local", scheduler: str | None = None, batch_size: int = 64,
           on_error: ErrorSink | None = None,
           on_progress: Callable[[IngestReport], None] | None = None) -> IngestReport:
    """Read, code and store ``paths`` into the store at ``db``; safe to rerun or resume."""
    from .store import open_store
    from .workers import make_coder

    if engine not in ("local", "dask"):  # checked again by make_coder; here before the store file exists
        raise ConfigError(f"unknown engine {engine!r}: use local or dask")
    options = options or ReadOptions()
    report = IngestReport()
    pending: list[IngestError] = []  # read errors not yet written to the store
    with open_store(db) as store:
        triage = triage_for(store)
        workdir = f"{db}.shards" if engine == "dask" else None  # dask: one Parquet file per shard
        with make_coder(engine=engine, workers=workers, scheduler=scheduler, workdir=workdir) as coder:
            for batch in batched(_split(read_inputs(paths, options), on_error, pending), batch_size):
                outcome = store_batch(store, batch, coder, triage, pending)
                report.read += len(batch)
                report.already_stored += outcome.already_stored
                for article, _ in outcome.triaged:
                    report.skipped += article.status == "skipped"
                    report.duplicates += article.status == "duplicate"
                    report.coded += article.status == "coded"
                for coded in outcome.coded.values():
                    if coded.article.status == "failed":
                        report.coded -= 1
                        report.failed += 1
                    report.events += len(coded.events)
                    report.quotes += len(coded.quotes)
                for err in outcome.stage_errors:
                    if on_error:
                        on_error(err)
                report.stored += outcome.written.written
                report.errors.extend(pending + outcome.stage_errors)
                pending.clear()
                if on_progress:
                    on_progress(report)
            if pending:  # errors after the last article (or no article at all)
                store.write_batch([], pending)
                report.errors.extend(pending)
    return report


def _unseen(batch: list[Article], stored: set[str]) -> list[Article]:
    """Articles neither in the store nor earlier in this batch (identity is the content hash)."""
    seen = set(stored)
    fresh = []
    for article in batch:
        if article.id not in seen:
            seen.add(article.id)
            fresh.append(article)
    return fresh


def default_workers() -> int:
    return max(1, min(2, os.cpu_count() or 1))
