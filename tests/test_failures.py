"""Failure handling through real HTTP: the fake server on loopback answers with
scripted faults, and each test asserts exactly how many requests were made,
what the server answered and what the caller gets. Sleeps are injected and
recorded, so retry-after waits cost no time."""

from __future__ import annotations

import asyncio
import time

import httpx2
import pytest
import yaml
from hypothesis import HealthCheck, given, settings as hypothesis_settings, strategies as st

from summarizer.errors import InputError, ModelCallError
from summarizer.ingest import Article, read_article
from summarizer.llm import StructuredClient
from summarizer.pipeline import settings_for as pipeline_settings_for, summarize_articles
from summarizer.prompts import load_template
from summarizer.schema import Extraction, Status
from summarizer.settings import Mode, Settings

from .fakeserver import (
    CONTENT_FILTER,
    ECHO_KEY,
    HTML,
    EMPTY,
    INVALID,
    QUOTA,
    REFUSAL,
    RESET,
    SERVER_ERROR,
    TIMEOUT,
    TRICKLE,
    TRUNCATED,
    FakeServer,
    fake_server,  # noqa: F401 - the fixture
    rate_limited,
)

# The fake server quotes `Name said: "..."` as a direct quote by Name, which verification grounds.
QUOTE = "We will rebuild the depot."
ARTICLE = Article(id="a", text=f'A drone struck a fuel depot on Tuesday.\nMayor Anna Ostrik said: "{QUOTE}"\n')


def settings_for(server: FakeServer, **overrides) -> Settings:
    fields = {"api_key": "dummy-key", "mode": Mode.json, "transport_retries": 2, "reasks": 1, **overrides}
    return Settings(model="fake-model", base_url=server.base_url, **fields)


def extract(server: FakeServer, **overrides):
    """One structured call for ARTICLE; returns (result or ModelCallError, recorded sleeps)."""
    sleeps: list[float] = []

    async def sleep(seconds: float) -> None:
        sleeps.append(seconds)

    async def go():
        client = StructuredClient(settings_for(server, **overrides), sleep=sleep, rng=lambda: 1.0)
        try:
            return await client.extract(load_template().messages(ARTICLE.text), Extraction)
        except ModelCallError as error:
            return error
        finally:
            await client.aclose()

    return asyncio.run(go()), sleeps


def test_success_is_one_request_with_usage(fake_server):
    (extraction, stats), sleeps = extract(fake_server)
    assert extraction.statements[0].quote == QUOTE
    assert (fake_server.statuses(ARTICLE.sha256), stats.http_calls, sleeps) == ([200], 1, [])
    assert stats.usage.total_tokens > 0


def test_429_with_retry_after_then_200(fake_server):
    fake_server.script(rate_limited(retry_after=1))
    (extraction, stats), sleeps = extract(fake_server)
    assert extraction.statements and stats.http_calls == 2
    assert fake_server.statuses() == [429, 200]
    assert sleeps == [1.0]


def test_retry_after_ms_wins_over_retry_after(fake_server):
    fake_server.script(rate_limited(retry_after=9, retry_after_ms=250))
    _, sleeps = extract(fake_server)
    assert sleeps == [0.25]


def test_server_errors_exhaust_the_transport_budget_with_backoff(fake_server):
    fake_server.script(*[SERVER_ERROR] * 4)
    error, sleeps = extract(fake_server, transport_retries=3)
    assert (error.kind, error.attempts, error.status_code) == ("server_error", 4, 500)
    assert fake_server.statuses() == [500] * 4
    assert sleeps == [0.5, 1.0, 2.0]


def test_timeout_is_retried_then_final(fake_server):
    """Real waiting: 2 x 0.2 s client timeouts against a server that hangs 1 s."""
    fake_server.script(TIMEOUT, TIMEOUT)
    error, sleeps = extract(fake_server, timeout=0.2, transport_retries=1)
    assert (error.kind, error.attempts, fake_server.count()) == ("timeout", 2, 2)
    assert len(sleeps) == 1


