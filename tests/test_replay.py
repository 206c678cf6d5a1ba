"""Replaying the recorded seed cassettes: real model answers, parsed, grounded, flagged."""

from __future__ import annotations

import asyncio
import re
from pathlib import Path

import pytest

from summarizer.ingest import iter_inputs
from summarizer.pipeline import settings_for, summarize_articles
from summarizer.schema import Status

from .conftest import CASSETTES, RECORDED, SEEDS, assert_span

pytestmark = pytest.mark.shared


def replay_all():
    paths = sorted(SEEDS.glob("*.txt"))
    settings = settings_for(replay=RECORDED)
    articles = list(iter_inputs([str(p) for p in paths]))  # read as the CLI and the recorder read them
    return asyncio.run(summarize_articles(articles, settings, replay=RECORDED)), paths


def test_every_seed_replays_offline_and_every_quote_is_grounded_or_flagged():
    result, paths = replay_all()
    assert not result.failures, result.failures
    assert len(result.summaries) == len(paths)
    texts = {p.stem: p.read_text(encoding="utf-8") for p in paths}
    quotes = 0
    for summary in result.summaries:
        text = texts[summary.source.id]
        assert summary.run.replayed_from == str(RECORDED)
        for st in summary.statements:
            quotes += 1
            ev = st.evidence["quote"]
            if ev.status is Status.exact:
                assert_span(text, ev.spans[0], st.quote.strip())
            elif ev.status in (Status.normalized, Status.fuzzy):
                assert ev.spans and ev.reasons
            else:
                assert ev.status is Status.unsupported and not ev.spans and ev.reasons
    assert quotes > 0


def _seed(name: str):
    [article] = iter_inputs([str(SEEDS / name)])
    return article


def _replay(name: str, **kw):
    settings = settings_for(replay=RECORDED)
    result = asyncio.run(summarize_articles([_seed(name)], settings, replay=RECORDED, **kw))
    assert not result.failures, result.failures
    return result.summaries[0]


def test_strict_drops_exactly_the_unsupported():
    loose = _replay("002_10d94bf04c1106d2.txt")
    strict = _replay("002_10d94bf04c1106d2.txt", strict=True)
    assert [s.quote for s in strict.statements] == [s.quote for s in loose.statements if s.status.grounded]
    assert strict.totals.unsupported == 0


def test_replay_records_the_run_metadata():
    summary = _replay("002_10d94bf04c1106d2.txt")
    assert summary.run.model == "qwen2.5-coder-0.5b-instruct"
    assert summary.run.http_calls >= 1 and summary.run.usage.total_tokens > 0
    assert len(summary.run.prompt_sha256) == 64


SECRET_PATTERNS = [
    re.compile(r"sk-[A-Za-z0-9_-]{16,}"),
    re.compile(r"Bearer\s+\S{8,}", re.I),
    re.compile(r"^\s*-?\s*(authorization|cookie|set-cookie|openai-organization|openai-project|x-api-key|api-key)\s*:", re.I | re.M),
    re.compile(r"\borg-[A-Za-z0-9]{16,}"),
]


def test_no_cassette_holds_a_secret():
    files = list(Path(CASSETTES).rglob("*.yaml"))
    assert files
    for f in files:
        text = f.read_text(encoding="utf-8")
        for pattern in SECRET_PATTERNS:
            assert not pattern.search(text), f"{f}: matches {pattern.pattern}"


def test_cassettes_say_how_they_were_recorded():
    import yaml

    for f in Path(CASSETTES).rglob("*.yaml"):
        meta = yaml.safe_load(f.read_text(encoding="utf-8"))["metadata"]["recording"]
        assert {"model", "mode", "record_mode", "server", "recorded_at", "prompt_sha256"} <= set(meta)


def test_library_call_reads_a_path_as_the_cli_does():
    from summarizer import summarize_article

    summary = summarize_article(path=SEEDS / "002_10d94bf04c1106d2.txt", replay=RECORDED)
    assert summary.source.published == "2024-01-24" and summary.run.replayed_from == str(RECORDED)


