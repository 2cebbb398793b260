"""News outlets: ``match_outlet(text)`` gives the canonical outlet name (data/outlets.yaml)."""

from __future__ import annotations

import functools

from .tables import knowledge


@functools.lru_cache(maxsize=1)
def _folded() -> dict[str, str]:
    table = knowledge().outlets
    out: dict[str, str] = {}
    for surface, name in table.items():
        out.setdefault(surface.casefold(), name)
        if surface.lower().startswith("the "):
            out.setdefault(surface[4:].casefold(), name)
        else:
            out.setdefault("the " + surface.casefold(), name)
    return out


def match_outlet(text: str) -> str | None:
    """Canonical name of the outlet ``text`` names ('the Wall Street Journal' -> 'The Wall Street
    Journal', 'WSJ' -> 'The Wall Street Journal'), or None. Whole string, surrounding space and
    a possessive "'s" ignored; acronyms must keep their capitals ('ap' is not AP)."""
    t = " ".join(text.split()).strip(" ,.;:\"“”")
    for suffix in ("'s", "’s"):
        if t.endswith(suffix):
            t = t[: -len(suffix)]
    if not t:
        return None
    table = knowledge().outlets
    if t in table:
        return table[t]
    name = _folded().get(t.casefold())
    if name is None:
        return None
    # Case-folded hit: refuse all-lower-case text for acronym surfaces ("ap", "cnn" in prose).
    if t.islower() and any(s.isupper() and s.casefold() == t.casefold() for s in table):
        return None
    return name
