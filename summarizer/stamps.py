"""The page-stamp grammar: whether a line is a date stamp ("Published 22.05.2024 09:40",
"Wed 3 Apr 2024 06:51 GMT") and which days it may mean. Used for page furniture
(`page`) and for publication dates (`published`)."""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from functools import lru_cache

from babel import Locale

from .dates import WEEKDAYS, _mentions, valid_date

# Numeric dates as pages print them: 2024-10-10, 2024.10.10, 22.05.2024, 13/09/2024, 03-02-2024.
_NUMERIC = re.compile(
    r"(?<![\d.])(?:(?P<y1>(?:19|20)\d\d)[./-](?P<m1>\d{1,2})[./-](?P<d1>\d{1,2})"
    r"|(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<y2>(?:19|20)\d\d)"
    # a dotted date with a two-digit year, day first ("07.11.24 | 21:14"); only zero-padded,
    # as stamps print it ("1.2.10" is a version)
    r"|(?P<a3>\d\d)\.(?P<b3>\d\d)\.(?P<y3>\d\d))\.?(?![\d])"
)
# Everything else a stamp line may hold besides its date: labels, separators, clock
# times ("07.40", "9:14 p.m.", "14:15 h"), zones, the clock's place and weekday names.
_STAMP_REST = re.compile(
    r"(?i)\b(?:(?:published|posted|filed) in (?-i:[A-Z][\w&'-]*(?: [A-Z][\w&'-]*){0,2})|"  # "| Published in Regional"
    r"this (?:article|story|report) is from|"
    r"first|last|published|update[sd]?|posted|modified|created|issued|broadcast|aired|duration|(?:morning|evening|late|early|final|city|weekend|print|online) edition|"
    r"date(?: of (?:report|issue|publication|release))?|time|on|at|h|hrs|uhr|kl|klo|local|"
    r"mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"[ap]\.?m\.?|gmt|utc|z|[a-z]{1,4}t|(?-i:[A-Z]{2,4})|(?:adjust |text )?font size|print|e-?mail)\b\.?|\d{1,2}[:.h]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\b\.?)?|\d+[\s-]*min(?:ute)?s?\s+read\b|page\s+[A-Z]?\d+(?:\s+of\s+\d+)?|\d+\s+(?:hours?|hrs?|minutes?|mins?|horas?|heures?|minutos?|stunden|minuten)(?:\s+ago)?\b|[+-]\d{1,2}(?::?\d{2})?|t\d{2}:\d{2}(?::\d{2})?z?"
    # the place of the clock ("09:12 a.m. (Culiacán)")
    r"|\((?-i:[A-Z][\w'\u2019.-]*(?: [A-Z][\w'\u2019.-]*){0,2})\)"
    # the same words in Spanish, Portuguese, French and Italian ("Lun 13/07/2026 - 18:20 hs.", "Publié le
    # 17 janvier 2026 à 6 h 05 | Mis à jour à 11 h 40", "23/10/2026 - 19:40 | Aggiornato alle 21:05")
    r"|\b(?:actualizad[oa]|atualizad[oa]|aggiornat[oa]|publicad[oa]|pubblicat[oa]|publi\u00e9e?|mis \u00e0 jour|modifi\u00e9e?|alle|ore|\u00e0s|a las|el|le|il|em|hs"
    r"|lun|mar|mi\u00e9|jue|vie|s\u00e1b|dom|lunes|martes|mi\u00e9rcoles|jueves|viernes|s\u00e1bado|domingo|segunda|ter\u00e7a|quarta|quinta|sexta"
    r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|luned\u00ec|marted\u00ec|mercoled\u00ec|gioved\u00ec|venerd\u00ec|sabato|domenica)\b\.?"
    r"|(?<!\w)\u00e0(?!\w)|(?<!\S)\d{1,2}\s+(?:h\s+)?\d{2}(?!\S)"  # ("6 h 05": Quebec's clock)
)


