"""Resolve one date expression against the publication date.

Pure functions, no spaCy: ``resolve(kind, text, published, future)`` returns a
:class:`Resolution` (or ``None`` when the expression cannot be placed, e.g. "June 16"
in an article with no publication date).

Which tool for which kind:

- day-level calendar dates ("Jan. 5, 2009", "June 16", "5 January") and "N units ago" go to
  dateparser, with ``PREFER_DATES_FROM`` past (default, news is past tense) or future (the
  clause is future tense) and ``RELATIVE_BASE`` = the publication date. Parsers are cached per
  (preference, base) and results per (text, preference, base).
- periods (weeks, months, parts of months, years, decades) and weekdays are plain calendar
  arithmetic here: dateparser returns a single day for them (and takes "Friday" in an article
  published on a Friday to mean the week before, where news means the same day).
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from dataclasses import dataclass

from .lexicon import Lexicon, load

Date = dt.date


@dataclass(frozen=True)
class Resolution:
    date: Date
    end_date: Date | None
    granularity: str
    relative: bool
    how: str  # short reason for the trace


# --------------------------------------------------------------------------- dateparser


@functools.lru_cache(maxsize=256)
def _parser(prefer: str, base: Date | None):
    from dateparser.date import DateDataParser

    settings = {"PREFER_DATES_FROM": prefer}
    if base is not None:
        settings["RELATIVE_BASE"] = dt.datetime(base.year, base.month, base.day)
    return DateDataParser(languages=["en"], settings=settings)


@functools.lru_cache(maxsize=8192)
def dateparse(text: str, prefer: str, base: Date | None) -> tuple[Date, str] | None:
    """(date, period) from dateparser, or None. ``period`` is day|week|month|year."""
    data = _parser(prefer, base).get_date_data(text)
    if data is None or data.date_obj is None:
        return None
    return data.date_obj.date(), data.period or "day"


# --------------------------------------------------------------------------- calendar helpers


DAY_NUMBER = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\b")


def month_day(text: str, published: Date, future: bool, lex: Lexicon) -> Date | None:
    """ "June 16", "16th of June": that day in the publication year, moved a year back when it
    falls after publication (a year on for a future clause, from the publication day on): dateparser's reading with
    PREFER_DATES_FROM, without its cost (it was most of this stage's time). None when the text
    is not just a month and a day number, or the day does not exist in that year."""
    numbers = DAY_NUMBER.findall(text)
    months = [m for m in (lex.month_number(w) for w in text.replace(",", " ").split()) if m]
    if len(numbers) != 1 or len(months) != 1:
        return None
    day, month = int(numbers[0]), months[0]
    year = published.year
    try:
        found = Date(year, month, day)
        if not future and found > published:
            found = Date(year - 1, month, day)
        elif future and found <= published:  # as dateparser: the same day ahead is next year's
            found = Date(year + 1, month, day)
    except ValueError:  # 30 February, or 29 February outside a leap year
        return None
    return found


def month_end(year: int, month: int) -> Date:
    return Date(year, month, calendar.monthrange(year, month)[1])


def monday_of(day: Date) -> Date:
    return day - dt.timedelta(days=day.weekday())


def add_months(day: Date, n: int) -> Date:
    index = day.year * 12 + day.month - 1 + n
    return Date(index // 12, index % 12 + 1, 1)


def _part(text: str) -> str | None:
    low = text.lower()
    if low.startswith(("early", "the start of", "the beginning of")):
        return "early"
    if low.startswith(("mid", "the middle of")):
        return "mid"
    if low.startswith(("late", "the end of")):
        return "late"
    return None


def _month_part(year: int, month: int, part: str | None) -> tuple[Date, Date]:
    end = month_end(year, month)
    if part == "early":
        return Date(year, month, 1), Date(year, month, 10)
    if part == "mid":
        return Date(year, month, 11), Date(year, month, 20)
    if part == "late":
        return Date(year, month, 21), end
    return Date(year, month, 1), end


def _year_part(year: int, part: str | None) -> tuple[Date, Date]:
    if part == "early":
        return Date(year, 1, 1), Date(year, 4, 30)
    if part == "mid":
        return Date(year, 5, 1), Date(year, 8, 31)
    if part == "late":
        return Date(year, 9, 1), Date(year, 12, 31)
    return Date(year, 1, 1), Date(year, 12, 31)


def _nearest_month(month: int, base: Date, future: bool) -> int:
    """Year of the month named without a year: the latest one not after the base month
    (past), or the first one not before it (future)."""
    if future:
        return base.year if month >= base.month else base.year + 1
    return base.year if month <= base.month else base.year - 1


YEAR_RE = re.compile(r"(1[89]|20)\d\d")


# --------------------------------------------------------------------------- resolve


# A bare date ("Dec. 1") in a clause of unknown tense is read as past unless that puts it
# more than this many days back while the future reading is nearer (schedules, lists).
NEAREST_PAST_WINDOW = 183


def resolve(kind: str, text: str, published: Date | None, future: bool = False,
            lexicon: Lexicon | None = None, nearest: bool = False) -> Resolution | None:
    """``future``: the clause is future tense. ``nearest``: its tense is unknown, so a bare
    date far in the past gives way to a nearer future reading."""
    if nearest and not future and published is not None and kind in ("day_no_year", "month", "part_month"):
        past = resolve(kind, text, published, False, lexicon)
        if past is not None and (published - past.date).days > NEAREST_PAST_WINDOW:
            ahead = resolve(kind, text, published, True, lexicon)
            if ahead is not None and (ahead.date - published).days < (published - past.date).days:
                return Resolution(ahead.date, ahead.end_date, ahead.granularity, True,
                                  ahead.how + " (tense unknown, nearer than the past reading)")
        return past
    lex = lexicon or load()
    prefer = "future" if future else "past"
    words = text.replace("-", " ").split()

    if kind == "absolute_day":
        # the year is written: no base date or preference can change the reading, so one
        # cached parse serves every article (dateparser is most of this stage's time)
        found = dateparse(text, "past", None)
        return Resolution(found[0], None, "day", False, "dateparser, explicit year") if found else None

    if kind == "day_no_year":
        if published is None:
            return None
        day = month_day(text, published, future, lex)
        if day is not None:
            return Resolution(day, None, "day", True, f"month and day, {prefer} of publication")
        found = dateparse(text, prefer, published)
        return Resolution(found[0], None, "day", True, f"dateparser, {prefer} of publication") if found else None

    if kind == "month_year":
        month = next((lex.month_number(w) for w in words if lex.month_number(w)), None)
        year = int(YEAR_RE.search(text).group())
        return Resolution(Date(year, month, 1), month_end(year, month), "month", False, "month and year")

    if kind in ("month", "part_month"):
        month = next((lex.month_number(w) for w in words if lex.month_number(w)), None)
        if month is None:
            return None
        year_match = YEAR_RE.search(text)
        modifier = words[0].lower() if words[0].lower() in ("last", "next", "this") else None
        if year_match:
            year, relative = int(year_match.group()), False
        elif published is not None and modifier == "this":
            year, relative = published.year, True
        elif published is not None and modifier:
            year = _nearest_month(month, published, modifier == "next")
            if month == published.month:  # "last May" written in May: a year back
                year += 1 if modifier == "next" else -1
            relative = True
        elif published is not None:
            year, relative = _nearest_month(month, published, future), True
        else:
            return None
        start, end = _month_part(year, month, _part(text) if kind == "part_month" else None)
        why = "named month" + ("" if year_match else f", nearest {'future' if future else 'past'} one")
        return Resolution(start, end, "month", relative, why)

    if kind == "year":
        year = int(YEAR_RE.search(text).group())
        start, end = _year_part(year, _part(text))
        return Resolution(start, end, "year", False, "named year")

    if kind == "decade":
        first = int(re.search(r"(1[89]|20)\d0", text).group())
        part = _part(text.lower().removeprefix("the ").strip())
        start, end = Date(first, 1, 1), Date(first + 9, 12, 31)
        if part == "early":
            end = Date(first + 3, 12, 31)
        elif part == "mid":
            start, end = Date(first + 3, 1, 1), Date(first + 6, 12, 31)
        elif part == "late":
            start = Date(first + 7, 1, 1)
        return Resolution(start, end, "year", False, "decade")

    if published is None:
        return None  # everything below is relative to the publication date

    if kind == "near_day":
        offset = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[words[0].lower()]
        return Resolution(published + dt.timedelta(days=offset), None, "day", True, "relative day")

    if kind == "weekday":
        return _weekday(words, published, future, lex)

    if kind == "ago":
        found = dateparse(text.lower(), "past", published)
        if not found:
            return None
        return Resolution(found[0], None, found[1] if found[1] in ("day", "week", "month", "year") else "day",
                          True, "dateparser, before publication")

    if kind == "relative_period":
        return _relative_period(words, published, future)
    return None


def _weekday(words: list[str], published: Date, future: bool, lex: Lexicon) -> Resolution | None:
    modifier = words[0].lower() if len(words) > 1 and words[0].lower() in ("last", "next", "this", "past", "coming") else None
    name = words[1] if modifier else words[0]
    weekday = lex.weekdays.get(name)
    if weekday is None:
        return None
    delta = weekday - published.weekday()
    if modifier == "next" or modifier == "coming" or (modifier is None and future):
        # "next Tuesday", "will meet on Tuesday": the first such day after publication
        day = published + dt.timedelta(days=delta if delta > 0 else delta + 7)
        why = "next such weekday after publication"
    elif modifier == "this":
        day = monday_of(published) + dt.timedelta(days=weekday)
        why = "that weekday in the publication week"
    else:
        # "on Friday" in past-tense news: the latest such day, the publication day included;
        # "last Friday": strictly before the publication day.
        back = -delta if delta <= 0 else 7 - delta
        if modifier in ("last", "past") and back == 0:
            back = 7
        day = published - dt.timedelta(days=back)
        why = "latest such weekday up to publication"
    return Resolution(day, None, "day", True, why)


def _relative_period(words: list[str], published: Date, future: bool) -> Resolution | None:
    lowered = [w.lower() for w in words]
    part = lowered[0] if lowered[0] in ("earlier", "later", "early", "late") else None
    rest = lowered[1:] if part else lowered
    if rest[0] == "the":  # "over the weekend"
        rest = ["next" if future else "last", "weekend"]
    which, unit = rest[0], rest[-1]
    shift = {"last": -1, "previous": -1, "this": 0, "next": 1, "coming": 1}[which]

    if unit in ("week", "weekend"):
        monday = monday_of(published) + dt.timedelta(weeks=shift)
        if unit == "weekend":
            if which == "last" and published.weekday() >= 5:
                monday = monday_of(published) if published.weekday() == 6 else monday
            start, end = monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)
            return Resolution(start, end, "week", True, f"{which} weekend")
        start, end = monday, monday + dt.timedelta(days=6)
        granularity = "week"
    elif unit == "month":
        first = add_months(Date(published.year, published.month, 1), shift)
        start, end = first, month_end(first.year, first.month)
        granularity = "month"
    else:
        start, end = _year_part(published.year + shift, None)
        granularity = "year"

    if part in ("earlier", "later") and shift == 0:
        # "earlier this month": from the period start to the day before publication
        if part == "earlier":
            end = max(start, published - dt.timedelta(days=1))
        else:
            start = min(end, published + dt.timedelta(days=1))
    elif part in ("early", "late") or (part in ("earlier", "later") and shift != 0):
        edge = "early" if part in ("early", "earlier") else "late"
        if granularity == "year":
            start, end = _year_part(start.year, edge)
        elif granularity == "month":
            start, end = _month_part(start.year, start.month, edge)
        else:
            start, end = (start, start + dt.timedelta(days=2)) if edge == "early" else (start + dt.timedelta(days=3), end)
    return Resolution(start, end, granularity, True, " ".join(lowered))
