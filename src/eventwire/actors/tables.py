"""Actor knowledge tables: load and validate the data files under ``actors/data/`` once per process.

Every file has a header comment with its format (see ``data/README.md``). :func:`knowledge`
returns one immutable :class:`Knowledge` with a surface-form index used by the matcher.
A malformed file raises :class:`~eventwire.errors.ConfigError` naming the file and entry.
"""

from __future__ import annotations

import csv
import functools
import io
from dataclasses import dataclass, field
from pathlib import Path


from ..errors import ConfigError
from ..datafiles import read_yaml

DATA = Path(__file__).parent / "data"

SECTORS = {"GOV", "MIL", "COP", "REB", "INS", "OPP", "LEG", "JUD", "CVL", "REF", "MED", "BUS", "IGO", "NGO",
           "EDU", "LAB", "REL", "SPY", "ELI", "PTY", "CRM", "HLH", "AGR", "ENV", "SEP", "UAF", "MOD", "RAD"}
KINDS = {"person", "country", "government", "organization", "igo", "group", "region", "sector", "outlet"}
# Title words that never start a surname-only alias (King Abdullah -> not "Abdullah" by default).
_NAME_SUFFIXES = {"Jr", "Sr", "II", "III", "IV"}
_TITLE_FIRST = {"King", "Queen", "Pope", "Mullah", "Prince", "Crown", "Dalai", "Sheikh", "Emir", "Sultan"}


@dataclass(frozen=True)
class Entry:
    """One named actor in a table: a country, seat, IGO, group, region, outlet."""

    name: str
    kind: str
    country: str | None
    sector: str | None
    code: str | None
    source: str  # file the entry came from, for explanations
    category: str  # country | demonym | seat | igo | group | ethnic | region | region_adj | outlet
    shared: tuple[str, ...] = ()  # other states with a like-named body ("House of Commons": CAN)


@dataclass(frozen=True)
class SectorTerm:
    sector: str | None
    title: bool = False
    role: str | None = None
    head: bool = False
    plural: bool = False
    polity: bool = False
    domestic: bool = False  # an unnamed member is a national of the state where it acts (sectors.yaml)
    minority: bool = False  # "the Hungarian minority": lives outside the state its adjective names
    several: bool = False  # "governments", "armies": organs of several states, never one inherited state
    posted: bool = False  # diplomats: "the ambassador in Baghdad" is not Iraq's (sectors.yaml)


@dataclass(frozen=True)
class Role:
    country: str
    sector: str
    role: str
    start: str
    end: str | None


@dataclass
class Person:
    name: str
    gender: str | None
    roles: list[Role] = field(default_factory=list)

    def role_at(self, date: str | None) -> tuple[Role, bool]:
        """The role held on ``date`` (ISO). Returns (role, current): when no role covers the
        date, the last role that started before it (or the first role) with current False."""
        roles = sorted(self.roles, key=lambda r: r.start)
        if date is None:
            return roles[-1], True
        active = [r for r in roles if r.start <= date and (r.end is None or date < r.end)]
        if active:
            return active[-1], True
        before = [r for r in roles if r.start <= date]
        return (before[-1] if before else roles[0]), False


@dataclass
class Knowledge:
    countries: dict[str, Entry]  # iso3 -> country entry
    surfaces: dict[str, list[Entry]]  # surface form -> entries (proper names, case-aware)
    sector_terms: dict[str, SectorTerm]  # lower-case term -> sector info
    people: dict[str, Person]  # canonical name -> person
    person_aliases: dict[str, list[str]]  # alias/surname -> canonical names
    outlets: dict[str, str]  # surface -> canonical outlet name
    gender_titles: dict[str, str]  # lower-case title -> m|f
    first_names: dict[str, str]  # first name -> m|f
    regions: dict[str, Entry]  # code -> region entry


def _read_yaml(name: str):
    return read_yaml(DATA / name, "actor table")


def _read_csv(name: str) -> list[dict[str, str]]:
    path = DATA / name
    try:
        lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    except OSError as exc:
        raise ConfigError(f"cannot read {path}: {exc}") from exc
    return list(csv.DictReader(io.StringIO("\n".join(lines))))


def _split(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split("|") if v.strip()]


def _check(cond: bool, file: str, what: str) -> None:
    if not cond:
        raise ConfigError(f"actors/data/{file}: {what}")


def _add(surfaces: dict[str, list[Entry]], surface: str, entry: Entry) -> None:
    bucket = surfaces.setdefault(surface, [])
    if entry not in bucket:
        bucket.append(entry)


