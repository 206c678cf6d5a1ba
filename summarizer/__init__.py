"""summarizer: news articles about incidents in, structured and checked summaries out.

The names below load on first use, so `import summarizer` (and the start of the
`summarizer` command, see `__main__`) costs nothing until they are needed."""

from __future__ import annotations

import importlib
from typing import Any

_HOMES = {
    "ArticleSummary": "schema",
    "ConfigError": "errors",
    "Evidence": "schema",
    "Incident": "schema",
    "InputError": "errors",
    "ModelCallError": "errors",
    "PromptError": "errors",
    "Span": "schema",
    "Statement": "schema",
    "Status": "schema",
    "SummarizerError": "errors",
    "summarize_article": "pipeline",
    "summarize_articles": "pipeline",
    "verify_summary": "verify",
}

__all__ = sorted(_HOMES)


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module 'summarizer' has no attribute {name!r}")
    return getattr(importlib.import_module(f".{_HOMES[name]}", __name__), name)
