"""A persistent cache of validated model answers, so a rerun never pays twice.

One SQLite file (`responses.sqlite` in the user cache directory, or
$SUMMARIZER_CACHE_DIR) in WAL mode. Each answer is committed the moment it is
stored, so a run interrupted by Ctrl-C or kill keeps every answer it already
had and the rerun resumes from there. WAL with synchronous=NORMAL survives a
killed process (only an OS crash can lose the last commits), and lets readers
proceed while a writer commits.

The key covers everything that shapes the answer: the server (its address,
without credentials), the request parameters (model, temperature,
max_tokens), the structured-output mode, the prompt
template's hash, the response model's JSON schema, `PIPELINE_VERSION`, the
publication date the prompt shows and the article text normalised (NFC, LF
line endings). What is cached is the model's validated `Extraction`, never the
verified summary: evidence is recomputed against the article on every hit.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any, Protocol

from pydantic import BaseModel

from .errors import ConfigError
from .schema import Extraction, IncidentDraft, StatementDraft, Usage


def cache_dir() -> Path:
    """$SUMMARIZER_CACHE_DIR, else the platform's user cache directory (answers and embedded models live there)."""
    if env := os.environ.get("SUMMARIZER_CACHE_DIR"):
        return Path(env)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("summarizer"))


# Bump when the code between the model's answer and the cached value changes
# meaning (e.g. how messages are built), so old answers stop matching.
PIPELINE_VERSION = 1
CACHE_FILE = "responses.sqlite"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS responses (
    key TEXT PRIMARY KEY,
    extraction TEXT NOT NULL,
    usage TEXT NOT NULL,
    created_at TEXT NOT NULL
)"""


@dataclass(frozen=True)
class CachedAnswer:
    """A stored answer: the Extraction JSON as validated, what it cost when
    it was asked, and when."""

    extraction_json: str
    usage: Usage
    created_at: str

    def extraction(self) -> Extraction:
        """The stored Extraction. Items are validated; the list bounds are not,
        because a long article's answer merges several chunks' lists."""
        data = json.loads(self.extraction_json)
        return Extraction.model_construct(
            incidents=[IncidentDraft.model_validate(d) for d in data.get("incidents", [])],
            statements=[StatementDraft.model_validate(d) for d in data.get("statements", [])],
        )


def default_path() -> Path:
    return cache_dir() / CACHE_FILE


def normalize_text(text: str) -> str:
    """The article as the key sees it: NFC, and CRLF/CR line endings as LF, so
    the same article saved by another editor or OS still hits."""
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))


@cache
def schema_sha256(response_model: type[BaseModel]) -> str:
    """Hash of the response model's JSON schema: field descriptions and bounds
    are part of the prompt, so changing them must miss. Memoised: generating
    the schema costs more than the rest of a cache lookup."""
    schema = json.dumps(response_model.model_json_schema(), sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(schema.encode()).hexdigest()


def cache_key(
    *,
    parameters: Mapping[str, Any],
    mode: str,
    prompt_sha256: str,
    article_text: str,
    published: str | None = None,
    response_model: type[BaseModel] = Extraction,
    server: str | None = None,
) -> str:
    """SHA-256 over every input that shapes the answer. `parameters` is
    `Settings.request_parameters()` (model, temperature, max_tokens), so a
    parameter added there is keyed without touching this function. `server`
    (`Settings.server`): one server's answers never stand in for another's."""
    parts = {
        "pipeline_version": PIPELINE_VERSION,
        "server": server,
        "parameters": dict(parameters),
        "mode": mode,
        "prompt_sha256": prompt_sha256,
        "schema_sha256": schema_sha256(response_model),
        "published": published,
        "article": normalize_text(article_text),
    }
    blob = json.dumps(parts, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8", "surrogatepass")).hexdigest()


def _problem(error: Exception) -> str:
    """What went wrong, and what to do when deleting the file is the cure."""
    if isinstance(error, OSError):
        return f"cannot create its directory ({error.strerror or error})"
    damaged = isinstance(error, sqlite3.DatabaseError) and not isinstance(error, sqlite3.OperationalError)
    return f"{error}; delete the file to start afresh" if damaged else str(error)


class AnswerCache(Protocol):
    """What extraction needs of an answers cache: `ResponseCache`, or one server's
    view of it (`ServerCache`)."""

    def key(
        self,
        *,
        parameters: Mapping[str, Any],
        mode: str,
        prompt_sha256: str,
        article_text: str,
        published: str | None = None,
        response_model: type[BaseModel] = Extraction,
    ) -> str:
        """The key of one request (see `cache_key`)."""
        ...

    def get(self, key: str) -> CachedAnswer | None:
        """The stored answer, or None."""
        ...

    def put(self, key: str, extraction_json: str, usage: Usage) -> None:
        """Store one answer."""
        ...


class ResponseCache:
    """The answers cache. One connection, used from one thread (the event
    loop's); each `put` is its own committed transaction.

    The cache is an optimisation, never a reason to fail: with `warn`, any error
    (a database locked by another process for `timeout` seconds, a damaged
    file, a cache directory that is a file) is reported to `warn` once and the
    cache turns itself off for the rest of the run. Without `warn` (the
    `summarizer cache` commands) errors raise ConfigError."""

    key = staticmethod(cache_key)

    def __init__(self, path: str | Path | None = None, *, warn: Callable[[str], None] | None = None, timeout: float = 10.0):
        self.path = Path(path) if path is not None else default_path()
        self._warn = warn
        self._db: sqlite3.Connection | None = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            self._failed(error)
            return
        try:
            # isolation_level=None: autocommit, so every statement is durable on return.
            self._db = sqlite3.connect(self.path, timeout=timeout, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute(_SCHEMA)
        except sqlite3.Error as error:
            self._failed(error)

    def _failed(self, error: Exception) -> None:
        """Turn the cache off, saying why (once: a closed cache makes no more
        errors); or raise, without `warn`."""
        if self._warn is None:
            raise self._error(error) from None
        self.close()
        self._warn(f"response cache {self.path}: {_problem(error)}; going on without it")

    def _error(self, error: Exception) -> ConfigError:
        return ConfigError(f"{self.path}: cannot use the response cache: {_problem(error)}")

    def _connection(self) -> sqlite3.Connection:
        """The open database. ConfigError when the cache is closed (or turned itself off)."""
        if self._db is None:
            raise ConfigError(f"{self.path}: the response cache is closed")
        return self._db

    def get(self, key: str) -> CachedAnswer | None:
        """The stored answer, or None: also for an entry that no longer validates
        (stored by an older version), which is then asked again."""
        if self._db is None:
            return None
        try:
            row = self._db.execute("SELECT extraction, usage, created_at FROM responses WHERE key = ?", (key,)).fetchone()
        except sqlite3.Error as error:
            self._failed(error)
            return None
        if row is None:
            return None
        extraction_json, usage, created_at = row
        try:
            answer = CachedAnswer(extraction_json, Usage.model_validate_json(usage), created_at)
            answer.extraction()
        except ValueError:
            return None
        return answer

    def put(self, key: str, extraction_json: str, usage: Usage) -> None:
        """Store (or replace) one answer, committed before returning."""
        if self._db is None:
            return
        try:
            self._db.execute(
                "INSERT OR REPLACE INTO responses (key, extraction, usage, created_at) VALUES (?, ?, ?, ?)",
                (key, extraction_json, usage.model_dump_json(), datetime.now(UTC).isoformat(timespec="seconds")),
            )
        except sqlite3.Error as error:
            self._failed(error)

    def for_server(self, server: str | None) -> ServerCache:
        """This cache as seen by runs against `server`."""
        return ServerCache(self, server)

    def stats(self) -> dict[str, Any]:
        """Entries, bytes on disk (database plus its WAL files) and the path."""
        try:
            (entries,) = self._connection().execute("SELECT COUNT(*) FROM responses").fetchone()
        except sqlite3.Error as error:
            raise self._error(error) from None
        files = [self.path, *(self.path.with_name(self.path.name + s) for s in ("-wal", "-shm"))]
        return {"entries": entries, "bytes": sum(f.stat().st_size for f in files if f.exists()), "path": str(self.path)}

    def clear(self) -> int:
        """Delete every answer and give the space back; returns how many."""
        try:
            db = self._connection()
            deleted = db.execute("DELETE FROM responses").rowcount
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            db.execute("VACUUM")
        except sqlite3.Error as error:
            raise self._error(error) from None
        return deleted

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    def __enter__(self) -> ResponseCache:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


@dataclass(frozen=True)
class ServerCache:
    """The answers of one server: its address is part of every key, so a run
    against another server (or one that is down) asks it instead of returning
    answers that server never gave."""

    cache: ResponseCache
    server: str | None

    def key(self, **parts: Any) -> str:
        return cache_key(**parts, server=self.server)

    def get(self, key: str) -> CachedAnswer | None:
        return self.cache.get(key)

    def put(self, key: str, extraction_json: str, usage: Usage) -> None:
        self.cache.put(key, extraction_json, usage)
