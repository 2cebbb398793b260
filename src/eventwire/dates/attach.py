"""eventwire.dates.date_events.v1: give every event a date.

``event.date`` is the date expression attached to the trigger in the parse (a date in the
trigger's clause governed by on/during/in, an adverbial date such as "last week", or a noun
modifier of the trigger's object: "during a June 16 summit meeting" dates the meeting); else
the publication date. The rules are in ``data/attach.yaml``.

``historical`` is True when the event ended before the Monday of the publication week
(periods count by their last day: "earlier this month" is not historical if the month's
first days fall in the publication week), or when the event coder already flagged it (an
explicit past year or era in its clause): this stage never clears the flag.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from pathlib import Path

from ..datafiles import read_yaml
from ..errors import ConfigError
from ..pipeline import Document, register
from ..records import DateMention, Event
from .resolve import monday_of
from .stage import parse_published

ATTACH_FILE = Path(__file__).resolve().parent / "data" / "attach.yaml"
VERBAL = ("VERB", "AUX")


@dataclass(frozen=True)
class AttachRules:
    version: int
    prepositions: frozenset[str]
    through_deps: frozenset[str]
    clause_deps: frozenset[str]
    conj_shares: bool
    nonfinite_deps: frozenset[str]
    earlier_markers: frozenset[str] = frozenset()
    same_time_markers: frozenset[str] = frozenset()


@functools.lru_cache(maxsize=4)
def load_rules(path: str | None = None) -> AttachRules:
    file = Path(path) if path else ATTACH_FILE
    data = read_yaml(file, "event dating rules")
    try:
        return AttachRules(int(data["version"]), frozenset(data["prepositions"]), frozenset(data["through_deps"]),
                           frozenset(data["clause_deps"]), bool(data.get("conj_shares", False)),
                           frozenset(data.get("nonfinite_deps", [])),
                           frozenset(data.get("earlier_markers", [])), frozenset(data.get("same_time_markers", [])))
    except (KeyError, TypeError, ValueError) as exc:
        raise ConfigError(f"bad event dating rules {file}: {exc}") from exc


def _span(parsed, start: int, end: int):
    if parsed is None or start is None or end is None:
        return None
    span = parsed.char_span(start, end, alignment_mode="expand")
    return span if span is not None and len(span) else None


def governing_path(date_root, rules: AttachRules):
    """Tokens from the date's head up to (and including) the first verb it hangs from,
    or None when the walk crosses a link the rules do not allow (a bounding preposition,
    a subordinate clause)."""
    path = [date_root]
    token = date_root
    for _ in range(12):
        if token.head.i == token.i:
            return path
        if token.dep_ not in rules.through_deps:
            return None if token.pos_ not in VERBAL else path
        head = token.head
        if head.dep_ == "prep" or head.pos_ == "ADP":
            if head.lower_ not in rules.prepositions:
                return None
        path.append(head)
        if head.pos_ in VERBAL:
            if _occasion_under_gerund(path, head, rules) and head.head.i != head.i:
                # "pushed back on X playing a role during a June 16 summit": climb over the gerund
                head = head.head
                path.append(head)
                if head.pos_ in VERBAL:
                    return path
            else:
                return path
        token = head
    return path


def _occasion_under_gerund(path, verb, rules: AttachRules) -> bool:
    """A "during <occasion>" phrase that the parser hung on a gerund or participle inside
    the trigger's argument ("on the U.S. military playing a role ... during a June 16
    summit") still dates the clause above it: PP attachment is the parser's weak spot and
    "during" names the occasion of the whole clause."""
    return (verb.tag_ in ("VBG", "VBN") and verb.dep_ in rules.nonfinite_deps
            and any(t.lower_ == "during" for t in path))


def attach_reason(trigger_tokens, date_tokens_root, rules: AttachRules) -> str | None:
    path = governing_path(date_tokens_root, rules)
    if path is None:
        return None
    on_path = [t for t in path if t in trigger_tokens]
    if on_path:
        kind = "date in the trigger's clause" if on_path[0].pos_ in VERBAL else "noun modifier of the trigger"
        return f"{kind} ({' <- '.join(t.text for t in reversed(path))})"
    verb = path[-1]
    if verb.pos_ not in VERBAL:
        return None
    # The trigger sits below the dated verb through xcomp ("agreed on Wednesday to reopen").
    for tok in trigger_tokens:
        head = tok
        for _ in range(3):
            if head.dep_ in rules.clause_deps and head.head.i != head.i:
                head = head.head
                if head.i == verb.i:
                    return f"date on governing verb '{verb.text}' (xcomp)"
            else:
                break
    return None


class EventDater:
    name = "eventwire.dates.date_events.v1"
    reads = ("events", "dates")
    writes = ("events",)

    def __init__(self, date_attach_rules: str | None = None, **_: object):
        self.rules = load_rules(date_attach_rules)

    def __call__(self, doc: Document) -> Document:
        published = parse_published(doc.article.published)
        monday = monday_of(published) if published else None
        dated: dict[int, tuple[DateMention, str]] = {}
        for index, event in enumerate(doc.events):
            found = self.attached_date(doc, event)
            if found:
                dated[index] = found
        roots = _trigger_roots(doc)
        if self.rules.conj_shares:
            self._share_with_conjuncts(roots, dated)
        self._share_with_main_clause(roots, dated)
        for index, event in enumerate(doc.events):
            if index in dated:
                mention, why = dated[index]
                event.date = mention.date
                last = dt.date.fromisoformat(mention.end_date or mention.date)
                why = f"'{mention.text}' -> {mention.date}: {why}"
            elif published is not None:
                event.date = published.isoformat()
                last = published
                why = "publication date (no date expression attached to the trigger)"
            else:
                event.date = None
                last = None
                why = "no attached date and no publication date"
            # The coder may already know better ("in 1967", "during World War II" with no
            # resolvable date here): a date can make an event historical, never undo it.
            by_date = bool(monday and last and last < monday)
            if event.historical and not by_date:
                why += "; historical kept from the event coder (an explicit past year or era)"
            event.historical = event.historical or by_date
            doc.note(self.name, event=event.id, trigger=event.trigger, date=event.date,
                     historical=event.historical, why=why)
        return doc

    def candidates(self, doc: Document, event: Event) -> list[DateMention]:
        return [m for m in doc.dates if m.date and event.start <= m.start and m.end <= event.end]

    def attached_date(self, doc: Document, event: Event) -> tuple[DateMention, str] | None:
        trigger = _span(doc.spacy, event.trigger_start, event.trigger_end)
        if trigger is None:
            return None
        best = None
        for mention in self.candidates(doc, event):
            date_span = _span(doc.spacy, mention.start, mention.end)
            if date_span is None:
                continue
            why = attach_reason(list(trigger), date_span.root, self.rules)
            if why:
                distance = abs(date_span.root.i - trigger.root.i)
                if best is None or distance < best[0]:
                    best = (distance, mention, why)
        return (best[1], best[2]) if best else None

    def _share_with_conjuncts(self, roots: dict, dated: dict[int, tuple[DateMention, str]]) -> None:
        for index, root in roots.items():
            if index in dated or root.dep_ != "conj":
                continue
            found = _dated_verb(roots, dated, root.head)
            if found:
                mention, verb = found
                dated[index] = (mention, f"shared with conjoined verb '{verb.text}'")

    def _share_with_main_clause(self, roots: dict, dated: dict[int, tuple[DateMention, str]]) -> None:
        """An undated event in an "after"/"when" clause of a dated verb takes that verb's date."""
        markers = self.rules.earlier_markers | self.rules.same_time_markers
        if not markers:
            return
        for index, root in roots.items():
            if index in dated:
                continue
            clause = root
            while clause.dep_ not in ("advcl", "ROOT") and clause.head is not clause:
                clause = clause.head
            if clause.dep_ != "advcl":
                continue
            mark = next((c.lower_ for c in clause.children if c.dep_ in ("mark", "advmod") and c.lower_ in markers),
                        None)
            if mark is None:
                continue
            found = _dated_verb(roots, dated, clause.head)
            if found:
                mention, verb = found
                how = "no later than" if mark in self.rules.earlier_markers else "at the time of"
                dated[index] = (mention, f"'{mark}' clause of '{verb.text}': {how} its date")


def _trigger_roots(doc: Document) -> dict:
    """Event index -> root token of its trigger (events whose trigger is no token span left out)."""
    roots = {}
    for index, event in enumerate(doc.events):
        span = _span(doc.spacy, event.trigger_start, event.trigger_end)
        if span is not None:
            roots[index] = span.root
    return roots


def _dated_verb(roots: dict, dated: dict[int, tuple[DateMention, str]], head) -> tuple[DateMention, object] | None:
    """The date of the first dated event whose trigger root is the token ``head``, and that root."""
    for other, (mention, _) in dated.items():
        other_root = roots.get(other)
        if other_root is not None and head.i == other_root.i:
            return mention, other_root
    return None


@register(EventDater.name)
def make_stage(**config: object) -> EventDater:
    return EventDater(**config)
