"""Dating an undated article from the events it reports."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date, timedelta

from ..dates import resolve as resolve_date
from ..names import name_key
from ..schema import GENERIC_KINDS, ArticleSummary, Incident, kind_family
from ..verify import value_grounded, verify_summary
from .entities import EntityIndex
from .models import IncidentRef


def date_from_events(
    summaries: Sequence[ArticleSummary], groups: list[list[IncidentRef]], texts: dict[str, str] | None = None,
    entities: EntityIndex | None = None,
) -> list[ArticleSummary]:
    """Publication dates for undated articles, from the events they report.

    An article with no date of its own ("early Wednesday" strikes, a page-capture
    date ignored) whose incidents joined events that other articles date is taken
    as published on the earliest day, within the week after the latest of those
    events, on which all its date words mean those events' dates: read on
    2024-01-24, "early Wednesday" is the 24th and "on Tuesday" the 23rd. At least
    one of the incidents must be a main one. When its main incident joined nothing
    (too little in common to join an event undated), the main events other articles
    report of a kind it may be (its own family; either one generic: a small model
    answers "other" for strikes) that share a place or an actor with it are tried
    instead, and used when exactly one day fits its words. Its relative dates are
    then resolved against that day and, with `texts`, re-checked. Other articles are
    returned unchanged."""
    by_id = {s.source.id: s for s in summaries}
    constraints: dict[str, list[tuple[str, date, bool]]] = {}
    main_events: list[tuple[str, date, set[str]]] = []  # (kind family, day, names) of main events articles date
    for refs in groups:
        members = [(r, by_id[r.article_id].incidents[r.index]) for r in refs]
        days = [(inc, value) for _, inc in members if inc.date and inc.date.precision == "day" and len(value := inc.date.value or "") == 10]
        if not days:
            continue
        day = date.fromisoformat(Counter(value for _, value in days).most_common(1)[0][0])
        for inc, value in days:
            if inc.role == "main" and value == day.isoformat():
                main_events.append((kind_family(inc.kind), day, _names(inc, entities)))
        for ref, inc in members:
            if not by_id[ref.article_id].source.published and inc.date and inc.date.words and not inc.date.value:
                constraints.setdefault(ref.article_id, []).append((inc.date.words, day, inc.role == "main"))
    for s in summaries:
        if s.source.published or any(main for _, _, main in constraints.get(s.source.id, [])):
            continue
        for inc in s.incidents:
            if inc.role == "main" and inc.date and inc.date.words and not inc.date.value:
                family, names = kind_family(inc.kind), _names(inc, entities)
                fits = {d for f, d, known in main_events
                        if (f == family or {f, family} & GENERIC_KINDS) and names & known and _consistent_day([(inc.date.words, d, True)])}
                if len(fits) == 1:
                    constraints[s.source.id] = [(inc.date.words, fits.pop(), True)]
                    break
    out = []
    for s in summaries:
        found = constraints.get(s.source.id, [])
        published = _consistent_day(found) if any(main for _, _, main in found) else None
        if published is None:
            out.append(s)
            continue
        basis = "inferred: " + "; ".join(f"'{words}' read on {published} is {d}" for words, d, _ in found) + (
            ", the dates other articles give those events (the earliest day that fits)")
        incidents = [_redated(inc, published) for inc in s.incidents]
        source = s.source.model_copy(update={"published": published, "published_basis": basis})
        dated = s.model_copy(update={"source": source, "incidents": incidents})
        text = (texts or {}).get(s.source.id)
        out.append(verify_summary(dated, text) if text is not None else dated)  # checked against its new date
    return out


def _names(inc: Incident, entities: EntityIndex | None) -> set[str]:
    """The name keys of an incident's places and actors the verifier did not refute
    (of their canonical names, with `entities`: "US" and "United States" are one)."""
    values = [p.name for j, p in enumerate(inc.places) if value_grounded(inc.evidence, f"places[{j}]")]
    values += [v for f in ("perpetrator", "target") if (v := getattr(inc, f)) and value_grounded(inc.evidence, f)]
    return {k for v in values if (k := name_key(entities.canonical(v) if entities else v))}


def _consistent_day(constraints: list[tuple[str, date, bool]]) -> str | None:
    """The earliest publication day, in the week after the latest event, on which
    every (words, day) pair holds."""
    latest = max(d for _, d, _ in constraints)
    for offset in range(7):
        day = (latest + timedelta(days=offset)).isoformat()
        if all((meant := resolve_date(words, day)) and meant.value == d.isoformat() for words, d, _ in constraints):
            return day
    return None


def _redated(inc: Incident, published: str) -> Incident:
    """The incident with its relative date words resolved against `published`."""
    if not (inc.date and inc.date.words and not inc.date.value):
        return inc
    resolved = resolve_date(inc.date.words, published)
    if not resolved:
        return inc
    return inc.model_copy(update={"date": inc.date.model_copy(update={"value": resolved.value, "precision": resolved.precision})})

