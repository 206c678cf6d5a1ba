"""Facts of an incident checked against the article: places and actors named,
casualty and site figures stated near their words, dates that follow from their
words and the publication date."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from rapidfuzz import fuzz, process

from ..dates import date_spans, find_dates, find_times, value_range
from ..dates import resolve as resolve_date
from ..names import PARTICLES, PLACE_DESCRIPTORS, AliasGroups, name_keys
from ..schema import Count, DateValue, Span, Status
from ..text import SourceIndex
from .forms import form_hits, speaker_forms
from .quotes import Found, find_exact, find_normalized, locate, word_occurrences

_SITES = re.compile(r"\b(?:sites?|facilit\w*|targets?|locations?|positions?|bases?|headquarters|depots?|compounds?|strikes)\b", re.I)
_NAME_FUZZY_MIN = 85.0


def name_check(idx: SourceIndex, name: str, groups: AliasGroups) -> Found:
    """Whether a place or actor is named in the article: as written, normalised,
    by an alias, by its main words in one sentence, or (flagged) by a near spelling."""
    if span := find_exact(idx, name.strip()):
        return Found(Status.exact, (span,))
    if span := find_normalized(idx, name) or next(iter(word_occurrences(idx, name)), None):
        return Found(Status.normalized, (span,), reasons=("found after normalising case and punctuation",))
    particles = len(name_keys(name)) > 1 and any(w in PARTICLES for w in name.split())
    for f in speaker_forms(idx, (name,), groups):
        if f.title or (particles and len(f.keys) == 1 and f.keys[0] in name_keys(name)):
            continue  # "Islamic Resistance in Iraq" is not named by "Iraq" alone
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
    start: int | None = None  # where the number in words being read began
    end = 0
    for m in _NUMBER_TOKEN.finditer(text):
        tok = m.group().casefold()
        gap = text[end : m.start()] if start is not None else ""
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


# Words that say which figure a number is, matched in the number's own clause. The
# cue nearest the number decides ("killing three workers and wounding seven
# others": 3 killed, 7 wounded). Heuristic: clauses are cut at punctuation and a
# few conjunctions, not parsed, so "killed or wounded 12" gives 12 to the nearer word.
FIELD_CUES: dict[str, re.Pattern[str]] = {
    "killed": re.compile(
        r"\b(?:kill\w*|dead|died|dies|deaths?|death\s+toll|lives|bodies|fatalit\w*|slain|perished|massacred)\b", re.I),
    "wounded": re.compile(r"\b(?:wound\w*|injur\w*|hurt|hospitali[sz]ed|maimed)\b", re.I),
    "sites": _SITES,
    "casualties": re.compile(r"\bcasualt\w*\b", re.I),
}
_FIELD_NAMES = {"killed": "killed", "wounded": "wounded", "sites": "of sites hit", "casualties": "of casualties (killed and wounded together)"}
_NUMBER_CLAUSE = re.compile(r"[,;:()\u2014\u2013]|\s-\s|\b(?:and|while|whereas|but|as well as)\b", re.I)
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")
_COMPOUND = re.compile(r"-(?!(?:one|two|three|four|five|six|seven|eight|nine)\b)[A-Za-z]")


def fielded_numbers(idx: SourceIndex, k: int) -> list[tuple[int, Span, str | None]]:
    """The numbers of sentence `k` with the field their clause gives them (None: no
    cue), dates, times and years left out (memoised per sentence). A clause with a
    number and no cue takes the previous clause's field ("three targets were in Iraq
    and two in Syria")."""
    key = ("fielded numbers", k)
    if key in idx.memo:
        return idx.memo[key]
    a, b = idx.sentence_span(k)
    sentence = idx.text[a:b]
    skip = [(s, e) for s, e in date_spans(sentence)] + [(t.start, t.end) for t in find_times(sentence)]
    cuts = [0] + [m.end() for m in _NUMBER_CLAUSE.finditer(sentence)] + [len(sentence)]
    out: list[tuple[int, Span, str | None]] = []
    previous: str | None = None
    for lo, hi in zip(cuts, cuts[1:], strict=False):
        clause = sentence[lo:hi]
        cues = [(m.start() + lo, field) for field, pattern in FIELD_CUES.items() for m in pattern.finditer(clause)]
        numbers = [(v, sp) for v, sp in _numbers(clause, lo)
                   if not any(s <= sp.start < e for s, e in skip) and not _YEAR.match(sentence[sp.start : sp.end])
                   and not _COMPOUND.match(sentence, sp.end)]  # "one-way attack drones" counts nothing
        for value, span in numbers:
            field = min(cues, key=lambda c: abs(c[0] - span.start))[1] if cues else previous
            out.append((value, Span(start=a + span.start, end=a + span.end), field))
        if cues:
            previous = min(cues, key=lambda c: abs(c[0] - (numbers[-1][1].start if numbers else 0)))[1] if numbers else cues[-1][1]
    idx.memo[key] = out
    return out


