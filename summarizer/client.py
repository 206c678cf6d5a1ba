"""The library's entry point: `Summarizer`, a client configured once and reused.

    from summarizer import Summarizer

    with Summarizer(model="gpt-4o-mini") as s:       # Summarizer(): configured from the environment
        summary = s.summarize(path="article.txt")     # an ArticleSummary; raises if the article fails
        run = s.summarize_many(paths=["a.txt", "news/"])  # summaries and failures, usage and cost
        report = run.report()                         # an EventReport across the articles

Arguments left out come from the environment, as on the command line
(OPENAI_API_KEY, OPENAI_BASE_URL, SUMMARIZER_MODEL, SUMMARIZER_MODE,
SUMMARIZER_LOCAL_MODEL), read when the Summarizer is made. Its model client (HTTP
connections, or the embedded model, loaded at the first call), its prompts and its
response cache are made once and reused by every call; `close()` or the `with`
block frees them.

Synchronous and asynchronous use: `summarize` and `summarize_many` run on an event
loop the Summarizer keeps for them, so their connections are reused from call to
call. Inside a running event loop (a notebook cell, an async function) they raise
`EventLoopError`: there use the async twins `asummarize` and `asummarize_many`
(with `async with`), which run on the caller's loop. Connections belong to one
event loop at a time, so use either the synchronous or the async methods of one
Summarizer. A Summarizer is not thread-safe: one per thread.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Literal

from .cache import ResponseCache
from .dates import parse_published
from .errors import ConfigError, EventLoopError, InputError
from .ingest import Article, iter_inputs
from .llm import StructuredClient
from .local import LlamaBackend
from .pipeline import Failure, RunResult, Throttle, choose_model, prompts_for, summarize_articles
from .schema import ArticleSummary, Usage

log = logging.getLogger("summarizer")

ModeName = Literal["tools", "json_schema", "json", "json_grammar", "md_json"]
Strategy = Literal["whole", "focused"]


def _not_in_a_loop(name: str, twin: str) -> None:
    """Raise EventLoopError when a synchronous call is made inside a running event loop."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return
    raise EventLoopError(
        f"{name}() cannot run inside a running event loop (a notebook cell, an async function): "
        f"there use `await {twin}`, or call {name}() in a worker thread (`await asyncio.to_thread(...)`)."
    )


