"""Schema exports read back with DuckDB: names and order, codes, sidecar, parquet metadata."""

from __future__ import annotations

import json

import duckdb
import pyarrow.parquet as pq
import pytest

from eventwire.analyst.exports import export_events, export_tombstones, load_schemas, schema_columns

from analyst_corpus import write

GDELT_FIRST = ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate", "Actor1Code"]
POLECAT_LAST = ["Story People", "Story Organizations", "Story Locations", "Language", "Version"]


def test_exports_schema_sizes_are_the_public_ones():
    sizes = {name: len(spec["columns"]) for name, spec in load_schemas().items()}
    assert sizes | {"native": 0} == {"gdelt": 61, "polecat": 40, "icews": 20, "acled": 31, "phoenix": 26,
                                     "native": 0}
    for name in ("gdelt", "polecat", "icews", "acled", "phoenix"):
        assert len(set(schema_columns(name))) == len(schema_columns(name)), name


def test_exports_gdelt_tsv_reads_back_headerless_with_61_columns(store, three_outlets, tmp_path):
    write(store, three_outlets)
    out = tmp_path / "events.export.CSV"
    meta = export_events(store, str(out), schema="gdelt", fmt="tsv", dedup="event")
    columns = schema_columns("gdelt")
    first_line = out.read_text(encoding="utf-8").splitlines()[0]
    assert not first_line.startswith(("#", "GLOBALEVENTID"))
    rel = duckdb.connect().read_csv(str(out), header=False, sep="\t", names=columns, all_varchar=True)
    assert rel.columns == columns and len(columns) == 61 and rel.columns[:6] == GDELT_FIRST
    row = dict(zip(rel.columns, rel.fetchall()[0]))
    assert (row["SQLDATE"], row["MonthYear"], row["Year"]) == ("20240511", "202405", "2024")
    assert (row["Actor1Code"], row["Actor1CountryCode"], row["Actor2CountryCode"]) == ("KENGOV", "KEN", "TZA")
    assert row["EventCode"] == "040" and row["EventRootCode"] == "04"  # leading zero kept
    assert (row["NumMentions"], row["NumSources"], row["NumArticles"]) == ("4", "3", "3")
    assert row["ActionGeo_CountryCode"] == "TZ"  # FIPS 10-4, not ISO
    assert row["AvgTone"] is None and row["SOURCEURL"].startswith("https://")
    sidecar = json.loads((tmp_path / "events.export.CSV.meta.json").read_text())
    assert sidecar == meta and sidecar["rows"] == 1 and sidecar["schema_version"].startswith("gdelt-2.0")
    assert "AvgTone" in sidecar["unfilled_columns"] and str(store.path) in sidecar["citation"]


def test_exports_polecat_tsv_has_40_named_columns(store, three_outlets, tmp_path):
    write(store, three_outlets)
    out = tmp_path / "polecat.txt"
    export_events(store, str(out), schema="polecat", fmt="tsv")
    rel = duckdb.connect().read_csv(str(out), header=True, sep="\t", all_varchar=True)
    assert rel.columns == schema_columns("polecat") and len(rel.columns) == 40
    assert rel.columns[-5:] == POLECAT_LAST
    rows = [dict(zip(rel.columns, r)) for r in rel.fetchall()]
    assert len(rows) == 4 and {r["Quad Code"] for r in rows} == {"VERBAL COOPERATION"}
    assert {r["Actor COW"] for r in rows} == {"501"} and {r["Recipient COW"] for r in rows} == {"510"}


@pytest.mark.parametrize("schema", ["icews", "acled", "phoenix", "native"])
def test_exports_csv_and_parquet_keep_names_order_and_metadata(store, three_outlets, tmp_path, schema):
    write(store, three_outlets)
    export_events(store, str(tmp_path / "e.csv"), schema=schema, fmt="csv", dedup="story")
    rel = duckdb.connect().read_csv(str(tmp_path / "e.csv"), header=True, all_varchar=True)
    assert rel.columns == schema_columns(schema) and len(rel.fetchall()) == 3
    export_events(store, str(tmp_path / "e.parquet"), schema=schema, fmt="parquet")
    table = pq.read_table(tmp_path / "e.parquet")
    assert table.column_names == schema_columns(schema) and table.num_rows == 4
    meta = json.loads(table.schema.metadata[b"eventwire"])
    assert meta["schema"] == schema and meta["eventwire_version"] and meta["exported_at"]


