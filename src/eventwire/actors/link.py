"""In-document linking: mentions of one actor share an ``entity`` id.

Rules, in order (each link is noted for ``eventwire explain``):

1. The same table entry (person in people.csv, country, IGO, group, outlet, region) is one entity.
2. A person not in the table and a later single-word person equal to their surname
   ("John Karanja" ... "Karanja") are one entity; the later mention inherits country/sector.
3. A definite role description ("the president", "the Russian leader") links to the one
   earlier person whose role matches (title word's role, or any head-of-state/government role
   for "leader"), in the same country when the description names one. Two candidates: no link.
4. A mention with no country takes the article's country only when the article names one
   state (``mentions.one_state``: every state-coded mention and every place it names is that
   state, the places alone may name it) and every place that could be in several states could
   be in that one ("Ontario", a Canadian province and a US city, blocks China)
   (confidence 0.6, said in ``resolution``):
   a bare collective state organ (government, police, army, court, parliament: not a single
   office holder like "the spokesman"), a domestic sector word (sectors.yaml ``domestic``:
   protesters, students, the opposition) or a person not in the tables with a state or
   domestic title ("Judge N", "Governor N"). Never when a hyphen compound says who leads it
   ("Vietnamese-led forces" in an article about Thailand) or a place of other states owns it
   ("the Ontario government" in an article naming China), nor for an owned mention ("its police")
   when an international organisation or region in the article could be the owner.
5. An article that names several states but is mostly about one (``_main_state``: at least 4
   and 80% of its state-coded mentions, and 80% with its places): a domestic sector word with no
   country ("the Senate", "militants", "the opposition leader") takes that state when its own
   sentence names no other state (confidence 0.5, said in ``resolution``).
"""

from __future__ import annotations

from dataclasses import dataclass

from .mentions import (NAMED_BODY_SECTORS, STATE_ORGANS, Found, PlaceFacts, could_own_organs, inherit_state, one_state,
                       state_of)

HEAD_ROLES = {"president", "prime minister", "chancellor", "monarch", "leader", "supreme leader", "premier",
              "crown prince", "state counsellor"}


@dataclass
class Linked:
    found: Found
    entity: str
    link: str | None = None  # why it was linked to an earlier mention


def _key(f: Found) -> str | None:
    if f.person:
        return "person:" + f.person
    if f.kind == "person":
        return "person?:" + (f.name or "")
    if f.kind in ("country", "igo", "group", "outlet", "region", "organization", "government") and f.term is None:
        return f"{f.kind}:{f.code}:{f.name}"
    if f.code and f.term is not None:
        return f"sector:{f.code}:{f.term.role or f.term.sector}"
    return None


def link_mentions(found: list[Found], places: PlaceFacts = PlaceFacts()) -> list[Linked]:
    """``places``: what the places the document names say (``mentions.place_facts``): rule 4
    needs their states all equal and the one state among each unsure place's candidates; rule 5
    counts them and reads them per sentence."""
    out: list[Linked] = []
    entities: dict[str, str] = {}
    persons: list[Linked] = []  # first mention of each person entity, in order
    counter = [0]

    def new_entity(key: str | None) -> str:
        counter[0] += 1
        eid = f"e{counter[0]}"
        if key:
            entities[key] = eid
        return eid

    for f in found:
        if f.person and f.name and f.end - f.start == len(f.name.split()[-1]):
            # "Ortega" after "Judge Maria Ortega": the article's own earlier person, not the table's
            # Daniel Ortega
            surname = f.name.split()[-1]
            first = f.name.split()[0]
            own = [p for p in persons if not p.found.person and p.found.name and " " in p.found.name
                   and p.found.name.split()[-1] == surname and p.found.name.split()[0] != first]
            # (not "José Manuel Durão Barroso" before table José Manuel Barroso: the same person)
            if len({p.found.name for p in own}) == 1:
                f.resolution = f"surname of the article's '{own[0].found.name}', not table {f.name}"
                f.person, f.name, f.role, f.country, f.sector, f.code = None, surname, None, None, None, None
                f.confidence = 0.7
        key = _key(f)
        link = None
        if key and key in entities:
            eid = entities[key]
            link = f"same table entry as earlier mention ({key})"
        elif f.kind == "person" and not f.person and f.name and " " not in f.name:
            prior = [p for p in persons if not p.found.person and p.found.name and p.found.name.split()[-1] == f.name]
            if not prior:
                # "Clinton" after "Hillary Clinton" (a table person whose surname is ambiguous in the
                # table): the article's own earlier full name decides, when it is the only one
                prior = [p for p in persons if p.found.person and p.found.name and p.found.name.split()[-1] == f.name]
                prior = [p for p in prior if len({q.found.name for q in prior}) == 1][:1]
                if prior:
                    f.person, f.role = prior[0].found.person, prior[0].found.role
            if len(prior) == 1:
                eid, src = prior[0].entity, prior[0].found
                f.name, f.country, f.sector, f.code = src.name, src.country or f.country, src.sector or f.sector, src.code or f.code
                f.gender = f.gender or src.gender
                link = f"surname of earlier '{src.name}'"
            else:
                eid = new_entity(key)
        elif f.kind != "person" and f.term is not None and f.term.title is not None and f.determiner \
                and (f.term.title or f.term.head):
            cands = _role_candidates(persons, f)
            if len(cands) == 1:
                src = cands[0].found
                eid = cands[0].entity
                link = f"role description '{f.name}' -> earlier {src.name} ({src.role})"
                f.resolution = f"definite description; {src.resolution}"
                f.name, f.kind, f.country, f.sector, f.code = src.name, "person", src.country, src.sector, src.code
                f.person, f.role, f.gender = src.person, src.role, src.gender
                f.confidence = min(f.confidence, 0.8)
            else:
                eid = new_entity(key)
        else:
            eid = new_entity(key)
        linked = Linked(f, eid, link)
        if f.kind == "person" and link is None:
            persons.append(linked)
        out.append(linked)
    if not _article_country(out, places):
        _main_state(out, places)
    _share_within_entities(out)
    return out


