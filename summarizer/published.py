"""When an article was published, from what its page says.

In order of trust: a labelled time stamp ("Published 3 Feb 2024 06:51 GMT"), a
date line under the headline ("22.05.2024 09:40"), a dateline ("KADUNA, Nigeria,
March 3 (Reuters) -"), then, with nothing stated, an inference from how the text
names days (`infer_published`). A wrong date is worse than none, so:

- a numeric stamp whose day and month could swap ("03-02-2024") is read only when
  one reading alone fits what the article dates (no event after publication, none
  long before it, weekdays written with dates agreeing); otherwise the date stays
  unknown and the basis lists both readings;
- a dateline without a year gets one only when exactly one year fits the years
  the text names and the weekdays it writes with dates;
- a masthead date above the headline is when the page was viewed, not published.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime, time, timedelta
from typing import NamedTuple
from zoneinfo import ZoneInfo

from .dates import WEEKDAYS, _Mention, _mentions, day_mentions, valid_date, years_named
from .page import find_furniture, page_lines
from .stamps import CLOCK_TIME, GLUED_DAY, MONTH_NAMES, UPDATED_LABEL, stamp_dates, stamp_prefix, weekday_settles
from .verify.gazetteer import gazetteer

_STAMP_ORDER = ("published", "issued", "edition", "posted", "date", "dateline", "updated", "modified")
# (a bar with space on one side only too: "Name Surname   |23.05.2028")
# (a run of spaces parts them too: a PDF's running head, "THE X · Friday, October 10, 2025      3")
_STAMP_PIECES = re.compile(rf"\s+[|\u00b7\u2022]\s*|\s*[|\u00b7\u2022]\s+|\s*(?=\b{UPDATED_LABEL})| {{3,}}", re.I)
# A place in capitals or title case ("KRAMATORSK", "New Delhi", "Rio de Janeiro"), never the
# start of a sentence ("Gunmen killed nine people on Monday, January 30, 2017", "On Saturday,
# December 16th, police ...").
_DATELINE_PART = r"(?=[^,]{2,41},)(?!(?:On|In|At|By|Since|From|Last|Early|Late|This|Until)\s)[A-Z][\w.'\u2019-]*(?:[ -](?:[A-Z][\w.'\u2019-]*|de|del|da|do|dos|al|el|of|upon|on|sur|am))*,\s*"
_DATELINE_ONE = re.compile(_DATELINE_PART)  # "WASHINGTON, "
_DATELINE = re.compile(f"(?:{_DATELINE_PART}){{1,2}}")  # or "Kyiv, Ukraine, "
# "Kismayo October 23, 2022 (SD) –": a place with no comma, taken only before a whole date
# with its year and a dash (an agency in brackets between), which prose does not write
# A release's dateline with a dash: "Monrovia, Liberia – May 20, 2030", "Monrovia – Thursday,
# May 23, 2030 – The Ministry ...": the place, a dash, a weekday maybe, then a whole date with
# its year and a dash or the line's end (which prose does not write)
_WHOLE_DATE = rf"(?:(?:{MONTH_NAMES}) \d{{1,2}}, \d{{4}}|\d{{1,2}} (?:{MONTH_NAMES}) \d{{4}})"
_DATELINE_DASH = re.compile(
    rf"[A-Z][\w.'\u2019-]*(?:,? [A-Z][\w.'\u2019-]*){{0,3}}\s+[\u2013\u2014-]\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    rf"(?={_WHOLE_DATE}\s*(?:[\u2013\u2014-]|$))"
)
# A dateline standing on its own line under a release's title: "New York, 26 April 2030"
_DATELINE_ALONE = re.compile(rf"[A-Z][^\n]{{1,60}}?[,\s\u2013\u2014-]\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?{_WHOLE_DATE}")
_DATELINE_BARE = re.compile(
    rf"[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){{0,2}} (?=(?:{MONTH_NAMES}) \d{{1,2}}, \d{{4}}\s*(?:\([A-Za-z]{{2,12}}\)\s*)?[-\u2013\u2014])"
)
_DATELINE_LINES = 2  # paragraphs a dateline may open (lines ending a sentence, or long ones)
PARAGRAPH_CHARS = 80
# How long before publication an article's latest dated event may be and still fit a reading.
STALE_AFTER = timedelta(days=60)


class Stamp(NamedTuple):
    rank: int  # position of its label in _STAMP_ORDER: lower is more trusted
    days: tuple[date, ...]  # one reading, or two when day and month could swap
    words: str


def _stamps(text: str, today: date) -> Iterator[Stamp]:
    """Stamps and date lines below the headline, and datelines, in page order."""
    content_seen = 0
    for line in page_lines(text):
        words = text[line.start : line.end]
        # A stamp may share its line with a byline or credit ("By Amina Yusuf | March 5, 2024");
        # a date above the headline (masthead) is when the page was viewed, never a stamp.
        # (nor does an image's file name, "IMG_20240508_150911.jpg", date anything but the picture)
        if line.kind not in (None, "masthead", "file name") and not (_POSTED_AT.search(words) and not _LABEL_INSIDE.search(words)):
            for piece in filter(None, (p.strip() for p in _STAMP_PIECES.split(words))):
                if _NOT_THE_ARTICLES_DATE.match(piece):
                    continue  # a forum member's or an author's own dates: "Joined: Fri Dec 11, 2020 5:07 pm"
                # the piece's own label, else its line's ("Tuesday 19 April 2016 | Published in Regional")
                label = next((w for w in _STAMP_ORDER if w in piece.lower()), None) or next(
                    (w for w in _STAMP_ORDER if w in words.lower()), "updated" if line.kind == "stamp" else "date")
                if days := _piece_dates(piece, stamped=line.kind in ("stamp", "date", "byline")):
                    yield Stamp(_STAMP_ORDER.index(label), weekday_settles(days, words), piece)
        elif line.kind is None and content_seen < _DATELINE_LINES and (
                len(words) >= PARAGRAPH_CHARS or words[-1] in ".!?\"\u201d" or _DATELINE_ALONE.fullmatch(words.strip())):
            content_seen += 1
            if (found := _dateline(text, words, today)) is not None:
                yield found


# Dates on a page that are not the article's: a forum member's or an author's own, and an
# archive's capture of the page ("Captured 14 Jan 2029 10:22:15 UTC": when it was seen)
_NOT_THE_ARTICLES_DATE = re.compile(r"(?:joined|member since|registered|born|last (?:seen|visit|active|login)|captured|archived on|saved on|retrieved|accessed)\b", re.I)


# An embedded social-media post's own date line, not the page's: the middle dot a post's card
# sets after its date and time ("23 April 2030 at 21:14 ·") or between its time and date
# ("9:02 PM · Apr 23, 2030"); a labelled stamp ("Published 9:02 PM · ...") stays the page's.
_POSTED_AT = re.compile(r"\bat\s+\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?\s*\u00b7\s*$|^\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?\s*\u00b7\s", re.I)


def _piece_dates(piece: str, stamped: bool) -> tuple[date, ...]:
    """The day(s) a stamp's piece gives: the piece itself, else a stamp opening it ("date
    2024-07-28 By AFP - ..."), else from its label on ("Amina Yusuf (@amina_y) Published
    November 01, 2024"), else a day run into the byline before it, else a date closing it
    after a source's or a desk's name, or a dash away from a paper's name or a byline ("By X
    - January 25, 2026 @ 10:31am"); those only on a line that is a stamp or a byline, where
    a byline after the date is set aside ("Posted on October 23, 2026 by X")."""
    if days := stamp_dates(piece):
        return days
    if not stamped:  # (a caption's or an embedded post's date is no stamp of the page)
        return ()
    # a byline after the date: "Posted on October 23, 2026 by X", "Published 3 March 2026 by X"
    if (bylined := _BY_TAIL.search(piece)) and (days := _piece_dates(piece[: bylined.start()], stamped)):
        return days
    if cut := stamp_prefix(piece):
        return stamp_dates(piece[:cut])
    if label := _LABEL_INSIDE.search(piece):
        return stamp_dates(piece[label.start() :])
    if glued := GLUED_DAY.search(piece):  # "Lydia Chantler-Hicks6 October 2022"
        return stamp_dates(piece[glued.start() :])
    # a paper's name and its edition's date a dash apart (a running head: "THE POST - Thursday, 12 March 2026")
    if (cells := _DASHED.split(piece)) and len(cells) > 1 and (days := next((d for c in cells if (d := stamp_dates(c))), ())):
        return days
    # a source or desk before its date: "The Jakarta Globe, December 11, 2012", "... News 2025-05-19, 3:13pm"
    return stamp_dates(tail.group(1) or tail.group(2)) if (tail := _TAIL_DATE.search(piece)) else ()


_DASHED = re.compile(r"\s[-\u2013\u2014]\s")
_BY_TAIL = re.compile(r"\s+(?:by|par|por|di|von)\s+(?-i:[A-Z])[^|\d]{1,60}$", re.I)


_LABEL_INSIDE = re.compile(r"\b(?:published|updated|posted|created)\b", re.I)
_TAIL_DATE = re.compile(
    rf"(?:, |\s)((?:{MONTH_NAMES}) \d{{1,2}}, \d{{4}})$"
    r"|\s(\d{4}-\d{2}-\d{2}),?\s+\d{1,2}[:.]\d{2}\s*(?:am|pm)?$", re.I
)


def _dateline(text: str, line: str, today: date) -> Stamp | None:
    """The day a dateline opening this line gives ("KADUNA, Nigeria, March 3 (Reuters) -")."""
    # "NEW DELHI, January 5, 2024": the place may take one or two comma-ended parts, and
    # a date's own comma must not be read as a second part.
    found = None
    for m in filter(None, (_DATELINE_ONE.match(line), _DATELINE.match(line), _DATELINE_BARE.match(line), _DATELINE_DASH.match(line))):
        mentions = day_mentions(line[m.end() :])
        if mentions and mentions[0].start == 0:
            found = (m, mentions[0])
            break
    if found is None:
        return None
    m, first = found
    words = line[: m.end() + first.end]
    year = first.year or _only_year(text, first.month, first.day, today)
    if year is None:  # a day with no year to read it in: the date is unknown, not guessed
        return Stamp(_STAMP_ORDER.index("dateline"), (), words)
    try:
        return Stamp(_STAMP_ORDER.index("dateline"), (date(year, first.month, first.day),), words)
    except ValueError:
        return None


def _only_year(text: str, month: int, day: int, today: date) -> int | None:
    """The one year a day-month without a year can be in: from the latest year the
    text names up to today, agreeing with every weekday written with a date."""
    body = _body(text)
    named = years_named(body)
    if not named:
        return None
    years = range(max(named), today.year + 1)
    fitting = [y for y in years if _fits(body, date(y, month, day) if valid_date(y, month, day) else None, today)]
    return fitting[0] if len(fitting) == 1 else None


def _body(text: str) -> str:
    """The text with page furniture blanked out (offsets kept)."""
    chars = list(text)
    for start, end in find_furniture(text):
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def _fits(body: str, published: date | None, today: date) -> bool:
    """Whether an article published on `published` could say what `body` says: not
    after today; when it dates anything, something on or before that day and within
    STALE_AFTER of it; every weekday written with a day-month naming that day's real
    weekday. Heuristic: an article about old events alone would fail the second."""
    if published is None or published > today:
        return False
    dated: list[date] = []
    for m in day_mentions(body):
        year = m.year
        if year is None:
            year = published.year - (1 if (m.month, m.day) > (published.month, published.day) else 0)
            if m.weekday is not None and valid_date(year, m.month, m.day) and date(year, m.month, m.day).weekday() != m.weekday:
                return False
        if valid_date(year, m.month, m.day):
            dated.append(date(year, m.month, m.day))
    if not dated:
        return True
    past = [d for d in dated if d <= published]
    return bool(past) and published - max(past) <= STALE_AFTER


# --- publication date from the text alone ----------------------------------


class Inferred(NamedTuple):
    published: date | None  # None: the text bounds the date but does not fix it (the basis says how)
    basis: str


def _inside(mention: _Mention, ranges: Iterable[tuple[int, int]]) -> bool:
    return any(start <= mention.start and mention.end <= end for start, end in ranges)


def _anchor_year(m: _Mention, named_weekdays: set[int], latest_year: int | None, today: date) -> int | None:
    """The year of a day-month written without one, or None.

    With its own weekday ("Tuesday (Jan 23)"): the first year, from the latest year
    the text names, on which the day falls on that weekday (none when it names no year:
    a Monday, July 29 fell in 2013, 2019 and 2024, and counting back from today dated
    archived pages years late). Without one: only when the text names a year, the year nearest
    the latest one named (from it up to today) on which the day
    falls on a weekday the text names; none, or two equally near, give None, since
    guessing is how wrong dates are made. Heuristic: articles name recent years, and
    a weekday named for another day can still mislead it."""
    def fits(year: int, weekdays: set[int]) -> bool:
        day = m.on(year)
        return day is not None and day <= today and day.weekday() in weekdays

    if m.weekday is not None:
        if latest_year is None:
            return None
        return next((y for y in range(latest_year, today.year + 1) if fits(y, {m.weekday})), None)
    if latest_year is None:
        return None
    fitting = sorted((abs(y - latest_year), y) for y in range(latest_year, today.year + 1) if fits(y, named_weekdays))
    if not fitting or (len(fitting) > 1 and fitting[0][0] == fitting[1][0]):
        return None
    return fitting[0][1]


# Words that put a weekday ahead of the telling ("agreed to meet on Saturday", "will
# be buried on Friday"). Heuristic: only the few words before the weekday are read.
_FUTURE = re.compile(r"\b(?:will|would|shall|to|due|expected|scheduled|planned|plans?|agreed|set to|until)\b[^.;]{0,40}$", re.I)


# The furthest a weekday is counted on from the anchor: a weekday one or two days before the
# anchor's ("Friday" after "Saturday, December 16") is far more often the day before it than
# six days after, so such a weekday dates nothing. Heuristic, from real pages.
COUNT_ON_DAYS = 4
SHORT_LINE = 80  # characters: a line shorter than this holding a date is a stamp or a label, not narration
_LONG_AGO = re.compile(
    r"\b(?:years?|months?|decades?)\s+(?:ago|earlier|later|after|since)\b|\banniversary\b"
    # a court's or a coroner's proceedings, held long after the dated events they hear of
    r"|\b(?:jury|trial|inquest|pleaded|sentenced|sentencing|verdict|convicted|acquitted)\b", re.I
)


def _ahead(text: str, m: _Mention) -> bool:
    return _FUTURE.search(text[max(0, m.start - 60) : m.start]) is not None


def infer_published(text: str, *, today: date, skip: Iterable[tuple[int, int]] = ()) -> Inferred | None:
    """The publication date an undated article implies, or None.

    News narrates the days up to publication: earlier events get an explicit
    date ("on 20 January", "Tuesday (Jan 23)"), later ones just a weekday
    ("early Wednesday"). So the latest explicit day is an anchor, and each
    weekday the text names that no explicit date pins is counted forward from
    it; the latest day reached is taken as the publication date (heuristic: the
    article may be published a day or more later). With no weekday reaching past
    the anchor, the anchor only bounds the date from below: unknown, and the basis
    says so. A day-month
    without a year anchors it only when `_anchor_year` finds its year. Mentions
    inside `skip` (page furniture, such as a page-capture date) are ignored.
    """
    skip_ranges = list(skip)
    mentions = [m for m in _mentions(text) if not _inside(m, skip_ranges)]
    named = {m.weekday for m in mentions if m.weekday is not None}
    years = [m.year for m in mentions if m.year and m.kind != "day"]
    anchors: list[tuple[date, _Mention]] = []
    open_years: list[tuple[list[date], _Mention]] = []  # days with a weekday and no year: the days they may be
    for m in mentions:
        if m.kind != "day":
            continue
        year = m.year or _anchor_year(m, named, max(years, default=None), today)
        if year and (day := m.on(year)):
            anchors.append((day, m))
        elif m.weekday is not None and not years:
            fits = [d for y in range(today.year, today.year - 15, -1) if (d := m.on(y)) and d <= today and d.weekday() == m.weekday]
            if fits:
                open_years.append((fits[:3], m))
    if not anchors:
        if not open_years:
            return None
        fits, m = max(open_years, key=lambda o: o[0][0])
        readings = " or ".join(d.isoformat() for d in fits)
        return Inferred(None, f"unknown: on or after {readings} ('{m.words}' fell on its weekday in those years; the text names no year)")
    anchor, anchor_mention = max(anchors, key=lambda a: a[0])
    # (a weekday the text gives a day-month of its own, even one whose year is not known, is
    # that day's: "on Wednesday, July 24" is no Wednesday counted on from another date)
    pinned = {day.weekday() for day, _ in anchors} | {m.weekday for m in mentions if m.kind == "day" and m.weekday is not None}
    latest, latest_words = anchor, anchor_mention.words
    # Weekdays are counted on only from a day whose year the text writes, or that carries its
    # own weekday: from a day whose year was worked out, the count went wrong on real pages
    # ("on January 30 ... said Tuesday" with no year anywhere: 3 of 4 in probes of 120 pages).
    counted = anchor_mention.year is not None or anchor_mention.weekday is not None
    # ... and not when the text says its dated events lie months or years back ("the shooting
    # nearly two years ago"): then the article was written long after its latest date.
    counted = counted and not any(not any(a <= m.start() < b for a, b in skip_ranges) for m in _LONG_AGO.finditer(text))  # outside furniture
    # ... nor from a date outside narration: one on a short line or beside a clock time ("By
    # IANSThursday, May 27, 2010", an RSS "Fri, 08 Dec 2023 00:03:11", an advertisement's date)
    # is a stamp or a label, which news does not count its weekdays on from
    line_end = text.find("\n", anchor_mention.end)
    line = text[text.rfind("\n", 0, anchor_mention.start) + 1 : line_end if line_end >= 0 else len(text)]
    counted = counted and len(line.strip()) >= SHORT_LINE and not CLOCK_TIME.search(line)
    # ... nor from the start of a state that goes on ("a siege since May 10, 2024"), nor from the
    # day of what the story is measured against ("the greatest tragedy since the great earthquake
    # and tsunami of February 27, 2010"): no recent day
    counted = counted and not _SINCE_BEFORE.search(text, max(0, anchor_mention.start - 80), anchor_mention.start)
    # ... and a weekday named before a date written with its year and no weekday, in another
    # paragraph ("... on Wednesday." then, further down, "taken hostage on February 7, 2023"):
    # that date is background, the weekday the story's own day, and they do not count together
    background = anchor_mention.year is not None and anchor_mention.weekday is None

    def before_background(m: _Mention) -> bool:
        return background and m.start < anchor_mention.start and "\n" in text[m.end : anchor_mention.start]

    for m in mentions if counted else ():
        if m.kind == "weekday" and m.weekday is not None and m.weekday not in pinned and m.shift is None and not _ahead(text, m) and not before_background(m):
            ahead = (m.weekday - anchor.weekday()) % 7
            if ahead > COUNT_ON_DAYS:
                continue  # "On Saturday, December 16 ... first reported on Friday": most likely the day before
            day = anchor + timedelta(days=ahead)
            if day > latest:
                latest, latest_words = day, m.words
    if latest > today:
        return None
    # A month or year the text names after the day reached ("approved in July 2023" under a
    # weekday counted on from "22 December 2022") says the article was written later: the
    # count is not consistent with every dated mention, and decides nothing.
    if later := next((m for m in mentions if m.kind in ("month", "year") and m.year and date(m.year, m.month or 1, 1) > latest
                      and not _ahead(text, m)), None):
        return Inferred(None, f"unknown: '{latest_words}' counted on from '{anchor_mention.words}' gives {latest.isoformat()}, before '{later.words}'")
    if latest == anchor:
        # The latest day named bounds publication from below only: "on Tuesday (Jan 23)"
        # is as often written on the Wednesday after. A wrong date is worse than none.
        return Inferred(None, f"unknown: on or after {anchor.isoformat()}, the latest day the text names ('{anchor_mention.words}')")
    return Inferred(latest, f"inferred: '{latest_words}' counted on from '{anchor_mention.words}' ({anchor.isoformat()})")


_SINCE_BEFORE = re.compile(r"\b(?:since|from)\s+$|\bsince\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,6}?(?:of|on|in)\s+$", re.I)


# A past tense just before a date: the article reports that day as done ("was killed in a
# bombing on Saturday, October 26, 2024"). Heuristic: -ed words and a few auxiliaries.
_PAST_BEFORE = re.compile(r"\b(?:\w{3,}ed|was|were|had|died|struck|hit|shot)\b[^.;]{0,60}$", re.I)
SLACK = timedelta(days=1)  # a stamp in another time zone may read a day before the event


def _reported_after(body: str, stamp: date) -> str | None:
    """A date later than the stamp that the article reports in the past tense (a
    page's stamp from before the story happened is not when it was published: a
    template's date, a first version's), or None."""
    for m in day_mentions(body):
        # (a day with its weekday and no year is in the stamp's year when the weekday fits it:
        # "Thursday (Aug 3)" under a stamp of 2023-06-08)
        year = m.year or (stamp.year if m.weekday is not None and valid_date(stamp.year, m.month, m.day)
                          and date(stamp.year, m.month, m.day).weekday() == m.weekday else None)
        if year and valid_date(year, m.month, m.day) and date(year, m.month, m.day) > stamp + SLACK:
            before = body[max(0, m.start - 80) : m.start]
            if _PAST_BEFORE.search(before) and not _FUTURE.search(before):
                return m.words
    return None


# A stamp's time in universal time: "20 February 2028 22:15 GMT", "October 8, 2026 3:15 AM UTC"
# (not an offset from it: "11:52 PM GMT+8" is Manila's time)
_UNIVERSAL_TIME = re.compile(r"(?<![\d:.])(\d{1,2})[:.](\d{2})(?::\d{2})?\s*(?:([ap])\.?m\.?\s*)?(?:GMT|UTC|Z)\b(?!\s*[+-]\s*\d)", re.I)


def _local_dateline(stamp: Stamp, stamps: list[Stamp]) -> Stamp | None:
    """The dateline that gives the local day of a stamp printed in universal time: "20
    February 2028 22:15 GMT" over "IRKUTSK, Feb 21 -" is 21 February where the story was
    filed (an evening in GMT is the next day east of it, a morning the day before west).
    Not when the gazetteer knows the dateline's city and the stamp falls on another day
    there: "21 December 2025 06:51 GMT" is 21 December in Nsukka, so "NSUKKA, Nigeria,
    Dec 20" dates the filing, not that stamp."""
    if not (clock := _UNIVERSAL_TIME.search(stamp.words)):
        return None
    hour, half = int(clock.group(1)), (clock.group(3) or "").lower()
    if half:  # "3:15 AM UTC", "12:40 PM GMT"
        hour = hour % 12 + (12 if half == "p" else 0)
    local = stamp.days[0] + timedelta(days=1 if hour >= 12 else -1)
    for s in (s for s in stamps if s.rank == _STAMP_ORDER.index("dateline")):
        # (a dateline without its year, "IRKUTSK, Feb 21", is read in the stamp's)
        day = s.days or tuple(date(local.year, m.month, m.day) for m in day_mentions(s.words)[:1] if valid_date(local.year, m.month, m.day))
        if day == (local,):
            instant = datetime.combine(stamp.days[0], time(hour, int(clock.group(2))), tzinfo=UTC)
            city = re.match(r"\s*([^,\d(\u2013\u2014]+?)\s*(?:,|\(|\s[\u2013\u2014-]\s)", s.words)
            zone = gazetteer().zone(city.group(1)) if city else None
            if zone and instant.astimezone(ZoneInfo(zone)).date() != local:
                return None
            return Stamp(s.rank, day, s.words)
    return None


