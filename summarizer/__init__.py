"""summarizer: news articles about incidents in, structured and checked summaries out."""

from .errors import ConfigError, InputError, ModelCallError, PromptError, SummarizerError
from .client import Summarizer, summarize_article
from .pipeline import summarize_articles
from .schema import ArticleSummary, Evidence, Incident, Span, Statement, Status
from .verify import verify_summary

__all__ = [
    "ArticleSummary",
    "ConfigError",
    "Evidence",
    "Incident",
    "InputError",
    "ModelCallError",
    "PromptError",
    "Span",
    "Statement",
    "Summarizer",
    "Status",
    "SummarizerError",
    "summarize_article",
    "summarize_articles",
    "verify_summary",
]
