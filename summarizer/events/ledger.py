"""The claim ledger: every source's version of every field of an event, the
conflicts between them, and the headline value chosen by a stated policy."""

from __future__ import annotations

import re
from collections import Counter
from urllib.parse import urlsplit

from ..names import name_key
from ..schema import COUNT_FIELDS, Count, Incident, Source, Span, Status
from ..verify import value_grounded
from ..verify.attribution import figure_sources
from ..verify.vocabulary import person_noun
from .entities import EntityIndex
from .models import Claim, Conflict, Headline, Policy

LEDGER_FIELDS = ("date", "time", "places", "perpetrator", "target", "claimed_by", "killed", "wounded", "sites")
# Fields whose distinct values are a disagreement worth flagging. Places are not:
# articles name different sites of one strike. Time is not: "00:15 local" and
# "12:15am Wednesday" are the same time in other words.
_CONFLICT_FIELDS = ("date", "perpetrator", "target", "claimed_by", "killed", "wounded", "sites")


def _evidence(inc: Incident, key: str) -> tuple[Span | None, Status | None]:
    ev = inc.evidence.get(key)
    if ev is None:
        return None, None
    return (ev.spans[0] if ev.spans else None), ev.status


def _claimer(count: Count, entities: EntityIndex) -> str | None:
    """The canonical name of the one source that gave a figure, so one source is one
    source across articles; None when nobody, or several sources, are named."""
    names = {name_key(entities.canonical(n)): entities.canonical(n) for n in figure_sources(count.reported_by)}
    return next(iter(names.values())) if len(names) == 1 else None


def _outlet(source: Source | None) -> str | None:
    """The outlet an article comes from: as the summary names it, else its URL's host."""
    if source is None:
        return None
    if source.outlet:
        return source.outlet
    host = urlsplit(source.url or "").hostname or ""
    return host.removeprefix("www.") or None


def _count_claim(count: Count, base: dict) -> Claim:
    """A figure as a claim: its value, and the lowest and highest it allows."""
    low = next((v for v in (count.exact, count.min, count.max) if v is not None), None)
    high = next((v for v in (count.exact, count.max, count.min) if v is not None), None)
    if count.exact is not None:
        value: int | str = count.exact
    elif low is None:
        value = "unquantified"
    elif count.max is None:
        value = f"{low}+"
    else:
        value = f"{low}-{high}" if low != high else low
    return Claim(value=value, low=low, high=high if count.max is not None or count.exact is not None else None,
                 words=count.words, claimed_by=count.reported_by, scope=count.scope or None, **base)


def _count_claims(count: Count, base: dict) -> list[Claim]:
    """One claim per figure. A figure given with a range besides it (exact, and min and
    max) says the article's own sources disagree ("12, said one; 16, said another"):
    each figure is a claim of its own, so the disagreement is surfaced like any other."""
    claim = _count_claim(count, base)
    if count.exact is None or count.min is None or count.max is None:
        return [claim]
    others = [n for n in dict.fromkeys((count.min, count.max)) if n != count.exact]
    return [claim, *(claim.model_copy(update={"value": n, "low": n, "high": n}) for n in others)]


# Heuristic: a count's scope says which part of the event it counts: a place ("in Iraq",
# "Hasakah province") or a group of people ("soldiers", "prison officers"). What is written
# there is often a note instead ("taken to hospital", "among them four children", "three of
# them seriously", "police: 3; hospital: 4"), and a note narrows nothing: such a figure
# counts the whole event, and is compared with the other figures for it. The scope is read
# up to its first comma, semicolon or bracket; what is left is a part when it names a place
# or a group by name (a capitalised word), or when one of its first words is a plural noun of
# people. It breaks on a lower-case place ("in the north of the city": a note) and on a
# group the noun list misses.
_SCOPE_CUT = re.compile(r"[;,(\[]|\s[\u2013\u2014-]\s|\s(?:who|whom|which|that|whose)\s")
_LOCATIVE = re.compile(r"(?:in|across|around|near|outside|inside|throughout)\s+", re.I)
_NUMBER_WORDS = frozenset(
    """one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen
    eighteen nineteen twenty thirty forty fifty hundred hundreds dozen dozens several many most all some both each
    few half""".split()
)
_NOTE_STARTS = frozenset("among including includes included of only still plus besides excluding not counting mostly mainly a an".split())
_SEVERITY = re.compile(r"(?:in\s+(?:a\s+)?)?(?:serious(?:ly)?|critical(?:ly)?|severe(?:ly)?|grave(?:ly)?)\b", re.I)
# a lower-case participle opening a note: "taken to hospital", "treated at ...", "being treated"
_PARTICIPLE = re.compile(r"[a-z]+(?:ed|en|ing)|flown|hurt|held|brought|sent|found|left|kept|shot|still")
# plural nouns for everyone a figure counts: they narrow nothing
_EVERYONE = frozenset("people persons victims casualties survivors patients dead injured wounded".split())
_COLLECTIVE = frozenset("children men women troops forces personnel police gendarmes carabinieri".split())


