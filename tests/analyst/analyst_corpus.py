"""Hand-built stores for the analyst tests (no spaCy): one story told by three outlets on one day,
a quiet month, and events in three countries."""

from __future__ import annotations

from typing import Any

from eventwire.analyst.ids import event_id
from eventwire.records import Actor, Article, CodedArticle, Event, Location, Place, article_id, header_of

KEN = dict(name="Kenya", country="KEN", sector="GOV", code="KENGOV", kind="country")
TZA = dict(name="Tanzania", country="TZA", sector="GOV", code="TZAGOV", kind="country")
RUS = dict(name="Russia", country="RUS", sector="GOV", code="RUSGOV", kind="country")
UKR = dict(name="Ukraine", country="UKR", sector="MIL", code="UKRMIL", kind="country")


def coded_article(text: str, published: str, outlet: str | None, events: list[dict[str, Any]],
                  places: list[Place] | None = None, url: str | None = None) -> tuple[Article, CodedArticle]:
    """An article whose events are given as dicts: trigger, type, source, target, ... (spans found in text)."""
    article = Article(id=article_id(text), text=text, published=published, outlet=outlet, language="en",
                      url=url or (f"https://{outlet.lower().replace(' ', '')}.example/{published}" if outlet else None))
    built = []
    for spec in events:
        spec = dict(spec)
        trigger = spec.pop("trigger")
        t_start = text.index(trigger, spec.pop("after", 0))
        s_start = text.rfind(". ", 0, t_start)
        s_start = 0 if s_start < 0 else s_start + 2
        s_end = text.find(".", t_start) + 1 or len(text)
        roles = {}
        for role in ("source", "target"):
            roles[role] = [Actor(text=a["name"], **a) for a in spec.pop(role, [])]
        built.append(Event(id=event_id(article.id, t_start, t_start + len(trigger), spec["type"]),
                           sentence=text[s_start:s_end], start=s_start, end=s_end, trigger=trigger,
                           trigger_start=t_start, trigger_end=t_start + len(trigger),
                           confidence=spec.pop("confidence", 0.8), **roles, **spec))
    return article, CodedArticle(article=header_of(article), events=built, places=places or [])


def talks(outlet: str, wording: str) -> tuple[Article, CodedArticle]:
    text = f"Kenya and Tanzania {wording} on Saturday in Arusha. The talks were reported by {outlet}."
    return coded_article(text, "2024-05-11", outlet, [dict(
        trigger=wording.split()[0], type="CONSULT", cameo="040", quad_class=1, goldstein=1.0,
        date="2024-05-11", source=[KEN], target=[TZA],
        location=Location(name="Arusha", country="TZA", kind="city", lat=-3.37, lon=36.68, geonames_id=161325))])


def three_outlets() -> list[tuple[Article, CodedArticle]]:
    """One meeting told by three outlets on the same day; the first article tells it twice."""
    first = coded_article(
        "Kenya and Tanzania met on Saturday in Arusha. Kenya and Tanzania met again after lunch.",
        "2024-05-11", "Meridian Post",
        [dict(trigger="met", type="CONSULT", cameo="040", quad_class=1, goldstein=1.0, date="2024-05-11",
              source=[KEN], target=[TZA], location=Location(name="Arusha", country="TZA", kind="city",
                                                            lat=-3.37, lon=36.68)),
         dict(trigger="met", after=40, type="CONSULT", cameo="040", quad_class=1, goldstein=1.0,
              date="2024-05-11", source=[KEN], target=[TZA])])
    return [first, talks("Continental Wire", "held talks"), talks("Atlas News", "convened talks")]


def month_articles() -> list[tuple[Article, CodedArticle]]:
    """March 2022: events on the 1st, 2nd and 4th; the 3rd is quiet (an article, no event)."""
    items = []
    for day, n in (("01", 2), ("02", 1), ("04", 3)):
        for i in range(n):
            text = f"Russia attacked Ukraine near Kharkiv on day {day}, report {i}."
            items.append(coded_article(text, f"2022-03-{day}", "Test Wire", [dict(
                trigger="attacked", type="ASSAULT", cameo="190", quad_class=4, goldstein=-10.0,
                date=f"2022-03-{day}", source=[RUS], target=[UKR],
                location=Location(name="Kharkiv", country="UKR", kind="city", lat=49.99, lon=36.23))]))
    items.append(coded_article("Nothing happened in Kyiv today.", "2022-03-03", "Test Wire", []))
    return items


def write(store, items):
    store.write_batch([(a, c, None) for a, c in items], [])
    return store


