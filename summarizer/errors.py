"""Exception classes. The CLI turns each into a clear message and an exit code."""

from __future__ import annotations

from typing import Any


class SummarizerError(Exception):
    """Base class: every error summarizer raises on purpose."""


class ConfigError(SummarizerError):
    """No usable model configuration."""


class PromptError(SummarizerError):
    """A prompt template is missing or invalid."""


class InputError(SummarizerError):
    """One article cannot be read. Names the file; the rest of a run goes on."""

    def __init__(self, source: str, problem: str):
        self.source = source
        self.problem = problem
        super().__init__(f"{source}: {problem}")


class EventLoopError(SummarizerError, RuntimeError):
    """A Summarizer used from the wrong event loop: a synchronous call inside a
    running loop, or connections opened on another loop that is still open."""


class BudgetError(SummarizerError):
    """An article was not started because the cost budget (`max_cost`) was reached."""


class ModelCallError(SummarizerError):
    """A model call failed for good. `kind` says how, so callers can decide what to do.

    Kinds: transport (connection, timeout, 5xx after retries), rate_limited,
    quota, auth, bad_request, context_length, truncated, refused,
    content_filter, empty, bad_response (a 200 answer that is no chat completion,
    such as an HTML page), invalid_output (validation failed after re-asks),
    not_recorded (replay had no answer for the request).
    """

    def __init__(self, kind: str, message: str, *, attempts: int = 0, usage: Any = None, status_code: int | None = None):
        self.kind = kind
        self.attempts = attempts
        self.usage = usage
        self.status_code = status_code
        self.message = message
        super().__init__(f"{kind}: {message}")
