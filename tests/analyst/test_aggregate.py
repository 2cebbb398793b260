"""Aggregation: zero-filled panels, measures, splits, normalisation, units."""

from __future__ import annotations

import pytest

from eventwire.analyst.aggregate import aggregate, aggregate_with_meta
from eventwire.errors import ConfigError
from eventwire.records import Location, Place

from analyst_corpus import KEN, RUS, TZA, UKR, coded_article, write


def test_aggregate_month_with_quiet_day_has_zeros(store, month_articles):
    write(store, month_articles)
    rows = aggregate(store, unit="country", period="day", since="2022-03", until="2022-03")
    assert [r["period"] for r in rows] == [f"2022-03-{d:02d}" for d in range(1, 32)]
    by_day = {r["period"]: r for r in rows}
    assert {r["country"] for r in rows} == {"UKR"}
    assert by_day["2022-03-03"]["value"] == 0 and by_day["2022-03-03"]["n_articles"] == 1
    assert [by_day[f"2022-03-0{d}"]["value"] for d in (1, 2, 4, 5)] == [2, 1, 3, 0]
    assert sum(r["value"] for r in rows) == 6


def test_aggregate_directed_dyad_split_quad_is_balanced(store, month_articles, three_outlets):
    write(store, month_articles + three_outlets)
    rows = aggregate(store, unit="directed-dyad", period="month", split="quad",
                     since="2022-03-01", until="2022-04-30")
    assert len(rows) == 1 * 2 * 4  # dyads seen in the range x months x quad classes
    rows = aggregate(store, unit="directed-dyad", period="month", split="quad",
                     since="2022-03-01", until="2022-04-30", units=["RUS>UKR", "KEN>TZA"])
    assert len(rows) == 2 * 2 * 4  # the dyads asked for x months x quad classes
    cell = {(r["source"], r["target"], r["period"], r["quad"]): r["value"] for r in rows}
    assert cell[("RUS", "UKR", "2022-03", 4)] == 6 and cell[("RUS", "UKR", "2022-04", 4)] == 0
    assert cell[("KEN", "TZA", "2022-03", 1)] == 0  # in range, nothing happened: zero, not missing


def test_aggregate_goldstein_measures_and_normalize(store, month_articles):
    write(store, month_articles)
    total = aggregate(store, unit="dyad", period="month", measure="goldstein_sum")
    assert [(r["country_a"], r["country_b"], r["value"]) for r in total] == [("RUS", "UKR", -60.0)]
    mean = aggregate(store, unit="dyad", period="day", measure="goldstein_mean",
                     since="2022-03-01", until="2022-03-04")
    assert [r["value"] for r in mean] == [-10.0, -10.0, None, -10.0]
    norm = aggregate(store, unit="country", period="month", normalize=True)
    assert norm[0]["value"] == pytest.approx(6 / 7) and norm[0]["n_articles"] == 7


def test_aggregate_dedup_event_counts_one_meeting(store, three_outlets):
    write(store, three_outlets)
    raw = aggregate(store, unit="dyad", period="day")
    merged = aggregate(store, unit="dyad", period="day", dedup="event")
    assert [r["value"] for r in raw] == [4] and [r["value"] for r in merged] == [1]


def test_aggregate_type_split_week_and_admin1(store):
    text = "Kenya accused Tanzania in Arusha. Kenya met Tanzania in Arusha."
    places = [Place(name="Arusha", text="Arusha", start=text.index("Arusha"), end=text.index("Arusha") + 6,
                    country="TZA", kind="city", admin1="Arusha Region")]
    arusha = Location(name="Arusha", country="TZA", kind="city")
    write(store, [coded_article(text, "2024-05-11", "A", [
        dict(trigger="accused", type="ACCUSE", quad_class=3, date="2024-05-11", source=[KEN], target=[TZA],
             location=arusha),
        dict(trigger="met", type="CONSULT", quad_class=1, date="2024-05-13", source=[KEN], target=[TZA],
             location=arusha)], places=places)])
    weekly = aggregate(store, unit="admin1", period="week", split="type")
    assert [(r["country"], r["admin1"], r["period"], r["type"], r["value"]) for r in weekly] == [
        ("TZA", "Arusha Region", "2024-W19", "ACCUSE", 1), ("TZA", "Arusha Region", "2024-W19", "CONSULT", 0),
        ("TZA", "Arusha Region", "2024-W20", "ACCUSE", 0), ("TZA", "Arusha Region", "2024-W20", "CONSULT", 1)]


def test_aggregate_reports_events_it_cannot_place(store):
    write(store, [coded_article("Students protested.", "2024-05-11", "A", [
        dict(trigger="protested", type="PROTEST", date="2024-05-11")])])
    result = aggregate_with_meta(store, unit="dyad", period="year")
    assert result["rows"] == [] and result["unplaced"] == 1


@pytest.mark.parametrize("bad", [dict(unit="city"), dict(period="hour"), dict(measure="median"),
                                 dict(split="mode"), dict(since="March")])
def test_aggregate_rejects_bad_options(store, bad):
    with pytest.raises(ConfigError):
        aggregate(store, **bad)
