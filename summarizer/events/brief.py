"""The event brief: two or three plain sentences composed from an event's ledger by
templates, never by a model, so that each clause can be traced to the claims it
rests on. Only grounded claims enter it (see `Claim.grounded`), never a figure its
own source revised; where grounded claims disagree, the brief says so in words.

Sentences are lists of clauses; a clause is a run of parts, each part's claims cited
right after its text (a renderer decides how: "[id]", a link, a footnote mark).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from ..dates import parse_published
from ..schema import ArticleSummary
from ..verify import value_grounded
from .ledger import by_scope, scope_key, scope_of, source_key
from .models import Claim, Event


@dataclass(frozen=True)
class Part:
    text: str
    claims: tuple[Claim, ...] = ()


@dataclass(frozen=True)
class Clause:
    parts: tuple[Part, ...]

    @property
    def text(self) -> str:
        return "".join(p.text for p in self.parts)

    @property
    def claims(self) -> tuple[Claim, ...]:
        return tuple(c for p in self.parts for c in p.claims)


Sentence = list[Clause]

# How each kind is said: its noun phrase, and the verb for what it did to a target.
# A kind not listed here (or "other", or one no article's sentence has a word for)
# is said neutrally: "An incident involving ... was reported in ...".
_KIND_WORDS: dict[str, tuple[str, str]] = {
    "air strike": ("an air strike", "hit"),
    "drone strike": ("a drone strike", "hit"),
    "drone attack": ("a drone attack", "hit"),
    "missile attack": ("a missile attack", "hit"),
    "rocket attack": ("a rocket attack", "hit"),
    "shelling": ("shelling", "hit"),
    "bombing": ("a bombing", "hit"),
    "shooting": ("a shooting", "targeted"),
    "raid": ("a raid", "targeted"),
    "accident": ("an accident", "involved"),
}
_COUNT_WORDS = {"killed": "killed", "wounded": "wounded", "sites": "sites hit"}
_COUNT_NOUNS = {"killed": "the number killed", "wounded": "the number wounded", "sites": "the number of sites hit"}
# Heuristic: an article's words for a figure are shown as written when they are a
# qualifier and the figure alone ("more than 40", "at least 1,200"); anything longer
# ("38 bodies", "two fighters and a child") is shown as its value.
_QUALIFIED = re.compile(
    r"(?:at least|more than|over|nearly|almost|about|around|some|up to|fewer than|less than|as many as)\s+[\d,]+", re.I
)


def format_day(value: str | None, precision: str | None = "day", short: bool = False) -> str | None:
    """An ISO date as a reader says it: '24 January 2024' (short: '24 Jan 2024'),
    'January 2024' for a month, '2024' for a year; None when it is no date."""
    if not value:
        return None
    try:
        day = parse_published(value)
    except ValueError:
        return None
    if day is None:
        return None
    month = f"{day:%b}" if short else f"{day:%B}"
    if precision == "year" or len(value) == 4:
        return str(day.year)
    if precision == "month" or len(value) == 7:
        return f"{month} {day.year}"
    return f"{'the week of ' if precision == 'week' else ''}{day.day} {month} {day.year}"


def figure(claim: Claim) -> str | None:
    """A count claim as a reader says it: the article's own words for an open or
    approximate figure ("more than 40"), else "34", "at least 38", "2 to 4"; None
    when it gives no number."""
    if claim.low is None:
        return None
    if claim.words and _QUALIFIED.fullmatch(claim.words.strip()):
        stated = [int(n.replace(",", "")) for n in re.findall(r"\d[\d,]*", claim.words)]
        if stated == [claim.low]:
            return claim.words.strip()
    if claim.high is None:
        return f"at least {claim.low}"
    return str(claim.low) if claim.high == claim.low else f"{claim.low} to {claim.high}"


def _usable(event: Event, field: str) -> list[Claim]:
    """The claims the brief may use: grounded, and not revised by their own source."""
    return [c for c in event.ledger.get(field, []) if c.grounded and not c.revised]


def _by_value(claims: Iterable[Claim]) -> dict[str, list[Claim]]:
    """Claims grouped by value, the most claimed first, then first seen."""
    groups: dict[str, list[Claim]] = {}
    for c in claims:
        groups.setdefault(str(c.value), []).append(c)
    return dict(sorted(groups.items(), key=lambda kv: -len(kv[1])))


def _and(names: list[str]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def _kind(event: Event, articles: Mapping[str, ArticleSummary] | None) -> str | None:
    """The kind most of the event's incidents give and some sentence has a word for;
    None when no incident's kind is known to the templates or grounded."""
    if not articles:
        return None
    kinds = Counter(
        inc.kind
        for ref in event.incidents
        if ref.article_id in articles
        and (inc := articles[ref.article_id].incidents[ref.index]).kind in _KIND_WORDS
        and value_grounded(inc.evidence, "kind")
    )
    return kinds.most_common(1)[0][0] if kinds else None


