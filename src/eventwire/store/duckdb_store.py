"""The embedded DuckDB store: one file, one writer process, any number of readers.

Rows are built by :mod:`.rows` and inserted table by table as Arrow batches (typed by the
table itself), all inside one transaction per ``write_batch``. DuckDB's exceptions never
leave this module: they become ``StoreError`` with the database path attached.
"""

from __future__ import annotations

import contextlib
import json
from datetime import datetime
from importlib import resources
from pathlib import Path
from typing import Any, Iterable, Iterator

import duckdb
import pyarrow as pa

from .. import CODER_VERSION
from ..errors import ConfigError, NotFoundError, StoreError
from ..analyst.dedup import check_mode as check_dedup_mode
from ..records import Article, CodedArticle, IngestError
from . import rows as R
from .base import TABLES, BatchItem, ExportFormat, Store, WriteResult, os_reason
from .query import EventFilter, page_clause, timestamp_param

SCHEMA_VERSION = "1"
ID_CHUNK = 1000  # ids per IN (...) list

ARTICLE_FIELDS = ("id", "title", "published", "outlet", "url", "language", "status", "skip_reason",
                  "duplicate_of", "source", "position", "external_id", "coder_version", "ingested_at")

# The only SQL an export may run, by table: the signature bytes stay internal, and event
# rows carry their article's date, outlet and url so a flat file stands on its own.
EXPORT_QUERIES = {
    "articles": f"SELECT {', '.join(ARTICLE_FIELDS)}, text FROM articles ORDER BY id",
    "events": ("SELECT e.*, a.published AS article_published, a.outlet AS article_outlet, "
               "a.url AS article_url FROM events e JOIN articles a ON a.id = e.article_id "
               'ORDER BY e.date, e.article_id, e."start", e.id'),
    "quotes": 'SELECT * FROM quotes ORDER BY article_id, "start", id',
    "actors": 'SELECT * FROM actors ORDER BY article_id, "start", id',
    "places": 'SELECT * FROM places ORDER BY article_id, "start", "end"',
    "dates": 'SELECT * FROM dates ORDER BY article_id, "start", "end"',
    "outlets": 'SELECT * FROM outlets ORDER BY article_id, "start", "end"',
    "errors": "SELECT * FROM errors ORDER BY source, position, code, id",
}
assert set(EXPORT_QUERIES) == set(TABLES)
EVENT_ORDER = ' ORDER BY date, article_id, "start", id'
# Article fields every event row carries for dedup, aggregation and schema exports.
EVENT_ARTICLE_FIELDS = ("published", "outlet", "url", "language", "title")


def _placeholders(n: int) -> str:
    return ", ".join("?" * n)


