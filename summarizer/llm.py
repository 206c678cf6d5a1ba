"""Model access: one structured call, one retry layer per failure kind.

- Transport failures (408, 409, 429 but not insufficient_quota, 5xx, connection
  errors, timeouts) are retried here, with exponential backoff and jitter,
  honouring `retry-after-ms` / `retry-after`. The SDK's own retries are off
  (`max_retries=0`) so there is exactly one transport layer and tests can pin it.
- Validation failures are re-asked by instructor (its integer `max_retries` in
  1.17 retries only parse/validation errors), with the error text sent back.
- Everything else (4xx, truncation, refusal, content filter, empty choices) is a
  final, typed `ModelCallError`.

- Truncated output (`finish_reason: length`) is never re-asked by appending the
  broken answer: with an explicit `max_tokens` the same request is sent once more
  with double the budget (capped), else it is a typed `truncated` failure.

So the most HTTP calls one extraction can make is
(1 + transport_retries) x (1 + reasks), twice when a truncated answer gets its
one larger budget.
"""

from __future__ import annotations

import asyncio
import functools
import json
import random
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from .errors import ModelCallError
from .schema import Usage
from .settings import Mode, Settings

T = TypeVar("T", bound=BaseModel)

# --------------------------------------------------------------------------
# Transport retry policy
# --------------------------------------------------------------------------

RETRYABLE_STATUS = {408, 409, 429}
MAX_RETRY_AFTER = 60.0


def retry_delay(error: Exception, attempt: int, *, base: float = 0.5, cap: float = 8.0, rng=random.random) -> float | None:
    """Seconds to wait before retrying after `error` on the given 0-based attempt,
    or None when the error must not be retried."""
    import openai

    if isinstance(error, (openai.APIConnectionError, TimeoutError)):  # includes APITimeoutError
        return min(cap, base * 2**attempt) * (0.5 + rng() / 2)
    if not isinstance(error, openai.APIStatusError):
        return None
    status = error.status_code
    if status not in RETRYABLE_STATUS and status < 500:
        return None
    if status == 429 and _error_code(error) == "insufficient_quota":
        return None
    headers = error.response.headers
    for name, scale in (("retry-after-ms", 1000.0), ("retry-after", 1.0)):
        value = headers.get(name)
        if value is None:
            continue
        try:
            wait = float(value) / scale
        except ValueError:
            continue
        if 0 <= wait <= MAX_RETRY_AFTER:  # else backoff, as the openai SDK does (NaN fails this too)
            return wait
    return min(cap, base * 2**attempt) * (0.5 + rng() / 2)


def _error_code(error: Any) -> str | None:
    body = getattr(error, "body", None)
    if isinstance(body, dict):
        inner = body.get("error", body)
        if isinstance(inner, dict):
            return inner.get("code") or inner.get("type")
    return getattr(error, "code", None)


def _final_error(error: Exception, attempts: int, usage: Usage, secrets: Iterable[str]) -> ModelCallError:
    """Turn an SDK error into a typed ModelCallError with the secrets scrubbed."""
    import openai

    status = getattr(error, "status_code", None)
    code = _error_code(error)
    if isinstance(error, (openai.APITimeoutError, TimeoutError)):
        kind = "timeout"
    elif isinstance(error, openai.APIConnectionError):
        kind = "transport"
    elif status == 429:
        kind = "quota" if code == "insufficient_quota" else "rate_limited"
    elif status in (401, 403):
        kind = "auth"
    elif status == 404:
        kind = "not_found"
    elif code == "context_length_exceeded" or "context length" in str(error).lower():
        kind = "context_length"
    elif status is not None and status >= 500:
        kind = "server_error"
    else:
        kind = "bad_request"
    message = scrub(str(error), secrets)
    return ModelCallError(kind, message, attempts=attempts, usage=usage, status_code=status)


def scrub(text: str, secrets: Iterable[str]) -> str:
    """Remove secrets (`Settings.secrets`) from text meant for humans or logs."""
    for secret in secrets:
        if len(secret) >= 4:
            text = text.replace(secret, "***")
    return text


# --------------------------------------------------------------------------
# The client
# --------------------------------------------------------------------------


@dataclass
class CallStats:
    """What one structured call cost, failed attempts and re-asks included."""

    http_calls: int = 0
    responses: int = 0
    usage: Usage = field(default_factory=Usage)

    reasks: int = 0

    def __add__(self, other: CallStats) -> CallStats:
        return CallStats(
            http_calls=self.http_calls + other.http_calls,
            responses=self.responses + other.responses,
            usage=self.usage + other.usage,
            reasks=self.reasks + other.reasks,
        )


