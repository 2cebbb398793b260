"""One handler turns eventwire errors into HTTP statuses with a JSON body.

The body names the stable catalogue code, so clients can match on it::

    {"error": {"code": "E050", "title": "not found", "detail": "...", "hint": "..."}}
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from ..errors import (
    CATALOGUE, ConfigError, EventwireError, InputError, NotFoundError, StageError, StoreError,
)

# pydantic error types that are one of ours: a string with a lone surrogate ("\\ud800" in the
# JSON) cannot be UTF-8, as ingest's E002 says of such text.
CODE_BY_PYDANTIC_TYPE = {"string_unicode": "E002"}

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


def _printable(value: Any) -> Any:
    """``value`` with every string made UTF-8-safe (a lone surrogate becomes ``\\ud800``):
    FastAPI's 422 body echoes the input, which must not turn a refusal into a 500."""
    if isinstance(value, str):
        return value.encode("utf-8", "backslashreplace").decode("utf-8")
    if isinstance(value, dict):
        return {_printable(k): _printable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_printable(v) for v in value]
    return value


async def validation_error_handler(request: Request, exc: RequestValidationError) -> JSONResponse:
    """FastAPI's 422 (``detail``: the failed fields), plus ``error`` when a validator named a
    catalogue code (E002 for text that is not UTF-8)."""
    detail = _printable(jsonable_encoder(exc.errors(), custom_encoder={ValueError: str}))
    body: dict[str, Any] = {"detail": detail}
    for item in detail:
        code = CODE_BY_PYDANTIC_TYPE.get(item.get("type", ""))
        if code:
            title, hint = CATALOGUE[code]
            where = ".".join(str(part) for part in item.get("loc", ()))
            body["error"] = {"code": code, "title": title, "detail": f"{where}: {item.get('msg')}",
                             "hint": hint}
            break
    return JSONResponse(body, status_code=422)


def install(app: FastAPI) -> None:
    app.add_exception_handler(EventwireError, eventwire_error_handler)
    app.add_exception_handler(RequestValidationError, validation_error_handler)
