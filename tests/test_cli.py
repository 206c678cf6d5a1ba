"""The CLI as a user meets it: CliRunner, no network."""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from summarizer.cli import EXIT_PARTIAL, cli
from summarizer.settings import HOW_TO_CONFIGURE

from .conftest import RECORDED, ROOT, SEEDS
from .fakeserver import FakeServer, fake_server  # noqa: F401 - the fixture
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


# ---- against the fake server on loopback ------------------------------------------


def live(server, *args, input=None, env=None):
    """`summarizer summarize` against `server` with a dummy key."""
    options = ["--base-url", server.base_url, "--model", "fake-model", "--mode", "json", "--no-progress"]
    environment = {"OPENAI_API_KEY": "dummy-key", **(env or {})}
    return CliRunner().invoke(cli, ["summarize", *map(str, args), *options], input=input, env=environment)


def write_articles(directory: Path, n: int) -> list[Path]:
    paths = []
    for i in range(n):
        path = directory / f"art{i}.txt"
        path.write_text(f'A depot burned in Tarnby.\nMayor Anna Ostrik said: "We will rebuild number {i}."\n')
        paths.append(path)
    return paths


def test_a_cache_dir_that_is_a_file_is_a_warning_not_a_traceback(fake_server, tmp_path):
    blocker = tmp_path / "cachefile"
    blocker.write_text("")
    [article] = write_articles(tmp_path, 1)
    result = live(fake_server, article, env={"SUMMARIZER_CACHE_DIR": str(blocker)})
    assert result.exit_code == 0, result.output
    assert "warning: response cache" in result.stderr and "going on without it" in result.stderr
    assert json.loads(result.stdout)["articles"][0]["source"]["id"] == "art0"


def test_credentials_in_the_base_url_reach_no_output_or_recording(fake_server, tmp_path):
    [article] = write_articles(tmp_path, 1)
    secret = "s3cret-in-the-url"
    url = fake_server.base_url.replace("http://", f"http://someone:{secret}@")
    out, cassettes = tmp_path / "out.json", tmp_path / "cassettes"
    options = ["--model", "fake-model", "--mode", "json", "--base-url", url, "-o", str(out)]
    result = CliRunner().invoke(cli, ["summarize", str(article), *options, "--record", str(cassettes)],
                                env={"OPENAI_API_KEY": "dummy-key"})
    assert result.exit_code == 0, result.output
    assert json.loads(out.read_text())["articles"][0]["run"]["base_url_host"] == fake_server.base_url.split("/")[2]
    [cassette] = cassettes.glob("*.yaml")
    written = {"output": out.read_text(), "terminal": result.output, "cassette": cassette.read_text()}
    for name, text in written.items():
        assert secret not in text and "someone" not in text, f"the URL's credentials leaked into the {name}"


def test_same_file_names_in_two_folders_stay_two_articles(fake_server, tmp_path):
    for folder, words in (("north", "North depot"), ("south", "South depot")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "depot.txt").write_text(f'{words} burned.\nMayor Anna Ostrik said: "We rebuild the {words}."\n')
    cassettes, page = tmp_path / "cassettes", tmp_path / "report.html"
    result = live(fake_server, tmp_path / "north", tmp_path / "south", "--record", cassettes, "--format", "html", "-o", page)
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in cassettes.glob("*.yaml")) == ["depot-2.yaml", "depot.yaml"]
    html = page.read_text()
    assert "North depot burned." in html and "South depot burned." in html


def test_verify_markdown_passes_no_markup(tmp_path):
    sample = Path(__file__).parent / "data" / "sample_article.txt"
    summary = _own_summary(sample)
    summary["statements"][1]["speaker"] = "<img src=x onerror=alert(1)>\u202e"
    path = tmp_path / "summary.json"
    path.write_text(json.dumps(summary), encoding="utf-8")
    result = invoke("verify", str(path), "--source", str(sample), "--format", "md")
    assert "&lt;img src=x" in result.stdout and "<img" not in result.stdout and "\u202e" not in result.stdout


def test_a_key_ending_in_a_newline_works(fake_server, tmp_path):
    """It was sent as is, refused by the HTTP client, and reported (after
    retries) as a connection error."""
    [article] = write_articles(tmp_path, 1)
    result = live(fake_server, article, env={"OPENAI_API_KEY": "dummy-key\n"})
    assert result.exit_code == 0, result.output
    assert fake_server.count() == 1


def test_a_key_with_a_line_break_inside_is_a_clear_error(fake_server, tmp_path):
    [article] = write_articles(tmp_path, 1)
    result = live(fake_server, article, env={"OPENAI_API_KEY": "dummy\nkey"})
    assert result.exit_code == 1 and fake_server.count() == 0
    assert "OPENAI_API_KEY contains a line break, space or other character no key has" in result.output
    assert "dummy" not in result.output


# ---- a run always writes the results it has ----------------------------------------


def test_an_unwritable_output_fails_before_anything_is_paid_for(fake_server, tmp_path):
    [article] = write_articles(tmp_path, 1)
    blocker = tmp_path / "report.json"
    blocker.write_text("")
    result = live(fake_server, article, "-o", blocker / "out.json")
    assert result.exit_code == 1 and fake_server.count() == 0
    assert f"cannot write {blocker / 'out.json'}" in result.output and "Traceback" not in result.output


