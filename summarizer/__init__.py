"""summarizer: news articles about incidents in, structured and checked summaries out.

    from summarizer import Summarizer, build_report, render

    with Summarizer(model="gpt-4o-mini") as s:
        run = s.summarize_many(paths=["a.txt", "b.txt"])
    print(render(build_report(run.summaries, run.texts), "md"))

    with Store("news.db") as store:  # a record that grows run by run (summarizer.store)
        store.add(run.summaries, run.texts)

`verify` and `render` here are the functions (their modules are reached with
`from summarizer.verify import ...`). The model-facing names (`Summarizer`,
`summarize_article`, `summarize_articles`, `RunResult`, `Failure`) are imported on
first use, so importing summarizer, or one of its pure modules, loads no model layer.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .errors import BudgetError, ConfigError, EventLoopError, InputError, ModelCallError, PromptError, SummarizerError
from .events import EventReport, build_report
from .render import render
from .schema import ArticleSummary, Evidence, Incident, Span, Statement, Status
from .store import Store, StoreError
from .verify import verify, verify_summary

if TYPE_CHECKING:
    from .client import Summarizer, summarize_article
    from .pipeline import Failure, RunResult, summarize_articles

_LAZY = {
    "Summarizer": "client",
    "summarize_article": "client",
    "summarize_articles": "pipeline",
    "RunResult": "pipeline",
    "Failure": "pipeline",
}

__all__ = [
    "ArticleSummary",
    "BudgetError",
    "ConfigError",
    "EventLoopError",
    "EventReport",
    "Evidence",
    "Failure",
    "Incident",
    "InputError",
    "ModelCallError",
    "PromptError",
    "RunResult",
    "Span",
    "Statement",
    "Status",
    "Store",
    "StoreError",
    "Summarizer",
    "SummarizerError",
    "build_report",
    "render",
    "summarize_article",
    "summarize_articles",
    "verify",
    "verify_summary",
]


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