def _share_within_entities(out: list[Linked]) -> None:
    """A later mention linked to an earlier one ("Casey" after "Tory MP Bill Casey") takes the
    country the entity gained from the rules above, when the entity has that one country only."""
    by_entity: dict[str, set[str]] = {}
    for lk in out:
        if lk.found.country:
            by_entity.setdefault(lk.entity, set()).add(lk.found.country)
    for lk in out:
        f = lk.found
        countries = by_entity.get(lk.entity, set())
        if f.country is None and len(countries) == 1 and lk.link:
            (c,) = countries
            f.country = c
            f.code = c + f.sector if f.sector else f.code
            f.confidence = min(f.confidence, 0.6)
            f.resolution += f"; same actor as an earlier mention placed in {c}"


def _role_candidates(persons: list[Linked], f: Found) -> list[Linked]:
    term = f.term
    seen: dict[str, Linked] = {}
    for p in persons:
        role = (p.found.role or "").lower()
        ok = (term.role and role == term.role) or (term.head and role in HEAD_ROLES)
        if not ok:
            continue
        if f.country and p.found.country != f.country:
            continue
        if f.kind in ("group", "igo") and f.sector and p.found.sector != f.sector:
            continue  # "the Sinn Féin President" (PTY) is not the state's head of government
        seen[p.entity] = p
    return list(seen.values())


def _shared_names(out: list[Linked], places: set[str]) -> None:
    """A body whose name other states share ("House of Commons", "the Tories": groups.yaml
    ``shared``) belongs to the one sharing state the article names when it does not name the
    table's own state (a Canadian article's House of Commons is Canada's)."""
    named = set(places) | {lk.found.country for lk in out if lk.found.country and not lk.found.shared
                           and lk.found.kind in ("country", "government", "person") and len(lk.found.country) == 3}
    for lk in out:
        f = lk.found
        if not f.shared or f.country in named:
            continue
        alt = [c for c in f.shared if c in named]
        if len(alt) == 1:
            old = f.country
            f.country = alt[0]
            f.code = alt[0] + f.sector if f.sector else alt[0]
            f.confidence = min(f.confidence, 0.7)
            f.resolution += f"; the article names {alt[0]}, not {old}: {alt[0]}'s like-named body"


