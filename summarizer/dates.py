"""Dates as news articles write them, resolved against the publication date.

Articles rarely say "2024-01-24": they say "early Wednesday", "last Saturday",
"on Tuesday (Jan 23)", "earlier this month". To ground an incident's date in
the text, each expression is found with its exact character span and resolved
against the publication date, keeping how precise the words really are (a
"last week" is a week, not a day). Times keep the zone they were written in:
"00:15 local time (21:15 GMT Tuesday)" happened on the local date, so nothing
here converts between zones.

Pure: no I/O and no clock.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import NamedTuple

from .schema import Precision

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = {
    name: i + 1
    for i, name in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"))
}
_SMALL_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


@dataclass(frozen=True)
class ResolvedDate:
    """A date as precise as its words: value is YYYY-MM-DD (day; the Monday for
    a week), YYYY-MM (month) or YYYY (year)."""

    value: str
    precision: Precision
    words: str


class FoundDate(NamedTuple):
    start: int
    end: int
    date: ResolvedDate


class FoundTime(NamedTuple):
    """A clock time as written: `value` is 24-hour HH:MM; `zone` and `weekday`
    are the words that followed it ("GMT", "local time"; "Tuesday"), if any."""

    start: int
    end: int
    value: str
    zone: str | None
    weekday: str | None


@dataclass(frozen=True)
class _Mention:
    """One date expression as parsed, before resolving: only the parts the words give."""

    start: int
    end: int
    words: str
    kind: str  # "day", "month", "year", "weekday", "relative"
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    shift: str | None = None  # "last" / "next" for weekdays and months
    unit: str | None = None  # relative: "day", "week", "month", "year"
    offset: int = 0  # relative: how many units from the publication date

    @property
    def month_day(self) -> tuple[int, int]:
        """The month and day of a "day" mention (its patterns always match both)."""
        assert self.month is not None and self.day is not None, f"{self.kind} mention {self.words!r} has no month and day"
        return self.month, self.day

    def on(self, year: int) -> date | None:
        """This "day" mention's day-month in `year`, or None when it does not exist there (February 30)."""
        month, day = self.month_day
        return date(year, month, day) if valid_date(year, month, day) else None


# --- patterns --------------------------------------------------------------

# A dot only after an abbreviation ("Jan. 23"): after "January" it ends the sentence.
_MONTH = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b(?:(?<=\b(?!may)[a-z]{3})\.|(?<=\bsept)\.)?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b"
_YEAR = r"(?P<year>(?:19|20)\d\d)\b"
_WEEKDAY = r"(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b(?:['’]s\b)?"
_MOD = r"(?:(?P<mod>early|late|last|next|this|on|by|since|from|until)\s+(?:on\s+)?)?"
# "Tuesday (Jan 23)" or "Sunday, June 16, 2024": a weekday naming the explicit date after it
# (or in an editor's brackets inside a quotation: "on Tuesday [March 22]").
_WEEKDAY_PREFIX = rf"(?:{_MOD}{_WEEKDAY}\s*(?:,\s*|(?P<paren>[(\[]\s*)))?"
# Page stamps abbreviate the weekday before a full date ("Wed 3 Apr 2024").
_WEEKDAY_ABBREVIATION = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,?\s+)"
_PAREN_CLOSE = r"(?(paren)\s*[)\]])"
_PERIOD = r"(?:(?:since|in|until|by|from|during|throughout|before|after)\s+)?(?:(?:early|mid|late|the end of|end of|the beginning of|beginning of)[\s-]+)?"

_DATE_BODIES = (
    rf"(?:on\s+)?{_MONTH}\s+{_DAY},?\s+{_YEAR}",
    rf"(?:on\s+)?{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}",
    rf"(?:on\s+)?{_MONTH}\s+{_DAY}(?!,?\s*\d)",
    rf"(?:on\s+)?{_DAY}\s+(?:of\s+)?{_MONTH}",
)


def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])" + pattern, re.IGNORECASE)