def _attested(claim: Claim, texts: Mapping[str, str]) -> bool:
    """Whether the brief may name who gave a figure: the ledger names a claimer only
    where the verifier found the figure given as theirs, or where nothing checked it
    (given by hand); such an unchecked claimer is named only when its article's text
    names it (case aside)."""
    if not claim.claimer:
        return False
    text = texts.get(claim.article_id)
    if text is None:
        return claim.status is None
    return claim.claimer.casefold() in " ".join(text.split()).casefold()


def _named(claims: list[Claim], texts: Mapping[str, str]) -> list[str]:
    """The claimers the brief may name for these claims (see `_attested`)."""
    return list(dict.fromkeys(c.claimer for c in claims if c.claimer and _attested(c, texts)))


def _value(claim: Claim) -> str | None:
    return str(claim.value)


def _one_or_disagreement(
    claims: list[Claim], noun: str, say: Callable[[Claim], str | None] = _value
) -> tuple[tuple[str, list[Claim]] | None, Clause | None]:
    """The single value of usable claims (said by `say`) with the claims giving it, or
    a clause saying they disagree ("sources disagree on the date: ...")."""
    groups = _by_value(claims)
    if len(groups) == 1:
        [(value, same)] = groups.items()
        return (say(same[0]) or value, same), None
    if not groups:
        return None, None
    parts: list[Part] = [Part(f"sources disagree on {noun}: ")]
    for n, same in enumerate(groups.values()):
        parts.append(Part(("" if n == 0 else ", ") + (say(same[0]) or str(same[0].value)), tuple(same)))
    return None, Clause(tuple(parts))


def _date(event: Event) -> tuple[tuple[str, list[Claim]] | None, Clause | None]:
    """The event's grounded date. Days disagree; a month or year a day falls in does
    not, and is used only when no source gives the day."""
    claims = _usable(event, "date")
    days = [c for c in claims if c.precision == "day"]
    if not days:
        coarse = _by_value(claims)
        if not coarse:
            return None, None
        first = next(iter(coarse.values()))
        said = format_day(str(first[0].value), first[0].precision)
        return ((f"in {said}", first) if said else None), None
    value, clause = _one_or_disagreement(days, "the date", lambda c: format_day(str(c.value)))
    return ((f"on {value[0]}", value[1]) if value else None), clause


