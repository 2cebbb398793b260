"""Knowledge files a user extends: a broken one is a ConfigError naming it, never a traceback."""

import pytest

from eventwire.datafiles import read_yaml
from eventwire.errors import ConfigError


def test_datafiles_reads_yaml(tmp_path):
    path = tmp_path / "cues.yaml"
    path.write_text("version: 1\nverbs: [say, tell]\n", encoding="utf-8")
    assert read_yaml(path) == {"version": 1, "verbs": ["say", "tell"]}


@pytest.mark.parametrize("content, missing", [("verbs: [say, tell\n", False), ("", True)])
def test_datafiles_broken_or_missing_file_is_a_config_error_naming_it(tmp_path, content, missing):
    path = tmp_path / "triggers.yaml"
    if not missing:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError) as raised:
        read_yaml(path, "trigger lexicon")
    assert "triggers.yaml" in raised.value.message and "trigger lexicon" in raised.value.message
