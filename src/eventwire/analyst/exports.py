"""Event exports in public layouts: ``--schema native|gdelt|icews|polecat|acled|phoenix`` and
``--format csv|tsv|parquet|jsonl|geojson|gexf``.

Column names and order come from ``data/export_schemas.yaml``; each column names a field
computed here (:data:`FIELDS`) or is empty where eventwire cannot fill it. Multi-valued cells
are ';'-joined; CAMEO codes stay strings ("043"); GDELT's geo country column is FIPS 10-4 and
its actor country columns CAMEO codes, taken time-aware from :mod:`.codes` on the event date.

Every export writes ``OUT.meta.json`` beside it (schema and version, eventwire and coder
versions, store path, time of export, dedup mode, filters, row count, unfilled columns and a
citation line); parquet files also carry it as key-value metadata under ``eventwire``.
CSV/TSV files never get a comment line: GDELT readers expect data on line 1.
"""

from __future__ import annotations

import csv
import json
from contextlib import contextmanager
from datetime import datetime, timezone
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Callable, Iterator
from xml.sax.saxutils import escape

import yaml

from .. import __version__
from ..errors import ConfigError
from ..store.base import QUAD_CLASS_NAMES, os_reason
from .codes import codes_for, row_for
from .dedup import actor_key, dedup_events, event_day

FORMATS = ("csv", "tsv", "parquet", "jsonl", "geojson", "gexf")
QUAD_NAMES = {q: name.upper() for q, name in QUAD_CLASS_NAMES.items()}  # as ICEWS/Phoenix write them
GDELT_GEO_TYPES = {"country": 1, "admin1": 5, "city": 4, "place": 4}  # US variants: 2 (state), 3 (city)


