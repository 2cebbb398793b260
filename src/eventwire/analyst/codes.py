"""Time-aware country codes: ISO3 to CAMEO, FIPS 10-4, COW and Gleditsch-Ward numbers.

The table is ``data/country_codes.csv`` (format in its header). A code that changed (the Soviet
Union, the two Germanies, Yugoslavia and its successors, Czechoslovakia, Sudan/South Sudan,
Yemen, Zaire) has one row per validity window; ``codes_for("RUS", "1985-06-01")`` gives the
Soviet Union's codes, ``codes_for("RUS", "2024-01-01")`` Russia's.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..errors import ConfigError

CODE_FIELDS = ("iso3", "cameo", "fips", "cow", "gw")


@dataclass(frozen=True)
class CodeRow:
    iso3: str
    valid_from: str | None
    valid_until: str | None
    state_iso3: str
    name: str
    cameo: str | None
    fips: str | None
    cow: int | None
    gw: int | None
    note: str | None

    def covers(self, date: str) -> bool:
        return (self.valid_from is None or self.valid_from <= date) and \
               (self.valid_until is None or date <= self.valid_until)


def _int(value: str) -> int | None:
    return int(value) if value.strip() else None


@lru_cache(maxsize=1)
def load_table() -> dict[str, list[CodeRow]]:
    """iso3 -> its rows ordered by ``valid_from`` (open start first)."""
    text = resources.files(__package__).joinpath("data/country_codes.csv").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if not line.startswith("#")]
    table: dict[str, list[CodeRow]] = {}
    for n, rec in enumerate(csv.DictReader(lines), start=2):
        try:
            row = CodeRow(
                iso3=rec["iso3"].strip().upper(), valid_from=rec["valid_from"] or None,
                valid_until=rec["valid_until"] or None, state_iso3=rec["state_iso3"], name=rec["name"],
                cameo=rec["cameo"] or None, fips=rec["fips"] or None, cow=_int(rec["cow"]),
                gw=_int(rec["gw"]), note=rec["note"] or None)
        except (KeyError, ValueError) as exc:
            raise ConfigError(f"country_codes.csv row {n}: {exc}") from exc
        table.setdefault(row.iso3, []).append(row)
    for rows in table.values():
        rows.sort(key=lambda r: r.valid_from or "")
    return table


def row_for(iso3: str | None, date: str | None = None) -> CodeRow | None:
    """The row of ``iso3`` valid on ``date`` (YYYY-MM-DD, or a YYYY/YYYY-MM prefix); the current
    row when ``date`` is None or outside every window; None for a code the table lacks."""
    if not iso3:
        return None
    rows = load_table().get(iso3.strip().upper())
    if not rows:
        return None
    if date:
        day = date[:10]
        day = day + "-01" * ((10 - len(day)) // 3)  # a month or year stands for its first day
        for row in rows:
            if row.covers(day):
                return row
    current = [r for r in rows if r.valid_until is None]
    return current[-1] if current else rows[-1]


def codes_for(iso3: str | None, date: str | None = None) -> dict[str, str | int | None]:
    """``{iso3, cameo, fips, cow, gw}`` of the state holding ``iso3`` on ``date``.

    ``iso3`` in the result is the state's code then (SUN for Russia in 1985); an unknown code
    comes back as given with the other codes None (regions, IGOs: ``codes_for("EUR")``).
    """
    row = row_for(iso3, date)
    if row is None:
        return {"iso3": iso3.strip().upper() if iso3 else None, "cameo": None, "fips": None,
                "cow": None, "gw": None}
    return {"iso3": row.state_iso3, "cameo": row.cameo, "fips": row.fips, "cow": row.cow, "gw": row.gw}


def country_name(iso3: str | None, date: str | None = None) -> str | None:
    row = row_for(iso3, date)
    return row.name if row else None
