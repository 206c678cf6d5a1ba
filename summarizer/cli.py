"""Command line: thin shells over library functions; errors become clear messages."""

from __future__ import annotations

import asyncio
import json
import logging
import signal
import sys
import threading
from collections.abc import Awaitable, Iterator
from contextlib import contextmanager
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import TypeVar

import click

from .cache import ResponseCache
from .client import Summarizer
from .console import ProgressReport, check_writable, run_summary, save_elsewhere, write_output
from .errors import InputError, SummarizerError
from .evaluate import EXTRACTIONS, compare, evaluate, format_table
from .events import POLICIES, EventReport
from .ingest import Article, iter_inputs, read_limited
from .local import is_local
from .pipeline import STRATEGIES, RunResult, settings_for
from .recheck import verify_file
from .render import FORMATS, render, render_run, reports_markdown, safe_markdown
from .schema import ArticleSummary
from .settings import Mode, Settings
from .store import Store, StoreError

T = TypeVar("T")

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_PARTIAL, EXIT_UNVERIFIED = 0, 1, 2, 3, 4
EXIT_INTERRUPTED, EXIT_TERMINATED = 128 + signal.SIGINT, 128 + signal.SIGTERM
EXIT_CODES = f"""Exit codes: {EXIT_OK} every article summarized; {EXIT_ERROR} nothing could run (configuration,
prompt or replay directory problem); {EXIT_USAGE} bad command line; {EXIT_PARTIAL} some articles failed
(the others' results are still written, failures are listed on stderr and in the output);
{EXIT_INTERRUPTED} interrupted (Ctrl-C) or {EXIT_TERMINATED} terminated (SIGTERM): the results so far are written,
unfinished articles listed as interrupted; answers already received are cached, rerun to resume."""


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="summarizer")
def cli() -> None:
    """Turn news articles about incidents into structured, checked summaries."""