def count_check(idx: SourceIndex, count: Count, field: str, prefer: list[int] | None = None) -> Found | None:
    """Whether each figure of a count is stated *as this field's figure*: the number in
    a clause whose nearest cue is the field's own word (killed, dead, died, death toll,
    lost their lives, bodies, fatalities ...; wounded, injured ...; sites, facilities,
    targets ...). Searched in the sentence of `words` when the article has them, else
    in every sentence, the `prefer`red ones (the incident's) first. A number the article
    gives for another field is `contradicted` ("7 is the number wounded")."""
    claimed = list(dict.fromkeys(v for v in (count.exact, count.min, count.max) if v is not None))
    if not claimed and not count.words:
        return None
    words = locate(idx, count.words) if count.words else None
    if words is not None and not words.status.grounded and not claimed:
        return Found(Status.unsupported, reasons=(f"'{count.words}' is not in the article",))
    if not claimed:
        assert words is not None, "a count with no figure has words (checked above)"
        return Found(words.status, words.spans, reasons=words.reasons)
    grounded_words = words if words is not None and words.status.grounded else None
    words_found = grounded_words is not None
    if grounded_words is not None:
        sentences = sorted({idx.sentence_of(s.start) for s in grounded_words.spans})
    else:
        first = [k for k in (prefer or []) if 0 <= k < len(idx.sent_starts)]
        sentences = first + [k for k in range(len(idx.sent_starts)) if k not in first]
    mine: dict[int, Span] = {}
    other: dict[int, str] = {}
    for k in sentences:
        for value, span, given in fielded_numbers(idx, k):
            if given == field:
                mine.setdefault(value, span)
            elif given is not None:
                other.setdefault(value, given)
    where = f"the sentence of '{count.words}'" if words_found else "the article"
    wrong = [v for v in claimed if v not in mine and v in other]
    if wrong:
        said = "; ".join(f"{v} is the number {_FIELD_NAMES[other[v]]}" for v in wrong)
        return Found(Status.contradicted, reasons=(f"{said} in {where}, not the number {_FIELD_NAMES[field]}",))
    missing = [v for v in claimed if v not in mine]
    if missing:
        return Found(Status.unsupported, reasons=(f"the article gives no {' or '.join(map(str, missing))} as the number {_FIELD_NAMES[field]} in {where}",))
    if grounded_words is not None:
        status, reasons = grounded_words.status, grounded_words.reasons
    elif count.words:
        status, reasons = Status.normalized, (f"'{count.words}' is not in the article; the figure is stated as the number {_FIELD_NAMES[field]}",)
    else:
        status, reasons = Status.exact, ()
    return Found(status, tuple(mine[v] for v in claimed), reasons=reasons)


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
        assert value is not None, "a date with no words has a value (checked above)"
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
        # The words are there, but nothing in the article turns them into this value:
        # never presented as exact (a 0.5B model's guess at the day is still a guess).
        why = "there is no publication date to count from" if published is None else f"'{when.words}' is not a date the checker can resolve"
        return Found(Status.unresolved, found.spans, reasons=(f"'{when.words}' is in the article but does not give {when.value}: {why}",))
    if meant[0] <= value[1] and value[0] <= meant[1]:
        return found
    basis = f" (published {published.isoformat()})" if published else ""
    return Found(Status.contradicted, found.spans, reasons=(f"'{when.words}'{basis} is {_shown(meant)}, not {when.value}",))

