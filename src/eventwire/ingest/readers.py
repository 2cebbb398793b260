"""``read_inputs``: files, directories, URLs and stdin to articles, with every bad record kept
as an :class:`IngestError` (nothing raises out, nothing is dropped silently)."""

from __future__ import annotations

import csv
import gzip
import io
import sys
import zlib
from pathlib import Path
from typing import BinaryIO, Callable, Iterable, Iterator

from ..errors import InputError
from ..records import Article, IngestError
from .build import article_from_fields, ingest_error, make_article
from .decode import BINARY_SNIFF_BYTES, decode_bytes, looks_binary
from .fetch import MAX_BYTES_PER_CHAR, Fetcher
from .html import HTML_MEDIA_TYPES
from .options import ReadOptions

Result = Article | IngestError

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
CSV_SUFFIXES = {".csv", ".tsv"}
FEED_SUFFIXES = {".xml", ".rss", ".atom"}
WARC_SUFFIXES = {".warc"}
GZIP_MAGIC = b"\x1f\x8b"
FEED_MEDIA_TYPES = {"application/rss+xml", "application/atom+xml", "application/rdf+xml",
                    "application/xml", "text/xml", "application/feed+json"}
JSONL_MEDIA_TYPES = {"application/x-ndjson", "application/jsonl", "application/jsonlines"}


class _Session:
    """What one read_inputs call shares: the HTTP client, made on first use."""

    def __init__(self, options: ReadOptions):
        self.options = options
        self._fetcher: Fetcher | None = None

    def fetcher(self) -> Fetcher:
        if self._fetcher is None:
            self._fetcher = Fetcher(self.options.timeout, self.options.max_chars)
        return self._fetcher

    def close(self) -> None:
        if self._fetcher is not None:
            self._fetcher.close()


def read_inputs(paths: Iterable[str], options: ReadOptions | None = None) -> Iterator[Result]:
    """Articles and errors from each input, in input order.

    A path may be a file, a directory (files read in sorted order, hidden ones skipped), an
    http(s) URL (RSS/Atom feed or HTML page), or ``-`` (JSON lines on stdin).
    """
    options = options or ReadOptions()
    session = _Session(options)
    try:
        for path in paths:
            yield from _guarded(str(path), lambda p=str(path): _read_one(p, session))
    finally:
        session.close()


def _guarded(source: str, read: Callable[[], Iterator[Result]]) -> Iterator[Result]:
    """Last line of defence: an unexpected failure in a reader is recorded for that source
    (with the exception named, so it can be reported as a bug) and the next input is read."""
    try:
        yield from read()
    except InputError as exc:
        yield ingest_error(exc.source or source, exc.position, exc.code, exc.detail)
    except Exception as exc:  # noqa: BLE001 - see docstring: bad input must never stop a batch
        yield ingest_error(source, None, "E010", f"reader failed: {type(exc).__name__}: {exc}")


def _read_one(path: str, session: _Session) -> Iterator[Result]:
    if path == "-":
        yield from read_jsonl_lines(sys.stdin.buffer, session.options, source="<stdin>")
    elif path.lower().startswith(("http://", "https://")):
        yield from _read_url(path, session)
    else:
        local = Path(path)
        if local.is_dir():
            yield from _read_directory(local, session)
        elif local.is_file():
            yield from _read_file(local, session)
        else:
            yield ingest_error(path, None, "E011", "no such file or directory")


def _read_directory(root: Path, session: _Session) -> Iterator[Result]:
    files = sorted(p for p in root.rglob("*") if p.is_file()
                   and not any(part.startswith(".") for part in p.relative_to(root).parts))
    if not files:
        yield ingest_error(str(root), None, "E001", "the directory holds no files")
    for file in files:
        yield from _guarded(str(file), lambda f=file: _read_file(f, session))


# --------------------------------------------------------------------------- dispatch


def _kind_from_suffixes(path: Path) -> str | None:
    suffixes = [s.lower() for s in path.suffixes]
    if not suffixes:
        return None
    last = suffixes[-1]
    if last == ".gz":
        inner = suffixes[-2] if len(suffixes) > 1 else ""
        if inner in WARC_SUFFIXES:
            return "warc"
        if inner in JSONL_SUFFIXES:
            return "jsonl.gz"
        return None
    for kind, group in (("text", TEXT_SUFFIXES), ("html", HTML_SUFFIXES), ("jsonl", JSONL_SUFFIXES),
                        ("csv", CSV_SUFFIXES), ("feed", FEED_SUFFIXES), ("warc", WARC_SUFFIXES)):
        if last in group:
            return kind
    return None


