"""HTTP fetching with httpx. httpx errors are translated into :class:`InputError` here."""

from __future__ import annotations

from dataclasses import dataclass

import httpx

from .. import __version__
from ..errors import InputError

USER_AGENT = f"eventwire/{__version__} (news ingest)"
# A file or page over max_chars * this many bytes is refused unread (a file) or as soon as it
# passes the mark (a download). 8, not 4 (UTF-32's widest character): an HTML page is mostly
# markup, so a page whose text fits max_chars can take twice the bytes of that text in UTF-32.
# Text that passes is still held to max_chars characters once decoded (E003).
MAX_BYTES_PER_CHAR = 8


@dataclass(frozen=True)
class Fetched:
    url: str  # after redirects
    content_type: str  # lower-case media type without parameters, e.g. "text/html"
    body: bytes


class Fetcher:
    """One httpx client for a whole read (connections are reused); close() when done."""

    def __init__(self, timeout: float, max_chars: int, transport: httpx.BaseTransport | None = None):
        self.max_bytes = max_chars * MAX_BYTES_PER_CHAR
        self._client = httpx.Client(timeout=timeout, follow_redirects=True, transport=transport,
                                    headers={"User-Agent": USER_AGENT})

    def get(self, url: str) -> Fetched:
        """GET ``url``; raises InputError E009 (network, HTTP status) or E003 (too big)."""
        try:
            with self._client.stream("GET", url) as response:
                if response.status_code >= 400:
                    raise InputError(f"HTTP {response.status_code} from {url}", code="E009")
                body = bytearray()
                for chunk in response.iter_bytes():
                    body.extend(chunk)
                    if len(body) > self.max_bytes:
                        raise InputError(f"{url} is larger than {self.max_bytes:,} bytes", code="E003")
                media_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
                return Fetched(str(response.url), media_type, bytes(body))
        except httpx.InvalidURL as exc:
            raise InputError(f"invalid URL {url!r}: {exc}", code="E009") from exc
        except httpx.HTTPError as exc:
            raise InputError(f"{type(exc).__name__} for {url}: {exc}", code="E009") from exc

    def close(self) -> None:
        self._client.close()
