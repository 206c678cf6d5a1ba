"""Batch files: the OpenAI Batch API input format, and turning its output back
into the same verified summaries a live run gives.

`prepare` runs the normal pipeline with a backend that only *captures* each
request, so the file holds exactly what a live run would send (any mode, every
chunk). `collect` runs the pipeline again with a backend that answers each
request from the provider's output file. Batches are one-shot: the verifier's
feedback round and validation re-asks need a second turn, so both are off, and
an answer that fails is reported for a live re-run. The article texts travel
in a sidecar file, `<requests>.articles.jsonl`, since the Batch format has no
room for them.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterable
from dataclasses import asdict, replace
from pathlib import Path
from typing import Any

from .errors import InputError
from .ingest import Article, read_limited
from .pipeline import RunResult, summarize_articles
from .prompts import PromptTemplate
from .replay import safe_filename
from .settings import Mode, Settings

ENDPOINT = "/v1/chat/completions"


def sidecar(requests_path: Path) -> Path:
    return requests_path.with_name(requests_path.stem + ".articles.jsonl")


def http_body(kwargs: dict[str, Any]) -> dict[str, Any]:
    """The JSON body the SDK would send for these create() kwargs."""
    body = {k: v for k, v in kwargs.items() if k != "extra_body"}
    body.update(kwargs.get("extra_body") or {})
    return body


def _key(body: dict[str, Any]) -> str:
    return json.dumps(body, sort_keys=True, ensure_ascii=False)


def _empty_answer(kwargs: dict[str, Any]) -> Any:
    """A valid empty answer in every mode (content for JSON modes, a tool call for
    tools mode), so a capture run goes through the pipeline unchanged."""
    from openai.types.chat import ChatCompletion

    empty = json.dumps({"incidents": [], "statements": []})
    return ChatCompletion.model_validate({
        "id": "capture", "object": "chat.completion", "created": 0, "model": kwargs.get("model", ""),
        "choices": [{"index": 0, "finish_reason": "stop", "message": {
            "role": "assistant", "content": empty,
            "tool_calls": [{"id": "c", "type": "function", "function": {"name": "Extraction", "arguments": empty}}],
        }}],
    })


def prepare(articles: Iterable[Article], settings: Settings, output: Path, template: PromptTemplate | None = None) -> int:
    """Write one Batch API line per request (article and chunk), plus the sidecar
    of article texts. Returns the number of request lines."""
    articles = list(articles)
    counts: dict[str, int] = {}
    lines: list[dict[str, Any]] = []

    async def capture(**kwargs: Any) -> Any:
        article_id = _article_of(kwargs, articles)
        n = counts[article_id] = counts.get(article_id, -1) + 1
        lines.append({"custom_id": f"{safe_filename(article_id)}#{n}", "method": "POST", "url": ENDPOINT,
                      "body": http_body(kwargs)})
        return _empty_answer(kwargs)

    # One at a time, so each article's chunks are numbered in order.
    asyncio.run(summarize_articles(articles, settings, template=template, backend=capture, feedback=False, concurrency=1))
    _write_jsonl(output, lines)
    _write_jsonl(sidecar(output), [asdict(a) for a in articles])
    return len(lines)


def _article_of(kwargs: dict[str, Any], articles: list[Article]) -> str:
    """Which article a captured request is for (its text, or a chunk of it, is in
    the last message)."""
    last = kwargs["messages"][-1]["content"]
    inside = last.split(">", 1)[-1].rsplit("</", 1)[0].strip()
    return next((a.id for a in articles if inside and inside in a.text), "unknown")


class BatchAnswers:
    """A completion backend answering each request from a Batch output file."""

    def __init__(self, requests: list[dict[str, Any]], results: list[dict[str, Any]]):
        by_id = {r["custom_id"]: r for r in results}
        self._answers: dict[str, dict[str, Any]] = {}
        for request in requests:
            self._answers[_key(request["body"])] = by_id.get(request["custom_id"], {"error": {"message": "no result line"}})

    async def __call__(self, **kwargs: Any) -> Any:
        from openai.types.chat import ChatCompletion

        result = self._answers.get(_key(http_body(kwargs)))
        if result is None:
            raise BatchLineError("the batch has no request like this one (was the file prepared with other settings?)")
        response = result.get("response") or {}
        if result.get("error") or response.get("status_code", 200) != 200:
            detail = result.get("error") or response.get("body")
            raise BatchLineError(f"the provider reported an error for this request: {json.dumps(detail)[:300]}")
        return ChatCompletion.model_validate(response["body"])


class BatchLineError(Exception):
    pass


def settings_from_body(body: dict[str, Any]) -> Settings:
    """The settings that produced a request body, so collect rebuilds it exactly."""
    fmt = body.get("response_format") or {}
    if "tools" in body:
        mode = Mode.tools
    elif fmt.get("type") == "json_schema":
        mode = Mode.json_schema
    elif fmt.get("type") == "json_object":
        mode = Mode.json_grammar if "schema" in fmt else Mode.json
    else:
        mode = Mode.md_json
    return Settings(model=body["model"], api_key="batch", mode=mode, max_tokens=body.get("max_tokens"),
                    temperature=body.get("temperature"))


def collect(
    requests_path: Path, results_path: Path, settings: Settings | None = None, template: PromptTemplate | None = None
) -> tuple[RunResult, dict[str, str]]:
    """Verified summaries from a provider's Batch output, as a live run gives them,
    and the article texts (for reports)."""
    requests = _read_jsonl(requests_path)
    if not requests:
        raise InputError(str(requests_path), "no requests")
    settings = settings or settings_from_body(requests[0]["body"])
    results = _read_jsonl(results_path)
    try:
        articles = [Article(**a) for a in _read_jsonl(sidecar(requests_path))]
    except (OSError, TypeError) as e:
        raise InputError(str(sidecar(requests_path)), f"cannot read the article sidecar written by `batch prepare` ({e})") from None
    settings = replace(settings, reasks=0, transport_retries=0)
    result = asyncio.run(
        summarize_articles(articles, settings, template=template, backend=BatchAnswers(requests, results), feedback=False)
    )
    return result, {a.id: a.text for a in articles}


def _write_jsonl(path: Path, rows: list[dict[str, Any]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    try:
        text = read_limited(path).decode("utf-8")
    except UnicodeDecodeError as e:
        raise InputError(str(path), f"not UTF-8 (invalid byte at offset {e.start})") from None
    rows = []
    for number, line in enumerate(text.split("\n"), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except ValueError as e:  # JSONDecodeError, or an integer too long to convert
                detail = e.msg if isinstance(e, json.JSONDecodeError) else str(e)
                raise InputError(f"{path}:{number}", f"not JSON ({detail})") from None
    return rows
