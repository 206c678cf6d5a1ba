"""Running many articles: failures isolated, usage and cost counted, budget and
rate limits honoured. HTTP goes to an in-process scripted transport."""

from __future__ import annotations

import asyncio
import json

import httpx2
import pytest

from summarizer.errors import ConfigError, InputError
from summarizer.ingest import Article
from summarizer.pipeline import Throttle, summarize_articles
from summarizer.settings import Mode, Settings

from .test_llm import completion

GOOD = json.dumps({"incidents": [], "statements": [{"speaker": "Ostrik", "quote": "We will rebuild", "kind": "partial"}]})


def article(i: int, text: str | None = None) -> Article:
    return Article(id=f"a{i}", text=text or f"Article {i}. \u201cWe will rebuild\u201d, Ostrik said.")


def by_article(request: httpx2.Request) -> httpx2.Response:
    """Article texts containing FAIL get a 400; everything else a good answer."""
    body = json.loads(request.content)
    if "FAIL" in body["messages"][-1]["content"]:
        return httpx2.Response(400, json={"error": {"message": "bad request"}})
    return httpx2.Response(200, json=completion(content=GOOD))


def run(items, model="gpt-4o-mini", handler=by_article, **kw):
    settings = Settings(model=model, api_key="test-key", base_url="http://test/v1", mode=Mode.json, transport_retries=0)
    calls = []

    def counting(request):
        calls.append(request)
        return handler(request)

    async def go():
        http = httpx2.AsyncClient(transport=httpx2.MockTransport(counting))
        return await summarize_articles(items, settings, http_client=http, **kw)

    return asyncio.run(go()), calls


def test_one_failure_never_stops_the_run():
    items = [article(1), article(2, "FAIL this one"), InputError("x.txt", "empty file"), article(3)]
    result, _ = run(items)
    assert [s.source.id for s in result.summaries] == ["a1", "a3"]
    assert sorted((f.source, f.kind) for f in result.failures) == [("a2", "bad_request"), ("x.txt", "input")]


def test_usage_and_cost_add_up_over_articles():
    result, calls = run([article(i) for i in range(3)])
    assert len(calls) == 3
    assert result.usage.total_tokens == 45
    assert result.cost == pytest.approx(3 * (10 * 0.15 + 5 * 0.60) / 1e6)


def test_unknown_price_makes_cost_unknown_not_zero():
    result, _ = run([article(1)], model="mystery")
    assert result.cost is None and result.usage.total_tokens == 15


def test_budget_stops_starting_new_articles():
    result, calls = run([article(i) for i in range(5)], concurrency=1, max_cost=1e-9)
    assert len(result.summaries) == 1 and len(calls) == 1
    assert [f.kind for f in result.failures] == ["budget"] * 4
    assert "budget" in result.failures[0].message


def test_results_come_back_in_path_order_whatever_finishes_first():
    result, _ = run([article(i) for i in (3, 1, 2)], concurrency=3)
    assert [s.source.id for s in result.summaries] == ["a1", "a2", "a3"]


class FakeClock:
    def __init__(self):
        self.now = 0.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


def test_requests_per_minute_limit_spaces_calls():
    clock = FakeClock()
    throttle = Throttle(rpm=2, clock=clock, sleep=clock.sleep)

    async def go():
        for _ in range(4):
            await throttle.acquire({"messages": []})

    asyncio.run(go())
    # A full bucket allows 2 at once; then one every 30 s.
    assert clock.sleeps == [pytest.approx(30.0), pytest.approx(30.0)]


def test_tokens_per_minute_limit_counts_prompt_and_max_tokens():
    clock = FakeClock()
    throttle = Throttle(tpm=1000, clock=clock, sleep=clock.sleep)
    call = {"messages": [{"content": "x" * 2000}], "max_tokens": 300}  # 500 + 300 tokens

    async def go():
        await throttle.acquire(call)
        await throttle.acquire(call)

    asyncio.run(go())
    assert clock.sleeps == [pytest.approx((800 - 200) * 60 / 1000)]


def test_throttle_is_applied_before_every_http_call():
    clock = FakeClock()
    throttle = Throttle(rpm=1, clock=clock, sleep=clock.sleep)
    result, calls = run([article(i) for i in range(3)], throttle=throttle, concurrency=3)
    assert len(calls) == 3 and len(result.summaries) == 3
    assert clock.sleeps == [pytest.approx(60.0), pytest.approx(60.0)]


def test_a_budget_for_a_model_with_no_price_refuses_to_start(tmp_path, monkeypatch):
    """Unpriced, the cost is unknown and a budget cannot be kept: it ran all
    9 of 9 articles under a budget of $0.000001."""
    prices = tmp_path / "prices.toml"
    prices.write_text('[models."gpt-4o-mini"]\ninput = 0.15\noutput = 0.60\n')
    monkeypatch.setenv("SUMMARIZER_PRICES", str(prices))
    with pytest.raises(ConfigError, match=f"--max-cost: no price for model 'mystery' in {prices}"):
        run([article(i) for i in range(9)], model="mystery", max_cost=0.000001)


def test_an_unexpected_error_in_one_article_does_not_lose_the_others(monkeypatch):
    """A bug met by one article (here a stand-in for one) is that article's
    typed failure; it used to end the run with a traceback and no output."""
    from summarizer import pipeline

    real = pipeline.extract_article

    async def buggy(article, *args, **kwargs):
        if article.id == "a2":
            raise AttributeError("'str' object has no attribute 'usage'")
        return await real(article, *args, **kwargs)

    monkeypatch.setattr(pipeline, "extract_article", buggy)
    result, _ = run([article(i) for i in (1, 2, 3)])
    assert [s.source.id for s in result.summaries] == ["a1", "a3"]
    assert [(f.source, f.kind, f.message) for f in result.failures] == [
        ("a2", "internal_error", "AttributeError: 'str' object has no attribute 'usage'")
    ]