def publication(text: str, *, today: date) -> tuple[str | None, str] | None:
    """(ISO date or None, basis) from the page; None when it says nothing about it.

    The most trusted stamp that gives one day wins. An ambiguous numeric stamp is
    decided by what the article dates (see `_fits`); undecided, the date is None and
    the basis names the readings."""
    stamps = sorted(_stamps(text, today), key=lambda s: s.rank)
    body = _body(text)
    undecided: list[Stamp] = []
    impossible: list[str] = []
    for stamp in stamps:
        if not stamp.days:  # a dateline whose year cannot be read
            if undecided:
                break
            return None, f"unknown: the dateline '{stamp.words}' gives no year and the article does not fix one"
        if len(stamp.days) == 1:
            if undecided and stamp.days[0] in undecided[0].days:
                # the page's other stamp, settled ("Updated: Tuesday, 05/10/2027"), reads the same digits
                day = stamp.days[0].isoformat()
                return day, f"text: '{undecided[0].words}', read as {day}, the day '{stamp.words}' gives on the same page"
            if undecided and stamp.rank > undecided[0].rank:
                break
            if later := _reported_after(body, stamp.days[0]):
                impossible.append(f"'{stamp.words}' is before '{later}', a day the article reports")
                continue
            if local := _local_dateline(stamp, stamps):
                return local.days[0].isoformat(), f"text: '{local.words}', the local day of '{stamp.words}'"
            if _UPDATED.search(stamp.words) and (first := _first_entry(text, stamp.days[0])):
                return first[0].isoformat(), f"text: '{first[1]}', the first entry of a page last updated '{stamp.words}'"
            return stamp.days[0].isoformat(), f"text: '{stamp.words}'"
        fitting = [d for d in stamp.days if _fits(body, d, today)]
        if len(fitting) == 1:
            other = next(d for d in stamp.days if d != fitting[0])
            return fitting[0].isoformat(), f"text: '{stamp.words}', read as {fitting[0].isoformat()}: {other.isoformat()} does not fit the dates the article gives"
        undecided.append(stamp)
    if undecided:
        readings = " or ".join(d.isoformat() for d in undecided[0].days)
        return None, f"unknown: '{undecided[0].words}' may be {readings} (day and month could swap) and the article does not say which"
    if impossible:  # a stamp the story contradicts is no date, and dates nothing else either
        return None, "unknown: " + "; ".join(impossible)
    skip = find_furniture(text)
    if seen := _seen_on_a_day_reported(text, skip):
        return seen
    inferred = infer_published(text, today=today, skip=skip)
    if inferred is None:
        return None
    return (inferred.published.isoformat() if inferred.published else None), inferred.basis


