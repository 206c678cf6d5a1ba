"""Facts of an incident checked against the article: places and actors named,
casualty and site figures stated near their words, dates that follow from their
words and the publication date."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from rapidfuzz import fuzz, process

from ..dates import find_dates, value_range
from ..dates import resolve as resolve_date
from ..names import PLACE_DESCRIPTORS, AliasGroups, name_keys
from ..schema import Count, DateValue, Span, Status
from ..text import SourceIndex
from .attribution import form_hits, speaker_forms
from .quotes import Found, find_exact, find_normalized, locate, word_occurrences

_CASUALTY = re.compile(r"\b(?:kill\w*|dead|died|deaths?|wound\w*|injur\w*|hurt|casualt\w*|lives)\b", re.I)
_SITES = re.compile(r"\b(?:sites?|facilit\w*|targets?|locations?|positions?|bases?|headquarters|depots?|compounds?|strikes)\b", re.I)
_NAME_FUZZY_MIN = 85.0


def name_check(idx: SourceIndex, name: str, groups: AliasGroups) -> Found:
    """Whether a place or actor is named in the article: as written, normalised,
    by an alias, by its main words in one sentence, or (flagged) by a near spelling."""
    if span := find_exact(idx, name.strip()):
        return Found(Status.exact, (span,))
    if span := find_normalized(idx, name) or next(iter(word_occurrences(idx, name)), None):
        return Found(Status.normalized, (span,), reasons=("found after normalising case and punctuation",))
    for f in speaker_forms(idx, (name,), groups):
        if f.title:
            continue
        if hit := form_hits(idx, f):
            return Found(Status.normalized, (idx.key_span(hit[0], len(f.keys)),), reasons=(f"found as '{f.text}'",))
    main = set(name_keys(name)) - PLACE_DESCRIPTORS
    if main:
        for k, keys in enumerate(idx.sentence_keys):
            if main <= keys:
                return Found(Status.normalized, (Span(start=idx.sentence_span(k)[0], end=idx.sentence_span(k)[1]),),
                              reasons=("its main words are in this sentence",))
    near = process.extractOne(" ".join(name_keys(name)), list(idx.name_choices), scorer=fuzz.ratio, score_cutoff=_NAME_FUZZY_MIN)
    if near is not None:
        s, e = idx.name_choices[near[0]]
        return Found(Status.fuzzy, (Span(start=s, end=e),), round(near[1], 1), (f"only a similar name is in the article: '{idx.text[s:e]}'",))
    return Found(Status.unsupported, reasons=(f"'{name}' is not named in the article",))


_UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen".split())}
_TENS = {w: 10 * i for i, w in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()) if w != "_"}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
_NUMBER_TOKEN = re.compile(r"\d{1,3}(?:,\d{3})+|\d+|[A-Za-z]+")


def _numbers(text: str, offset: int = 0) -> list[tuple[int, Span]]:
    """Numbers written as digits or words ("2,500", "two", "a dozen", "twenty-five",
    "two hundred") with their spans."""
    out: list[tuple[int, Span]] = []
    total = current = 0
    start = end = None
    for m in _NUMBER_TOKEN.finditer(text):
        tok = m.group().casefold()
        gap = text[end : m.start()] if end is not None else ""
        if start is not None and gap.strip(" -") and gap.strip() != "and":
            out.append((total + current, Span(start=offset + start, end=offset + end)))
            total = current = 0
            start = None
        if tok[0].isdigit():
            if start is not None:
                out.append((total + current, Span(start=offset + start, end=offset + end)))
                total = current = 0
                start = None
            out.append((int(tok.replace(",", "")), Span(start=offset + m.start(), end=offset + m.end())))
            continue
        if tok in _UNITS or tok in _TENS:
            current += _UNITS.get(tok, _TENS.get(tok, 0))
        elif tok == "dozen":
            current = (current or 1) * 12
        elif tok in _SCALES and start is not None:
            if _SCALES[tok] == 100:
                current *= 100
            else:
                total, current = (total + current) * _SCALES[tok], 0
        else:
            if start is not None and tok not in ("and", "a"):
                out.append((total + current, Span(start=offset + start, end=offset + end)))
                total = current = 0
                start = None
            continue
        if start is None:
            start = m.start()
            if tok == "dozen" and text[max(0, m.start() - 2) : m.start()].casefold() == "a ":
                start = m.start() - 2
        end = m.end()
    if start is not None:
        out.append((total + current, Span(start=offset + start, end=offset + end)))
    return out


def count_check(idx: SourceIndex, count: Count, field: str) -> Found | None:
    """Whether the figures of a count appear as numbers in its evidence sentences:
    the sentence of `words` when the article has them, else every sentence about
    killing or wounding (or, for `sites`, about sites, facilities and targets)."""
    about = "sites hit" if field == "sites" else "casualties"
    claimed = list(dict.fromkeys(v for v in (count.exact, count.min, count.max) if v is not None))
    if not claimed and not count.words:
        return None
    words = locate(idx, count.words) if count.words else None
    words_found = words is not None and words.status.grounded
    if words is not None and not words_found and not claimed:
        return Found(Status.unsupported, reasons=(f"'{count.words}' is not in the article",))
    if not claimed:
        return Found(words.status, words.spans, reasons=words.reasons)
    sentences = (
        sorted({idx.sentence_of(s.start) for s in words.spans}) if words_found
        else idx.sentences_matching(_SITES) if field == "sites" else idx.sentences_matching(_CASUALTY)
    )
    numbers: dict[int, Span] = {}
    for k in sentences:
        a, b = idx.sentence_span(k)
        for value, span in _numbers(idx.text[a:b], a):
            numbers.setdefault(value, span)
    missing = [v for v in claimed if v not in numbers]
    if missing:
        where = f"the sentence of '{count.words}'" if words_found else f"its sentences about {about}"
        return Found(Status.unsupported, reasons=(f"the article gives no {' or '.join(map(str, missing))} in {where}",))
    if words_found:
        status, reasons = words.status, words.reasons
    elif count.words:
        status, reasons = Status.normalized, (f"'{count.words}' is not in the article; the figure is in a sentence about {about}",)
    else:
        status, reasons = Status.exact, ()
    return Found(status, tuple(numbers[v] for v in claimed), reasons=reasons)


def _meant(words: str, published: date | None) -> tuple[date, date] | None:
    """The range of dates `words` mean, counted from the publication date."""
    resolved = resolve_date(words, published)
    return value_range(resolved.value, resolved.precision) if resolved else None


@lru_cache(maxsize=64)
def _dates_in(text: str, published: date | None) -> list[tuple[int, int, str, tuple[date, date] | None]]:
    """Every date expression of an article with its span and range (cached per article and date)."""
    return [(f.start, f.end, text[f.start : f.end], value_range(f.date.value, f.date.precision)) for f in find_dates(text, published)]


def _shown(r: tuple[date, date]) -> str:
    return r[0].isoformat() if r[0] == r[1] else f"{r[0].isoformat()}..{r[1].isoformat()}"


def date_check(idx: SourceIndex, when: DateValue, published: date | None) -> Found | None:
    """Whether the date's words are in the article and its value follows from them and
    the publication date; with no words, whether any date in the article gives the value."""
    if not when.value and not when.words:
        return None
    value = value_range(when.value) if when.value else None
    if when.value and value is None:
        return Found(Status.unsupported, reasons=(f"'{when.value}' is not a date",))
    if not when.words:
        for s, e, words, meant in _dates_in(idx.text, published):
            if meant and meant[0] <= value[1] and value[0] <= meant[1]:
                return Found(Status.normalized, (Span(start=s, end=e),), reasons=(f"no words given; the article's '{words}' gives this date",))
        return Found(Status.unsupported, reasons=(f"no date in the article gives {when.value}",))
    found = locate(idx, when.words)
    if not found.status.grounded:
        return Found(Status.unsupported, reasons=(f"'{when.words}' is not in the article",))
    if value is None:
        return found
    meant = _meant(when.words, published)
    if meant is None:
        why = "there is no publication date" if published is None else f"'{when.words}' is not a date the checker can resolve"
        return Found(found.status, found.spans, reasons=(*found.reasons, f"only the words were checked: {why}"))
    if meant[0] <= value[1] and value[0] <= meant[1]:
        return found
    basis = f" (published {published.isoformat()})" if published else ""
    return Found(Status.contradicted, found.spans, reasons=(f"'{when.words}'{basis} is {_shown(meant)}, not {when.value}",))

