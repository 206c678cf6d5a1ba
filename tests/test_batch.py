"""Batch files: prepared requests, executed one by one against a server, collected
into the same verified summaries as a live run."""

from __future__ import annotations

import asyncio
import json

from summarizer.batch import collect, prepare, sidecar
from summarizer.ingest import Article
from summarizer.pipeline import summarize_articles
from summarizer.settings import Mode, Settings

from .fakeserver import fake_server  # noqa: F401 - the fixture
from .test_llm import completion

QUOTE = "Nobody should doubt our resolve"


def server(request_body: dict) -> dict:
    """A deterministic 'model': quotes the article when it can, else makes one up."""
    article = request_body["messages"][-1]["content"]
    quote = QUOTE if QUOTE in article else "Something nobody said."
    return completion(content=json.dumps({"incidents": [], "statements": [{"speaker": "Ostrik", "quote": quote}]}))


SETTINGS = Settings(model="gpt-4o-mini", api_key="k", base_url="http://test/v1", mode=Mode.json, transport_retries=0)


def articles(sample_text):
    filler = " ".join(f"Residents described scene {i} to reporters." for i in range(700))
    return [Article(id="short", text=sample_text), Article(id="long", text=sample_text + "\n\n" + filler)]


def test_prepare_execute_collect_equals_live_run(tmp_path, sample_text, fake_server):
    """The prepared file, executed request by request against an OpenAI-compatible
    server on loopback and written in the Batch output format, collects into the
    same verified summaries as a live run against that server."""
    import urllib.request
    from dataclasses import replace

    settings = replace(SETTINGS, base_url=fake_server.base_url)
    items = articles(sample_text)
    requests = tmp_path / "requests.jsonl"
    lines = prepare(items, settings, requests)
    rows = [json.loads(l) for l in requests.read_text().splitlines()]
    assert lines == len(rows) >= 3  # the long article is chunked
    assert len({r["custom_id"] for r in rows}) == len(rows)
    assert {r["url"] for r in rows} == {"/v1/chat/completions"} and all(r["method"] == "POST" for r in rows)
    assert sidecar(requests).is_file()
    assert fake_server.count() == 0, "prepare sends nothing"

    def execute(row: dict) -> dict:
        http = urllib.request.Request(fake_server.base_url + "/chat/completions", data=json.dumps(row["body"]).encode(),
                                      headers={"content-type": "application/json"})
        with urllib.request.urlopen(http, timeout=10) as answer:
            return {"id": "r", "custom_id": row["custom_id"], "error": None,
                    "response": {"status_code": answer.status, "body": json.loads(answer.read())}}

    results = tmp_path / "results.jsonl"
    results.write_text("".join(json.dumps(execute(r)) + "\n" for r in rows))
    collected, _ = collect(requests, results)  # settings come from the prepared requests

    live = asyncio.run(summarize_articles(items, settings, feedback=False))
    assert not collected.failures and not live.failures
    assert fake_server.count() == 2 * len(rows), "the live run made the same requests"

    def essence(result):
        return [(s.source.id, [(st.quote, st.evidence["quote"].status, st.evidence["quote"].spans) for st in s.statements])
                for s in result.summaries]

    assert essence(collected) == essence(live)
    assert any(s.statements for s in collected.summaries)


def test_failed_lines_are_reported_and_the_rest_collected(tmp_path, sample_text):
    items = articles(sample_text)
    requests = tmp_path / "requests.jsonl"
    prepare(items, SETTINGS, requests)
    rows = [json.loads(l) for l in requests.read_text().splitlines()]
    out = []
    for r in rows:
        if r["custom_id"].startswith("long"):
            out.append({"custom_id": r["custom_id"], "response": {"status_code": 500, "body": {"error": "boom"}}, "error": None})
        else:
            out.append({"custom_id": r["custom_id"], "response": {"status_code": 200, "body": server(r["body"])}, "error": None})
    results = tmp_path / "results.jsonl"
    results.write_text("".join(json.dumps(o) + "\n" for o in out))
    collected, _ = collect(requests, results, SETTINGS)
    assert [s.source.id for s in collected.summaries] == ["short"]
    assert [f.source for f in collected.failures] == ["long"]
    assert "provider reported an error" in collected.failures[0].message


def test_settings_are_recovered_from_the_request_body(tmp_path, sample_text):
    from dataclasses import replace

    from summarizer.batch import settings_from_body

    for mode in Mode:
        settings = replace(SETTINGS, mode=mode, max_tokens=900)
        requests = tmp_path / f"{mode.value}.jsonl"
        prepare([Article(id="short", text=sample_text)], settings, requests)
        body = json.loads(requests.read_text().splitlines()[0])["body"]
        got = settings_from_body(body)
        assert (got.mode, got.model, got.max_tokens, got.temperature) == (mode, "gpt-4o-mini", 900, 0.0)