# Languages whose month and weekday names a page's stamp may be printed in ("Lunes, 10
# de junio de 2024", "14. Mai 2024", "10 juin 2024"); the names come from CLDR (babel).
STAMP_LANGUAGES = (
    "es fr pt it de nl id ms tl tr pl cs sk hu ro sv da nb fi hr bs sr_Latn sl ru uk bg el sw ha so ar fa ur"
).split()
_ENGLISH_MONTHS = ("January February March April May June July August September October November December").split()
# Words that join a day, a month and a year in those languages ("10 de junio de 2024", "le 10 juin").
_JOINERS = re.compile(r"(?i)(?<=[\w.])\s+(?:de|del|di|do|da|d')\s+(?=\w)")
# Stamp labels and the little words around a date and a time in those languages
# ("Publié le 10 juin 2024 à 08h15", "Actualizado el ...", "Diperbarui pukul ..."). A
# small lexicon, not a grammar: a label missing here leaves the stamp unread, never misread.
_FOREIGN_STAMP_WORDS = frozenset(
    """publicado actualizado act publié publie mis à jour modifié modifie pubblicato aggiornato veröffentlicht
    aktualisiert stand gepubliceerd bijgewerkt diterbitkan diperbarui dipublikasikan yayınlanma güncelleme
    güncellendi опубликовано обновлено опубліковано оновлено le el la am um den à às a las alle om pukul saat
    в о atualizado atualizada há hace il y vor""".split()
)


# Longer than any stamp line, even two side by side ("Published 5 March 2024, 07:15 WAT |
# Updated 5 March 2024, 16:40 WAT" is 68): a longer line is prose.
STAMP_CHARS = 160
# Stamps printed side by side on one line ("Published ... | Updated ...").
_SEPARATORS = re.compile(r"\s+[|\u2022]\s+")


def _fold(word: str) -> str:
    return unicodedata.normalize("NFC", word).casefold().rstrip(".")


@lru_cache(maxsize=1)
def _foreign_names() -> tuple[dict[str, int], frozenset[str]]:
    """Month names (every form and width) -> month, and weekday names, in STAMP_LANGUAGES.
    A name that means different months in two languages (Polish and Croatian "listopad")
    is left out."""
    months: dict[str, set[int]] = {}
    weekdays: set[str] = set()
    for language in STAMP_LANGUAGES:
        locale = Locale.parse(language)
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in locale.months[context][width].items():
                    months.setdefault(_fold(name), set()).add(number)
                weekdays.update(_fold(name) for name in locale.days[context][width].values())
    return {name: next(iter(n)) for name, n in months.items() if len(n) == 1 and len(name) >= 3}, frozenset(weekdays)


def _in_english(line: str) -> str | None:
    """The line with its foreign month name in English, its weekday name, joiners and
    labels dropped ("Lunes, 10 de junio de 2024 · 07:30 h" -> "10 June 2024 · 07:30 h"),
    or None when it holds none of those words."""
    months, weekdays = _foreign_names()
    found = False

    def english(m: re.Match[str]) -> str:
        nonlocal found
        word = _fold(m.group())
        if word in months:
            found = True
            return _ENGLISH_MONTHS[months[word] - 1]
        return " " if word in weekdays or word in _FOREIGN_STAMP_WORDS else m.group()

    changed = re.sub(r"[^\W\d_][\w'-]*\.?", english, line)
    changed = re.sub(r"\b(\d{1,2})\.(?=\s+[A-Z])", r"\1", _JOINERS.sub(" ", changed))  # "14. Mai" -> "14 May"
    return changed.strip(" ,") if found or changed != line else None


_GLUED_COMMA = re.compile(r"(?<=\d),(?=\d)(?!\d{3}\b)|(?<=\b\d{4}),(?=\d{1,2}[:.]\d{2})")  # a comma with no space after it, not a thousands one


