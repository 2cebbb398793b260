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


@pytest.mark.parametrize("source,target,hit", [
    (["FRE", "SYL"], [], True),    # reciprocal: the second participant stands for the gold target
    (["SYL", "FRE"], [], False),   # the first participant is the actor, never the target
    (["FRE"], ["RUR"], False),     # a named target must match itself
    (["FRE", "SYL"], ["RUR"], False),
])
def test_eval_plover_gsr_symmetric_participants_as_target(tmp_path, source, target, hit):
    import json
    from types import SimpleNamespace as NS

    gold = [{"id": "doc"}, {"id": "r1", "event": "CONSULT", "text": "Invented sentence.",
                            "source": [{"code": "FRE"}], "target": [{"code": "SYL"}]}]
    path = tmp_path / "gsr.json"
    path.write_text(json.dumps(gold), encoding="utf-8")
    actor = lambda c: NS(country=c, text=c)  # noqa: E731
    ev = NS(type="CONSULT", mode=None, trigger="met", confidence=0.9,
            source=[actor(c) for c in source], target=[actor(c) for c in target])
    pipe = NS(code=lambda arts: [NS(events=[ev]) for _ in arts])
    r = plover_gsr.score(path, pipeline=pipe)
    assert r["target_country_accuracy"] == (1.0 if hit else 0.0)


@pytest.mark.parametrize("etype,mode,source,target,gold_src,strict,conv", [
    ("SANCTION", None, ["NGO"], [], "IGO", False, True),       # gold codes international NGOs IGO
    ("SANCTION", None, ["JPN"], [], "JAP", False, True),       # non-ISO gold spelling
    ("CONSULT", "visit", ["JPN"], ["RUS"], "RUS", False, True),  # gold: host as source (CAMEO 043)
    ("CONSULT", None, ["JPN"], ["RUS"], "RUS", False, False),    # no visit mode: no swap
    ("SANCTION", None, ["IGO"], [], "NGO", False, False),      # the equivalence is one-way
    ("SANCTION", None, ["FRA"], [], "FRA", True, True),
])
def test_eval_plover_gsr_gold_conventions_only_in_conv_numbers(tmp_path, etype, mode, source, target, gold_src,
                                                               strict, conv):
    import json
    from types import SimpleNamespace as NS

    gold = [{"id": "doc"}, {"id": "r1", "event": etype, "text": "Invented sentence.",
                            "source": [{"code": gold_src}]}]
    path = tmp_path / "gsr.json"
    path.write_text(json.dumps(gold), encoding="utf-8")
    actor = lambda c: NS(country=c, text=c)  # noqa: E731
    ev = NS(type=etype, mode=mode, trigger="x", confidence=0.9,
            source=[actor(c) for c in source], target=[actor(c) for c in target])
    pipe = NS(code=lambda arts: [NS(events=[ev]) for _ in arts])
    r = plover_gsr.score(path, pipeline=pipe)
    assert r["source_country_accuracy"] == (1.0 if strict else 0.0)
    assert r["source_country_accuracy_conv"] == (1.0 if conv else 0.0)