_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("iso", _compile(r"(?P<year>\d{4})-(?P<mnum>\d{2})-(?P<day>\d{2})(?!\d)")),
    *(("day", _compile(_WEEKDAY_PREFIX + body + _PAREN_CLOSE)) for body in _DATE_BODIES),
    *(("day", _compile(_WEEKDAY_ABBREVIATION + body)) for body in _DATE_BODIES[:2]),
    ("month", _compile(rf"{_PERIOD}{_MONTH},?\s+(?:of\s+)?{_YEAR}")),
    ("month", _compile(rf"{_PERIOD}(?:(?P<shift>last|next|this)\s+)?{_MONTH}(?!\s*\d)")),
    ("year", _compile(rf"(?:(?:since|in|until|by|from|during|between|before|after|of|early|mid|late)[\s-]+)+{_YEAR}(?![-/.,]\d)")),
    ("relative", _compile(r"(?:(?:earlier|later|early|late)\s+)?(?P<shift>last|this|next)\s+(?P<unit>week|month|year)\b")),
    ("relative", _compile(r"(?P<word>yesterday|today|tonight|this (?:morning|afternoon|evening))\b")),
    ("relative", _compile(r"(?P<n>\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<unit>day|week|month|year)s?\s+ago\b")),
    ("weekday", _compile(rf"{_MOD}{_WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?")),
)


def _capitalized(m: re.Match[str], group: str) -> bool:
    """Month and weekday names are capitalized in news text; lowercase "may",
    "march" or "monday" is a verb or a typo, not a date."""
    word = m.groupdict().get(group)
    return word is None or word[0].isupper()


def _mention(kind: str, m: re.Match[str]) -> _Mention | None:
    """The parts one regex match gives, or None when it is not a date after all."""
    if not (_capitalized(m, "month") and _capitalized(m, "weekday")):
        return None
    g = m.groupdict()
    span = (m.start(), m.end(), m.group(0))
    year = int(g["year"]) if g.get("year") else None
    month = _MONTHS[g["month"][:3].lower()] if g.get("month") else None
    weekday = WEEKDAYS.index(g["weekday"].lower()) if g.get("weekday") else None
    if kind == "iso":
        return _Mention(*span, kind="day", year=year, month=int(g["mnum"]), day=int(g["day"]))
    if kind == "day":
        return _Mention(*span, kind="day", year=year, month=month, day=int(g["day"]), weekday=weekday)
    if kind == "month":
        if year is None and m.start("month") == m.start():
            return None  # a bare month name ("May") is too often not a date
        return _Mention(*span, kind="month", year=year, month=month, shift=_shift(g.get("shift")))
    if kind == "year":
        return _Mention(*span, kind="year", year=year)
    if kind == "weekday":
        return _Mention(*span, kind="weekday", weekday=weekday, shift=_shift(g.get("mod")))
    return _relative(span, g)


def _shift(word: str | None) -> str | None:
    word = (word or "").lower()
    return word if word in ("last", "next") else None


def _relative(span: tuple[int, int, str], g: Mapping[str, str | None]) -> _Mention:
    if word := g.get("word"):
        offset = -1 if word.lower() == "yesterday" else 0
        return _Mention(*span, kind="relative", unit="day", offset=offset)
    unit = g.get("unit")
    assert unit is not None, "the relative patterns without a word all match a unit"
    if n := g.get("n"):
        n = n.lower()
        count = int(n) if n.isdigit() else _SMALL_NUMBERS[n]
        return _Mention(*span, kind="relative", unit=unit.lower(), offset=-count)
    shift = g.get("shift")
    assert shift is not None, "a relative unit without a number has a shift"
    offset = {"last": -1, "this": 0, "next": 1}[shift.lower()]
    return _Mention(*span, kind="relative", unit=unit.lower(), offset=offset)


def _mentions(text: str) -> list[_Mention]:
    """Every date expression in `text`, longest first where they overlap, in text order."""
    found = []
    for priority, (kind, pattern) in enumerate(_PATTERNS):
        for m in pattern.finditer(text):
            mention = _mention(kind, m)
            if mention:
                found.append((mention.start, -(mention.end - mention.start), priority, mention))
    chosen: list[_Mention] = []
    for _, _, _, mention in sorted(found, key=lambda f: f[:3]):
        if not chosen or mention.start >= chosen[-1].end:
            chosen.append(mention)
    return chosen


