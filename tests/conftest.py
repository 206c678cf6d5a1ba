"""Shared fixtures. Tests never touch the network: a dummy key, no SDK retries,
cassettes replayed with record mode none.

Tests that stand on ../shared (the seed articles and their gold annotations,
beside the repository) are marked `shared`, or use the `seeds` / `gold`
fixtures. Without ../shared they are skipped, with one note at the end of the
run naming the directory; in CI (`CI=true`) its absence fails the run instead.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
GOLD = SHARED / "gold" / "seeds.gold.json"
DATA = Path(__file__).resolve().parent / "data"
CORPUS_DEV = DATA / "corpus" / "dev"
CORPUS_GOLD = DATA / "corpus" / "dev.gold.json"
CASSETTES = ROOT / "cassettes"
RECORDED = CASSETTES / "qwen2.5-coder-0.5b-instruct"

SHARED_PRESENT = SEEDS.is_dir() and GOLD.is_file()
SHARED_MISSING = f"{SHARED} (seed articles and gold annotations) is missing"
_SHARED_FIXTURES = {"seeds", "gold"}
_skipped_for_shared = pytest.StashKey[int]()


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in ("true", "1", "yes")


def pytest_configure(config) -> None:
    config.addinivalue_line("markers", "shared: needs ../shared (seed articles and gold annotations)")


def pytest_collection_modifyitems(config, items) -> None:
    """Without ../shared: in CI stop the run, elsewhere skip what needs it."""
    if SHARED_PRESENT:
        return
    needing = [i for i in items if i.get_closest_marker("shared") or _SHARED_FIXTURES & set(i.fixturenames)]
    if not needing:
        return
    if in_ci():
        pytest.exit(f"CI=true: {SHARED_MISSING}; {len(needing)} test(s) need it. Check it out beside the repository.", returncode=1)
    config.stash[_skipped_for_shared] = len(needing)
    for item in needing:
        item.add_marker(pytest.mark.skip(reason="needs ../shared (see the note at the end)"))


def pytest_terminal_summary(terminalreporter, config) -> None:
    if skipped := config.stash.get(_skipped_for_shared, 0):
        terminalreporter.write_line(f"note: {SHARED_MISSING}: {skipped} test(s) skipped (with CI=true this fails the run).")


@pytest.fixture(autouse=True)
def offline_env(monkeypatch, tmp_path, request):
    """No real key, no configured server, caches in a temp dir, and (except in
    local_model tests) no automatic embedded model even where the extra is installed."""
    if request.node.get_closest_marker("local_model") is None:
        monkeypatch.setattr("summarizer.local.llama_available", lambda: False)
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "SUMMARIZER_MODEL", "SUMMARIZER_MODE", "SUMMARIZER_LOCAL_MODEL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(tmp_path / "cache"))


@pytest.fixture
def seeds() -> dict[str, str]:
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}


@pytest.fixture
def gold() -> dict:
    return json.loads(GOLD.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def _corpus_data() -> tuple[dict[str, str], dict]:
    texts = {p.stem: p.read_text(encoding="utf-8") for p in sorted(CORPUS_DEV.glob("*.txt"))}
    return texts, json.loads(CORPUS_GOLD.read_text(encoding="utf-8"))


@pytest.fixture
def corpus(_corpus_data) -> dict[str, str]:
    """The dev articles of the project's own corpus (tests/data/corpus/dev), by id."""
    return dict(_corpus_data[0])


@pytest.fixture
def corpus_gold(_corpus_data) -> dict:
    """Their gold annotations (tests/data/corpus/dev.gold.json), seeds.gold.json's format."""
    return json.loads(json.dumps(_corpus_data[1]))


@pytest.fixture
def sample_text() -> str:
    return (DATA / "sample_article.txt").read_text(encoding="utf-8")


def assert_span(text: str, span, expected: str | None = None) -> None:
    """The span really points at the claimed characters."""
    assert 0 <= span.start <= span.end <= len(text), span
    if expected is not None:
        assert text[span.start : span.end] == expected
