"""The page-stamp grammar: whether a line is a date stamp ("Published 22.05.2024 09:40",
"Wed 3 Apr 2024 06:51 GMT") and which days it may mean. Used for page furniture
(`page`) and for publication dates (`published`)."""

from __future__ import annotations

import re
from datetime import date

from .dates import _mentions, valid_date

# Numeric dates as pages print them: 2024-10-10, 2024.10.10, 22.05.2024, 13/09/2024, 03-02-2024.
_NUMERIC = re.compile(
    r"(?<![\d.])(?:(?P<y1>(?:19|20)\d\d)[./-](?P<m1>\d{1,2})[./-](?P<d1>\d{1,2})"
    r"|(?P<a>\d{1,2})[./-](?P<b>\d{1,2})[./-](?P<y2>(?:19|20)\d\d))\.?(?![\d])"
)
# Everything else a stamp line may hold besides its date: labels, separators, clock
# times ("07.40", "9:14 p.m.", "14:15 h"), zones and weekday names.
_STAMP_REST = re.compile(
    r"(?i)\b(?:first|last|published|updated|posted|modified|created|date|time|on|at|h|hrs|uhr|local|"
    r"mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"[ap]\.?m\.?|gmt|utc|z|[a-z]{1,4}t)\b\.?|\d{1,2}[:.h]\d{2}(?::\d{2})?|[+-]\d{1,2}(?::?\d{2})?|t\d{2}:\d{2}(?::\d{2})?z?"
)


def stamp_dates(line: str) -> tuple[date, ...]:
    """The days a page's time-stamp line may mean, or () when the line is not just a
    stamp. Numeric dates whose day and month could swap ("03-02-2024") give both
    readings, day-first first; a reader decides with what the article says."""
    found: list[tuple[int, int, tuple[date, ...]]] = []
    for m in _NUMERIC.finditer(line):
        if m["y1"]:
            readings = [(int(m["y1"]), int(m["m1"]), int(m["d1"]))]
        else:
            a, b, y = int(m["a"]), int(m["b"]), int(m["y2"])
            readings = [(y, b, a)] + ([(y, a, b)] if a != b and a <= 12 and b <= 12 else [])
        days = tuple(date(*r) for r in readings if valid_date(*r))
        if days:
            found.append((m.start(), m.end(), days))
    if not found:
        for mention in _mentions(line):
            if mention.kind == "day" and mention.year and (day := mention.on(mention.year)):
                found.append((mention.start, mention.end, (day,)))
    if len(found) != 1:
        return ()
    start, end, days = found[0]
    rest = _STAMP_REST.sub(" ", line[:start] + " " + line[end:])
    return days if not re.search(r"[^\W_]", rest) else ()
