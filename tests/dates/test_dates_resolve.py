"""Resolution against the publication date (pure functions, no spaCy)."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.dates.resolve import resolve

FRI = dt.date(2021, 8, 20)  # a Friday
THU = dt.date(2024, 2, 8)   # a Thursday


@pytest.mark.parametrize("kind, text, published, future, date, end, granularity", [
    ("day_no_year", "June 16", FRI, False, "2021-06-16", None, "day"),
    ("day_no_year", "June 16", FRI, True, "2022-06-16", None, "day"),
    ("day_no_year", "5 January", THU, False, "2024-01-05", None, "day"),
    ("absolute_day", "Jan. 5, 2009", THU, False, "2009-01-05", None, "day"),
    ("weekday", "Friday", FRI, False, "2021-08-20", None, "day"),       # same day in past-tense news
    ("weekday", "Monday", FRI, False, "2021-08-16", None, "day"),
    ("weekday", "Monday", FRI, True, "2021-08-23", None, "day"),        # "will meet on Monday"
    ("weekday", "next Tuesday", FRI, False, "2021-08-24", None, "day"),
    ("weekday", "last Friday", FRI, False, "2021-08-13", None, "day"),
    ("near_day", "yesterday", THU, False, "2024-02-07", None, "day"),
    ("ago", "two days ago", THU, False, "2024-02-06", None, "day"),
    ("relative_period", "last week", THU, False, "2024-01-29", "2024-02-04", "week"),
    ("relative_period", "earlier this month", FRI, False, "2021-08-01", "2021-08-19", "month"),
    ("relative_period", "next month", THU, False, "2024-03-01", "2024-03-31", "month"),
    ("relative_period", "this year", THU, False, "2024-01-01", "2024-12-31", "year"),
    ("relative_period", "late last year", THU, False, "2023-09-01", "2023-12-31", "year"),
    ("part_month", "mid-August", THU, False, "2023-08-11", "2023-08-20", "month"),
    ("month", "June", THU, False, "2023-06-01", "2023-06-30", "month"),
    ("month", "June", THU, True, "2024-06-01", "2024-06-30", "month"),
    ("month_year", "May 2022", THU, False, "2022-05-01", "2022-05-31", "month"),
    ("year", "2001", THU, False, "2001-01-01", "2001-12-31", "year"),
    ("decade", "the 1990s", THU, False, "1990-01-01", "1999-12-31", "year"),
])
def test_dates_resolve_against_publication(kind, text, published, future, date, end, granularity):
    found = resolve(kind, text, published, future)
    assert found is not None
    assert found.date.isoformat() == date
    assert (found.end_date.isoformat() if found.end_date else None) == end
    assert found.granularity == granularity


@pytest.mark.parametrize("kind, text", [
    ("day_no_year", "June 16"), ("weekday", "Monday"), ("relative_period", "last week"),
    ("ago", "two days ago"), ("near_day", "yesterday"), ("month", "June"),
])
def test_dates_resolve_relative_needs_publication_date(kind, text):
    assert resolve(kind, text, None) is None


@pytest.mark.parametrize("kind, text, date", [
    ("absolute_day", "Jan. 5, 2009", "2009-01-05"), ("year", "2001", "2001-01-01"),
    ("decade", "the 1990s", "1990-01-01"), ("month_year", "May 2022", "2022-05-01"),
])
def test_dates_resolve_absolute_without_publication_date(kind, text, date):
    found = resolve(kind, text, None)
    assert found is not None and found.date.isoformat() == date and not found.relative


@pytest.mark.parametrize("kind, text, nearest, date", [
    ("day_no_year", "Dec. 1", True, "2024-12-01"),    # tense unknown: the nearer future reading
    ("day_no_year", "Dec. 1", False, "2023-12-01"),   # past clause: stays past
    ("day_no_year", "Nov. 20", True, "2024-11-20"),   # recent past is kept
    ("month", "last May", False, "2024-05-01"),
    ("month", "next March", False, "2025-03-01"),
])
def test_dates_resolve_unknown_tense_and_modified_months(kind, text, nearest, date):
    found = resolve(kind, text, dt.date(2024, 11, 25), False, nearest=nearest)
    assert found is not None and found.date.isoformat() == date


@pytest.mark.parametrize("published", ["2021-08-20", "2024-02-29", "2023-01-01", "2022-12-31"])
@pytest.mark.parametrize("future", [False, True])
def test_month_day_reads_like_dateparser(published, future):
    """The fast month-and-day reading agrees with dateparser's PREFER_DATES_FROM reading."""
    import datetime as dt

    from eventwire.dates.lexicon import load
    from eventwire.dates.resolve import dateparse, month_day

    base = dt.date.fromisoformat(published)
    texts = ["June 16", "16 June", "16th of June", "Jan. 3", "December 31", "1 January", "August 20",
             "August 21", "Sept. 9", "March 1st", "Feb 28"]
    for text in texts:
        fast = month_day(text, base, future, load())
        slow = dateparse(text, "future" if future else "past", base)
        assert fast is not None, text
        assert slow is not None and fast == slow[0], (text, fast, slow)


def test_month_day_refuses_what_it_cannot_read():
    import datetime as dt

    from eventwire.dates.lexicon import load
    from eventwire.dates.resolve import month_day

    base = dt.date(2023, 5, 1)
    assert month_day("February 29", base, False, load()) is None  # not in 2023: dateparser decides
    assert month_day("June 16 and 17", base, False, load()) is None
    assert month_day("16 Juneteenth", base, False, load()) is None
