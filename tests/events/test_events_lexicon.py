"""The event coder's knowledge files load, validate and say what they mean."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from eventwire.errors import ConfigError
from eventwire.events import lexicon as lx

DATA = Path(lx.__file__).parent / "data"


def test_events_lexicon_loads_every_plover_type_richly():
    lex = lx.load_lexicon()
    by_type: dict[str, int] = {}
    for e in lex.entries:
        by_type[e.type] = by_type.get(e.type, 0) + 1
    assert set(by_type) == set(lx.PLOVER_TYPES)
    assert len(lex.entries) >= 500
    assert min(by_type.values()) >= 10, by_type


@pytest.mark.parametrize("name", ["triggers.yaml", "contexts.yaml", "cues.yaml", "cameo_scores.csv"])
def test_events_data_files_have_a_format_header(name):
    first = (DATA / name).read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("#") and "Format version" in first


@pytest.mark.parametrize("phrase,kind,expected", [
    ("push back on", "verb", {"lemma": "push", "particles": ("back",), "preps": (("on", None),), "objects": None}),
    ("sign an (agreement|treaty)", "verb", {"lemma": "sign", "objects": (("agreement",), ("treaty",))}),
    ("call for (release|end)", "verb", {"lemma": "call", "preps": (("for", (("release",), ("end",))),)}),
    ("open fire on", "verb", {"lemma": "open", "objects": (("fire",),), "preps": (("on", None),)}),
    ("air strike", "noun", {"lemma": "strike", "modifiers": ("air",)}),
])
def test_events_lexicon_phrase_grammar(phrase, kind, expected):
    parsed = lx.parse_phrase(phrase, kind)
    for key, value in expected.items():
        assert parsed[key] == value


def test_events_lexicon_rejects_a_bad_group(tmp_path):
    bad = {"version": 1, "groups": [{"id": "x", "type": "HUG", "cameo": "010", "verbs": ["hug"]}]}
    path = tmp_path / "triggers.yaml"
    path.write_text(yaml.safe_dump(bad))
    with pytest.raises(ConfigError, match="not a PLOVER type"):
        lx.load_lexicon.__wrapped__(path)


def test_events_lexicon_rejects_the_same_phrase_in_two_groups(tmp_path):
    groups = [{"id": "a", "type": "ASSAULT", "cameo": "190", "verbs": ["bomb"]},
              {"id": "b", "type": "AID", "cameo": "070", "verbs": ["bomb"]}]
    path = tmp_path / "triggers.yaml"
    path.write_text(yaml.safe_dump({"version": 1, "groups": groups}))
    with pytest.raises(ConfigError, match="same phrase"):
        lx.load_lexicon.__wrapped__(path)


def test_events_contexts_cover_the_37_plover_contexts():
    assert set(lx.load_contexts()) == set(lx.PLOVER_CONTEXTS)
    assert "economic" in lx.sentence_contexts("The two ministers discussed tariffs and trade.")
    assert "economic" not in lx.sentence_contexts("The two ministers discussed the weather.")


@pytest.mark.parametrize("code,goldstein,quad", [
    ("111", -2.0, 3), ("163", -8.0, 4), ("16", -4.0, 4), ("057", 8.0, 1), ("0871", 9.0, 2), ("1823", -9.5, 4),
])
def test_events_cameo_scores_use_longest_prefix(code, goldstein, quad):
    assert lx.cameo_score(code) == (goldstein, quad)


def test_events_sanction_is_material_conflict():
    # documented choice: CAMEO 16 / PLOVER SANCTION chapter -> quad 4 (a court's conviction keeps
    # its CAMEO 116 "find guilty" code, so it stays verbal conflict)
    sanction = [e for e in lx.load_lexicon().entries if e.type == "SANCTION" and e.mode != "convict"]
    assert sanction and all(lx.cameo_score(e.cameo)[1] == 4 for e in sanction)


def test_events_cues_load():
    cues = lx.load_cues()
    assert cues["modals"]["will"] == "future"
    assert "say" in cues["speech_verbs"]
