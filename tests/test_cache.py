"""The response cache: what its key covers, and that answers persist, even
across a process killed right after storing them."""

from __future__ import annotations

import asyncio
import inspect
import sqlite3
import subprocess
import sys
import textwrap

import pytest
from pydantic import BaseModel

from summarizer import cache as cache_module
from summarizer.cache import ResponseCache, cache_key
from summarizer.errors import ConfigError
from summarizer.ingest import Article
from summarizer.pipeline import summarize_articles
from summarizer.schema import MAX_STATEMENTS, Extraction, Usage
from summarizer.settings import Mode, Settings

from .conftest import ROOT
from .fakeserver import FakeServer, fake_server  # noqa: F401 - the fixture

BASE = dict(
    parameters={"model": "m", "temperature": 0.0},
    mode="json",
    prompt_sha256="p" * 64,
    article_text="Officials said the strike hit a depot.\nTwo were wounded.",
    published=None,
)
ANSWER = Extraction.model_validate(
    {"statements": [{"speaker": "Officials", "quote": "the strike hit a depot"}]}
).model_dump_json()
USAGE = Usage(prompt_tokens=100, completion_tokens=20, total_tokens=120)


class OtherModel(BaseModel):
    incidents: list[str] = []


@pytest.mark.parametrize(
    "change",
    [
        {"parameters": {"model": "other", "temperature": 0.0}},
        {"parameters": {"model": "m", "temperature": 0.7}},
        {"parameters": {"model": "m", "temperature": 0.0, "max_tokens": 512}},
        {"mode": "tools"},
        {"prompt_sha256": "q" * 64},
        {"article_text": BASE["article_text"] + " More."},
        {"published": "2024-05-01"},
        {"response_model": OtherModel},
    ],
)
def test_key_changes_with_each_component(change):
    assert cache_key(**{**BASE, **change}) != cache_key(**BASE)


def test_key_changes_with_the_pipeline_version(monkeypatch):
    before = cache_key(**BASE)
    monkeypatch.setattr(cache_module, "PIPELINE_VERSION", cache_module.PIPELINE_VERSION + 1)
    assert cache_key(**BASE) != before


def test_key_ignores_line_endings_and_unicode_normal_form():
    text = "Caf\u00e9 owner said: \u201cno.\u201d\nEnd."
    same = ["Cafe\u0301 owner said: \u201cno.\u201d\nEnd.", text.replace("\n", "\r\n"), text.replace("\n", "\r")]
    assert {cache_key(**{**BASE, "article_text": t}) for t in [text, *same]} == {cache_key(**{**BASE, "article_text": text})}


def test_put_get_round_trip(tmp_path):
    with ResponseCache(tmp_path / "c.sqlite") as cache:
        key = cache.key(**BASE)
        assert cache.get(key) is None
        cache.put(key, ANSWER, USAGE)
        hit = cache.get(key)
    assert hit.extraction() == Extraction.model_validate_json(ANSWER)
    assert hit.usage == USAGE and hit.created_at[:2] == "20"


def test_a_merged_answer_beyond_one_answers_bounds_round_trips(tmp_path):
    """Long articles merge several chunks' answers, which may exceed the bounds
    one answer is held to; the cache returns them as stored."""
    many = Extraction.model_validate_json(ANSWER).statements * (MAX_STATEMENTS + 1)
    merged = Extraction.model_construct(incidents=[], statements=many)
    with ResponseCache(tmp_path / "c.sqlite") as cache:
        cache.put("k", merged.model_dump_json(), USAGE)
        assert cache.get("k").extraction() == merged


def test_answers_persist_across_instances(tmp_path):
    path = tmp_path / "c.sqlite"
    with ResponseCache(path) as cache:
        cache.put("k", ANSWER, USAGE)
    with ResponseCache(path) as cache:
        assert cache.get("k").extraction_json == ANSWER


def test_default_path_follows_the_cache_dir_env(tmp_path, monkeypatch):
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(tmp_path / "elsewhere"))
    with ResponseCache() as cache:
        assert cache.path == tmp_path / "elsewhere" / "responses.sqlite"
        assert cache.stats()["path"] == str(cache.path)


def test_stats_and_clear(tmp_path):
    with ResponseCache(tmp_path / "c.sqlite") as cache:
        for i in range(3):
            cache.put(f"k{i}", ANSWER, USAGE)
        cache.put("k0", ANSWER, USAGE)  # replacing is not adding
        stats = cache.stats()
        assert stats["entries"] == 3 and stats["bytes"] > 0
        assert cache.clear() == 3
        assert cache.stats()["entries"] == 0 and cache.get("k1") is None


def test_a_file_that_is_not_a_database_is_a_clear_error(tmp_path):
    path = tmp_path / "c.sqlite"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(ConfigError, match="delete the file"):
        ResponseCache(path)


def test_committed_answers_survive_a_killed_process(tmp_path):
    """The writer dies without closing anything (no atexit, no checkpoint):
    every answer it had stored is there for the rerun."""
    path = tmp_path / "c.sqlite"
    writer = textwrap.dedent(
        f"""
        import os
        from summarizer.cache import ResponseCache
        from summarizer.schema import Usage
        cache = ResponseCache({str(path)!r})
        for i in range(5):
            cache.put(f"k{{i}}", {ANSWER!r}, Usage(total_tokens=i))
        os._exit(9)
        """
    )
    assert subprocess.run([sys.executable, "-c", writer], cwd=ROOT, timeout=30).returncode == 9
    with ResponseCache(path) as cache:
        assert cache.stats()["entries"] == 5
        assert cache.get("k4").usage.total_tokens == 4


