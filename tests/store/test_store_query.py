"""Reading: event filters, single records, quotes, actor counts and stats."""

from __future__ import annotations

import pytest

from eventwire.errors import ConfigError


@pytest.mark.parametrize("filters, expected", [
    ({}, ["ev-accuse", "ev-reject", "ev-agree", "ev-protest"]),
    ({"actor": "FREGOV"}, ["ev-accuse"]),
    ({"actor": "fre"}, ["ev-accuse", "ev-agree"]),             # country, any role, any case
    ({"actor": "sylvania"}, ["ev-accuse", "ev-reject", "ev-agree"]),  # canonical name
    ({"actor": "Students"}, ["ev-protest"]),                   # the words when there is no name
    ({"actor": "FRE;SYL"}, None),                              # one actor at a time
    ({"type": "accuse"}, ["ev-accuse"]),
    ({"since": "2021-05-04"}, ["ev-agree", "ev-protest"]),
    ({"until": "2020-03-03"}, ["ev-accuse"]),
    ({"until": "2021-05"}, ["ev-accuse", "ev-reject", "ev-agree"]),  # a month covers its days
    ({"since": "2020", "until": "2020"}, ["ev-accuse", "ev-reject"]),
    ({"country": "SYL"}, ["ev-accuse", "ev-reject", "ev-agree"]),
    ({"country": "cze"}, ["ev-protest"]),                      # the event location's country
    ({"quad_class": 3}, ["ev-accuse", "ev-reject"]),
    ({"quad_class": 4, "country": "SYL"}, []),
    ({"text": "GRAIN"}, ["ev-agree"]),
    ({"actor": "SYL", "type": "AGREE", "since": "2021-01-01"}, ["ev-agree"]),
    ({"min_confidence": 0.8}, ["ev-accuse", "ev-agree"]),        # at least, inclusive
    ({"min_confidence": 1.5}, None),
    ({"asserted": True}, ["ev-accuse", "ev-reject", "ev-agree"]),  # the intended protest is out
    ({"asserted": True, "min_confidence": 0.75, "quad_class": 3}, ["ev-accuse"]),
])
def test_store_events_filter(filled, filters, expected):
    if expected is None:
        with pytest.raises(ConfigError):
            filled.events(**filters)
        return
    found = filled.events(**filters)
    assert [e["id"] for e in found] == expected
    assert filled.count_events(**filters) == len(expected)


def test_store_events_limit_and_offset_page_in_order(filled):
    every = [e["id"] for e in filled.events()]
    pages = [e["id"] for offset in range(0, len(every), 3) for e in filled.events(limit=3, offset=offset)]
    assert pages == every
    assert filled.events(limit=0) == []


@pytest.mark.parametrize("bad", [{"since": "March 2020"}, {"until": "2020-3-1"},
                                 {"quad_class": 5}, {"limit": -1}])
def test_store_events_rejects_bad_filters(filled, bad):
    with pytest.raises(ConfigError):
        filled.events(**bad)


def test_store_user_values_are_parameters_not_sql(filled):
    hostile = "x' OR 1=1 UNION SELECT * FROM events --"
    assert filled.events(actor=hostile) == [] and filled.events(text=hostile) == []
    assert filled.quotes(speaker=hostile) == []
    assert filled.count_events() == 4


def test_store_get_event_returns_the_event_json(filled, batch):
    article, coded, _ = batch[0]
    original = coded.events[0]
    assert filled.get_event(original.id) == original.model_dump(mode="json") | {"article_id": article.id}
    assert filled.get_event("ev-missing") is None


def test_store_get_article_spans_point_into_its_text(filled, batch):
    article, coded, _ = batch[0]
    stored = filled.get_article(article.id)
    text = stored["text"]
    assert text == article.text and stored["title"] == article.title and stored["coder_version"] == "test-coder"
    for table in ("events", "quotes", "actors", "places", "dates", "outlets"):
        assert len(stored[table]) == len(getattr(coded, table)), table
        for record in stored[table]:
            assert record["start"] < record["end"]
            assert text[record["start"]:record["end"]] == record["sentence" if table == "events" else "text"]
    for stored_event in stored["events"]:
        assert text[stored_event["trigger_start"]:stored_event["trigger_end"]] == stored_event["trigger"]
        for role in stored_event["source"] + stored_event["target"]:
            assert text[role["start"]:role["end"]] == role["text"]
    speaker = stored["quotes"][0]["speaker"]
    assert text[speaker["start"]:speaker["end"]] == speaker["text"]
    assert filled.get_article("a-missing") is None


def test_store_get_article_of_skipped_article_has_no_records(filled, batch):
    skipped = batch[3][0]
    stored = filled.get_article(skipped.id)
    assert stored["status"] == "skipped" and stored["skip_reason"] == skipped.skip_reason
    assert all(stored[t] == [] for t in ("events", "quotes", "actors", "places", "dates", "outlets"))


def test_store_quotes_by_speaker(filled, batch):
    every = filled.quotes()
    assert len(every) == sum(len(c.quotes) for _, c, _ in batch if c)
    by_ruiz = filled.quotes(speaker="ana ruiz")
    assert {q["article_id"] for q in by_ruiz} == {batch[0][0].id, batch[1][0].id}
    assert all(q["speaker"]["name"] == "Ana Ruiz" for q in by_ruiz)
    assert filled.quotes(speaker="Nobody") == []
    assert filled.quotes(limit=1, offset=1) == every[1:2]


def test_store_actor_counts_rank_by_mentions(filled):
    counts = filled.actor_counts(limit=2)
    assert len(counts) == 2
    assert counts[0]["n"] >= counts[1]["n"]
    sylvania = next(c for c in filled.actor_counts() if c["actor"] == "Sylvania")
    assert (sylvania["n"], sylvania["articles"], sylvania["country"]) == (2, 2, "SYL")


def test_store_stats_summarise_events_dyads_and_speakers(filled, batch):
    stats = filled.stats()
    events = [e for _, c, _ in batch if c for e in c.events]
    assert stats["events_by_type"] == {t: sum(e.type == t for e in events) for t in {e.type for e in events}}
    assert stats["quad_classes"] == {str(q): sum(e.quad_class == q for e in events) for q in (1, 2, 3, 4)}
    # By code when the actor has one, else by country; the target-less protest is no dyad.
    assert sorted((d["source"], d["target"], d["n"]) for d in stats["top_dyads"]) == [
        ("FREGOV", "SYL", 1), ("SYL", "FRE", 1)]
    assert stats["top_speakers"] == [{"speaker": "Ana Ruiz", "n": 2}]
    assert stats["errors"] == 3


def test_store_stats_of_an_empty_store_are_zero(store):
    stats = store.stats()
    assert all(stats[k] == 0 for k in ("articles", "coded", "events", "quotes", "errors"))
    assert stats["quad_classes"] == {"1": 0, "2": 0, "3": 0, "4": 0}
    assert stats["top_dyads"] == [] and stats["events_by_type"] == {}