def load_countries(surfaces: dict[str, list[Entry]]) -> dict[str, Entry]:
    countries: dict[str, Entry] = {}
    for row in _read_csv("countries.csv"):
        iso3 = (row.get("iso3") or "").strip()
        _check(len(iso3) == 3 and iso3.isupper(), "countries.csv", f"bad iso3 {iso3!r}")
        _check(bool(row.get("name")), "countries.csv", f"{iso3}: empty name")
        name = row["name"].strip()
        entry = Entry(name, "country", iso3, None, iso3, "countries.csv", "country")
        countries[iso3] = entry
        for s in [name, *_split(row.get("aliases"))]:
            _add(surfaces, s, entry)
        for s in _split(row.get("demonyms")):
            _add(surfaces, s, Entry(name, "country", iso3, None, iso3, "countries.csv", "demonym"))
        for s in _split(row.get("seats")):
            surface, _, sector = s.rpartition(":")
            _check(bool(surface) and sector in SECTORS, "countries.csv", f"{iso3}: bad seat {s!r}")
            kind = "government"
            _add(surfaces, surface, Entry(f"{name} ({surface.removeprefix('the ')})", kind, iso3, sector,
                                          iso3 + sector, "countries.csv", "seat"))
    return countries


def load_named(file: str, surfaces: dict[str, list[Entry]], default_kind: str, category: str) -> None:
    data = _read_yaml(file)
    _check(isinstance(data, list), file, "must be a list of mappings")
    for item in data:
        _check(isinstance(item, dict) and item.get("name"), file, f"entry without name: {item!r}")
        kind = item.get("kind", default_kind)
        _check(kind in KINDS, file, f"{item['name']}: unknown kind {kind!r}")
        sector = item.get("sector", "IGO" if category == "igo" else None)
        _check(sector is None or sector in SECTORS, file, f"{item['name']}: unknown sector {sector!r}")
        country = item.get("country", "IGO" if category == "igo" else None)
        code = item.get("code")
        _check(code is None or (isinstance(code, str) and code.isalnum() and code.isupper()), file,
               f"{item['name']}: bad code {code!r}")
        shared = item.get("shared") or []
        _check(isinstance(shared, list) and all(isinstance(c, str) and len(c) == 3 and c.isupper() for c in shared),
               file, f"{item['name']}: shared must be a list of ISO3 codes")
        entry = Entry(item["name"], kind, country, sector, code, file, category, tuple(shared))
        aliases = item.get("aliases") or []
        _check(isinstance(aliases, list), file, f"{item['name']}: aliases must be a list")
        for s in [item["name"], *aliases]:
            _add(surfaces, str(s), entry)


def load_regions(surfaces: dict[str, list[Entry]]) -> dict[str, Entry]:
    regions: dict[str, Entry] = {}
    data = _read_yaml("regions.yaml")
    _check(isinstance(data, list), "regions.yaml", "must be a list of mappings")
    for item in data:
        code = item.get("code")
        _check(isinstance(code, str) and len(code) == 3 and code.isupper(), "regions.yaml", f"bad code {code!r}")
        entry = Entry(item["name"], "region", code, None, code, "regions.yaml", "region")
        regions[code] = entry
        for s in item.get("aliases") or []:
            _add(surfaces, s, entry)
        for s in item.get("adjectives") or []:
            _add(surfaces, s, Entry(item["name"], "region", code, None, code, "regions.yaml", "region_adj"))
    return regions


def load_sector_terms() -> dict[str, SectorTerm]:
    terms: dict[str, SectorTerm] = {}
    data = _read_yaml("sectors.yaml")
    _check(isinstance(data, list), "sectors.yaml", "must be a list of mappings")
    for item in data:
        sector = item.get("sector")
        _check(sector is None or sector in SECTORS, "sectors.yaml", f"unknown sector {sector!r}")
        _check(bool(item.get("terms")), "sectors.yaml", f"entry without terms: {item!r}")
        info = SectorTerm(sector, bool(item.get("title")), item.get("role"), bool(item.get("head")),
                          bool(item.get("plural")), bool(item.get("polity")), bool(item.get("domestic")),
                          bool(item.get("minority")), bool(item.get("several")), bool(item.get("posted")))
        for t in item["terms"]:
            _check(t == t.lower(), "sectors.yaml", f"term {t!r} must be lower case")
            terms.setdefault(t, info)
    return terms


