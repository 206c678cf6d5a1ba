"""Checking a summary against its source text.

Pure functions, no network. Every statement and incident field is checked
against the article and gets `Evidence`: spans into the original text, a status
and the reasons a reader should look twice.

- Quotes are located exactly, then after folding typography (quotation marks,
  dashes, whitespace, case), then word by word with editorial brackets and
  elisions allowed, then fuzzily. A fuzzy match is *flagged*, never grounded:
  a changed word, an added "not" or a changed number is exactly what a near
  match looks like, so the reason lists the differing words.
- A direct quote must lie inside quotation marks in the article, and the
  article must attribute it to the claimed speaker (alias-aware, pronouns
  resolved to the last named subject).
- Casualty figures must appear as numbers near the casualty words, places and
  actors must be named, and a date must follow from its words and the
  publication date.

Everything that depends only on the article (normalised text, word tokens,
sentences, quotation regions, names) is computed once per text by
`source_index` and cached, so each check is a handful of lookups.
"""

from __future__ import annotations

import bisect
import difflib
import hashlib
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cached_property, lru_cache
from pathlib import PurePath
from typing import Literal

from pydantic import BaseModel, Field, ValidationError
from rapidfuzz import fuzz, process

from .dates import find_dates, parse_published
from .dates import resolve as resolve_date
from .errors import SummarizerError
from .schema import ArticleSummary, Count, DateValue, Evidence, Span, Statement, Status, Totals, worst

# --------------------------------------------------------------------------
# Normalisation with a map back to original offsets
# --------------------------------------------------------------------------

# Models swap double and single quotation marks and apostrophes freely, so all
# of them fold to one character.
_QUOTE_CHARS = "\"'\u201c\u201d\u201e\u201f\u00ab\u00bb\u2018\u2019\u201a\u201b\u2032`"
_DASHES = dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-")
_FOLD = {**dict.fromkeys(_QUOTE_CHARS, "'"), **_DASHES, "\u2026": "..."}


@dataclass(frozen=True)
class Normalized:
    """A normalised text and, for each of its characters, the offset in the original."""

    text: str
    offsets: list[int]

    def span(self, start: int, end: int) -> Span:
        """The original-text span covering normalised characters [start, end)."""
        return Span(start=self.offsets[start], end=self.offsets[end - 1] + 1)

    def position(self, original: int) -> int:
        """The first normalised character at or after original offset `original`."""
        return bisect.bisect_left(self.offsets, original)


def normalize(text: str) -> Normalized:
    """Fold quotation marks and apostrophes, dashes, ellipses, case and runs of whitespace (NBSP included)."""
    out: list[str] = []
    offsets: list[int] = []
    in_space = False
    for i, ch in enumerate(text):
        if ch.isspace():
            if not in_space and out:
                out.append(" ")
                offsets.append(i)
            in_space = True
            continue
        in_space = False
        folded = _FOLD.get(ch, ch).lower()
        for c in folded:  # a fold or lower() can lengthen a character; every piece maps back to it
            out.append(c)
            offsets.append(i)
    if out and out[-1] == " ":
        out.pop()
        offsets.pop()
    return Normalized("".join(out), offsets)


_FOLD_TABLE = str.maketrans(_FOLD)
_SPACES = re.compile(r"\s+")


def _fold(text: str) -> str:
    """`normalize(text).text` without the offset map: for needles, where speed matters."""
    return _SPACES.sub(" ", text.translate(_FOLD_TABLE).lower()).strip()


# --------------------------------------------------------------------------
# Words and name keys
# --------------------------------------------------------------------------

_WORD = re.compile(r"[^\W_]+")
_TOKEN_OR_BRACKET = re.compile(r"[^\W_]+|[()\[\]]|\n")
# Words that carry no identity in a name: "the Pentagon" is "Pentagon", "al-Araji" is "Araji",
# "Mr Austin" is "Austin", "Iraq's" is "Iraq".
_NAME_STOP = frozenset("the a an of and in on at for to al el s mr mrs ms dr unnamed".split())


@lru_cache(maxsize=1 << 16)
def _key(word: str) -> str:
    """A spelling-tolerant key for one word: case and accents folded, doubled letters
    collapsed ("Aaraji" and "Araji", "Assad" and "Asad" share a key)."""
    w = unicodedata.normalize("NFKD", word.casefold())
    w = "".join(c for c in w if not unicodedata.combining(c))
    return re.sub(r"(.)\1+", r"\1", w)


@lru_cache(maxsize=1 << 14)
def _keys(text: str) -> tuple[str, ...]:
    """The identity-bearing words of a name, as keys."""
    return tuple(k for w in _WORD.findall(text) if (k := _key(w)) not in _NAME_STOP)


def _bracketed_words(text: str) -> list[tuple[str, bool, int, int]]:
    """Word tokens (casefolded) with whether each is inside () or [] and its offsets.

    Editorial insertions ("the (Israeli) offensive", "[Kataib Hezbollah]") are
    marked so a match may keep or drop them. Depth resets at each line so one
    stray bracket cannot swallow an article.
    """
    out = []
    depth = 0
    for m in _TOKEN_OR_BRACKET.finditer(text):
        tok = m.group()
        if tok == "\n":
            depth = 0
        elif tok in "([":
            depth += 1
        elif tok in ")]":
            depth = max(0, depth - 1)
        else:
            out.append((tok.casefold(), depth > 0, m.start(), m.end()))
    return out


def _joined(words: list[str]) -> tuple[str, list[int]]:
    """Words joined as ' w1 w2 ... ' (so str.find matches whole words) and each word's offset in it."""
    pos, at = [], 1
    for w in words:
        pos.append(at)
        at += len(w) + 1
    return " " + " ".join(words) + " ", pos


# --------------------------------------------------------------------------
# Quotation-mark regions and sentences
# --------------------------------------------------------------------------

_OPENERS_BEFORE = frozenset(" \t\n([{\u2014\u2013-\"\u201c")


