"""The GeoWebNews scorer on a slice of the gold set."""

from __future__ import annotations

import pytest

from eventwire.eval import geowebnews


def test_eval_geowebnews_reads_gold_offsets(shared):
    gold = geowebnews.read_gold(shared / "gold" / "geowebnews" / "GWN.xml", limit=5)
    assert len(gold) == 5
    tops = [t for g in gold for t in g["toponyms"]]
    assert tops
    for g in gold:
        for t in g["toponyms"]:
            # offsets point at the name (GWN's extractedName), coordinates are real
            assert g["text"][t["start"]:t["end"]] == t["name"]
            assert -90 <= t["lat"] <= 90 and -180 <= t["lon"] <= 180


@pytest.mark.slow
def test_eval_geowebnews_scores_a_slice(shared):
    result = geowebnews.score(shared / "gold" / "geowebnews" / "GWN.xml", limit=6)
    assert result["articles"] == 6 and result["n"] > 0
    for key in ("recall", "acc_161km", "country_accuracy"):
        assert 0.0 <= result[key] <= 1.0
    # a working geoparser finds and places most literal toponyms of even a small slice
    assert result["by_type"]["Literal"]["recall"] > 0.5
    assert result["acc_161km"] > 0.6
    assert all({"text", "type", "reason"} <= set(m) for m in result["misses"])
