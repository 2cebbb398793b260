"""Where coding runs: in this process, in worker processes, or on a Dask cluster.

Every coder has one method, ``code(articles) -> Iterator[CodedArticle]``, which yields results
in input order. Each worker process builds the pipeline (and loads the spaCy model) once.
Only the main process talks to the store, so there is a single writer whatever the engine.

On Dask, each shard of the input (``CHUNK`` articles) is coded by a worker into one Parquet
file in a work dir (``<db>.shards/`` for ``ingest``), written under a temporary name and
renamed atomically; the main process reads the files back in input order. A shard's name is
a hash of its article ids, so a rerun after a crash finds the shards already coded and only
codes the rest. The files are removed once the run has stored everything (``finish``). With a
remote scheduler the work dir must be reachable by the workers at the same path.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import shutil
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Protocol

from .errors import ConfigError
from .pipeline import Pipeline, build_pipeline, failed_coded
from .records import Article, CodedArticle, IngestError

CHUNK = 8  # articles per task: large enough for nlp.pipe batching, small enough to balance


class Coder(Protocol):
    def code(self, articles: list[Article]) -> Iterator[CodedArticle]: ...


class InProcessCoder:
    def __init__(self, pipeline: Pipeline | None = None):
        self.pipeline = pipeline or build_pipeline()
        warm_up(self.pipeline)

    def code(self, articles: list[Article]) -> Iterator[CodedArticle]:
        return self.pipeline.code(articles)


# ---------------------------------------------------------------- worker processes

_WORKER_PIPELINE: Pipeline | None = None


# Touches every stage's lazily built tables (cities, titles, outlets, quotes, dates, IGOs), so a
# worker's first articles do not pay for building them.
WARM_UP = ("Troops attacked the town near Kabul on Monday, officials said. Police in Samarra arrested "
           "two men after protesters marched to the city hall in Lyon. \"We will not negotiate with "
           "terrorists,\" Interior Minister John Smith told Reuters in Paris on June 16, 2008. The United "
           "Nations Security Council condemned the attack and called on both sides to end hostilities. "
           "Russian President Vladimir Putin met his Chinese counterpart in Beijing last week, "
           "according to the BBC.")


def warm_up(pipeline: Pipeline) -> None:
    """Code the warm-up article, so the model and every lexicon are loaded before the first
    real article rather than inside it."""
    list(pipeline.code([Article(id="warm-up", text=WARM_UP, language="en")]))


def _init_worker(ready=None) -> None:
    """Build the pipeline and warm it up when the worker starts rather than inside its first
    task; then say so on ``ready``."""
    warm_up(_worker_pipeline())
    if ready is not None:
        ready.release()


def _worker_pipeline() -> Pipeline:
    """The pipeline of this worker process, built (and the model loaded) on first use."""
    global _WORKER_PIPELINE
    if _WORKER_PIPELINE is None:
        _WORKER_PIPELINE = build_pipeline()
    return _WORKER_PIPELINE


def _code_chunk(payload: list[dict]) -> list[dict]:
    """Runs in a worker: articles in as dicts, coded articles out as dicts (cheap to pickle)."""
    articles = [Article.model_validate(p) for p in payload]
    return [c.model_dump(mode="json") for c in _worker_pipeline().code(articles)]


def _chunks(articles: list[Article], workers: int = 1) -> list[list[dict]]:
    """Tasks of ``CHUNK`` articles. With several workers the last ``workers * CHUNK`` articles
    go out in smaller tasks, so the workers finish together instead of one of them coding a
    last long chunk alone (the caller waits for the whole batch)."""
    dumped = [a.model_dump(mode="json") for a in articles]
    tail = min(len(dumped), workers * CHUNK) if workers > 1 else 0
    head = len(dumped) - tail
    small = max(1, CHUNK // 4)
    return ([dumped[i:min(i + CHUNK, head)] for i in range(0, head, CHUNK)]
            + [dumped[i:i + small] for i in range(head, len(dumped), small)])


# Math libraries start one thread per core in every process; N workers on N cores would then
# fight over the cores (measured: 2 workers were slower than 1). One thread per worker.
ONE_THREAD = {name: "1" for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")}


@contextmanager
def one_thread_per_worker() -> Iterator[None]:
    """Environment for starting worker processes (they read it when numpy loads)."""
    saved = {name: os.environ.get(name) for name in ONE_THREAD}
    os.environ.update(ONE_THREAD)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


READY_TIMEOUT = 900.0  # seconds for a worker to load (a cold gazetteer cache takes ~1 min)


class ProcessPoolCoder:
    def __init__(self, workers: int):
        self.workers = workers
        # spawn: workers start clean (no inherited DuckDB handles or threads).
        ctx = multiprocessing.get_context("spawn")
        ready = ctx.Semaphore(0)
        with one_thread_per_worker():
            self.pool = ctx.Pool(workers, initializer=_init_worker, initargs=(ready,))
        # Wait until every worker has loaded: otherwise the first tasks all go to the worker
        # that loaded first while the others are still loading (and take CPU from it).
        for _ in range(workers):
            if not ready.acquire(timeout=READY_TIMEOUT):
                self.pool.terminate()
                raise ConfigError(f"a worker process did not start within {READY_TIMEOUT:.0f} s")

    def code(self, articles: list[Article]) -> Iterator[CodedArticle]:
        for chunk in self.pool.imap(_code_chunk, _chunks(articles, self.workers)):
            for data in chunk:
                yield CodedArticle.model_validate(data)

    def close(self) -> None:
        self.pool.close()
        self.pool.join()


# ---------------------------------------------------------------- dask

def shard_schema():
    import pyarrow as pa

    return pa.schema([
        pa.field("article_id", pa.string(), nullable=False),
        pa.field("position", pa.int32(), nullable=False),  # index of the article in its shard
        pa.field("coded_json", pa.string()),  # CodedArticle JSON; null when coding failed
        pa.field("error", pa.string()),  # why coding failed; null when it did not
    ])


def shard_name(payload: list[dict]) -> str:
    """Content name of a shard: the same articles give the same file on a rerun."""
    digest = hashlib.sha256("\n".join(p["id"] for p in payload).encode("utf-8")).hexdigest()[:24]
    return f"shard-{digest}.parquet"


def _code_rows(payload: list[dict]) -> list[dict]:
    """Code a shard; if the whole shard fails, code article by article to keep the others."""
    try:
        return [{"coded_json": c, "error": None} for c in _code_json(payload)]
    except Exception:  # noqa: BLE001 - isolate the failing article below
        rows = []
        for item in payload:
            try:
                rows.append({"coded_json": _code_json([item])[0], "error": None})
            except Exception as exc:  # noqa: BLE001 - recorded in the shard, never dropped
                rows.append({"coded_json": None, "error": f"{type(exc).__name__}: {exc}"})
        return rows


def _code_json(payload: list[dict]) -> list[str]:
    articles = [Article.model_validate(p) for p in payload]
    return [c.model_dump_json() for c in _worker_pipeline().code(articles)]


def code_shard(payload: list[dict], path: str) -> str:
    """Runs on a Dask worker: code one shard into ``path`` (temp file, then atomic rename)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    if os.path.exists(path):  # coded by an earlier run
        return path
    rows = _code_rows(payload)
    table = pa.Table.from_pylist([
        {"article_id": p["id"], "position": i, **row} for i, (p, row) in enumerate(zip(payload, rows))
    ], schema=shard_schema())
    tmp = f"{path}.tmp{os.getpid()}"
    pq.write_table(table, tmp)
    os.replace(tmp, path)
    return path