def test_output_that_cannot_be_written_at_the_end_is_saved_elsewhere(tmp_path, monkeypatch):
    """The directory vanished (or the disk filled) while the run was paying for answers."""
    from summarizer.console import write_output

    monkeypatch.setattr("tempfile.tempdir", str(tmp_path / "rescue"))
    (tmp_path / "rescue").mkdir()
    (tmp_path / "gone").write_text("")
    with pytest.raises(click.ClickException) as raised:
        write_output('{"results": 1}\n', tmp_path / "gone" / "out.json")
    [saved] = (tmp_path / "rescue").iterdir()
    assert saved.read_text() == '{"results": 1}\n' and saved.suffix == ".json"
    assert f"cannot write {tmp_path / 'gone' / 'out.json'}" in raised.value.message and str(saved) in raised.value.message


def test_output_files_get_the_usual_permissions(fake_server, tmp_path):
    """Files were created 0600 (the temporary file's mode); an existing file keeps its mode."""
    [article] = write_articles(tmp_path, 1)
    new, kept = tmp_path / "new.json", tmp_path / "kept.json"
    kept.write_text("")
    kept.chmod(0o640)
    old_umask = os.umask(0o022)
    try:
        for out in (new, kept):
            assert live(fake_server, article, "-o", out).exit_code == 0
    finally:
        os.umask(old_umask)
    assert (stat.S_IMODE(new.stat().st_mode), stat.S_IMODE(kept.stat().st_mode)) == (0o644, 0o640)


def _run_and_stop(server, tmp_path, signum) -> tuple[subprocess.CompletedProcess, dict]:
    """`python -m summarizer` over 8 articles, one at a time, stopped by `signum`
    once at least two of them are done."""
    paths = write_articles(tmp_path, 8)
    out = tmp_path / "out.json"
    command = [sys.executable, "-m", "summarizer", "summarize", *map(str, paths), "--base-url", server.base_url,
               "--model", "fake-model", "--mode", "json", "--concurrency", "1", "--no-progress", "-o", str(out)]
    env = {**os.environ, "OPENAI_API_KEY": "dummy-key", "SUMMARIZER_CACHE_DIR": str(tmp_path / "cache")}
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while server.count() < 3 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.05)
    process.send_signal(signum)
    stdout, stderr = process.communicate(timeout=60)
    done = subprocess.CompletedProcess(command, process.returncode, stdout, stderr)
    return done, json.loads(out.read_text()) if out.exists() else {}


@pytest.mark.parametrize("signum, code", [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_a_stopped_run_writes_the_results_it_has(tmp_path, signum, code):
    """Ctrl-C wrote nothing; SIGTERM exited silently, writing nothing."""
    with FakeServer(latency=0.3) as server:
        done, report = _run_and_stop(server, tmp_path, signum)
    assert done.returncode == code, done.stderr
    assert "Traceback" not in done.stderr and "run the same command again to resume" in done.stderr
    assert len(report["articles"]) >= 2
    assert len(report["articles"]) + len(report["failures"]) == 8
    assert {f["kind"] for f in report["failures"]} <= {"interrupted"}


def test_ctrl_c_while_the_modules_load_exits_quietly(tmp_path):
    """The first second and a half is spent importing; Ctrl-C then printed a traceback."""
    code = (
        "import sys\n"
        "class Interrupt:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name == 'summarizer.pipeline':\n"
        "            raise KeyboardInterrupt\n"
        "sys.meta_path.insert(0, Interrupt())\n"
        "sys.argv = ['summarizer', 'summarize', 'x.txt']\n"
        "from summarizer.__main__ import main\n"
        "main()\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert (done.returncode, done.stderr) == (130, "interrupted\n")


def test_the_command_is_the_guarded_entry_point():
    import tomllib

    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    assert scripts == {"summarizer": "summarizer.__main__:main"}


@pytest.mark.parametrize(
    "args",
    [
        ["verify", "/dev/zero", "--source", "tests/data/sample_article.txt"],
        ["eval", "--compare", "/dev/zero", "--replay", "cassettes/qwen2.5-coder-0.5b-instruct"],
        ["batch", "collect", "/dev/zero", "/dev/zero"],
    ],
)
def test_no_file_argument_is_read_without_a_bound(args):
    """/dev/zero has a size of 0 and no end: read whole, it exhausted memory."""
    code = (
        "import resource, sys; resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30))\n"
        f"sys.argv = ['summarizer', *{args!r}]\n"
        "from summarizer.__main__ import main\n"
        "main()\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1, done.stderr[-300:]
    assert "/dev/zero: too large (more than 500,000,000 bytes; the limit is 500,000,000)" in done.stderr


def test_a_report_that_fails_to_render_still_leaves_the_results(fake_server, tmp_path, monkeypatch):
    """A bug in grouping or rendering must not lose answers already paid for."""
    def broken(*args, **kwargs):
        raise RuntimeError("grouping bug")

    monkeypatch.setattr("summarizer.cli.render_run", broken)
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path / "rescue"))
    (tmp_path / "rescue").mkdir()
    paths = write_articles(tmp_path, 2)
    result = live(fake_server, *paths, "--format", "md", "-o", tmp_path / "out.md")
    assert result.exit_code == 1
    assert "cannot render the md report (RuntimeError: grouping bug)" in result.output
    [saved] = (tmp_path / "rescue").iterdir()
    assert str(saved) in result.output
    assert sorted(a["source"]["id"] for a in json.loads(saved.read_text())["articles"]) == ["art0", "art1"]