def _scope_phrase(scope: str | None) -> str | None:
    """The part of the event a scope names, as written; None for a note or nothing."""
    text = _SCOPE_CUT.split(scope or "", maxsplit=1)[0].strip(" .:'\"\u2018\u2019\u201c\u201d")
    label, colon, rest = text.partition(":")
    figure = rest.split()[:1]
    if colon and figure and (figure[0].isdigit() or figure[0].lower() in _NUMBER_WORDS):
        text = label  # "prison officers: 14 taken to hospital"; "police: 3" (a source, not a part) is dropped below
    text = re.sub(r"^(?:the|these|those)\s+", "", text.strip(), flags=re.I)
    words = text.split()
    if not words:
        return None
    if _SEVERITY.match(text):
        return "seriously"  # "16 seriously wounded", "four in critical condition": the worst hurt, a part of the wounded
    if _LOCATIVE.match(text):
        return text if any(w[:1].isupper() for w in words[1:]) else None  # "in hospital", "in all": notes
    first = words[0]
    if (first.lower() in _NOTE_STARTS or (_PARTICIPLE.fullmatch(first) and not _people(first))
            or any(ch.isdigit() for ch in text)
            or _NUMBER_WORDS.intersection(words)):
        return None  # "among them ...", "taken to hospital", "three of them seriously"
    # a group: up to its last plural noun of people among the first words, without what is
    # said of them ("villagers hurt by ...", "soldiers and civilians"); "members of X" is X's
    last = max((n for n, w in enumerate(words[:4]) if _people(w.lower())), default=None)
    if last is not None and words[last + 1 : last + 2] != ["of"]:
        return " ".join(words[: last + 1])
    # a name: "Hasakah province", "north-east Syria", "members of the Armed Forces" (a capital
    # further on is where a note goes: "survivors still in hospital in Sion")
    if any(w[:1].isupper() for w in words[:2]) or (last is not None and any(w[:1].isupper() for w in words)):
        return None if colon and len(words) == 1 and words[0].isupper() else text  # (an acronym before figures is their source)
    return None


def _people(word: str) -> bool:
    """A plural noun of people: "soldiers", "civilians", "policemen", "troops"."""
    if word in _COLLECTIVE:
        return True
    if word in _EVERYONE:
        return False
    if word.endswith("men"):
        return person_noun(word[:-3] + "man")
    return word.endswith("s") and (person_noun(word) or person_noun(word[:-1]) or person_noun(word[:-3] + "y"))


def scope_of(claim: Claim) -> str | None:
    """The part of the event a count claim covers, as written; None for the whole event."""
    return _scope_phrase(claim.scope)


def scope_key(claim: Claim) -> str:
    """Claims with one key count the same thing: "" for the whole event, else the
    scope's name key ("in Hasakah province" and "Hasakah province" are one)."""
    phrase = scope_of(claim)
    if not phrase:
        return ""
    return name_key(phrase[m.end() :] if (m := _LOCATIVE.match(phrase)) else phrase)


def by_scope(claims: list[Claim]) -> dict[str, list[Claim]]:
    """Count claims grouped by what they count, the whole event first."""
    groups: dict[str, list[Claim]] = {}
    for claim in sorted(claims, key=lambda c: scope_key(c) != ""):
        groups.setdefault(scope_key(claim), []).append(claim)
    return groups


