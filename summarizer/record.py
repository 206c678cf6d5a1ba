"""Re-record cassettes from a real model: `python -m summarizer.record` (`make record`).

Starts llama-cpp-python's OpenAI-compatible server on loopback with an embedded
model, runs the articles through the normal pipeline with recording on, once per
strategy (focused into cassettes/<model>, whole into cassettes/<model>-whole, so
both paths replay real answers offline), and stops the server. Every cassette is a
real exchange with a real model.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import subprocess
import sys
import time
import urllib.request
from importlib.metadata import version
from pathlib import Path

from .ingest import Article, iter_inputs
from .local import DEFAULT_LOCAL_MODEL, MODELS, model_file
from .pipeline import summarize_articles
from .settings import Mode, Settings

RECORD_MAX_TOKENS = 2048
RECORD_CONTEXT = 8192


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_until_up(url: str, server: subprocess.Popen, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"the llama.cpp server exited with code {server.returncode}")
        try:
            urllib.request.urlopen(url + "/models", timeout=2).read()
            return
        except OSError:
            time.sleep(0.5)
    raise SystemExit(f"the llama.cpp server did not answer at {url} within {seconds:.0f} s")


def _report(outcome) -> None:
    name = outcome.source.id if hasattr(outcome, "incidents") else f"{outcome.source} FAILED ({outcome.kind})"
    print(f"  recorded {name}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", nargs="*", default=["../shared/seeds/*.txt"], help="files or globs")
    parser.add_argument("--model", default=DEFAULT_LOCAL_MODEL, choices=sorted(MODELS))
    parser.add_argument("--out", type=Path, help="cassette directory (default cassettes/<model>, and <model>-whole for whole)")
    parser.add_argument("--threads", type=int, default=os.cpu_count() or 1,
                        help="the server's threads (default: every core; 1 suits a machine others are busy on)")
    parser.add_argument("--timeout", type=float, default=900,
                        help="seconds one answer may take (default 900; a whole-article answer on a busy machine takes longer)")
    parser.add_argument("--strategy", choices=("whole", "focused", "both"), default="both",
                        help="extraction strategy to record (default both)")
    args = parser.parse_args(argv)
    if args.out and args.strategy == "both":
        parser.error("--out takes one strategy: add --strategy whole or --strategy focused")

    articles = [a for a in iter_inputs(args.articles) if isinstance(a, Article)]
    if not articles:
        print(f"no readable articles in {args.articles}", file=sys.stderr)
        return 1
    strategies = ("focused", "whole") if args.strategy == "both" else (args.strategy,)
    gguf = model_file(args.model)
    port = _free_port()
    base_url = f"http://127.0.0.1:{port}/v1"
    command = [sys.executable, "-m", "llama_cpp.server", "--model", str(gguf), "--host", "127.0.0.1",
               "--port", str(port), "--n_ctx", str(RECORD_CONTEXT), "--model_alias", args.model,
               "--n_threads", str(args.threads)]  # its default is half the cores
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    failed = 0
    try:
        _wait_until_up(base_url, server)
        settings = Settings(model=args.model, api_key="not-needed", base_url=base_url, mode=Mode.json_grammar,
                            timeout=args.timeout, transport_retries=0, max_tokens=RECORD_MAX_TOKENS)
        notes = {"server": f"llama-cpp-python {version('llama-cpp-python')} server, n_ctx {RECORD_CONTEXT}",
                 "model_file": gguf.name, "model_sha256": MODELS[args.model].sha256}
        for strategy in strategies:
            out = args.out or Path("cassettes") / (args.model if strategy == "focused" else f"{args.model}-{strategy}")
            started = time.monotonic()
            result = asyncio.run(summarize_articles(
                articles, settings, strategy=strategy, record=out, recording_notes=notes, on_result=_report))
            print(f"recorded {len(result.summaries)} article(s) {strategy} into {out} in {time.monotonic() - started:.0f} s; "
                  f"{len(result.failures)} failed", file=sys.stderr)
            for f in result.failures:
                print(f"  failed: {f.source}: {f.kind}: {f.message}", file=sys.stderr)
            failed += len(result.failures)
    finally:
        server.terminate()
        server.wait(30)
    return 0 if not failed else 3


if __name__ == "__main__":
    sys.exit(main())
