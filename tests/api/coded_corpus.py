"""Invented articles coded by hand, written straight to a store (no spaCy needed).

Each article names its events, quotes and places by the words in the text; offsets are
found here, so the records are exactly what a coder would emit for that text. The texts
are invented for tests (fictional outlets, ``.example`` URLs) and report nothing real.
Used by tests/api and tests/web (which puts this folder on ``sys.path``).
"""

from __future__ import annotations

from typing import Any

from eventwire.records import (
    Actor, ActorMention, Article, CodedArticle, Event, Location, Place, Quote, article_id, header_of,
)

ACTORS = {
    "RUSGOV": ("Russia", "RUS", "GOV"), "UKRGOV": ("Ukraine", "UKR", "GOV"),
    "USAGOV": ("United States", "USA", "GOV"), "CHNGOV": ("China", "CHN", "GOV"),
    "PHLGOV": ("Philippines", "PHL", "GOV"), "KENGOV": ("Kenya", "KEN", "GOV"),
    "TZAGOV": ("Tanzania", "TZA", "GOV"), "UKRMIL": ("Ukraine", "UKR", "MIL"),
}
PLACES = {
    "Kyiv": (50.45, 30.52, "UKR", "city"), "Kharkiv": (49.99, 36.23, "UKR", "city"),
    "Manila": (14.60, 120.98, "PHL", "city"), "Second Thomas Shoal": (9.73, 115.87, "PHL", "place"),
    "Nairobi": (-1.29, 36.82, "KEN", "city"), "Washington": (38.90, -77.04, "USA", "city"),
}

# (title, published, outlet, text, events, quotes); an event is
# (type, quad_class, goldstein, trigger, source words, source code, target words, target code,
#  place or None, date)
ARTICLES: list[tuple[str, str, str, str, list[tuple], list[tuple]]] = [
    ("Russia accuses Ukraine of shelling border villages", "2024-01-15", "Harbour Ledger",
     "Russia accused Ukraine on Monday of shelling villages near Kharkiv. "
     "\"The strikes must stop now,\" the Russian foreign ministry said in a statement.",
     [("ACCUSE", 3, -2.0, "accused", "Russia", "RUSGOV", "Ukraine", "UKRGOV", "Kharkiv", "2024-01-15")],
     [("\"The strikes must stop now,\"", "the Russian foreign ministry", "RUSGOV")]),
    ("Missile strikes hit Kyiv as Ukraine rejects talks", "2024-02-20", "Harbour Ledger",
     "Russia launched missile strikes on Kyiv overnight, officials said. "
     "Ukraine rejected a Russian offer of talks as a stunt.",
     [("ASSAULT", 4, -10.0, "launched missile strikes", "Russia", "RUSGOV", "Ukraine", "UKRGOV", "Kyiv", "2024-02-20"),
      ("REJECT", 3, -4.0, "rejected", "Ukraine", "UKRGOV", "Russia", "RUSGOV", None, "2024-02-20")],
     []),
    ("United States pledges air defence aid to Ukraine", "2024-02-22", "Continental Review",
     "The United States pledged new air defence systems to Ukraine on Thursday in Washington. "
     "\"We will stand with Ukraine,\" the secretary of state said.",
     [("AID", 2, 7.4, "pledged", "The United States", "USAGOV", "Ukraine", "UKRGOV", "Washington", "2024-02-22")],
     [("\"We will stand with Ukraine,\"", "the secretary of state", "USAGOV")]),
    ("Russia threatens Ukraine over drone attacks", "2024-03-10", "Harbour Ledger",
     "Russia threatened Ukraine with retaliation after drone attacks near Kharkiv.",
     [("THREATEN", 3, -6.0, "threatened", "Russia", "RUSGOV", "Ukraine", "UKRGOV", "Kharkiv", "2024-03-10")],
     []),
    ("China and Philippines trade blame over shoal clash", "2024-03-24", "Pacific Dispatch",
     "China accused the Philippines of provocation at Second Thomas Shoal. "
     "Manila said Chinese vessels fired water cannon at a supply boat.",
     [("ACCUSE", 3, -2.0, "accused", "China", "CHNGOV", "the Philippines", "PHLGOV", "Second Thomas Shoal", "2024-03-24"),
      ("COERCE", 4, -7.0, "fired water cannon", "Chinese vessels", "CHNGOV", "a supply boat", "PHLGOV", "Second Thomas Shoal", "2024-03-23")],
     []),
    ("Kenya and Tanzania agree to reopen border posts", "2024-02-08", "Pacific Dispatch",
     "Kenya and Tanzania agreed in Nairobi to reopen three border trade posts.",
     [("AGREE", 1, 4.0, "agreed", "Kenya", "KENGOV", "Tanzania", "TZAGOV", "Nairobi", "2024-02-08")],
     []),
]