@cli.command(epilog=EXIT_CODES)
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--model",
    "-m",
    help="Model name. Env SUMMARIZER_MODEL. Default gpt-4o-mini on OpenAI; the embedded model "
    "(local, local:NAME or local:PATH.gguf; env SUMMARIZER_LOCAL_MODEL) when no key or server is set.",
)
@click.option("--base-url", help="OpenAI-compatible server, e.g. http://localhost:11434/v1. Env OPENAI_BASE_URL.")
@click.option(
    "--mode",
    type=click.Choice([m.value for m in Mode]),
    help="How structured output is requested. Env SUMMARIZER_MODE. Default: tools on OpenAI, json on other servers.",
)
@click.option(
    "--format", "fmt", type=click.Choice(FORMATS),
    help="json (the default): the event report across the articles, one shape for any number (each article's summary "
    "is in its `articles`; `summarizer schema`); jsonl: one article summary per line; md: one article's brief, or the "
    "report for several; html, csv: the report. With --store, nothing is printed unless --format or -o is given.",
)
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), help="Write here instead of stdout.")
@click.option("--strict", is_flag=True, help="Keep only what is grounded (exact or normalized): other statements, incidents and values are dropped.")
@click.option(
    "--strategy", type=click.Choice(STRATEGIES),
    help="whole: one answer per article; focused: a small question per quotation and per violent sentence "
    "(for small models). Default: focused for the embedded model, whole otherwise, as recorded with --replay.",
)
@click.option(
    "--policy", type=click.Choice(POLICIES), default="lowest", show_default=True,
    help="Headline casualty figure when sources disagree: lowest (ACLED's rule), highest, or latest report.",
)
@click.option(
    "--replay",
    type=click.Path(file_okay=False, path_type=Path),
    help="Answer every model call from the cassettes in DIR; never the network.",
)
@click.option(
    "--record",
    type=click.Path(file_okay=False, path_type=Path),
    help="Record each article's model calls into DIR/<article id>.yaml (used by `make record`).",
)
@click.option("--concurrency", "-j", type=click.IntRange(1, 256), default=4, show_default=True, help="Articles in flight at once.")
@click.option("--timeout", type=click.FloatRange(1), default=60.0, show_default=True, help="Seconds for each HTTP request, from sending to the last byte of the answer.")
@click.option("--max-tokens", type=click.IntRange(64), help="Cap on the answer's length.")
@click.option("--max-cost", type=click.FloatRange(0), help="USD budget: no new article starts once the estimate reaches it (the model needs a price).")
@click.option("--rpm", type=click.FloatRange(0, min_open=True), help="Requests-per-minute limit.")
@click.option("--tpm", type=click.FloatRange(0, min_open=True), help="Tokens-per-minute limit (estimated from prompt length).")
@click.option("--progress/--no-progress", default=None, help="Progress bar on stderr (default: on for several articles).")
@click.option(
    "--cache/--no-cache", "use_cache", default=True, show_default=True,
    help="Reuse answers already paid for and store new ones (see `summarizer cache`). Off with --replay/--record.",
)
@click.option(
    "--published", metavar="DATE",
    help="Publication date for every article (e.g. 2024-01-24); overrides metadata and the text.",
)
@click.option(
    "--store", "store_path", type=click.Path(path_type=Path),
    help="Add the articles to this event store (one SQLite file, made if missing) and update their events; "
    "articles it holds with the same text are skipped. See `summarizer report --store`.",
)
def summarize(
    paths, model, base_url, mode, fmt, output, strict, strategy, policy, replay, record, concurrency, timeout, max_tokens, max_cost,
    rpm, tpm, progress, published, use_cache, store_path,
) -> None:
    """Summarize the articles at PATHS: .txt, .html, .jsonl (one article per line:
    text, optional id, title, url, published), directories, globs, or - for stdin.

    \b
    Examples:
      summarizer summarize article.txt --format md
      summarizer summarize a.txt b.txt -o summary.json
      summarizer summarize article.txt --base-url http://localhost:8080/v1 --model qwen --mode json
      summarizer summarize seeds/002.txt --replay cassettes/qwen2.5-coder-0.5b-instruct
      summarizer summarize new/*.txt --store news.db
    """
    if replay and record:
        raise click.UsageError("--replay and --record cannot be combined.")
    articles = _inputs(paths, published)
    if store_path:
        with _open_store(store_path) as store:
            held = store.stored()
        fresh = [a for a in articles if not (isinstance(a, Article) and held.get(a.id) == a.sha256)]
        if len(fresh) < len(articles):
            click.echo(f"{store_path}: {len(articles) - len(fresh)} article(s) already stored, skipped", err=True)
        if not fresh:
            return
        articles = fresh
    try:
        summarizer = Summarizer(
            model, base_url=base_url, mode=mode, strategy=strategy, strict=strict, cache=use_cache, max_cost=max_cost,
            concurrency=concurrency, rpm=rpm, tpm=tpm, timeout=timeout, max_tokens=max_tokens, replay=replay, record=record,
            on_warning=_warn,
        )
    except SummarizerError as e:
        raise click.ClickException(str(e)) from None
    if summarizer.notice:
        click.echo(f"note: {summarizer.notice}", err=True)
    embedded = is_local(summarizer.settings) and not replay
    check_writable(output)
    show = (len(articles) > 1 or embedded) if progress is None else progress
    result = RunResult()
    signals: list[int] = []

    async def run(report: ProgressReport) -> None:
        async with summarizer:  # outcomes land in `result` as they finish, so a stop keeps them
            run = summarizer.asummarize_many(articles=articles, on_result=report.update, on_step=report.step, result=result)
            await _stoppable(run, signals)

    try:
        with ProgressReport(len(articles), summarizer.settings.model, enabled=show) as report:
            asyncio.run(run(report))
    except SummarizerError as e:
        raise click.ClickException(str(e)) from None
    except (KeyboardInterrupt, asyncio.CancelledError):  # Ctrl-C, or SIGTERM (see _stoppable)
        signals.append(signal.SIGINT)  # signals[0] is the one that stopped the run
        result.stopped(articles)
    for f in result.failures:
        if f.kind != "interrupted":
            click.echo(f"error: {f.source}: {f.kind}: {f.message}", err=True)
    if show:
        click.echo(run_summary(result), err=True)
    texts = {a.id: a.text for a in articles if isinstance(a, Article)}
    if store_path and result.summaries:
        try:
            with Store(store_path) as store:
                click.echo(f"{store_path}: {store.add(result.summaries, texts)}", err=True)
        except StoreError as e:  # the answers paid for are kept all the same
            raise click.ClickException(f"{e}; {save_elsewhere(_raw_results(result), '.json')}") from None
    if store_path and not (fmt or output):
        _exit_for(result, signals)
        return
    fmt = fmt or "json"
    try:
        text = render_run(result.summaries, result.failures, fmt, texts, policy)
    except Exception as error:  # noqa: BLE001 - a bug in grouping or rendering must not lose answers paid for
        raise click.ClickException(f"cannot render the {fmt} report ({type(error).__name__}: {error}); "
                                   f"{save_elsewhere(_raw_results(result), '.json')}") from None
    write_output(text, output)
    _exit_for(result, signals)