def test_insufficient_quota_is_final(fake_server):
    fake_server.script(QUOTA)
    error, sleeps = extract(fake_server)
    assert (error.kind, error.attempts, fake_server.statuses(), sleeps) == ("quota", 1, [429], [])


@pytest.mark.parametrize(
    "fault, kind",
    [(TRUNCATED, "truncated"), (REFUSAL, "refused"), (CONTENT_FILTER, "content_filter"), (EMPTY, "empty")],
)
def test_final_answers_are_not_retried_or_reasked(fake_server, fault, kind):
    fake_server.script(fault)
    error, sleeps = extract(fake_server)
    assert (error.kind, error.attempts, fake_server.statuses(), sleeps) == (kind, 1, [200], [])


def test_invalid_output_is_reasked_within_its_budget(fake_server):
    fake_server.script(INVALID, INVALID)
    error, _ = extract(fake_server, reasks=1)
    assert (error.kind, fake_server.count()) == ("invalid_output", 2)


def test_models_endpoint_lists_the_fake_model(fake_server):
    models = httpx2.get(f"{fake_server.base_url}/models").json()
    assert [m["id"] for m in models["data"]] == ["fake-model"] and fake_server.count() == 0


def test_tools_mode_answers_through_a_tool_call(fake_server):
    (extraction, stats), _ = extract(fake_server, mode=Mode.tools)
    assert extraction.statements[0].quote == QUOTE and stats.http_calls == 1


# ---- the pipeline: one article's failure never stops the run ----------------


def run_pipeline(server: FakeServer, articles, **overrides):
    return asyncio.run(summarize_articles(articles, settings_for(server, **overrides), concurrency=3))


def test_one_failing_article_does_not_stop_the_others(fake_server):
    articles = [Article(id=name, text=f'A depot burned.\n{name} said: "It happened here."\n') for name in ("Calm", "SLOW", "BROKE")]
    fake_server.script_article("SLOW", rate_limited(retry_after_ms=10))  # a real 10 ms wait
    fake_server.script_article("BROKE", QUOTA)
    result = run_pipeline(fake_server, articles)
    assert sorted(s.source.id for s in result.summaries) == ["Calm", "SLOW"]
    assert [(f.source, f.kind) for f in result.failures] == [("BROKE", "quota")]
    assert [fake_server.statuses(a.sha256) for a in articles] == [[200], [429, 200], [429]]
    assert {s.source.id: (s.run.http_calls, s.totals.grounded) for s in result.summaries} == {"Calm": (1, 2), "SLOW": (2, 2)}


@hypothesis_settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.one_of(st.binary(max_size=300), st.text(max_size=300).map(str.encode)))
def test_arbitrary_article_bytes_never_crash_a_run(fake_server, tmp_path, data):
    """Any file either reads as an article, whose quote (copied by the server)
    verification finds exactly, or is reported as an input failure."""
    path = tmp_path / "article.txt"
    path.write_bytes(data)
    try:
        article = read_article(path)
    except InputError as error:
        result = run_pipeline(fake_server, [error])
        assert [f.kind for f in result.failures] == ["input"] and not result.summaries
        return
    result = run_pipeline(fake_server, [article])
    assert not result.failures
    (summary,) = result.summaries
    assert summary.statements[0].evidence["quote"].status is Status.exact


def test_a_trickling_answer_is_cut_off_at_the_total_deadline(fake_server):
    """One byte every half second resets a per-read timeout for ever; the
    deadline covers the whole request (generous bound: 3x the two deadlines)."""
    fake_server.script(TRICKLE, TRICKLE)
    started = time.monotonic()

    async def go():
        client = StructuredClient(settings_for(fake_server, timeout=1, transport_retries=1), sleep=lambda _: asyncio.sleep(0))
        try:
            return await asyncio.wait_for(client.extract(load_template().messages(ARTICLE.text), Extraction), 6)
        except ModelCallError as error:
            return error
        finally:
            await client.aclose()

    error = asyncio.run(go())
    assert (error.kind, error.attempts, fake_server.count()) == ("timeout", 2, 2)
    assert "within 1 s" in error.message
    assert time.monotonic() - started < 6