def _actor(text: str, words: str, code: str, mention: str, after: int = 0) -> tuple[Actor, ActorMention]:
    name, country, sector = ACTORS[code]
    start = text.index(words, after)
    fields = dict(text=words, name=name, country=country, sector=sector, code=code,
                  kind="country", start=start, end=start + len(words))
    return Actor(mention_id=mention, **fields), ActorMention(id=mention, entity=code, sectors=[sector],
                                                           resolution=f"test table: {code}", **fields)


def _sentence_bounds(text: str, at: int) -> tuple[int, int]:
    start = max(text.rfind(". ", 0, at) + 2, 0) if text.rfind(". ", 0, at) >= 0 else 0
    end = text.find(". ", at)
    return start, (len(text) if end < 0 else end + 1)


def coded_article(title, published, outlet, text, events, quotes) -> tuple[Article, CodedArticle]:
    aid = article_id(text, title)
    article = Article(id=aid, text=text, title=title, published=published, outlet=outlet,
                      url=f"https://{outlet.lower().replace(' ', '')}.example/{aid}", language="en")
    mentions: dict[str, ActorMention] = {}
    records: list[Event] = []
    places: dict[int, Place] = {}
    for n, (etype, quad, gold, trigger, src, scode, tgt, tcode, place, day) in enumerate(events):
        t_start = text.index(trigger)
        s_start, s_end = _sentence_bounds(text, t_start)
        src_actor, src_mention = _actor(text, src, scode, f"m{n}s", s_start)
        tgt_actor, tgt_mention = _actor(text, tgt, tcode, f"m{n}t", s_start)
        mentions[src_mention.id] = src_mention
        mentions[tgt_mention.id] = tgt_mention
        location = None
        if place:
            lat, lon, country, kind = PLACES[place]
            p_start = text.index(place)
            places[p_start] = Place(text=place, start=p_start, end=p_start + len(place), name=place,
                                    lat=lat, lon=lon, country=country, kind=kind)
            location = Location(name=place, lat=lat, lon=lon, country=country, kind=kind)
        records.append(Event(
            id="e" + article_id(f"{aid}|{n}")[1:17], type=etype, quad_class=quad, goldstein=gold,
            source=[src_actor], target=[tgt_actor], date=day, location=location,
            sentence=text[s_start:s_end], start=s_start, end=s_end, trigger=trigger,
            trigger_start=t_start, trigger_end=t_start + len(trigger), confidence=0.9,
            rule=f"test rule {etype.lower()}", coder_version="test",
        ))
    quote_records = []
    for n, (words, speaker_words, code) in enumerate(quotes):
        start = text.index(words)
        speaker, mention = _actor(text, speaker_words, code, f"q{n}m")
        mentions[mention.id] = mention
        quote_records.append(Quote(id=f"q{n}", text=words, kind="direct", start=start,
                                   end=start + len(words), speaker=speaker, cue="said"))
    coded = CodedArticle(article=header_of(article), actors=list(mentions.values()), events=records,
                         quotes=quote_records, places=[places[k] for k in sorted(places)])
    return article, coded


def corpus() -> list[tuple[Article, CodedArticle]]:
    return [coded_article(*spec) for spec in ARTICLES]


def write_store(path: str) -> list[tuple[Article, CodedArticle]]:
    """Write the hand-coded corpus into a (new or existing) store at ``path``."""
    from eventwire.store import open_store

    items = corpus()
    with open_store(path) as store:
        store.write_batch([(a, c, None) for a, c in items], [])
    return items


def find_event(items: list[tuple[Article, CodedArticle]], etype: str) -> tuple[Article, Event]:
    for article, coded in items:
        for event in coded.events:
            if event.type == etype:
                return article, event
    raise KeyError(etype)


def summary(items) -> dict[str, Any]:
    return {"articles": len(items), "events": sum(len(c.events) for _, c in items)}
