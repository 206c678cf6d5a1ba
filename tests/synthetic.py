"""Synthetic article sets of any size, for the events benchmark and its tests.

Copies of the project's dev corpus (tests/data/corpus/dev), its gold annotations
turned into summaries as `summarizer eval --extractions gold` does. Copy 0 is the
corpus itself; copy k is dated k years later and has every name varied (a suffix
of consonants added to each word of its places, actors and speakers, in the
summaries and in the texts alike, spans moved to match), so each copy reports
events of its own and groups exactly as the corpus does.

Why whole years: day, month and year dates keep what they share (a day stays in
its month), so no copy groups differently from the corpus; the corpus has no 29
February to lose. Country names stay as they are, as in a real feed, where one
country is named by thousands of events.
"""

from __future__ import annotations

import bisect
import hashlib
import itertools
import json
import re
from collections.abc import Callable, Iterator
from datetime import date
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel

from summarizer.evaluate import gold_extractions
from summarizer.ingest import Article, iter_inputs
from summarizer.names import NAME_PARTICLES, ORG_WORDS, PLACE_DESCRIPTORS, PORTFOLIO_WORDS, TITLE_MODIFIERS, is_title_word
from summarizer.schema import ArticleSummary, DateValue, Source, Span

CORPUS = Path(__file__).parent / "data" / "corpus"
# Consonants only, so a suffixed name never matches another copy's by a vowel
# changed or dropped (names.same_spelling); no h, w or y, which names treat as
# near-vowels or drop at a word's end.
_LETTERS = "bcdfgjklmnpqrstvxz"
_LETTER = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1 << 16)
def _suffix(word: str, k: int) -> str:
    """Copy k's letters for `word`: never a letter twice in a row, nor the word's own
    last letter first (doubled letters are one in a name key, "Bello" is "Belo")."""
    upper = word.isupper()
    previous = word[-1].lower()
    out = []
    while True:
        k, digit = divmod(k, len(_LETTERS) - 1)
        choices = [c for c in _LETTERS if c != previous]
        previous = choices[digit]
        out.append(previous)
        if not k:
            break
        k -= 1  # bijective numbering: "b" and "bc" are different copies
    text = "".join(out)
    return text.upper() if upper else text


def _name_words(gold: dict, texts: dict[str, str]) -> set[str]:
    """The capitalised words of the gold's names that name something: not a country's,
    not a title or a generic word of names ("State", "Force"), and, heuristically, not
    a word the articles also write in lower case ("Police", "Air")."""
    names: set[str] = set()
    for name, aliases in gold["entities"].items():
        names |= {name, *aliases}
    for event in gold["events"].values():
        names |= {*event.get("places", []), event.get("actor") or "", event.get("target") or ""}
    for article in gold["articles"].values():
        for inc in article["incidents"]:
            names |= {*inc.get("places", []), inc.get("claimed_by") or ""}
        for st in article["statements"]:
            names |= {st["speaker"], st.get("speaker_as_written") or ""}
    countries = {w for e in gold["events"].values() for w in _LETTER.findall(e.get("country", ""))}
    lower = {w for text in texts.values() for w in _LETTER.findall(text) if w.islower()}
    generic = ORG_WORDS | PLACE_DESCRIPTORS | TITLE_MODIFIERS | PORTFOLIO_WORDS | NAME_PARTICLES
    words = {w for name in names for w in _LETTER.findall(name) if w[0].isupper() and len(w) > 1}
    return {
        w for w in words
        if w not in countries and w.lower() not in lower and w.casefold() not in generic and not is_title_word(w)
    }


class _Template:
    """A string with its name words marked, so any copy's version is a join."""

    def __init__(self, text: str, names: frozenset[str]) -> None:
        self.parts: list[str] = []  # the text cut right after each name word
        self.words: list[str] = []  # the name word ending each part but the last
        self.ends: list[int] = []  # where each of them ends in `text`
        last = 0
        for m in _LETTER.finditer(text):
            if m.group() in names:
                self.parts.append(text[last : m.end()])
                self.words.append(m.group())
                self.ends.append(m.end())
                last = m.end()
        self.parts.append(text[last:])
        self._last: tuple[int, tuple[str, list[int]]] = (-1, ("", []))

    def render(self, k: int) -> str:
        return self._copy(k)[0]

    def offset(self, at: int, k: int) -> int:
        """Where `at` is in copy k: a span that ended at a name's end ends after its
        suffix; one that began there (the "'s" of "Kaduna's") begins after it."""
        n = bisect.bisect_right(self.ends, at)
        return at + (self._copy(k)[1][n - 1] if n else 0)

    def _copy(self, k: int) -> tuple[str, list[int]]:
        """Copy k's text, and the letters added up to each name word's end (the last copy asked is kept)."""
        if self._last[0] != k:
            suffixes = [_suffix(w, k) for w in self.words]
            out = [self.parts[0]]
            for suffix, part in zip(suffixes, self.parts[1:], strict=True):
                out += (suffix, part)
            self._last = (k, ("".join(out), list(itertools.accumulate(map(len, suffixes)))))
        return self._last[1]


Plan = Callable[[int], object] | None  # copy k's version of a value; None: the same in every copy