@lru_cache(maxsize=1)
def load_schemas() -> dict[str, dict[str, Any]]:
    text = resources.files(__package__).joinpath("data/export_schemas.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    for name, spec in data.items():
        columns = []
        for item in spec["columns"]:
            if not isinstance(item, dict) or len(item) != 1:
                raise ConfigError(f"export_schemas.yaml {name}: a column must be one 'Name: field' map")
            (column, field), = item.items()
            if field is not None and field not in FIELDS:
                raise ConfigError(f"export_schemas.yaml {name}: unknown field {field!r} for {column!r}")
            columns.append((str(column), field))
        spec["columns"] = columns
    return data


def schema_columns(schema: str) -> list[str]:
    return [c for c, _ in _schema(schema)["columns"]]


def unfilled_columns(schema: str) -> list[str]:
    return [c for c, f in _schema(schema)["columns"] if f is None]


def _schema(schema: str) -> dict[str, Any]:
    schemas = load_schemas()
    if schema not in schemas:
        raise ConfigError(f"unknown export schema {schema!r}; schemas: {', '.join(schemas)}")
    return schemas[schema]


# ---------------------------------------------------------------------------- fields

class Row:
    """One (deduplicated) event with what its fields need: the story's entities, its codes."""

    def __init__(self, event: dict[str, Any], story: dict[str, Any]):
        self.e = event
        self.story = story
        self.day = event_day(event)

    def actor(self, role: str) -> dict[str, Any]:
        actors = self.e.get(role) or []
        return actors[0] if actors else {}

    def codes(self, iso3: str | None) -> dict[str, Any]:
        return codes_for(iso3, self.e.get("date") or self.e.get("article_published")) if iso3 else {}

    def sectors(self, role: str) -> list[str]:
        actor = self.actor(role)
        found = self.story.get("sectors", {}).get(actor.get("mention_id"), []) if actor else []
        primary = [actor["sector"]] if actor.get("sector") else []
        return list(dict.fromkeys(primary + list(found)))

    def cameo_code(self, role: str) -> str | None:
        actor = self.actor(role)
        if not actor:
            return None
        cameo = self.codes(actor.get("country")).get("cameo")
        if cameo:
            return cameo + "".join(self.sectors(role)[:1])
        return actor.get("code")


def _joined(values) -> str | None:
    present = [str(v) for v in values if v not in (None, "")]
    return ";".join(dict.fromkeys(present)) or None


def _numeric_id(event_id: str) -> int:
    """GDELT wants an integer: the id's first 15 hex digits (60 bits) after its letter, so
    ``hex(GLOBALEVENTID)`` finds the event; other ids use their sha256 instead."""
    import hashlib
    import re

    if re.fullmatch(r"[a-z][0-9a-f]{16}", event_id):
        return int(event_id[1:16], 16)
    return int(hashlib.sha256(event_id.encode("utf-8")).hexdigest()[:15], 16)


def _location(r: Row) -> dict[str, Any]:
    return r.e.get("location") or {}


def _admin1(r: Row) -> str | None:
    loc = _location(r)
    return loc.get("name") if loc.get("kind") == "admin1" else None


def _role_fields(role: str) -> dict[str, Callable[[Row], Any]]:
    def name(r): return (r.actor(role).get("name") or r.actor(role).get("text")) if r.actor(role) else None
    return {
        f"{role}_name": name,
        f"{role}_name_upper": lambda r: (name(r) or "").upper() or None,
        f"{role}_text": lambda r: r.actor(role).get("text"),
        f"{role}_code": lambda r: r.actor(role).get("code"),
        f"{role}_country": lambda r: r.actor(role).get("country"),
        f"{role}_country_name": lambda r: (row_for(r.actor(role).get("country"), r.e.get("date")).name
                                           if row_for(r.actor(role).get("country"), r.e.get("date")) else
                                           r.actor(role).get("country")),
        f"{role}_sector": lambda r: (r.sectors(role) or [None])[0],
        f"{role}_sectors": lambda r: _joined(r.sectors(role)),
        f"{role}_type1": lambda r: (r.sectors(role) + [None])[0],
        f"{role}_type2": lambda r: (r.sectors(role) + [None, None])[1],
        f"{role}_type3": lambda r: (r.sectors(role) + [None, None, None])[2],
        f"{role}_cameo_code": lambda r: r.cameo_code(role),
        f"{role}_cameo_country": lambda r: r.codes(r.actor(role).get("country")).get("cameo"),
        f"{role}_fips": lambda r: r.codes(r.actor(role).get("country")).get("fips"),
        f"{role}_cow": lambda r: r.codes(r.actor(role).get("country")).get("cow"),
        f"{role}_gw": lambda r: r.codes(r.actor(role).get("country")).get("gw"),
        f"{role}_igo_code": lambda r: (r.actor(role).get("code") or r.actor(role).get("name"))
        if r.actor(role).get("kind") == "igo" else None,
        f"{role}_names": lambda r: _joined((a.get("name") or a.get("text")) for a in r.e.get(role) or []),
        f"{role}_assoc": lambda r: _joined((a.get("name") or a.get("text")) for a in (r.e.get(role) or [])[1:]),
    }


FIELDS: dict[str, Callable[[Row], Any]] = {
    "id": lambda r: r.e["id"],
    "numeric_id": lambda r: _numeric_id(r.e["id"]),
    "date": lambda r: r.e.get("date") or r.e.get("article_published"),
    "yyyymmdd": lambda r: int(r.day.strftime("%Y%m%d")) if r.day else None,
    "yyyymm": lambda r: int(r.day.strftime("%Y%m")) if r.day else None,
    "year": lambda r: r.day.year if r.day else None,
    "month": lambda r: r.day.month if r.day else None,
    "day": lambda r: r.day.day if r.day else None,
    "fraction_date": lambda r: round(r.day.year + r.day.timetuple().tm_yday / 365, 4) if r.day else None,
    "type": lambda r: r.e.get("type"),
    "type_lower": lambda r: (r.e.get("type") or "").lower() or None,
    "mode": lambda r: r.e.get("mode"),
    "event_text": lambda r: _joined([r.e.get("type"), r.e.get("mode")]),
    "contexts": lambda r: _joined(r.e.get("contexts") or []),
    "cameo": lambda r: r.e.get("cameo"),
    "cameo_base": lambda r: (r.e.get("cameo") or "")[:3] or None,
    "cameo_root": lambda r: (r.e.get("cameo") or "")[:2] or None,
    "quad_class": lambda r: r.e.get("quad_class"),
    "quad_name": lambda r: QUAD_NAMES.get(r.e.get("quad_class")),
    "goldstein": lambda r: r.e.get("goldstein"),
    "negated": lambda r: r.e.get("negated"),
    "modality": lambda r: r.e.get("modality"),
    "confidence": lambda r: r.e.get("confidence"),
    "sentence": lambda r: r.e.get("sentence"),
    "trigger": lambda r: r.e.get("trigger"),
    "n_mentions": lambda r: r.e.get("n_mentions", 1),
    "n_sources": lambda r: r.e.get("n_sources", 1),
    "n_articles": lambda r: r.e.get("n_articles", 1),
    "member_ids": lambda r: _joined(r.e.get("member_ids") or [r.e["id"]]),
    "outlets": lambda r: _joined(r.e.get("outlets") or [r.e.get("article_outlet")]),
    "article_urls": lambda r: _joined([ev.get("url") for ev in r.e.get("evidence") or []] or [r.e.get("article_url")]),
    "article_id": lambda r: r.e.get("article_id"),
    "article_url": lambda r: r.e.get("article_url"),
    "article_outlet": lambda r: r.e.get("article_outlet"),
    "article_published": lambda r: r.e.get("article_published"),
    "article_language": lambda r: r.e.get("article_language"),
    "sentence_id": lambda r: f"{r.e.get('article_id')}_{r.e.get('start')}",
    "coder_version": lambda r: r.e.get("coder_version"),
    "updated_at": lambda r: r.e.get("updated_at"),
    "unix_updated": lambda r: int(datetime.fromisoformat(r.e["updated_at"]).replace(tzinfo=timezone.utc).timestamp())
    if r.e.get("updated_at") else None,
    "dateadded": lambda r: int(datetime.fromisoformat(r.e["updated_at"]).strftime("%Y%m%d%H%M%S"))
    if r.e.get("updated_at") else None,
    "time_precision": lambda r: 1 if (r.e.get("date") or "")[10:] == "" and len(r.e.get("date") or "") == 10
    else 2 if len(r.e.get("date") or "") == 7 else 3 if r.e.get("date") else None,
    "geo_precision": lambda r: {"city": 1, "place": 1, "admin1": 2, "country": 3}.get(_location(r).get("kind"))
    if _location(r) else None,
    "acled_tags": lambda r: _joined([f"plover:{r.e.get('type')}"] + ([f"cameo:{r.e['cameo']}"] if r.e.get("cameo") else [])),
    "location_name": lambda r: _location(r).get("name"),
    "location_kind": lambda r: _location(r).get("kind"),
    "location_city": lambda r: _location(r).get("name") if _location(r).get("kind") == "city" else None,
    "location_admin1": _admin1,
    "location_country": lambda r: _location(r).get("country"),
    "location_country_name": lambda r: (row_for(_location(r).get("country"), r.e.get("date")).name
                                        if row_for(_location(r).get("country"), r.e.get("date")) else None),
    "location_fips": lambda r: r.codes(_location(r).get("country")).get("fips"),
    "location_cameo_country": lambda r: r.codes(_location(r).get("country")).get("cameo"),
    "gdelt_geo_type": lambda r: GDELT_GEO_TYPES.get(_location(r).get("kind")) if _location(r) else None,
    "lat": lambda r: _location(r).get("lat"),
    "lon": lambda r: _location(r).get("lon"),
    "geonames_id": lambda r: _location(r).get("geonames_id"),
    "story_people": lambda r: _joined(r.story.get("people", [])),
    "story_organizations": lambda r: _joined(r.story.get("organizations", [])),
    "story_locations": lambda r: _joined(r.story.get("locations", [])),
    **_role_fields("source"),
    **_role_fields("target"),
}


# ---------------------------------------------------------------------------- export

def export_events(store, out: str, *, schema: str = "native", fmt: str = "csv", dedup: str = "raw",
                  window_days: int = 1, updated_since: str | None = None, store_path: str | None = None,
                  **filters: Any) -> dict[str, Any]:
    """Write events to ``out`` in ``schema`` and ``fmt``, and ``out.meta.json``; returns the meta."""
    spec = _schema(schema)
    if fmt not in FORMATS:
        raise ConfigError(f"unknown export format {fmt!r}; formats: {', '.join(FORMATS)}")
    events = dedup_events(store.event_records(updated_since=updated_since, **filters), dedup,
                          window_days=window_days)
    stories = store.story_entities(e["article_id"] for e in events)
    path = Path(out)
    meta = _meta(store, store_path, schema, spec, fmt, dedup, window_days, updated_since, filters, events)
    with _writing(path):
        if fmt == "geojson":
            meta["rows"] = _write_geojson(path, events, stories, spec)
        elif fmt == "gexf":
            meta["rows"] = _write_gexf(path, events, meta)
        else:
            columns = spec["columns"]
            rows = [[FIELDS[f](row) if f else None for _, f in columns]
                    for row in (Row(e, stories.get(e["article_id"], {})) for e in events)]
            _write_table(path, fmt, [c for c, _ in columns], rows, spec["header"], meta)
            meta["rows"] = len(rows)
        _write_meta(path, meta)
    return meta


@contextmanager
def _writing(path: Path) -> Iterator[None]:
    """Make OUT's folder; an OUT that is a directory or cannot be written is a ConfigError
    naming it (the CLI prints one line), not a traceback."""
    try:
        if path.is_dir():
            raise IsADirectoryError(21, "it is a directory", str(path))
        path.parent.mkdir(parents=True, exist_ok=True)
        yield
    except OSError as exc:
        raise ConfigError(f"cannot write {path}: {os_reason(exc)}", source=str(path)) from exc


def export_tombstones(store, out: str, *, fmt: str = "csv", updated_since: str | None = None,
                      store_path: str | None = None) -> dict[str, Any]:
    """Removed events (``event_id, article_id, removed_at, reason``) for downstream deletes."""
    if fmt not in ("csv", "tsv", "parquet", "jsonl"):
        raise ConfigError(f"tombstones export as csv, tsv, parquet or jsonl, not {fmt!r}")
    rows = store.tombstones(updated_since=updated_since)
    columns = ["event_id", "article_id", "removed_at", "reason"]
    path = Path(out)
    meta = _meta(store, store_path, "tombstones", {"schema_version": "eventwire-tombstones/1", "columns": [
        (c, c) for c in columns]}, fmt, None, None, updated_since, {}, [])
    with _writing(path):
        _write_table(path, fmt, columns, [[r[c] for c in columns] for r in rows], True, meta)
        meta["rows"] = len(rows)
        _write_meta(path, meta)
    return meta


def _meta(store, store_path, schema, spec, fmt, dedup, window_days, updated_since, filters, events) -> dict[str, Any]:
    exported_at = datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    where = store_path or getattr(store, "path", None)
    coder_versions = sorted({e.get("coder_version") for e in events if e.get("coder_version")})
    version = spec["schema_version"]
    return {
        "schema": schema, "schema_version": version, "title": spec.get("title"), "format": fmt,
        "eventwire_version": __version__, "coder_versions": coder_versions, "store": where,
        "exported_at": exported_at, "dedup": dedup, "window_days": window_days,
        "updated_since": updated_since, "filters": {k: v for k, v in filters.items() if v is not None},
        "columns": [c for c, _ in spec["columns"]],
        "unfilled_columns": [c for c, f in spec["columns"] if f is None],
        "citation": (f"eventwire {__version__} (coder {', '.join(coder_versions) or 'n/a'}), "
                     f"schema {version}, store {where}, exported {exported_at}"),
    }


def _write_meta(path: Path, meta: dict[str, Any]) -> None:
    Path(str(path) + ".meta.json").write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n",
                                              encoding="utf-8")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _write_table(path: Path, fmt: str, columns: list[str], rows: list[list[Any]], header: bool,
                 meta: dict[str, Any]) -> None:
    if fmt in ("csv", "tsv"):
        with open(path, "w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, delimiter="\t" if fmt == "tsv" else ",", lineterminator="\n",
                                quoting=csv.QUOTE_MINIMAL)
            if header:
                writer.writerow(columns)
            for row in rows:
                writer.writerow([_cell(v).replace("\t", " ").replace("\n", " ") if fmt == "tsv" else _cell(v)
                                 for v in row])
    elif fmt == "jsonl":
        with open(path, "w", encoding="utf-8") as handle:
            for row in rows:
                handle.write(json.dumps(dict(zip(columns, row)), ensure_ascii=False, default=str) + "\n")
    else:
        import pyarrow as pa
        import pyarrow.parquet as pq

        arrays = {}
        for i, name in enumerate(columns):
            values = [row[i] for row in rows]
            kinds = {type(v) for v in values if v is not None}
            if kinds and kinds <= {int, float} and float in kinds:
                values = [float(v) if v is not None else None for v in values]
            elif len(kinds) > 1 or kinds - {int, float, bool, str}:
                values = [_cell(v) if v is not None else None for v in values]
            arrays[name] = pa.array(values) if kinds else pa.array(values, type=pa.string())
        table = pa.table(arrays)
        table = table.replace_schema_metadata({"eventwire": json.dumps(meta, ensure_ascii=False)})
        pq.write_table(table, path)