def stamp_dates(line: str) -> tuple[date, ...]:
    """The days a page's time-stamp line may mean, or () when the line is not just a
    stamp. Numeric dates whose day and month could swap ("03-02-2024") give both
    readings, day-first first; a reader decides with what the article says. Month and
    weekday names may be in any of STAMP_LANGUAGES."""
    if len(line) > STAMP_CHARS:  # a paragraph: every line of the page is asked, so skip prose cheaply
        return ()
    line = _GLUED_COMMA.sub(", ", line)  # "October 18,2025,12:51 p.m"
    line = _AGE.sub("", line)  # "date 2022-04-13 1h ago": the page's age when it was seen, after its date
    line = _OTHER_CALENDAR.sub("", line)  # "Saturday, 11 July 2026 – 26 Muharram 1448": the same day, another calendar
    pieces = [p for p in _SEPARATORS.split(line) if p.strip()]
    if len(pieces) > 1:  # "15/06/2026 à 11h20 | Updated 15/06/2026 à 17h05": the first stamp
        readings = [stamp_dates(p) for p in pieces]
        if any(readings) and all(r or _only_stamp_words(p) or (n == 0 and _SECTION_NAME.fullmatch(p.strip()))
                                 for n, (p, r) in enumerate(zip(pieces, readings, strict=True))):
            return next(r for r in readings if r)
        return ()
    return _stamp_dates(line) or (_stamp_dates(english) if (english := _in_english(line)) else ())


# The section a page files its story under, before the stamp's bar: "Analysis | 15/09/2026"
_SECTION_NAME = re.compile(r"[A-Z][a-z]{2,20}")
# The same day in the Hijri or Solar Hijri calendar, printed beside the Gregorian date
# ("– 26 Muharram 1448", "| 27 Safar 1448", "- Aban 16, 1405"): a day, a month's name and a
# year of the 14th or 15th century of those calendars, which no page's Gregorian stamp has.
_OTHER_CALENDAR = re.compile(
    r"\s*(?:[|/\u2013\u2014-]\s*)?(?:\d{1,2}\s+[^\W\d_][\w'\u2019 -]{1,30}?,?\s+1[34]\d\d|[^\W\d_][\w'\u2019-]{1,20}\s+\d{1,2},?\s+1[34]\d\d)"
    r"(?:\s*(?:AH|A\.H\.|H|SH|\u0647\u0640))?(?=\s*(?:[|,\u2013\u2014-]|$))")
# A page's age printed after its date: "1h ago", "2 mins ago"
_AGE = re.compile(r"(?<=\d)\s+\d{1,3}\s*(?:s|m|h|d|mins?|minutes?|hrs?|hours?|days?)\s+ago\s*$", re.I)
# What may open a line with a stamp before the headline or the lead on the same line: a
# label, then digits or a month name ("date 2024-07-19 Lucknow: ...", "08/17/2024 ...").
# (a programme's transcript: when it aired; the same labels in Spanish, Portuguese, French and Italian)
STAMP_LABEL = re.compile(r"(?:date|published|posted|updated|broadcast|aired|publicad[oa]|actualizad[oa]|atualizad[oa]|publi\u00e9e?|mis \u00e0 jour|pubblicat[oa]|aggiornat[oa])\b", re.I)
# The label of a stamp of changes, which a page prints after (or beside) its date: "Last updated", "Modified"
UPDATED_LABEL = r"(?:last\s+)?(?:updated|modified)\b"
# Month names in full, as stamps print them beside a source or a byline.
MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December"
# A month as datelines and captions print it, in full or cut short: "30 November", "Dec. 3", "Sept 9".
MONTH_WORD = rf"(?:{MONTH_NAMES}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
# A day run into the byline before it: "Lydia Chantler-Hicks6 October 2022".
GLUED_DAY = re.compile(rf"(?<=[a-z])\d{{1,2}} (?:{MONTH_NAMES}) \d{{4}}$")
_PREFIX_OPENING = re.compile(rf"(?:(?:{STAMP_LABEL.pattern})\s*:?\s*)?(?:\d|[^\W\d_]{{3,9}}\.?\s+\d)", re.I)
_PREFIX_CHARS = 60
# a cut before a word (or "…Over"), or before a headline's figure ("9 Pilgrims Killed"): where the text may begin
_CUT = re.compile(r"\s+(?=[\"\u201c\u2018'\u2026(]?[^\W\d_]|\d[\d,.]*\s+[^\W\d_])")
# what a headline or a sentence begins with: a capital, after a quotation mark or a figure
_TEXT_OPENING = re.compile(r"[\"\u201c\u2018'\u2026(]*(?:\d[\d,.]*\s+)?[^\W\d_]")  # (or a source's credit: "(MENAFN- ...)")


