"""Shared fixtures. Tests never touch the network: a dummy key, no SDK retries,
cassettes replayed with record mode none."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
GOLD = SHARED / "gold" / "seeds.gold.json"
DATA = Path(__file__).resolve().parent / "data"
CASSETTES = ROOT / "cassettes"
RECORDED = CASSETTES / "qwen2.5-coder-0.5b-instruct"


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
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is absent")
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}


@pytest.fixture
def gold() -> dict:
    if not GOLD.is_file():
        pytest.skip("../shared/gold is absent")
    return json.loads(GOLD.read_text(encoding="utf-8"))


@pytest.fixture
def sample_text() -> str:
    return (DATA / "sample_article.txt").read_text(encoding="utf-8")


def assert_span(text: str, span, expected: str | None = None) -> None:
    """The span really points at the claimed characters."""
    assert 0 <= span.start <= span.end <= len(text), span
    if expected is not None:
        assert text[span.start : span.end] == expected