def _write_geojson(path: Path, events, stories, spec) -> int:
    """Located events as points; properties are the requested schema's columns (unfilled
    ones null), as the sidecar meta says."""
    features = []
    for e in events:
        loc = e.get("location") or {}
        if loc.get("lat") is None or loc.get("lon") is None:
            continue
        row = Row(e, stories.get(e["article_id"], {}))
        props = {c: FIELDS[f](row) if f else None for c, f in spec["columns"]}
        features.append({"type": "Feature", "id": e["id"],
                         "geometry": {"type": "Point", "coordinates": [loc["lon"], loc["lat"]]},
                         "properties": props})
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False,
                               default=str) + "\n", encoding="utf-8")
    return len(features)


def _write_gexf(path: Path, events, meta) -> int:
    """Directed actor network: nodes are actors (code, else country, else name), edges carry the
    number of events and their mean Goldstein score."""
    nodes: dict[str, str] = {}
    edges: dict[tuple[str, str], list[float | None]] = {}
    for e in events:
        source, target = actor_key((e.get("source") or [])[:1]), actor_key((e.get("target") or [])[:1])
        if not source or not target:
            continue
        for key, actors in ((source, e["source"]), (target, e["target"])):
            nodes.setdefault(key, actors[0].get("name") or actors[0].get("text") or key)
        edges.setdefault((source, target), []).append(e.get("goldstein"))
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<gexf xmlns="http://gexf.net/1.3" version="1.3">',
             f'  <meta lastmodifieddate="{meta["exported_at"][:10]}"><creator>eventwire {escape(__version__)}'
             f'</creator><description>{escape(meta["citation"])}</description></meta>',
             '  <graph defaultedgetype="directed" mode="static">',
             '    <attributes class="edge"><attribute id="0" title="n_events" type="integer"/>'
             '<attribute id="1" title="goldstein_mean" type="double"/></attributes>',
             '    <nodes>']
    for key, label in sorted(nodes.items()):
        lines.append(f'      <node id="{escape(key, {chr(34): "&quot;"})}" label="{escape(label, {chr(34): "&quot;"})}"/>')
    lines.append('    </nodes>\n    <edges>')
    for i, ((s, t), scores) in enumerate(sorted(edges.items())):
        known = [x for x in scores if x is not None]
        mean = f'<attvalue for="1" value="{sum(known) / len(known):.4f}"/>' if known else ""
        lines.append(f'      <edge id="{i}" source="{escape(s, {chr(34): "&quot;"})}" '
                     f'target="{escape(t, {chr(34): "&quot;"})}" weight="{len(scores)}"><attvalues>'
                     f'<attvalue for="0" value="{len(scores)}"/>{mean}</attvalues></edge>')
    lines += ['    </edges>', '  </graph>', '</gexf>']
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(edges)
