"""One handler turns eventwire errors into HTTP statuses with a JSON body.

The body names the stable catalogue code, so clients can match on it::

    {"error": {"code": "E050", "title": "not found", "detail": "...", "hint": "..."}}
"""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from ..errors import ConfigError, EventwireError, InputError, NotFoundError, StageError, StoreError

# Most specific first: NotFoundError is checked before its siblings.
STATUS_BY_ERROR: list[tuple[type[EventwireError], int]] = [
    (NotFoundError, 404),
    (ConfigError, 400),   # a bad filter value, date or option
    (InputError, 422),    # a record that cannot be read
    (StageError, 500),
    (StoreError, 503),    # the database could not be opened, read or written
]


def status_of(exc: EventwireError) -> int:
    for kind, status in STATUS_BY_ERROR:
        if isinstance(exc, kind):
            return status
    return 500


def error_body(exc: EventwireError) -> dict:
    return {"error": {"code": exc.code, "title": exc.title, "detail": exc.detail, "hint": exc.hint}}


async def eventwire_error_handler(request: Request, exc: EventwireError) -> JSONResponse:
    return JSONResponse(error_body(exc), status_code=status_of(exc))


def install(app: FastAPI) -> None:
    app.add_exception_handler(EventwireError, eventwire_error_handler)