def _article_country(out: list[Linked], places: PlaceFacts) -> bool:
    """Rule 4; True when the article names one state only (whether or not a mention took it)."""
    _shared_names(out, set(places.states))
    iso3 = one_state([lk.found for lk in out], set(places.states))
    if iso3 is None:
        return False
    if any(iso3 not in candidates for _, candidates in places.unsure):
        return False  # "Ontario" (a Canadian province, a US city) and China: not an article about China only
    # "its forces", "their leadership": the owner is in the article too; when every actor is of the
    # one state the owner is as well, unless an organisation or region could own them ("the UN ...
    # its peacekeepers")
    foreign_owner = any(could_own_organs(lk.found) for lk in out)
    eu_present = _eu_present(out)
    for lk in out:
        f = lk.found
        if not _may_inherit(f, iso3, eu_present) or (f.owned and foreign_owner) or (f.sector == "MIL" and foreign_owner):
            continue  # ("the UN announced 15,000 troops": an organisation may command bare troops)
        organ = f.kind == "sector" and f.sector in STATE_ORGANS and not (f.term.title or f.term.head)
        # (a named untabled party or movement, "the Umma party", is a domestic group too; an
        # ethnic group never: it may live in any state)
        domestic = (f.kind == "sector" or (f.kind == "group" and f.sector in NAMED_BODY_SECTORS)) and f.term.domestic
        # "Judge N", "Governor N", "President N" not in the tables: a state office in a one-state article
        titled = f.kind == "person" and (f.term.domestic or f.sector in STATE_ORGANS)
        if organ or domestic or titled:
            inherit_state(f, iso3, 0.6, f"; no country named; the article names one state only ({iso3}) -> inherits it")
    return True


def _eu_present(out: list[Linked]) -> bool:
    """Does the article name the EU? Then "the Parliament" may be the European Parliament."""
    return any((lk.found.code or "").startswith("IGOEEC") for lk in out)


def _may_inherit(f: Found, state: str, eu_present: bool) -> bool:
    """Rules 4 and 5: may a mention take ``state``, the article's? Only a mention with no country
    and no tabled person, with a sector word ("many governments" are not the one state's), not led
    by another state ("Vietnamese-led forces" in a Thai article are not Thai), not foreign, not
    after a place of other states ("the Ontario government" and China), and no legislature when
    the article names the EU."""
    return f.country is None and f.person is None and f.term is not None and bool(f.sector) \
        and not f.term.several and not f.led_by and not f.foreign \
        and not (f.owner_places and state not in f.owner_places) and not (f.sector == "LEG" and eu_present)


MAIN_STATE_MIN = 4  # rule 5: mentions of the main state, at least
MAIN_STATE_SHARE = 0.8  # and this share of the state-coded mentions, and of those with the places


def _main_state(out: list[Linked], places: PlaceFacts) -> None:
    """Rule 5: an article that names several states but is about one ("the Senate" in a story
    with 20 mentions of the US and one of Mexico). The main state has at least MAIN_STATE_MIN
    of the article's state-coded mentions (bare adjectives not counted) and MAIN_STATE_SHARE of
    them, and of them and the places together (a story about Gaza whose actors are Israeli has
    none). A mention takes it only when it is a domestic sector word (sectors.yaml ``domestic``:
    police, protesters, the opposition, the Senate, governors; never troops, ministers,
    officials, who act abroad as often) with no country, not owned, not led by another state,
    not after a place of other states, and its sentence names no other state, as an actor or a
    place (confidence 0.5, said in ``resolution``)."""
    founds = [lk.found for lk in out]
    eu_present = _eu_present(out)
    actors: dict[str, int] = {}
    for f in founds:
        c = state_of(f)
        if c and not f.adjective:
            actors[c] = actors.get(c, 0) + 1
    if not actors:
        return
    top, k = max(actors.items(), key=lambda kv: kv[1])
    n = sum(actors.values())
    with_places = dict(actors)
    for c, m in places.counts:
        with_places[c] = with_places.get(c, 0) + m
    if k < MAIN_STATE_MIN or k < MAIN_STATE_SHARE * n or with_places[top] < MAIN_STATE_SHARE * sum(with_places.values()):
        return
    for a, b, sent_places in places.sentences:
        if sent_places - {top}:
            continue
        inside = [f for f in founds if a <= f.start < b]
        if any(state_of(f) not in (None, top) or could_own_organs(f) for f in inside):
            continue  # (nor an organisation or region that may own the organ: "UN police")
        for f in inside:
            if not _may_inherit(f, top, eu_present) or not f.term.domestic or f.owned:
                continue
            if f.kind not in ("sector", "person") and not (f.kind == "group" and f.sector in NAMED_BODY_SECTORS):
                continue
            inherit_state(f, top, 0.5, f"; no country named; the article is about {top} ({k} of its {n} "
                          "state-coded mentions) and the sentence names no other state -> inherits it")
