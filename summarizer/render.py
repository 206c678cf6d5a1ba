"""Output formats. Pure: summaries in, text out."""

from __future__ import annotations

import csv
import html
import io
import re
from collections.abc import Mapping, Sequence

from .events import LEDGER_FIELDS, Claim, Event, EventReport, MergedStatement, Policy
from .schema import ArticleSummary, Count, Evidence, Incident, Span, Statement, Status, worst
from .verify import VerificationReport

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
        "Killed": ("killed", _count(inc.killed)),
        "Wounded": ("wounded", _count(inc.wounded)),
        "Sites hit": ("sites", _count(inc.sites)),
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


# --------------------------------------------------------------------------
# Many articles, one picture: renderers of an EventReport
# --------------------------------------------------------------------------
# Each takes the report and the article texts (id -> text; only html uses them, to
# highlight evidence) and returns text. `render` picks one by name.


def report_json(report: EventReport, texts: Mapping[str, str] | None = None) -> str:
    """The whole report, as its pydantic schema says."""
    return report.model_dump_json(indent=2)


def report_jsonl(report: EventReport, texts: Mapping[str, str] | None = None) -> str:
    """One ArticleSummary per line, for pipelines that process articles one by one."""
    return "".join(s.model_dump_json() + "\n" for s in report.articles)


def _refs(article_ids) -> str:
    return "".join(f"[{a}]" for a in dict.fromkeys(article_ids))


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


def _claim_md(claim: Claim) -> str:
    said = f" per {claim.claimed_by}" if claim.claimed_by else ""
    words = f' ("{claim.words}")' if claim.words and str(claim.words) != str(claim.value) else ""
    part = f" for {claim.scope}" if claim.scope else ""
    return f"{claim.value}{part}{words}{said} [{claim.article_id}]{_flag([claim.status])}"


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
        f"{value} {_refs(c.article_id for c in cs)}{_flag(c.status for c in cs)}" for value, cs in by_value.items()
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


def _event_md(event: Event, by_id: Mapping[str, ArticleSummary] | None = None) -> list[str]:
    places = _header_places(event)
    where = ", ".join(places) or ("place not given" if not event.places else "place not verified")
    if event.countries and event.countries != event.places:
        where += f" ({', '.join(event.countries)})"
    when = event.date or "date unknown"
    if event.date and not _trusted([c for c in event.ledger.get("date", []) if str(c.value) == event.date]):
        when += " (date unverified)"
    lines = [f"## {when} · {_header_kind(event, by_id)} · {where}", "", f"`{event.id}` {event.description} {_refs(event.sources)}", ""]
    facts = {"When": _field_md(event, "date"), "Time": _field_md(event, "time"), "Where": _field_md(event, "places")}
    facts["Who"] = _who_md(event)
    facts |= {"Killed": _field_md(event, "killed"), "Wounded": _field_md(event, "wounded"), "Sites hit": _field_md(event, "sites")}
    lines += [f"- **{k}:** {v}" for k, v in facts.items() if v]
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
        lines += _event_md(event, by_id)
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


# ACLED's time_precision: 1 the day is known, 2 the week, 3 the month or less.
_ACLED_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}
# ACLED's event type and sub-event type for the kinds the schema allows.
_ACLED_TYPES = {
    "air strike": ("Explosions/Remote violence", "Air/drone strike"),
    "drone strike": ("Explosions/Remote violence", "Air/drone strike"),
    "drone attack": ("Explosions/Remote violence", "Air/drone strike"),
    "missile attack": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "rocket attack": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "shelling": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "bombing": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
}
CSV_COLUMNS = (
    "event_id", "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "actor2",
    "location", "country", "fatalities", "source", "notes",
    # How this source's values were checked, one column per value group: the worst
    # status of its values (exact and normalized are grounded; anything else is not
    # a fact), empty when the source gives no value or nothing was checked.
    "event_date_status", "event_type_status", "actor1_status", "actor2_status", "location_status", "fatalities_status",
)


def _worst_status(claims: list[Claim]) -> str:
    statuses = [c.status for c in claims if c.status is not None]
    return worst(statuses).value if statuses else ""


