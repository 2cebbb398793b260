"""Time-aware country codes: the data table loads, windows never overlap, states that changed."""

from __future__ import annotations

import pytest

from eventwire.analyst.codes import codes_for, load_table


def test_codes_table_loads_and_windows_do_not_overlap():
    table = load_table()
    assert len(table) > 190
    for iso3, rows in table.items():
        windows = sorted((r.valid_from or "0000", r.valid_until or "9999") for r in rows)
        for (_, end), (start, _) in zip(windows, windows[1:]):
            assert end < start, iso3
        assert sum(r.valid_until is None for r in rows) <= 1, iso3
    assert all(r.iso3 and len(r.iso3) == 3 for rows in table.values() for r in rows)


@pytest.mark.parametrize("iso3, date, expected", [
    ("RUS", "1985-06-01", {"iso3": "SUN", "cameo": "SUN", "fips": "UR", "cow": 365, "gw": 365}),
    ("RUS", "2024-01-01", {"iso3": "RUS", "cameo": "RUS", "fips": "RS", "cow": 365, "gw": 365}),
    ("UKR", "1990-01-01", {"iso3": "SUN", "cameo": "SUN", "fips": "UR", "cow": 365, "gw": 365}),
    ("UKR", "1992-01-01", {"iso3": "UKR", "cameo": "UKR", "fips": "UP", "cow": 369, "gw": 369}),
    ("DEU", "1989-11-09", {"iso3": "DEU", "cameo": "DEU", "fips": None, "cow": 260, "gw": 260}),
    ("DEU", "1991-01-01", {"iso3": "DEU", "cameo": "DEU", "fips": "GM", "cow": 255, "gw": 260}),
    ("DDR", "1989-11-09", {"iso3": "DDR", "cameo": "DDR", "fips": "GC", "cow": 265, "gw": 265}),
    ("SRB", "1999-03-24", {"iso3": "YUG", "cameo": "YUG", "fips": "YO", "cow": 345, "gw": 345}),
    ("SRB", "2005-01-01", {"iso3": "SCG", "cameo": "SCG", "fips": "YI", "cow": 345, "gw": 345}),
    ("SRB", "2010-01-01", {"iso3": "SRB", "cameo": "SRB", "fips": "RI", "cow": 345, "gw": 340}),
    ("MNE", "2010-01-01", {"iso3": "MNE", "cameo": "MNE", "fips": "MJ", "cow": 341, "gw": 341}),
    ("XKX", "2007-01-01", {"iso3": "SRB", "cameo": "SRB", "fips": "RI", "cow": 345, "gw": 340}),
    ("XKX", "2009-01-01", {"iso3": "XKX", "cameo": "XKX", "fips": "KV", "cow": 347, "gw": 347}),
    ("CZE", "1992-06", {"iso3": "CSK", "cameo": "CSK", "fips": None, "cow": 315, "gw": 315}),
    ("CZE", "1993-01-01", {"iso3": "CZE", "cameo": "CZE", "fips": "EZ", "cow": 316, "gw": 316}),
    ("SSD", "2011-07-08", {"iso3": "SDN", "cameo": "SDN", "fips": "SU", "cow": 625, "gw": 625}),
    ("SSD", "2011-07-09", {"iso3": "SSD", "cameo": "SSD", "fips": "OD", "cow": 626, "gw": 626}),
    ("YEM", "1980", {"iso3": "YEM", "cameo": "YEM", "fips": None, "cow": 678, "gw": 678}),
    ("YEM", "2015-03-26", {"iso3": "YEM", "cameo": "YEM", "fips": "YM", "cow": 679, "gw": 678}),
    ("YMD", "1980-01-01", {"iso3": "YMD", "cameo": "YMD", "fips": None, "cow": 680, "gw": 680}),
    ("COD", "1990-01-01", {"iso3": "COD", "cameo": "ZAR", "fips": "CG", "cow": 490, "gw": 490}),
    ("tur", None, {"iso3": "TUR", "cameo": "TUR", "fips": "TU", "cow": 640, "gw": 640}),
    ("EUR", None, {"iso3": "EUR", "cameo": None, "fips": None, "cow": None, "gw": None}),
])
def test_codes_for_states_that_changed(iso3, date, expected):
    assert codes_for(iso3, date) == expected
