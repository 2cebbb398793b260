"""Loading and validating the event coder's knowledge files (``events/data/``).

Everything the coder knows about words lives in data files, loaded once per process:

- ``triggers.yaml``: trigger groups -> :class:`Entry` (one per verb or noun phrase)
- ``cameo_scores.csv``: CAMEO code -> Goldstein score and QuadClass
- ``contexts.yaml``: PLOVER context -> keywords
- ``cues.yaml``: negation, modality, speech verbs, light verbs, composition tables

A malformed file raises :class:`~eventwire.errors.ConfigError` naming the file and the entry.
"""

from __future__ import annotations

import csv
import functools
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


from ..errors import ConfigError
from ..datafiles import read_yaml

DATA = Path(__file__).parent / "data"

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
PLOVER_CONTEXTS = (
    "military", "intelligence", "executive", "legislative", "election", "political_institutions",
    "pro_democracy", "pro_autocracy", "economic", "legal", "reparations", "human_rights",
    "rights_freedoms", "repression", "human_security", "gender", "lgbt", "religion_ethnicity",
    "inequality", "diplomatic", "territory", "peacekeeping", "health", "asylum", "migration",
    "disasters", "natural_resource", "environment", "technology", "terrorism", "cbrn", "cyber",
    "misinformation", "crime", "corruption", "illegal_drugs", "trafficking",
)
PARTICLES = frozenset("up down out off back away over aside together".split())
PREPOSITIONS = frozenset(
    "on upon for with to against at about of from into in by between behind near along off outside over under".split())
ARTICLES = frozenset({"a", "an", "the"})
GOVERNS = frozenset({"request", "threaten", "reject", "intent", "refuse", "negate"})
REQUIRES = frozenset({"target", "target_or_complement", "complement"})
TARGET_SPECS = frozenset({"dobj", "dative"}) | PREPOSITIONS
# a group's recodings by its actors: each a {type, mode?, cameo?} the coder applies when its condition holds
RECODINGS = ("if_state_actor", "if_military_actor", "if_security_actor", "if_single_party")
GROUP_KEYS = frozenset({"id", "type", "mode", "cameo", "contexts", "verbs", "nouns", "target", "governs",
                        "reciprocal", "swap", "allow_no_source", "confidence", "require", *RECODINGS})

Alternatives = tuple[tuple[str, ...], ...]  # each alternative is a word sequence


@dataclass(frozen=True)
class Entry:
    """One trigger phrase of one group, parsed."""

    id: str
    group: str
    kind: str  # "verb" | "noun"
    phrase: str
    lemma: str
    type: str
    mode: str | None
    cameo: str
    contexts: tuple[str, ...] = ()
    particles: tuple[str, ...] = ()
    preps: tuple[tuple[str, Alternatives | None], ...] = ()  # (prep lemma, required object lemmas)
    objects: Alternatives | None = None  # required direct-object lemmas
    modifiers: tuple[str, ...] = ()  # nouns: words required right before the head
    target: tuple[str, ...] = ("dobj",)
    governs: str | None = None
    reciprocal: bool = False
    swap: bool = False
    allow_no_source: bool = False
    require: tuple[str, ...] = ()
    if_state_actor: tuple[tuple[str, Any], ...] = ()
    if_military_actor: tuple[tuple[str, Any], ...] = ()
    if_security_actor: tuple[tuple[str, Any], ...] = ()
    if_single_party: tuple[tuple[str, Any], ...] = ()
    confidence: float = 0.8

    @property
    def specificity(self) -> int:
        n = len(self.particles) + len(self.modifiers) + (2 if self.objects else 0)
        n += sum(1 + (2 if objs else 0) for _, objs in self.preps)
        return n

    @property
    def signature(self) -> tuple:
        return (self.kind, self.lemma, self.particles, self.preps, self.objects, self.modifiers)


@dataclass
class Lexicon:
    entries: list[Entry]
    verbs: dict[str, list[Entry]] = field(default_factory=dict)
    nouns: dict[str, list[Entry]] = field(default_factory=dict)
    version: int = 1

    def __post_init__(self) -> None:
        for e in self.entries:
            (self.verbs if e.kind == "verb" else self.nouns).setdefault(e.lemma, []).append(e)
        for table in (self.verbs, self.nouns):
            for lemma in table:
                table[lemma].sort(key=lambda e: -e.specificity)


