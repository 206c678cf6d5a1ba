"""The HTML report: one self-contained page, the events beside each article's highlighted text."""

from __future__ import annotations

import html
from collections.abc import Mapping

from ..events import LEDGER_FIELDS, Claim, Event, EventReport, MergedStatement
from ..events.brief import event_brief
from ..schema import ArticleSummary, Span
from .marks import _MARK, _VALUE_MARK, _brief, _flag, _header_kind, _header_places, _timelines, _trusted

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
.brief{font-size:16px;margin:8px 0}.timeline{color:#3b4252;font-size:13px;margin-top:2px}.revised{color:#7a8394}
@media (max-width:900px){.layout{grid-template-columns:1fr}}
"""


_REVISED = ' <span class="revised">(revised by its source later)</span>'


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
        + (_REVISED if c.revised else "")
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
        dd = ", ".join(
            f"{_e(v)}{_REVISED if all(c.revised for c in cs) else ''}"
            f"{_e(_flag(c.status for c in cs))}"
            for v, cs in by_value.items()
        )
        dd += _cite_html(c.article_id for c in claims)
    dd += "".join(
        f'<div class="timeline">over time{_e(f" ({scope})" if scope else "")}: '
        + " → ".join(f"{_e(label)}{_e(_flag([c.status]))}{_cite_html([c.article_id])}" for label, c in entries)
        + "</div>"
        for scope, entries in _timelines(event, name)
    )
    return f"<dt>{_e(name.replace('_', ' ').capitalize())}</dt><dd>{dd}</dd>"


def _quote_anchors(st: MergedStatement, placed: set[str]) -> dict[str, str]:
    """Article id -> the id of the <mark> holding the quote there, when one was placed."""
    ids = {r.article_id: f"m-{r.article_id}-s{r.index}" for r in st.sources}
    return {a: m for a, m in ids.items() if m in placed}


def _event_html(
    event: Event, placed: set[str], by_id: Mapping[str, ArticleSummary] | None = None, texts: Mapping[str, str] | None = None
) -> str:
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
    brief = _brief(event_brief(event, by_id, texts), _cite_html, _e)
    return (
        f'<article class="card event {_e(event.role)}" id="{_e(event.id)}">'
        f"<h3>{_e(when)} · {_e(_header_kind(event, by_id))} · {_e(where)}</h3>"
        + (f'<p class="brief">{brief}</p>' if brief else "")
        + 
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
    events = "".join(_event_html(e, placed, by_id, texts) for e in report.events) or '<p class="muted">No events.</p>'
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
