"""The HTTP API and the dashboard, one FastAPI app over one store.

Reads are open; writes (``POST /articles``, ``POST /code``) need the bearer token from
``EVENTWIRE_API_TOKEN`` (see :mod:`.security`). ``POST /code`` runs spaCy on up to the body
limit of text, which costs seconds of CPU per call: it is guarded like a write so that an
open port cannot be used to burn the machine.

``GET /events/{id}/explain`` also recodes (the event's stored article), but the dashboard calls
it without a token, so it stays open and is capped instead: an article over
``EXPLAIN_MAX_CHARS`` is refused with 413, and a request that cannot get the coder within
``EXPLAIN_LOCK_WAIT`` seconds (it is busy with another explain or a write) gets 503 with
``Retry-After``. One caller can so hold the coder for one bounded recode at a time, no more.

The server holds one store connection for its life: read-write when a token is set (it
may ingest), read-only otherwise, so CLI readers (``eventwire stats``) can share the file.
``/docs`` is a local page that renders ``/openapi.json`` (FastAPI's default pulls Swagger
UI from a CDN); the dashboard at ``/`` is plain JS/SVG from ``eventwire/web/static``.
"""

from __future__ import annotations

import os
import threading
from contextlib import asynccontextmanager
from typing import Any, AsyncIterator, Literal

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, ConfigDict, Field, field_validator
from pydantic_core import PydanticCustomError

from .. import __version__
from ..errors import ConfigError, NotFoundError
from ..ingest.build import unencodable
from ..pipeline import Pipeline
from ..records import Article, CodedArticle, article_id
from ..store import Store, open_store
from ..web import STATIC_DIR
from . import errors, views
from .basemap import land_cells
from .security import TOKEN_ENV, BodyLimitMiddleware, require_token

MAX_PAGE = 1000
MAX_ARTICLES_PER_POST = 1000
# /explain is open (see above): the longest stored text it recodes, and how long it waits
# for the coder before answering 503.
EXPLAIN_MAX_CHARS = 200_000
EXPLAIN_LOCK_WAIT = 2.0
_UNSET: Any = object()


# ---------------------------------------------------------------------------- request bodies

class TextIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    text: str = Field(min_length=1)
    title: str | None = None
    published: str | None = Field(None, pattern=r"^\d{4}-\d{2}-\d{2}$")
    outlet: str | None = None

    @field_validator("*")
    @classmethod
    def _utf8(cls, value: Any) -> Any:
        """A lone surrogate ("\\ud800" in the JSON) cannot be UTF-8: 422 with E002, in every field
        (pydantic itself catches it only in constrained strings)."""
        if isinstance(value, str) and (why := unencodable(value)) is not None:
            raise PydanticCustomError("string_unicode", "E002 the value cannot be encoded as UTF-8: {why}",
                                      {"why": why})
        return value


class ArticleIn(TextIn):
    url: str | None = None
    id: str | None = Field(None, description="your own id for the article (kept as external_id)")


class ArticlesIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    articles: list[ArticleIn] = Field(min_length=1, max_length=MAX_ARTICLES_PER_POST)


# ---------------------------------------------------------------------------- app state

class Service:
    """The store, the (lazily loaded) coder, and the locks that serialise their use."""

    def __init__(self, db: str, writable: bool, pipeline: Pipeline | None):
        self.db = db
        self.writable = writable
        self.store: Store = open_store(db, read_only=not writable)
        self._pipeline = pipeline
        self._coder_lock = threading.Lock()  # spaCy pipelines are not shared across threads
        self._write_lock = threading.Lock()
        self._triage: Any = None  # runner.Triage with the store's near-duplicate index, built on first write

    def code(self, articles: list[Article]) -> list[CodedArticle]:
        with self._coder_lock:
            return list(self.pipeline.code(articles))

    def explain(self, event_id: str) -> dict[str, Any]:
        """Recode the event's article (bounded, see the module docstring) and explain the event."""
        from ..explain import explain_stored

        stored = self.store.get_event(event_id)
        if stored is None:
            raise NotFoundError(f"no event {event_id}")
        article = self.store.get_article(stored["article_id"]) or {}
        size = len(article.get("text") or "")
        if size > EXPLAIN_MAX_CHARS:
            raise HTTPException(413, f"the article of {event_id} has {size:,} characters; explain "
                                     f"recodes at most {EXPLAIN_MAX_CHARS:,} (use `eventwire explain`)")
        if not self._coder_lock.acquire(timeout=EXPLAIN_LOCK_WAIT):
            raise HTTPException(503, "the coder is busy; try again shortly",
                                headers={"Retry-After": str(int(EXPLAIN_LOCK_WAIT) + 1)})
        try:
            return explain_stored(self.store, event_id, self.pipeline)
        finally:
            self._coder_lock.release()

    @property
    def pipeline(self) -> Pipeline:
        if self._pipeline is None:
            from ..pipeline import build_pipeline
            self._pipeline = build_pipeline()
        return self._pipeline

    def ingest(self, items: list[ArticleIn]) -> dict[str, Any]:
        """Store articles as ``eventwire ingest`` does (the same field rules and
        :func:`eventwire.runner.store_batch`), with the server's one coder and one store."""
        from ..ingest import ReadOptions
        from ..ingest.build import article_from_fields
        from ..runner import store_batch, triage_for

        built = [article_from_fields(item.model_dump(exclude_none=True), ReadOptions(), source="api",
                                     position=f"item {n}") for n, item in enumerate(items, start=1)]
        articles = [a for a in built if isinstance(a, Article)]
        read_errors = [e for e in built if not isinstance(e, Article)]
        with self._write_lock:
            if self._triage is None:
                self._triage = triage_for(self.store)
            try:
                with self._coder_lock:
                    outcome = store_batch(self.store, articles, self.pipeline, self._triage, read_errors)
            except BaseException:
                # the index may now hold signatures of articles the store never kept
                self._triage = None
                raise
        coded, result = outcome.coded, outcome.written
        first = {a.id: a.status for a, _ in outcome.triaged}  # articles new to the store
        items: list[dict[str, Any]] = []
        for b in built:
            if not isinstance(b, Article):
                items.append({"id": None, "status": "error", "error": {"code": b.code, "reason": b.reason}})
            elif b.id in first:  # its first occurrence in this request; a repeat is already stored
                status = first.pop(b.id)
                items.append({"id": b.id, "status": status,
                              "events": len(coded[b.id].events) if b.id in coded else 0})
            else:
                items.append({"id": b.id, "status": "already_stored", "events": 0})
        return {
            "items": items,
            "stored": result.written,
            "already_stored": outcome.already_stored,
            "events": result.rows.get("events", 0),
            "quotes": result.rows.get("quotes", 0),
            "errors": len(read_errors) + len(outcome.stage_errors),
        }

    def close(self) -> None:
        self.store.close()