# A labelled stamp of the month only ("date 2021-05 ..."): page text, though it dates nothing.
_MONTH_STAMP = re.compile(rf"(?:{STAMP_LABEL.pattern})\s*:?\s*\d{{4}}-\d{{2}}(?![\d-])", re.I)


def day_heading(line: str) -> bool:
    """Whether a line opens with a day and a colon, then text: a timeline's entry or the
    happening an "On this day" page heads ("March 3 1998: Fire on the quay")."""
    colon = line.find(":")
    return 0 < colon <= _PREFIX_CHARS and bool(line[colon + 1 :].strip()) and bool(stamp_dates(line[: colon + 1]))


def stamp_prefix(line: str) -> int:
    """The length of a stamp that opens a line and is followed by text on the same line
    (pages flattened to text put the stamp before the headline or the lead: "date
    2024-07-19 Lucknow: Three passengers were killed ..."), or 0 when the line does
    not open with one. The stamp may be printed twice in two forms ("08/17/2024 August
    17, 2024 Gaza's ..."). Heuristic: the text after it must begin with a capital
    letter or a quotation mark, as a headline or a sentence does, unless the stamp carries
    its label ("date 2022-10-15 ajc logo": a logo's alt text follows)."""
    if not _PREFIX_OPENING.match(line):
        return 0
    labelled = STAMP_LABEL.match(line) is not None
    if (month := _MONTH_STAMP.match(line)) and line[month.end() :].lstrip(" \"\u201c\u2018'")[:1].isupper():
        return month.end()
    # (a day that heads its line with a colon is the happening's, not the page's: "March 3 1998:
    # Fire on the quay" on an "On this day" page, a timeline's "September 11, 2001: Hijackers ...")
    cuts = [cut for cut in _CUT.finditer(line, 0, _PREFIX_CHARS + 1)
            if stamp_dates(line[: cut.start()]) and (labelled or not day_heading(line))]
    for cut in reversed(cuts):  # the longest stamp
        opening = _TEXT_OPENING.match(line, cut.end())
        # (a figure or a bracket opens the text only right after the stamp's own figures: not
        # "-At least 9 Kenyans", nor "MIRI (Oct 11):")
        figure = opening is not None and opening.group()[:1] in "0123456789("
        # (nor after a word that opens a sentence: "date 2023-06-17 On Friday, ...")
        opens_sentence = re.search(r"\b(?:On|In|At|The|An?|By|From|After|As|When|While)$", line[: cut.start()]) is not None
        if opening and opening.group()[-1].isupper() and not (figure and not line[: cut.start()][-1:].isdigit()) and not opens_sentence:
            return cut.start()
    return cuts[0].start() if cuts and labelled else 0  # the shortest: the label's date alone


# Time zones whose countries write numeric dates day first or month first (heuristic: IST
# is India's here, not Ireland's or Israel's, which write day first too).
_ZONE_ORDER = {
    **dict.fromkeys("IST PKT BST GMT CET CEST EET EEST WAT CAT EAT SAST AEST AEDT ACST AWST NZST NZDT MSK PHT WIB ICT".split(), "day"),
    **dict.fromkeys("EST EDT CST CDT MST MDT PST PDT AKST AKDT HST ET PT CT".split(), "month"),
}
_ZONE = re.compile(rf"\b(?:{'|'.join(_ZONE_ORDER)})\b")


_WEEKDAY_NAME = re.compile(rf"\b(?:{'|'.join(WEEKDAYS)})\b", re.I)


