from __future__ import annotations

import pytest

from eventwire.eval import plover_gsr


@pytest.mark.parametrize("old,new", [("DEMAND", "REQUEST"), ("DISAPPROVE", "ACCUSE"), ("INVESTIGATE", "ACCUSE"),
                                     ("FIGHT", "ASSAULT"), ("AGREE", "AGREE")])
def test_eval_plover_gsr_maps_old_type_names(old, new):
    assert plover_gsr.gold_type({"event": old}) == new


def test_eval_plover_gsr_skips_the_document_header(shared):
    records = plover_gsr.load(shared / "gold/plover-gsr/PLOVER_GSR_CAMEO.txt")
    assert len(records) == 322 and all(r["event"] != "DOCUMENT" for r in records)


@pytest.mark.slow
def test_eval_plover_gsr_scores_a_slice(shared):
    r = plover_gsr.score(shared / "gold/plover-gsr/PLOVER_GSR_CAMEO.txt", limit=40)
    assert r["n"] == 40
    for key in ("type_accuracy", "top_type_accuracy", "source_country_accuracy", "target_country_accuracy"):
        assert 0.0 <= r[key] <= 1.0
    assert r["type_accuracy"] > 0.3  # the coder codes something real
    assert set(r["per_type"]) and all({"precision", "recall", "f1", "support"} <= set(v) for v in r["per_type"].values())
    assert isinstance(r["errors"], list)