def service(request: Request) -> Service:
    return request.app.state.service


# ---------------------------------------------------------------------------- the app

def create_app(db: str, *, token: str | None = _UNSET, max_body_bytes: int = 5 * 1024 * 1024,
               cors_origins: list[str] | None = None, pipeline: Pipeline | None = None) -> FastAPI:
    """The API and dashboard over the store at ``db``.

    ``token`` defaults to ``EVENTWIRE_API_TOKEN``; None or empty makes the server read-only.
    ``pipeline`` replaces the default coder (tests); it is built on first use otherwise.
    """
    if token is _UNSET:
        token = os.environ.get(TOKEN_ENV) or None
    svc = Service(db, writable=bool(token), pipeline=pipeline)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        svc.close()

    app = FastAPI(title="eventwire", lifespan=lifespan, version=__version__, docs_url=None, redoc_url=None,
                  description="Political events coded from news text: who did what to whom, when, "
                              "where, who said it. Writes need `Authorization: Bearer <token>`.")
    app.state.token = token or None
    app.state.service = svc
    errors.install(app)
    if cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=cors_origins, allow_methods=["GET", "POST"],
                           allow_headers=["Authorization", "Content-Type"])
    app.add_middleware(BodyLimitMiddleware, max_bytes=max_body_bytes)

    _routes(app)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    return app