# ---- in the pipeline (active once summarize_articles takes a cache) ---------

needs_integration = pytest.mark.skipif(
    "cache" not in inspect.signature(summarize_articles).parameters,
    reason="summarize_articles takes no cache yet: see /tmp/work/helper_cache_patch.md",
)


@needs_integration
def test_a_second_identical_run_makes_no_requests(fake_server, tmp_path):
    articles = [Article(id=f"a{i}", text=f'A depot burned.\nMayor Anna Ostrik said: "We rebuild {i}."\n') for i in range(3)]
    settings = Settings(model="fake-model", api_key="dummy-key", base_url=fake_server.base_url, mode=Mode.json)
    with ResponseCache(tmp_path / "c.sqlite") as cache:
        first = asyncio.run(summarize_articles(articles, settings, cache=cache))
        assert fake_server.count() == 3 and cache.stats()["entries"] == 3
        second = asyncio.run(summarize_articles(articles, settings, cache=cache))
    assert fake_server.count() == 3
    assert [(s.run.cached, s.run.http_calls, s.run.usage.total_tokens) for s in second.summaries] == [(True, 0, 0)] * 3
    assert [s.statements for s in second.summaries] == [s.statements for s in first.summaries]
    assert second.usage.total_tokens == 0 < first.usage.total_tokens


# ---- the cache is an optimisation, never a reason to fail ----------------------


def _articles(n: int = 3) -> list[Article]:
    return [Article(id=f"a{i}", text=f'A depot burned.\nMayor Anna Ostrik said: "We rebuild {i}."\n') for i in range(n)]


def _run_with(cache, server) -> list:
    settings = Settings(model="fake-model", api_key="dummy-key", base_url=server.base_url, mode=Mode.json)
    return asyncio.run(summarize_articles(_articles(), settings, cache=cache))


def _damaged(path):
    """A cache whose pages after the header are overwritten: SQLite opens it, then
    reports 'database disk image is malformed' on the first query."""
    with ResponseCache(path) as cache:
        for i in range(200):
            cache.put(f"k{i}", ANSWER, USAGE)
        cache._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    data[4096:] = b"\xa5" * (len(data) - 4096)
    path.write_bytes(bytes(data))


def test_a_locked_cache_is_warned_about_once_and_the_run_goes_on(fake_server, tmp_path):
    path = tmp_path / "c.sqlite"
    ResponseCache(path).close()
    other = sqlite3.connect(path, isolation_level=None)  # another process holding the write lock
    other.execute("BEGIN EXCLUSIVE")
    warnings: list[str] = []
    try:
        with ResponseCache(path, warn=warnings.append, timeout=0.1) as cache:
            result = _run_with(cache, fake_server)
    finally:
        other.close()
    assert len(result.summaries) == 3 and not result.failures
    assert warnings == [f"response cache {path}: database is locked; going on without it"]


def test_a_damaged_cache_is_warned_about_once_and_the_run_goes_on(fake_server, tmp_path):
    path = tmp_path / "c.sqlite"
    _damaged(path)
    warnings: list[str] = []
    with ResponseCache(path, warn=warnings.append) as cache:
        result = _run_with(cache, fake_server)
    assert len(result.summaries) == 3 and not result.failures
    assert warnings == [
        f"response cache {path}: database disk image is malformed; delete the file to start afresh; going on without it"
    ]


def test_a_cache_dir_that_is_a_file_is_warned_about(fake_server, tmp_path, monkeypatch):
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(tmp_path / "file"))
    (tmp_path / "file").write_text("not a directory")
    warnings: list[str] = []
    with ResponseCache(warn=warnings.append) as cache:
        result = _run_with(cache, fake_server)
    assert len(result.summaries) == 3
    assert warnings == [
        f"response cache {tmp_path / 'file' / 'responses.sqlite'}: cannot create its directory (File exists); going on without it"
    ]
    with pytest.raises(ConfigError, match="cannot use the response cache"):  # `summarizer cache stats` says so plainly
        ResponseCache()


def test_an_entry_that_no_longer_validates_is_a_miss(tmp_path):
    with ResponseCache(tmp_path / "c.sqlite") as cache:
        cache.put("k", '{"incidents": [{"kind": "not a kind"}]}', USAGE)
        assert cache.get("k") is None


def test_answers_from_one_server_never_stand_in_for_another(fake_server, tmp_path):
    """The server is part of the key: a run against another server (here one
    that is down) asks it, instead of returning the first server's answers."""
    with ResponseCache(tmp_path / "c.sqlite") as cache:
        assert len(_run_with(cache, fake_server).summaries) == 3
        with FakeServer() as other:
            assert len(_run_with(cache, other).summaries) == 3
            assert other.count() == 3
        with FakeServer() as gone:
            pass
        dead = Settings(model="fake-model", api_key="dummy-key", base_url=gone.base_url, mode=Mode.json, transport_retries=0)
        result = asyncio.run(summarize_articles(_articles(), dead, cache=cache))
    assert not result.summaries and {f.kind for f in result.failures} == {"transport"}
