"""Locating a quote in its article: exact, normalised, word by word, elided, or fuzzy.

A fuzzy match is *flagged*, never grounded: a changed word, an added "not" or a
changed number is exactly what a near match looks like, so the reason lists the
differing words.
"""

from __future__ import annotations

import bisect
import difflib
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from rapidfuzz import fuzz

from ..schema import Evidence, Span, Status
from ..text import WORD, SourceIndex, bracketed_words, fold, source_index

FUZZY_MIN = 90.0  # partial-ratio score below which a near match is not reported at all
_FUZZY_MAX_CHARS = 800  # longer quotes are not fuzzy-matched: the cost grows with the square
_FUZZY_MIN_WORDS = 3
_COMMON_WORD_CAP = 40  # a word seen more often than this does not vote for candidate windows
_ELLIPSIS = re.compile(r"\s*(?:\u2026|\.\s?\.\s?\.)\s*")
_ELLIPSIS_GAP = 400  # chars allowed between the pieces of an elided quote
_MAX_OCCURRENCES = 50
_OUTER_MARKS = "\"\u201c\u201d\u201e\u00ab\u00bb\u2018'"


@dataclass(frozen=True)
class Found:
    """The outcome of one check: a status, the spans that support it, and why."""

    status: Status
    spans: tuple[Span, ...] = ()
    score: float | None = None
    reasons: tuple[str, ...] = ()

    def evidence(self) -> Evidence:
        return Evidence(status=self.status, spans=list(self.spans), score=self.score, reasons=list(self.reasons))


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


def _occurrences(idx: SourceIndex, quote: str) -> Iterator[Span]:
    at, n = idx.text.find(quote), 0
    while at >= 0 and n < _MAX_OCCURRENCES:
        yield Span(start=at, end=at + len(quote))
        at, n = idx.text.find(quote, at + 1), n + 1


def find_exact(idx: SourceIndex, quote: str) -> Span | None:
    return _prefer_quoted(idx, _occurrences(idx, quote))


def other_quoted(idx: SourceIndex, found: Found) -> list[Found]:
    """The other places inside quotation marks where the words of a quote found in one
    piece stand word for word: a short phrase quoted twice ("a “fairytale” wedding" in the
    headline, then in a guest's words) is attributed where its speaker is named. The same
    words in other case or punctuation count too, found as `normalized`."""
    if len(found.spans) != 1 or found.status is not Status.exact:
        return []
    span = found.spans[0]
    words = idx.text[span.start : span.end]
    exact = [Found(Status.exact, (other,)) for other in _occurrences(idx, words) if other != span and idx.inside_quotes(other)]
    # (or in other case or punctuation: a headline's "He always found ..." is "but he always
    # found ..." in the body)
    cased = [Found(Status.normalized, (other,), reasons=("the same words, in other case or punctuation, quoted where their speaker is named",))
             for other in word_occurrences(idx, words) if idx.text[other.start : other.end] != words and idx.inside_quotes(other)]
    return exact + cased + _shortened(idx, span) + _reopened(idx, span)


# A headline quotes its speaker shortened: "«Under the water it was black, I did not know
# which way was the sky»" over "Under the water it was black, completely black. I did not
# know which way was the sky." Heuristic: the cut falls at a comma, semicolon, colon or dash,
# and each piece keeps at least this many words, so short common phrases do not match by chance.
_SHORTENED_PIECE_WORDS = 3
_CLAUSE_CUT = re.compile(r"\s*[,;:\u2013\u2014]\s*|\s+-\s+")


def _shortened(idx: SourceIndex, span: Span) -> list[Found]:
    """The one quotation elsewhere that holds the words at `span`, cut at their clause
    punctuation, piece by piece in order: the fuller words a headline shortened."""
    pieces = [p for p in _CLAUSE_CUT.split(idx.text[span.start : span.end]) if len(WORD.findall(p)) >= _SHORTENED_PIECE_WORDS]
    if len(pieces) < 2:
        return []
    elsewhere = _in_order(idx, pieces, lambda first: not span.start <= first.start < span.end and idx.inside_quotes(first),
                          lambda spans, nxt: idx.inside_quotes(Span(start=spans[0].start, end=nxt.end)))
    return [Found(Status.normalized, spans, reasons=("the words shortened from a quotation where their speaker is named",)) for spans in elsewhere]


# A headline quotes its speaker with its first word made its own: a subject added or named
# otherwise ("‘I thought I was going to die on the pavement’" over "Honestly thought I was
# going to die on the pavement", "‘HE WAS JUST OUT FOR A DANCE’" over "Darragh was just out
# for a dance"). Heuristic: the words after the first must be this many, so a short common
# phrase does not match by chance.
_REOPENED_WORDS = 5


