"""The event report: incidents grouped, ledgers kept, statements merged."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

from ..schema import GENERIC_KINDS, ArticleSummary, Statement
from ..text import normalize
from .dating import date_from_events
from .entities import EntityIndex
from .grouping import group_incidents
from .lean import lean
from .ledger import LEDGER_FIELDS, find_conflicts, headlines, incident_claims, revise
from .models import (
    POLICIES,
    Actors,
    Claim,
    Event,
    EventReport,
    Headline,
    IncidentRef,
    MergedStatement,
    Policy,
    ReportFailure,
    StatementRef,
)

# Statements
# --------------------------------------------------------------------------


def _quote_key(quote: str) -> str:
    """Same words: normalised, with trailing punctuation dropped (quotes cut mid-sentence end in a comma)."""
    return normalize(quote).text.strip(" ,.;:")


def merge_statements(
    items: Iterable[tuple[str, int, Statement]], entities: EntityIndex
) -> list[MergedStatement]:
    """(article id, index, statement) triples merged by speaker and words."""
    merged: dict[tuple[str, str], MergedStatement] = {}
    for article_id, index, st in items:
        speaker = entities.canonical(st.speaker_canonical or st.speaker)
        ev = st.evidence.get("quote")
        ref = lean(StatementRef(
            article_id=article_id,
            index=index,
            speaker_as_written=st.speaker,
            span=ev.spans[0] if ev and ev.spans else None,
            status=st.status if st.evidence else None,
        ))
        key = (speaker, _quote_key(st.quote))
        if key in merged:
            merged[key].sources.append(ref)
        else:
            merged[key] = lean(MergedStatement(speaker=speaker, quote=st.quote, kind=st.kind, sources=[ref]))
    return list(merged.values())


def _statement_event(summary: ArticleSummary, st: Statement, event_of: dict[tuple[str, int], int]) -> int | None:
    """The event a statement is about: its incident's, else its article's first main
    incident's (models often leave `incident` empty on an article about one strike)."""
    aid = summary.source.id
    if st.incident is not None and (aid, st.incident) in event_of:
        return event_of[(aid, st.incident)]
    main = next((i for i, inc in enumerate(summary.incidents) if inc.role == "main"), None)
    return event_of.get((aid, main)) if main is not None else None


# --------------------------------------------------------------------------
# The report
# --------------------------------------------------------------------------


def _slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _ordered(values: Iterable[str]) -> list[str]:
    """Most frequent first, then first seen."""
    counts = Counter(values)
    return sorted(counts, key=lambda v: -counts[v])


def _build_event(
    refs: list[IncidentRef],
    by_id: dict[str, ArticleSummary],
    order: dict[str, int],
    entities: EntityIndex,
    policy: Policy,
    published: dict[str, str],
) -> Event:
    """One event from its incidents; `order` is each article's place in the input, which orders its sources."""
    ledger: dict[str, list[Claim]] = {}
    for ref in sorted(refs, key=lambda r: (order[r.article_id], r.index)):
        inc = by_id[ref.article_id].incidents[ref.index]
        for name, claims in incident_claims(ref.article_id, ref.index, inc, entities, by_id[ref.article_id].source).items():
            ledger.setdefault(name, []).extend(claims)
    ledger = revise({name: ledger[name] for name in LEDGER_FIELDS if name in ledger})
    heads = headlines(ledger, policy, published)
    incidents = [by_id[r.article_id].incidents[r.index] for r in refs]
    main = [i for i in incidents if i.role == "main"]
    date_claims = ledger.get("date", [])
    when = heads["date"].value if "date" in heads else None
    precision = next((c.precision for c in date_claims if c.value == when), None)
    named = _ordered(str(c.value) for c in ledger.get("places", []))
    # Grouped by family, named by the kind most reports give: a factory blast stays a
    # bombing or an accident, not the family's "air strike".
    kinds = _ordered(i.kind for i in incidents)
    specific = [k for k in kinds if k not in GENERIC_KINDS] or kinds
    countries = _ordered(entities.canonical(p.country) for i in incidents for p in i.places if p.country)
    places = [p for p in named if p not in countries] or named
    if places:
        heads["places"] = Headline(value=places, basis="every place named, most reported first; a country only when no place in it is")
    conflicts = find_conflicts(ledger)
    for part in [*refs, *heads.values(), *conflicts, *(c for claims in ledger.values() for c in claims)]:
        lean(part)
    return Event(
        id="",
        kind=specific[0],
        role="main" if main else "context",
        date=str(when) if when else None,
        precision=precision,
        places=places,
        countries=countries,
        actors=Actors(**{a: _ordered(str(c.value) for c in ledger.get(a, [])) for a in ("perpetrator", "target", "claimed_by")}),
        description=(main or incidents)[0].description,
        incidents=refs,
        ledger=ledger,
        headline=heads,
        conflicts=conflicts,
        statements=[],
        sources=list(dict.fromkeys(r.article_id for r in sorted(refs, key=lambda r: order[r.article_id]))),
    )


