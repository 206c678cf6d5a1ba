"""Output formats. Pure: summaries in, text out.

- `marks`: the status marks a reader sees, and the characters no output may carry.
- `markdown`: one article's brief, the event report, the verifier's reports.
- `html`: one self-contained page with the evidence highlighted in each article.
- `tables`: json, jsonl and csv (ACLED-like columns).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..events import EventReport, Policy
from ..schema import ArticleSummary
from .html import report_html
from .markdown import article_markdown, report_markdown, reports_markdown, safe_markdown
from .tables import CSV_COLUMNS, report_csv, report_json, report_jsonl

__all__ = [
    "CSV_COLUMNS",
    "FORMATS",
    "REPORT_FORMATS",
    "article_markdown",
    "render",
    "render_run",
    "reports_markdown",
    "safe_markdown",
]

# Many articles, one picture: each renderer of an EventReport takes the report and the
# article texts (id -> text; only html uses them, to highlight evidence) and returns
# text. `render` picks one by name.
REPORT_FORMATS = {"json": report_json, "jsonl": report_jsonl, "md": report_markdown, "html": report_html, "csv": report_csv}

FORMATS = tuple(REPORT_FORMATS)


def render_run(
    summaries: Sequence[ArticleSummary], failures: Sequence, fmt: str, texts: Mapping[str, str], policy: Policy = "lowest"
) -> str:
    """What `summarize` prints: an event report across the articles, so json has one
    shape however many articles there are; only md reads one article as its own brief."""
    if len(summaries) == 1 and not failures and fmt == "md":
        return article_markdown(summaries[0])
    from ..events import build_report

    return render(build_report(list(summaries), dict(texts), policy=policy, failures=failures), fmt, texts)


def render(report: EventReport, fmt: str, texts: Mapping[str, str] | None = None) -> str:
    """The report in format `fmt`: one of REPORT_FORMATS."""
    try:
        renderer = REPORT_FORMATS[fmt]
    except KeyError:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(REPORT_FORMATS)}") from None
    return renderer(report, texts or {})
