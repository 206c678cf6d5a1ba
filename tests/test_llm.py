"""The model-call layer against a scripted in-process transport: exact request
counts and statuses for each failure kind, with the sleep injected."""

from __future__ import annotations

import asyncio
import json

import httpx2
import pytest

from summarizer.errors import ConfigError, ModelCallError
from summarizer.llm import StructuredClient
from summarizer.schema import Extraction
from summarizer.settings import HOW_TO_CONFIGURE, Mode, Settings, resolve_settings

VALID = json.dumps({"incidents": [], "statements": [{"speaker": "Ostrik", "quote": "We will rebuild.", "kind": "direct"}]})


def completion(content: str | None = VALID, finish_reason: str = "stop", refusal: str | None = None, choices=True) -> dict:
    body = {
        "id": "x",
        "object": "chat.completion",
        "created": 0,
        "model": "m",
        "usage": {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15},
        "choices": [],
    }
    if choices:
        body["choices"] = [
            {"index": 0, "finish_reason": finish_reason,
             "message": {"role": "assistant", "content": content, "refusal": refusal}}
        ]
    return body


class Script:
    """Answers requests in order from a list of (status, json body, headers)."""

    def __init__(self, *answers):
        self.answers = list(answers)
        self.requests: list[dict] = []

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        self.requests.append(json.loads(request.content))
        status, body, headers = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        if isinstance(body, Exception):
            raise body
        return httpx2.Response(status, json=body, headers=headers)


def ok(**kw):
    return (200, completion(**kw), {})


async def run_client(script: Script, use, retries: int = 2, reasks: int = 2, mode: Mode = Mode.json, sleeps=None,
                     max_tokens=None):
    """Run `use(client)` with a StructuredClient whose HTTP goes to `script`."""

    async def sleep(seconds: float) -> None:
        if sleeps is not None:
            sleeps.append(seconds)

    settings = Settings(model="m", api_key="test-key", base_url="http://test/v1", mode=mode,
                        transport_retries=retries, reasks=reasks, max_tokens=max_tokens)
    client = StructuredClient(settings, sleep=sleep, rng=lambda: 1.0,
                              http_client=httpx2.AsyncClient(transport=httpx2.MockTransport(script)))
    try:
        return await use(client)
    finally:
        await client.aclose()


def run(script: Script, **kw):
    sleeps: list[float] = []

    def use(client):
        return client.extract([{"role": "user", "content": "article"}], Extraction)

    return asyncio.run(run_client(script, use, sleeps=sleeps, **kw)), sleeps


def error_of(script: Script, **kw) -> tuple[ModelCallError, list[float]]:
    with pytest.raises(ModelCallError) as e:
        run(script, **kw)
    return e.value


def test_success_counts_one_call_and_usage():
    script = Script(ok())
    (result, stats), sleeps = run(script)
    assert result.statements[0].speaker == "Ostrik"
    assert (stats.http_calls, stats.reasks, stats.usage.total_tokens, sleeps) == (1, 0, 15, [])


def test_429_with_retry_after_then_200():
    script = Script((429, {"error": {"message": "slow down", "code": "rate_limit_exceeded"}}, {"retry-after": "1"}), ok())
    (result, stats), sleeps = run(script)
    assert len(script.requests) == 2 and stats.http_calls == 2
    assert sleeps == [1.0]


def test_retry_after_ms_wins_over_retry_after():
    script = Script((503, {"error": {"message": "busy"}}, {"retry-after-ms": "250", "retry-after": "9"}), ok())
    _, sleeps = run(script)
    assert sleeps == [0.25]


def test_insufficient_quota_is_final():
    e = error_of(Script((429, {"error": {"message": "pay", "code": "insufficient_quota"}}, {})))
    assert e.kind == "quota" and e.attempts == 1


@pytest.mark.parametrize("status, kind", [(400, "bad_request"), (401, "auth"), (403, "auth"), (404, "not_found")])
def test_client_errors_are_never_retried(status, kind):
    script = Script((status, {"error": {"message": "no"}}, {}))
    e = error_of(script)
    assert (e.kind, e.attempts, len(script.requests)) == (kind, 1, 1)


def test_context_length_is_final():
    script = Script((400, {"error": {"message": "too long", "code": "context_length_exceeded"}}, {}))
    assert error_of(script).kind == "context_length"


def test_server_errors_exhaust_the_transport_budget_with_backoff():
    script = Script((500, {"error": {"message": "boom"}}, {}))
    (e) = error_of(script, retries=3)
    assert (e.kind, len(script.requests)) == ("server_error", 4)


def test_connection_errors_are_retried():
    script = Script((0, httpx2.ConnectError("refused"), {}), ok())
    (_, stats), sleeps = run(script)
    assert stats.http_calls == 2 and len(sleeps) == 1


def test_validation_failure_is_reasked_with_the_error():
    script = Script(ok(content='{"incidents": "nope"}'), ok())
    (_, stats), _ = run(script)
    assert (stats.http_calls, stats.reasks) == (2, 1)
    reask = script.requests[1]["messages"]
    assert any("incidents" in str(m.get("content")) and m["role"] == "user" for m in reask[2:])


def test_reasks_are_bounded():
    script = Script(ok(content="not json"))
    e = error_of(script, reasks=2)
    assert (e.kind, len(script.requests)) == ("invalid_output", 3)