def _words(text: str) -> tuple[str, ...]:
    return tuple(w for w in re.split(r"[\s\-]+", text.strip().lower()) if w)


def _alternatives(item: str) -> Alternatives:
    item = item.strip("()")
    return tuple(_words(alt) for alt in item.split("|") if alt.strip())


def parse_phrase(phrase: str, kind: str) -> dict[str, Any]:
    """Parse a lexicon phrase into matching constraints (see the header of triggers.yaml)."""
    items = re.findall(r"\([^)]*\)|[^\s()]+", phrase.strip().lower())
    items = [i for i in items if i not in ARTICLES]
    if not items:
        raise ValueError("empty phrase")
    if kind == "noun":
        words = _words(" ".join(i.strip("()") for i in items))
        return {"lemma": words[-1], "modifiers": words[:-1]}
    lemma, rest = items[0], items[1:]
    if lemma.startswith("("):
        raise ValueError("a verb phrase must start with the verb lemma")
    particles: list[str] = []
    preps: list[tuple[str, Alternatives | None]] = []
    objects: Alternatives | None = None
    pending: str | None = None
    for item in rest:
        if item in PREPOSITIONS and not item.startswith("("):
            if pending is not None:
                preps.append((pending, None))
            pending = item
        elif item in PARTICLES and pending is None and not preps and objects is None:
            particles.append(item)
        elif pending is not None:
            preps.append((pending, _alternatives(item)))
            pending = None
        else:
            if objects is not None:
                raise ValueError("two direct objects in one phrase")
            objects = _alternatives(item)
    if pending is not None:
        preps.append((pending, None))
    return {"lemma": lemma, "particles": tuple(particles), "preps": tuple(preps), "objects": objects}


def _fail(path: Path, where: str, why: str) -> ConfigError:
    return ConfigError(f"{path.name}: {where}: {why}")


@functools.lru_cache(maxsize=4)
def load_cameo_scores(path: Path = DATA / "cameo_scores.csv") -> dict[str, tuple[float, int, str]]:
    rows = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    table: dict[str, tuple[float, int, str]] = {}
    for row in csv.DictReader(rows):
        code = row["code"].strip()
        if not re.fullmatch(r"\d{2,4}", code):
            raise _fail(path, code, "code must be 2-4 digits")
        quad = int(row["quad_class"])
        if quad not in (1, 2, 3, 4):
            raise _fail(path, code, "quad_class must be 1-4")
        table[code] = (float(row["goldstein"]), quad, row["label"])
    return table


def cameo_score(code: str | None) -> tuple[float | None, int | None]:
    """Goldstein and QuadClass of a CAMEO code: the longest listed prefix decides."""
    if not code:
        return None, None
    table = load_cameo_scores()
    for n in range(len(code), 1, -1):
        if code[:n] in table:
            goldstein, quad, _ = table[code[:n]]
            return goldstein, quad
    return None, None


