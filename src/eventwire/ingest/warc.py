"""WARC archives with warcio: HTML and plain-text responses become articles.

A cut archive yields the records before the cut, then one E007: a partial record is never
turned into an article.
"""

from __future__ import annotations

import os
import zlib
from typing import BinaryIO, Iterator

from ..errors import InputError
from ..records import Article, IngestError
from .build import ingest_error, make_article
from .decode import decode_bytes
from .html import HTML_MEDIA_TYPES, article_from_html
from .options import ReadOptions

ARTICLE_RECORD_TYPES = ("response", "resource")


def _content_type(record) -> str:
    headers = record.http_headers if record.rec_type == "response" else record.rec_headers
    value = headers.get_header("Content-Type") if headers else None
    return (value or "").split(";")[0].strip().lower()


def read_warc(stream: BinaryIO, options: ReadOptions, *, source: str) -> Iterator[Article | IngestError]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    if not _starts_like_warc(stream):
        yield ingest_error(source, None, "E007", "not a WARC file (it does not start with a WARC/ header)")
        return
    size = _stream_size(stream)
    archive = ArchiveIterator(stream)
    iterator = iter(archive)
    number = 0
    while True:
        try:  # only warcio's own work is guarded here: its failures mean a corrupt archive
            record = next(iterator, None)
            if record is None:
                break
            number += 1
            if record.rec_type not in ARTICLE_RECORD_TYPES:
                continue
            body = record.content_stream().read()
            cut = getattr(record.raw_stream, "limit", 0) > 0
        except (ArchiveLoadFailed, EOFError, OSError, ValueError, AttributeError, zlib.error) as exc:
            yield ingest_error(source, f"record {number + 1}", "E007", f"{type(exc).__name__}: {exc}")
            return
        position = f"record {number}"
        if cut:
            yield ingest_error(source, position, "E007",
                               "the record is cut short (fewer bytes than its Content-Length)")
            return
        yield from _record_article(record, body, options, source=source, position=position)
    if number == 0:
        yield ingest_error(source, None, "E007", "no WARC records found")
        return
    # warcio ends quietly inside a cut gzip member: unread bytes at the end mean a cut.
    if size is not None and archive.offset < size:
        yield ingest_error(source, f"record {number + 1}", "E007",
                           f"the archive ends inside a record ({size - archive.offset:,} bytes not readable)")


def _record_article(record, body: bytes, options: ReadOptions, *, source: str,
                    position: str) -> Iterator[Article | IngestError]:
    url = record.rec_headers.get_header("WARC-Target-URI")
    media_type = _content_type(record)
    if record.rec_type == "response" and record.http_headers is not None:
        status = record.http_headers.get_statuscode() or ""
        if status.startswith("3"):
            return  # a redirect is not a page
        if not status.startswith("2"):
            yield ingest_error(source, position, "E009", f"the archived fetch of {url} returned HTTP {status}")
            return
    # WARC-Date is when the page was captured, not published: the date comes from the page.
    if media_type in HTML_MEDIA_TYPES:
        yield article_from_html(body, options, source=source, position=position, url=url)
    elif media_type == "text/plain":
        try:
            text = decode_bytes(body)
        except InputError as exc:
            yield ingest_error(source, position, exc.code, exc.detail)
            return
        yield make_article(text, options, source=source, position=position, url=url)


def _starts_like_warc(stream: BinaryIO) -> bool:
    """The (decompressed) stream begins with "WARC/"; the stream is rewound."""
    here = stream.tell()
    head = stream.read(4096)
    stream.seek(here)
    if head.startswith(b"\x1f\x8b"):
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 16)
        except zlib.error:
            return False
    return head.startswith(b"WARC/")


def _stream_size(stream: BinaryIO) -> int | None:
    try:
        return os.fstat(stream.fileno()).st_size
    except (AttributeError, OSError, ValueError):
        try:
            here = stream.tell()
            end = stream.seek(0, os.SEEK_END)
            stream.seek(here)
            return end
        except (AttributeError, OSError, ValueError):
            return None