def load_people(blocked: set[str] = frozenset()) -> tuple[dict[str, Person], dict[str, list[str]]]:
    """people.csv. ``blocked``: words never used as an automatic surname alias (first names and
    common surnames from first_names.yaml)."""
    people: dict[str, Person] = {}
    explicit: dict[str, set[str]] = {}
    for n, row in enumerate(_read_csv("people.csv"), start=2):
        name = (row.get("name") or "").strip()
        _check(bool(name), "people.csv", f"row {n}: empty name")
        country, sector = row.get("country", "").strip(), row.get("sector", "").strip()
        _check(len(country) == 3 and country.isupper(), "people.csv", f"{name}: bad country {country!r}")
        _check(sector in SECTORS, "people.csv", f"{name}: bad sector {sector!r}")
        start, end = row.get("start", "").strip(), (row.get("end") or "").strip() or None
        _check(len(start) in (4, 10), "people.csv", f"{name}: bad start {start!r}")
        _check(end is None or len(end) in (4, 10), "people.csv", f"{name}: bad end {end!r}")
        _check(end is None or start <= end, "people.csv", f"{name}: ends before it starts")
        gender = (row.get("gender") or "").strip() or None
        _check(gender in (None, "m", "f"), "people.csv", f"{name}: bad gender {gender!r}")
        person = people.setdefault(name, Person(name, gender))
        person.roles.append(Role(country, sector, row.get("role", "").strip(), start, end))
        explicit.setdefault(name, set()).update(_split(row.get("aliases")))
    aliases: dict[str, list[str]] = {}
    for name, forms in explicit.items():
        for form in {name, *forms}:
            aliases.setdefault(form, []).append(name)
    # Surnames: the last word, unless the name starts with a title or the surname is shared.
    surnames: dict[str, list[str]] = {}
    for name in people:
        words = name.split()
        while len(words) > 2 and words[-1].rstrip(".,") in _NAME_SUFFIXES:
            words = words[:-1]  # "Ferdinand Marcos Jr.": the surname is Marcos, never "Jr."
        if len(words) > 1 and words[0] not in _TITLE_FIRST and " of " not in name:
            surnames.setdefault(words[-1], []).append(name)
    for surname, names in surnames.items():
        if surname not in aliases and len(names) == 1 and surname not in blocked:
            aliases[surname] = names
    return people, aliases


def load_outlets(surfaces: dict[str, list[Entry]]) -> dict[str, str]:
    outlets: dict[str, str] = {}
    data = _read_yaml("outlets.yaml")
    _check(isinstance(data, list), "outlets.yaml", "must be a list of mappings")
    for item in data:
        _check(isinstance(item, dict) and item.get("name"), "outlets.yaml", f"entry without name: {item!r}")
        country = item.get("country")
        _check(country is None or (len(country) == 3 and country.isupper()), "outlets.yaml",
               f"{item['name']}: bad country {country!r}")
        entry = Entry(item["name"], "outlet", country, "MED", (country or "") + "MED", "outlets.yaml", "outlet")
        for s in [item["name"], *(item.get("aliases") or [])]:
            outlets[str(s)] = item["name"]
            _add(surfaces, str(s), entry)
    return outlets


def load_gender() -> tuple[dict[str, str], dict[str, str], set[str]]:
    data = _read_yaml("first_names.yaml")
    _check(isinstance(data, dict), "first_names.yaml", "must be a mapping")
    titles = {t: "m" for t in data.get("titles_male", [])}
    titles.update({t: "f" for t in data.get("titles_female", [])})
    names = {n: "m" for n in data.get("male", [])}
    names.update({n: "f" for n in data.get("female", [])})
    return titles, names, set(data.get("common_surnames", []))


@functools.lru_cache(maxsize=1)
def knowledge() -> Knowledge:
    """All actor tables, loaded and validated once per process."""
    surfaces: dict[str, list[Entry]] = {}
    countries = load_countries(surfaces)
    load_named("igos.yaml", surfaces, "igo", "igo")
    load_named("groups.yaml", surfaces, "group", "group")
    load_named("ethnic_groups.yaml", surfaces, "group", "ethnic")
    regions = load_regions(surfaces)
    outlets = load_outlets(surfaces)
    titles, first, common = load_gender()
    people, person_aliases = load_people(set(first) | common)
    return Knowledge(countries, surfaces, load_sector_terms(), people, person_aliases, outlets,
                     titles, first, regions)


@functools.lru_cache(maxsize=1)
def org_name_words() -> dict[str, frozenset[str]]:
    """org_names.yaml: words that make an untabled organisation an international NGO, and the
    nouns that make an ORG entity a document rather than an actor."""
    data = _read_yaml("org_names.yaml")
    keys = ("ngo_nouns", "international", "intergovernmental")
    _check(isinstance(data, dict) and all(isinstance(data.get(k), list) for k in keys), "org_names.yaml",
           f"must be a mapping with lists {', '.join(keys)}")
    words = {k: frozenset(str(w) for w in data[k]) for k in keys}
    _check(isinstance(data.get("documents", []), list), "org_names.yaml", "'documents' must be a list")
    words["documents"] = frozenset(str(w) for w in data.get("documents", []))
    return words


@functools.lru_cache(maxsize=1)
def namesake_words() -> frozenset[str]:
    """namesakes.yaml: nouns that make a person's name before them a thing's name ("Kennedy School")."""
    data = _read_yaml("namesakes.yaml")
    _check(isinstance(data, dict) and isinstance(data.get("after_name"), list), "namesakes.yaml",
           "must be a mapping with a list 'after_name'")
    return frozenset(str(w) for w in data["after_name"])