def read_shard(path: str | Path, payload: list[dict]) -> Iterator[CodedArticle]:
    """The coded articles of a shard file, in input order (a failed article as an E020 error)."""
    import pyarrow.parquet as pq

    rows = sorted(pq.read_table(path, schema=shard_schema()).to_pylist(), key=lambda r: r["position"])
    if [r["article_id"] for r in rows] != [p["id"] for p in payload]:
        raise ConfigError(f"shard {path} does not hold the articles it is named after")
    for row, item in zip(rows, payload):
        if row["coded_json"] is not None:
            yield CodedArticle.model_validate_json(row["coded_json"])
            continue
        article = Article.model_construct(**item)  # it may be what failed validation
        yield failed_coded(article, [IngestError(
            source=article.source or "-", position=article.position, code="E020",
            reason=f"coding failed on a dask worker: {row['error']}", stage="dask",
            article_id=article.id)])


class DaskCoder:
    """Codes shards on a Dask cluster (an existing scheduler, or a LocalCluster on 127.0.0.1)
    into Parquet files in ``workdir``, and reads them back in input order."""

    def __init__(self, workers: int, scheduler: str | None = None, workdir: str | None = None):
        import tempfile

        from dask.distributed import Client, LocalCluster

        self.cluster = None
        self.own_workdir = workdir is None
        self.workdir = Path(workdir or tempfile.mkdtemp(prefix="eventwire-shards-"))
        self.workdir.mkdir(parents=True, exist_ok=True)
        if scheduler:
            self.client = Client(scheduler)
        else:
            with one_thread_per_worker():
                self.cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                            host="127.0.0.1", dashboard_address=None)
            self.client = Client(self.cluster)

    def code(self, articles: list[Article]) -> Iterator[CodedArticle]:
        shards = _chunks(articles)
        paths = [str(self.workdir / shard_name(p)) for p in shards]
        todo = [(p, path) for p, path in zip(shards, paths) if not os.path.exists(path)]
        futures = dict(zip((path for _, path in todo),
                           self.client.map(code_shard, [p for p, _ in todo], [path for _, path in todo],
                                           pure=False)))
        for payload, path in zip(shards, paths):
            if path in futures:
                futures.pop(path).result()
            yield from read_shard(path, payload)

    def finish(self) -> None:
        """The run has stored everything: remove the work dir's shard files, including those a
        crashed run left for articles this run found already stored."""
        if self.own_workdir:
            shutil.rmtree(self.workdir, ignore_errors=True)
            return
        for path in list(self.workdir.glob("shard-*.parquet")) + list(self.workdir.glob("shard-*.tmp*")):
            path.unlink(missing_ok=True)
        try:
            self.workdir.rmdir()  # only when empty: anything else stays for a look
        except OSError:
            pass

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


@contextmanager
def make_coder(engine: str = "local", workers: int = 1, scheduler: str | None = None,
               workdir: str | None = None) -> Iterator[Coder]:
    """A coder for the engine; ``workdir`` holds Dask's shard files (kept if the run fails)."""
    if workers < 1:
        raise ConfigError("--workers must be at least 1")
    if engine == "dask":
        coder: Coder = DaskCoder(workers, scheduler, workdir)
    elif engine == "local" and workers > 1:
        coder = ProcessPoolCoder(workers)
    elif engine == "local":
        coder = InProcessCoder()
    else:
        raise ConfigError(f"unknown engine {engine!r}: use local or dask")
    try:
        yield coder
        finish = getattr(coder, "finish", None)
        if finish:  # the caller's block ended normally: its results are safe
            finish()
    finally:
        close = getattr(coder, "close", None)
        if close:
            close()