def test_exports_native_shows_coder_version_and_codes(store, month_articles, tmp_path):
    write(store, month_articles)
    export_events(store, str(tmp_path / "n.jsonl"), schema="native", fmt="jsonl")
    rows = [json.loads(line) for line in (tmp_path / "n.jsonl").read_text().splitlines()]
    assert len(rows) == 6 and all(r["coder_version"] and r["updated_at"] for r in rows)
    assert (rows[0]["source_cow"], rows[0]["target_gw"], rows[0]["location_fips"]) == (365, 369, "UP")


def test_exports_geojson_and_gexf(store, three_outlets, tmp_path):
    write(store, three_outlets)
    export_events(store, str(tmp_path / "e.geojson"), fmt="geojson")
    collection = json.loads((tmp_path / "e.geojson").read_text())
    assert len(collection["features"]) == 3  # one raw event has no location
    assert collection["features"][0]["geometry"]["coordinates"] == [36.68, -3.37]
    export_events(store, str(tmp_path / "e.gexf"), fmt="gexf")
    import xml.etree.ElementTree as ET
    root = ET.parse(tmp_path / "e.gexf").getroot()
    ns = {"g": "http://gexf.net/1.3"}
    edges = root.findall(".//g:edge", ns)
    assert [(e.get("source"), e.get("target"), e.get("weight")) for e in edges] == [("KENGOV", "TZAGOV", "4")]
    assert len(root.findall(".//g:node", ns)) == 2


def test_exports_tombstones_empty_store_writes_header_and_sidecar(store, tmp_path):
    meta = export_tombstones(store, str(tmp_path / "t.csv"))
    assert (tmp_path / "t.csv").read_text().splitlines() == ["event_id,article_id,removed_at,reason"]
    assert meta["rows"] == 0 and (tmp_path / "t.csv.meta.json").exists()


@pytest.mark.parametrize("schema", ["native", "gdelt", "acled"])
def test_exports_geojson_properties_follow_the_schema(store, three_outlets, tmp_path, schema):
    write(store, three_outlets)
    meta = export_events(store, str(tmp_path / "e.geojson"), fmt="geojson", schema=schema)
    collection = json.loads((tmp_path / "e.geojson").read_text())
    assert collection["features"]
    for feature in collection["features"]:
        assert list(feature["properties"]) == schema_columns(schema) == meta["columns"]


@pytest.mark.parametrize("fmt", ["csv", "parquet", "jsonl", "geojson", "gexf"])
@pytest.mark.parametrize("where", ["a directory", "under a file"])
def test_exports_unwritable_out_is_a_config_error_naming_it(store, three_outlets, tmp_path, fmt, where):
    from eventwire.errors import ConfigError

    write(store, three_outlets)
    (tmp_path / "afile").write_text("not a folder")
    out = tmp_path / ("adir" if where == "a directory" else "afile/x")
    if where == "a directory":
        out.mkdir()
    with pytest.raises(ConfigError, match="cannot write .*(adir|afile)"):
        export_events(store, str(out), fmt=fmt)
    if fmt in ("csv", "parquet", "jsonl"):
        with pytest.raises(ConfigError, match="cannot write"):
            export_tombstones(store, str(out), fmt=fmt)


def test_exports_quad_names_and_event_day_come_from_one_place():
    from eventwire.analyst import dedup, exports
    from eventwire.store.base import QUAD_CLASS_NAMES

    assert exports.QUAD_NAMES == {q: n.upper() for q, n in QUAD_CLASS_NAMES.items()}
    assert not hasattr(exports, "_day") and not hasattr(dedup, "_day")
    assert str(dedup.event_day({"date": "2024-05", "article_published": "2024-05-03"})) == "2024-05-03"