def _later(value: str, years: int) -> str:
    """An ISO date, year-month or year, `years` later."""
    year = int(value[:4]) + years
    if year > date.max.year:
        raise ValueError(f"{value} cannot be moved {years} years later")
    return f"{year:04d}{value[4:]}"


def _plan(value, text: _Template, names: frozenset[str], article_id: str) -> Plan:
    """How a summary (or any part of one) changes from copy to copy: names renamed,
    dates later, spans moved, the source pointing at the copy's text. Worked out
    once per corpus article, so a copy costs only what changes. Validation is not
    re-run, as in `gold.py`, whose careful reader may list more places than a model may."""
    if type(value) is str:  # not an enum's value
        template = _Template(value, names)
        return template.render if template.words else None
    if isinstance(value, Span):
        span = value
        return lambda k: Span.model_construct(start=text.offset(span.start, k), end=text.offset(span.end, k))
    if isinstance(value, list):
        items = [_plan(v, text, names, article_id) for v in value]
        if not any(items):
            return None
        return lambda k: [p(k) if p else v for p, v in zip(items, value, strict=True)]
    if isinstance(value, dict):
        entries = {key: _plan(v, text, names, article_id) for key, v in value.items()}
        if not any(entries.values()):
            return None
        return lambda k: {key: p(k) if (p := entries[key]) else v for key, v in value.items()}
    if not isinstance(value, BaseModel):
        return None
    fields = {name: _within(type(value), name, p)
              for name in type(value).model_fields if (p := _plan(getattr(value, name), text, names, article_id))}
    if isinstance(value, Source):
        published = value.published
        fields["id"] = lambda k: f"{article_id}.c{k}"
        fields["published"] = lambda k: _later(published, k) if published else None
        fields["sha256"] = lambda k: hashlib.sha256(text.render(k).encode()).hexdigest()
        fields["chars"] = lambda k: len(text.render(k))
    if isinstance(value, DateValue) and (day := value.value):
        fields["value"] = lambda k: _later(day, k)
    if not fields:
        return None
    model = value
    return lambda k: model.model_copy(update={name: p(k) for name, p in fields.items()})


def _within(model: type[BaseModel], name: str, plan: Plan) -> Plan:
    """A renamed text clipped to its field's bound, as `gold.py` clips a long gold note
    ("…"): a longer name in a copy must not make a summary the schema refuses."""
    bound = next((m.max_length for m in model.model_fields[name].metadata if isinstance(getattr(m, "max_length", None), int)), None)
    if bound is None:
        return plan
    return lambda k: v[: bound - 1] + "\u2026" if isinstance(v := plan(k), str) and len(v) > bound else v


@lru_cache(maxsize=1)
def corpus() -> tuple[list[tuple[ArticleSummary, str, Plan, _Template]], frozenset[str]]:
    """The dev corpus as gold extractions, each with its text, how it changes from copy
    to copy, and its text's template; and the words of its names."""
    gold = json.loads((CORPUS / "dev.gold.json").read_text(encoding="utf-8"))
    read = list(iter_inputs([str(CORPUS / "dev" / f"{a}.txt") for a in sorted(gold["articles"])]))
    articles = [a for a in read if isinstance(a, Article)]
    if len(articles) != len(read):
        raise ValueError(f"unreadable corpus article: {next(a for a in read if not isinstance(a, Article))}")
    texts = {a.id: a.text for a in articles}
    names = frozenset(_name_words(gold, texts))
    out = []
    for summary in gold_extractions(gold, articles):
        text = _Template(texts[summary.source.id], names)
        out.append((summary, texts[summary.source.id], _plan(summary, text, names, summary.source.id), text))
    return out, names


def copy_of_corpus(k: int) -> tuple[list[ArticleSummary], dict[str, str]]:
    """Copy k of the corpus (copy 0 is the corpus itself): summaries and texts."""
    articles, _ = corpus()
    if k == 0:
        return [s for s, *_ in articles], {s.source.id: text for s, text, *_ in articles}
    summaries = [plan(k) if plan else summary for summary, _, plan, _ in articles]
    return summaries, {s.source.id: template.render(k) for s, (*_, template) in zip(summaries, articles, strict=True)}


def synthetic(n: int) -> tuple[list[ArticleSummary], dict[str, str]]:
    """The first `n` articles of as many copies of the corpus as that takes, copy by copy."""
    summaries: list[ArticleSummary] = []
    texts: dict[str, str] = {}
    for batch, batch_texts in synthetic_batches(n, n):
        summaries += batch
        texts.update(batch_texts)
    return summaries, texts


def synthetic_batches(n: int, size: int, start: int = 0) -> Iterator[tuple[list[ArticleSummary], dict[str, str]]]:
    """Articles `start` to `n` of `synthetic(n)`, `size` at a time, each copy made when
    it is reached: a store is fed without every article in memory at once."""
    summaries: list[ArticleSummary] = []
    texts: dict[str, str] = {}
    per_copy = len(corpus()[0])
    k, at = divmod(start, per_copy)
    done = start
    while done < n:
        more, more_texts = copy_of_corpus(k)
        for s in more[at : at + n - done]:
            summaries.append(s)
            texts[s.source.id] = more_texts[s.source.id]
            done += 1
            if len(summaries) == size or done == n:
                yield summaries, texts
                summaries, texts = [], {}
        k, at = k + 1, 0
