"""Markdown: one article's brief, the event report, and the verifier's reports."""

from __future__ import annotations

from collections.abc import Mapping

from ..events import Claim, Event, EventReport
from ..events.brief import event_brief
from ..events.ledger import scope_of
from ..schema import ArticleSummary, Count, Evidence, Incident, Statement
from ..verify import VerificationReport
from .marks import (
    _MARK,
    _UNSAFE,
    _VALUE_MARK,
    _brief,
    _flag,
    _header_kind,
    _header_places,
    _timelines,
    _trusted,
    _value_mark,
)


def safe_markdown(text: str) -> str:
    """Markdown in which article and model text can only be text: no HTML tag
    can open (`<` becomes `&lt;`; renderers pass raw HTML through, so a quoted
    `<script>` or `<img onerror=...>` would run), and no control, bidi or
    zero-width character can hide or reorder what a reader sees. Our own
    Markdown uses neither."""
    return _UNSAFE.sub("", text).replace("<", "&lt;")


def _cite(summary: ArticleSummary, evidence: Evidence | None) -> str:
    if evidence is None or not evidence.spans:
        return f"[{summary.source.id}]"
    span = evidence.spans[0]
    return f"[{summary.source.id} @{span.start}-{span.end}]"


def _count(c: Count | None, source_mark: str = "") -> str | None:
    if c is None:
        return None
    if c.exact is not None:
        value = str(c.exact)
    elif c.min is not None or c.max is not None:
        value = f"{c.min if c.min is not None else '?'}–{c.max if c.max is not None else '?'}"
    else:
        value = "unquantified"
    extra = [f'"{c.words}"' if c.words else None, f"per {c.reported_by}{source_mark}" if c.reported_by else None]
    return " ".join([value, *filter(None, extra)])


def _incident_md(summary: ArticleSummary, i: int, inc: Incident) -> list[str]:
    ev = inc.evidence
    when = inc.date.value if inc.date and inc.date.value else "date unknown"
    if inc.date and inc.date.words:
        when += f' ("{inc.date.words}")'
    if inc.date:
        when += _value_mark(ev, "date")
    if inc.time:
        when += f", {inc.time}" + _value_mark(ev, "time")
    where = "; ".join(p.name + (f", {p.country}" if p.country else "") + _value_mark(ev, f"places[{j}]")
                      for j, p in enumerate(inc.places)) or "place not given"
    kind = inc.kind + (_value_mark(ev, "kind") if inc.kind != "other" else "")
    lines = [f"### {i + 1}. {kind} — {when} — {where}" + ("" if inc.role == "main" else " (background)"), "",
             inc.description + _value_mark(ev, "description"), ""]
    facts = {
        "By": ("perpetrator", inc.perpetrator),
        "Against": ("target", inc.target),
        "Weapons": ("weapons", ", ".join(inc.weapons) or None),
        "Killed": ("killed", _count(inc.killed, _value_mark(ev, "killed.reported_by"))),
        "Wounded": ("wounded", _count(inc.wounded, _value_mark(ev, "wounded.reported_by"))),
        "Sites hit": ("sites", _count(inc.sites, _value_mark(ev, "sites.reported_by"))),
        "Claimed by": ("claimed_by", inc.claimed_by),
    }
    lines += [f"- **{k}:** {v}{_value_mark(ev, field)}" for k, (field, v) in facts.items() if v]
    flagged = [f"{name}: {'; '.join(e.reasons) or _VALUE_MARK[e.status]}" for name, e in ev.items() if not e.status.grounded]
    if flagged:
        lines.append("- **Check:**")
        lines += [f"  - {line}" for line in flagged]
    lines.append(f"- Source: {_cite(summary, None)}")
    return lines + [""]


def _statement_md(summary: ArticleSummary, st: Statement) -> list[str]:
    who = st.speaker + (f" ({st.role})" if st.role else "")
    evidence = st.evidence.get("quote")
    status = st.status
    quote = st.quote if st.kind != "paraphrase" else f"(paraphrase) {st.quote}"
    line = f"- **{who}**{' via ' + st.channel if st.channel else ''}: “{quote}” {_cite(summary, evidence)} {_MARK[status]}"
    reasons = [r for e in st.evidence.values() if not e.status.grounded for r in e.reasons]
    return [line] + [f"  - {r}" for r in reasons]


