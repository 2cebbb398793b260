"""Quotation marks -> quoted spans, on the raw text (no parser).

Rules, in order:

* Double marks pair first: straight ``"``, curly ``“ ”``, low ``„`` (closed by ``“`` or
  ``”``) and guillemets ``« »``. A straight ``"`` opens after a space, line start or
  bracket, and closes otherwise.
* Single marks (``‘ ’``) only make a top-level quote when no double quote is open and the
  opener starts a word; inside a double quote they are nested quotes and ignored. ``’``
  followed by a letter is an apostrophe.
* A quote still open at a paragraph end continues when the next paragraph opens with a
  quote mark (the newspaper convention: no closing mark on the earlier paragraph).
* Otherwise an unclosed quote ends at the end of its sentence (so one stray mark never
  swallows the rest of the article); a closing mark with nothing open is ignored.

The span of a quote is its content: inside the marks, whitespace stripped and a trailing
comma dropped (``“We are ready,” she said`` -> ``We are ready``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPENERS = {"“": "double", "„": "double", "«": "double", "‘": "single"}
CLOSERS = {"”": "double", "»": "double", "’": "single"}
ALL_MARKS = set(OPENERS) | set(CLOSERS) | {'"'}
SENTENCE_END = re.compile(r"[.!?…](?=\s+[A-Z“\"‘«]|\s*$)")


@dataclass(frozen=True)
class MarkSpan:
    """A quoted span: ``start``/``end`` of the content, ``open``/``close`` mark offsets."""

    start: int
    end: int
    open: int
    close: int | None  # offset of the closing mark; None when it was never closed
    paragraphs: int = 1  # how many paragraphs it runs over

    @property
    def closed(self) -> bool:
        return self.close is not None


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line run: a paragraph is one line of the article."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]


def _before(text: str, i: int) -> str:
    j = i - 1
    while j >= 0 and text[j] == PAD:
        j -= 1
    return text[j] if j >= 0 else " "


def _after(text: str, i: int) -> str:
    j = i + 1
    while j < len(text) and text[j] == PAD:
        j += 1
    return text[j] if j < len(text) else " "


def _opens_straight(text: str, i: int) -> bool:
    before = _before(text, i)
    return before.isspace() or before in "([{—–-/:"


def _nested_straight(text: str, i: int, limit: int) -> bool:
    """An opener-looking ``"`` inside an open straight quote is a nested quote when a
    closer follows within a few words and another closer after that ends the outer one."""
    closers = [j for j in range(i + 1, limit) if text[j] == '"' and not _opens_straight(text, j)]
    return len(closers) >= 2 and closers[0] - i <= 60


def _is_apostrophe(text: str, i: int) -> bool:
    return _after(text, i).isalpha()


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] == PAD):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",\x00"):
        end -= 1
    return start, end


def _sentence_end(text: str, start: int, limit: int) -> int:
    m = SENTENCE_END.search(text, start, limit)
    return m.end() if m else limit


# HTML entities left in scraped text stand for quote marks (Wikinews dumps keep ``&quot;``).
ENTITIES = {"&quot;": '"', "&#34;": '"', "&ldquo;": "“", "&rdquo;": "”", "&laquo;": "«", "&raquo;": "»",
            "&bdquo;": "„", "&lsquo;": "‘", "&rsquo;": "’", "&#8220;": "“", "&#8221;": "”"}
PAD = "\x00"  # fills the rest of an entity in the shadow text; skipped when reading neighbours
ENTITY_RE = re.compile("|".join(re.escape(e) for e in ENTITIES))


def shadow(text: str) -> str:
    """The text with each quote-mark entity replaced by its mark plus spaces (same length,
    so every offset still indexes the original text)."""
    if "&" not in text:
        return text
    return ENTITY_RE.sub(lambda m: ENTITIES[m.group()] + PAD * (len(m.group()) - 1), text)


def mark_length(text: str, offset: int) -> int:
    """Characters the mark at ``offset`` takes in the original text (1, or an entity's length)."""
    m = ENTITY_RE.match(text, offset)
    return len(m.group()) if m else 1


def find_marks(text: str) -> list[MarkSpan]:
    text = shadow(text)
    spans: list[MarkSpan] = []
    paras = paragraphs(text)
    state: dict | None = None  # {"open": i, "family": ..., "char": c, "paras": n}

    def emit(close: int | None, end: int) -> None:
        nonlocal state
        assert state is not None
        s, e = _trim(text, state["open"] + 1, end)
        if e > s:
            spans.append(MarkSpan(s, e, state["open"], close, state["paras"]))
        state = None

    nested_until = -1
    for p_index, (p_start, p_end) in enumerate(paras):
        if state is not None:  # carried over from the previous paragraph
            first = p_start + (len(text[p_start:p_end]) - len(text[p_start:p_end].lstrip()))
            ch = text[first] if first < p_end else ""
            if ch in OPENERS and OPENERS[ch] == state["family"] or (ch == '"' and state["char"] == '"'):
                state["paras"] += 1
                skip = first
            else:  # no continuation: the quote ends with its sentence
                stop = state.pop("limit")
                emit(None, _sentence_end(text, state["open"] + 1, stop))
                skip = -1
        else:
            skip = -1
        for i in range(p_start, p_end):
            ch = text[i]
            if ch not in ALL_MARKS or i == skip or i <= nested_until:
                continue
            if state is None:
                if ch == '"' and _opens_straight(text, i):
                    state = {"open": i, "family": "double", "char": ch, "paras": 1}
                elif ch in OPENERS and OPENERS[ch] == "double":
                    state = {"open": i, "family": "double", "char": ch, "paras": 1}
                elif ch == "‘" and _opens_straight(text, i):
                    state = {"open": i, "family": "single", "char": ch, "paras": 1}
                continue  # a closer with nothing open is a stray mark
            fam, opener = state["family"], state["char"]
            if fam == "double":
                if ch == '"' and opener == '"':
                    if _opens_straight(text, i) and not _after(text, i).isspace() and _nested_straight(text, i, p_end):
                        skip_to = next(j for j in range(i + 1, p_end) if text[j] == '"' and not _opens_straight(text, j))
                        nested_until = skip_to
                        continue
                    if _opens_straight(text, i) and not _after(text, i).isspace():
                        # looks like a new opener: the earlier quote was never closed
                        emit(None, _sentence_end(text, state["open"] + 1, i))
                        state = {"open": i, "family": "double", "char": ch, "paras": 1}
                    else:
                        emit(i, i)
                elif ch in ("”", "»") or (ch == "“" and opener == "„") or (ch == '"' and opener != '"'):
                    emit(i, i)
                elif ch in ("“", "„", "«") and opener == ch and _opens_straight(text, i):
                    # a second opener of the same kind: the first was never closed
                    emit(None, _sentence_end(text, state["open"] + 1, i))
                    state = {"open": i, "family": "double", "char": ch, "paras": 1}
                # single marks inside a double quote are nested quotes: ignored
            else:  # top-level single quote
                if ch == "’" and not _is_apostrophe(text, i):
                    emit(i, i)
                elif ch in ("“", "„", "«") or (ch == '"' and _opens_straight(text, i)):
                    # a double quote opening inside a single one: drop the single opener
                    state = {"open": i, "family": "double", "char": ch, "paras": 1}
        if state is not None:
            state["limit"] = p_end
    if state is not None:
        emit(None, _sentence_end(text, state["open"] + 1, state.pop("limit", len(text))))
    return spans


def word_count(text: str) -> int:
    return len(re.findall(r"\w+(?:[’'-]\w+)*", text))
