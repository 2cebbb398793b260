"""Publication dates: normalised to YYYY-MM-DD; what cannot be read (or only guessed) is None."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from eventwire.ingest.published import normalise_published


@pytest.mark.parametrize("value, expected", [
    ("2021-08-20", "2021-08-20"),
    ("2021-08-20T23:30:00-05:00", "2021-08-20"),  # the publisher's day, not UTC's
    ("2021-08-20T10:00:00Z", "2021-08-20"),
    ("2021-08-20T10:00:00.123456789Z", "2021-08-20"),
    ("Fri, 20 Aug 2021 23:30:00 -0500", "2021-08-20"),
    ("20 August 2021", "2021-08-20"),
    ("August 20, 2021", "2021-08-20"),
    ("20.08.2021", "2021-08-20"),
    (dt.datetime(2021, 8, 20, 12), "2021-08-20"),
    (dt.date(2021, 8, 20), "2021-08-20"),
    (time.strptime("2021-08-20", "%Y-%m-%d"), "2021-08-20"),
    (1629460800, "2021-08-20"),
])
def test_ingest_published_is_normalised(value, expected):
    assert normalise_published(value) == expected


@pytest.mark.parametrize("value", [
    None, "", "   ", "unknown", "yesterday", "2021", "August 2021", "2021-13-45",
    "the day the ministers met in Geneva to talk about trade, some time in the spring", True,
    1629460800000,  # milliseconds: not guessed
    ["2021-08-20"],
])
def test_ingest_published_unreadable_is_none(value):
    assert normalise_published(value) is None