def _source_line(summary: ArticleSummary, name: str) -> str:
    """Where an article came from, when it was published and why that date, how well it checked."""
    s, t = summary.source, summary.totals
    meta = [name]
    if s.published:
        meta.append(f"published {s.published}" + (f" ({s.published_basis})" if s.published_basis else ""))
    meta.append(f"checked: {t.grounded} grounded, {t.flagged} flagged, {t.unsupported} unsupported")
    return " · ".join(meta)


def article_markdown(summary: ArticleSummary) -> str:
    s = summary.source
    title = s.title or s.id
    head = [f"## {title}", ""]
    head += [_source_line(summary, f"source `{s.path or s.id}`"), ""]
    body = ["### Incidents", ""] if summary.incidents else ["_No incidents extracted._", ""]
    for i, inc in enumerate(summary.incidents):
        body += _incident_md(summary, i, inc)
    body += ["### Statements", ""] if summary.statements else ["_No statements extracted._"]
    for st in summary.statements:
        body += _statement_md(summary, st)
    if summary.run:
        r = summary.run
        body += ["", f"_Model {r.model} ({r.mode}), prompt {r.prompt}@{r.prompt_sha256[:8]}, "
                 f"{r.usage.total_tokens} tokens, {r.http_calls} call(s)"
                 + (f", replayed from {r.replayed_from}" if r.replayed_from else "") + "._"]
    return safe_markdown("\n".join(head + body) + "\n")


def _refs(article_ids) -> str:
    return "".join(f"[{a}]" for a in dict.fromkeys(article_ids))


def _claim_md(claim: Claim) -> str:
    said = f" per {claim.claimed_by}" if claim.claimed_by else ""
    words = f' ("{claim.words}")' if claim.words and str(claim.words) != str(claim.value) else ""
    part = f" for {scope}" if (scope := scope_of(claim)) else ""
    revised = " (revised by its source later)" if claim.revised else ""
    return f"{claim.value}{part}{words}{said}{revised} [{claim.article_id}]{_flag([claim.status])}"


def _timeline_md(event: Event, name: str) -> list[str]:
    """Sub-lines with how a figure evolved: '25 (28 Jan, X, revised) [a] → 34 (29 Jan, X) [b]'."""
    return [
        f"  - over time{f' ({scope})' if scope else ''}: "
        + " → ".join(f"{label} [{c.article_id}]{_flag([c.status])}" for label, c in entries)
        for scope, entries in _timelines(event, name)
    ]


def _field_md(event: Event, name: str) -> str | None:
    """One ledger field: the headline with its sources, or every version when they conflict."""
    claims = event.ledger.get(name)
    if not claims:
        return None
    head = event.headline[name]
    conflict = next((c for c in event.conflicts if c.field == name), None)
    if conflict:
        shown = f"{head.value}" + (f" (reported {head.low}–{head.high})" if head.high != head.low else "")
        return f"{shown}, {head.basis}. ⚠ Sources disagree: " + "; ".join(_claim_md(c) for c in claims)
    by_value: dict[str, list[Claim]] = {}
    for c in claims:
        by_value.setdefault(str(c.value), []).append(c)
    return "; ".join(
        f"{value}{' (revised by its source later)' if all(c.revised for c in cs) else ''} "
        f"{_refs(c.article_id for c in cs)}{_flag(c.status for c in cs)}"
        for value, cs in by_value.items()
    )


def _who_md(event: Event) -> str | None:
    """Who against whom, each name marked when no source grounds it in that role."""
    def names(field: str) -> list[str]:
        by_value: dict[str, list[Claim]] = {}
        for c in event.ledger.get(field, []):
            by_value.setdefault(str(c.value), []).append(c)
        return [v + _flag(c.status for c in cs) for v, cs in by_value.items()]

    perpetrators, targets, claimants = names("perpetrator"), names("target"), names("claimed_by")
    if not (perpetrators or targets):
        return None
    who = f"{', '.join(perpetrators) or 'unknown'} against {', '.join(targets) or 'unknown'}"
    return who + (f"; claimed by {', '.join(claimants)}" if claimants else "")


