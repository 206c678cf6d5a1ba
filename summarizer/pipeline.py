"""Running many articles: bounded concurrency, one failure never stops the rest."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .cache import ResponseCache
from .cost import add_cost, has_price, prices_path
from .errors import BudgetError, ConfigError, InputError, ModelCallError, SummarizerError
from .extract import extract_article, now
from .focused import FocusedPrompts, load_focused
from .ingest import Article
from .llm import StructuredClient, scrub
from .local import LocalChoice, backend_for, is_local, resolve_local
from .prompts import PromptTemplate, load_template
from .replay import cassette_path, explain_miss, recorded_settings, recording, replaying
from .schema import ArticleSummary, Usage
from .settings import Settings, public_url, resolve_settings, settings_for_replay

if TYPE_CHECKING:
    from .events import EventReport, Policy


@dataclass(frozen=True)
class Failure:
    """One article that produced no summary, and why (and what its attempts cost)."""

    source: str
    kind: str
    message: str
    error: Exception | None = field(default=None, compare=False, repr=False)
    usage: Usage = field(default_factory=Usage, compare=False)


@dataclass
class RunResult:
    """What a run produced: a summary per article that succeeded (in path order),
    a Failure per article that did not, what it all cost (USD, None when a price
    is unknown), and the text of every article read (id -> text), which spans index."""

    summaries: list[ArticleSummary] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    usage: Usage = field(default_factory=Usage)
    cost: float | None = 0.0
    texts: dict[str, str] = field(default_factory=dict)

    def add_usage(self, model: str, usage: Usage) -> None:
        """Every token counts, failed attempts and re-asks included."""
        self.usage += usage
        self.cost = add_cost(self.cost, model, usage)

    def report(self, policy: Policy = "lowest") -> EventReport:
        """The summaries as one event report (see `summarizer.events.build_report`),
        failures included; `policy` picks headline casualty figures: lowest, highest or latest."""
        from .events import build_report

        return build_report(self.summaries, self.texts, policy=policy, failures=self.failures)

    def sort(self) -> None:
        """Summaries in path order, whatever finished first."""
        self.summaries.sort(key=lambda s: s.source.path or s.source.id)

    def stopped(self, items: Iterable[Article | InputError]) -> None:
        """The run was stopped: each item with no outcome yet becomes an
        `interrupted` failure, so every input is accounted for."""
        done = {s.source.path or s.source.id for s in self.summaries} | {f.source for f in self.failures}
        for item in items:
            source = item.source if isinstance(item, InputError) else item.path or item.id
            if source not in done:
                self.failures.append(Failure(source, "interrupted", "not finished: the run was stopped"))
        self.sort()


def failure_of(source: str, error: Exception) -> Failure:
    """The typed failure an error makes: its kind, or `internal_error` for an
    error summarizer did not raise on purpose (a bug met by one article)."""
    if isinstance(error, InputError):
        return Failure(source, "input", error.problem, error)
    if isinstance(error, ModelCallError):
        return Failure(source, error.kind, error.message, error, error.usage or Usage())
    return Failure(source, "internal_error", f"{type(error).__name__}: {error}", error)


@dataclass
class _Bucket:
    """A token bucket holding at most one minute's allowance, refilled continuously."""

    per_minute: float
    level: float
    stamp: float

    def refill(self, now: float) -> None:
        self.level = min(self.per_minute, self.level + (now - self.stamp) * self.per_minute / 60)
        self.stamp = now

    def wait_for(self, amount: float) -> float:
        amount = min(amount, self.per_minute)  # one oversized call must not wait forever
        return 0.0 if self.level >= amount else (amount - self.level) * 60 / self.per_minute

    def take(self, amount: float) -> None:
        self.level -= min(amount, self.per_minute)


