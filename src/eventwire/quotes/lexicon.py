"""The attribution cues (``data/cues.yaml``), loaded once per process."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from ..datafiles import read_yaml
from ..errors import ConfigError

DATA = Path(__file__).parent / "data"
CUES_PATH = DATA / "cues.yaml"


@dataclass(frozen=True)
class Cues:
    version: int
    speech_verbs: frozenset[str]
    partial_verbs: frozenset[str]
    report_verbs: frozenset[str]
    according_to: tuple[tuple[str, ...], ...]
    editorial_words: frozenset[str]
    reporter_objects: frozenset[str]
    hearer_verbs: frozenset[str]
    pronouns: dict[str, str]
    scare_quote_max_words: int
    floating_max_paragraphs: int
    proxy_nouns: frozenset[str] = frozenset()
    organisation_nouns: frozenset[str] = frozenset()


def _words(raw: dict, key: str) -> frozenset[str]:
    value = raw.get(key) or []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{CUES_PATH.name}: '{key}' must be a list of strings")
    return frozenset(v.strip().lower() for v in value)


@functools.lru_cache(maxsize=4)
def load_cues(path: str | None = None) -> Cues:
    """Read and check the cue file (``path`` defaults to the packaged one)."""
    p = Path(path) if path else CUES_PATH
    raw = read_yaml(p, "quote cues")
    if not isinstance(raw, dict) or raw.get("version") != 1:
        raise ConfigError(f"{p.name}: expected a mapping with 'version: 1'")
    pronouns = raw.get("pronouns") or {}
    if not isinstance(pronouns, dict):
        raise ConfigError(f"{p.name}: 'pronouns' must be a mapping pronoun -> gender")
    return Cues(
        version=raw["version"],
        speech_verbs=_words(raw, "speech_verbs"),
        partial_verbs=_words(raw, "partial_verbs"),
        report_verbs=_words(raw, "report_verbs"),
        according_to=tuple(tuple(p_.split()) for p_ in _words(raw, "according_to")),
        editorial_words=_words(raw, "editorial_words"),
        reporter_objects=_words(raw, "reporter_objects"),
        hearer_verbs=_words(raw, "hearer_verbs"),
        pronouns={str(k).lower(): str(v) for k, v in pronouns.items()},
        scare_quote_max_words=int(raw.get("scare_quote_max_words", 3)),
        floating_max_paragraphs=int(raw.get("floating_max_paragraphs", 2)),
        proxy_nouns=_words(raw, "proxy_nouns"),
        organisation_nouns=_words(raw, "organisation_nouns"),
    )