def date_spans(text: str) -> list[tuple[int, int]]:
    """Where `text` names a date, resolvable or not ("early Wednesday" needs a publication date)."""
    return [(m.start, m.end) for m in _mentions(text)]


# --- resolving -------------------------------------------------------------


def parse_published(value: str | date | None) -> date | None:
    """A publication date from metadata or a command line: ISO date or datetime,
    or an explicit date in words ("January 24, 2024"). ValueError if neither."""
    if value is None or isinstance(value, date):
        return value.date() if isinstance(value, datetime) else value
    text = value.strip()
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    for mention in _mentions(text):
        if mention.kind == "day" and mention.year and (day := mention.on(mention.year)):
            return day
    raise ValueError(f"cannot read {value!r} as a date")


def valid_date(year: int, month: int, day: int) -> bool:
    """Whether year-month-day is a day of the calendar (no 30 February)."""
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _closest_day(month: int, day: int, published: date) -> date | None:
    """A day-month without a year: the year that puts it nearest the publication
    date (so "December 29" in a January article is last December)."""
    options = [date(y, month, day) for y in (published.year - 1, published.year, published.year + 1) if valid_date(y, month, day)]
    return min(options, key=lambda d: abs(d - published)) if options else None


def _month_index(year: int, month: int) -> int:
    return year * 12 + month - 1


def _month_value(index: int) -> str:
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _weekday_before(weekday: int, published: date, shift: str | None) -> date:
    """"Wednesday" is the latest one on or before publication; "last Wednesday"
    the latest strictly before it; "next Wednesday" the first after it."""
    back = (published.weekday() - weekday) % 7
    if shift == "next":
        return published + timedelta(days=(weekday - published.weekday()) % 7 or 7)
    if shift == "last" and back == 0:
        back = 7
    return published - timedelta(days=back)


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def value_range(value: str, precision: str = "day") -> tuple[date, date] | None:
    """The days a date value allows: a day; for precision 'week' the week from its
    Monday (week values are Mondays); for 'month' or a YYYY-MM value, the month; for
    'year' or a YYYY value, the year. None when the value is not a date."""
    try:
        parts = [int(p) for p in value.split("-")]
        if len(parts) == 3:
            day = date(*parts)
            if precision == "week":
                return day, day + timedelta(days=6)
            if precision == "month":
                parts = parts[:2]
            elif precision == "year":
                parts = parts[:1]
            else:
                return day, day
        if len(parts) == 2:
            first = date(parts[0], parts[1], 1)
            following = date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
            return first, following - timedelta(days=1)
        return date(parts[0], 1, 1), date(parts[0], 12, 31)
    except (ValueError, TypeError, IndexError):
        return None


def _resolve(mention: _Mention, published: date | None) -> ResolvedDate | None:
    found = _resolve_value(mention, published)
    return ResolvedDate(found[0], found[1], mention.words) if found else None


def _resolve_value(m: _Mention, published: date | None) -> tuple[str, Precision] | None:
    if m.kind == "year":
        return f"{m.year:04d}", "year"
    if m.kind == "day" and m.year:
        day = m.on(m.year)
        return (day.isoformat(), "day") if day else None
    if m.kind == "month" and m.year:
        return f"{m.year:04d}-{m.month:02d}", "month"
    if published is None:
        return None
    if m.kind == "day":
        day = _closest_day(*m.month_day, published)
        return (day.isoformat(), "day") if day else None
    if m.kind == "month":
        return _month_value(_resolve_month(m, published)), "month"
    if m.kind == "weekday":
        assert m.weekday is not None, "a weekday mention names its weekday"
        return _weekday_before(m.weekday, published, m.shift).isoformat(), "day"
    return _resolve_relative(m, published)


def _resolve_month(m: _Mention, published: date) -> int:
    now = _month_index(published.year, published.month)
    assert m.month is not None, "a month mention names its month"
    options = [_month_index(y, m.month) for y in (published.year - 1, published.year, published.year + 1)]
    if m.shift == "last":
        return max(i for i in options if i < now)
    if m.shift == "next":
        return min(i for i in options if i > now)
    return min(options, key=lambda i: abs(i - now))