class Throttle:
    """Requests-per-minute and tokens-per-minute limits shared by every call of a run."""

    def __init__(self, rpm: float | None = None, tpm: float | None = None, *, clock=time.monotonic, sleep=asyncio.sleep):
        self._clock, self._sleep = clock, sleep
        self._requests = _Bucket(rpm, rpm, clock()) if rpm else None
        self._tokens = _Bucket(tpm, tpm, clock()) if tpm else None
        self._lock = asyncio.Lock()

    async def acquire(self, kwargs: dict) -> None:
        """Wait until both buckets allow this request (tokens estimated from its text)."""
        tokens = sum(len(str(m.get("content", ""))) for m in kwargs.get("messages", [])) // 4 + (kwargs.get("max_tokens") or 0)
        wanted = [(b, n) for b, n in ((self._requests, 1), (self._tokens, tokens)) if b]
        async with self._lock:
            while True:
                now = self._clock()
                for bucket, _ in wanted:
                    bucket.refill(now)
                wait = max((b.wait_for(n) for b, n in wanted), default=0.0)
                if wait <= 0:
                    for bucket, n in wanted:
                        bucket.take(n)
                    return
                await self._sleep(wait)


async def summarize_articles(
    articles: Iterable[Article | InputError],
    settings: Settings,
    *,
    template: PromptTemplate | FocusedPrompts | None = None,
    strategy: str | None = None,
    strict: bool = False,
    concurrency: int = 4,
    replay: Path | None = None,
    record: Path | None = None,
    recording_notes: dict | None = None,
    on_result: Callable[[ArticleSummary | Failure], None] | None = None,
    max_cost: float | None = None,
    spent: float = 0.0,
    throttle: Throttle | None = None,
    http_client=None,
    backend=None,
    client: StructuredClient | None = None,
    feedback: bool = True,
    cache: ResponseCache | None = None,
    result: RunResult | None = None,
) -> RunResult:
    """Summarize every article; unreadable inputs and failed calls become Failures.

    With `replay`, every model call is answered from that cassette directory.
    With `record`, each article's calls are recorded into its own cassette
    (one at a time, since a cassette patches the HTTP layer globally).
    With `max_cost` (USD), no new article starts once the estimate, plus what
    earlier runs `spent` toward the same budget, reaches it; a model with no
    price raises ConfigError before anything is asked.
    `http_client` (an httpx2.AsyncClient) is for tests and benchmarks; `backend`
    replaces the HTTP API (embedded model, batch files); `client` is a model client
    the caller keeps open across runs (then `throttle`, `http_client` and `backend`
    are the client's business); `feedback` is the verifier's one re-ask round.
    With `cache`, stored answers are reused and new ones stored; never with
    `replay` or `record`, which must exercise their cassettes.
    `strategy` picks the prompts when `template` is not given (see `prompts_for`).
    Outcomes are added to `result` as they finish: pass your own to keep them
    when the run is interrupted.
    """
    if max_cost is not None and not has_price(settings.model):
        raise ConfigError(
            f"--max-cost: no price for model {settings.model!r} in {prices_path()}, so the budget cannot be kept; "
            "add its input and output prices (USD per million tokens) there or in a table SUMMARIZER_PRICES names"
        )
    template = template or prompts_for(settings, strategy, replay)
    answers = cache.for_server(settings.server) if cache and not (replay or record) else None
    result = RunResult() if result is None else result
    owned = client is None
    backend = backend or backend_for(settings)
    in_process = backend is not None
    model_client = client if client is not None else StructuredClient(
        settings, before_call=throttle.acquire if throttle else None, http_client=http_client, backend=backend,
    )
    # One article at a time when recording, and for a model in this process: its questions then
    # follow one another, so each reuses the prefix the one before left evaluated.
    limit = asyncio.Semaphore(1 if record or in_process else max(1, concurrency))
    metadata: dict[str, Any] = {**_recording_metadata(settings, template), **(recording_notes or {})} if record else {}

    async def summarize(article: Article) -> ArticleSummary | Failure:
        if max_cost is not None and result.cost is not None and spent + result.cost >= max_cost:
            message = f"not started: the cost budget of ${max_cost:g} was reached"
            return Failure(article.path or article.id, "budget", message, BudgetError(message))
        try:
            if record:
                with recording(cassette_path(record, article.id), metadata, settings.secrets):
                    return await extract_article(article, model_client, template, strict=strict, feedback=feedback)
            return await extract_article(
                article, model_client, template, strict=strict, feedback=feedback, replayed_from=str(replay) if replay else None,
                cache=answers,
            )
        except SummarizerError as error:
            miss = explain_miss(error, replay) if replay else None
            return failure_of(article.path or article.id, miss or error)
        except Exception as error:  # noqa: BLE001 - one article's bug must not lose the others' results
            failure = failure_of(article.path or article.id, error)
            return replace(failure, message=scrub(failure.message, settings.secrets))

    async def one(item: Article | InputError) -> None:
        if isinstance(item, InputError):
            outcome: ArticleSummary | Failure = failure_of(item.source, item)
        else:
            result.texts[item.id] = item.text
            async with limit:
                outcome = await summarize(item)
        if isinstance(outcome, ArticleSummary):
            assert outcome.run is not None, "extract_article records every summary's run"
            result.summaries.append(outcome)
            result.add_usage(settings.model, outcome.run.usage)
        else:
            result.failures.append(outcome)
            result.add_usage(settings.model, outcome.usage)
        if on_result:
            on_result(outcome)

    try:
        if replay:
            with replaying(replay):
                await asyncio.gather(*(one(a) for a in articles))
        else:
            await asyncio.gather(*(one(a) for a in articles))
    finally:
        if owned:
            await model_client.aclose()
    result.sort()
    return result