@functools.lru_cache(maxsize=4)
def load_lexicon(path: Path = DATA / "triggers.yaml") -> Lexicon:
    data = read_yaml(path, "trigger lexicon")
    if not isinstance(data, dict) or not isinstance(data.get("groups"), list):
        raise _fail(path, "-", "top level must be a mapping with a `groups:` list")
    cameo = load_cameo_scores()
    entries: list[Entry] = []
    seen_groups: set[str] = set()
    seen: dict[tuple, str] = {}
    for g in data["groups"]:
        gid = g.get("id")
        if not gid or gid in seen_groups:
            raise _fail(path, str(gid), "missing or duplicate group id")
        seen_groups.add(gid)
        unknown = set(g) - GROUP_KEYS
        if unknown:
            raise _fail(path, gid, f"unknown keys {sorted(unknown)}")
        if g.get("type") not in PLOVER_TYPES:
            raise _fail(path, gid, f"type {g.get('type')!r} is not a PLOVER type")
        code = g.get("cameo")
        if not isinstance(code, str) or not re.fullmatch(r"\d{2,4}", code):
            raise _fail(path, gid, "cameo must be a quoted 2-4 digit string")
        if cameo_score(code)[1] is None or code[:2] not in cameo:
            raise _fail(path, gid, f"cameo {code} has no row in cameo_scores.csv")
        contexts = tuple(g.get("contexts") or ())
        bad = [c for c in contexts if c not in PLOVER_CONTEXTS]
        if bad:
            raise _fail(path, gid, f"unknown contexts {bad}")
        # YAML 1.1 reads bare on/off as booleans: take them back as the prepositions they are.
        target = tuple({True: "on", False: "off"}.get(t, t) if isinstance(t, bool) else t
                       for t in (g.get("target", ["dobj"]) or ()))
        if any(t not in TARGET_SPECS for t in target):
            raise _fail(path, gid, f"bad target spec in {target}")
        governs = g.get("governs")
        if governs is not None and governs not in GOVERNS:
            raise _fail(path, gid, f"governs must be one of {sorted(GOVERNS)}")
        require = tuple(g.get("require") or ())
        if any(r not in REQUIRES for r in require):
            raise _fail(path, gid, f"require must be among {sorted(REQUIRES)}")
        recodings = {}
        for key in RECODINGS:
            alt = g.get(key) or {}
            if alt and alt.get("type") not in PLOVER_TYPES:
                raise _fail(path, gid, f"{key} needs a PLOVER type")
            recodings[key] = tuple(sorted(alt.items()))
        conf = float(g.get("confidence", 0.8))
        if not 0 < conf <= 1:
            raise _fail(path, gid, "confidence must be in (0, 1]")
        for kind, key in (("verb", "verbs"), ("noun", "nouns")):
            for phrase in g.get(key) or ():
                try:
                    parsed = parse_phrase(str(phrase), kind)
                except ValueError as exc:
                    raise _fail(path, f"{gid}:{phrase}", str(exc)) from exc
                entry = Entry(
                    id=f"{gid}:{phrase}", group=gid, kind=kind, phrase=str(phrase), type=g["type"],
                    mode=g.get("mode") or None, cameo=code, contexts=contexts, target=target,
                    governs=governs, reciprocal=bool(g.get("reciprocal")), swap=bool(g.get("swap")),
                    allow_no_source=bool(g.get("allow_no_source")), require=require,
                    confidence=conf, **recodings, **parsed,
                )
                if entry.signature in seen and seen[entry.signature] != gid:
                    raise _fail(path, entry.id, f"same phrase already in group {seen[entry.signature]}")
                seen.setdefault(entry.signature, gid)
                entries.append(entry)
    return Lexicon(entries=entries, version=int(data.get("version", 1)))


@functools.lru_cache(maxsize=4)
def load_cues(path: Path = DATA / "cues.yaml") -> dict[str, Any]:
    data = read_yaml(path)
    required = ("negation_words", "modals", "modality_governors", "intent_governors", "conditional_markers",
                "speech_verbs", "speech_nouns", "light_verbs", "participation_preps", "complement_modes",
                "complement_cameo", "future_to_agree", "future_to_concede", "future_to_threaten",
                "obligation_words")
    missing = [k for k in required if k not in (data or {})]
    if missing:
        raise _fail(path, "-", f"missing keys {missing}")
    for key in ("negation_words", "intent_governors", "conditional_markers", "speech_verbs", "speech_nouns",
                "light_verbs", "participation_preps", "obligation_words"):
        data[key] = frozenset(str(w).lower() for w in data[key])
    # optional word lists the coder tests membership in per trigger: frozen once here, not per call
    for key in ("unidentified_agents", "attack_attribution", "standoff_weapons", "place_arrests", "poll_quantities",
                "habitual_adverbs", "realising_verbs", "claim_verbs", "prediction_speech_verbs",
                "rejection_predicates", "crowd_words", "plural_participants", "non_event_refusals",
                "aggregate_modifiers", "repeated_occurrence_words", "copular_idioms", "reason_clause_preps",
                "poll_majority_words", "promise_verbs", "performative_governors", "performative_acts",
                "time_possessives", "prevention_verbs", "claim_nouns", "historical_adverbs", "agent_triggers",
                "accident_words", "unarmed_sectors", "objection_verbs",
                "consideration_words", "document_nouns", "charge_verbs", "recipient_light_verbs", "visit_groups",
                "agreement_governors", "domestic_measures", "refusal_vows", "armed_groups", "needs_recipient_groups",
                "meeting_groups", "request_with_complement", "hedge_adverbs", "attempt_governors",
                "stative_possession_verbs", "past_reference_modifiers", "past_reference_preps"):
        data[key] = frozenset(str(w).lower() for w in data.get(key) or ())
    data["sense_restrictions"] = [_sense_restriction(r) for r in data.get("sense_restrictions") or ()]
    # the verbal recodings' word and sector lists (force_words is tested against every token of a
    # sentence): sets, case kept (the sector codes are upper case)
    for key in ("verbal_attack", "verbal_protest"):
        data[key] = {k: frozenset(str(w) for w in v) if isinstance(v, list) else v
                     for k, v in (data.get(key) or {}).items()}
    # searched in every sentence: compiled once
    data["boilerplate_sentences"] = tuple(re.compile(p, re.IGNORECASE) for p in data.get("boilerplate_sentences") or ())
    # era phrases as the coder compares them: lower case, hyphens and runs of spaces as one space
    data["historical_eras"] = tuple(" ".join(str(e).lower().replace("-", " ").split())
                                    for e in data.get("historical_eras") or ())
    return data