def test_maximum_calls_is_transport_times_reasks():
    """(1 + transport retries) x (1 + re-asks): each attempt fails transport
    twice, then returns invalid output."""
    answers = []
    for _ in range(3):
        answers += [(500, {"error": {"message": "x"}}, {}), (500, {"error": {"message": "x"}}, {}), ok(content="bad")]
    script = Script(*answers, ok(content="bad"))
    e = error_of(script, retries=2, reasks=2)
    assert e.kind == "invalid_output"
    assert len(script.requests) == (1 + 2) * (1 + 2)


def test_truncated_output_is_typed_and_not_reasked():
    script = Script(ok(content='{"incidents": [', finish_reason="length"))
    e = error_of(script)
    assert (e.kind, len(script.requests)) == ("truncated", 1)  # no explicit budget to raise


def test_truncation_retries_once_with_a_larger_budget_never_appending_broken_output():
    script = Script(ok(content='{"incidents": [', finish_reason="length"), ok())
    (result, stats), _ = run(script, max_tokens=1000)
    assert [r["max_tokens"] for r in script.requests] == [1000, 2000]
    assert script.requests[1]["messages"] == script.requests[0]["messages"]
    assert stats.usage.total_tokens == 30


def test_truncation_twice_is_a_typed_failure():
    script = Script(ok(content='{"incidents": [', finish_reason="length"))
    e = error_of(script, max_tokens=1000)
    assert (e.kind, len(script.requests)) == ("truncated", 2)


@pytest.mark.parametrize(
    "answer, kind",
    [
        (ok(content=None, refusal="I can't help with that"), "refused"),
        (ok(finish_reason="content_filter"), "content_filter"),
        ((200, completion(choices=False), {}), "empty"),
    ],
)
def test_final_statuses(answer, kind):
    script = Script(answer)
    e = error_of(script)
    assert (e.kind, len(script.requests)) == (kind, 1)


def test_json_grammar_mode_sends_the_schema_to_the_decoder():
    script = Script(ok())
    run(script, mode=Mode.json_grammar)
    fmt = script.requests[0]["response_format"]
    assert fmt["type"] == "json_object"
    assert fmt["schema"]["properties"]["statements"]["maxItems"] > 0


def test_secret_never_in_error_message():
    script = Script((401, {"error": {"message": "Incorrect API key provided: test-key"}}, {}))
    e = error_of(script)
    assert "test-key" not in str(e) and "***" in str(e)


# ---- settings ---------------------------------------------------------------


def test_unconfigured_says_how_to_configure():
    with pytest.raises(ConfigError) as e:
        resolve_settings()
    assert str(e.value) == HOW_TO_CONFIGURE
    assert "OPENAI_API_KEY" in HOW_TO_CONFIGURE and "--base-url" in HOW_TO_CONFIGURE


def test_flags_override_env(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "env-key")
    monkeypatch.setenv("SUMMARIZER_MODEL", "env-model")
    monkeypatch.setenv("SUMMARIZER_MODE", "tools")
    s = resolve_settings(model="flag-model", mode="json")
    assert (s.model, s.mode, s.api_key) == ("flag-model", Mode.json, "env-key")
    assert resolve_settings().model == "env-model"


def test_base_url_needs_a_model_and_defaults_to_json_mode(monkeypatch):
    with pytest.raises(ConfigError, match="no model"):
        resolve_settings(base_url="http://localhost:8080/v1")
    s = resolve_settings(base_url="http://localhost:8080/v1", model="qwen")
    assert s.mode is Mode.json and s.base_url_host == "localhost:8080"


def test_unknown_mode(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "k")
    with pytest.raises(ConfigError, match="unknown mode 'xml'"):
        resolve_settings(mode="xml")


def test_settings_repr_hides_the_key():
    assert "secret-key" not in repr(Settings(model="m", api_key="secret-key"))


# ---- failures say what went wrong -------------------------------------------


@pytest.mark.parametrize(
    "content, reason",
    [
        ("not json", "Invalid JSON: expected ident at line 1 column 2"),
        (json.dumps({"incidents": [{"kind": "air strike", "description": "x", "date": {"value": "2024-02-30"}}]}),
         "incidents.0.date.value: 2024-02-30 is not a date (give YYYY-MM-DD, YYYY-MM or YYYY)"),
    ],
)
def test_a_validation_failure_says_why(content, reason):
    e = error_of(Script(ok(content=content)), reasks=1)
    assert (e.kind, e.message) == ("invalid_output", f"the answer did not validate after 2 attempt(s): {reason}")


@pytest.mark.parametrize("header, wait", [("120", 0.5), ("-5", 0.5), ("soon", 0.5), ("nan", 0.5), ("7", 7.0)])
def test_an_unusable_retry_after_falls_back_to_backoff(header, wait):
    """As the openai SDK does: a retry-after over 60 s or negative is ignored,
    not a reason to give up."""
    script = Script((429, {"error": {"message": "slow down", "code": "rate_limit_exceeded"}}, {"retry-after": header}), ok())
    (_, stats), sleeps = run(script)
    assert stats.http_calls == 2 and sleeps == [wait]


def test_messages_about_the_base_url_show_no_credentials(monkeypatch):
    from summarizer.local import resolve_local

    url = "http://someone:s3cret@localhost:8080/v1?key=s3cret"
    with pytest.raises(ConfigError) as no_model:
        resolve_settings(base_url=url)
    monkeypatch.setattr("summarizer.local.llama_available", lambda: True)
    with pytest.raises(ConfigError) as both:
        resolve_local(model="local", base_url=url)
    for error in (no_model, both):
        assert "s3cret" not in str(error.value) and "someone" not in str(error.value)
        assert "http://localhost:8080/v1" in str(error.value)