class StructuredClient:
    """One shared async client; `extract` makes one structured call with the
    retry layers described in the module docstring."""

    def __init__(
        self,
        settings: Settings,
        *,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        rng: Callable[[], float] = random.random,
        http_client: Any = None,
        backend: Callable[..., Awaitable[Any]] | None = None,
        before_call: Callable[[dict[str, Any]], Awaitable[None]] | None = None,
    ):
        """`backend` replaces the HTTP API with any async callable taking chat
        completion kwargs and returning an OpenAI `ChatCompletion` (the embedded
        model uses this); everything else, retries and re-asks included, is shared.
        `before_call` is awaited before every HTTP call (rate limits)."""
        self.settings = settings
        self._before_call = before_call
        self._sleep = sleep
        self._rng = rng
        self._client = None
        if backend is None:
            import openai

            self._client = openai.AsyncOpenAI(
                api_key=settings.api_key,
                base_url=settings.base_url,
                timeout=settings.timeout,
                max_retries=0,
                http_client=http_client,
            )
            backend = self._post
        self._complete = backend

    async def _post(self, **kwargs: Any) -> Any:
        """chat.completions.create without the SDK's typed-params transform, which
        walks every request (about 1.5 ms, profiled) to return the same plain JSON
        we already have. `extra_body` merges into the body as the SDK does.
        The SDK's timeout bounds each read, so a server sending a byte at a time
        is never cut off: the whole request gets `timeout` seconds here."""
        from openai.types.chat import ChatCompletion

        client = self._client
        assert client is not None, "_post is the backend only when the SDK client was made"
        extra = kwargs.pop("extra_body", None) or {}
        try:
            async with asyncio.timeout(self.settings.timeout):
                return await client.post("/chat/completions", body={**kwargs, **extra}, cast_to=ChatCompletion)
        except TimeoutError:
            raise TimeoutError(f"no complete answer within {self.settings.timeout:g} s") from None

    async def aclose(self) -> None:
        if self._client is not None:
            await self._client.close()

    async def extract(
        self, messages: list[dict[str, str]], response_model: type[T], *, schema_in_prompt: bool = True
    ) -> tuple[T, CallStats]:
        """One structured answer. In json_grammar mode the schema binds decoding as a
        grammar and, unless `schema_in_prompt` is False, is also appended to the system
        message (instructor's JSON mode: its descriptions tell the model what each
        field means). Small questions whose schema changes per question leave it out,
        so their messages keep the prefix they share (and the server's cache of it)."""
        import instructor

        stats = CallStats()
        settings = self.settings

        async def send(**kwargs: Any) -> Any:
            for attempt in range(settings.transport_retries + 1):
                if self._before_call:
                    await self._before_call(kwargs)
                stats.http_calls += 1
                try:
                    response = await self._complete(**kwargs)
                except Exception as error:  # noqa: BLE001 - classified just below
                    delay = retry_delay(error, attempt, rng=self._rng)
                    if delay is None or attempt == settings.transport_retries:
                        raise _final_error(error, stats.http_calls, stats.usage, settings.secrets) from error
                    await self._sleep(delay)
                    continue
                stats.responses += 1
                _check_is_completion(response, stats)
                if response.usage is not None:
                    stats.usage += Usage(
                        prompt_tokens=response.usage.prompt_tokens or 0,
                        completion_tokens=response.usage.completion_tokens or 0,
                        total_tokens=response.usage.total_tokens or 0,
                    )
                _check_final_statuses(response, stats)
                return response
            raise AssertionError("unreachable")

        _check_async_validators_once()
        response_model = prepared_model(response_model)
        mode = settings.mode.instructor_mode()
        if settings.mode is Mode.json_grammar and not schema_in_prompt:
            mode = instructor.Mode.JSON_SCHEMA  # leaves the messages as they are; the grammar below carries the schema
        create = instructor.patch(create=send, mode=mode)
        kwargs: dict[str, Any] = dict(settings.request_parameters(), messages=messages)
        if settings.mode is Mode.json_grammar:
            kwargs["extra_body"] = {
                "response_format": {"type": "json_object", "schema": response_model.model_json_schema()}
            }
        for budget_raised in (False, True):
            try:
                result = await create(response_model=response_model, max_retries=settings.reasks, **kwargs)
                break
            except Exception as error:  # instructor wraps what `send` raised
                mapped = _unwrap(error, stats)
                larger = _larger_budget(kwargs.get("max_tokens"))
                if mapped.kind != "truncated" or larger is None or budget_raised:
                    raise mapped from mapped.__cause__  # keep the transport cause: replay explains misses with it
                # Never re-ask by appending broken output: ask again, once, with room to finish.
                kwargs["max_tokens"] = larger
        stats.reasks = max(0, stats.responses - 1)
        return result, stats


MAX_TOKENS_CAP = 8192