def _quote_regions(text: str) -> list[tuple[int, int]]:
    """Spans of text inside quotation marks, outermost only, sorted.

    Curly marks say which way they face; straight double quotes alternate. A
    single mark opens only at the start of a word and closes only at the end of
    one, so the apostrophe in "Iraq's" is never a quotation mark. A double
    quote still open at the end of a paragraph runs to its end (news style for
    quotes that continue into the next paragraph).
    """
    regions: list[tuple[int, int]] = []
    for para in re.finditer(r"[^\n]+", text):
        open_double = open_single = None
        a, b = para.span()
        for m in re.finditer(r"[\"'\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019]", text[a:b]):
            i, ch = a + m.start(), m.group()
            prev = text[i - 1] if i > a else " "
            nxt = text[i + 1] if i + 1 < b else " "
            if ch in "\u201c\u201e\u00ab" or (ch == '"' and open_double is None):
                open_double = i + 1 if open_double is None else open_double
            elif ch in "\u201d\u00bb\"":
                if open_double is not None:
                    regions.append((open_double, i))
                    open_double = None
            elif ch in "\u2018'" and prev in _OPENERS_BEFORE and nxt.isalnum():
                open_single = i + 1
            elif open_single is not None and not nxt.isalnum() and not prev.isspace():
                regions.append((open_single, i))
                open_single = None
        if open_double is not None:
            regions.append((open_double, b))
    outer: list[tuple[int, int]] = []
    for start, end in sorted(regions):
        if not outer or start >= outer[-1][1]:
            outer.append((start, end))
    return outer


_SENTENCE_END = re.compile(r"\n+|(?<=[.!?])[\"'\u201d\u2019)\]]*\s+(?=[\"'\u201c\u2018(\[]?[A-Z0-9])")
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st gen col lt sgt capt gov sen rep jan feb mar apr jun jul aug sep sept oct nov dec no vs inc co corp u.s".split()
)


def _sentence_starts(text: str, regions: list[tuple[int, int]]) -> list[int]:
    """Offsets where sentences start. Quoted text is opaque: a quote of several
    sentences and its "he said" stay one sentence."""
    starts = [0]
    region_starts = [r[0] for r in regions]
    for m in _SENTENCE_END.finditer(text):
        at = m.end()
        if m.group().startswith("\n"):
            starts.append(at)
            continue
        if _region_at(regions, region_starts, at) is not None:
            continue
        word = re.search(r"([\w.]+)\W*$", text[max(0, m.start() - 12) : m.start()])
        if word and (word.group(1).rstrip(".").casefold() in _ABBREVIATIONS or len(word.group(1).rstrip(".")) == 1):
            continue
        starts.append(at)
    return starts


def _region_at(regions: list[tuple[int, int]], starts: list[int], pos: int) -> tuple[int, int] | None:
    """The quotation region strictly containing offset `pos`, if any."""
    k = bisect.bisect_right(starts, pos) - 1
    if k >= 0 and regions[k][0] <= pos < regions[k][1]:
        return regions[k]
    return None


# --------------------------------------------------------------------------
# The per-source index
# --------------------------------------------------------------------------

_NAME_RUN = re.compile(
    r"(?:[A-Z][\w\u2019'\-]*|al-[A-Z][\w\-]*)"
    r"(?:(?:[ \t]+(?:(?:of|the|al|bin|for|chief|director|spokesman|spokeswoman|adviser|advisor|secretary|minister)[ \t]+)*)(?:[A-Z][\w\u2019'\-]*|al-[A-Z][\w\-]*|\([A-Z][A-Za-z]{1,9}\)))*"
)
# Capitalised only because they start a sentence, or not names at all.
_NOT_NAMES = frozenset(
    """the a an in on at but and however therefore meanwhile after before since while when last this that these those
    his her their its he she they it we i according also writing in a as there some many more most other another earlier
    later then yet so if during on by from for with""".split()
)
_CASUALTY = re.compile(r"\b(?:kill\w*|dead|died|deaths?|wound\w*|injur\w*|hurt|casualt\w*|lives)\b", re.I)
_SITES = re.compile(r"\b(?:sites?|facilit\w*|targets?|locations?|positions?|bases?|headquarters|depots?|compounds?|strikes)\b", re.I)


class SourceIndex:
    """Everything about one article text that checks reuse: built once, cached by text."""

    def __init__(self, text: str):
        self.text = text
        self.norm = normalize(text)
        tokens = _bracketed_words(text)
        self.tokens = [(s, e) for _, _, s, e in tokens]
        self.token_starts = [s for s, _ in self.tokens]
        words = [w for w, _, _, _ in tokens]
        self.all_words, self.all_pos = _joined(words)
        self.plain_tok = [i for i, (_, br, _, _) in enumerate(tokens) if not br]
        self.plain_words, self.plain_pos = _joined([words[i] for i in self.plain_tok])
        self.word_positions: dict[str, list[int]] = {}
        for i, w in enumerate(words):
            self.word_positions.setdefault(w, []).append(i)
        self.regions = _quote_regions(text)
        self.region_starts = [r[0] for r in self.regions]
        self.sent_starts = _sentence_starts(text, self.regions)
        # Content keys (name words) for alias-aware searches.
        self.ctok = [i for i, w in enumerate(words) if _key(w) not in _NAME_STOP]
        self.ckeys = [_key(words[i]) for i in self.ctok]
        self.cstarts = [self.tokens[i][0] for i in self.ctok]
        self.ckey_pos: dict[str, list[int]] = {}
        for c, k in enumerate(self.ckeys):
            self.ckey_pos.setdefault(k, []).append(c)
        self.attributions_memo: dict[int, list] = {}
        self.forms_memo: dict[tuple, list] = {}

    # ---- positions -------------------------------------------------------

    def sentence_of(self, pos: int) -> int:
        return bisect.bisect_right(self.sent_starts, pos) - 1

    def sentence_span(self, k: int) -> tuple[int, int]:
        end = self.sent_starts[k + 1] if k + 1 < len(self.sent_starts) else len(self.text)
        return self.sent_starts[k], end

    def quoted(self, pos: int) -> bool:
        return _region_at(self.regions, self.region_starts, pos) is not None

    def inside_quotes(self, span: Span) -> bool:
        """Whether the span, less surrounding punctuation, lies within one quotation region."""
        s, e = span.start, span.end
        while s < e and not self.text[s].isalnum():
            s += 1
        while e > s and not self.text[e - 1].isalnum():
            e -= 1
        region = _region_at(self.regions, self.region_starts, s)
        return region is not None and e <= region[1]

    def content_range(self, start: int, end: int) -> tuple[int, int]:
        """Indices into the content-key list of the name words within [start, end)."""
        return bisect.bisect_left(self.cstarts, start), bisect.bisect_left(self.cstarts, end)

    def find_keys(self, keys: tuple[str, ...], start: int = 0, end: int | None = None) -> list[int]:
        """Content positions where `keys` occur in a row, within chars [start, end)."""
        if not keys:
            return []
        lo, hi = self.content_range(start, len(self.text) if end is None else end)
        n = len(keys)
        positions = self.ckey_pos.get(keys[0], ())
        k = bisect.bisect_left(positions, lo)
        found = []
        while k < len(positions) and positions[k] + n <= hi:
            c = positions[k]
            if tuple(self.ckeys[c : c + n]) == keys:
                found.append(c)
            k += 1
        return found

    def key_span(self, c: int, n: int) -> Span:
        return Span(start=self.tokens[self.ctok[c]][0], end=self.tokens[self.ctok[c + n - 1]][1])

    # ---- lazily computed views ------------------------------------------

    @cached_property
    def mentions(self) -> list[list[tuple[int, int, str]]]:
        """Per sentence, the capitalised names outside quotation marks, in order."""
        by_sentence: list[list[tuple[int, int, str]]] = [[] for _ in self.sent_starts]
        for m in _NAME_RUN.finditer(self.text):
            start, end, run = m.start(), m.end(), m.group()
            words = run.split()
            while words and words[0].casefold() in _NOT_NAMES:
                start += len(words[0]) + (len(run[len(words[0]) :]) - len(run[len(words[0]) :].lstrip()))
                run = self.text[start:end]
                words = run.split()
            if not words or self.quoted(start):
                continue
            by_sentence[self.sentence_of(start)].append((start, end, run))
        return by_sentence

    @cached_property
    def name_choices(self) -> dict[str, tuple[int, int]]:
        """Every name's key string -> its first span, for fuzzy name look-ups."""
        choices: dict[str, tuple[int, int]] = {}
        for sentence in self.mentions:
            for start, end, run in sentence:
                choices.setdefault(" ".join(_keys(run)), (start, end))
        choices.pop("", None)
        return choices

    @cached_property
    def sentence_keys(self) -> list[frozenset[str]]:
        out = []
        for k in range(len(self.sent_starts)):
            lo, hi = self.content_range(*self.sentence_span(k))
            out.append(frozenset(self.ckeys[lo:hi]))
        return out

    @cached_property
    def casualty_sentences(self) -> list[int]:
        return sorted({self.sentence_of(m.start()) for m in _CASUALTY.finditer(self.text)})

    @cached_property
    def site_sentences(self) -> list[int]:
        return sorted({self.sentence_of(m.start()) for m in _SITES.finditer(self.text)})

    @cached_property
    def abbreviations(self) -> list[tuple[str, str]]:
        """"Name (ABBR)" pairs the article defines, e.g. Central Command (CentCom)."""
        pairs = []
        for m in re.finditer(r"((?:[A-Z][\w\u2019'\-]*[ \t]+(?:of[ \t]+|the[ \t]+)*){1,6})\(([A-Z][A-Za-z]{1,9})\)", self.text):
            pairs.append((m.group(1).strip(), m.group(2)))
        return pairs