class Summarizer:
    """Summarizes articles with one model configuration; see the module docstring."""

    def __init__(
        self,
        model: str | None = None,
        *,
        base_url: str | None = None,
        api_key: str | None = None,
        mode: ModeName | None = None,
        strategy: Strategy | None = None,
        strict: bool = False,
        cache: bool | str | Path = True,
        max_cost: float | None = None,
        concurrency: int = 4,
        rpm: float | None = None,
        tpm: float | None = None,
        timeout: float | None = None,
        max_tokens: int | None = None,
        replay: str | Path | None = None,
        record: str | Path | None = None,
        published: str | None = None,
        on_warning: Callable[[str], None] | None = None,
    ) -> None:
        """Resolve the model configuration (nothing is sent or loaded yet).

        Args:
            model: the model's name on the server ("gpt-4o-mini", "qwen2.5:7b"), or
                "local", "local:NAME", "local:PATH.gguf" for the embedded model.
                Default: SUMMARIZER_MODEL; else gpt-4o-mini when a key is set; else the
                embedded model when the `local` extra is installed (said once, as a
                warning on the "summarizer" logger).
            base_url: an OpenAI-compatible server, e.g. "http://localhost:11434/v1".
                Default: OPENAI_BASE_URL; else OpenAI.
            api_key: the server's key. Default: OPENAI_API_KEY (local servers need none).
            mode: how structured output is requested. Default: SUMMARIZER_MODE; else
                "tools" on OpenAI, "json" on other servers, "json_grammar" for the embedded model.
            strategy: "whole" (one answer per article, one verification round) or
                "focused" (small questions, for small models). Default: focused for the
                embedded model, whole otherwise; when replaying, what was recorded.
            strict: drop the items the article does not support instead of flagging them.
            cache: reuse answers already paid for and store new ones: True for the user
                cache directory (or $SUMMARIZER_CACHE_DIR), a path for that SQLite file,
                False for none. Never used with `replay` or `record`.
            max_cost: a budget in USD: no article starts once this Summarizer's estimated
                spend, over all its calls, reaches it (see `cost`).
            concurrency: how many articles `summarize_many` has in flight at once.
            rpm: requests per minute, at most. tpm: tokens per minute, at most.
            timeout: seconds per request (default 60).
            max_tokens: the answer budget of each request (default: the server's).
            replay: a cassette directory answering every model call; never the network.
            record: a directory to record every model call into, a cassette per article.
            published: the publication date of every article read (e.g. "2024-01-24"),
                over metadata and what the text says.
            on_warning: hears what went wrong without stopping the run (a locked or
                damaged cache, then not used). Default: a warning on the "summarizer" logger.

        Raises:
            ConfigError: no usable model (the message says how to configure one), an
                unknown mode or strategy, a replay directory without cassettes, `replay`
                with `record`, or `record` with the embedded model.
            ValueError: `published` is not a date.
        """
        if replay is not None and record is not None:
            raise ConfigError("replay and record cannot be combined: replay answers from cassettes, record writes them")
        parse_published(published)  # a bad date fails here, not at the first article
        self.published = published
        self.replay = Path(replay) if replay is not None else None
        self.record = Path(record) if record is not None else None
        self.settings, local = choose_model(
            replay=self.replay, model=model, base_url=base_url, mode=mode, api_key=api_key, timeout=timeout, max_tokens=max_tokens
        )
        if local is not None and record is not None:
            raise ConfigError("record records HTTP calls and the embedded model makes none (`make record` serves it on loopback)")
        self.notice: str | None = local.notice if local else None  # said when the model was chosen for the user
        if self.notice:
            log.warning(self.notice)
        self.strict = strict
        self.max_cost = max_cost
        self.concurrency = concurrency
        self.usage = Usage()  # tokens of every call so far, failed attempts included
        self.cost: float | None = 0.0  # estimated USD of every call so far; None once a price is unknown
        self._template = prompts_for(self.settings, strategy, self.replay)
        self._cache_path = None if isinstance(cache, bool) else cache  # None: the default file
        self._cache_wanted = cache is not False and self.replay is None and self.record is None
        self._cache: ResponseCache | None = None
        self._warn = on_warning or log.warning
        self._backend = LlamaBackend(local.path, progress=self._step) if local else None
        self._limits = (rpm, tpm)
        self._client: StructuredClient | None = None
        self._client_loop: asyncio.AbstractEventLoop | None = None
        self._runner: asyncio.Runner | None = None
        self._on_step: Callable[[str], None] | None = None

    # ---- one article --------------------------------------------------------

    def summarize(self, *, text: str | None = None, path: str | Path | None = None) -> ArticleSummary:
        """One article, given as `text` or as a file `path` (exactly one of them).

        A path is read as the command line reads it (.txt, .html, one-line .jsonl;
        publication date included); text as `summarizer summarize -` reads stdin.

        Returns the verified summary. Raises InputError when the article cannot be
        read (a missing file is never taken for text), ModelCallError when the model
        fails for good, BudgetError past `max_cost`, EventLoopError inside a running
        event loop (use `asummarize` there), TypeError unless exactly one of text/path is given.
        """
        _not_in_a_loop("summarize", "summarizer.asummarize(...)")
        return self._own_loop().run(self.asummarize(text=text, path=path))

    async def asummarize(self, *, text: str | None = None, path: str | Path | None = None) -> ArticleSummary:
        """`summarize` on the running event loop: the same arguments, result and errors."""
        if path is not None and text is None:
            article = self._read_path(path)
        elif text is not None and path is None:
            article = self._read_text(text, "text")
        else:
            raise TypeError("summarize takes exactly one of text= or path=")
        if isinstance(article, InputError):
            raise article
        result = await self._run([article], on_result=None)
        if result.failures:
            error = result.failures[0].error
            assert error is not None, "a run's failures carry their error (only a stopped run makes one without)"
            raise error
        return result.summaries[0]

    # ---- many articles ------------------------------------------------------

    def summarize_many(
        self,
        *,
        paths: Iterable[str | Path] = (),
        texts: Iterable[str] = (),
        articles: Iterable[Article | InputError] = (),
        on_result: Callable[[ArticleSummary | Failure], None] | None = None,
        on_step: Callable[[str], None] | None = None,
        result: RunResult | None = None,
    ) -> RunResult:
        """Many articles, `concurrency` at a time; one article's failure never stops the others.

        Args:
            paths: files, directories (their .txt, .html, .jsonl files) and glob patterns.
            texts: article texts, each read as stdin is.
            articles: articles already read (`summarizer.ingest.iter_inputs`); an
                InputError among them becomes that input's failure.
            on_result: called with each summary or Failure as it comes.
            on_step: hears what the embedded model is doing ("Loading model…").
            result: a RunResult to add outcomes to as they finish, so a caller that
                stops the run (Ctrl-C) still holds what was done.

        Returns a RunResult: `summaries` (path order), `failures` (each with source,
        kind and message), `usage`, `cost`, `texts` (id -> text) and `report()`.
        Raises EventLoopError inside a running event loop (use `asummarize_many`
        there), TypeError when `paths` or `texts` is a single string.
        """
        _not_in_a_loop("summarize_many", "summarizer.asummarize_many(...)")
        return self._own_loop().run(
            self.asummarize_many(paths=paths, texts=texts, articles=articles, on_result=on_result, on_step=on_step, result=result)
        )

    async def asummarize_many(
        self,
        *,
        paths: Iterable[str | Path] = (),
        texts: Iterable[str] = (),
        articles: Iterable[Article | InputError] = (),
        on_result: Callable[[ArticleSummary | Failure], None] | None = None,
        on_step: Callable[[str], None] | None = None,
        result: RunResult | None = None,
    ) -> RunResult:
        """`summarize_many` on the running event loop: the same arguments, result and errors."""
        for name, value in (("paths", paths), ("texts", texts)):
            if isinstance(value, (str, Path)):
                raise TypeError(f"{name}= takes a list; for one article use summarize(path=...) or summarize(text=...)")
        items = [
            *iter_inputs([str(p) for p in paths], published=self.published),
            *(self._read_text(t, f"texts[{i}]") for i, t in enumerate(texts)),
            *articles,
        ]
        self._on_step = on_step
        try:
            return await self._run(items, on_result, result)
        finally:
            self._on_step = None

    # ---- lifetime -----------------------------------------------------------

    def close(self) -> None:
        """Close the connections, the response cache and the embedded model.

        Raises EventLoopError when async calls opened connections on a loop that is
        still open (use `aclose` / `async with`), or inside a running event loop
        after synchronous calls."""
        if self._runner is not None:
            _not_in_a_loop("close", "summarizer.aclose()")
            if self._client is not None and self._client_loop is self._runner.get_loop():
                self._runner.run(self._client.aclose())
                self._client = None
        self._drop_client("opened by its async methods: close it with `await summarizer.aclose()` or `async with`")
        if self._runner is not None:
            self._runner.close()
            self._runner = None
        self._release()

    async def aclose(self) -> None:
        """`close` for async use. Raises EventLoopError after synchronous calls (use `close`)."""
        if self._runner is not None:
            raise EventLoopError("this Summarizer ran synchronous calls on a loop of its own: close it with close() or `with`")
        if self._client is not None and self._client_loop is asyncio.get_running_loop():
            await self._client.aclose()
            self._client = None
        self._drop_client("open on another event loop: close it there")
        self._release()

    def __enter__(self) -> Summarizer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    async def __aenter__(self) -> Summarizer:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    # ---- inside -------------------------------------------------------------

    def _own_loop(self) -> asyncio.Runner:
        """The event loop synchronous calls share, so their connections are reused."""
        if self._runner is None:
            self._runner = asyncio.Runner()
        return self._runner

    def _drop_client(self, where: str) -> None:
        """Forget a client whose event loop is closed (its connections died with it)."""
        if self._client is not None and self._client_loop is not None and not self._client_loop.is_closed():
            raise EventLoopError(f"this Summarizer's connections are {where}")
        self._client = self._client_loop = None

    def _structured(self) -> StructuredClient:
        """The model client for the running loop: made once, then reused."""
        loop = asyncio.get_running_loop()
        if self._client_loop is not loop:
            self._drop_client(
                "open on another event loop (synchronous calls run on a loop of their own, async ones on "
                "the caller's): use either the synchronous or the async methods, or a Summarizer for each"
            )
        if self._client is None:
            rpm, tpm = self._limits
            throttle = Throttle(rpm, tpm) if rpm or tpm else None  # its lock belongs to this loop too
            self._client = StructuredClient(
                self.settings, before_call=throttle.acquire if throttle else None, backend=self._backend
            )
            self._client_loop = loop
        return self._client

    def _response_cache(self) -> ResponseCache | None:
        if self._cache_wanted and self._cache is None:
            self._cache = ResponseCache(self._cache_path, warn=self._warn)
        return self._cache

    def _release(self) -> None:
        if self._cache is not None:
            self._cache.close()
            self._cache = None
        if self._backend is not None:
            self._backend.close()

    def _step(self, text: str) -> None:
        if self._on_step is not None:
            self._on_step(text)

    def _read_path(self, path: str | Path) -> Article | InputError:
        items = list(iter_inputs([str(path)], published=self.published))
        if len(items) != 1:
            return InputError(str(path), f"names {len(items)} articles; summarize_many(paths=[...]) takes several")
        return items[0]

    def _read_text(self, text: str, label: str) -> Article | InputError:
        if not isinstance(text, str):
            raise TypeError(f"{label} must be a str, not {type(text).__name__}")
        items = list(iter_inputs(["-"], stdin=text.encode("utf-8"), published=self.published))
        if len(items) != 1:
            return InputError(label, f"holds {len(items)} articles (read as JSON lines); pass them one by one")
        [item] = items
        return InputError(label, item.problem) if isinstance(item, InputError) else item

    async def _run(
        self,
        items: list[Article | InputError],
        on_result: Callable[[ArticleSummary | Failure], None] | None,
        result: RunResult | None = None,
    ) -> RunResult:
        result = await summarize_articles(
            items, self.settings, template=self._template, strict=self.strict, concurrency=self.concurrency,
            replay=self.replay, record=self.record, on_result=on_result, max_cost=self.max_cost, spent=self.cost or 0.0,
            client=self._structured(), cache=self._response_cache(), result=result,
        )
        self.usage += result.usage
        self.cost = None if self.cost is None or result.cost is None else self.cost + result.cost
        return result