def _quotes_md(event: Event, limit: int = 4) -> list[str]:
    """The quotes most carried across articles, whole sentences first."""
    ranked = sorted(event.statements, key=lambda s: (-len(s.sources), s.kind != "direct"))
    lines = [
        f"  - **{st.speaker}:** “{st.quote.strip().rstrip(',')}” {_refs(r.article_id for r in st.sources)}"
        f"{_flag(r.status for r in st.sources)}"
        for st in ranked[:limit]
    ]
    if len(ranked) > limit:
        lines.append(f"  - _{len(ranked) - limit} more in the json report_")
    return lines


def _event_md(
    event: Event, by_id: Mapping[str, ArticleSummary] | None = None, texts: Mapping[str, str] | None = None
) -> list[str]:
    places = _header_places(event)
    where = ", ".join(places) or ("place not given" if not event.places else "place not verified")
    if event.countries and event.countries != event.places:
        where += f" ({', '.join(event.countries)})"
    when = event.date or "date unknown"
    if event.date and not _trusted([c for c in event.ledger.get("date", []) if str(c.value) == event.date]):
        when += " (date unverified)"
    lines = [f"## {when} · {_header_kind(event, by_id)} · {where}", ""]
    if brief := _brief(event_brief(event, by_id, texts), _refs, str):
        lines += [brief, ""]
    lines += [f"`{event.id}` {event.description} {_refs(event.sources)}", ""]
    facts = {"When": _field_md(event, "date"), "Time": _field_md(event, "time"), "Where": _field_md(event, "places")}
    facts["Who"] = _who_md(event)
    lines += [f"- **{k}:** {v}" for k, v in facts.items() if v]
    for name, label in (("killed", "Killed"), ("wounded", "Wounded"), ("sites", "Sites hit")):
        if shown := _field_md(event, name):
            lines += [f"- **{label}:** {shown}", *_timeline_md(event, name)]
    if event.statements:
        lines += ["- **Quotes:**", *_quotes_md(event)]
    return lines + [""]


def report_markdown(report: EventReport, texts: Mapping[str, str] | None = None) -> str:
    """A brief to scan in a minute: each event's what, when, where, who, casualties
    (every version when sources disagree, with who said what) and key quotes, each line
    citing its articles. Events an article only mentions as background come last, shorter."""
    main = [e for e in report.events if e.role == "main"]
    context = [e for e in report.events if e.role == "context"]
    lines = [
        f"# {len(report.events)} events in {len(report.articles)} articles",
        "",
        f"Casualty figures: the {report.policy} reported figure, with the range of all reports.",
        "",
    ]
    by_id = {a.source.id: a for a in report.articles}
    for event in main:
        lines += _event_md(event, by_id, texts)
    if context:
        lines += ["## Background events", ""]
        for e in context:
            extra = "".join(f" {k.capitalize()}: {v}." for k in ("killed", "wounded") if (v := _field_md(e, k)))
            lines.append(f"- {e.date or 'date unknown'} · {e.kind} · {', '.join(e.places) or 'place not given'}: "
                         f"{e.description} {_refs(e.sources)}.{extra}")
        lines.append("")
    if report.statements:
        lines += ["## Other statements", ""] + [
            f"- **{st.speaker}:** “{st.quote}” {_refs(r.article_id for r in st.sources)}" for st in report.statements
        ] + [""]
    lines += ["## Sources", ""] + [f"- {_source_line(a, f'`{a.source.id}`')}" for a in report.articles] + [""]
    if report.failures:
        lines += ["## Failed", ""] + [f"- `{f.source}`: {f.kind}: {f.message}" for f in report.failures] + [""]
    return safe_markdown("\n".join(lines))


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
