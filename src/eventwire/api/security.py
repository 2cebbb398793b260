"""The API's two guards: a bearer token for writes, and a cap on request body size.

Writes need ``Authorization: Bearer <token>``, the token being ``EVENTWIRE_API_TOKEN``.
With no token configured every write is refused (403): a server started without one is
read-only by construction. A missing or wrong token is 401. Tokens are compared in
constant time.

Bodies over the limit get 413 twice over: a declared ``Content-Length`` is checked before
anything is read, and the bytes actually received are counted, so a chunked or lying
client is cut off as soon as it passes the limit.
"""

from __future__ import annotations

import hmac
from typing import Any, Awaitable, Callable

from fastapi import HTTPException, Request

TOKEN_ENV = "EVENTWIRE_API_TOKEN"

Scope = dict[str, Any]
Message = dict[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]


def token_matches(given: str, expected: str) -> bool:
    return hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))


def require_token(request: Request) -> None:
    """FastAPI dependency for write endpoints."""
    expected: str | None = request.app.state.token
    if not expected:
        raise HTTPException(403, f"writes are disabled: start the server with {TOKEN_ENV} set")
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not given or not token_matches(given.strip(), expected):
        raise HTTPException(401, "a valid 'Authorization: Bearer <token>' header is required",
                            headers={"WWW-Authenticate": "Bearer"})


class BodyTooLarge(HTTPException):
    def __init__(self, limit: int):
        super().__init__(413, f"request body larger than {limit:,} bytes")


class BodyLimitMiddleware:
    """Pure ASGI middleware: 413 for bodies over ``max_bytes`` (declared or streamed)."""

    def __init__(self, app: Callable, max_bytes: int):
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None:
            try:
                length = int(declared)
            except ValueError:
                await _reject(send, 400, "Content-Length is not a number")
                return
            if length > self.max_bytes:
                await _reject(send, 413, BodyTooLarge(self.max_bytes).detail)
                return

        received = 0
        started = False

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise BodyTooLarge(self.max_bytes)
            return message

        async def watching_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counting_receive, watching_send)
        except BodyTooLarge as exc:  # raised outside a FastAPI route (routes turn it into a 413)
            if started:
                raise
            await _reject(send, 413, exc.detail)


async def _reject(send: Send, status: int, detail: str) -> None:
    import json

    body = json.dumps({"detail": detail}).encode("utf-8")
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(body)).encode()),
                            (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": body})