def sniff_kind(head: bytes) -> str | None:
    """What a file holds, from its first bytes: warc, gzip, jsonl, feed, html or None."""
    if head.startswith(b"WARC/"):
        return "warc"
    if head.startswith(GZIP_MAGIC):
        return "gzip"
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:2048].lower()
    if start.startswith(b"{"):
        return "jsonl"
    if start.startswith(b"<?xml") or start.startswith((b"<rss", b"<feed", b"<rdf")):
        if any(tag in start for tag in (b"<rss", b"<feed", b"<rdf:rdf")):
            return "feed"
        if b"<html" in start:
            return "html"
        return None
    if start.startswith((b"<!doctype html", b"<html")):
        return "html"
    return None


def _read_file(path: Path, session: _Session) -> Iterator[Result]:
    source = str(path)
    options = session.options
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(BINARY_SNIFF_BYTES)
    except OSError as exc:
        yield ingest_error(source, None, "E011", f"cannot be read: {exc.strerror or exc}")
        return
    if size == 0:
        yield ingest_error(source, None, "E001", "the file is empty")
        return
    kind = _kind_from_suffixes(path)
    if kind is None:
        kind = sniff_kind(head)
        if kind == "gzip":
            kind = _sniff_gzip(path)
    if kind is None:
        if looks_binary(head):
            yield ingest_error(source, None, "E002", "binary data of an unknown kind")
        else:
            yield ingest_error(source, None, "E010",
                               f"no reader for '{path.suffix or path.name}' files "
                               "(the content is not JSON lines, HTML, a feed or a WARC)")
        return
    if kind == "warc":
        with path.open("rb") as handle:
            yield from _read_warc(handle, options, source)
        return
    if kind in ("jsonl", "jsonl.gz"):
        opener = gzip.open if kind == "jsonl.gz" else open
        with opener(path, "rb") as handle:
            yield from read_jsonl_lines(handle, options, source=source)
        return
    if size > options.max_chars * MAX_BYTES_PER_CHAR:
        yield ingest_error(source, None, "E003",
                           f"the file has {size:,} bytes, too many for {options.max_chars:,} characters")
        return
    data = path.read_bytes()
    yield from _read_whole(kind, data, options, source, session, delimiter="\t" if path.suffix.lower() == ".tsv" else None)


def _sniff_gzip(path: Path) -> str | None:
    try:
        with gzip.open(path, "rb") as handle:
            inner = sniff_kind(handle.read(BINARY_SNIFF_BYTES))
    except (OSError, EOFError, zlib.error):
        return None
    return {"warc": "warc", "jsonl": "jsonl.gz"}.get(inner or "")


def _read_whole(kind: str, data: bytes, options: ReadOptions, source: str, session: _Session,
                *, url: str | None = None, delimiter: str | None = None) -> Iterator[Result]:
    """Readers that need the whole document in memory: text, HTML, CSV, feeds."""
    if kind == "feed":
        from .feeds import read_feed

        yield from read_feed(data, options, source=source, fetcher=session.fetcher)
        return
    if kind == "warc":
        yield from _read_warc(io.BytesIO(data), options, source)
        return
    if kind == "jsonl":
        yield from read_jsonl_lines(io.BytesIO(data), options, source=source)
        return
    try:
        text = decode_bytes(data)
    except InputError as exc:
        yield ingest_error(source, None, exc.code, exc.detail)
        return
    if kind == "text":
        yield make_article(text, options, source=source, url=url)
    elif kind == "html":
        from .html import article_from_html

        yield article_from_html(text, options, source=source, url=url)
    elif kind == "csv":
        yield from read_csv_text(text, options, source=source, delimiter=delimiter)
    else:  # pragma: no cover - kinds are closed above
        yield ingest_error(source, None, "E010", f"no reader for {kind}")


def _read_warc(stream: BinaryIO, options: ReadOptions, source: str) -> Iterator[Result]:
    from .warc import read_warc

    yield from read_warc(stream, options, source=source)


