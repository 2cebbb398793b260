"""Language identification with lingua, restricted to the news languages in
``data/languages.yaml``. Only the coded languages (English) go on to the coder."""

from __future__ import annotations

import functools
import unicodedata
from collections import Counter
from importlib import resources
from typing import Any

from ..errors import ConfigError
from ..records import Article

# lingua is accurate on a few sentences; the rest of a long article only costs time.
SAMPLE_CHARS = 2000


@functools.lru_cache(maxsize=1)
def language_table() -> dict[str, Any]:
    """``data/languages.yaml``, validated: ``{"version": int, "coded": [...], "detect": [...]}``."""
    import yaml
    from lingua import IsoCode639_1

    raw = yaml.safe_load(resources.files(__package__).joinpath("data/languages.yaml").read_text("utf-8"))
    if not isinstance(raw, dict) or not isinstance(raw.get("version"), int):
        raise ConfigError("ingest/data/languages.yaml: needs an integer 'version'")
    for key in ("coded", "detect"):
        codes = raw.get(key)
        if not isinstance(codes, list) or not codes:
            raise ConfigError(f"ingest/data/languages.yaml: '{key}' must be a non-empty list")
        unknown = [c for c in codes if not hasattr(IsoCode639_1, str(c).upper())]
        if unknown:
            raise ConfigError(f"ingest/data/languages.yaml: lingua does not know {unknown} in '{key}'")
    missing = [c for c in raw["coded"] if c not in raw["detect"]]
    if missing:
        raise ConfigError(f"ingest/data/languages.yaml: coded languages {missing} are not in 'detect'")
    return raw


@functools.lru_cache(maxsize=1)
def _detector():
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    codes = [getattr(IsoCode639_1, c.upper()) for c in language_table()["detect"]]
    return LanguageDetectorBuilder.from_iso_codes_639_1(*codes).build()


def _sample(text: str) -> str:
    if len(text) <= SAMPLE_CHARS:
        return text
    cut = text.rfind(" ", 0, SAMPLE_CHARS)
    return text[: cut if cut > SAMPLE_CHARS // 2 else SAMPLE_CHARS]


# Scripts that share texts (Japanese mixes kanji and kana; Chinese and Korean may use Han).
_SCRIPT_GROUPS = {"CJK": "CJK", "HIRAGANA": "CJK", "KATAKANA": "CJK", "HANGUL": "CJK"}


def _script(char: str) -> str:
    name = unicodedata.name(char, "")
    first = name.split(" ", 1)[0]
    return _SCRIPT_GROUPS.get(first, first)


def in_dominant_script(text: str) -> str:
    """The text with letters of other scripts blanked out. A quoted passage in another script
    (Japanese in an English report) must not decide the language: lingua lets any kana win."""
    scripts = Counter(_script(c) for c in text if c.isalpha())
    if len(scripts) <= 1:
        return text
    dominant = scripts.most_common(1)[0][0]
    return "".join(c if not c.isalpha() or _script(c) == dominant else " " for c in text)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when it has no letters to judge by.

    Judged on the first ~2,000 characters, in the script most of their letters are written in.
    """
    language = _detector().detect_language_of(in_dominant_script(_sample(text)))
    return language.iso_code_639_1.name.lower() if language is not None else None


def mark_language(article: Article) -> Article:
    """A copy with ``language`` detected; non-coded languages are skipped, with the reason.

    Detection always wins over what the input declared; a differing declaration is named in
    the skip reason. An article already skipped or marked duplicate keeps its status.
    """
    detected = detect_language(article.text)
    declared = article.language
    update: dict[str, Any] = {"language": detected}
    if detected is not None and detected not in language_table()["coded"] and article.status == "coded":
        reason = f"language '{detected}' is not coded ({_coded_description()})"
        if declared and declared != detected:
            reason += f"; the input declared '{declared}'"
        update.update(status="skipped", skip_reason=reason)
    return article.model_copy(update=update)


def _coded_description() -> str:
    coded = language_table()["coded"]
    return "English only" if coded == ["en"] else "coded: " + ", ".join(coded)