def _raw_results(result: RunResult) -> str:
    """The run's summaries and failures as JSON, to save when they cannot go where asked."""
    return json.dumps({
        "articles": [s.model_dump(mode="json") for s in result.summaries],
        "failures": [{"source": f.source, "kind": f.kind, "message": f.message} for f in result.failures],
    }, indent=2, ensure_ascii=False)


def _exit_for(result: RunResult, signals: list[int]) -> None:
    """Exit as the run ended: stopped by a signal, some articles failed, or all done."""
    if signals:
        unfinished = sum(f.kind == "interrupted" for f in result.failures)
        click.echo(f"{'interrupted' if signals[0] == signal.SIGINT else 'terminated'}: the results so far are written "
                   f"({unfinished} article(s) not finished); answers already received are in the cache: "
                   "run the same command again to resume.", err=True)
        sys.exit(EXIT_INTERRUPTED if signals[0] == signal.SIGINT else EXIT_TERMINATED)
    if result.failures:
        sys.exit(EXIT_PARTIAL)


async def _stoppable(run: Awaitable[T], received: list[int]) -> T:
    """`run`, which SIGTERM cancels as Ctrl-C does (asyncio.run cancels it on
    SIGINT), so the results so far are written; `received` records the signal."""
    loop, task = asyncio.get_running_loop(), asyncio.current_task()
    assert task is not None, "a coroutine awaited under asyncio.run runs in a task"
    if threading.current_thread() is not threading.main_thread():  # no signals there
        return await run

    def terminate() -> None:
        received.append(signal.SIGTERM)
        task.cancel()

    previous = signal.getsignal(signal.SIGTERM)
    loop.add_signal_handler(signal.SIGTERM, terminate)
    try:
        return await run
    finally:
        loop.remove_signal_handler(signal.SIGTERM)
        signal.signal(signal.SIGTERM, previous)


def _warn(message: str) -> None:
    click.echo(f"warning: {message}", err=True)


def _inputs(paths, published: str | None = None) -> list:
    """Articles and per-input errors, in order; a bad --published is a usage error."""
    try:
        return list(iter_inputs(list(paths), published=published))
    except ValueError as e:
        raise click.BadParameter(str(e), param_hint="--published") from None


