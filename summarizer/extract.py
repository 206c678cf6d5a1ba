"""One article in, one checked ArticleSummary out."""

from __future__ import annotations

from datetime import datetime, timezone

from .ingest import Article
from .llm import StructuredClient
from .prompts import PromptTemplate
from .schema import ArticleSummary, Extraction, Incident, RunInfo, Source, Statement
from .verify import totals, verify_summary


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def source_of(article: Article) -> Source:
    return Source(
        id=article.id,
        path=article.path,
        title=article.title,
        url=article.url,
        published=article.published,
        published_basis=article.published_basis,
        sha256=article.sha256,
        chars=len(article.text),
    )


def from_extraction(article: Article, extraction: Extraction, run: RunInfo | None = None) -> ArticleSummary:
    """Wrap what the model said in output models, before any checking."""
    return ArticleSummary(
        source=source_of(article),
        incidents=[Incident(**d.model_dump()) for d in extraction.incidents],
        statements=[Statement(**d.model_dump()) for d in extraction.statements],
        run=run,
    )


def drop_unsupported(summary: ArticleSummary) -> ArticleSummary:
    """--strict: keep only items whose every field is grounded."""
    keep = [s for s in summary.statements if s.status.grounded]
    kept = summary.model_copy(update={"statements": keep})
    return kept.model_copy(update={"totals": totals(kept)})


async def extract_article(
    article: Article,
    client: StructuredClient,
    template: PromptTemplate,
    *,
    strict: bool = False,
    replayed_from: str | None = None,
) -> ArticleSummary:
    started = now()
    extraction, stats = await client.extract(template.messages(article.text, article.published), Extraction)
    settings = client.settings
    run = RunInfo(
        model=settings.model,
        base_url_host=settings.base_url_host,
        mode=settings.mode.value,
        prompt=template.name,
        prompt_sha256=template.sha256,
        usage=stats.usage,
        http_calls=stats.http_calls,
        reasks=stats.reasks,
        started_at=started,
        finished_at=now(),
        replayed_from=replayed_from,
    )
    summary = verify_summary(from_extraction(article, extraction, run), article.text)
    return drop_unsupported(summary) if strict else summary