def _csv_row(event: Event, article: ArticleSummary, index: int) -> dict:
    inc = article.incidents[index]

    def mine(name: str) -> list[Claim]:
        """This incident's claims in the event's ledger."""
        return [c for c in event.ledger.get(name, []) if c.article_id == article.source.id and c.incident == index]
    killed = mine("killed")
    own_date = inc.date.value if inc.date else None
    notes = [inc.description]
    if own_date and own_date != event.date:
        notes.append(f"dated {own_date} by this source")
    notes += [f"{c.field}: {' vs '.join(map(str, c.values))} across sources" for c in event.conflicts if mine(c.field)]
    for name, label in (("wounded", "wounded"), ("sites", "sites hit")):  # fatalities has its own column
        if own := mine(name):
            notes.append(f"{label}: {own[0].value}")
    event_type, sub_type = _ACLED_TYPES.get(inc.kind, (inc.kind, ""))
    return {
        "event_id": event.id,
        "event_date": event.date or "",
        "time_precision": _ACLED_PRECISION.get(event.precision or "", ""),
        "event_type": event_type,
        "sub_event_type": sub_type,
        "actor1": "; ".join(str(c.value) for c in mine("perpetrator")),
        "actor2": "; ".join(str(c.value) for c in mine("target")),
        "location": "; ".join(str(c.value) for c in mine("places")),
        "country": "; ".join(dict.fromkeys(p.country for p in inc.places if p.country)),
        "fatalities": killed[0].low if killed and killed[0].low is not None else "",
        "source": article.source.id,
        "notes": "; ".join(notes),
        "event_date_status": _worst_status(mine("date")),
        "event_type_status": inc.evidence["kind"].status.value if "kind" in inc.evidence else "",
        "actor1_status": _worst_status(mine("perpetrator")),
        "actor2_status": _worst_status(mine("target")),
        "location_status": _worst_status(mine("places")),
        "fatalities_status": _worst_status(killed),
    }


def _csv_cell(value) -> str:
    """A cell a spreadsheet shows as text: one starting with = + - @ or a tab
    would be run as a formula (=HYPERLINK(...), =cmd|...), so it gets a leading
    apostrophe, OWASP's advice; hidden characters (carriage returns included)
    are dropped first, so none can come before the apostrophe's test."""
    text = _UNSAFE.sub("", str(value).replace("\r\n", "\n"))
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t") else text


def report_csv(report: EventReport, texts: Mapping[str, str] | None = None) -> str:
    """One row per incident with ACLED-like columns. Fatalities is the lowest figure the
    source gives (ACLED's rule), empty when it gives none; event_date is the event's.
    Every cell is text a spreadsheet will not run (see `_csv_cell`)."""
    by_id = {a.source.id: a for a in report.articles}
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for event in report.events:
        for ref in event.incidents:
            row = _csv_row(event, by_id[ref.article_id], ref.index)
            writer.writerow({name: _csv_cell(value) for name, value in row.items()})
    return out.getvalue()


def render_run(
    summaries: Sequence[ArticleSummary], failures: Sequence, fmt: str, texts: Mapping[str, str], policy: Policy = "lowest"
) -> str:
    """What `summarize` prints: an event report across the articles, so json has one
    shape however many articles there are; only md reads one article as its own brief."""
    if len(summaries) == 1 and not failures and fmt == "md":
        return article_markdown(summaries[0])
    from .events import build_report

    return render(build_report(list(summaries), dict(texts), policy=policy, failures=failures), fmt, texts)


def render(report: EventReport, fmt: str, texts: Mapping[str, str] | None = None) -> str:
    """The report in format `fmt`: one of REPORT_FORMATS."""
    try:
        renderer = REPORT_FORMATS[fmt]
    except KeyError:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(REPORT_FORMATS)}") from None
    return renderer(report, texts or {})


# -- html -------------------------------------------------------------------

_CSS = """
*{box-sizing:border-box}body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1d2330;background:#f4f5f7}
header{padding:18px 28px;background:#1d2330;color:#fff}header h1{margin:0;font-size:22px}header p{margin:4px 0 0;color:#c5cad3}
.layout{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:24px;padding:24px 28px}
.report,.sources{min-width:0}section>h2{font-size:13px;text-transform:uppercase;letter-spacing:.06em;color:#5b6475;margin:0 0 10px}
.card{background:#fff;border:1px solid #dde1e7;border-radius:8px;padding:14px 18px;margin:0 0 16px}
.card h3{margin:0 0 4px;font-size:17px}.card .id{font:12px ui-monospace,monospace;color:#7a8394}
.context h3{font-size:15px;color:#3b4252}dl{display:grid;grid-template-columns:104px 1fr;gap:4px 12px;margin:10px 0}
dt{font-weight:600;color:#5b6475}dd{margin:0}.conflict{background:#fff4e5;border-left:3px solid #e8890c;padding:4px 8px;border-radius:4px}
.conflict ul{margin:4px 0 0;padding-left:18px}ul.quotes{margin:6px 0 0;padding-left:18px}ul.quotes li{margin:4px 0}
.speaker{font-weight:600}a.cite{font:12px ui-monospace,monospace;color:#2f5fb3;text-decoration:none;margin-left:3px}
.text{white-space:pre-wrap;font:14px/1.6 Georgia,serif;max-height:620px;overflow:auto;border-top:1px solid #eceef2;padding-top:8px}
mark{border-radius:3px;padding:0 1px}mark.st-exact,mark.st-normalized{background:#d7f2dc}
mark.st-fuzzy,mark.st-unresolved{background:#fff0b3}mark.st-not_quoted,mark.st-contradicted,mark.st-unattributed,mark.st-wrong_type,mark.st-unsupported{background:#ffd9d9}
mark.statement{box-shadow:inset 0 -2px #3c9a53}.legend span{display:inline-block;margin-right:10px;font-size:12px}
.unsupported{color:#a4262c;font-size:13px;margin:8px 0 0;padding-left:18px}.muted{color:#7a8394;font-size:13px}
@media (max-width:900px){.layout{grid-template-columns:1fr}}
"""