@cli.command("eval")
@click.argument("articles", nargs=-1, type=click.Path(dir_okay=False, exists=True, path_type=Path))
@click.option(
    "--gold",
    type=click.Path(dir_okay=False, exists=True, path_type=Path),
    help="Gold annotations (format: `python -c 'import summarizer.evaluate as e; help(e)'`). "
    "Default: the dev part of the corpus shipped with summarizer.",
)
@click.option(
    "--articles-dir",
    type=click.Path(file_okay=False, exists=True, path_type=Path),
    help="Where the gold's articles are, as <id>.txt (ignored when ARTICLES are given). "
    "Default: NAME/ beside NAME.gold.json, or one folder up.",
)
@click.option(
    "--extractions",
    type=click.Choice(EXTRACTIONS),
    default="model",
    show_default=True,
    help="'gold': score the gold annotations fed in as extractions (no model): the deterministic layers alone.",
)
@click.option("--replay", type=click.Path(file_okay=False, path_type=Path), help="Answer every model call from the cassettes in DIR.")
@click.option("--model", "-m", help="Live model name. Env SUMMARIZER_MODEL.")
@click.option("--base-url", help="OpenAI-compatible server. Env OPENAI_BASE_URL.")
@click.option("--mode", type=click.Choice([m.value for m in Mode]), help="How structured output is requested. Env SUMMARIZER_MODE.")
@click.option("--strategy", type=click.Choice(STRATEGIES), help="Extraction strategy, as for `summarize`.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON (keep it for --compare).")
@click.option(
    "--compare",
    "baseline",
    type=click.Path(dir_okay=False, exists=True, path_type=Path),
    help="A previous --json output: also show what improved or regressed (on stderr with --json).",
)
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), help="Write here instead of stdout.")
def eval_(articles, gold, articles_dir, extractions, replay, model, base_url, mode, strategy, as_json, baseline, output) -> None:
    """Score summaries of the gold's articles (or ARTICLES, named <gold id>.txt)
    against hand-made annotations: quotes, speakers, incident facts, publication
    dates, boilerplate leaks, event grouping and conflicts.

    \b
    Examples:
      summarizer eval --extractions gold
      summarizer eval --gold ../shared/gold/seeds.gold.json --replay cassettes/qwen2.5-coder-0.5b-instruct
      summarizer eval --gold ../shared/gold/seeds.gold.json --replay cassettes/qwen2.5-coder-0.5b-instruct --json -o eval.json
      summarizer eval --base-url http://localhost:8080/v1 --model qwen --compare eval.json
    """
    if replay and (model or base_url):
        raise click.UsageError("--replay answers from cassettes; it cannot be combined with --model or --base-url.")
    check_writable(output)
    previous: dict | None = None
    if baseline:
        try:
            loaded = json.loads(read_limited(baseline))
        except InputError as e:
            raise click.ClickException(str(e)) from None
        except ValueError as e:
            raise click.ClickException(f"{baseline}: not the JSON of `summarizer eval --json` ({e})") from None
        if not isinstance(loaded, dict):
            raise click.ClickException(f"{baseline}: not the JSON of `summarizer eval --json` (not an object)")
        previous = loaded
    try:
        settings = None if extractions == "gold" else settings_for(replay=replay, model=model, base_url=base_url, mode=mode)
        scores = evaluate(gold, articles_dir, replay=replay, settings=settings, paths=list(articles) or None, strategy=strategy,
                          extractions=extractions)
    except SummarizerError as e:
        raise click.ClickException(str(e)) from None
    changes = compare(previous, scores) if previous is not None else None
    if as_json:
        write_output(scores.model_dump_json(indent=2) + "\n", output)
        if changes:
            click.echo(changes, err=True, nl=False)  # stdout stays parseable JSON
    else:
        write_output(format_table(scores) + (f"\n{changes}" if changes else ""), output)
    if scores.failures:
        sys.exit(EXIT_PARTIAL)


@cli.command(epilog="Exit codes: 0 checked; 1 unreadable input or a missing source; 2 bad command line; "
             f"{EXIT_UNVERIFIED} with --strict, some field is not exact or normalized (fuzzy included).")
@click.argument("summary", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--source", "sources", multiple=True, required=True,
              type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="An article the summary was made from (repeat for several); matched by id (file stem) or path.")
