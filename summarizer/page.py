"""The page around an article: furniture lines, the headline, the publication stamp.

Scraped and saved articles carry page furniture (weather bars, ads, subscription
prompts, captions, related-article lists, time stamps). Each line is classified by
general rules that describe kinds of furniture, not any one site's strings, so
nothing is extracted from it and its dates are read for what they are.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .dates import stamp_dates


class TextRange(NamedTuple):
    start: int
    end: int


# --- page furniture --------------------------------------------------------

# Line-level rules, tried in order on each stripped line: (kind, pattern, whole
# line?). They describe kinds of furniture, not any one site's strings.
_I = re.IGNORECASE
_RULES: tuple[tuple[str, re.Pattern[str], bool], ...] = (
    ("weather", re.compile(r"-?\d{1,3}(?:[.,]\d)?\s*°?\s*[CF]"), True),
    ("advertisement", re.compile(r"[-–—•·|\s]*(?:advertisement|advertising|advert|ad|sponsored(?: content)?|promoted)[-–—•·|\s]*", _I), True),
    ("subscription", re.compile(r"(?:subscribe|sign up|sign in|log in|donate|become a (?:member|subscriber)|already a subscriber)\b.{0,60}", _I), True),
    (
        "subscription",
        re.compile(
            r"\b(?:subscribe (?:now|today)|stay informed with|invest in journalism|support (?:independent |quality |our )?journalism"
            r"|for (?:only|just) \S*\d\S* (?:a|per) (?:month|week|year)|sign up for (?:our|the) newsletter)\b",
            _I,
        ),
        False,
    ),
    ("rubric", re.compile(r"[A-Z][A-Z ]{1,25}\s*\|.*"), True),  # "WATCH | ...", "ALSO READ | ..."
    (
        "rubric",
        re.compile(r"(?:live(?: updates| blog)?|read (?:more|also|next)|also read|related(?: articles| stories| coverage| news)?|see also|more on this(?: story)?|watch|listen|latest news)\s*[:|].*", _I),
        True,
    ),
    (
        "list heading",
        re.compile(
            r"(?:most |more )?(?:popular|related|recommended|trending|top|latest|editor['’]?s)(?: now)?(?: articles| stories| news| posts| videos| reads| picks)?"
            r"|most (?:read|viewed|shared|popular)|about the author|share (?:this|on \w+)(?: article| story)?|follow us(?: on .*)?|comments?"
            r"|you (?:may|might) also like|read next|more from [^.!?]{1,40}",
            _I,
        ),
        True,
    ),
    ("stamp", re.compile(r"(?:last |first )?(?:updated|published|posted|modified)(?: on| at)?\s*[:\-–—]?\s*.{0,60}\d.{0,40}", _I), True),
    (
        "source",
        re.compile(r"(?:content |article )?(?:retrieved|republished|reproduced) from\b.*|originally (?:published|appeared) (?:on|at|in)\b.*|https?://\S+", _I),
        True,
    ),
    ("credit", re.compile(r"\((?:with (?:inputs|reporting)|(?:additional )?reporting|writing|editing|compiled)\b[^)]*\)\.?", _I), True),
    ("caption", re.compile(r"\((?:photo|image|picture|video|file photo)s?(?: credits?)?\s*:[^)]*\)", _I), False),
    ("caption", re.compile(r"(?:image|media|photo|video) caption\b.*|(?:image|photo|picture) (?:source|copyright|credit)\b.*", _I), True),
    ("caption", re.compile(r".*[.!?]\s+(?:AP|AFP|Reuters|EPA|Getty Images|Bloomberg|File(?: photo| picture| image)?)\.?"), True),
    ("label", re.compile(r"(?:map|photo|picture|graphic|chart|infographic|video|gallery|image)s?(?: of| showing| from)? [^.!?:]{0,40}", _I), True),
    ("translation", re.compile(r"(?:powered by|(?:automatically |machine )?translated (?:by|with|from)|automated translation)\b.{0,60}", _I), True),
)
_LINE = re.compile(r"[^\r\n]+")


class PageLine(NamedTuple):
    start: int
    end: int
    kind: str | None  # a furniture kind, "masthead", or None for article text


def _classify(line: str) -> str | None:
    for kind, pattern, whole in _RULES:
        if (pattern.fullmatch(line) if whole else pattern.search(line)):
            return kind
    return "date" if _only_a_date(line) else None


def _only_a_date(line: str) -> bool:
    """A line that is just a date (and time): a masthead date or a timestamp."""
    return bool(stamp_dates(line))


def page_lines(text: str) -> list[PageLine]:
    """Every non-blank line with its kind. Date-only lines above the headline
    are the page's masthead date (when it was viewed), not a timestamp."""
    lines = []
    seen_headline = False
    for m in _LINE.finditer(text):
        stripped = m.group(0).strip()
        if not stripped:
            continue
        start = m.start() + m.group(0).index(stripped)
        kind = _classify(stripped)
        if kind == "date" and not seen_headline:
            kind = "masthead"
        seen_headline = seen_headline or kind is None
        lines.append(PageLine(start, start + len(stripped), kind))
    return lines


def find_furniture(text: str) -> tuple[TextRange, ...]:
    """Character ranges of page furniture lines in `text`."""
    return tuple(TextRange(line.start, line.end) for line in page_lines(text) if line.kind)


def guess_title(text: str) -> str | None:
    """The first line that is not furniture, which in saved articles is the headline."""
    for line in page_lines(text):
        if line.kind is None:
            title = text[line.start : line.end]
            return title if len(title) <= 200 else None
    return None