def _resolve_relative(m: _Mention, published: date) -> tuple[str, Precision]:
    if m.unit == "day":
        return (published + timedelta(days=m.offset)).isoformat(), "day"
    if m.unit == "week":
        return _monday(published + timedelta(weeks=m.offset)).isoformat(), "week"
    if m.unit == "month":
        return _month_value(_month_index(published.year, published.month) + m.offset), "month"
    return f"{published.year + m.offset:04d}", "year"


def resolve(words: str, published: str | date | None) -> ResolvedDate | None:
    """The date `words` mean, published on `published`; None if they name no
    date or need a publication date that is not known. `words` may carry more
    than the date ("the strikes early Wednesday"); the longest date in them wins."""
    mentions = _mentions(words)
    if not mentions:
        return None
    longest = max(mentions, key=lambda m: m.end - m.start)
    found = _resolve(longest, parse_published(published))
    return ResolvedDate(found.value, found.precision, words) if found else None


def find_dates(text: str, published: str | date | None) -> list[FoundDate]:
    """Every date expression in `text` that resolves, with its span in `text`."""
    pub = parse_published(published)
    found = []
    for mention in _mentions(text):
        resolved = _resolve(mention, pub)
        if resolved:
            found.append(FoundDate(mention.start, mention.end, resolved))
    return found


_ZONE = r"(?P<zone>(?i:local(?:\s+time)?)|(?:GMT|UTC|ET|EST|EDT|CT|CST|CDT|PT|PST|PDT|BST|CET|CEST|EET|EEST|IST|AST|MSK)(?:\s*[+-]\s*\d{1,2}(?::?\d\d)?)?|[A-Z][a-z]+\s+time)"
# Case-sensitive on purpose: zones are written in capitals ("GMT"), and a
# capitalized place before "time" ("Baghdad time") is a zone where "some time" is not.
_TIME = re.compile(
    r"(?<![\w:.])(?:(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?:\s*(?P<ampm>(?i:[ap]m\b|[ap]\.m\.)))?"
    r"|(?P<h12>1[0-2]|0?[1-9])(?:\.(?P<m12>[0-5]\d))?\s*(?P<ampm12>(?i:[ap]m\b|[ap]\.m\.)))"
    rf"(?:\s+{_ZONE})?(?:,?\s+(?:on\s+)?(?i:{_WEEKDAY}))?"
)


def find_times(text: str) -> list[FoundTime]:
    """Clock times with the zone and weekday written after them, unconverted:
    "00:15 local time (21:15 GMT Tuesday)" gives 00:15 local and 21:15 GMT Tuesday."""
    times = []
    for m in _TIME.finditer(text):
        hour = int(m["h"] or m["h12"])
        minute = int(m["m"] or m["m12"] or 0)
        ampm = (m["ampm"] or m["ampm12"] or "").lower()[:1]
        if ampm and hour > 12:
            continue  # "14:00pm" is not a time we can trust
        if ampm:
            hour = hour % 12 + (12 if ampm == "p" else 0)
        weekday = m["weekday"] if m["weekday"] and m["weekday"][0].isupper() else None
        times.append(FoundTime(m.start(), m.end(), f"{hour:02d}:{minute:02d}", m["zone"], weekday))
    return times


class DayMention(NamedTuple):
    """An explicit day in a text ("March 3", "Sunday, January 14", "3 April 2024"),
    its year and weekday when written."""

    start: int
    end: int
    words: str
    year: int | None
    month: int
    day: int
    weekday: int | None


def day_mentions(text: str) -> list[DayMention]:
    """Every explicit day (month and day, with or without a year) in `text`."""
    return [
        DayMention(m.start, m.end, m.words, m.year, m.month, m.day, m.weekday)
        for m in _mentions(text)
        if m.kind == "day" and m.month and m.day
    ]


def years_named(text: str) -> list[int]:
    """Every year `text` writes out ("in 2023", "October 2023", "3 April 2024")."""
    return [m.year for m in _mentions(text) if m.year]