def _routes(app: FastAPI) -> None:
    S = Depends(service)

    @app.get("/", include_in_schema=False)
    def dashboard() -> FileResponse:
        return FileResponse(STATIC_DIR / "index.html")

    @app.get("/docs", include_in_schema=False)
    def docs() -> FileResponse:
        return FileResponse(STATIC_DIR / "apidocs.html")

    @app.get("/health", tags=["meta"])
    def health(svc: Service = S) -> dict[str, Any]:
        svc.store.count_events()  # proves the store answers
        return {"status": "ok", "version": __version__, "writable": svc.writable}

    @app.get("/stats", tags=["meta"])
    def stats(svc: Service = S) -> dict[str, Any]:
        return svc.store.stats()

    @app.get("/events", tags=["events"])
    def events(svc: Service = S,
               actor: str | None = Query(None, description="actor code, country or name (either role)"),
               country: str | None = Query(None, description="ISO3 of an actor or of the location"),
               type: str | None = Query(None, description="PLOVER type, e.g. ACCUSE"),
               quad_class: int | None = Query(None, ge=1, le=4),
               since: str | None = Query(None, description="YYYY, YYYY-MM or YYYY-MM-DD, inclusive"),
               until: str | None = Query(None, description="YYYY, YYYY-MM or YYYY-MM-DD, inclusive"),
               text: str | None = Query(None, description="words in the sentence"),
               min_confidence: float | None = Query(None, ge=0.0, le=1.0,
                                                    description="only events coded with at least this confidence"),
               asserted: bool = Query(False, description="only events reported as done: not negated, "
                                                         "not future, intended, hypothetical or possible"),
               limit: int = Query(50, ge=0, le=MAX_PAGE), offset: int = Query(0, ge=0)) -> dict[str, Any]:
        filters = dict(actor=actor or None, country=country or None, type=type or None,
                       quad_class=quad_class, since=since or None, until=until or None, text=text or None,
                       min_confidence=min_confidence, asserted=asserted)
        return {"items": svc.store.events(**filters, limit=limit, offset=offset),
                "total": svc.store.count_events(**filters), "limit": limit, "offset": offset}

    @app.get("/events/{event_id}", tags=["events"])
    def event(event_id: str, svc: Service = S) -> dict[str, Any]:
        found = svc.store.get_event(event_id)
        if found is None:
            raise NotFoundError(f"no event {event_id}")
        return found

    @app.get("/events/{event_id}/explain", tags=["events"])
    def explain(event_id: str, svc: Service = S) -> dict[str, Any]:
        return svc.explain(event_id)

    @app.get("/dyads", tags=["analysis"])
    def dyads(source: str = Query(..., min_length=1), target: str = Query(..., min_length=1),
              interval: Literal["day", "week", "month"] = "month",
              since: str | None = None, until: str | None = None, svc: Service = S) -> dict[str, Any]:
        return views.dyad_series(svc.store, source, target, interval, since or None, until or None)

    @app.get("/network", tags=["analysis"])
    def network(svc: Service = S, actor: str | None = None, country: str | None = None,
                type: str | None = None, quad_class: int | None = Query(None, ge=1, le=4),
                since: str | None = None, until: str | None = None,
                min_count: int = Query(1, ge=1), max_edges: int = Query(150, ge=1, le=1000)) -> dict[str, Any]:
        rows = svc.store.events(actor=actor or None, country=country or None, type=type or None,
                                quad_class=quad_class, since=since or None, until=until or None,
                                limit=views.SCAN_LIMIT + 1)
        graph = views.network(rows[:views.SCAN_LIMIT], min_count=min_count, max_edges=max_edges)
        return graph | {"events_scanned": min(len(rows), views.SCAN_LIMIT),
                        "truncated": len(rows) > views.SCAN_LIMIT}

    @app.get("/map", tags=["analysis"])
    def map_points(svc: Service = S, actor: str | None = None, country: str | None = None,
                   type: str | None = None, quad_class: int | None = Query(None, ge=1, le=4),
                   since: str | None = None, until: str | None = None) -> dict[str, Any]:
        rows = svc.store.events(actor=actor or None, country=country or None, type=type or None,
                                quad_class=quad_class, since=since or None, until=until or None,
                                limit=views.SCAN_LIMIT + 1)
        points = views.located(rows[:views.SCAN_LIMIT])
        return {"items": points, "events_scanned": min(len(rows), views.SCAN_LIMIT),
                "truncated": len(rows) > views.SCAN_LIMIT}

    @app.get("/map/basemap", tags=["analysis"])
    def basemap() -> JSONResponse:
        return JSONResponse({"step": 1.0, "cells": land_cells()},
                            headers={"Cache-Control": "public, max-age=86400"})

    @app.get("/actors", tags=["actors"])
    def actors(limit: int = Query(50, ge=1, le=MAX_PAGE), svc: Service = S) -> dict[str, Any]:
        return {"items": svc.store.actor_counts(limit=limit), "limit": limit}

    @app.get("/quotes", tags=["quotes"])
    def quotes(speaker: str | None = None, limit: int = Query(50, ge=0, le=MAX_PAGE),
               offset: int = Query(0, ge=0), svc: Service = S) -> dict[str, Any]:
        return {"items": svc.store.quotes(speaker=speaker or None, limit=limit, offset=offset),
                "limit": limit, "offset": offset}

    @app.get("/articles/{article_id}", tags=["articles"])
    def article(article_id: str, svc: Service = S) -> dict[str, Any]:
        found = svc.store.get_article(article_id)
        if found is None:
            raise NotFoundError(f"no article {article_id}")
        return found | {"spans": views.article_spans(found)}

    @app.post("/articles", tags=["articles"], dependencies=[Depends(require_token)])
    def post_articles(body: ArticlesIn | list[ArticleIn] | ArticleIn, svc: Service = S) -> dict[str, Any]:
        """Ingest one article, a list, or ``{"articles": [...]}``; rerunning changes nothing."""
        items = body.articles if isinstance(body, ArticlesIn) else body if isinstance(body, list) else [body]
        if len(items) > MAX_ARTICLES_PER_POST:
            raise ConfigError(f"at most {MAX_ARTICLES_PER_POST} articles per request")
        return svc.ingest(items)

    @app.post("/code", tags=["coding"], dependencies=[Depends(require_token)])
    def code(body: TextIn, svc: Service = S) -> dict[str, Any]:
        """Code one text and return the CodedArticle JSON; nothing is stored."""
        title = " ".join((body.title or "").split()) or None
        from ..ingest.language import mark_language

        art = mark_language(Article(id=article_id(body.text, title), text=body.text, title=title,
                                    published=body.published, outlet=body.outlet, source="api"))
        if art.status != "coded":
            return CodedArticle.empty(art).model_dump(mode="json")
        return svc.code([art])[0].model_dump(mode="json")
