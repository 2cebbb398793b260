"""Browser fixtures: uvicorn on 127.0.0.1 (free port, in a thread) and headless Debian Chromium
driven by Playwright. Without /usr/bin/chromium the browser tests skip and say what to install."""

from __future__ import annotations

import shutil
import socket
import sys
import threading
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "api"))

from api_fixtures import corpus_db, hand_coder, make_client  # noqa: E402,F401

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
DEMO_CORPUS = ROOT / "demo" / "corpus" / "articles.jsonl"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class LiveServer:
    """uvicorn serving ``create_app(db)`` on 127.0.0.1 in a background thread."""

    def __init__(self, db: str, **options):
        import uvicorn

        from eventwire.api import create_app

        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(create_app(db, **options), host="127.0.0.1", port=self.port,
                                log_level="warning", lifespan="on")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> "LiveServer":
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
        pytest.skip("Debian chromium not found at /usr/bin/chromium: "
                    "apt-get install -y chromium chromium-driver")
    sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright (no browser download)")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def hand_coded_server(tmp_path_factory):
    """The hand-coded corpus (tests/api/coded_corpus.py), with the hand coder for /explain."""
    import coded_corpus
    from api_fixtures import HandCoder

    from eventwire.pipeline import Pipeline

    db = str(tmp_path_factory.mktemp("web") / "web.duckdb")
    coded_corpus.write_store(db)
    with LiveServer(db, token=None, pipeline=Pipeline([HandCoder()])) as server:
        yield server


@pytest.fixture(scope="module")
def demo_server(tmp_path_factory):
    """The demo corpus as `make run` stores it: ingested by the real coder (spaCy)."""
    if not DEMO_CORPUS.exists():
        pytest.skip(f"{DEMO_CORPUS} not found")
    from eventwire.runner import ingest

    db = str(tmp_path_factory.mktemp("demo") / "demo.duckdb")
    report = ingest([str(DEMO_CORPUS)], db)
    with LiveServer(db, token=None) as server:
        server.report = report
        yield server
