"""A fake OpenAI-compatible server on loopback, for tests and benchmarks.

It is a real HTTP server (aiohttp, in a background thread with its own event
loop), so the whole client stack runs as in production: the openai SDK, its
HTTP client, instructor, our retry layer. By default every chat completion
succeeds with an `Extraction` derived from the request (see
`default_extraction`): one incident and one statement quoting the article.
Failures are scripted, either for requests in arrival order (`script`) or for
the requests of the articles containing a marker (`script_article`); each
scripted fault answers one request, then the default answer resumes.

Requests are counted in total and per article; an article's key is the
SHA-256 of its text, i.e. `Article.sha256`, so tests can ask about their
articles without knowing the prompt.

    with FakeServer(latency=0.2) as server:
        server.script_article("FAIL", SERVER_ERROR, SERVER_ERROR)
        ... Settings(base_url=server.base_url, ...) ...
        server.count(article.sha256)
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import random
import re
import socket
import struct
import threading
import time
from collections import deque
from dataclasses import dataclass

import pytest
from aiohttp import web

MODEL = "fake-model"
# The user template wraps the article in <article-HASH> ... </article-HASH>.
_ARTICLE = re.compile(r"<(article-[0-9a-f]+)>\n(.*)\n</\1>", re.DOTALL)
_SAID_QUOTE = re.compile(r"(?P<speaker>[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,5}) said: [\"\u201c](?P<quote>[^\"\u201d\n]{1,500})[\"\u201d]")


@dataclass(frozen=True)
class Fault:
    """One scripted answer. `hang` is how long a `timeout` fault sleeps before
    answering (set it beyond the client's timeout), and the pause between the
    bytes of a `trickle`."""

    kind: str
    retry_after: str | None = None
    retry_after_ms: str | None = None
    hang: float = 1.0


OK = Fault("ok")
SERVER_ERROR = Fault("server_error")
TIMEOUT = Fault("timeout")
TRUNCATED = Fault("truncated")
REFUSAL = Fault("refusal")
CONTENT_FILTER = Fault("content_filter")
EMPTY = Fault("empty")
INVALID = Fault("invalid")  # content that is not JSON: instructor re-asks it
QUOTA = Fault("quota")  # 429 insufficient_quota: final, never retried
TRICKLE = Fault("trickle", hang=0.5)  # a good answer, one byte every half second: no read ever times out
RESET = Fault("reset")  # the connection is reset (TCP RST) before any answer
HTML = Fault("html")  # status 200 with an HTML page: a proxy, a portal, a wrong base URL
ECHO_KEY = Fault("echo_key")  # 401 whose message repeats the Authorization header, as real APIs do


def chaos_faults(hang: float) -> tuple[tuple[Fault, int], ...]:
    """(fault, weight): what a misbehaving server sends, for `FakeServer(chaos=...)`.
    Transient faults (retried) outweigh final ones; `hang` is beyond the client's
    timeout."""
    return (
        (SERVER_ERROR, 4), (rate_limited(retry_after_ms=50), 4), (RESET, 3), (Fault("timeout", hang=hang), 1),
        (TRICKLE, 1), (INVALID, 2), (TRUNCATED, 1), (REFUSAL, 1), (CONTENT_FILTER, 1), (EMPTY, 1),
        (HTML, 1), (ECHO_KEY, 1), (QUOTA, 1),
    )


def rate_limited(retry_after: float | None = None, retry_after_ms: float | None = None) -> Fault:
    """A 429 rate limit, with the headers a client must honour."""
    return Fault(
        "rate_limited",
        retry_after=None if retry_after is None else str(retry_after),
        retry_after_ms=None if retry_after_ms is None else str(retry_after_ms),
    )


@dataclass(frozen=True)
class Served:
    """One request as the server saw it. `busy` is the handler's own time
    (parsing and building the answer, sleeps excluded), which the benchmark
    subtracts to measure the client's overhead."""

    article: str
    kind: str
    status: int
    busy: float


def article_key(text: str) -> str:
    """The key requests are counted under: equals `Article.sha256`."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def article_of(messages: list[dict]) -> str:
    """The article inside the first user message (or that whole message when
    it is not delimited): re-asks append messages, the first one stays."""
    user = next((m.get("content") or "" for m in messages if m.get("role") == "user"), "")
    found = _ARTICLE.search(user)
    return found.group(2) if found else user


def default_extraction(article: str) -> dict:
    """One incident and one statement that verification grounds when the article
    follows the convention `Name Words said: "the quote"` (the first such quote is
    used, as a direct quote by that speaker). Any other article gets a paraphrase
    of its first non-blank line (at most 200 characters): an exact substring, so
    the quote is found, though its unnamed speaker is flagged. The incident is the
    article's first line, of kind "other" (a kind claims nothing, so nothing to flag)."""
    said = _SAID_QUOTE.search(article)
    first = next((line.strip() for line in article.splitlines() if line.strip()), "")
    if said:
        statement = {"speaker": said["speaker"], "quote": said["quote"], "kind": "direct"}
    else:
        statement = {"speaker": "A spokesperson", "quote": first[:200].strip(), "kind": "paraphrase"}
    return {
        "incidents": [{"kind": "other", "description": first[:300].strip() or "Nothing."}],
        "statements": [{**statement, "incident": 0}],
    }


_PAGE = "<!doctype html><html><head><title>Welcome</title></head><body><h1>Welcome to nginx!</h1></body></html>"


def _error(status: int, message: str, code: str, kind: str) -> tuple[int, dict]:
    return status, {"error": {"message": message, "type": kind, "code": code, "param": None}}


def completion(request: dict, article: str, fault: Fault) -> tuple[int, dict, dict[str, str]]:
    """Status, JSON body and headers answering `request` as `fault` says."""
    if fault.kind == "rate_limited":
        headers = {"retry-after": fault.retry_after, "retry-after-ms": fault.retry_after_ms}
        status, body = _error(429, "Rate limit reached, slow down.", "rate_limit_exceeded", "requests")
        return status, body, {k: v for k, v in headers.items() if v is not None}
    if fault.kind == "quota":
        return *_error(429, "You exceeded your current quota.", "insufficient_quota", "insufficient_quota"), {}
    if fault.kind == "server_error":
        return *_error(500, "The server had an error.", "server_error", "server_error"), {}
    content = json.dumps(default_extraction(article))
    finish, refusal = "stop", None
    if fault.kind == "truncated":
        content, finish = content[: len(content) // 2], "length"
    elif fault.kind == "refusal":
        content, refusal = None, "I can't help with that."
    elif fault.kind == "content_filter":
        content, finish = None, "content_filter"
    elif fault.kind == "invalid":
        content = "not json"
    message: dict = {"role": "assistant", "content": content, "refusal": refusal}
    if request.get("tools") and content is not None:  # instructor's tools mode reads the call's arguments
        name = request["tools"][0]["function"]["name"]
        message.update(content=None, tool_calls=[
            {"id": "call_0", "type": "function", "function": {"name": name, "arguments": content}}
        ])
    prompt_tokens = sum(len(m.get("content") or "") for m in request.get("messages", [])) // 4
    completion_tokens = len(content or refusal or "") // 4
    body = {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": request.get("model", MODEL),
        "choices": [] if fault.kind == "empty" else [{"index": 0, "finish_reason": finish, "message": message}],
        "usage": {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
        },
    }
    return 200, body, {}


class FakeServer:
    """The server, its scripts and its request log. Scripts and the log are
    shared between the test thread and the server thread, hence the lock."""

    def __init__(self, latency: float = 0.0, chaos: float = 0.0, seed: int | None = None, hang: float = 3.0):
        """`chaos`: the share of unscripted requests answered with a random fault
        from `chaos_faults(hang)`, drawn from a generator seeded with `seed`."""
        self.latency = latency
        self.chaos = chaos
        self._random = random.Random(seed)
        self._chaos_faults = chaos_faults(hang)
        self._lock = threading.Lock()
        self._sequence: deque[Fault] = deque()
        self._by_marker: dict[str, deque[Fault]] = {}
        self.log: list[Served] = []
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._stopping: asyncio.Event | None = None
        self._runner: web.AppRunner | None = None
        self.port = 0

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    # ---- scripting and counting (test thread) ---------------------------

    def script(self, *faults: Fault) -> None:
        """Answer the next requests, whatever their article, with these faults."""
        with self._lock:
            self._sequence.extend(faults)

    def script_article(self, marker: str, *faults: Fault) -> None:
        """Answer the next requests for articles containing `marker` with these
        faults; marker scripts take precedence over the sequence."""
        with self._lock:
            self._by_marker.setdefault(marker, deque()).extend(faults)

    def count(self, article: str | None = None) -> int:
        """Chat requests received, in total or for one article key."""
        return len(self.statuses(article))

    def statuses(self, article: str | None = None) -> list[int]:
        """HTTP statuses answered, in order, in total or for one article key."""
        with self._lock:
            return [s.status for s in self.log if article is None or s.article == article]

    def _next_fault(self, article: str) -> Fault:
        with self._lock:
            for marker, faults in self._by_marker.items():
                if faults and marker in article:
                    return faults.popleft()
            if self._sequence:
                return self._sequence.popleft()
            if self.chaos and self._random.random() < self.chaos:
                faults, weights = zip(*self._chaos_faults)
                return self._random.choices(faults, weights)[0]
            return OK

    def _served(self, served: Served) -> None:
        with self._lock:
            self.log.append(served)

    # ---- HTTP (server thread) -------------------------------------------

    async def _pause(self, seconds: float) -> bool:
        """Sleep, but wake at once when the server stops, so a hung request
        never holds up a test's teardown. True when the server is stopping."""
        if seconds > 0:
            try:
                await asyncio.wait_for(self._stopping.wait(), seconds)
            except asyncio.TimeoutError:
                pass
        return self._stopping.is_set()

    @staticmethod
    def _reset(http: web.Request) -> web.Response:
        """Close the connection with a TCP reset (SO_LINGER 0) instead of answering."""
        sock = http.transport.get_extra_info("socket")
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        http.transport.abort()
        return web.Response(status=500)  # never sent

    async def _trickle(self, http: web.Request, payload: bytes, pause: float) -> web.StreamResponse:
        """The whole answer, one byte at a time, until the client hangs up."""
        response = web.StreamResponse(headers={"Content-Type": "application/json", "Content-Length": str(len(payload))})
        await response.prepare(http)
        try:
            for i in range(len(payload)):
                await response.write(payload[i : i + 1])
                if await self._pause(pause):
                    break
        except ConnectionError:
            pass  # the client gave up: what the fault is for
        return response

    async def _chat(self, http: web.Request) -> web.Response:
        started = time.perf_counter()
        try:
            request = await http.json()
        except ConnectionError:  # the client hung up mid-request (a stopped run): nobody to answer
            return web.Response(status=499)
        article = article_of(request.get("messages", []))
        fault = self._next_fault(article)
        if fault.kind == "echo_key":
            message = f"Incorrect API key provided: {http.headers.get('Authorization', '')}."
            status, body, headers = *_error(401, message, "invalid_api_key", "invalid_request_error"), {}
        else:
            status, body, headers = completion(request, article, fault)
        payload = json.dumps(body)
        served = 0 if fault.kind == "reset" else status  # 0: no answer at all
        self._served(Served(article_key(article), fault.kind, served, time.perf_counter() - started))
        if fault.kind == "reset":
            return self._reset(http)
        if fault.kind == "trickle":
            return await self._trickle(http, payload.encode(), fault.hang)
        if fault.kind == "html":
            return web.Response(text=_PAGE, content_type="text/html")
        await self._pause(self.latency + (fault.hang if fault.kind == "timeout" else 0.0))
        return web.Response(text=payload, status=status, headers=headers, content_type="application/json")

    async def _log(self, _: web.Request) -> web.Response:
        """The request log, for a benchmark running the server in another process."""
        with self._lock:
            return web.json_response([s.__dict__ for s in self.log])

    async def _set_latency(self, http: web.Request) -> web.Response:
        self.latency = float((await http.json())["latency"])
        return web.json_response({"latency": self.latency})

    async def _models(self, _: web.Request) -> web.Response:
        return web.json_response(
            {"object": "list", "data": [{"id": MODEL, "object": "model", "created": 0, "owned_by": "fake"}]}
        )

    async def _start(self) -> None:
        self._stopping = asyncio.Event()
        app = web.Application()
        app.router.add_post("/v1/chat/completions", self._chat)
        app.router.add_get("/v1/models", self._models)
        app.router.add_get("/_control/log", self._log)
        app.router.add_post("/_control/latency", self._set_latency)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = self._runner.addresses[0][1]

    async def _stop(self) -> None:
        self._stopping.set()
        await self._runner.cleanup()

    # ---- lifecycle ------------------------------------------------------

    def start(self) -> FakeServer:
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="fake-openai-server", daemon=True)
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self._start(), self._loop).result(timeout=10)
        return self

    def stop(self) -> None:
        asyncio.run_coroutine_threadsafe(self._stop(), self._loop).result(timeout=10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)
        self._loop.close()

    def __enter__(self) -> FakeServer:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


def serve_until_stdin_closes() -> None:
    """`python -m tests.fakeserver [--latency S] [--chaos P --seed N --hang S]`:
    serve in this process, print the base URL, stop when stdin closes (so a
    benchmark can keep the server's CPU out of its own)."""
    import argparse
    import sys

    parser = argparse.ArgumentParser(description=serve_until_stdin_closes.__doc__.splitlines()[0])
    parser.add_argument("--latency", type=float, default=0.0)
    parser.add_argument("--chaos", type=float, default=0.0, help="share of requests answered with a random fault")
    parser.add_argument("--seed", type=int)
    parser.add_argument("--hang", type=float, default=3.0, help="seconds a timeout fault hangs")
    args = parser.parse_args()
    with FakeServer(latency=args.latency, chaos=args.chaos, seed=args.seed, hang=args.hang) as server:
        print(server.base_url, flush=True)
        sys.stdin.read()


@pytest.fixture
def fake_server():
    """A fresh server per test, stopped when the test ends."""
    with FakeServer() as server:
        yield server


if __name__ == "__main__":
    serve_until_stdin_closes()