def _larger_budget(max_tokens: int | None) -> int | None:
    """The larger answer budget for the one retry after a truncated answer: double, up to the cap;
    None when there is no explicit budget to raise or it is already at the cap."""
    if max_tokens is None or max_tokens >= MAX_TOKENS_CAP:
        return None
    return min(2 * max_tokens, MAX_TOKENS_CAP)


@functools.cache
def _check_async_validators_once() -> None:
    """instructor (1.17) walks the whole response model looking for async
    validators four times per call: about 3 ms of the 5 ms a request costs us,
    profiled. The answer never changes for a class, so check each class once.
    Patched where instructor looks the function up at call time."""
    from instructor.v2.core import patch as patch_module
    from instructor.v2.validation import async_validators

    check = async_validators.reject_async_validators
    checked: dict[int, Any] = {}  # holding the class keeps its id from being reused

    def once(response_model: Any) -> None:
        if id(response_model) not in checked:
            check(response_model)
            checked[id(response_model)] = response_model

    async_validators.reject_async_validators = once
    if getattr(patch_module, "reject_async_validators", None) is check:
        patch_module.reject_async_validators = once


@functools.cache
def prepared_model(response_model: type[T]) -> type[T]:
    """instructor's wrapper of `response_model`, built once and with its JSON schema
    memoised. instructor otherwise re-creates the wrapper class and regenerates the
    schema on every call (about 12 ms, more than the rest of the client together).
    The wrapper is the one instructor itself builds, so requests are unchanged."""
    import instructor

    prepared = instructor.openai_schema(response_model)
    generate = prepared.model_json_schema
    schemas: dict[tuple, str] = {}

    def model_json_schema(cls, *args: Any, **kwargs: Any) -> dict[str, Any]:
        key = (args, tuple(sorted(kwargs.items())))
        if key not in schemas:
            schemas[key] = json.dumps(generate(*args, **kwargs))
        return json.loads(schemas[key])  # a fresh copy: callers may mutate it

    # Deliberately patched on instructor's own generated class (a subclass would rename the schema).
    prepared.model_json_schema = classmethod(model_json_schema)  # type: ignore[method-assign, assignment]
    return prepared


def _check_is_completion(response: Any, stats: CallStats) -> None:
    """A 200 answer that is not JSON (a proxy's or portal's HTML page, a web
    server at the wrong address) reaches us as the page's text: final."""
    if isinstance(response, str):
        raise ModelCallError(
            "bad_response",
            "the server answered with a text or HTML page, not a chat completion; "
            "is --base-url the API's address (usually ending in /v1)?",
            attempts=stats.http_calls,
            usage=stats.usage,
        )


def _check_final_statuses(response: Any, stats: CallStats) -> None:
    """Refusals, content-filter stops and empty answers are final: re-asking
    them wastes money."""
    choices = getattr(response, "choices", None)
    if not choices:
        raise ModelCallError("empty", "the server returned no choices", attempts=stats.http_calls, usage=stats.usage)
    choice = choices[0]
    if choice.finish_reason == "content_filter":
        raise ModelCallError("content_filter", "the answer was stopped by a content filter", attempts=stats.http_calls, usage=stats.usage)
    refusal = getattr(choice.message, "refusal", None)
    if refusal:
        raise ModelCallError("refused", f"the model refused: {refusal[:200]}", attempts=stats.http_calls, usage=stats.usage)


def _unwrap(error: Exception, stats: CallStats) -> ModelCallError:
    """Map instructor's exceptions onto ModelCallError kinds."""
    from instructor.core.exceptions import IncompleteOutputException, InstructorRetryException

    cause = error.__cause__ or error.__context__
    if isinstance(cause, ModelCallError):
        return cause
    if isinstance(error, IncompleteOutputException):
        return ModelCallError(
            "truncated",
            "the answer hit max_tokens before the JSON was complete; raise --max-tokens",
            attempts=stats.http_calls,
            usage=stats.usage,
        )
    if isinstance(error, InstructorRetryException):
        last = error.failed_attempts[-1].exception if error.failed_attempts else error
        return ModelCallError(
            "invalid_output",
            f"the answer did not validate after {error.n_attempts} attempt(s): {_reason(last)}",
            attempts=stats.http_calls,
            usage=stats.usage,
        )
    return ModelCallError("invalid_output", _first_line(str(error)), attempts=stats.http_calls, usage=stats.usage)


def _reason(error: Exception) -> str:
    """Why an answer did not validate, in one line: for a pydantic error its
    first problem and where ("incidents.0.date.value: ..."); str() of
    instructor's own exception is a <failed_attempts> dump."""
    if isinstance(error, ValidationError) and error.errors():
        first = error.errors()[0]
        where = ".".join(map(str, first["loc"]))
        message = first["msg"].removeprefix("Value error, ")
        return _first_line(f"{where}: {message}" if where else message)
    return _first_line(str(error))


def _first_line(text: str, limit: int = 300) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line[:limit]
