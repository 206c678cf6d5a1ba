"""Output formats. Pure: summaries in, text out."""

from __future__ import annotations

import json
from collections.abc import Sequence

from .schema import ArticleSummary, Count, Evidence, Incident, Statement, Status

_MARK = {
    Status.exact: "✓",
    Status.normalized: "✓",
    Status.fuzzy: "≈",
    Status.unsupported: "✗ unsupported",
    Status.not_quoted: "⚠ not quoted in the article",
    Status.contradicted: "⚠ attributed to someone else in the article",
    Status.unattributed: "⚠ speaker not found near the quote",
}


def to_json(summaries: Sequence[ArticleSummary], failures: Sequence = ()) -> str:
    """One article: its ArticleSummary. Several, or any failure: a report object."""
    if len(summaries) == 1 and not failures:
        return summaries[0].model_dump_json(indent=2)
    report = {
        "articles": [s.model_dump(mode="json") for s in summaries],
        "failures": [{"source": f.source, "kind": f.kind, "message": f.message} for f in failures],
    }
    return json.dumps(report, indent=2, ensure_ascii=False)


def _cite(summary: ArticleSummary, evidence: Evidence | None) -> str:
    if evidence is None or not evidence.spans:
        return f"[{summary.source.id}]"
    span = evidence.spans[0]
    return f"[{summary.source.id} @{span.start}-{span.end}]"


def _count(c: Count | None) -> str | None:
    if c is None:
        return None
    if c.exact is not None:
        value = str(c.exact)
    elif c.min is not None or c.max is not None:
        value = f"{c.min if c.min is not None else '?'}–{c.max if c.max is not None else '?'}"
    else:
        value = "unquantified"
    extra = [f'"{c.words}"' if c.words else None, f"per {c.reported_by}" if c.reported_by else None]
    return " ".join([value, *filter(None, extra)])


def _incident_md(summary: ArticleSummary, i: int, inc: Incident) -> list[str]:
    when = inc.date.value if inc.date and inc.date.value else "date unknown"
    if inc.date and inc.date.words:
        when += f' ("{inc.date.words}")'
    if inc.time:
        when += f", {inc.time}"
    where = "; ".join(p.name + (f", {p.country}" if p.country else "") for p in inc.places) or "place not given"
    lines = [f"### {i + 1}. {inc.kind} — {when} — {where}" + ("" if inc.role == "main" else " (background)"), "", inc.description, ""]
    facts = {
        "By": inc.perpetrator,
        "Against": inc.target,
        "Weapons": ", ".join(inc.weapons) or None,
        "Killed": _count(inc.killed),
        "Wounded": _count(inc.wounded),
        "Claimed by": inc.claimed_by,
    }
    lines += [f"- **{k}:** {v}" for k, v in facts.items() if v]
    flagged = [f"{name}: {_MARK[e.status]}" for name, e in inc.evidence.items() if not e.status.grounded]
    if flagged:
        lines.append(f"- **Check:** {'; '.join(flagged)}")
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


def article_markdown(summary: ArticleSummary) -> str:
    s = summary.source
    title = s.title or s.id
    head = [f"## {title}", ""]
    meta = [f"source `{s.path or s.id}`"]
    if s.published:
        meta.append(f"published {s.published}" + (f" ({s.published_basis})" if s.published_basis else ""))
    t = summary.totals
    meta.append(f"checked: {t.grounded} grounded, {t.flagged} flagged, {t.unsupported} unsupported")
    head += [" · ".join(meta), ""]
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
    return "\n".join(head + body) + "\n"


def to_markdown(summaries: Sequence[ArticleSummary], failures: Sequence = ()) -> str:
    parts = [article_markdown(s) for s in summaries]
    if failures:
        parts.append("## Failed\n\n" + "\n".join(f"- `{f.source}`: {f.kind}: {f.message}" for f in failures) + "\n")
    return "\n".join(parts)


FORMATS = {"json": to_json, "md": to_markdown}