def _e(value) -> str:
    return html.escape(str(value), quote=True)


def _cite_html(article_ids, anchors: Mapping[str, str] | None = None) -> str:
    """Links to each article (or to the highlighted span, when `anchors` has one)."""
    anchors = anchors or {}
    return "".join(
        f'<a class="cite" href="#{_e(anchors.get(a, "a-" + a))}">[{_e(a)}]</a>' for a in dict.fromkeys(article_ids)
    )


def _highlights(summary: ArticleSummary) -> list[tuple[Span, str, str, str]]:
    """(span, css status, label, anchor id) for every piece of evidence in an article."""
    aid = summary.source.id
    out = []
    for i, inc in enumerate(summary.incidents):
        for name, ev in inc.evidence.items():
            out += [(span, ev.status.value, f"incident {i + 1}: {name}", f"m-{aid}-i{i}-{name}") for span in ev.spans[:1]]
    for i, st in enumerate(summary.statements):
        quote = st.evidence.get("quote")
        if quote and quote.spans:
            out.append((quote.spans[0], st.status.value + " statement", f"quote by {st.speaker}", f"m-{aid}-s{i}"))
    return out


def _marked_text(text: str, marks: list[tuple[Span, str, str, str]]) -> tuple[str, set[str]]:
    """The text, escaped, with non-overlapping <mark>s; and the anchors placed.
    Where spans overlap, the earlier (then longer) one wins."""
    parts, placed, pos = [], set(), 0
    for span, status, label, anchor in sorted(marks, key=lambda m: (m[0].start, -m[0].end)):
        if span.start < pos or span.end > len(text):
            continue
        parts.append(_e(text[pos : span.start]))
        parts.append(
            f'<mark id="{_e(anchor)}" class="st-{_e(status)}" title="{_e(label)} ({_e(status)})">{_e(text[span.start : span.end])}</mark>'
        )
        placed.add(anchor)
        pos = span.end
    parts.append(_e(text[pos:]))
    return "".join(parts), placed


def _unsupported(summary: ArticleSummary) -> list[str]:
    """What the checker could not find in the text, said plainly."""
    items = [
        f"incident {i + 1} {name}: {_VALUE_MARK[ev.status]}" + (f" ({'; '.join(ev.reasons)})" if ev.reasons else "")
        for i, inc in enumerate(summary.incidents)
        for name, ev in inc.evidence.items()
        if not ev.status.grounded
    ]
    items += [f"quote by {st.speaker} “{st.quote}”: {_MARK[st.status]}" for st in summary.statements if st.evidence and not st.status.grounded]
    return items


def _source_html(summary: ArticleSummary, text: str | None) -> tuple[str, set[str]]:
    s = summary.source
    head = f'<article class="card source" id="a-{_e(s.id)}"><h3>{_e(s.title or s.id)}</h3>'
    meta = [f"<span class='id'>{_e(s.id)}</span>"] + ([f"published {_e(s.published)}"] if s.published else [])
    head += f'<p class="muted">{" · ".join(meta)}</p>'
    if text is None:
        body, placed = '<p class="muted">Article text not available: nothing to highlight.</p>', set[str]()
    else:
        marked, placed = _marked_text(text, _highlights(summary))
        body = f'<div class="text">{marked}</div>'
    missing = _unsupported(summary)
    tail = f'<ul class="unsupported">{"".join(f"<li>✗ {_e(m)}</li>" for m in missing)}</ul>' if missing else ""
    return head + body + tail + "</article>", placed


def _claims_html(claims: list[Claim]) -> str:
    return "".join(
        f"<li>{_e(c.value)}"
        + (f" — “{_e(c.words)}”" if c.words and str(c.words) != str(c.value) else "")
        + (f", per {_e(c.claimed_by)}" if c.claimed_by else "")
        + f"{_e(_flag([c.status]))}{_cite_html([c.article_id])}</li>"
        for c in claims
    )