def _read_url(url: str, session: _Session) -> Iterator[Result]:
    try:
        page = session.fetcher().get(url)
    except InputError as exc:
        yield ingest_error(url, None, exc.code, exc.detail)
        return
    if not page.body.strip():
        yield ingest_error(url, None, "E001", "the response is empty")
        return
    kind = sniff_kind(page.body[:BINARY_SNIFF_BYTES])
    if page.content_type in FEED_MEDIA_TYPES and kind != "html":
        kind = "feed"
    elif page.content_type in HTML_MEDIA_TYPES:
        kind = "html"
    elif page.content_type == "text/plain":
        kind = "text"
    elif page.content_type in JSONL_MEDIA_TYPES:
        kind = "jsonl"
    if kind is None or kind == "gzip":
        yield ingest_error(url, None, "E010", f"no reader for {page.content_type or 'untyped'} content")
        return
    yield from _read_whole(kind, page.body, session.options, url, session, url=page.url)


def _built(fields: dict, options: ReadOptions, source: str, position: str) -> Result:
    """One record as an article; an unexpected failure is that record's E010, so one bad record
    never costs the records after it (``_guarded`` would end the whole source)."""
    try:
        return article_from_fields(fields, options, source=source, position=position)
    except Exception as exc:  # noqa: BLE001 - bad input must never stop a batch
        return ingest_error(source, position, "E010", f"record failed: {type(exc).__name__}: {exc}")


# --------------------------------------------------------------------------- JSON lines


def read_jsonl_lines(stream: Iterable[bytes], options: ReadOptions, *, source: str) -> Iterator[Result]:
    """One JSON object a line; blank lines are skipped; a bad line is an E004 and reading goes on."""
    import json

    seen_any = False
    number = 0
    try:
        for number, raw in enumerate(stream, start=1):
            if number == 1:
                raw = raw.removeprefix(b"\xef\xbb\xbf")
                if looks_binary(raw):
                    yield ingest_error(source, None, "E002", "binary data, not JSON lines")
                    return
            if not raw.strip():
                continue
            seen_any = True
            position = f"line {number}"
            try:
                line = decode_bytes(raw)
                value = json.loads(line)
            except InputError as exc:
                yield ingest_error(source, position, "E004", f"the line is not text: {exc.detail}")
                continue
            except json.JSONDecodeError as exc:
                yield ingest_error(source, position, "E004", f"{exc.msg} at column {exc.colno}")
                continue
            except RecursionError:
                yield ingest_error(source, position, "E004", "the JSON is nested too deeply to read")
                continue
            except ValueError as exc:  # e.g. an integer longer than Python's digit limit
                yield ingest_error(source, position, "E004", f"the JSON cannot be read: {exc}")
                continue
            if not isinstance(value, dict):
                yield ingest_error(source, position, "E004",
                                   f"the line is a JSON {type(value).__name__}, not an object")
                continue
            yield _built(value, options, source, position)
    except gzip.BadGzipFile as exc:
        yield ingest_error(source, None, "E002", f"not a gzip file: {exc}")
        return
    except (EOFError, zlib.error) as exc:
        yield ingest_error(source, f"line {number + 1}", "E004",
                           f"the compressed stream is cut or corrupt: {exc}")
        return
    if not seen_any:
        yield ingest_error(source, None, "E001", "no JSON lines in the input")


# --------------------------------------------------------------------------- CSV


def _header_delimiter(text: str) -> str:
    header = text.split("\n", 1)[0]
    counts = {d: header.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: (counts[d], d == ","))
    return best if counts[best] else ","


def read_csv_text(text: str, options: ReadOptions, *, source: str,
                  delimiter: str | None = None) -> Iterator[Result]:
    """A CSV/TSV with a header row; "row N" counts data rows from 1 (the header is not a row).

    The delimiter is the one the header line uses most (comma, semicolon or tab).
    """
    delimiter = delimiter or _header_delimiter(text)
    # Article texts are long fields; the csv module's default limit (128 KiB) is not a text limit.
    if csv.field_size_limit() <= options.max_chars:
        csv.field_size_limit(options.max_chars + 1)
    rows = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    number = 0
    try:
        header = [name.strip() for name in next(rows)]
    except StopIteration:
        yield ingest_error(source, None, "E001", "the CSV is empty")
        return
    except csv.Error as exc:
        yield ingest_error(source, "header", "E012", str(exc))
        return
    if options.text_field not in header:
        yield ingest_error(source, "header", "E005",
                           f"no '{options.text_field}' column (columns: {', '.join(header)})")
        return
    try:
        for number, row in enumerate(rows, start=1):
            position = f"row {number}"
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != len(header):
                yield ingest_error(source, position, "E012",
                                   f"the row has {len(row)} fields, the header has {len(header)}")
                continue
            yield _built(dict(zip(header, row)), options, source, position)
    except csv.Error as exc:
        yield ingest_error(source, f"row {number + 1}", "E012", f"{exc}; the rest of the file is not read")
