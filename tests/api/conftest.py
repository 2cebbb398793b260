"""Fixtures for the API tests: see api_fixtures.py (shared with tests/web)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from api_fixtures import auth, client, corpus_db, hand_coder, make_client  # noqa: E402,F401