def _event_id(event: Event, taken: set[str], tried: dict[str, int]) -> str:
    """Date, kind and place, with -2, -3, ... for the second, third, ... event they
    name. `tried` keeps the last number given for each base, so the numbers below it,
    all taken already, are not tried again."""
    where = event.places[0] if event.places else ""
    base = "-".join(filter(None, [event.date or "undated", _slug(event.kind), _slug(where)]))
    ident, n = base, tried.get(base, 2)
    while ident in taken:
        ident, n = f"{base}-{n}", n + 1
    tried[base] = n
    taken.add(ident)
    return ident
def build_report(
    summaries: Sequence[ArticleSummary],
    texts: dict[str, str] | None = None,
    policy: Policy = "lowest",
    failures: Sequence = (),
    alias_file: str | Path | None = None,
) -> EventReport:
    """Every article's summary in one picture: events with claim ledgers and merged
    statements. `texts` (article id -> text) adds alias introductions and mention spans;
    `failures` are the pipeline's failures (anything with source, kind and message)."""
    if policy not in POLICIES:
        raise ValueError(f"unknown headline policy {policy!r}; choose one of {', '.join(POLICIES)}")
    entities = EntityIndex.build(summaries, texts, alias_file)
    groups = group_incidents(summaries, entities, texts)
    if any(not s.source.published for s in summaries):
        redated = date_from_events(summaries, groups, texts, entities)
        if any(a is not b for a, b in zip(redated, summaries, strict=True)):  # an article was dated
            summaries, groups = redated, group_incidents(redated, entities, texts)
    by_id = {s.source.id: s for s in summaries}
    published = {s.source.id: s.source.published or "" for s in summaries}
    order = {article_id: n for n, article_id in enumerate(by_id)}
    events = [_build_event(refs, by_id, order, entities, policy, published) for refs in groups]
    event_of = {(r.article_id, r.index): n for n, e in enumerate(events) for r in e.incidents}
    grouped: dict[int | None, list[tuple[str, int, Statement]]] = {}
    for s in summaries:
        for i, st in enumerate(s.statements):
            grouped.setdefault(_statement_event(s, st, event_of), []).append((s.source.id, i, st))
    for n, event in enumerate(events):
        event.statements = merge_statements(grouped.get(n, []), entities)
    events.sort(key=lambda e: (e.role != "main", -len(e.sources), e.date or "9999"))
    taken: set[str] = set()
    tried: dict[str, int] = {}
    for event in events:
        event.id = _event_id(event, taken, tried)
        lean(event)
    return EventReport(
        policy=policy,
        events=events,
        articles=list(summaries),
        entities=entities.entities,
        statements=merge_statements(grouped.get(None, []), entities),
        failures=[ReportFailure(source=f.source, kind=f.kind, message=f.message) for f in failures],
    )
