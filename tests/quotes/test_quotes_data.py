"""The knowledge files load, say their format, and bad ones fail with a ConfigError."""

from __future__ import annotations

import pytest

from eventwire.errors import ConfigError
from eventwire.quotes.lexicon import CUES_PATH, load_cues
from eventwire.quotes.link import LINK_PATH, load_link_rules


@pytest.mark.parametrize("path", [CUES_PATH, LINK_PATH])
def test_quotes_data_files_have_a_format_header(path):
    head = path.read_text(encoding="utf-8").splitlines()[:3]
    assert head[0].startswith("#") and "Format version 1" in head[0]


def test_quotes_data_cues_load():
    cues = load_cues()
    assert {"say", "tell", "warn", "add", "insist", "stress", "note", "state"} <= cues.speech_verbs
    assert cues.pronouns["he"] == "male" and cues.pronouns["she"] == "female"
    assert ("according", "to") in cues.according_to
    assert cues.scare_quote_max_words >= 1


def test_quotes_data_link_rules_load():
    rules = load_link_rules()
    assert {"ACCUSE", "REQUEST", "REJECT"} <= rules["verbal_types"]


@pytest.mark.parametrize("content", ["version: 2\n", "- just a list\n", "version: 1\nspeech_verbs: say\n", "{{{"])
def test_quotes_data_bad_cue_file_is_a_config_error(tmp_path, content):
    bad = tmp_path / "cues.yaml"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError):
        load_cues(str(bad))


def test_quotes_data_user_can_add_a_cue_verb(tmp_path):
    extended = tmp_path / "cues.yaml"
    extended.write_text(CUES_PATH.read_text(encoding="utf-8").replace("speech_verbs:\n", "speech_verbs:\n  - quip\n"),
                        encoding="utf-8")
    assert "quip" in load_cues(str(extended)).speech_verbs