def incident_claims(
    article_id: str, index: int, inc: Incident, entities: EntityIndex, source: Source | None = None
) -> dict[str, list[Claim]]:
    """One incident's claims, field by field, with their evidence spans and, from the
    article's `source`, when they were published and by which outlet."""

    def base(key: str) -> dict:
        span, status = _evidence(inc, key)
        return {"article_id": article_id, "incident": index, "span": span, "status": status,
                "published": source.published if source else None, "outlet": _outlet(source)}

    claims: dict[str, list[Claim]] = {}
    if inc.date and inc.date.value:
        claims["date"] = [Claim(value=inc.date.value, precision=inc.date.precision, words=inc.date.words, **base("date"))]
    if inc.time:
        claims["time"] = [Claim(value=inc.time, words=inc.time, **base("time"))]
    if inc.places:
        claims["places"] = [
            Claim(value=entities.canonical(p.name), words=p.name, **base(f"places[{j}]")) for j, p in enumerate(inc.places)
        ]
    for attr in ("perpetrator", "target", "claimed_by"):
        if value := getattr(inc, attr):
            claims[attr] = [Claim(value=entities.canonical(value), words=value, **base(attr))]
    for attr in COUNT_FIELDS:
        if count := getattr(inc, attr):
            # who gave the figure enters the ledger only as the verifier found it given
            sourced = value_grounded(inc.evidence, f"{attr}.reported_by")
            count = count if sourced else count.model_copy(update={"reported_by": None})
            claims[attr] = _count_claims(count, base(attr) | {"claimer": _claimer(count, entities)})
    return claims


def source_key(claim: Claim) -> str | None:
    """Who stands behind a figure: its claimer, else (when the article names nobody) its
    outlet; None when neither is known, and such a figure is nobody's to revise."""
    if claim.claimer:
        return "by " + name_key(claim.claimer)
    return "outlet " + name_key(claim.outlet) if claim.outlet else None


def revise(ledger: dict[str, list[Claim]]) -> dict[str, list[Claim]]:
    """The ledger with every count figure a later one of the same source replaces marked
    `revised`: a source that said 25 wounded and later 34 revised itself, it does not
    disagree with itself. Same source: the same claimer (canonical name), or, for
    figures nobody is named for, the same outlet (two updates of one wire story); for
    the same scope; published strictly later (ISO strings compare as times). Figures
    of unknown publication time revise nothing and are never revised, and neither are
    the several figures an article gives under one claimer line ("12, said one; 16,
    said another"): which of them is whose is not known. Flags already set are
    recomputed, so a ledger read back from a store is revised afresh."""
    out = dict(ledger)
    for name in COUNT_FIELDS:
        claims = ledger.get(name)
        if not claims:
            continue
        values: dict[tuple[str, int, str], set[int | str | None]] = {}
        for c in claims:
            values.setdefault((c.article_id, c.incident, scope_key(c)), set()).add(c.value)
        keys = [
            (source, scope_key(c))
            if (source := source_key(c)) and c.published and len(values[(c.article_id, c.incident, scope_key(c))]) == 1
            else None
            for c in claims
        ]
        by_source: dict[tuple[str, str], list[Claim]] = {}
        for c, k in zip(claims, keys, strict=True):
            if k is not None:
                by_source.setdefault(k, []).append(c)
        flags = [
            k is not None and any((d.published or "") > (c.published or "") and d.value != c.value for d in by_source[k])
            for c, k in zip(claims, keys, strict=True)
        ]
        out[name] = [c if c.revised == f else c.model_copy(update={"revised": f}) for c, f in zip(claims, flags, strict=True)]
    return out


def timeline(claims: list[Claim]) -> list[Claim]:
    """A field's claims in the order they were published, those of unknown time last;
    one article's figures keep their order."""
    return sorted(claims, key=lambda c: (c.published is None, c.published or ""))


def _comparable(field_name: str, claim: Claim) -> int | str | None:
    """The value two claims must share to agree; None when the claim cannot disagree
    (a date known only to the month does not contradict a day inside it). An open-ended
    figure is its lower bound: "at least 26" and "26" agree, "at least 30" and 37 do not."""
    if field_name == "date" and claim.precision != "day":
        return None
    if field_name in COUNT_FIELDS and claim.high is None and claim.low is not None:
        return claim.low  # "at least 26" cites the figure 26 gives: no disagreement with it
    return claim.value


def _parts_over_whole(groups: dict[str, list[Claim]]) -> list[list[Claim]]:
    """For each scope, its claims with the whole event's claims when a part exceeds the
    whole ("9 soldiers killed" against "4 killed" in all): no reading makes both true."""
    whole = groups.get("", [])
    highs = [c.high for c in whole if c.high is not None]
    if not highs:
        return []
    return [[*whole, *claims] for key, claims in groups.items()
            if key and any(c.low is not None and c.low > min(highs) for c in claims)]