@lru_cache(maxsize=32)
def source_index(text: str) -> SourceIndex:
    """The cached index of one article text (keyed by the text itself)."""
    return SourceIndex(text)


# --------------------------------------------------------------------------
# Locating a quote
# --------------------------------------------------------------------------

FUZZY_MIN = 90.0  # partial-ratio score below which a near match is not reported at all
_FUZZY_MAX_CHARS = 800  # longer quotes are not fuzzy-matched: the cost grows with the square
_FUZZY_MIN_WORDS = 3
_COMMON_WORD_CAP = 40  # a word seen more often than this does not vote for candidate windows
_ELLIPSIS = re.compile(r"\s*(?:\u2026|\.\s?\.\s?\.)\s*")
_ELLIPSIS_GAP = 400  # chars allowed between the pieces of an elided quote
_MAX_OCCURRENCES = 50
_OUTER_MARKS = "\"\u201c\u201d\u201e\u00ab\u00bb\u2018'"


@dataclass(frozen=True)
class _Found:
    status: Status
    spans: tuple[Span, ...] = ()
    score: float | None = None
    reasons: tuple[str, ...] = ()


def _unquoted(quote: str) -> str:
    """The quote without quotation marks wrapped around it (models often copy them)."""
    q = quote.strip()
    if q[:1] in _OUTER_MARKS:
        q = q[1:]
        if q[-1:] in _OUTER_MARKS + "\u2019":
            q = q[:-1]
    elif q[-1:] in "\"\u201d\u00bb":
        q = q[:-1]
    return q.strip()


def _prefer_quoted(idx: SourceIndex, spans: Iterable[Span]) -> Span | None:
    """The first candidate inside quotation marks, else the first candidate."""
    first = None
    for span in spans:
        if idx.inside_quotes(span):
            return span
        first = first or span
    return first


def _exact(idx: SourceIndex, quote: str) -> Span | None:
    def occurrences():
        at, n = idx.text.find(quote), 0
        while at >= 0 and n < _MAX_OCCURRENCES:
            yield Span(start=at, end=at + len(quote))
            at, n = idx.text.find(quote, at + 1), n + 1

    return _prefer_quoted(idx, occurrences())


def _normalized(idx: SourceIndex, quote: str) -> Span | None:
    needle = _fold(quote)
    hay = idx.norm.text

    def occurrences():
        at, n = hay.find(needle), 0
        while at >= 0 and n < _MAX_OCCURRENCES:
            yield idx.norm.span(at, at + len(needle))
            at, n = hay.find(needle, at + 1), n + 1

    return _prefer_quoted(idx, occurrences()) if needle else None


def _word_occurrences(idx: SourceIndex, quote: str, after: int = 0) -> list[Span]:
    """Where the quote's words occur in a row, brackets dropped and bracketed words
    kept or dropped on either side, starting at or after char `after`."""
    words = _bracketed_words(quote)
    if not words:
        return []
    variants = {tuple(w for w, _, _, _ in words), tuple(w for w, br, _, _ in words if not br)}
    found: dict[int, Span] = {}
    for variant in filter(None, variants):
        needle = " " + " ".join(variant) + " "
        for hay, pos, to_token in ((idx.all_words, idx.all_pos, None), (idx.plain_words, idx.plain_pos, idx.plain_tok)):
            first = bisect.bisect_left(idx.token_starts, after)
            if to_token is not None:
                first = bisect.bisect_left(to_token, first)
            if first >= len(pos):
                continue
            at, n = hay.find(needle, pos[first] - 1), 0
            while at >= 0 and n < _MAX_OCCURRENCES:
                k = bisect.bisect_left(pos, at + 1)
                a, b = k, k + len(variant) - 1
                if to_token is not None:
                    a, b = to_token[a], to_token[b]
                found.setdefault(idx.tokens[a][0], Span(start=idx.tokens[a][0], end=idx.tokens[b][1]))
                at, n = hay.find(needle, at + 1), n + 1
    return [found[k] for k in sorted(found)]


