"""The verification report: every checked field of a summary, and the totals a reader sees."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Literal

from pydantic import BaseModel, Field

from ..dates import parse_published
from ..names import AliasGroups, alias_groups
from ..schema import COUNT_FIELDS, ArticleSummary, Evidence, Incident, Span, Statement, Status, Totals
from ..text import SourceIndex, fold, source_index
from .attribution import source_check, speaker_check
from .facts import count_check, date_check, name_check
from .incident import description_check, kind_check, only_in_directives, own_sentences, role_check, same_sides
from .places import occurrences, place_check
from .quotes import Found, locate, other_quoted

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


# What `--strict` refuses: everything that is not grounded. Only typography (quotation
# marks, apostrophes, dashes, case, whitespace), editorial brackets and marked
# elisions count as `normalized`; a fuzzy match is a changed word, so it fails too.
STRICT_FAILURES = frozenset(s for s in Status if not s.grounded)


class VerificationReport(BaseModel):
    """Every check made on one summary, and how many items a reader can trust."""

    source_id: str | None = None
    items: list[CheckedItem] = Field(default_factory=list)
    totals: Totals = Field(default_factory=Totals)
    warnings: list[str] = Field(default_factory=list)

    @property
    def failed_strict(self) -> bool:
        return any(item.status in STRICT_FAILURES for item in self.items)


def _item(kind: Literal["statement", "incident"], index: int, field: str, found: Found) -> CheckedItem:
    return CheckedItem(kind=kind, index=index, field=field, status=found.status, reasons=list(found.reasons),
                       spans=list(found.spans), score=found.score)


def _statement_items(idx: SourceIndex, i: int, st: Statement, groups: AliasGroups) -> list[CheckedItem]:
    quote = locate(idx, st.quote)
    speaker = speaker_check(idx, st, quote, groups)
    if not speaker.status.grounded:
        # (the same words quoted again, where the article names this speaker for them)
        for other in other_quoted(idx, quote):
            if (again := speaker_check(idx, st, other, groups)).status.grounded:
                quote, speaker = other, again
                break
    return [_item("statement", i, "quote", quote), _item("statement", i, "speaker", speaker)]


def _context(idx: SourceIndex, sentences: list[int]) -> list[int]:
    """The incident's sentences and their neighbours: where its facts must be stated
    when its description is the article's own sentence (news gives the figures and
    the place in the next sentence as often as in the same one)."""
    return sorted({j for k in sentences for j in (k - 1, k, k + 1) if 0 <= j < len(idx.sent_starts)})


def _outside(idx: SourceIndex, found: Found, context: list[int], value: str, spans: list[Span]) -> Found:
    """`found` unless the value is named only outside the incident's context: then it is
    the article's, but not this incident's, and not grounded."""
    if not context or not found.status.grounded or not spans:
        return found
    if any(idx.sentence_of(s.start) in context for s in spans):
        return found
    k = idx.sentence_of(spans[0].start)
    shown = " ".join(idx.text[slice(*idx.sentence_span(k))].split())[:100]
    return Found(Status.unsupported, (spans[0],), reasons=(
        f"'{value}' is in the article, but not in or next to the incident's sentence (it is in '{shown}')",))


def _date_spans(idx: SourceIndex, words: str) -> list[Span]:
    needle = fold(words)
    hay = idx.norm.text
    out: list[Span] = []
    at = hay.find(needle) if needle else -1
    while at >= 0 and len(out) < 50:
        out.append(idx.norm.span(at, at + len(needle)))
        at = hay.find(needle, at + 1)
    return out


def _incident_items(idx: SourceIndex, i: int, inc: Incident, published: date | None, groups: AliasGroups) -> list[CheckedItem]:
    description = description_check(idx, inc.description) if inc.description.strip() else None
    sentences = own_sentences(idx, description) if description else []
    context = _context(idx, sentences)
    checks: list[tuple[str, Found | None]] = [("description", description), ("kind", kind_check(idx, inc.kind, sentences))]
    if inc.date:
        found = date_check(idx, inc.date, published)
        if found is not None and inc.date.words:
            found = _outside(idx, found, context, inc.date.words, _date_spans(idx, inc.date.words) or list(found.spans))
        checks.append(("date", found))
    for p, place in enumerate(inc.places):
        if place.name.strip():
            found = name_check(idx, place.name, groups)
            if found.status.grounded or found.status is Status.fuzzy:
                found = place_check(idx, place.name, found)
            found = _outside(idx, found, context, place.name, occurrences(idx, place.name) or list(found.spans))
            checks.append((f"places[{p}]", found))
    same = same_sides(inc)
    for field in ("perpetrator", "target", "claimed_by"):
        if (value := getattr(inc, field)) and value.strip():
            found = name_check(idx, value, groups)
            if found.status.grounded:
                found = role_check(idx, field, value, groups, context, found)
            if same and field != "claimed_by":
                other = "target" if field == "perpetrator" else "perpetrator"
                found = Found(Status.contradicted, found.spans, reasons=(*found.reasons, f"the same entity is given as the {other}"))
            checks.append((field, found))
    for field in COUNT_FIELDS:
        if (count := getattr(inc, field)) is not None:
            found = count_check(idx, count, field, context)
            if found is not None:
                found = _outside(idx, found, context, f"{field} {count.exact if count.exact is not None else count.words or ''}".strip(), list(found.spans))
            checks.append((field, found))
            if found is not None and count.reported_by and count.reported_by.strip():
                checks.append((f"{field}.reported_by", source_check(idx, found, count.reported_by, groups)))
    return [_item("incident", i, field, only_in_directives(idx, found)) for field, found in checks if found is not None]


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
    groups = alias_groups(aliases)
    items: list[CheckedItem] = []
    for i, st in enumerate(summary.statements):
        items += _statement_items(idx, i, st, groups)
    for i, inc in enumerate(summary.incidents):
        items += _incident_items(idx, i, inc, published, groups)
    by_item: dict[tuple[str, int], list[Status]] = {}
    for item in items:
        by_item.setdefault((item.kind, item.index), []).append(item.status)
    return VerificationReport(source_id=summary.source.id, items=items, totals=_tally(by_item.values()))


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
    items: list[Incident | Statement] = [*summary.incidents, *summary.statements]
    return _tally([e.status for e in item.evidence.values()] for item in items)




# Fields without which an incident is not the article's: dropped whole under --strict.
_INCIDENT_CORE = ("description", "kind")
_OPTIONAL_VALUES = ("date", "perpetrator", "target", "claimed_by", "killed", "wounded", "sites")


def value_grounded(evidence: Mapping[str, Evidence], field: str) -> bool:
    """Whether an item's value may be used as fact: grounded, or never checked (no
    evidence for it: given by hand, as gold annotations are)."""
    ev = evidence.get(field)
    return ev is None or ev.status.grounded


def grounded_only(summary: ArticleSummary) -> ArticleSummary:
    """What `--strict` keeps: statements whose every field is grounded; incidents whose
    description and kind are grounded, with every other value that is not grounded
    removed (places one by one). Statement links are re-pointed at the kept incidents."""
    kept_at: dict[int, int] = {}
    incidents: list[Incident] = []
    for i, inc in enumerate(summary.incidents):
        ev = inc.evidence
        if not all(value_grounded(ev, f) for f in _INCIDENT_CORE):
            continue
        update: dict = {f: None for f in _OPTIONAL_VALUES if not value_grounded(ev, f)}
        places = [(j, p) for j, p in enumerate(inc.places) if value_grounded(ev, f"places[{j}]")]
        update["places"] = [p for _, p in places]
        evidence = {k: e for k, e in ev.items() if e.status.grounded and not k.startswith("places[")}
        evidence |= {f"places[{n}]": ev[f"places[{j}]"] for n, (j, _) in enumerate(places) if f"places[{j}]" in ev}
        update["evidence"] = evidence
        kept_at[i] = len(incidents)
        incidents.append(inc.model_copy(update=update))
    statements = [
        s.model_copy(update={"incident": kept_at.get(s.incident) if s.incident is not None else None})
        for s in summary.statements
        if s.status.grounded
    ]
    kept = summary.model_copy(update={"statements": statements, "incidents": incidents})
    return kept.model_copy(update={"totals": totals(kept)})