def find_conflicts(ledger: dict[str, list[Claim]]) -> list[Conflict]:
    """Fields on which sources give different values. Counts are compared scope by
    scope: 16 killed in one province and 23 in another are two parts of the event,
    not a disagreement, unless a part exceeds the whole; a figure its own source
    revised (see `revise`) is left out."""
    conflicts = []
    for name in _CONFLICT_FIELDS:
        current = [c for c in ledger.get(name, []) if not c.revised]
        groups = by_scope(current) if name in COUNT_FIELDS else {"": current}
        for claims in [*groups.values(), *_parts_over_whole(groups)]:
            shown: dict[int | str, int | str] = {}  # each distinct figure, as its first claim gives it
            for c in claims:
                if (key := _comparable(name, c)) is not None and c.value is not None:
                    shown.setdefault(key, c.value)
            values = list(shown.values())
            if len(values) > 1:
                conflicts.append(Conflict(field=name, values=values, claims=claims, scope=scope_of(claims[0])))
    return conflicts


def _majority(claims: list[Claim]) -> Headline:
    """Most sources' value; ties go to the first article."""
    counts = Counter(c.value for c in claims)
    value, n = counts.most_common(1)[0]
    return Headline(value=value, basis=f"stated by {n} of {len(claims)} reports")


def _count_headline(claims: list[Claim], policy: Policy, published: dict[str, str]) -> Headline:
    """Counts follow the policy; the range of every figure reported is always kept.

    lowest (default, as ACLED codes fatalities): the lowest figure any source gives;
    highest: the highest (an open figure, "more than 40", as given: 40+); latest: the figure of the most recently published article
    (ties: the later one in input order)."""
    numbers = [(c, c.low) for c in claims if c.low is not None]
    if not numbers:
        return Headline(value="unquantified", basis=f"no figure in {len(claims)} report{'s' * (len(claims) != 1)}")
    low = min(n for _, n in numbers)
    high = max(c.high if c.high is not None else n for c, n in numbers)
    if policy == "lowest":
        value: int | str | None = low
    elif policy == "highest":
        top = max((c for c, _ in numbers), key=lambda c: c.high if c.high is not None else c.low or 0)
        value = top.value if top.high is None else high  # "more than 40" stays open: 40+, not 40
    else:
        order = {a: i for i, a in enumerate(published)}
        value = max((c for c, _ in numbers), key=lambda c: (published.get(c.article_id) or "", order.get(c.article_id, 0))).value
    return Headline(value=value, low=low, high=high, basis=f"{policy} of {len(numbers)} reported figure{'s' * (len(numbers) != 1)}")


def _scoped_headline(claims: list[Claim], policy: Policy, published: dict[str, str]) -> Headline:
    """The whole event's figure by the policy, when some source gives one; figures
    of parts (one place, one group) are never added up or played against it, so
    with none for the whole event each part's figure is given side by side."""
    groups = by_scope(claims)
    parts = {k: g for k, g in groups.items() if k}
    if "" in groups:
        head = _count_headline(groups[""], policy, published)
        if parts:
            shown = "; ".join(f"{g[0].scope}: {_count_headline(g, policy, published).value}" for g in parts.values())
            head = head.model_copy(update={"basis": f"{head.basis}; parts reported apart: {shown}"})
        return head
    if len(parts) == 1:
        [group] = parts.values()
        head = _count_headline(group, policy, published)
        return head.model_copy(update={"basis": f"{head.basis}, for {group[0].scope} only"})
    shown = "; ".join(f"{g[0].scope}: {_count_headline(g, policy, published).value}" for g in parts.values())
    return Headline(value="by part", basis=f"no figure for the whole event; parts reported apart (not added up): {shown}")


def headlines(ledger: dict[str, list[Claim]], policy: Policy, published: dict[str, str]) -> dict[str, Headline]:
    """Each field's headline. Counts are chosen among the figures their sources still
    give: one a later figure of the same source revised (see `revise`) is set aside."""
    out: dict[str, Headline] = {}
    for name, claims in ledger.items():
        if name in COUNT_FIELDS:
            head = _scoped_headline([c for c in claims if not c.revised], policy, published)
            if n := sum(c.revised for c in claims):
                head = head.model_copy(update={"basis": f"{head.basis}; {n} earlier figure{'s' * (n != 1)} revised by {'their' if n != 1 else 'its'} source"})
            out[name] = head
        elif name == "places":
            continue  # chosen by _build_event, which knows which names are countries
        elif name == "date":
            day_claims = [c for c in claims if c.precision == "day"] or claims
            out[name] = _majority(day_claims)
        else:
            out[name] = _majority(claims)
    return out

