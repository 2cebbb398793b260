"""Dedup modes through the store: raw, story, event; the window; updated_since."""

from __future__ import annotations

import pytest

from eventwire.errors import ConfigError

from analyst_corpus import KEN, TZA, coded_article, write


def test_dedup_three_outlets_one_event(store, three_outlets):
    write(store, three_outlets)
    raw = store.events(dedup="raw")
    assert len(raw) == 4 and store.count_events() == 4
    story = store.events(dedup="story")
    assert len(story) == 3 and {e["n_mentions"] for e in story} == {2, 1}
    merged = store.events(dedup="event")
    assert len(merged) == 1
    event = merged[0]
    assert (event["n_mentions"], event["n_articles"], event["n_sources"]) == (4, 3, 3)
    assert sorted(event["member_ids"]) == sorted(e["id"] for e in raw)
    assert event["outlets"] == ["Atlas News", "Continental Wire", "Meridian Post"]
    assert [ev["sentence"] for ev in event["evidence"]] and len(event["evidence"]) == 4
    assert {ev["event_id"] for ev in event["evidence"]} == set(event["member_ids"])
    assert store.count_events(dedup="event") == 1


def test_dedup_event_window_is_configurable(store):
    items = [coded_article(f"Kenya and Tanzania met in Arusha, round {i}.", day, outlet, [dict(
        trigger="met", type="CONSULT", date=day, source=[KEN], target=[TZA])])
        for i, (day, outlet) in enumerate([("2024-05-11", "A"), ("2024-05-12", "B"), ("2024-05-14", "C")])]
    write(store, items)
    assert len(store.events(dedup="event")) == 3
    assert [e["n_sources"] for e in store.events(dedup="event", window_days=2)] == [2, 1]
    assert [e["n_sources"] for e in store.events(dedup="event", window_days=7)] == [3]


def test_dedup_keeps_different_dyads_and_directions_apart(store):
    text = "Kenya met Tanzania. Tanzania met Kenya."
    write(store, [coded_article(text, "2024-05-11", "A", [
        dict(trigger="met", type="CONSULT", date="2024-05-11", source=[KEN], target=[TZA]),
        dict(trigger="met", after=20, type="CONSULT", date="2024-05-11", source=[TZA], target=[KEN])])])
    assert len(store.events(dedup="story")) == 2 and len(store.events(dedup="event")) == 2


def test_dedup_rejects_unknown_mode_and_bad_window(store, three_outlets):
    write(store, three_outlets)
    with pytest.raises(ConfigError):
        store.events(dedup="daily")
    with pytest.raises(ConfigError):
        store.events(dedup="event", window_days=0)


def test_dedup_events_carry_coder_version_and_updated_at(store, three_outlets):
    write(store, three_outlets)
    for event in store.events():
        assert event["coder_version"] and event["updated_at"]
    stamp = store.events()[0]["updated_at"]
    assert len(store.events(updated_since=stamp)) == 4
    assert store.events(updated_since="2999-01-01") == []
    with pytest.raises(ConfigError):
        store.events(updated_since="yesterday")