def _reopened(idx: SourceIndex, span: Span) -> list[Found]:
    """The quotations elsewhere that hold, word for word, the words at `span` after its first."""
    words = WORD.findall(idx.text[span.start : span.end])
    if len(words) <= _REOPENED_WORDS:
        return []
    return [Found(Status.normalized, (other,), reasons=("the words, but their first, quoted where their speaker is named",))
            for other in word_occurrences(idx, " ".join(words[1:])) if not span.start <= other.start < span.end and idx.inside_quotes(other)]


def find_normalized(idx: SourceIndex, quote: str) -> Span | None:
    needle = fold(quote)
    hay = idx.norm.text

    def occurrences():
        at, n = hay.find(needle), 0
        while at >= 0 and n < _MAX_OCCURRENCES:
            yield idx.norm.span(at, at + len(needle))
            at, n = hay.find(needle, at + 1), n + 1

    return _prefer_quoted(idx, occurrences()) if needle else None


def word_occurrences(idx: SourceIndex, quote: str, after: int = 0) -> list[Span]:
    """Where the quote's words occur in a row, brackets dropped and bracketed words
    kept or dropped on either side, starting at or after char `after`."""
    words = bracketed_words(quote)
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


def _in_order(idx: SourceIndex, pieces: list[str], first_ok: Callable[[Span], bool],
              next_ok: Callable[[list[Span], Span], bool]) -> Iterator[tuple[Span, ...]]:
    """The pieces found one after another: from each occurrence of the first that `first_ok`
    takes, each next piece at its first occurrence after the last, if `next_ok` takes it."""
    for first in word_occurrences(idx, pieces[0])[:_MAX_OCCURRENCES]:
        if not first_ok(first):
            continue
        spans = [first]
        for piece in pieces[1:]:
            nxt = next(iter(word_occurrences(idx, piece, spans[-1].end)), None)
            if nxt is None or not next_ok(spans, nxt):
                break
            spans.append(nxt)
        else:
            yield tuple(spans)


def _elided(idx: SourceIndex, quote: str) -> tuple[Span, ...] | None:
    """Spans of a quote's pieces around '…' or '...', found in order and close together."""
    pieces = [p for p in _ELLIPSIS.split(quote) if WORD.search(p)]
    if len(pieces) < 2:
        return None
    return next(_in_order(idx, pieces, lambda first: True, lambda spans, nxt: nxt.start - spans[-1].end <= _ELLIPSIS_GAP), None)


def _differences(quote: str, found: str) -> list[str]:
    """The words that differ between a quote and the article text it nearly matches."""
    a = [w.casefold() for w in WORD.findall(quote)]
    b = [w.casefold() for w in WORD.findall(found)]
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


def _fuzzy(idx: SourceIndex, quote: str) -> Found | None:
    """The best near match of a quote, searched only in a few windows where its words
    cluster, so repetitive or long articles cannot make it slow."""
    qn = fold(quote)
    words = [w for w, _, _, _ in bracketed_words(quote)]
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
    return Found(Status.fuzzy, (span,), round(best[0], 1), (f"differs from the article: {'; '.join(diffs)}",))


def locate(idx: SourceIndex, quote: str) -> Found:
    """Find a quote: exact, then normalised, then by words, then with elisions, then fuzzy."""
    if not quote.strip():
        return Found(Status.unsupported, reasons=("empty quote",))
    for candidate in dict.fromkeys([quote, quote.strip(), _unquoted(quote)]):
        if candidate and (span := find_exact(idx, candidate)):
            return Found(Status.exact, (span,))
    q = _unquoted(quote) or quote.strip()
    if span := find_normalized(idx, q):
        return Found(Status.normalized, (span,), reasons=("matches after folding quotation marks, dashes, case and whitespace",))
    if span := _prefer_quoted(idx, word_occurrences(idx, q)):
        return Found(Status.normalized, (span,), reasons=("same words as the article (punctuation and editorial brackets aside)",))
    if spans := _elided(idx, q):
        return Found(Status.normalized, spans, reasons=(f"matches with elisions: {len(spans)} pieces found in order",))
    near = _fuzzy(idx, _ELLIPSIS.sub(" ", q))
    if near is not None:
        return near
    return Found(Status.unsupported, reasons=("quote not found in the article",))


def ground_quote(source: str, quote: str) -> Evidence:
    """Find `quote` in `source`: exact, normalised, word by word, elided, or fuzzy (flagged).
    The per-source index (normalised text included) is cached, so repeated calls on
    one article share it."""
    return locate(source_index(source), quote).evidence()