def _chunks(items: list[str], size: int = ID_CHUNK) -> Iterator[list[str]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _quoted(columns: Iterable[str]) -> str:
    return ", ".join(f'"{c}"' for c in columns)


def _dedupe(rows: list[dict[str, Any]], key: tuple[str, ...]) -> tuple[list[dict[str, Any]], int]:
    """Rows with a repeated key dropped (first wins), and how many were dropped."""
    seen: dict[tuple, dict[str, Any]] = {}
    for row in rows:
        seen.setdefault(tuple(row[k] for k in key), row)
    return list(seen.values()), len(rows) - len(seen)


class DuckDBStore(Store):
    def __init__(self, path: str, read_only: bool = False):
        self.path = path
        self.read_only = read_only
        if not read_only and path != ":memory:":
            try:
                Path(path).parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:  # a missing or non-directory parent: one line, not a traceback
                raise StoreError(f"cannot create the folder of {path}: {os_reason(exc)}",
                                 source=path) from exc
        with self._translated("open"):
            self._con = duckdb.connect(path, read_only=read_only)
        self._arrow_schemas: dict[str, pa.Schema] = {}
        if not read_only:
            self._create_schema()

    # ------------------------------------------------------------------ plumbing
    @contextlib.contextmanager
    def _translated(self, action: str) -> Iterator[None]:
        try:
            yield
        except (duckdb.Error, pa.ArrowException) as exc:  # Arrow: a value the column type cannot hold
            raise StoreError(f"{action} failed: {type(exc).__name__}: {exc}", source=self.path) from exc

    @contextlib.contextmanager
    def _cursor(self, action: str) -> Iterator[duckdb.DuckDBPyConnection]:
        """A cursor of its own per call, so threads (the API) never share one."""
        with self._translated(action):
            cur = self._con.cursor()
            try:
                yield cur
            finally:
                cur.close()

    @contextlib.contextmanager
    def _transaction(self, action: str) -> Iterator[duckdb.DuckDBPyConnection]:
        with self._cursor(action) as cur:
            cur.begin()
            try:
                yield cur
            except BaseException:
                cur.rollback()
                raise
            cur.commit()

    def _create_schema(self) -> None:
        ddl = resources.files(__package__).joinpath("data/schema.sql").read_text(encoding="utf-8")
        with self._transaction("create schema") as cur:
            cur.execute(ddl)
            found = cur.execute("SELECT value FROM store_meta WHERE key = 'schema_version'").fetchone()
            if found is None:
                cur.execute("INSERT INTO store_meta VALUES ('schema_version', ?)", [SCHEMA_VERSION])
            elif found[0] != SCHEMA_VERSION:
                raise StoreError(f"schema version {found[0]}, this eventwire reads {SCHEMA_VERSION}",
                                 source=self.path)

    def _columns(self, cur: duckdb.DuckDBPyConnection, table: str) -> pa.Schema:
        if table not in self._arrow_schemas:
            self._arrow_schemas[table] = cur.sql(f"SELECT * FROM {table} LIMIT 0").to_arrow_table().schema
        return self._arrow_schemas[table]

    def _insert(self, cur: duckdb.DuckDBPyConnection, table: str, rows: list[dict[str, Any]]) -> int:
        if not rows:
            return 0
        schema = self._columns(cur, table)
        unknown = set(rows[0]) - set(schema.names)
        if unknown:  # a record field the schema lacks would otherwise vanish silently
            raise StoreError(f"table {table} has no columns {sorted(unknown)}", source=self.path)
        batch = pa.Table.from_pylist(rows, schema=schema)
        view = f"_eventwire_{table}_batch"
        cur.register(view, batch)
        try:
            columns = _quoted(schema.names)
            cur.execute(f"INSERT INTO {table} ({columns}) SELECT {columns} FROM {view}")
        finally:
            cur.unregister(view)
        return len(rows)

    def _existing(self, cur: duckdb.DuckDBPyConnection, table: str, ids: list[str]) -> set[str]:
        found: set[str] = set()
        for chunk in _chunks(list(dict.fromkeys(ids))):
            sql = f"SELECT id FROM {table} WHERE id IN ({_placeholders(len(chunk))})"
            found.update(r[0] for r in cur.execute(sql, chunk).fetchall())
        return found

    @staticmethod
    def _dicts(cur: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row)) for row in cur.fetchall()]

    # ------------------------------------------------------------------ writing
    def write_batch(self, items: list[BatchItem], errors: list[IngestError],
                    *, coder_version: str | None = None) -> WriteResult:
        ingested_at = R.now()
        result = WriteResult()
        with self._transaction("write batch") as cur:
            stored = self._existing(cur, "articles", [article.id for article, _, _ in items])
            tables: dict[str, list[dict[str, Any]]] = {t: [] for t in ("articles",) + R.CHILD_TABLES}
            seq = cur.execute("SELECT coalesce(max(seq), 0) FROM articles").fetchall()[0][0]
            for article, coded, signature in items:
                if article.id in stored:
                    result.skipped += 1
                    continue
                stored.add(article.id)
                seq += 1
                version = coder_version or next(
                    (e.coder_version for e in (coded.events if coded else []) if e.coder_version), None)
                if coded is not None and coded.article.status == "failed":  # the coder's verdict is later
                    article = article.model_copy(update={"status": "failed",
                                                         "skip_reason": coded.article.skip_reason})
                tables["articles"].append(R.article_row(article, signature, version, ingested_at, seq))
                if coded is not None:
                    for table, child_rows in self._child_rows(coded, article.id, version, ingested_at).items():
                        tables[table].extend(child_rows)

            for table in R.CHILD_TABLES:
                tables[table], dropped = _dedupe(tables[table], R.PRIMARY_KEYS[table])
                result.conflicts += dropped
            # Only event ids are global; the other child keys include a new article id.
            taken = self._existing(cur, "events", [row["id"] for row in tables["events"]])
            if taken:
                result.conflicts += len(taken)
                tables["events"] = [row for row in tables["events"] if row["id"] not in taken]

            error_rows, repeated = _dedupe([R.error_row(e, ingested_at) for e in errors], ("id",))
            known = self._existing(cur, "errors", [row["id"] for row in error_rows])
            error_rows = [row for row in error_rows if row["id"] not in known]
            result.errors_skipped = repeated + len(known)

            result.written = self._insert(cur, "articles", tables["articles"])
            for table in R.CHILD_TABLES:
                result.rows[table] = self._insert(cur, table, tables[table])
            result.errors_written = self._insert(cur, "errors", error_rows)
        return result

    @staticmethod
    def _child_rows(coded: CodedArticle, article_id: str, version: str | None,
                    stamp: datetime) -> dict[str, list[dict[str, Any]]]:
        """Child rows of one article; every event carries its coder version and ``updated_at``."""
        rows = R.coded_rows(coded, article_id)
        for row in rows["events"]:
            row["coder_version"] = row.get("coder_version") or version or CODER_VERSION
            row["updated_at"] = stamp
        return rows

    def replace_coded(self, items: list[tuple[Article, CodedArticle]], *, reason: str = "recode",
                      coder_version: str | None = None) -> dict[str, int]:
        """Replace the coded records of stored articles in ONE transaction (``eventwire recode``).

        Events whose id survives keep their ``updated_at`` when nothing in them changed; ids that
        disappear get a tombstone; a tombstone of an id that comes back is removed.
        """
        stamp = R.now()
        counts = {"articles": 0, "added": 0, "changed": 0, "unchanged": 0, "removed": 0}
        with self._transaction("replace coded articles") as cur:
            for article, coded in items:
                if not self._existing(cur, "articles", [article.id]):
                    raise NotFoundError(f"article {article.id} is not stored", source=self.path)
                version = coder_version or next((e.coder_version for e in coded.events if e.coder_version),
                                                None) or CODER_VERSION
                cur.execute('SELECT * FROM events WHERE article_id = ?', [article.id])
                old = {row["id"]: row for row in self._dicts(cur)}
                new_tables = self._child_rows(coded, article.id, version, stamp)
                new_tables["events"], _ = _dedupe(new_tables["events"], ("id",))
                for row in new_tables["events"]:
                    before = old.get(row["id"])
                    if before is None:
                        counts["added"] += 1
                        continue
                    same = all(before.get(k) == v for k, v in row.items() if k != "updated_at")
                    if same:
                        row["updated_at"] = before["updated_at"] or stamp
                    counts["unchanged" if same else "changed"] += 1
                new_ids = {row["id"] for row in new_tables["events"]}
                gone = [eid for eid in old if eid not in new_ids]
                # an id that another article holds cannot be taken over by this one
                taken = self._existing(cur, "events", [eid for eid in new_ids if eid not in old])
                new_tables["events"] = [r for r in new_tables["events"] if r["id"] not in taken]
                for table in R.CHILD_TABLES:
                    cur.execute(f"DELETE FROM {table} WHERE article_id = ?", [article.id])
                    rows, _ = _dedupe(new_tables[table], R.PRIMARY_KEYS[table])
                    self._insert(cur, table, rows)
                for chunk in _chunks(sorted(new_ids)):
                    cur.execute(f"DELETE FROM tombstones WHERE event_id IN ({_placeholders(len(chunk))})", chunk)
                for eid in gone:
                    cur.execute("INSERT INTO tombstones VALUES (?, ?, ?, ?)", [eid, article.id, stamp, reason])
                cur.execute("UPDATE articles SET coder_version = ?, status = ?, skip_reason = ? WHERE id = ?",
                            [version, coded.article.status, coded.article.skip_reason, article.id])
                counts["removed"] += len(gone)
                counts["articles"] += 1
        return counts

    def tombstones(self, updated_since: str | None = None) -> list[dict[str, Any]]:
        """Removed events, oldest first: ``event_id, article_id, removed_at (ISO), reason``."""
        where, params = "", []
        if updated_since:
            where, params = " WHERE removed_at >= ?", [timestamp_param(updated_since)]
        with self._cursor("read tombstones") as cur:
            cur.execute("SELECT event_id, article_id, removed_at, reason FROM tombstones" + where +
                        " ORDER BY removed_at, event_id", params)
            rows = self._dicts(cur)
        for row in rows:
            row["removed_at"] = row["removed_at"].isoformat()
        return rows

    def articles_to_recode(self, article_id: str | None = None) -> Iterator[Article]:
        """Stored coded articles (text included) in id order, or the one asked for."""
        fields = [f for f in Article.model_fields if f != "text"]
        where, params = " WHERE status = 'coded'", []
        if article_id:
            where, params = " WHERE id = ?", [article_id]
        with self._cursor("read articles") as cur:
            cur.execute(f"SELECT {', '.join(fields)}, text FROM articles" + where + " ORDER BY id", params)
            names = [d[0] for d in cur.description]
            while batch := cur.fetchmany(ID_CHUNK):
                for values in batch:
                    yield Article.model_validate(dict(zip(names, values)))

    def recode_ids(self, article_id: str | None = None) -> list[str]:
        """Ids of the stored articles the coder handles (coded, or failed before), in id order;
        or ``[article_id]`` when it is stored."""
        where, params = " WHERE status IN ('coded', 'failed')", []
        if article_id:
            where, params = " WHERE id = ?", [article_id]
        with self._cursor("read article ids") as cur:
            return [r[0] for r in cur.execute("SELECT id FROM articles" + where + " ORDER BY id", params).fetchall()]

    def articles_by_id(self, ids: list[str]) -> list[Article]:
        """The stored articles (text included) with these ids, in the order asked."""
        fields = [f for f in Article.model_fields if f != "text"]
        found: dict[str, Article] = {}
        with self._cursor("read articles") as cur:
            for chunk in _chunks(list(dict.fromkeys(ids))):
                cur.execute(f"SELECT {', '.join(fields)}, text FROM articles "
                            f"WHERE id IN ({_placeholders(len(chunk))})", chunk)
                names = [d[0] for d in cur.description]
                for values in cur.fetchall():
                    article = Article.model_validate(dict(zip(names, values)))
                    found[article.id] = article
        return [found[i] for i in ids if i in found]

    def article_days(self, since: str | None = None, until: str | None = None) -> list[dict[str, Any]]:
        """Per publication day: ``day, articles, coded, events`` (events of that day's articles)."""
        clauses, params = ["a.published IS NOT NULL"], []
        if since:
            clauses.append("a.published >= ?")
            params.append(since)
        if until:
            clauses.append("substr(a.published, 1, ?) <= ?")
            params.extend([len(until), until])
        sql = ("SELECT substr(a.published, 1, 10) AS day, count(*) AS articles, "
               "count(*) FILTER (WHERE a.status = 'coded') AS coded, "
               "coalesce(sum(n.n), 0) AS events FROM articles a "
               "LEFT JOIN (SELECT article_id, count(*) AS n FROM events GROUP BY article_id) n "
               "ON n.article_id = a.id WHERE " + " AND ".join(clauses) + " GROUP BY day ORDER BY day")
        with self._cursor("count articles per day") as cur:
            cur.execute(sql, params)
            return [{**row, "events": int(row["events"])} for row in self._dicts(cur)]

    def story_entities(self, article_ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        """Per article: ``people``, ``organizations``, ``locations`` (names, in text order) and
        ``sectors`` (actor mention id -> all its sectors), for exports."""
        ids = list(dict.fromkeys(article_ids))
        found: dict[str, dict[str, Any]] = {
            a: {"people": [], "organizations": [], "locations": [], "sectors": {}} for a in ids}
        with self._cursor("read story entities") as cur:
            for chunk in _chunks(ids):
                marks = _placeholders(len(chunk))
                cur.execute(f"SELECT article_id, id, kind, coalesce(name, text), sectors FROM actors "
                            f'WHERE article_id IN ({marks}) ORDER BY article_id, "start"', chunk)
                for article_id, mention_id, kind, name, sectors in cur.fetchall():
                    story = found[article_id]
                    key = "people" if kind == "person" else "organizations" if kind in (
                        "organization", "igo", "group", "outlet") else None
                    if key and name not in story[key]:
                        story[key].append(name)
                    story["sectors"][mention_id] = json.loads(sectors) if sectors else []
                cur.execute(f'SELECT article_id, name FROM places WHERE article_id IN ({marks}) '
                            'ORDER BY article_id, "start"', chunk)
                for article_id, name in cur.fetchall():
                    if name not in found[article_id]["locations"]:
                        found[article_id]["locations"].append(name)
        return found

    def places_with_admin1(self) -> list[dict[str, Any]]:
        """``article_id, name, country, admin1`` of every resolved place that has an admin1."""
        with self._cursor("read places") as cur:
            cur.execute("SELECT article_id, name, country, admin1 FROM places WHERE admin1 IS NOT NULL "
                        'ORDER BY article_id, "start"')
            return self._dicts(cur)

    def event_records(self, actor: str | None = None, type: str | None = None,
                      since: str | None = None, until: str | None = None,
                      country: str | None = None, quad_class: int | None = None,
                      text: str | None = None, updated_since: str | None = None, *,
                      min_confidence: float | None = None, asserted: bool = False) -> list[dict[str, Any]]:
        """Every matching event as Event JSON plus ``article_id``, ``updated_at`` (ISO) and its
        article's fields as ``article_<name>``: what dedup, aggregation and exports read."""
        return self._event_records(EventFilter(actor, type, since, until, country, quad_class, text,
                                               updated_since, min_confidence, asserted))

    def _event_records(self, flt: EventFilter) -> list[dict[str, Any]]:
        where, params = flt.where()
        joined = ", ".join(f"a.{f} AS article_{f}" for f in EVENT_ARTICLE_FIELDS)
        sql = (f"SELECT e.*, {joined} FROM (SELECT * FROM events{where}) e "
               'JOIN articles a ON a.id = e.article_id ORDER BY e.date, e.article_id, e."start", e.id')
        with self._cursor("query events") as cur:
            cur.execute(sql, params)
            rows = self._dicts(cur)
        return [self._event_json(row, articles=True) for row in rows]

    @staticmethod
    def _event_json(row: dict[str, Any], articles: bool = False) -> dict[str, Any]:
        data = R.record_json("events", row)
        stamp = row.get("updated_at")
        data["updated_at"] = stamp.isoformat() if isinstance(stamp, datetime) else stamp
        if articles:
            data.update({f"article_{f}": row.get(f"article_{f}") for f in EVENT_ARTICLE_FIELDS})
        return data

    def existing_ids(self, ids: Iterable[str]) -> set[str]:
        with self._cursor("look up article ids") as cur:
            return self._existing(cur, "articles", list(ids))

    def signatures(self) -> Iterator[tuple[str, bytes]]:
        """First copies only (status 'coded'), in the order they were stored: the index a fresh
        run over the same input would have built."""
        with self._cursor("read signatures") as cur:
            cur.execute("SELECT id, signature FROM articles WHERE signature IS NOT NULL "
                        "AND status = 'coded' ORDER BY ingested_at, seq NULLS FIRST, id")
            while batch := cur.fetchmany(ID_CHUNK):
                for article_id, signature in batch:
                    yield article_id, bytes(signature)

    # ------------------------------------------------------------------ reading
    def stats(self) -> dict[str, Any]:
        with self._cursor("read stats") as cur:
            articles, coded, skipped, duplicates = cur.execute(
                "SELECT count(*), count(*) FILTER (WHERE status = 'coded'), "
                "count(*) FILTER (WHERE status = 'skipped'), "
                "count(*) FILTER (WHERE status = 'duplicate') FROM articles").fetchone()
            stats: dict[str, Any] = {"articles": articles, "coded": coded, "skipped": skipped,
                                     "duplicates": duplicates}
            for table in R.CHILD_TABLES + ("errors",):
                stats[table] = cur.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            stats["events_by_type"] = dict(cur.execute(
                "SELECT type, count(*) AS n FROM events GROUP BY type ORDER BY n DESC, type").fetchall())
            quads = dict(cur.execute(
                "SELECT quad_class, count(*) FROM events WHERE quad_class IS NOT NULL "
                "GROUP BY quad_class").fetchall())
            stats["quad_classes"] = {str(q): quads.get(q, 0) for q in (1, 2, 3, 4)}
            # A dyad is the first source and first target, each by code, else by country.
            source_key = "coalesce(source_code, source_country)"
            target_key = "coalesce(target_code, target_country)"
            stats["top_dyads"] = [
                {"source": s, "target": t, "n": n} for s, t, n in cur.execute(
                    f"SELECT {source_key} AS s, {target_key} AS t, count(*) AS n FROM events "
                    f"WHERE {source_key} IS NOT NULL AND {target_key} IS NOT NULL "
                    "GROUP BY s, t ORDER BY n DESC, s, t LIMIT 10").fetchall()]
            stats["top_speakers"] = [
                {"speaker": s, "n": n} for s, n in cur.execute(
                    "SELECT speaker_name AS s, count(*) AS n FROM quotes WHERE speaker_name IS NOT NULL "
                    "GROUP BY s ORDER BY n DESC, s LIMIT 10").fetchall()]
        return stats

    def events(self, actor: str | None = None, type: str | None = None,
               since: str | None = None, until: str | None = None,
               country: str | None = None, quad_class: int | None = None,
               text: str | None = None, limit: int | None = None,
               offset: int = 0, *, dedup: str = "raw", window_days: int = 1,
               updated_since: str | None = None, min_confidence: float | None = None,
               asserted: bool = False) -> list[dict[str, Any]]:
        """Events, filtered. ``dedup``: raw (every coded mention), story (one per article and
        source/target/type) or event (merged across articles within ``window_days``; see
        :mod:`eventwire.analyst.dedup`). ``updated_since``: written or changed since then."""
        page, page_params = page_clause(limit, offset)
        flt = EventFilter(actor, type, since, until, country, quad_class, text, updated_since,
                          min_confidence, asserted)
        if check_dedup_mode(dedup) != "raw":
            rows = self._deduped(flt, dedup, window_days)
            return rows[offset:] if limit is None else rows[offset:offset + limit]
        where, params = flt.where()
        with self._cursor("query events") as cur:
            cur.execute("SELECT * FROM events" + where + EVENT_ORDER + page, params + page_params)
            return [self._event_json(row) for row in self._dicts(cur)]

    def count_events(self, actor: str | None = None, type: str | None = None,
                     since: str | None = None, until: str | None = None,
                     country: str | None = None, quad_class: int | None = None,
                     text: str | None = None, *, dedup: str = "raw", window_days: int = 1,
                     updated_since: str | None = None, min_confidence: float | None = None,
                     asserted: bool = False) -> int:
        flt = EventFilter(actor, type, since, until, country, quad_class, text, updated_since,
                          min_confidence, asserted)
        if check_dedup_mode(dedup) != "raw":
            return len(self._deduped(flt, dedup, window_days))
        where, params = flt.where()
        with self._cursor("count events") as cur:
            return cur.execute("SELECT count(*) FROM events" + where, params).fetchone()[0]

    def _deduped(self, flt: EventFilter, dedup: str, window_days: int) -> list[dict[str, Any]]:
        """The matching events merged by a dedup mode other than raw."""
        from ..analyst.dedup import dedup_events

        return dedup_events(self._event_records(flt), dedup, window_days=window_days)

    def get_event(self, event_id: str) -> dict[str, Any] | None:
        with self._cursor("read event") as cur:
            cur.execute("SELECT * FROM events WHERE id = ?", [event_id])
            found = self._dicts(cur)
        return R.record_json("events", found[0]) if found else None

    def get_article(self, article_id: str) -> dict[str, Any] | None:
        with self._cursor("read article") as cur:
            cur.execute(f"SELECT {', '.join(ARTICLE_FIELDS)}, text FROM articles WHERE id = ?", [article_id])
            found = self._dicts(cur)
            if not found:
                return None
            article = found[0]
            if isinstance(article["ingested_at"], datetime):
                article["ingested_at"] = article["ingested_at"].isoformat()
            for table in R.CHILD_TABLES:
                order = ' ORDER BY "start", id' if table in ("events", "quotes", "actors") else ' ORDER BY "start", "end"'
                cur.execute(f"SELECT * FROM {table} WHERE article_id = ?" + order, [article_id])
                article[table] = [R.record_json(table, row, with_article_id=False) for row in self._dicts(cur)]
        return article

    def quotes(self, speaker: str | None = None, limit: int | None = None,
               offset: int = 0) -> list[dict[str, Any]]:
        where, params = "", []
        if speaker:
            where = " WHERE upper(speaker_name) = ? OR upper(speaker_country) = ?"
            params = [speaker.strip().upper()] * 2
        page, page_params = page_clause(limit, offset)
        with self._cursor("query quotes") as cur:
            cur.execute('SELECT * FROM quotes' + where + ' ORDER BY article_id, "start", id' + page,
                        params + page_params)
            return [R.record_json("quotes", row) for row in self._dicts(cur)]

    def actor_counts(self, limit: int = 50) -> list[dict[str, Any]]:
        """Actors by mentions: canonical name (else the words), code, country, articles."""
        page, page_params = page_clause(limit, 0)
        with self._cursor("count actors") as cur:
            cur.execute(
                "SELECT coalesce(name, text) AS actor, code, country, count(*) AS n, "
                "count(DISTINCT article_id) AS articles FROM actors "
                "GROUP BY coalesce(name, text), code, country "
                "ORDER BY n DESC, actor, code NULLS FIRST, country NULLS FIRST" + page, page_params)
            return self._dicts(cur)

    # ------------------------------------------------------------------ export
    def export(self, fmt: ExportFormat, out: str, table: str = "events") -> int:
        if table not in EXPORT_QUERIES:
            raise ConfigError(f"cannot export {table!r}; tables: {', '.join(TABLES)}")
        writers = {"parquet": self._export_arrow, "csv": self._export_arrow, "jsonl": self._export_jsonl}
        if fmt not in writers:
            raise ConfigError(f"unknown export format {fmt!r}; formats: {', '.join(writers)}")
        try:
            Path(out).parent.mkdir(parents=True, exist_ok=True)
            with self._cursor(f"export {table}") as cur:
                return writers[fmt](cur, table, out, fmt)
        except OSError as exc:  # OUT is a directory, or its folder cannot be made or written
            raise ConfigError(f"cannot write {out}: {os_reason(exc)}", source=out) from exc

    @staticmethod
    def _export_arrow(cur: duckdb.DuckDBPyConnection, table: str, out: str, fmt: str) -> int:
        """Parquet or CSV, streamed batch by batch through pyarrow's writer for ``fmt``."""
        if fmt == "parquet":
            from pyarrow.parquet import ParquetWriter as Writer
        else:
            from pyarrow.csv import CSVWriter as Writer

        if Path(out).is_dir():  # pyarrow's own message would not name the path
            raise IsADirectoryError(21, "it is a directory", out)
        reader = cur.sql(EXPORT_QUERIES[table]).to_arrow_reader(ID_CHUNK * 10)
        written = 0
        with Writer(out, reader.schema) as writer:
            for batch in reader:
                writer.write_batch(batch)
                written += batch.num_rows
        return written

    def _export_jsonl(self, cur: duckdb.DuckDBPyConnection, table: str, out: str, fmt: str = "jsonl") -> int:
        """Events and quotes as their nested record JSON; other tables as flat rows."""
        cur.execute(EXPORT_QUERIES[table])
        names = [d[0] for d in cur.description]
        nested = table in ("events", "quotes")
        written = 0
        with open(out, "w", encoding="utf-8") as handle:
            while batch := cur.fetchmany(ID_CHUNK):
                for values in batch:
                    row = dict(zip(names, values))
                    if nested:
                        extra = {k: row[k] for k in names if k.startswith("article_")}
                        row = R.record_json(table, row) | extra
                    handle.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
                    written += 1
        return written

    # ------------------------------------------------------------------ lifetime
    def close(self) -> None:
        with self._translated("close"):
            self._con.close()
