"""What a reader is told about trust: the status marks after values and quotes, what
an event's header may show plainly, and the characters no output may carry."""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..events import Claim, Event
from ..schema import ArticleSummary, Evidence, Status

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
    return any(c.status is None or c.status.grounded for c in claims)


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
    checked = [e["kind"] for e in evidence if "kind" in e]
    if not checked or any(e.status.grounded for e in checked) or any(e and "kind" not in e for e in evidence):
        return event.kind
    return f"{event.kind} (kind unverified)"
