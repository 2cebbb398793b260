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


def _opens_straight(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    return before.isspace() or before in "([{—–-/:"


def _is_apostrophe(text: str, i: int) -> bool:
    after = text[i + 1] if i + 1 < len(text) else " "
    return after.isalpha()


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end


def _sentence_end(text: str, start: int, limit: int) -> int:
    m = SENTENCE_END.search(text, start, limit)
    return m.end() if m else limit


def find_marks(text: str) -> list[MarkSpan]:
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
            if ch not in ALL_MARKS or i == skip:
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
                    if _opens_straight(text, i) and not (i + 1 >= len(text) or text[i + 1].isspace()):
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