def _elided(idx: SourceIndex, quote: str) -> tuple[Span, ...] | None:
    """Spans of a quote's pieces around '…' or '...', found in order and close together."""
    pieces = [p for p in _ELLIPSIS.split(quote) if _WORD.search(p)]
    if len(pieces) < 2:
        return None
    for first in _word_occurrences(idx, pieces[0])[:_MAX_OCCURRENCES]:
        spans = [first]
        for piece in pieces[1:]:
            nxt = next(iter(_word_occurrences(idx, piece, spans[-1].end)), None)
            if nxt is None or nxt.start - spans[-1].end > _ELLIPSIS_GAP:
                break
            spans.append(nxt)
        else:
            return tuple(spans)
    return None


def _differences(quote: str, found: str) -> list[str]:
    """The words that differ between a quote and the article text it nearly matches."""
    a = [w.casefold() for w in _WORD.findall(quote)]
    b = [w.casefold() for w in _WORD.findall(found)]
    out = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        mine, theirs = " ".join(a[i1:i2]), " ".join(b[j1:j2])
        if op == "replace":
            out.append(f"'{mine}' vs '{theirs}'")
        elif op == "delete":
            out.append(f"'{mine}' is not in the article")
        elif op == "insert":
            out.append(f"the article has '{theirs}' here")
    return out


def _snap(idx: SourceIndex, span: Span) -> Span:
    """Widen a span to whole words."""
    k = bisect.bisect_right(idx.token_starts, span.start) - 1
    start = idx.tokens[k][0] if k >= 0 and idx.tokens[k][1] > span.start else span.start
    k = bisect.bisect_left(idx.token_starts, span.end) - 1
    end = max(span.end, idx.tokens[k][1]) if k >= 0 else span.end
    return Span(start=start, end=end)


def _fuzzy(idx: SourceIndex, quote: str) -> _Found | None:
    """The best near match of a quote, searched only in a few windows where its words
    cluster, so repetitive or long articles cannot make it slow."""
    qn = _fold(quote)
    words = [w for w, _, _, _ in _bracketed_words(quote)]
    if len(qn) > _FUZZY_MAX_CHARS or len(words) < _FUZZY_MIN_WORDS:
        return None
    votes: Counter[int] = Counter()
    for i, w in enumerate(words):
        positions = idx.word_positions.get(w, ())
        if len(positions) <= _COMMON_WORD_CAP:
            votes.update(p - i for p in positions)
    best = None
    # A near match shares most of its words with the quote; windows with fewer are not tried.
    for start, n in votes.most_common(2):
        if n < len(words) / 2:
            break
        lo = idx.tokens[max(0, start - 3)][0]
        hi = idx.tokens[min(len(idx.tokens), start + len(words) + 3) - 1][1]
        a, b = idx.norm.position(lo), idx.norm.position(hi)
        res = fuzz.partial_ratio_alignment(qn, idx.norm.text[a:b], score_cutoff=FUZZY_MIN)
        if res is not None and res.score >= FUZZY_MIN and (best is None or res.score > best[0]):
            best = (res.score, a + res.dest_start, a + res.dest_end)
    if best is None or best[2] <= best[1]:
        return None
    span = _snap(idx, idx.norm.span(best[1], best[2]))
    diffs = _differences(quote, idx.text[span.start : span.end]) or ["punctuation differs"]
    return _Found(Status.fuzzy, (span,), round(best[0], 1), (f"differs from the article: {'; '.join(diffs)}",))


def _locate(idx: SourceIndex, quote: str) -> _Found:
    """Find a quote: exact, then normalised, then by words, then with elisions, then fuzzy."""
    if not quote.strip():
        return _Found(Status.unsupported, reasons=("empty quote",))
    for candidate in dict.fromkeys([quote, quote.strip(), _unquoted(quote)]):
        if candidate and (span := _exact(idx, candidate)):
            return _Found(Status.exact, (span,))
    q = _unquoted(quote) or quote.strip()
    if span := _normalized(idx, q):
        return _Found(Status.normalized, (span,), reasons=("matches after folding quotation marks, dashes, case and whitespace",))
    if span := _prefer_quoted(idx, _word_occurrences(idx, q)):
        return _Found(Status.normalized, (span,), reasons=("same words as the article (punctuation and editorial brackets aside)",))
    if spans := _elided(idx, q):
        return _Found(Status.normalized, spans, reasons=(f"matches with elisions: {len(spans)} pieces found in order",))
    near = _fuzzy(idx, _ELLIPSIS.sub(" ", q))
    if near is not None:
        return near
    return _Found(Status.unsupported, reasons=("quote not found in the article",))


def _evidence(found: _Found) -> Evidence:
    return Evidence(status=found.status, spans=list(found.spans), score=found.score, reasons=list(found.reasons))


def ground_quote(source: str, quote: str) -> Evidence:
    """Find `quote` in `source`: exact, normalised, word by word, elided, or fuzzy (flagged).
    The per-source index (normalised text included) is cached, so repeated calls on
    one article share it."""
    return _evidence(_locate(source_index(source), quote))


# --------------------------------------------------------------------------
# Aliases
# --------------------------------------------------------------------------

# Well-known alternative names. Articles define more ("Central Command (CentCom)")
# and callers can pass richer tables through `aliases`.
_KNOWN_ALIASES: tuple[frozenset[str], ...] = tuple(
    frozenset(group)
    for group in (
        {"US Central Command", "Central Command", "CentCom", "CENTCOM"},
        # The Pentagon speaks for the military it runs; "a US military statement" is its voice.
        {"US Department of Defense", "Department of Defense", "Defense Department", "US Department of Defence",
         "Department of Defence", "Defence Department", "DoD", "Pentagon", "US military"},
        {"United States", "US", "U.S.", "USA", "America"},
        {"United Kingdom", "UK", "Britain"},
        {"Islamic State", "ISIS", "ISIL", "IS", "Daesh"},
    )
)
# Last words that name an organisation, not a person: no surname alias for them.
_ORG_WORDS = frozenset(
    """command forces force ministry department office council organization organisation group brigades army navy
    government administration house units resistance military officials official agency committee party movement
    state states kingdom union nations coalition""".split()
)
# Words that may precede a name as a title ("Pentagon chief Lloyd Austin").
_TITLE_WORDS = frozenset(
    "chief spokesman spokeswoman spokesperson adviser advisor secretary minister president commander leader head deputy".split()
)


@dataclass(frozen=True)
class _Form:
    """One way an entity can be named. A title ("Pentagon chief") names it only on its own."""

    keys: tuple[str, ...]
    text: str
    title: bool = False


_Groups = tuple[frozenset[str], ...]


