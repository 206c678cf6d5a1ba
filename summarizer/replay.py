"""Recording model calls into cassettes and replaying them with no network.

A cassette directory holds one vcrpy cassette per article (`<article id>.yaml`).
Each cassette's metadata says how it was recorded (model, mode, parameters,
server, record mode), so replay rebuilds byte-identical requests. Requests match
on method, path and JSON body: change a prompt and the old answer misses loudly
instead of replaying a stale one. Only `content-type` survives in recorded
headers, so no key, cookie or organisation id can land in a cassette. Only
successful (2xx) answers are recorded, and a cassette is replaced only by a
complete recording of an article that succeeded.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from .errors import ConfigError, ModelCallError
from .settings import public_url

CASSETTE_SUFFIX = ".yaml"
KEPT_HEADERS = {"content-type"}
METADATA_KEY = "recording"


_SECRET_SHAPES = re.compile(rb"(sk-[A-Za-z0-9_-]{8,}|(?<=Bearer )[^\s\"',}]+|\borg-[A-Za-z0-9]{8,})")


def _keep_safe_headers(headers: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in headers.items() if k.lower() in KEPT_HEADERS}


def _scrub_body(body: Any, secrets: Iterable[str]) -> Any:
    """Servers echo keys in error messages ("Incorrect API key provided: ..."):
    remove the run's secrets and anything shaped like a key from recorded bodies."""
    if isinstance(body, str):
        return _scrub_body(body.encode(), secrets).decode()
    if not isinstance(body, bytes):
        return body
    for secret in secrets:
        body = body.replace(secret.encode(), b"***")
    return _SECRET_SHAPES.sub(b"***", body)


def _scrubbers(secrets: Iterable[str]):
    def request(req):
        req.uri = public_url(req.uri)  # a base URL may carry user:password@ or ?key=
        req.headers = _keep_safe_headers(dict(req.headers))
        req.body = _scrub_body(req.body, secrets)
        return req

    def response(resp: dict[str, Any]) -> dict[str, Any] | None:
        if not 200 <= resp["status"]["code"] < 300:
            return None  # a 429 or 500 the run got past would be replayed as the answer
        resp["headers"] = _keep_safe_headers(resp.get("headers", {}))
        body = resp.get("body") or {}
        if "string" in body:
            body["string"] = _scrub_body(body["string"], secrets)
        return resp

    return request, response


def _json_body(r1, r2) -> None:
    def parse(body: Any) -> Any:
        if isinstance(body, bytes):
            body = body.decode("utf-8")
        try:
            return json.loads(body) if body else None
        except ValueError:
            return body

    assert parse(r1.body) == parse(r2.body), "request bodies differ"


def _vcr(record_mode: str, secrets: Iterable[str] = ()):
    import vcr

    # vcrpy logs raw requests and responses (headers, bodies) at INFO: keep it quiet.
    logging.getLogger("vcr").setLevel(logging.WARNING)
    scrub_request, scrub_response = _scrubbers(secrets)
    v = vcr.VCR(
        record_mode=record_mode,
        match_on=["method", "path", "json_body"],
        before_record_request=scrub_request,
        before_record_response=scrub_response,
        decode_compressed_response=True,
    )
    v.register_matcher("json_body", _json_body)
    return v


def safe_filename(name: str) -> str:
    """A file name derived from an article id that cannot leave its directory
    (ids come from input files: "../../x" must not become a path). An id that
    had to be changed gets a hash of itself, so two ids never share a file."""
    cleaned = re.sub(r"[^A-Za-z0-9._-]+", "_", name).lstrip(".")[:120]
    if cleaned and cleaned == name:
        return cleaned
    return (cleaned + "-" if cleaned else "article-") + hashlib.sha256(name.encode("utf-8", "surrogatepass")).hexdigest()[:12]


def cassette_path(directory: Path, article_id: str) -> Path:
    return Path(directory) / f"{safe_filename(article_id)}{CASSETTE_SUFFIX}"


@contextmanager
def recording(path: Path, metadata: dict[str, Any], secrets: Iterable[str] = ()) -> Iterator[None]:
    """Record every model call inside the block into a fresh cassette at `path`,
    with headers reduced to content-type, credentials dropped from URLs and
    `secrets` scrubbed from bodies. Only 2xx answers are recorded. The cassette
    is written beside `path` first and replaces it only when the block ends
    without an error: a failed re-record keeps the good recording."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.partial")  # not *.yaml: replay skips it
    try:
        with _vcr("all", secrets).use_cassette(str(partial)) as cassette:
            cassette.get_metadata(METADATA_KEY, metadata)
            yield
        if partial.exists():
            os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)


class _DirectoryPersister:
    """Loads every cassette of a directory as one, so concurrent requests of a
    run can be answered from whichever article's cassette holds them."""

    @staticmethod
    def load_cassette(cassette_path, serializer):
        from vcr.persisters.filesystem import FilesystemPersister

        requests, responses = [], []
        for file in sorted(Path(cassette_path).glob(f"*{CASSETTE_SUFFIX}")):
            reqs, resps, *_ = FilesystemPersister.load_cassette(file, serializer)
            requests += reqs
            responses += resps
        return requests, responses

    @staticmethod
    def save_cassette(cassette_path, cassette_dict, serializer):  # replay never writes
        pass


@contextmanager
def replaying(directory: Path) -> Iterator[None]:
    """Answer every model call inside the block from `directory`; never the network."""
    recorded_settings(directory)  # fails clearly on a missing or empty directory
    v = _vcr("none")
    v.register_persister(_DirectoryPersister)
    with v.use_cassette(str(directory), allow_playback_repeats=True):
        yield


def recorded_settings(directory: Path) -> dict[str, Any]:
    """The recording metadata of a cassette directory (model, mode, parameters)."""
    import yaml

    directory = Path(directory)
    files = sorted(directory.glob(f"*{CASSETTE_SUFFIX}")) if directory.is_dir() else []
    if not files:
        raise ConfigError(f"--replay {directory}: no cassettes (*{CASSETTE_SUFFIX}) there; record some with `make record`.")
    data = yaml.safe_load(files[0].read_text(encoding="utf-8")) or {}
    metadata = (data.get("metadata") or {}).get(METADATA_KEY)
    if not metadata:
        raise ConfigError(f"{files[0]}: cassette has no recording metadata; re-record it with `make record`.")
    return metadata


def explain_miss(error: BaseException, directory: Path) -> ModelCallError | None:
    """If `error` came from a request the cassettes cannot answer, say so plainly."""
    from vcr.errors import CannotOverwriteExistingCassetteException

    seen: BaseException | None = error
    visited: set[int] = set()
    while seen is not None and id(seen) not in visited:  # chains can loop
        visited.add(id(seen))
        if isinstance(seen, CannotOverwriteExistingCassetteException):
            return ModelCallError(
                "not_recorded",
                f"no recorded answer in {directory} for this request (the prompt, schema, model or "
                "settings changed since recording, or the article was never recorded); "
                "re-record with `make record`",
            )
        seen = seen.__cause__ or seen.__context__
    return None