@click.option("--format", "fmt", type=click.Choice(["json", "md"]), default="json", show_default=True)
@click.option("--strict", is_flag=True, help=f"Exit {EXIT_UNVERIFIED} if any field is not exact or normalized (fuzzy, unsupported, contradicted, ... all fail).")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), help="Write here instead of stdout.")
def verify(summary, sources, fmt, strict, output) -> None:
    """Check SUMMARY.json (summarizer's output, possibly edited by hand) against its articles.

    \b
    Examples:
      summarizer verify out.json --source seeds/002.txt
      summarizer verify report.json --source a.txt --source b.txt --format md --strict
    """
    texts = {}
    for article in _inputs([str(p) for p in sources]):  # read exactly as `summarize` reads them
        if isinstance(article, SummarizerError):
            raise click.ClickException(str(article))
        texts[article.id] = texts[article.path or article.id] = article.text
    try:
        reports = verify_file(read_limited(summary).decode("utf-8"), texts)
    except InputError as e:
        raise click.ClickException(str(e)) from None
    except UnicodeDecodeError as e:
        raise click.ClickException(f"{summary}: not UTF-8 text: {e}") from None
    except (SummarizerError, ValueError) as e:
        raise click.ClickException(f"{summary}: {e}") from None
    if fmt == "md":
        text = safe_markdown(reports_markdown(reports))
    else:
        text = json.dumps({"reports": [r.model_dump(mode="json") for r in reports]}, indent=2, ensure_ascii=False)
    write_output(text, output)
    if strict and any(r.failed_strict for r in reports):
        sys.exit(EXIT_UNVERIFIED)


@cli.group()
def batch() -> None:
    """Offline batches: OpenAI Batch API files (also `vllm run-batch`), 50% cheaper on OpenAI."""


@batch.command("prepare")
@click.argument("paths", nargs=-1, required=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), required=True, help="requests.jsonl to write.")
@click.option("--model", "-m", default="gpt-4o-mini", show_default=True)
@click.option("--mode", type=click.Choice([m.value for m in Mode]), default="json_schema", show_default=True)
@click.option("--max-tokens", type=click.IntRange(64))
def batch_prepare(paths, output, model, mode, max_tokens) -> None:
    """Write the model calls for PATHS as Batch API requests (one line per article
    and chunk; custom_id is stable), plus OUTPUT's .articles.jsonl sidecar that
    `collect` needs. Unreadable inputs are reported and skipped."""
    from .batch import prepare

    items = _inputs(paths)
    articles = [a for a in items if not isinstance(a, SummarizerError)]
    for bad in (a for a in items if isinstance(a, SummarizerError)):
        click.echo(f"error: {bad}", err=True)
    settings = Settings(model=model, api_key="batch", mode=Mode(mode), max_tokens=max_tokens)
    try:
        count = prepare(articles, settings, output)
    except SummarizerError as e:
        raise click.ClickException(str(e)) from None
    click.echo(f"wrote {count} request(s) for {len(articles)} article(s) to {output}", err=True)
    if len(articles) < len(items):
        sys.exit(EXIT_PARTIAL)