def _alias_groups(aliases: Mapping[str, Iterable[str]] | None) -> _Groups:
    """The caller's aliases and the built-in ones as groups of names for one entity (hashable, so
    forms can be memoised per article)."""
    extra = tuple(frozenset({canon, *forms}) for canon, forms in (aliases or {}).items())
    return extra + _KNOWN_ALIASES


def _titles(idx: SourceIndex, keys: tuple[str, ...]) -> list[str]:
    """Titles the article puts directly before a full name ("Defence Secretary", "Pentagon chief")."""
    out = []
    for c in idx.find_keys(keys):
        t = idx.ctok[c]
        words: list[str] = []
        while t > 0 and len(words) < 6:
            s, e = idx.tokens[t - 1]
            word = idx.text[s:e]
            connector = word in ("of", "the") and t > 1 and idx.text[idx.tokens[t - 2][0]].isupper()
            if idx.text[e : idx.tokens[t][0]].strip() or not (word[:1].isupper() or word.casefold() in _TITLE_WORDS or connector):
                break
            words.insert(0, word)
            t -= 1
        if any(w.casefold() in _TITLE_WORDS for w in words):
            out.append(" ".join(words))
    return out


def _forms(idx: SourceIndex, names: tuple[str | None, ...], groups: _Groups) -> list[_Form]:
    """Every way the article may name the entity called `names` (memoised per article)."""
    key = (names, groups)
    if key not in idx.forms_memo:
        idx.forms_memo[key] = _find_forms(idx, names, groups)
    return idx.forms_memo[key]


def _find_forms(idx: SourceIndex, names: tuple[str | None, ...], groups: _Groups) -> list[_Form]:
    """The names, their alias groups, abbreviations the article defines, surnames,
    and titles the article puts before full names."""
    texts = {n.strip() for n in names if n and n.strip()}
    base_keys = {_keys(t) for t in texts}
    for group in groups:
        if any(_keys(g) in base_keys for g in group):
            texts |= group
    for long, short in idx.abbreviations:
        if {_keys(long), _keys(short)} & {_keys(t) for t in texts}:
            texts |= {long, short}
    forms = {_Form(_keys(t), t) for t in texts}
    for t in list(texts):
        words = t.split()
        if len(words) >= 2 and words[-1][:1].isupper() and words[-1].casefold() not in _ORG_WORDS and words[-1].isalpha():
            forms.add(_Form(_keys(words[-1]), words[-1]))
        if len(words) >= 2 and words[-1].casefold() in ("government", "administration"):
            forms.add(_Form(_keys(" ".join(words[:-1])), " ".join(words[:-1])))
        if len(_keys(t)) >= 2:
            forms |= {_Form(_keys(title), title, title=True) for title in _titles(idx, _keys(t))}
    return [f for f in forms if f.keys]


def _names(subject: str, forms: list[_Form]) -> bool:
    """Whether a phrase from the article ("Defence Secretary Lloyd Austin", "the official",
    "The US") names the entity: it contains a whole form, or it is part of a form
    that includes the form's last word ("the official" ~ "US military official")."""
    s = set(_keys(subject))
    if not s:
        return False
    for f in forms:
        if f.title:
            if s == set(f.keys):
                return True
        elif set(f.keys) <= s or (s <= set(f.keys) and f.keys[-1] in s):
            return True
    return False


# --------------------------------------------------------------------------
# Attribution: who the article says spoke
# --------------------------------------------------------------------------

_REPORT_VERB = re.compile(
    r"\b(?:said|says|say|added|adds|told|tells|stressed|announced|noted|explained|wrote|posted|stated|warned|praised|"
    r"described|insisted|claimed|confirmed|criticised|criticized|urged|declared|argued|replied|asked|acknowledged|"
    r"denied|tweeted|according to|saying|adding|describing|noting|warning|stressing|arguing|writing)\b",
    re.I,
)
_PARTICIPLE = frozenset("saying adding describing noting warning stressing arguing writing".split())
_PRONOUNS = frozenset("he she they it his her their its".split())
_CLAUSE_BREAK = re.compile(r"[,;:()\u201c\u201d\"\u2014\u2013]|\bthat\b|\band\b")
_LEAD_WORDS = frozenset("but and however meanwhile so yet also then in a statement later".split())
_TRAIL_WORDS = frozenset("has have had also later then again previously earlier reportedly publicly has".split())
_AFTER_STOP = re.compile(r"[,.;:\u201c\u201d\"(]|\b(?:in|on|at|adding|referring|speaking|after|when|who|that)\b")
_VAGUE = frozenset("reports report media".split())


@dataclass(frozen=True)
class _Attribution:
    verb_start: int
    verb_end: int
    subject: str  # as written; may be a pronoun
    subject_start: int


def _subject_before(idx: SourceIndex, sent_start: int, verb_start: int) -> tuple[str, int]:
    """The words before a reporting verb, back to a clause break: its subject."""
    text = idx.text[sent_start:verb_start]
    pos = 0
    for m in _CLAUSE_BREAK.finditer(text):
        if m.group().casefold() != "and" or m.end() < len(text) - 1:
            pos = m.end()
    # Quoted text never names the speaker.
    while pos < len(text) and idx.quoted(sent_start + pos):
        pos += 1
    words = re.findall(r"\S+", text[pos:])
    lead = 0
    while lead < len(words) and words[lead].casefold().strip(",") in _LEAD_WORDS:
        lead += 1
    words = words[lead:]
    while words and words[-1].casefold() in _TRAIL_WORDS:
        words.pop()
    words = words[-12:]
    phrase = " ".join(words)
    return phrase, sent_start + text.rfind(phrase) if phrase else verb_start


def _subject_after(idx: SourceIndex, verb_end: int, sent_end: int) -> tuple[str, int]:
    """The words after a verb up to a clause break ("said the official, adding")."""
    text = idx.text[verb_end:sent_end]
    stop = _AFTER_STOP.search(text)
    phrase = " ".join(text[: stop.start() if stop else len(text)].split()[:6])
    return phrase, verb_end + text.find(phrase) if phrase else verb_end


def _attributions(idx: SourceIndex, k: int) -> list[_Attribution]:
    """Reporting verbs in sentence `k` (outside quotation marks) with their subjects,
    memoised per sentence: every quote of the sentence asks the same question."""
    if k not in idx.attributions_memo:
        idx.attributions_memo[k] = _find_attributions(idx, k)
    return idx.attributions_memo[k]