def test_the_sample_article_replays_as_the_readme_shows_it():
    """The worked example: each quotation has one speaker the article names for it, so
    it is theirs with no question asked (three calls, the lead's sentences), and all three
    are right; the lead's kind is one its sentence names."""
    from summarizer import summarize_article

    summary = summarize_article(path=Path(__file__).parent / "data" / "sample_article.txt", replay=RECORDED)
    assert summary.run.prompt == "focused" and summary.run.http_calls == 3
    assert {(s.speaker, s.status.value) for s in summary.statements} == {
        ("Governor Mara Ostrik", "exact"), ("Ostrik", "exact"), ("Renn", "exact")}
    [incident] = summary.incidents
    assert incident.kind == "drone strike" and incident.evidence["kind"].status.grounded
    assert not [f for f, ev in incident.evidence.items() if not ev.status.grounded]


def test_focused_quotes_are_verbatim_by_construction():
    """The recordings use the focused strategy: the model only names speakers, so every
    quote is found exactly where the article has it (speakers may still be flagged)."""
    result, paths = replay_all()
    texts = {p.stem: p.read_text(encoding="utf-8") for p in paths}
    statements = [(s.source.id, st) for s in result.summaries for st in s.statements]
    assert statements and all(s.run.prompt == "focused" for s in result.summaries)
    for article_id, st in statements:
        ev = st.evidence["quote"]
        assert ev.status is Status.exact
        assert_span(texts[article_id], ev.spans[0], st.quote)


def test_the_replayed_report_keeps_the_2019_strike_apart_from_2024():
    from summarizer.events import build_report

    result, paths = replay_all()
    report = build_report(result.summaries, {p.stem: p.read_text(encoding="utf-8") for p in paths})
    old = "004_e1434c254b5792b8"
    assert all(set(e.sources) == {old} or old not in e.sources for e in report.events)
    # The recorded model dates the lead by its "on Friday" rather than "On Sunday evening"; the sentence gives
    # Friday to the attack the strikes answer ("in response to an attack ... on Friday"), so the strikes stay
    # undated rather than take that attack's day (or its target, K-1, from a later sentence of the same shape).
    [main_2019] = [e for e in report.events if e.sources == [old] and e.role == "main"]
    assert main_2019.date is None and main_2019.kind == "bombing" and "Al-Qaim" in main_2019.places
    assert main_2019.actors.target == ["Kataib Hezbollah"] and main_2019.actors.perpetrator == ["United States"]
    assert not any(e.date and e.date.startswith("2019") for e in report.events if old not in e.sources)


WHOLE = CASSETTES / "qwen2.5-coder-0.5b-instruct-whole"


def test_the_whole_article_strategy_replays_its_own_recording():
    """`make record` records the whole-article strategy from the same model too: one
    answer per article and its verification round, replayed offline for all five
    seeds, every quote grounded or flagged."""
    paths = [SEEDS / f"{p.stem}.txt" for p in sorted(WHOLE.glob("*.yaml"))]
    assert len(paths) == 5 and all(p.is_file() for p in paths), f"whole-article cassettes of the five seed articles in {WHOLE}"
    articles = list(iter_inputs([str(p) for p in paths]))
    result = asyncio.run(summarize_articles(articles, settings_for(replay=WHOLE), replay=WHOLE))
    assert not result.failures, result.failures
    texts = {p.stem: p.read_text(encoding="utf-8") for p in paths}
    for summary in result.summaries:
        assert summary.run.prompt == "extract" and summary.run.replayed_from == str(WHOLE)
        assert summary.run.usage.completion_tokens > 0
        for st in summary.statements:
            ev = st.evidence["quote"]
            if ev.status is Status.exact:
                assert_span(texts[summary.source.id], ev.spans[0], st.quote.strip())
            else:
                assert ev.reasons, "a quote not found verbatim says why"
