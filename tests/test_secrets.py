"""No secret in cassettes, logs, error messages or output: a canary key is used
for real requests that fail in every way, at DEBUG log level, and everything
written is searched for it."""

from __future__ import annotations

import asyncio
import io
import json
import logging

import httpx2

from summarizer.ingest import Article
from summarizer.pipeline import summarize_articles
from summarizer.render import render_run
from summarizer.settings import Mode, Settings

from .test_llm import completion

CANARY = "sk-canary-" + "7" * 40
SESSION = "server-session-" + "5" * 30  # a server's own secret: must not reach cassettes


def echoing_server(request: httpx2.Request) -> httpx2.Response:
    """Fails in ways that tempt code to print the key: echoes it back in errors."""
    text = json.loads(request.content)["messages"][-1]["content"]
    auth = request.headers.get("authorization", "")
    if "AUTH" in text:
        return httpx2.Response(401, json={"error": {"message": f"Incorrect API key provided: {auth}"}},
                               headers={"set-cookie": f"session={SESSION}", "openai-organization": "org-canary"})
    if "BOOM" in text:
        return httpx2.Response(500, json={"error": {"message": f"internal error for {auth}"}})
    return httpx2.Response(200, json=completion(), headers={"set-cookie": f"s={SESSION}", "openai-organization": "org-x"})


def test_canary_key_never_written(tmp_path):
    log = io.StringIO()
    handler = logging.StreamHandler(log)
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        settings = Settings(model="m", api_key=CANARY, base_url="http://test/v1", mode=Mode.json, transport_retries=1)
        articles = [Article(id="ok", text="Fine article."), Article(id="auth", text="AUTH please"),
                    Article(id="boom", text="BOOM now")]

        async def go(**kw):
            http = httpx2.AsyncClient(transport=httpx2.MockTransport(echoing_server))
            return await summarize_articles(articles, settings, http_client=http, **kw)

        result = asyncio.run(go())
        asyncio.run(go(record=tmp_path / "cassettes"))
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)

    assert {f.kind for f in result.failures} == {"auth", "server_error"}
    written = {
        "log": log.getvalue(),
        **{fmt: render_run(result.summaries, result.failures, fmt, {a.id: a.text for a in articles})
           for fmt in ("json", "md", "html", "csv", "jsonl")},
        "errors": " ".join(f"{f.message} {f.error!s} {f.error!r}" for f in result.failures),
    }
    for path in (tmp_path / "cassettes").glob("*.yaml"):
        written[path.name] = path.read_text(encoding="utf-8")
    assert any(name.endswith(".yaml") for name in written), "the record run wrote cassettes"
    assert "HTTP Request" in written["log"] or "Request options" in written["log"], "debug logging was on"
    for name, text in written.items():
        assert CANARY not in text, f"the key leaked into {name}"
        assert "7" * 40 not in text, f"part of the key leaked into {name}"
    for name, text in written.items():
        if name.endswith(".yaml"):
            assert "set-cookie" not in text.lower() and "org-" not in text and "authorization" not in text.lower()
            assert SESSION not in text
