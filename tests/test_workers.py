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
    with open_store(db, read_only=True) as store:
        return store.stats()


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
