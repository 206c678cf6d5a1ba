"""Pipeline benchmark against the fake OpenAI-compatible server (no network).

    python bench/bench_pipeline.py

1. Throughput: 200 distinct short articles, concurrency 16, 200 ms server
   latency; the target is at most 1.15 x the ideal ceil(200/16) x 0.2 s.
2. Client overhead: zero-latency server, concurrency 1, so articles run one
   after another and each article's wall time is the gap between consecutive
   results. Subtracting the server handler's own time for that article leaves
   everything the client does (prompt, SDK, HTTP, instructor, validation,
   verification); loopback HTTP parsing on the server side stays in, so the
   figure errs high. Target: median at most 5 ms.
3. Cache: the same 200 articles twice with a fresh response cache; the second
   run must make zero requests.

The server runs in its own process, as a real API server does, so its CPU time
is not counted as the client's. Each part runs after a one-article warm-up, so
imports and first-call setup are not counted. Exits 1 when a target is missed.
"""

from __future__ import annotations

import asyncio
import json
import math
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # for tests.fakeserver

from summarizer.ingest import Article  # noqa: E402
from summarizer.pipeline import summarize_articles  # noqa: E402
from summarizer.settings import Mode, Settings  # noqa: E402
from tests.fakeserver import Served  # noqa: E402

ARTICLES = 200
CONCURRENCY = 16
LATENCY = 0.2
THROUGHPUT_TARGET = 1.15
OVERHEAD_TARGET_MS = 5.0


def synthetic_articles(n: int, tag: str = "") -> list[Article]:
    """Distinct short articles shaped like the real ones (dateline, quote), in
    the form the fake server answers with a grounded quote, so no article
    triggers a verification follow-up: one request per article."""
    return [
        Article(
            id=f"bench{tag}-{i:04d}",
            text=(
                f"Drone strike hits depot in Town{i}{tag}\n\n"
                f"TOWN{i}, May {1 + i % 28} - A drone struck a fuel depot near Town{i} early on Tuesday, "
                f"killing {i % 7} people and wounding {i % 11}, officials said.\n"
                f'Mayor Anna Ostrik said: "We will rebuild the depot in Town{i}{tag}."\n'
            ),
        )
        for i in range(n)
    ]


def settings_for(server: ServerProcess) -> Settings:
    return Settings(model="fake-model", api_key="dummy-key", base_url=server.base_url, mode=Mode.json)


def run(server: ServerProcess, articles: list[Article], concurrency: int, on_result=None, **options):
    result = asyncio.run(
        summarize_articles(articles, settings_for(server), concurrency=concurrency, on_result=on_result, **options)
    )
    if result.failures:
        raise SystemExit(f"benchmark run failed: {result.failures[0]}")
    return result


def warm_up(server: ServerProcess) -> None:
    run(server, synthetic_articles(1, tag="warmup"), 1)


def bench_throughput(server: ServerProcess) -> bool:
    server.latency = LATENCY
    articles = synthetic_articles(ARTICLES)
    before = server.count()
    started = time.perf_counter()
    run(server, articles, CONCURRENCY)
    measured = time.perf_counter() - started
    requests = server.count() - before
    ideal = math.ceil(ARTICLES / CONCURRENCY) * LATENCY
    ok = measured <= THROUGHPUT_TARGET * ideal
    print(
        f"1. throughput: {ARTICLES} articles ({requests} requests), concurrency {CONCURRENCY}, latency {LATENCY * 1000:.0f} ms: "
        f"{measured:.3f} s, ideal {ideal:.3f} s, measured/ideal {measured / ideal:.3f} "
        f"(target <= {THROUGHPUT_TARGET}) {'OK' if ok else 'MISSED'}"
    )
    return ok


def bench_overhead(server: ServerProcess) -> bool:
    server.latency = 0.0
    articles = synthetic_articles(ARTICLES, tag="o")
    finished: list[tuple[float, str]] = []
    first_log = len(server.log)
    started = time.perf_counter()
    run(server, articles, 1, on_result=lambda s: finished.append((time.perf_counter(), s.source.sha256)))
    busy = {served.article: served.busy for served in server.log[first_log:]}
    starts = [started] + [t for t, _ in finished[:-1]]
    overheads = [(t - start - busy[key]) * 1000 for start, (t, key) in zip(starts, finished)]
    median = statistics.median(overheads)
    ok = median <= OVERHEAD_TARGET_MS
    print(
        f"2. client overhead per article (zero latency, concurrency 1, wall minus server handler time): "
        f"median {median:.2f} ms, p90 {statistics.quantiles(overheads, n=10)[-1]:.2f} ms, "
        f"server handler median {statistics.median(busy.values()) * 1000:.2f} ms "
        f"(target median <= {OVERHEAD_TARGET_MS} ms) {'OK' if ok else 'MISSED'}"
    )
    return ok


def bench_cache(server: ServerProcess) -> bool:
    from summarizer.cache import ResponseCache

    server.latency = LATENCY
    articles = synthetic_articles(ARTICLES, tag="c")
    with tempfile.TemporaryDirectory() as tmp, ResponseCache(Path(tmp) / "responses.sqlite") as cache:
        times, requests = [], []
        for _ in range(2):
            before = server.count()
            started = time.perf_counter()
            result = run(server, articles, CONCURRENCY, cache=cache)
            times.append(time.perf_counter() - started)
            requests.append(server.count() - before)
        cached = sum(1 for s in result.summaries if s.run.cached)
    ok = requests[1] == 0 and cached == ARTICLES
    print(
        f"3. cache: first run {requests[0]} requests in {times[0]:.3f} s; "
        f"second run {requests[1]} requests, {cached}/{ARTICLES} cached, in {times[1]:.3f} s "
        f"({times[1] / ARTICLES * 1000:.2f} ms per article) {'OK' if ok else 'MISSED'}"
    )
    return ok


class ServerProcess:
    """The fake server in its own process, as a real API server is: its CPU time
    is not the client's. Same interface as tests.fakeserver.FakeServer for what the benchmark uses."""

    def __init__(self):
        self._process = subprocess.Popen(
            [sys.executable, "-m", "tests.fakeserver"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
            cwd=Path(__file__).resolve().parent.parent,
        )
        self.base_url = self._process.stdout.readline().strip()
        if not self.base_url.startswith("http"):
            raise SystemExit("the fake server did not start")

    def _call(self, path: str, payload: dict | None = None):
        data = json.dumps(payload).encode() if payload is not None else None
        request = urllib.request.Request(self.base_url.removesuffix("/v1") + path, data=data,
                                         headers={"content-type": "application/json"})
        return json.loads(urllib.request.urlopen(request, timeout=10).read())

    @property
    def latency(self) -> float:
        raise AttributeError("write-only")

    @latency.setter
    def latency(self, seconds: float) -> None:
        self._call("/_control/latency", {"latency": seconds})

    @property
    def log(self) -> list[Served]:
        return [Served(**row) for row in self._call("/_control/log")]

    def count(self) -> int:
        return len(self.log)

    def __enter__(self) -> ServerProcess:
        return self

    def __exit__(self, *exc) -> None:
        self._process.stdin.close()
        self._process.wait(10)


def main() -> int:
    with ServerProcess() as server:
        warm_up(server)
        results = [bench_throughput(server), bench_overhead(server), bench_cache(server)]
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
