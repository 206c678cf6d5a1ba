"""Command line: thin shells over library functions; errors become clear messages."""

from __future__ import annotations

import asyncio
import json
import logging
import os
import sys
import tempfile
from pathlib import Path

import click

from .errors import SummarizerError
from .ingest import read_article
from .llm import Mode
from .pipeline import summarize_articles, settings_for
from .render import FORMATS
from .schema import ArticleSummary

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_PARTIAL = 0, 1, 2, 3
EXIT_CODES = f"""Exit codes: {EXIT_OK} every article summarized; {EXIT_ERROR} nothing could run (configuration,
prompt or replay directory problem); {EXIT_USAGE} bad command line; {EXIT_PARTIAL} some articles failed
(the others' results are still written, failures are listed on stderr and in the output)."""


def write_output(text: str, output: Path | None) -> None:
    """Write to stdout, or atomically to a file so a crash never leaves half a file."""
    if output is None:
        click.echo(text, nl=not text.endswith("\n"))
        return
    output.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=output.parent, prefix=f".{output.name}.")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(tmp, output)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="summarizer")
def cli() -> None:
    """Turn news articles about incidents into structured, checked summaries."""


@cli.command(epilog=EXIT_CODES)
@click.argument("paths", nargs=-1, required=True)
@click.option("--model", "-m", help="Model name. Env SUMMARIZER_MODEL. Default gpt-4o-mini on OpenAI.")
@click.option("--base-url", help="OpenAI-compatible server, e.g. http://localhost:11434/v1. Env OPENAI_BASE_URL.")
@click.option(
    "--mode",
    type=click.Choice([m.value for m in Mode]),
    help="How structured output is requested. Env SUMMARIZER_MODE. Default: tools on OpenAI, json on other servers.",
)
@click.option("--format", "fmt", type=click.Choice(list(FORMATS)), default="json", show_default=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), help="Write here instead of stdout.")
@click.option("--strict", is_flag=True, help="Drop items that cannot be grounded in the article.")
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
@click.option("--timeout", type=click.FloatRange(1), default=60.0, show_default=True, help="Seconds per HTTP request.")
@click.option("--max-tokens", type=click.IntRange(64), help="Cap on the answer's length.")
def summarize(paths, model, base_url, mode, fmt, output, strict, replay, record, concurrency, timeout, max_tokens) -> None:
    """Summarize the articles at PATHS (files, or - for stdin).

    \b
    Examples:
      summarizer summarize article.txt --format md
      summarizer summarize a.txt b.txt -o summary.json
      summarizer summarize article.txt --base-url http://localhost:8080/v1 --model qwen --mode json
      summarizer summarize seeds/002.txt --replay cassettes/qwen2.5-coder-0.5b-instruct
    """
    if replay and record:
        raise click.UsageError("--replay and --record cannot be combined.")
    try:
        settings = settings_for(
            replay=replay, model=model, base_url=base_url, mode=mode, timeout=timeout, max_tokens=max_tokens
        )
    except SummarizerError as e:
        raise click.ClickException(str(e)) from None
    articles = [_read(p) for p in paths]
    try:
        result = asyncio.run(
            summarize_articles(articles, settings, strict=strict, concurrency=concurrency, replay=replay, record=record)
        )
    except SummarizerError as e:
        raise click.ClickException(str(e)) from None
    for f in result.failures:
        click.echo(f"error: {f.source}: {f.kind}: {f.message}", err=True)
    write_output(FORMATS[fmt](result.summaries, result.failures), output)
    if result.failures:
        sys.exit(EXIT_PARTIAL)


def _read(path: str):
    try:
        return read_article("-", sys.stdin.buffer.read()) if path == "-" else read_article(path)
    except SummarizerError as e:
        return e


@cli.command()
def schema() -> None:
    """Print the JSON Schema of summarizer's output (one ArticleSummary)."""
    click.echo(json.dumps(ArticleSummary.model_json_schema(), indent=2))


def main() -> None:
    # instructor logs every failed attempt at ERROR; the CLI reports failures itself.
    logging.getLogger("instructor").addHandler(logging.NullHandler())
    logging.getLogger("instructor").propagate = False
    cli(prog_name="summarizer")
