"""The CLI as a user meets it: CliRunner, no network."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from summarizer.cli import EXIT_PARTIAL, cli
from summarizer.llm import HOW_TO_CONFIGURE

from .conftest import RECORDED, SEEDS
from .test_client import fake_llama  # noqa: F401 - the fixture
from .test_local import tiny  # noqa: F401 - the fixture


def invoke(*args, input=None):
    return CliRunner().invoke(cli, list(args), input=input)


def test_unconfigured_model_tells_the_user_what_to_do(sample_text, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(sample_text)
    result = invoke("summarize", str(path))
    assert result.exit_code == 1
    assert HOW_TO_CONFIGURE.splitlines()[0] in result.output
    assert "--base-url" in result.output and "OPENAI_API_KEY" in result.output


def test_help_documents_exit_codes():
    result = invoke("summarize", "--help")
    assert result.exit_code == 0
    assert "Exit codes" in result.output and "3 some articles" in result.output.replace("\n", " ")


def test_schema_describes_the_report_or_one_article():
    report, article = invoke("schema"), invoke("schema", "--article")
    assert report.exit_code == article.exit_code == 0
    assert {"events", "articles", "failures"} <= set(json.loads(report.output)["properties"])
    assert {"source", "incidents", "statements", "totals"} <= set(json.loads(article.output)["properties"])
    assert json.loads(invoke("schema", "--report").output) == json.loads(report.output)


def test_replay_and_record_are_exclusive(tmp_path):
    result = invoke("summarize", "x.txt", "--replay", str(tmp_path), "--record", str(tmp_path))
    assert result.exit_code == 2


def test_replay_dir_without_cassettes_is_a_clear_error(tmp_path):
    result = invoke("summarize", "x.txt", "--replay", str(tmp_path))
    assert result.exit_code == 1 and "no cassettes" in result.output


needs_cassettes = pytest.mark.shared  # a seed article; its cassette is in the repository
SEED = SEEDS / "002_10d94bf04c1106d2.txt"


@pytest.mark.parametrize(
    "name, content, problem",
    [
        ("empty.txt", b"", "empty file"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\0\0\0IHDR", "binary file"),
        ("huge.txt", b"word " * 500_000, "too large"),
    ],
)
@needs_cassettes
def test_bad_input_is_named_and_does_not_stop_the_run(tmp_path, name, content, problem):
    bad = tmp_path / name
    bad.write_bytes(content)
    result = CliRunner().invoke(cli, ["summarize", str(bad), str(SEED), "--replay", str(RECORDED)])
    assert result.exit_code == EXIT_PARTIAL
    assert f"{bad}: input: {problem}" in result.stderr
    report = json.loads(result.stdout)
    assert [a["source"]["id"] for a in report["articles"]] == [SEED.stem]
    assert report["failures"][0]["source"] == str(bad)


@needs_cassettes
def test_missing_file_and_directory_are_named(tmp_path):
    result = invoke("summarize", str(tmp_path / "absent.txt"), str(tmp_path), str(SEED), "--replay", str(RECORDED))
    assert result.exit_code == EXIT_PARTIAL
    assert "absent.txt: input: no such file" in result.stderr
    assert f"{tmp_path}: input: no .txt, .html, .htm, .jsonl files in this directory" in result.stderr


@needs_cassettes
def test_json_output_to_file(tmp_path):
    out = tmp_path / "sub" / "summary.json"
    result = invoke("summarize", str(SEED), "--replay", str(RECORDED), "-o", str(out))
    assert result.exit_code == 0 and result.stdout == ""
    [summary] = json.loads(out.read_text())["articles"]
    assert summary["source"]["id"] == SEED.stem
    assert summary["run"]["replayed_from"] == str(RECORDED)


@needs_cassettes
def test_json_has_one_shape_for_one_article_or_several(tmp_path):
    from summarizer.events import EventReport

    other = SEEDS / "004_e1434c254b5792b8.txt"
    one = invoke("summarize", str(SEED), "--replay", str(RECORDED))
    two = invoke("summarize", str(SEED), str(other), "--replay", str(RECORDED), "--no-progress")
    assert one.exit_code == two.exit_code == 0
    reports = [EventReport.model_validate_json(r.stdout) for r in (one, two)]  # what `summarizer schema` describes
    assert [[a.source.id for a in r.articles] for r in reports] == [[SEED.stem], [SEED.stem, other.stem]]
    lines = invoke("summarize", str(SEED), str(other), "--replay", str(RECORDED), "--format", "jsonl").stdout.splitlines()
    assert [json.loads(line)["source"]["id"] for line in lines] == [SEED.stem, other.stem]


@needs_cassettes
def test_verify_reads_what_summarize_wrote(tmp_path):
    out = tmp_path / "report.json"
    assert invoke("summarize", str(SEED), "--replay", str(RECORDED), "-o", str(out)).exit_code == 0
    result = invoke("verify", str(out), "--source", str(SEED))
    assert result.exit_code == 0, result.output
    assert [r["source_id"] for r in json.loads(result.stdout)["reports"]] == [SEED.stem]


@needs_cassettes
def test_strict_reaches_the_library():
    loose, strict = (
        json.loads(invoke("summarize", str(SEED), "--replay", str(RECORDED), *flags).stdout)["articles"][0]["totals"]
        for flags in ((), ("--strict",))
    )
    assert loose["unsupported"] > 0 and strict["unsupported"] == 0


@needs_cassettes
def test_markdown_reads_like_a_brief():
    result = invoke("summarize", str(SEED), "--replay", str(RECORDED), "--format", "md")
    assert result.exit_code == 0
    out = result.stdout
    assert out.startswith("## ") and "checked:" in out
    assert "### Incidents" in out or "_No incidents extracted._" in out
    assert f"[{SEED.stem}" in out  # citations point at the article


@needs_cassettes
def test_stdin_input_misses_loudly_when_not_recorded():
    result = invoke("summarize", "-", "--replay", str(RECORDED), input="A drone struck a depot nobody recorded.")
    assert result.exit_code == EXIT_PARTIAL
    assert "not_recorded" in result.stderr and "make record" in result.stderr


def _own_summary(sample_path) -> dict:
    """A summary of the sample article as summarizer writes it (no model needed)."""
    from summarizer.ingest import read_article
    from summarizer.schema import ArticleSummary, Statement
    from summarizer.extract import source_of
    from summarizer.verify import verify_summary

    article = read_article(sample_path)
    summary = ArticleSummary(source=source_of(article), statements=[
        Statement(speaker="Ostrik", speaker_canonical="Mara Ostrik", quote="We will rebuild the depot within a month.", kind="direct"),
        Statement(speaker="Tal Renn", quote="Our units were nowhere near the coast,", kind="direct"),
    ])
    return json.loads(verify_summary(summary, article.text).model_dump_json())


@pytest.mark.parametrize(
    "edit, expect",
    [
        (None, 0),
        (lambda s: s["statements"][0].update(quote="We will rebuild the depot within a week."), 4),  # a changed word
        (lambda s: s["statements"][1].update(speaker="Mara Ostrik", speaker_canonical="Mara Ostrik"), 4),  # swapped speaker
    ],
)
def test_verify_catches_hand_edits(tmp_path, edit, expect):
    sample = tmp_path / "sample.txt"
    sample.write_text((Path(__file__).parent / "data" / "sample_article.txt").read_text(encoding="utf-8"), encoding="utf-8")
    summary = _own_summary(sample)
    if edit:
        edit(summary)
    path = tmp_path / "summary.json"
    path.write_text(json.dumps(summary), encoding="utf-8")
    result = invoke("verify", str(path), "--source", str(sample), "--strict")
    assert result.exit_code == expect, result.output
    report = json.loads(result.stdout)["reports"][0]
    assert {i["kind"] for i in report["items"]} == {"statement"}


def test_verify_names_a_missing_source(tmp_path):
    sample = tmp_path / "sample.txt"
    sample.write_text("Some other article.", encoding="utf-8")
    path = tmp_path / "summary.json"
    path.write_text(json.dumps(_own_summary(Path(__file__).parent / "data" / "sample_article.txt")), encoding="utf-8")
    result = invoke("verify", str(path), "--source", str(sample))
    assert result.exit_code == 1 and "sample_article" in result.output


def test_interrupt_says_how_to_resume(tmp_path, monkeypatch, sample_text):
    path = tmp_path / "a.txt"
    path.write_text(sample_text)
    monkeypatch.setenv("OPENAI_API_KEY", "dummy-key")

    async def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("summarizer.client.summarize_articles", interrupted)
    result = invoke("summarize", str(path))
    assert result.exit_code == 130
    assert "run the same command again to resume" in result.stderr


def test_eval_help_shows_no_path_of_the_build_machine():
    result = invoke("eval", "--help")
    assert result.exit_code == 0
    help_text = " ".join(result.output.split())
    assert "Default: the dev part of the corpus shipped with summarizer" in help_text
    assert "/work/" not in help_text and str(Path.home()) not in help_text


@needs_cassettes
def test_eval_with_explicit_gold_and_articles_needs_no_checkout():
    from .conftest import GOLD

    result = invoke("eval", "--gold", str(GOLD), str(SEED), "--replay", str(RECORDED), "--json")
    assert result.exit_code == 0, result.output
    assert [a["article_id"] for a in json.loads(result.stdout)["articles"]] == [SEED.stem]


def test_eval_defaults_to_the_corpus_and_scores_gold_extractions_without_a_model():
    result = invoke("eval", "--extractions", "gold", "--json")
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert len(scores["articles"]) >= 20 and all(a["article_id"].startswith("d") for a in scores["articles"])
    assert scores["overall"]["published_wrong"] == 0


def test_eval_names_a_gold_article_that_is_missing(tmp_path):
    gold = tmp_path / "mine.gold.json"
    gold.write_text(json.dumps({"entities": {}, "events": {}, "articles": {"absent": {"incidents": [], "statements": []}}}))
    result = invoke("eval", "--gold", str(gold), "--extractions", "gold")
    assert result.exit_code == 1 and "absent" in result.output


def test_an_embedded_model_nobody_chose_is_announced_once_on_stderr(fake_llama, tmp_path, sample_text):
    path = tmp_path / "a.txt"
    path.write_text(sample_text, encoding="utf-8")
    result = invoke("summarize", str(path), "--strategy", "whole", "--no-progress")
    assert result.exit_code == 0, result.output
    note = "note: No model configured: running the embedded model tiny in-process"
    assert result.stderr.count(note) == 1
    assert all(how in result.stderr for how in ("--model NAME", "OPENAI_API_KEY", "--base-url URL"))
    assert json.loads(result.stdout)["articles"][0]["run"]["model"] == "local:tiny"
    chosen = invoke("summarize", str(path), "--model", "local", "--strategy", "whole", "--no-progress")
    assert chosen.exit_code == 0 and "note:" not in chosen.stderr
