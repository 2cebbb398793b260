"""The HTTP API and dashboard: ``create_app(db)`` builds it, ``serve(db)`` runs it (uvicorn).

See :mod:`eventwire.api.app` for the endpoints and :mod:`eventwire.api.security` for the
token and body-size rules.
"""

from __future__ import annotations

from .app import create_app

__all__ = ["create_app", "serve"]


def serve(db: str, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve the API and dashboard for the store at ``db`` (blocks until interrupted)."""
    import uvicorn

    uvicorn.run(create_app(db), host=host, port=port, log_level="info", server_header=False)