_UPDATED = re.compile(rf"\b{UPDATED_LABEL}", re.I)
# A live page's entry stamped with its time and weekday: "16:25 BST, Saturday", "Sunday 09:10"
_WEEKDAY_NAME = f"({'|'.join(WEEKDAYS)})"
_ENTRY_STAMP = re.compile(rf"^[ \t]*(?:{CLOCK_TIME.pattern}(?:\s*[ap]\.?m\.?)?(?:[ \t]+[A-Z]{{2,5}})?,?[ \t]+{_WEEKDAY_NAME}"
                          rf"|{_WEEKDAY_NAME},?[ \t]+{CLOCK_TIME.pattern}(?:\s*[ap]\.?m\.?)?(?:[ \t]+[A-Z]{{2,5}})?)[ \t]*$", re.M | re.I)


def _first_entry(text: str, updated: date) -> tuple[date, str] | None:
    """The day of a live page's first entry, when the page gives only when it was last updated
    and its entries name their weekdays: each weekday is the last such day on or before the
    update (a live page runs for days, not weeks); the earliest is when the page began."""
    days = []
    for m in _ENTRY_STAMP.finditer(text):
        weekday = WEEKDAYS.index((m.group(1) or m.group(2)).casefold())
        days.append((updated - timedelta(days=(updated.weekday() - weekday) % 7), m.group().strip()))
    return min(days) if days and min(days)[0] < updated else None


def _seen_on_a_day_reported(text: str, skip: Iterable[tuple[int, int]]) -> tuple[str, str] | None:
    """A masthead date that is also the latest day the article reports ("Jan 13 2021" above
    a story "On January 13, at 1:10 a.m., warplanes ..."): the page was seen that day and
    the story happened that day, so it was published that day. Otherwise a masthead dates
    nothing (the page may be seen long after)."""
    masthead = [(line, days[0]) for line in page_lines(text) if line.kind == "masthead"
                and len(days := stamp_dates(text[line.start : line.end])) == 1]
    if len(masthead) != 1:
        return None
    line, seen = masthead[0]
    reported = [m for m in _mentions(text) if m.kind == "day" and not _inside(m, skip) and not _ahead(text, m)]
    later = [m for m in reported if m.year and (day := m.on(m.year)) is not None and day > seen]
    same = [m for m in reported if (m.month, m.day) == (seen.month, seen.day) and m.year in (None, seen.year)]
    if later or not same:
        return None
    return seen.isoformat(), f"text: '{text[line.start : line.end]}' above the headline, the day the article reports ('{same[-1].words}')"