def weekday_settles(days: tuple[date, ...], line: str) -> tuple[date, ...]:
    """The one reading of a swappable numeric date that falls on the weekday its stamp
    line names ("Updated: Tuesday, 05/10/2027" is 5 October 2027), else all of them."""
    names = {WEEKDAYS.index(m.group().casefold()) for m in _WEEKDAY_NAME.finditer(line)}
    fitting = tuple(d for d in days if d.weekday() in names)
    return fitting if len(days) == 2 and len(names) == 1 and len(fitting) == 1 else days


# A year before its month's name, as Hungarian pages print it ("2028. január 18. 14:32"): read as "18 January 2028"
_YEAR_FIRST = re.compile(rf"(?<![\d/.-])(\d{{4}})\.\s+({MONTH_NAMES})\s+(\d{{1,2}})\.?(?!\d)")


# Dots with spaces after them, as Czech, Slovak and German pages print a day ("12. 6. 2028")
_SPACED_DOTS = re.compile(r"(?<![\d.])(\d{1,2})\.\s(\d{1,2})\.\s((?:19|20)\d\d)(?!\d)")


def _stamp_dates(line: str) -> tuple[date, ...]:
    line = _YEAR_FIRST.sub(lambda m: f"{m[3]} {m[2]} {m[1]}", line)
    line = _SPACED_DOTS.sub(r"\1.\2.\3", line)
    found: list[tuple[int, int, tuple[date, ...]]] = []
    for m in _NUMERIC.finditer(line):
        if m["y1"]:
            readings = [(int(m["y1"]), int(m["m1"]), int(m["d1"]))]
        elif m["y3"]:
            readings = [(2000 + int(m["y3"]), int(m["b3"]), int(m["a3"]))]  # (this century's: a page's own stamp)
        else:
            a, b, y = int(m["a"]), int(m["b"]), int(m["y2"])
            # Dotted dates are day-first wherever they are written ("11.09.2025"); with
            # slashes or hyphens the month may come first ("08/17/2024"), and both
            # readings are kept when both are dates.
            # A time zone of a country that writes day first ("03-09-2024 19:52 IST") or
            # month first ("EST") decides; others leave both readings.
            first = _ZONE_ORDER.get(zone.group().upper()) if (zone := _ZONE.search(line, m.end())) else None
            readings = [(y, b, a)] + ([(y, a, b)] if m["sep"] != "." and a != b else [])
            if first and len(readings) == 2:
                readings = readings[:1] if first == "day" else readings[1:]
        days = weekday_settles(tuple(date(*r) for r in readings if valid_date(*r)), line)
        if days:
            found.append((m.start(), m.end(), days))
    for mention in _mentions(line):
        if mention.kind == "day" and mention.year and (day := mention.on(mention.year)):
            if not any(a < mention.end and mention.start < b for a, b, _ in found):
                found.append((mention.start, mention.end, (day,)))
    # one date, or one day printed in two forms ("08/17/2024 August 17, 2024")
    days = tuple(d for d in found[0][2] if all(d in other for _, _, other in found)) if found else ()
    if not days or len(found) > 2:
        return ()
    rest = line
    for start, end, _ in sorted(found, reverse=True):
        rest = rest[:start] + " " + rest[end:]
    if _only_stamp_words(rest):
        return days
    # a section's label before a stamp with its time: "Politics Materials 3 August 2008 16:03 (UTC +04:00)"
    label = line[: min(start for start, _, _ in found)]
    # (one word, "News 02-09-2024", "Xinhua, January 22, 2017", needs no time)
    words, leftover = len(label.split()), rest[len(label) :]
    digit = re.search(r"\d", line)
    before_date = line[: digit.start()] if digit else line
    bare = words <= 1 and not re.search(r"\b(?:on|at)\b", before_date, re.I)  # not "Attack on 3 August 2008"
    labelled = (bare or (CLOCK_TIME.search(line) and words <= _LABEL_WORDS)) and _only_stamp_words(leftover)
    return days if labelled else ()


CLOCK_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}\b")  # "06:51", "07.40": a stamp's time
_LABEL_WORDS = 3


def _only_stamp_words(text: str) -> bool:
    """Whether `text` holds nothing but what a stamp line may hold besides its date."""
    return not re.search(r"[^\W_]", _STAMP_REST.sub(" ", text))