def _find_attributions(idx: SourceIndex, k: int) -> list[_Attribution]:
    """A participle ("..., saying") takes the subject of the sentence's last finite
    reporting verb, or the sentence's first name."""
    a, b = idx.sentence_span(k)
    out: list[_Attribution] = []
    for m in _REPORT_VERB.finditer(idx.text, a, b):
        if idx.quoted(m.start()):
            continue
        verb = m.group().casefold()
        if verb in _PARTICIPLE:
            if out:
                out.append(_Attribution(m.start(), m.end(), out[-1].subject, out[-1].subject_start))
            elif idx.mentions[k]:
                start, _, run = idx.mentions[k][0]
                out.append(_Attribution(m.start(), m.end(), run, start))
            continue
        subject, at = ("", m.start()) if verb == "according to" else _subject_before(idx, a, m.start())
        if not _keys(subject) and re.search(r"\band\s+$", idx.text[a : m.start()]) and idx.mentions[k]:
            at, _, subject = idx.mentions[k][0]  # "X called it “...” and said ...": the sentence's subject
        if not _keys(subject):
            subject, at = _subject_after(idx, m.end(), b)
        if _keys(subject) and not set(_keys(subject)) <= _VAGUE:
            out.append(_Attribution(m.start(), m.end(), subject, at))
    return out


def _antecedent(idx: SourceIndex, k: int) -> tuple[int, int, str] | None:
    """What a pronoun starting sentence-level attribution in sentence `k` refers to:
    the first name of the nearest earlier sentence that has one (its subject, in news prose)."""
    for j in range(k - 1, max(-1, k - 4), -1):
        if idx.mentions[j]:
            return idx.mentions[j][0]
    return None


def _is_named(phrase: str) -> bool:
    """Whether a subject phrase names someone ("CentCom", "Araji") rather than
    describing them ("a senior Iraqi official")."""
    words = [w for w in _WORD.findall(phrase) if _key(w) not in _NAME_STOP]
    return bool(words) and any(c.isupper() for c in words[-1])


def _attribution_check(idx: SourceIndex, span: Span, forms: list[_Form], who: str) -> _Found:
    """Whether the article attributes the words at `span` to the entity of `forms`."""
    k = idx.sentence_of(span.start)
    last = idx.sentence_of(max(span.start, span.end - 1))
    candidates = [att for j in range(k, last + 1) for att in _attributions(idx, j)]
    if candidates:
        att = min(candidates, key=lambda t: max(t.verb_start - span.end, span.start - t.verb_end, 0))
        subject, start = att.subject, att.subject_start
        first = _WORD.findall(subject)[:1]
        pronoun = bool(first) and first[0].casefold() in _PRONOUNS
        if pronoun and (ref := _antecedent(idx, idx.sentence_of(att.verb_start))):
            start, _, subject = ref
        where = (Span(start=start, end=start + len(subject)),)
        if _names(subject, forms):
            return _Found(Status.exact, where)
        if (pronoun and ref) or _is_named(subject):
            shown = f"'{first[0]}' ({subject})" if pronoun else f"'{subject}'"
            return _Found(Status.contradicted, where, reasons=(f"the article attributes these words to {shown}, not {who}",))
        if not pronoun:
            return _Found(Status.unattributed, where, reasons=(f"the article attributes these words to '{subject}', not named as {who}",))
    lo, hi = idx.sentence_span(max(0, k - 1))[0], idx.sentence_span(min(len(idx.sent_starts) - 1, last + 1))[1]
    for f in (f for f in forms if not f.title):
        for c in idx.find_keys(f.keys, lo, hi):
            found = idx.key_span(c, len(f.keys))
            if not idx.quoted(found.start):
                return _Found(Status.normalized, (found,), reasons=(f"{who} is named next to the quote, without a reporting verb",))
    return _Found(Status.unattributed, reasons=(f"{who} is not named near the quote and no reporting verb points to them",))


def _speaker_check(idx: SourceIndex, st: Statement, quote: _Found, groups: _Groups) -> _Found:
    """Is it really a quote, and really this speaker's? One verdict for both, because
    both ask whether the article presents these words as this speaker's speech."""
    who = f"'{st.speaker}'"
    if not quote.spans:
        return _Found(Status.unattributed, reasons=("the quote is not in the article, so its speaker cannot be checked",))
    reasons: list[str] = []
    statuses = [Status.exact]
    if st.kind != "paraphrase" and not all(idx.inside_quotes(s) for s in quote.spans):
        statuses.append(Status.not_quoted)
        reasons.append("not inside quotation marks in the article: narration presented as a quote")
    found = _attribution_check(idx, quote.spans[0], _forms(idx, (st.speaker, st.speaker_canonical), groups), who)
    statuses.append(found.status)
    reasons.extend(found.reasons)
    return _Found(worst(statuses), found.spans, reasons=tuple(reasons))


# --------------------------------------------------------------------------
# Names, numbers and dates
# --------------------------------------------------------------------------

_GENERIC_PLACE = frozenset("area town city village province district region sector border base airbase site sites outskirts".split())
_NAME_FUZZY_MIN = 85.0


def _name_check(idx: SourceIndex, name: str, groups: _Groups) -> _Found:
    """Whether a place or actor is named in the article: as written, normalised,
    by an alias, by its main words in one sentence, or (flagged) by a near spelling."""
    if span := _exact(idx, name.strip()):
        return _Found(Status.exact, (span,))
    if span := _normalized(idx, name) or next(iter(_word_occurrences(idx, name)), None):
        return _Found(Status.normalized, (span,), reasons=("found after normalising case and punctuation",))
    for f in _forms(idx, (name,), groups):
        if f.title:
            continue
        if hit := idx.find_keys(f.keys):
            return _Found(Status.normalized, (idx.key_span(hit[0], len(f.keys)),), reasons=(f"found as '{f.text}'",))
    main = set(_keys(name)) - _GENERIC_PLACE
    if main:
        for k, keys in enumerate(idx.sentence_keys):
            if main <= keys:
                return _Found(Status.normalized, (Span(start=idx.sentence_span(k)[0], end=idx.sentence_span(k)[1]),),
                              reasons=("its main words are in this sentence",))
    near = process.extractOne(" ".join(_keys(name)), list(idx.name_choices), scorer=fuzz.ratio, score_cutoff=_NAME_FUZZY_MIN)
    if near is not None:
        s, e = idx.name_choices[near[0]]
        return _Found(Status.fuzzy, (Span(start=s, end=e),), round(near[1], 1), (f"only a similar name is in the article: '{idx.text[s:e]}'",))
    return _Found(Status.unsupported, reasons=(f"'{name}' is not named in the article",))


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