def _field_html(event: Event, name: str) -> str:
    claims = event.ledger.get(name)
    if not claims:
        return ""
    head = event.headline[name]
    value = ", ".join(map(str, head.value)) if isinstance(head.value, list) else str(head.value)
    conflict = next((c for c in event.conflicts if c.field == name), None)
    if conflict:
        rng = f" (reported {head.low}–{head.high})" if head.high is not None and head.high != head.low else ""
        dd = f'<div class="conflict"><b>{_e(value)}</b>{_e(rng)} · {_e(head.basis)}. Sources disagree:<ul>{_claims_html(claims)}</ul></div>'
    else:
        by_value: dict[str, list[Claim]] = {}
        for c in claims:
            by_value.setdefault(str(c.value), []).append(c)
        dd = ", ".join(f"{_e(v)}{_e(_flag(c.status for c in cs))}" for v, cs in by_value.items())
        dd += _cite_html(c.article_id for c in claims)
    return f"<dt>{_e(name.replace('_', ' ').capitalize())}</dt><dd>{dd}</dd>"


def _quote_anchors(st: MergedStatement, placed: set[str]) -> dict[str, str]:
    """Article id -> the id of the <mark> holding the quote there, when one was placed."""
    ids = {r.article_id: f"m-{r.article_id}-s{r.index}" for r in st.sources}
    return {a: m for a, m in ids.items() if m in placed}


def _event_html(event: Event, placed: set[str], by_id: Mapping[str, ArticleSummary] | None = None) -> str:
    quotes = "".join(
        f'<li><span class="speaker">{_e(st.speaker)}</span>: “{_e(st.quote)}”'
        f"{_cite_html((r.article_id for r in st.sources), _quote_anchors(st, placed))}</li>"
        for st in sorted(event.statements, key=lambda s: (-len(s.sources), s.kind != "direct"))
    )
    places = _header_places(event)
    where = ", ".join(places) or ("place not given" if not event.places else "place not verified")
    when = event.date or "date unknown"
    if event.date and not _trusted([c for c in event.ledger.get("date", []) if str(c.value) == event.date]):
        when += " (date unverified)"
    fields = "".join(_field_html(event, f) for f in LEDGER_FIELDS)
    return (
        f'<article class="card event {_e(event.role)}" id="{_e(event.id)}">'
        f"<h3>{_e(when)} · {_e(_header_kind(event, by_id))} · {_e(where)}</h3>"
        f'<div class="id">{_e(event.id)}</div><p>{_e(event.description)}{_cite_html(event.sources)}</p>'
        f"<dl>{fields}</dl>" + (f'<ul class="quotes">{quotes}</ul>' if quotes else "") + "</article>"
    )


def report_html(report: EventReport, texts: Mapping[str, str] | None = None) -> str:
    """One self-contained page (no external resources): the events beside each article's
    text, evidence highlighted with <mark> by status, unsupported items listed. Every
    piece of article and model text goes through html.escape."""
    texts = texts or {}
    sources, placed = [], set()
    for summary in report.articles:
        part, anchors = _source_html(summary, texts.get(summary.source.id))
        sources.append(part)
        placed |= anchors
    by_id = {a.source.id: a for a in report.articles}
    events = "".join(_event_html(e, placed, by_id) for e in report.events) or '<p class="muted">No events.</p>'
    failures = "".join(f"<li>{_e(f.source)}: {_e(f.kind)}: {_e(f.message)}</li>" for f in report.failures)
    legend = (
        '<p class="legend"><span><mark class="st-exact">exact</mark></span><span><mark class="st-fuzzy">fuzzy</mark></span>'
        '<span><mark class="st-not_quoted">flagged</mark></span><span><mark class="st-exact statement">quote</mark></span></p>'
    )
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>Event report</title><style>{_CSS}</style></head><body>"
        f"<header><h1>{len(report.events)} events in {len(report.articles)} articles</h1>"
        f"<p>Casualty figures: the {_e(report.policy)} reported figure, with the range of all reports.</p></header>"
        f'<div class="layout"><section class="report"><h2>Events</h2>{events}'
        + (f'<div class="card"><h3>Failed</h3><ul class="unsupported">{failures}</ul></div>' if failures else "")
        + f'</section><section class="sources"><h2>Articles</h2>{legend}{"".join(sources)}</section></div></body></html>\n'
    )


REPORT_FORMATS = {"json": report_json, "jsonl": report_jsonl, "md": report_markdown, "html": report_html, "csv": report_csv}

FORMATS = tuple(REPORT_FORMATS)


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
