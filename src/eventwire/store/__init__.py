"""The store: coded articles and their events, quotes, actors, places, dates and outlets.

``open_store(path)`` opens (or creates) an embedded DuckDB file; a ``postgresql://`` URL
is reserved for the PostgreSQL backend to come.
"""

from __future__ import annotations

from ..errors import ConfigError
from .base import TABLES, Store, WriteResult

__all__ = ["TABLES", "Store", "WriteResult", "open_store"]

POSTGRES_SCHEMES = ("postgresql://", "postgres://")


def open_store(path: str, read_only: bool = False) -> Store:
    """A store at ``path``: a DuckDB file (created if missing unless ``read_only``)."""
    if str(path).startswith(POSTGRES_SCHEMES):
        raise ConfigError("PostgreSQL backend not available yet")
    from .duckdb_store import DuckDBStore

    return DuckDBStore(str(path), read_only=read_only)