@batch.command("collect")
@click.argument("requests", type=click.Path(dir_okay=False, exists=True, path_type=Path))
@click.argument("results", type=click.Path(dir_okay=False, exists=True, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="json", show_default=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--policy", type=click.Choice(POLICIES), default="lowest", show_default=True)
def batch_collect(requests, results, fmt, output, policy) -> None:
    """Turn a provider's Batch output file into verified summaries, as a live run.
    Failed lines are reported; re-run those articles live with `summarize`."""
    from .batch import collect

    try:
        result, texts = collect(requests, results)
    except SummarizerError as e:
        raise click.ClickException(str(e)) from None
    for f in result.failures:
        click.echo(f"error: {f.source}: {f.kind}: {f.message}", err=True)
    write_output(render_run(result.summaries, result.failures, fmt, texts, policy), output)
    if result.failures:
        sys.exit(EXIT_PARTIAL)


@cli.group("cache")
def cache_group() -> None:
    """The response cache: answers already paid for, reused by identical requests."""


@cache_group.command("stats")
def cache_stats() -> None:
    """How many answers the cache holds, its size on disk and where it is."""
    with _open_cache() as cache:
        stats = cache.stats()
    click.echo(f"{stats['entries']} answer(s), {stats['bytes']:,} bytes, {stats['path']}")


@cache_group.command("clear")
def cache_clear() -> None:
    """Delete every cached answer (the next run asks the model again)."""
    with _open_cache() as cache:
        click.echo(f"removed {cache.clear()} answer(s) from {cache.path}")


def _open_cache() -> ResponseCache:
    try:
        return ResponseCache()
    except SummarizerError as e:
        raise click.ClickException(str(e)) from None


def _open_store(path: Path) -> Store:
    try:
        return Store(path)
    except StoreError as e:
        raise click.ClickException(str(e)) from None


def _since(ctx, param, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from None


@cli.command()
@click.option("--store", "store_path", type=click.Path(dir_okay=False, exists=True, path_type=Path), required=True,
              help="The event store to read (see `summarize --store`).")
@click.option("--since", metavar="DATE", callback=_since, help="Only events dated on or after DATE (YYYY-MM-DD).")
@click.option("--event", "event_id", metavar="ID", help="Only the event with this id (see `summarizer events`).")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="md", show_default=True)
@click.option("--policy", type=click.Choice(POLICIES), default="lowest", show_default=True,
              help="Headline casualty figure when sources disagree (another than lowest is rebuilt from the stored summaries).")
@click.option("--rebuild", is_flag=True, help="First rebuild every stored event from the stored summaries (after an upgrade).")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), help="Write here instead of stdout.")
def report(store_path, since, event_id, fmt, policy, rebuild, output) -> None:
    """Render the event report kept in an event store.

    \b
    Examples:
      summarizer report --store news.db
      summarizer report --store news.db --since 2024-03-01 --format html -o report.html
      summarizer report --store news.db --event 2024-03-02-air-strike-kaduna --format json
    """
    check_writable(output)
    with _open_store(store_path) as store, _store_errors():
        if rebuild:
            click.echo(f"{store_path}: rebuilt: {store.rebuild()}", err=True)
        try:
            chosen = store.report(since=since, event=event_id, policy=policy)
        except KeyError:
            raise click.ClickException(f"{store_path}: no event {event_id!r} in the store (`summarizer events --store "
                                       f"{store_path}` lists them)") from None
        texts = store.texts() if fmt == "html" else {}
    write_output(render(chosen, fmt, texts), output)


@cli.command()
@click.option("--store", "store_path", type=click.Path(dir_okay=False, exists=True, path_type=Path), required=True,
              help="The event store to read (see `summarize --store`).")
@click.option("--json", "as_json", is_flag=True, help="One JSON list: id, date, kind, places, sources, changed_at.")
def events(store_path, as_json) -> None:
    """List the events of an event store: date, kind, place, sources and when each last changed."""
    with _open_store(store_path) as store, _store_errors():
        listing = store.events()
    if as_json:
        click.echo(json.dumps([asdict(e) for e in listing], indent=2, ensure_ascii=False))
        return
    width = max([len(e.id) for e in listing] + [5])
    click.echo(f"{'EVENT':<{width}}  {'DATE':<10}  {'LAST CHANGE':<25}  SOURCES")
    for e in listing:
        click.echo(f"{e.id:<{width}}  {e.date or 'undated':<10}  {e.changed_at:<25}  {len(e.sources)}: {', '.join(e.sources)}")


@contextmanager
def _store_errors() -> Iterator[None]:
    """A store that fails mid-way (locked, damaged) as a clear message."""
    try:
        yield
    except StoreError as e:
        raise click.ClickException(str(e)) from None


@cli.command()
@click.option("--report", "which", flag_value="report", default=True,
              help="The EventReport: what `summarize --format json` prints (the default).")
@click.option("--article", "which", flag_value="article",
              help="One ArticleSummary: a line of `summarize --format jsonl`, an item of the report's `articles`.")
def schema(which: str) -> None:
    """Print the JSON Schema of summarizer's JSON output."""
    model = EventReport if which == "report" else ArticleSummary
    click.echo(json.dumps(model.model_json_schema(), indent=2))


def main() -> None:
    # instructor logs every failed attempt at ERROR, and the library its notices; the CLI reports both itself.
    for name in ("instructor", "summarizer"):
        logging.getLogger(name).addHandler(logging.NullHandler())
        logging.getLogger(name).propagate = False
    cli(prog_name="summarizer")