def summarize_article(
    *,
    text: str | None = None,
    path: str | Path | None = None,
    model: str | None = None,
    base_url: str | None = None,
    api_key: str | None = None,
    mode: ModeName | None = None,
    strategy: Strategy | None = None,
    strict: bool = False,
    cache: bool | str | Path = True,
    timeout: float | None = None,
    max_tokens: int | None = None,
    replay: str | Path | None = None,
    published: str | None = None,
) -> ArticleSummary:
    """One article, given as `text` or as a file `path`, with a Summarizer made for
    this call and closed after it. Arguments as for `Summarizer` and `Summarizer.summarize`;
    for several articles make one Summarizer and reuse it (its client, embedded model and
    cache are set up once; budgets, concurrency, rate limits and recording are its
    arguments, since they are about runs of many articles).

    Returns the verified summary. Raises as `Summarizer` and `Summarizer.summarize` do;
    inside a running event loop (a notebook cell, an async function) it raises
    EventLoopError at once: there use `await Summarizer(...).asummarize(...)`, or call
    this function in a worker thread (`await asyncio.to_thread(summarize_article, ...)`).
    """
    _not_in_a_loop("summarize_article", "Summarizer(...).asummarize(...)")
    with Summarizer(
        model, base_url=base_url, api_key=api_key, mode=mode, strategy=strategy, strict=strict, cache=cache,
        timeout=timeout, max_tokens=max_tokens, replay=replay, published=published,
    ) as summarizer:
        return summarizer.summarize(text=text, path=path)
