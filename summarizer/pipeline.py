"""Running many articles: bounded concurrency, one failure never stops the rest."""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError, ModelCallError, SummarizerError
from .extract import extract_article, now
from .ingest import Article, read_article
from .llm import Settings, StructuredClient, resolve_settings, settings_for_replay
from .prompts import PromptTemplate, load_template
from .replay import cassette_path, explain_miss, recorded_settings, recording, replaying
from .schema import ArticleSummary


@dataclass(frozen=True)
class Failure:
    """One article that produced no summary, and why."""

    source: str
    kind: str
    message: str
    error: Exception | None = field(default=None, compare=False, repr=False)


@dataclass
class RunResult:
    summaries: list[ArticleSummary] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)


def failure_of(source: str, error: Exception) -> Failure:
    if isinstance(error, InputError):
        return Failure(source, "input", error.problem, error)
    if isinstance(error, ModelCallError):
        return Failure(source, error.kind, error.message, error)
    return Failure(source, type(error).__name__, str(error), error)


async def summarize_articles(
    articles: Iterable[Article | InputError],
    settings: Settings,
    *,
    template: PromptTemplate | None = None,
    strict: bool = False,
    concurrency: int = 4,
    replay: Path | None = None,
    record: Path | None = None,
    recording_notes: dict | None = None,
    on_result: Callable[[ArticleSummary | Failure], None] | None = None,
) -> RunResult:
    """Summarize every article; unreadable inputs and failed calls become Failures.

    With `replay`, every model call is answered from that cassette directory.
    With `record`, each article's calls are recorded into its own cassette
    (one at a time, since a cassette patches the HTTP layer globally).
    """
    template = template or load_template()
    result = RunResult()
    client = StructuredClient(settings)
    limit = asyncio.Semaphore(1 if record else max(1, concurrency))
    metadata = {**_recording_metadata(settings, template), **(recording_notes or {})} if record else None

    async def one(item: Article | InputError) -> None:
        if isinstance(item, InputError):
            outcome: ArticleSummary | Failure = failure_of(item.source, item)
        else:
            async with limit:
                try:
                    if record:
                        with recording(cassette_path(record, item.id), metadata):
                            outcome = await extract_article(item, client, template, strict=strict)
                    else:
                        outcome = await extract_article(
                            item, client, template, strict=strict, replayed_from=str(replay) if replay else None
                        )
                except SummarizerError as error:
                    miss = explain_miss(error, replay) if replay else None
                    outcome = failure_of(item.path or item.id, miss or error)
        (result.summaries if isinstance(outcome, ArticleSummary) else result.failures).append(outcome)
        if on_result:
            on_result(outcome)

    try:
        if replay:
            with replaying(replay):
                await asyncio.gather(*(one(a) for a in articles))
        else:
            await asyncio.gather(*(one(a) for a in articles))
    finally:
        await client.aclose()
    order = {id(a): i for i, a in enumerate(result.summaries)}
    result.summaries.sort(key=lambda s: (s.source.path or s.source.id, order[id(s)]))
    return result


def _recording_metadata(settings: Settings, template: PromptTemplate) -> dict:
    return {
        "model": settings.model,
        "mode": settings.mode.value,
        "max_tokens": settings.max_tokens,
        "temperature": settings.temperature,
        "base_url": settings.base_url,
        "record_mode": "all",
        "prompt": template.name,
        "prompt_sha256": template.sha256,
        "recorded_at": now(),
    }


def settings_for(
    *, replay: Path | None = None, model: str | None = None, base_url: str | None = None, mode: str | None = None, **overrides
) -> Settings:
    """Settings for a run: from the cassettes when replaying, else flags and env."""
    if replay:
        return settings_for_replay(recorded_settings(replay), model=model, mode=mode, **overrides)
    return resolve_settings(model=model, base_url=base_url, mode=mode, **overrides)


def summarize_article(source: str | Path, **options) -> ArticleSummary:
    """Summarize one article given as text or as a path (a `Path`, or a one-line
    string naming an existing file). Options as for `settings_for` plus
    `strict`, `template`. Raises the article's error if it fails."""
    if isinstance(source, Path) or ("\n" not in source and Path(source).is_file()):
        article = read_article(source)
    else:
        article = Article(id="text-" + hashlib.sha256(source.encode()).hexdigest()[:12], text=source)
    run_options = {k: options.pop(k) for k in ("strict", "template") if k in options}
    replay = options.get("replay")
    settings = settings_for(**options)
    result = asyncio.run(summarize_articles([article], settings, replay=replay, **run_options))
    if result.failures:
        raise result.failures[0].error
    return result.summaries[0]
