"""What a reader is told about trust: the status marks after values and quotes, what
an event's header may show plainly, and the characters no output may carry."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping

from ..events import Claim, Event
from ..events.brief import Sentence, figure, format_day
from ..events.ledger import by_scope, scope_of, timeline
from ..schema import COUNT_FIELDS, ArticleSummary, Evidence, Status
from ..verify import value_grounded

_MARK = {
    Status.exact: "✓",
    Status.normalized: "✓",
    Status.fuzzy: "≈",
    Status.unsupported: "✗ unsupported",
    Status.not_quoted: "⚠ not quoted in the article",
    Status.contradicted: "⚠ attributed to someone else in the article",
    Status.unattributed: "⚠ speaker not found near the quote",
    Status.wrong_type: "⚠ wrong type",
    Status.unresolved: "? unresolved",
}
# Marks for an incident's values: nothing when grounded, else what is wrong with it.
_VALUE_MARK = {
    Status.fuzzy: "≈ near match only",
    Status.unsupported: "✗ unsupported",
    Status.not_quoted: "⚠ not quoted",
    Status.contradicted: "⚠ the article says otherwise",
    Status.unattributed: "⚠ unattributed",
    Status.wrong_type: "⚠ wrong type",
    Status.unresolved: "? not derivable from the article",
}
_UNCHECKED = "(not checked)"


def _value_mark(evidence: Mapping[str, Evidence], field: str) -> str:
    """' ✗ unsupported' (and so on) after a value the verifier did not ground;
    nothing after a grounded one. An incident with no evidence at all (built by hand)
    shows its values plainly; a field the verifier does not check says so."""
    if not evidence:
        return ""
    ev = evidence.get(field)
    if ev is None:
        return f" {_UNCHECKED}"
    return "" if ev.status.grounded else f" {_VALUE_MARK[ev.status]}"


# Characters that hide or reorder text, or that a terminal or viewer may act on:
# C0/C1 controls but tab and newline, bidi controls, zero-width characters, BOMs.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")


def _flag(statuses) -> str:
    """A mark for claims the verifier could not ground: a reader sees at once what
    not to trust. Nothing when any version is grounded or nothing was checked."""
    statuses = [s for s in statuses if s is not None]
    if not statuses or any(s.grounded for s in statuses):
        return ""
    if Status.unsupported in statuses:
        return " ✗ unsupported"
    if Status.contradicted in statuses:
        return " ⚠ the article says otherwise"
    if Status.wrong_type in statuses:
        return " ⚠ wrong type"
    return " ⚠ unverified"


def _trusted(claims: list[Claim]) -> bool:
    """Whether a value may be shown plainly: some source grounds it, or nothing was checked."""
    return any(c.grounded for c in claims)


def _header_places(event: Event) -> list[str]:
    """The event's places a source grounds as places (or that nothing checked)."""
    claims = event.ledger.get("places", [])
    if not claims:
        return event.places
    return [p for p in event.places if _trusted([c for c in claims if str(c.value) == p])]


def _header_kind(event: Event, by_id: Mapping[str, ArticleSummary] | None) -> str:
    """The event's kind, marked when no incident's own sentence has a word for it."""
    if not by_id or event.kind == "other":
        return event.kind
    evidence = [by_id[r.article_id].incidents[r.index].evidence for r in event.incidents if r.article_id in by_id]
    if not evidence or any(value_grounded(e, "kind") for e in evidence):
        return event.kind
    return f"{event.kind} (kind unverified)"


def _brief(sentences: list[Sentence], cite: Callable[[Iterable[str]], str], escape: Callable[[str], str]) -> str:
    """A brief's sentences as text: each part escaped, its claims' articles cited after it."""
    out = []
    for sentence in sentences:
        text = "; ".join(
            "".join(escape(p.text) + (f" {cite(c.article_id for c in p.claims)}" if p.claims else "") for p in clause.parts)
            for clause in sentence
        )
        out.append(text[:1].upper() + text[1:] + ".")
    return " ".join(out)


def _when_published(claim: Claim, year: str) -> str:
    """'28 Jan' (the year only when it is not the event's), with the time when known; 'undated'."""
    day = format_day(claim.published, short=True) if claim.published else None
    if day is None:
        return "undated"
    day = day.removesuffix(f" {year}") if year else day
    time = claim.published[11:16] if claim.published and len(claim.published) > 11 else ""
    return f"{day} {time}".strip()


def _timelines(event: Event, name: str) -> list[tuple[str | None, list[tuple[str, Claim]]]]:
    """A count field's figures in the order they were published, scope by scope, for the
    scopes whose figures changed over time: (scope, [(label, claim)]), each
    label "34 (29 Jan, who)" or "25 (28 Jan, who, revised)"."""
    if name not in COUNT_FIELDS:
        return []
    year = (event.date or "")[:4]
    out = []
    for claims in by_scope(event.ledger.get(name, [])).values():
        if len({c.published for c in claims}) < 2 or len({c.value for c in claims}) < 2:
            continue
        entries = []
        for c in timeline(claims):
            said = ", ".join(filter(None, [_when_published(c, year), c.claimer or c.outlet, "revised" if c.revised else None]))
            entries.append((f"{figure(c) or c.value} ({said})", c))
        out.append((scope_of(claims[0]), entries))
    return out