def _what(event: Event, articles: Mapping[str, ArticleSummary] | None) -> Sentence:
    """What happened, by whom, to whom, where and when, as far as grounded claims say."""
    kind = _kind(event, articles)
    perpetrator, who_clause = _one_or_disagreement(_usable(event, "perpetrator"), "who carried it out")
    target, whom_clause = _one_or_disagreement(_usable(event, "target"), "who or what was attacked")
    places = [(v, cs) for v, cs in _by_value(_usable(event, "places")).items()]
    order = {p: i for i, p in enumerate(event.places)}
    places.sort(key=lambda vc: order.get(vc[0], len(order)))
    when, date_clause = _date(event)
    cited: list[Claim] = []
    if kind:
        noun, verb = _KIND_WORDS[kind]
        text = noun
        if perpetrator:
            text += f" by {perpetrator[0]}"
            cited += perpetrator[1]
        if target:
            text += f" {verb} {target[0]}"
            cited += target[1]
        else:
            text += " was reported"
    else:
        involved = [x for x in (perpetrator, target) if x]
        text = "an incident" + (f" involving {_and([x[0] for x in involved])}" if involved else "") + " was reported"
        cited += [c for x in involved for c in x[1]]
        if not (involved or places or when):
            text = ""
    if places:
        shown = [v for v, _ in places[:2]]  # the two most reported: a brief, not the list below
        text += f" in {', '.join(shown)}"
        cited += [c for _, cs in places[:2] for c in cs]
    if when:
        text += f" {when[0]}"
        cited += when[1]
    sentence = [Clause((Part(text, tuple(cited)),))] if text else []
    return sentence + [c for c in (date_clause, who_clause, whom_clause) if c]


def _figures(event: Event, texts: Mapping[str, str]) -> Sentence:
    """The grounded casualty and damage figures, scope by scope; disagreement in words."""
    clauses = []
    for field, words in _COUNT_WORDS.items():
        for claims in by_scope([c for c in _usable(event, field) if c.low is not None]).values():
            scope = f" ({part} only)" if (part := scope_of(claims[0])) else ""
            groups = _by_value(claims)
            if len(groups) > 1:
                parts = [Part(f"sources disagree on {_COUNT_NOUNS[field]}{scope}: ")]
                for n, group in enumerate(groups.values()):
                    by = _named(group, texts)
                    parts.append(Part(("" if n == 0 else ", ") + f"{figure(group[0])}" + (f" ({_and(by)})" if by else ""),
                                      tuple(group)))
                clauses.append(Clause(tuple(parts)))
                continue
            [group] = groups.values()
            named = _named(group, texts)
            verb = "were" if field == "sites" or group[0].high != 1 else "was"
            noun, _, done = words.rpartition(" ")  # "sites hit": "3 sites were reported hit"
            said = (f"{_and(named)} reported {figure(group[0])} {words}" if named
                    else f"{figure(group[0])} {noun + ' ' if noun else ''}{verb} reported {done}")
            clauses.append(Clause((Part(said + scope, tuple(group)),)))
    return clauses


def _revisions(event: Event, texts: Mapping[str, str]) -> Sentence:
    """Grounded figures their own source later changed: "X revised its figure for the
    killed from 38 to 41"."""
    clauses = []
    for field, words in _COUNT_WORDS.items():
        claims = [c for c in event.ledger.get(field, []) if c.grounded]
        for old in (c for c in claims if c.revised):
            newer = [c for c in claims if not c.revised and source_key(c) == source_key(old)
                     and scope_key(c) == scope_key(old) and (c.published or "") > (old.published or "")]
            if not newer or figure(old) is None:
                continue
            new = max(newer, key=lambda c: c.published or "")
            who = old.claimer if _attested(old, texts) and _attested(new, texts) else ("a source" if old.claimer else old.outlet)
            clauses.append(Clause((
                Part(f"{who} revised its figure for the {words} from {figure(old)}", (old,)),
                Part(f" to {figure(new)}", (new,)),
            )))
    return clauses


def event_brief(
    event: Event, articles: Mapping[str, ArticleSummary] | None = None, texts: Mapping[str, str] | None = None
) -> list[Sentence]:
    """Two or three sentences: what happened (kind, actors, place, date), the figures,
    and what sources revised. `articles` (id -> summary) says which kinds are grounded;
    `texts` (id -> text) which claimers may be named. Empty when nothing is grounded."""
    texts = texts or {}
    sentences = [_what(event, articles), _figures(event, texts), _revisions(event, texts)]
    return [s for s in sentences if s]