STRATEGIES = ("whole", "focused")


def prompts_for(settings: Settings, strategy: str | None = None, replay: Path | None = None) -> PromptTemplate | FocusedPrompts:
    """The prompts of an extraction strategy: `whole` (one answer per article, the
    `extract` template) or `focused` (small questions, for small models). By default
    what the cassettes being replayed were recorded with, else `focused` for
    embedded models and `whole` for everything else."""
    if strategy is None:
        if replay:
            strategy = "focused" if recorded_settings(replay).get("prompt") == "focused" else "whole"
        else:
            strategy = "focused" if is_local(settings) else "whole"
    if strategy not in STRATEGIES:
        raise ConfigError(f"unknown strategy {strategy!r}; choose one of: {', '.join(STRATEGIES)}")
    return load_focused() if strategy == "focused" else load_template()


def _recording_metadata(settings: Settings, template: PromptTemplate | FocusedPrompts) -> dict:
    return {
        "model": settings.model,
        "mode": settings.mode.value,
        "max_tokens": settings.max_tokens,
        "temperature": settings.temperature,
        "base_url": public_url(settings.base_url) if settings.base_url else None,
        "record_mode": "all",
        "prompt": template.name,
        "prompt_sha256": template.sha256,
        "recorded_at": now(),
    }


def choose_model(
    *,
    replay: Path | None = None,
    model: str | None = None,
    base_url: str | None = None,
    mode: str | None = None,
    api_key: str | None = None,
    **overrides,
) -> tuple[Settings, LocalChoice | None]:
    """Settings for a run: from the cassettes when replaying, else the embedded model
    when asked for or when nothing else is configured (see `resolve_local`; then
    also that choice), else flags and env. Raises ConfigError when nothing is usable."""
    if replay:
        return settings_for_replay(recorded_settings(replay), model=model, mode=mode, **overrides), None
    if local := resolve_local(model=model, base_url=base_url, mode=mode, api_key=api_key, **overrides):
        return local.settings, local
    return resolve_settings(model=model, base_url=base_url, mode=mode, api_key=api_key, **overrides), None


def settings_for(
    *,
    replay: Path | None = None,
    model: str | None = None,
    base_url: str | None = None,
    mode: str | None = None,
    api_key: str | None = None,
    **overrides,
) -> Settings:
    """The settings `choose_model` picks."""
    return choose_model(replay=replay, model=model, base_url=base_url, mode=mode, api_key=api_key, **overrides)[0]