def _sense_restriction(r: dict[str, Any]) -> dict[str, Any]:
    """A ``sense_restrictions`` item with its word lists parsed once: sets, and word-sequence
    alternatives (as trigger phrases, ``_words``) for the object and preposition lists."""
    def alts(words: Any) -> Alternatives | None:
        return None if words is None else tuple(_words(str(x)) for x in words)

    return {
        **r,
        "forms_not": frozenset(r.get("forms_not") or ()),
        "words_not": frozenset(r.get("words_not") or ()),
        "object_not": alts(r.get("object_not")),
        "object_in": alts(r.get("object_in")),
        # YAML 1.1 reads bare on/off as booleans
        "prep_not": {{True: "on", False: "off"}.get(prep, prep): alts(words)
                     for prep, words in (r.get("prep_not") or {}).items()},
        "object_actor_kinds": frozenset(r.get("object_actor_kinds") or ()),
        "object_actor_sectors": frozenset(r.get("object_actor_sectors") or ()),
    }


@functools.lru_cache(maxsize=4)
def load_contexts(path: Path = DATA / "contexts.yaml") -> dict[str, list[re.Pattern]]:
    return {name: [p for _, p in keyed] for name, keyed in _context_keywords(path)}


@functools.lru_cache(maxsize=4)
def _context_keywords(path: Path = DATA / "contexts.yaml") -> tuple[tuple[str, tuple[tuple[str, re.Pattern], ...]], ...]:
    """Each context's keyword patterns with the literal every match contains (lower case)."""
    data = read_yaml(path)
    contexts = (data or {}).get("contexts")
    if not isinstance(contexts, dict):
        raise _fail(path, "-", "needs a `contexts:` mapping")
    bad = [c for c in contexts if c not in PLOVER_CONTEXTS]
    if bad:
        raise _fail(path, "-", f"unknown contexts {bad}")
    out = []
    for name, words in contexts.items():
        keyed = []
        for w in words or ():
            w = str(w).lower().strip()
            literal = w[:-1] if w.endswith("*") else w
            body = re.escape(literal) + (r"\w*" if w.endswith("*") else "")
            keyed.append((literal, re.compile(r"(?<![\w-])" + body + r"(?![\w-])", re.IGNORECASE)))
        out.append((name, tuple(keyed)))
    return tuple(out)


def sentence_contexts(text: str) -> list[str]:
    """The contexts whose keywords the sentence holds."""
    return list(_sentence_contexts(text))


@functools.lru_cache(maxsize=1024)
def _sentence_contexts(text: str) -> tuple[str, ...]:
    # cached (a sentence's events ask for the same text); a keyword's regex runs only when its
    # literal is in the lower-cased text, a plain substring test
    low = text.lower()
    return tuple(name for name, keyed in _context_keywords()
                 if any(literal in low and p.search(text) for literal, p in keyed))
