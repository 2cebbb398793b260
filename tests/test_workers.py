"""Where coding runs must not change what is stored: 1 or 2 processes, Dask, or a resumed run."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from eventwire.runner import ingest
from eventwire.store import open_store

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "demo" / "corpus" / "articles.jsonl"


def stats_of(db: str) -> dict:
    """Counts and, beyond counts, the identity of every stored row."""
    import duckdb

    with open_store(db, read_only=True) as store:
        stats = store.stats()
    with duckdb.connect(db, read_only=True) as con:
        stats["article_rows"] = con.execute(
            "SELECT id, status, duplicate_of FROM articles ORDER BY id").fetchall()
        stats["event_ids"] = [r[0] for r in con.execute("SELECT id FROM events ORDER BY id").fetchall()]
        stats["quote_ids"] = con.execute("SELECT article_id, id FROM quotes ORDER BY 1, 2").fetchall()
    return stats


@pytest.fixture(scope="module")
def clean_run(tmp_path_factory) -> dict:
    db = str(tmp_path_factory.mktemp("clean") / "clean.duckdb")
    ingest([str(DEMO)], db, workers=1)
    stats = stats_of(db)
    assert stats["articles"] >= 18 and stats["quotes"] > 0
    return stats


@pytest.mark.slow
def test_workers_two_processes_store_what_one_does(clean_run, tmp_path):
    db = str(tmp_path / "two.duckdb")
    report = ingest([str(DEMO)], db, workers=2)
    assert report.read == clean_run["articles"]
    assert stats_of(db) == clean_run


@pytest.mark.slow
def test_workers_dask_stores_what_local_workers_do(clean_run, tmp_path):
    db = str(tmp_path / "dask.duckdb")
    ingest([str(DEMO)], db, workers=2, engine="dask")
    assert stats_of(db) == clean_run


@pytest.mark.slow
def test_workers_kill_9_then_rerun_matches_clean_run(clean_run, tmp_path):
    db = str(tmp_path / "killed.duckdb")
    command = [sys.executable, "-m", "eventwire.cli", "ingest", str(DEMO), "--db", db, "--batch-size", "3"]
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    proc = subprocess.Popen(command, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True, env=env)
    deadline = time.monotonic() + 300
    line = ""
    while time.monotonic() < deadline:  # wait until the first batch is committed, then kill hard
        line = proc.stderr.readline()
        if line.startswith("ingest: read") or not line:
            break
    assert line.startswith("ingest: read"), f"no progress line before kill: {line!r}"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    partial = stats_of(db)
    assert 0 < partial["articles"] < clean_run["articles"], "the kill should land mid-run"
    rerun = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    assert stats_of(db) == clean_run


# ---------------------------------------------------------------- dask shards

def demo_articles(count: int) -> list:
    from eventwire.records import Article, article_id
    import json

    rows = [json.loads(line) for line in DEMO.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [Article(id=article_id(r["text"], r.get("title")), text=r["text"], title=r.get("title"),
                    published=r.get("published"), language="en") for r in rows[:count]]


@pytest.mark.slow
def test_workers_dask_shard_file_has_the_schema_and_isolates_a_failing_article(tmp_path):
    import pyarrow.parquet as pq

    from eventwire.workers import code_shard, read_shard, shard_schema

    good = [a.model_dump(mode="json") for a in demo_articles(2)]
    bad = dict(good[0], id="abad", text=None)  # not a valid Article: coding it raises
    payload = [good[0], bad, good[1]]
    path = code_shard(payload, str(tmp_path / "s.parquet"))
    table = pq.read_table(path)
    assert table.schema.equals(shard_schema())
    assert table.column("position").to_pylist() == [0, 1, 2]
    assert [e is None for e in table.column("error").to_pylist()] == [True, False, True]
    coded = list(read_shard(path, payload))
    assert [c.article.id for c in coded] == [good[0]["id"], "abad", good[1]["id"]]
    assert coded[1].errors[0].code == "E020" and not coded[0].errors
    # the same failed form as a failure inside the pipeline: the store and the run report count it
    assert coded[1].article.status == "failed" and "dask worker" in coded[1].article.skip_reason
    assert coded[0].article.status == "coded"
    assert not [p for p in tmp_path.iterdir() if ".tmp" in p.name]  # written under a temp name, renamed


@pytest.mark.slow
def test_workers_dask_reuses_shards_of_an_unfinished_run_and_removes_them_after(tmp_path):
    from eventwire.workers import DaskCoder

    articles = demo_articles(10)
    work = tmp_path / "db.duckdb.shards"
    first = DaskCoder(2, workdir=str(work))
    try:  # a run that dies before storing: no finish()
        expected = [c.model_dump() for c in first.code(articles)]
    finally:
        first.close()
    shards = sorted(work.iterdir())
    assert len(shards) == 2  # ten articles, eight a shard
    stamps = [p.stat().st_mtime_ns for p in shards]
    second = DaskCoder(1, workdir=str(work))
    try:
        again = [c.model_dump() for c in second.code(articles)]
        assert again == expected
        assert [p.stat().st_mtime_ns for p in shards] == stamps  # read back, not coded again
        second.finish()
    finally:
        second.close()
    assert not work.exists()


@pytest.mark.slow
def test_workers_dask_ingest_leaves_no_shards_behind(clean_run, tmp_path):
    db = str(tmp_path / "dask2.duckdb")
    ingest([str(DEMO)], db, workers=1, engine="dask")
    assert stats_of(db) == clean_run
    assert not Path(db + ".shards").exists()


@pytest.mark.parametrize("count", [0, 1, 7, 8, 15, 16, 17, 33, 300])
@pytest.mark.parametrize("workers", [1, 2, 3])
def test_tasks_hold_every_article_once_in_order(count, workers):
    """The balanced tail must not overlap the last full task (300 articles on 2 workers once
    sent articles 284-287 twice, and the coder yielded 304 records)."""
    from eventwire.records import Article
    from eventwire.workers import _chunks

    articles = [Article(id=f"a{i}", text=f"Story {i}.", language="en") for i in range(count)]
    ids = [row["id"] for task in _chunks(articles, workers) for row in task]
    assert ids == [a.id for a in articles]