def _count_check(idx: SourceIndex, count: Count, field: str) -> _Found | None:
    """Whether the figures of a count appear as numbers in its evidence sentences:
    the sentence of `words` when the article has them, else every sentence about
    killing or wounding (or, for `sites`, about sites, facilities and targets)."""
    about = "sites hit" if field == "sites" else "casualties"
    claimed = list(dict.fromkeys(v for v in (count.exact, count.min, count.max) if v is not None))
    if not claimed and not count.words:
        return None
    words = _locate(idx, count.words) if count.words else None
    words_found = words is not None and words.status.grounded
    if words is not None and not words_found and not claimed:
        return _Found(Status.unsupported, reasons=(f"'{count.words}' is not in the article",))
    if not claimed:
        return _Found(words.status, words.spans, reasons=words.reasons)
    sentences = (
        sorted({idx.sentence_of(s.start) for s in words.spans}) if words_found
        else idx.site_sentences if field == "sites" else idx.casualty_sentences
    )
    numbers: dict[int, Span] = {}
    for k in sentences:
        a, b = idx.sentence_span(k)
        for value, span in _numbers(idx.text[a:b], a):
            numbers.setdefault(value, span)
    missing = [v for v in claimed if v not in numbers]
    if missing:
        where = f"the sentence of '{count.words}'" if words_found else f"its sentences about {about}"
        return _Found(Status.unsupported, reasons=(f"the article gives no {' or '.join(map(str, missing))} in {where}",))
    if words_found:
        status, reasons = words.status, words.reasons
    elif count.words:
        status, reasons = Status.normalized, (f"'{count.words}' is not in the article; the figure is in a sentence about {about}",)
    else:
        status, reasons = Status.exact, ()
    return _Found(status, tuple(numbers[v] for v in claimed), reasons=reasons)


