"""Where coding runs: in this process, in worker processes, or on a Dask cluster.

Every coder has one method, ``code(articles) -> Iterator[CodedArticle]``, which yields results
in input order. Each worker process builds the pipeline (and loads the spaCy model) once.
Only the main process talks to the store, so there is a single writer whatever the engine.
"""

from __future__ import annotations

import multiprocessing
from contextlib import contextmanager
from typing import Iterator, Protocol

from .errors import ConfigError
from .pipeline import Pipeline, build_pipeline
from .records import Article, CodedArticle

CHUNK = 8  # articles per task: large enough for nlp.pipe batching, small enough to balance


class Coder(Protocol):
    def code(self, articles: list[Article]) -> Iterator[CodedArticle]: ...


class InProcessCoder:
    def __init__(self, pipeline: Pipeline | None = None):
        self.pipeline = pipeline or build_pipeline()

    def code(self, articles: list[Article]) -> Iterator[CodedArticle]:
        return self.pipeline.code(articles)


# ---------------------------------------------------------------- worker processes

_WORKER_PIPELINE: Pipeline | None = None


def _init_worker() -> None:
    global _WORKER_PIPELINE
    _WORKER_PIPELINE = build_pipeline()


def _code_chunk(payload: list[dict]) -> list[dict]:
    """Runs in a worker: articles in as dicts, coded articles out as dicts (cheap to pickle)."""
    pipeline = _WORKER_PIPELINE or build_pipeline()
    articles = [Article.model_validate(p) for p in payload]
    return [c.model_dump(mode="json") for c in pipeline.code(articles)]


def _chunks(articles: list[Article]) -> list[list[dict]]:
    dumped = [a.model_dump(mode="json") for a in articles]
    return [dumped[i:i + CHUNK] for i in range(0, len(dumped), CHUNK)]


class ProcessPoolCoder:
    def __init__(self, workers: int):
        # spawn: workers start clean (no inherited DuckDB handles or threads).
        self.pool = multiprocessing.get_context("spawn").Pool(workers, initializer=_init_worker)

    def code(self, articles: list[Article]) -> Iterator[CodedArticle]:
        for chunk in self.pool.imap(_code_chunk, _chunks(articles)):
            for data in chunk:
                yield CodedArticle.model_validate(data)

    def close(self) -> None:
        self.pool.close()
        self.pool.join()


# ---------------------------------------------------------------- dask

class DaskCoder:
    """Codes chunks on a Dask cluster: an existing scheduler, or a LocalCluster on 127.0.0.1."""

    def __init__(self, workers: int, scheduler: str | None = None):
        from dask.distributed import Client, LocalCluster

        self.cluster = None
        if scheduler:
            self.client = Client(scheduler)
        else:
            self.cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                        host="127.0.0.1", dashboard_address=None)
            self.client = Client(self.cluster)

    def code(self, articles: list[Article]) -> Iterator[CodedArticle]:
        futures = self.client.map(_code_chunk, _chunks(articles), pure=False)
        for future in futures:
            for data in future.result():
                yield CodedArticle.model_validate(data)

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


@contextmanager
def make_coder(engine: str = "local", workers: int = 1, scheduler: str | None = None) -> Iterator[Coder]:
    if workers < 1:
        raise ConfigError("--workers must be at least 1")
    if engine == "dask":
        coder: Coder = DaskCoder(workers, scheduler)
    elif engine == "local" and workers > 1:
        coder = ProcessPoolCoder(workers)
    elif engine == "local":
        coder = InProcessCoder()
    else:
        raise ConfigError(f"unknown engine {engine!r}: use local or dask")
    try:
        yield coder
    finally:
        close = getattr(coder, "close", None)
        if close:
            close()