# ---- recordings are replaced only by complete, successful recordings ----------


def record_and_replay(server: FakeServer, directory, *faults):
    """Record ARTICLE into `directory` with `faults` scripted, then replay it."""
    server.script(*faults)
    recorded = asyncio.run(summarize_articles([ARTICLE], settings_for(server, transport_retries=1), record=directory))
    replayed = asyncio.run(summarize_articles([ARTICLE], pipeline_settings_for(replay=directory), replay=directory))
    return recorded, replayed


@pytest.mark.parametrize("transient", [rate_limited(retry_after_ms=10), SERVER_ERROR])
def test_a_run_that_succeeded_after_a_transient_error_replays(fake_server, tmp_path, transient):
    recorded, replayed = record_and_replay(fake_server, tmp_path, transient)
    assert fake_server.statuses()[0] in (429, 500) and not recorded.failures
    assert not replayed.failures and replayed.summaries[0].statements[0].quote == QUOTE
    interactions = yaml.safe_load((tmp_path / "a.yaml").read_text())["interactions"]
    assert [i["response"]["status"]["code"] for i in interactions] == [200]


def test_a_failed_re_record_keeps_the_good_cassette(fake_server, tmp_path):
    record_and_replay(fake_server, tmp_path)
    good = (tmp_path / "a.yaml").read_bytes()
    fake_server.script(QUOTA)
    failed = asyncio.run(summarize_articles([ARTICLE], settings_for(fake_server), record=tmp_path))
    assert [f.kind for f in failed.failures] == ["quota"]
    assert (tmp_path / "a.yaml").read_bytes() == good
    assert [p.name for p in tmp_path.iterdir()] == ["a.yaml"]  # no temporary file left behind


def test_a_reset_connection_is_retried(fake_server):
    fake_server.script(RESET)
    (extraction, stats), sleeps = extract(fake_server)
    assert extraction.statements[0].quote == QUOTE
    assert (fake_server.count(), stats.http_calls, len(sleeps)) == (2, 2, 1)


def test_an_html_page_with_status_200_is_a_typed_failure(fake_server):
    """It was "'str' object has no attribute 'usage'", and the run's traceback."""
    fake_server.script(HTML)
    error, sleeps = extract(fake_server)
    assert (error.kind, error.attempts, fake_server.count(), sleeps) == ("bad_response", 1, 1, [])
    assert "HTML page" in error.message and "--base-url" in error.message


def test_an_answer_that_echoes_the_key_never_shows_it(fake_server):
    key = "sk-canary-" + "3" * 40
    fake_server.script(ECHO_KEY)
    error, _ = extract(fake_server, api_key=key)
    assert error.kind == "auth" and "Incorrect API key" in error.message
    assert key not in f"{error} {error!r} {error.message}" and "3" * 40 not in str(error)


def test_a_chaotic_server_answers_a_seeded_mix_of_faults():
    """The soak test's server (make soak): the same seed, the same faults, in
    about the share asked for, transient ones the most common."""
    draws = []
    for _ in range(2):
        server = FakeServer(chaos=0.5, seed=7)
        draws.append([server._next_fault("article").kind for _ in range(400)])
    assert draws[0] == draws[1]
    assert 150 < sum(kind != "ok" for kind in draws[0]) < 250
    assert {"server_error", "rate_limited", "reset", "trickle", "html", "echo_key"} <= set(draws[0])


def test_the_server_log_says_what_was_answered(fake_server):
    fake_server.script(RESET, ECHO_KEY)
    extract(fake_server)
    assert fake_server.statuses() == [0, 401]