def _month_range(year: int, month: int) -> tuple[date, date]:
    nxt = date(year + month // 12, month % 12 + 1, 1)
    return date(year, month, 1), nxt - timedelta(days=1)


def _value_range(value: str, precision: str = "day") -> tuple[date, date] | None:
    """A date value's range: a day (a week from its Monday for precision 'week'), a month (YYYY-MM) or a year."""
    try:
        parts = [int(p) for p in value.split("-")]
        if len(parts) == 3:
            d = date(*parts)
            return d, d + timedelta(days=6 if precision == "week" else 0)
        if len(parts) == 2:
            return _month_range(*parts)
        return date(parts[0], 1, 1), date(parts[0], 12, 31)
    except (ValueError, TypeError):
        return None


def _meant(words: str, published: date | None) -> tuple[date, date] | None:
    """The range of dates `words` mean, counted from the publication date."""
    resolved = resolve_date(words, published)
    return _value_range(resolved.value, resolved.precision) if resolved else None


@lru_cache(maxsize=64)
def _dates_in(text: str, published: date | None) -> list[tuple[int, int, str, tuple[date, date] | None]]:
    """Every date expression of an article with its span and range (cached per article and date)."""
    return [(f.start, f.end, text[f.start : f.end], _value_range(f.date.value, f.date.precision)) for f in find_dates(text, published)]


def _shown(r: tuple[date, date]) -> str:
    return r[0].isoformat() if r[0] == r[1] else f"{r[0].isoformat()}..{r[1].isoformat()}"


def _date_check(idx: SourceIndex, when: DateValue, published: date | None) -> _Found | None:
    """Whether the date's words are in the article and its value follows from them and
    the publication date; with no words, whether any date in the article gives the value."""
    if not when.value and not when.words:
        return None
    value = _value_range(when.value) if when.value else None
    if when.value and value is None:
        return _Found(Status.unsupported, reasons=(f"'{when.value}' is not a date",))
    if not when.words:
        for s, e, words, meant in _dates_in(idx.text, published):
            if meant and meant[0] <= value[1] and value[0] <= meant[1]:
                return _Found(Status.normalized, (Span(start=s, end=e),), reasons=(f"no words given; the article's '{words}' gives this date",))
        return _Found(Status.unsupported, reasons=(f"no date in the article gives {when.value}",))
    found = _locate(idx, when.words)
    if not found.status.grounded:
        return _Found(Status.unsupported, reasons=(f"'{when.words}' is not in the article",))
    if value is None:
        return found
    meant = _meant(when.words, published)
    if meant is None:
        why = "there is no publication date" if published is None else f"'{when.words}' is not a date the checker can resolve"
        return _Found(found.status, found.spans, reasons=(*found.reasons, f"only the words were checked: {why}"))
    if meant[0] <= value[1] and value[0] <= meant[1]:
        return found
    basis = f" (published {published.isoformat()})" if published else ""
    return _Found(Status.contradicted, found.spans, reasons=(f"'{when.words}'{basis} is {_shown(meant)}, not {when.value}",))


# --------------------------------------------------------------------------
# The report
# --------------------------------------------------------------------------


class CheckedItem(BaseModel):
    """One checked field of one statement or incident."""

    kind: Literal["statement", "incident"]
    index: int
    field: str
    status: Status
    reasons: list[str] = Field(default_factory=list)
    spans: list[Span] = Field(default_factory=list)
    score: float | None = None

    @property
    def evidence(self) -> Evidence:
        return Evidence(status=self.status, spans=self.spans, score=self.score, reasons=self.reasons)


# What `--strict` refuses: not found, or found but not the speaker's quote.
STRICT_FAILURES = frozenset({Status.unsupported, Status.not_quoted, Status.contradicted, Status.unattributed})


class VerificationReport(BaseModel):
    """Every check made on one summary, and how many items a reader can trust."""

    source_id: str | None = None
    items: list[CheckedItem] = Field(default_factory=list)
    totals: Totals = Field(default_factory=Totals)
    warnings: list[str] = Field(default_factory=list)

    @property
    def failed_strict(self) -> bool:
        return any(item.status in STRICT_FAILURES for item in self.items)


def _item(kind, index: int, field: str, found: _Found) -> CheckedItem:
    return CheckedItem(kind=kind, index=index, field=field, status=found.status, reasons=list(found.reasons),
                       spans=list(found.spans), score=found.score)


def _statement_items(idx: SourceIndex, i: int, st: Statement, groups: _Groups) -> list[CheckedItem]:
    quote = _locate(idx, st.quote)
    speaker = _speaker_check(idx, st, quote, groups)
    return [_item("statement", i, "quote", quote), _item("statement", i, "speaker", speaker)]


def _incident_items(idx: SourceIndex, i: int, inc, published: date | None, groups: _Groups) -> list[CheckedItem]:
    checks: list[tuple[str, _Found | None]] = []
    if inc.date:
        checks.append(("date", _date_check(idx, inc.date, published)))
    checks += [(f"places[{p}]", _name_check(idx, place.name, groups)) for p, place in enumerate(inc.places) if place.name.strip()]
    for field in ("perpetrator", "target", "claimed_by"):
        if (value := getattr(inc, field)) and value.strip():
            checks.append((field, _name_check(idx, value, groups)))
    for field in ("killed", "wounded", "sites"):
        if (count := getattr(inc, field)) is not None:
            checks.append((field, _count_check(idx, count, field)))
    return [_item("incident", i, field, found) for field, found in checks if found is not None]


def _tally(groups: Iterable[list[Status]]) -> Totals:
    """Count items by their fields: grounded when all are, unsupported when any is, else flagged."""
    counts = Totals()
    for statuses in groups:
        if not statuses:
            continue
        if Status.unsupported in statuses:
            counts.unsupported += 1
        elif all(s.grounded for s in statuses):
            counts.grounded += 1
        else:
            counts.flagged += 1
    return counts


def verify(summary: ArticleSummary, source_text: str, *, aliases: Mapping[str, Iterable[str]] | None = None) -> VerificationReport:
    """Check every statement and incident field of `summary` against `source_text`.

    `aliases` maps a canonical name to other names for it, for callers that know
    more entities than the article and the built-in table do.
    """
    idx = source_index(source_text)
    published = parse_published(summary.source.published)
    groups = _alias_groups(aliases)
    items: list[CheckedItem] = []
    for i, st in enumerate(summary.statements):
        items += _statement_items(idx, i, st, groups)
    for i, inc in enumerate(summary.incidents):
        items += _incident_items(idx, i, inc, published, groups)
    groups: dict[tuple[str, int], list[Status]] = {}
    for item in items:
        groups.setdefault((item.kind, item.index), []).append(item.status)
    return VerificationReport(source_id=summary.source.id, items=items, totals=_tally(groups.values()))


def verify_summary(summary: ArticleSummary, source: str, *, aliases: Mapping[str, Iterable[str]] | None = None) -> ArticleSummary:
    """A copy of `summary` with fresh evidence for every checked field, and totals."""
    report = verify(summary, source, aliases=aliases)
    evidence: dict[tuple[str, int], dict[str, Evidence]] = {}
    for item in report.items:
        evidence.setdefault((item.kind, item.index), {})[item.field] = item.evidence
    statements = [s.model_copy(update={"evidence": evidence.get(("statement", i), {})}) for i, s in enumerate(summary.statements)]
    incidents = [x.model_copy(update={"evidence": evidence.get(("incident", i), {})}) for i, x in enumerate(summary.incidents)]
    return summary.model_copy(update={"statements": statements, "incidents": incidents, "totals": report.totals})


def totals(summary: ArticleSummary) -> Totals:
    """Count items by their fields: grounded (all exact or normalised), flagged (found
    but fuzzy, not quoted or misattributed) or unsupported."""
    return _tally([e.status for e in item.evidence.values()] for item in [*summary.incidents, *summary.statements])


# --------------------------------------------------------------------------
# Checking saved output (the `verify` command)
# --------------------------------------------------------------------------


class VerifyInputError(SummarizerError):
    """A summary file or its sources cannot be checked. The message says which."""


def _summaries(summary_json: str) -> list[dict]:
    """The ArticleSummary objects of summarizer's JSON output: one object, or a report
    {"articles": [...], ...}. Evidence and totals are dropped: they are recomputed,
    and a hand edit may have left them stale."""
    try:
        data = json.loads(summary_json)
    except json.JSONDecodeError as e:
        raise VerifyInputError(f"not JSON: {e}") from None
    raw = data.get("articles") if isinstance(data, dict) and "articles" in data else data
    raw = raw if isinstance(raw, list) else [raw]
    if not all(isinstance(a, dict) and isinstance(a.get("source"), dict) for a in raw):
        raise VerifyInputError("expected an article summary or a report with 'articles', each with a 'source'")
    out = []
    for a in raw:
        a = {k: v for k, v in a.items() if k != "totals"}
        for key in ("statements", "incidents"):
            a[key] = [{k: v for k, v in item.items() if k != "evidence"} for item in a.get(key) or [] if isinstance(item, dict)]
        out.append(a)
    return out


def _source_text(source: dict, sources: Mapping[str, str]) -> str:
    """The article text for a summary's source, by id, path, file name or stem."""
    path = source.get("path") or ""
    keys = [source.get("id"), path, PurePath(path).name if path else None, PurePath(path).stem if path else None]
    for key in filter(None, keys):
        if key in sources:
            return sources[key]
    by_stem = {PurePath(k).stem: v for k, v in sources.items()}
    for key in filter(None, keys):
        if PurePath(key).stem in by_stem:
            return by_stem[PurePath(key).stem]
    raise VerifyInputError(f"no source text given for article '{source.get('id') or path}' (pass it with --source)")


def verify_file(summary_json: str, sources: Mapping[str, str], *, aliases: Mapping[str, Iterable[str]] | None = None) -> list[VerificationReport]:
    """Check summarizer's JSON output (possibly edited by hand) against article texts.

    `sources` maps an article id or path to its text; each summary is matched by
    its source id, path, file name or stem.
    """
    reports = []
    for raw in _summaries(summary_json):
        text = _source_text(raw["source"], sources)
        raw["source"] = {"sha256": "", "chars": len(text), **raw["source"]}
        try:
            summary = ArticleSummary.model_validate(raw)
        except ValidationError as e:
            raise VerifyInputError(f"article '{raw['source'].get('id')}': invalid summary: {e}") from None
        report = verify(summary, text, aliases=aliases)
        digest = _sha256(text)
        if summary.source.sha256 and summary.source.sha256 != digest:
            report.warnings.append("the source text differs from the one summarized (sha256 mismatch); spans refer to the text given")
        reports.append(report)
    return reports


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def reports_markdown(reports: list[VerificationReport]) -> str:
    """The reports as Markdown: per article, its totals and one line per check that needs a look."""
    parts = []
    for r in reports:
        t = r.totals
        lines = [f"## {r.source_id}", "", f"{t.grounded} grounded, {t.flagged} flagged, {t.unsupported} unsupported", ""]
        lines += [f"- warning: {w}" for w in r.warnings]
        for item in r.items:
            where = ", ".join(f"@{s.start}-{s.end}" for s in item.spans) or "-"
            score = f" ({item.score})" if item.score is not None else ""
            why = f": {'; '.join(item.reasons)}" if item.reasons and not item.status.grounded else ""
            lines.append(f"- {item.kind} {item.index} {item.field}: **{item.status.value}**{score} {where}{why}")
        parts.append("\n".join(lines) + "\n")
    return "\n".join(parts)
