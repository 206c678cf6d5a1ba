"""The event store: incremental equals batch, one transaction per update, migrations,
readers beside a writer, clear errors. Summaries come from the dev corpus's gold
annotations (summarizer.gold), so no model is involved."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from summarizer import sql
from summarizer import store as store_module
from summarizer.cli import cli
from summarizer.events import build_report
from summarizer.gold import gold_summaries
from summarizer.ingest import iter_inputs
from summarizer.schema import ArticleSummary, load_summary
from summarizer.store import Store, StoreError, migrate

from .conftest import CORPUS_DEV, CORPUS_GOLD, RECORDED, ROOT, SEEDS
from .synthetic import synthetic

# Three articles on one air strike, two published on 9 October, one on the 10th
# with higher figures; an unrelated shelling beside them.
DAY1 = ["d15_kanbalu_airstrike_ayeyarwady", "d16_kanbalu_airstrike_afp"]
DAY2 = ["d17_kanbalu_airstrike_rfa"]
OTHER = ["d26_el_obeid_shelling_nilepost"]


@pytest.fixture(scope="module")
def corpus_run() -> tuple[list[ArticleSummary], dict[str, str]]:
    """The dev corpus as summarize reads it, with the gold annotations as extractions."""
    articles = list(iter_inputs([str(p) for p in sorted(CORPUS_DEV.glob("*.txt"))]))
    texts = {a.id: a.text for a in articles}
    read = {a.id: (a.published, a.published_basis) for a in articles}
    gold = json.loads(CORPUS_GOLD.read_text(encoding="utf-8"))
    return gold_summaries(gold, texts, read), texts


def batch(summaries: list[ArticleSummary], texts: dict[str, str]):
    """What the store must hold: build_report over the summaries in article-id order,
    with their texts (and no others: every text given teaches the entity index)."""
    ordered = sorted(summaries, key=lambda s: s.source.id)
    return build_report(ordered, {s.source.id: texts[s.source.id] for s in ordered})


def dump(report) -> dict:
    return report.model_dump(mode="json")


def picked(corpus_run, ids: list[str]) -> list[ArticleSummary]:
    by_id = {s.source.id: s for s in corpus_run[0]}
    return [by_id[i] for i in ids]


@hypothesis_settings(max_examples=4, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_adding_in_any_order_and_batches_gives_the_batch_report(corpus_run, tmp_path_factory, data):
    summaries, texts = corpus_run
    order = data.draw(st.permutations(summaries))
    cuts = sorted(data.draw(st.sets(st.integers(1, len(order) - 1), max_size=8)))
    path = tmp_path_factory.mktemp("store") / "news.db"
    with Store(path) as store:
        for start, end in zip([0, *cuts], [*cuts, len(order)], strict=True):
            store.add(order[start:end], texts)
        stored = store.report()
    expected = batch(summaries, texts)
    assert [e.id for e in stored.events] == [e.id for e in expected.events]
    assert dump(stored) == dump(expected)  # members, ledgers, conflicts, headlines, statements, entities, articles


def test_300_synthetic_articles_added_100_at_a_time_are_the_batch_report_byte_for_byte(tmp_path):
    """At a size where copies share countries and common actors, later copies first."""
    summaries, texts = synthetic(300)
    with Store(tmp_path / "news.db") as store:
        for start in (200, 100, 0):
            chunk = summaries[start : start + 100]
            store.add(chunk, {s.source.id: texts[s.source.id] for s in chunk})
        stored = store.report()
    expected = batch(summaries, texts)
    assert len(expected.events) > 300
    assert stored.model_dump_json() == expected.model_dump_json()


def test_re_adding_is_a_no_op_and_a_changed_text_replaces(corpus_run, tmp_path, monkeypatch):
    summaries, texts = corpus_run
    chosen = picked(corpus_run, DAY1 + OTHER)
    with Store(tmp_path / "news.db") as store:
        first = store.add(chosen, texts)
        assert first.added == DAY1 + OTHER and first.changed_events
        before = store.events()
        again = store.add(chosen, texts)
        assert (again.added, again.replaced, again.unchanged, again.changed_events) == ([], [], DAY1 + OTHER, [])
        assert store.events() == before
        # The same article, its text revised: the figure it gives is another one.
        aid = DAY1[0]
        revised_text = texts[aid] + "\nUpdate: the toll has been revised.\n"
        revised = chosen[0].model_copy(update={"source": chosen[0].source.model_copy(update={"sha256": "0" * 64})})
        revised_texts = {**texts, aid: revised_text}
        update = store.add([revised], revised_texts)
        assert update.replaced == [aid] and not update.added
        assert store.texts()[aid] == revised_text
        assert dump(store.report()) == dump(batch([revised, *chosen[1:]], revised_texts))


def test_a_summary_without_its_text_is_refused_before_anything_is_written(corpus_run, tmp_path):
    summaries, _ = corpus_run
    with Store(tmp_path / "news.db") as store:
        with pytest.raises(ValueError, match=DAY1[0]):
            store.add(picked(corpus_run, DAY1), {})
        assert store.stored() == {}


def test_only_the_events_an_update_touches_get_a_new_last_change(corpus_run, tmp_path, monkeypatch):
    _, texts = corpus_run
    monkeypatch.setattr(store_module, "_now", lambda: "day 1")
    with Store(tmp_path / "news.db") as store:
        store.add(picked(corpus_run, DAY1 + OTHER), texts)
        monkeypatch.setattr(store_module, "_now", lambda: "day 2")
        update = store.add(picked(corpus_run, DAY2), texts)
        changed = {e.id: e.changed_at for e in store.events()}
        strike = next(e for e in store.report().events if DAY2[0] in e.sources and e.role == "main")
    assert changed[strike.id] == "day 2" and strike.id in update.changed_events
    shelling = [eid for eid in changed if "el-obeid" in eid]
    assert shelling and all(changed[eid] == "day 1" for eid in shelling)
    assert set(update.changed_events) == {eid for eid, when in changed.items() if when == "day 2"}


def test_a_figure_revised_on_day_two(corpus_run, tmp_path):
    """The day-by-day example of the README: day 2's article widens the killed range."""
    _, texts = corpus_run
    with Store(tmp_path / "news.db") as store:
        store.add(picked(corpus_run, DAY1), texts)
        day1 = next(e for e in store.report().events if e.role == "main" and set(DAY1) <= set(e.sources))
        store.add(picked(corpus_run, DAY2), texts)
        day2 = store.report(event=day1.id).events[0]
        latest = store.report(event=day1.id, policy="latest").events[0]
    assert (day1.headline["killed"].low, day1.headline["killed"].high) == (30, 38)
    assert (day2.headline["killed"].low, day2.headline["killed"].high) == (30, 41)
    assert latest.headline["killed"].value == 41  # the most recently published article's figure


def test_report_filters_by_date_and_event(corpus_run, tmp_path):
    summaries, texts = corpus_run
    with Store(tmp_path / "news.db") as store:
        store.add(summaries, texts)
        full = store.report()
        since = store.report(since="2024-10-01")
        assert since.events and all(e.date and e.date[:7] >= "2024-10" for e in since.events)
        assert [e.id for e in since.events] == [e.id for e in full.events if e.date and e.date >= "2024-10"[: len(e.date)]]
        one = store.report(event=full.events[0].id)
        assert [e.id for e in one.events] == [full.events[0].id]
        assert {a.source.id for a in one.articles} == set(full.events[0].sources)
        with pytest.raises(KeyError):
            store.report(event="no-such-event")


# -- migrations --------------------------------------------------------------


def test_a_store_at_an_older_version_is_migrated_and_migrating_again_changes_nothing(corpus_run, tmp_path):
    path = tmp_path / "old.db"
    db = sqlite3.connect(path, isolation_level=None)
    migrate(db, path, upto=1)
    db.execute(sql.INSERT_ARTICLE, ("a", "h", None, "text", "{}", "{}", "then"))
    db.close()
    with Store(path) as store:
        assert store.stored() == {"a": "h"}
    db = sqlite3.connect(path)
    applied = db.execute("SELECT name, applied_at FROM _migrations ORDER BY name").fetchall()
    indexes = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    db.close()
    assert [name for name, _ in applied] == [name for name, _ in sql.MIGRATIONS]
    assert {"events_by_date", "claims_by_article"} <= indexes
    Store(path).close()
    db = sqlite3.connect(path)
    assert db.execute("SELECT name, applied_at FROM _migrations ORDER BY name").fetchall() == applied
    db.close()


def test_a_newer_schema_is_refused_by_name(tmp_path):
    path = tmp_path / "new.db"
    Store(path).close()
    db = sqlite3.connect(path)
    db.execute("INSERT INTO _migrations (name, applied_at) VALUES ('m999_from_the_future', 'later')")
    db.commit()
    db.close()
    with pytest.raises(StoreError, match=r"new\.db: .*newer .*m999_from_the_future"):
        Store(path)


@pytest.mark.parametrize("content, problem", [
    (b"just some notes\n" * 100, "not a summarizer store"),
    (None, "not a summarizer store .*other tables: notes"),
])
def test_a_file_that_is_no_store_is_named(tmp_path, content, problem):
    path = tmp_path / "notes.db"
    if content is None:
        db = sqlite3.connect(path)
        db.execute("CREATE TABLE notes (x TEXT)")
        db.close()
    else:
        path.write_bytes(content)
    with pytest.raises(StoreError, match=rf"notes\.db: {problem}"):
        Store(path)
    result = CliRunner().invoke(cli, ["events", "--store", str(path)])
    assert result.exit_code == 1 and "notes.db" in result.output and "not a summarizer store" in result.output


def test_a_locked_store_is_a_clear_error(corpus_run, tmp_path):
    _, texts = corpus_run
    path = tmp_path / "news.db"
    Store(path).close()
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another process is writing
    try:
        with Store(path, timeout=0.1) as store, pytest.raises(StoreError, match=r"news\.db: the store is locked"):
            store.add(picked(corpus_run, DAY1), texts)
    finally:
        other.execute("ROLLBACK")
        other.close()


# -- readers and writers -------------------------------------------------------


def test_a_reader_renders_the_last_commit_while_a_writer_adds(corpus_run, tmp_path, monkeypatch):
    _, texts = corpus_run
    path = tmp_path / "news.db"
    with Store(path) as writer:
        writer.add(picked(corpus_run, DAY1), texts)
    reader = Store(path)
    before = dump(reader.report())
    seen: list[dict] = []
    original = Store._write_report

    def write_then_read(self, report, update):
        original(self, report, update)  # written, not yet committed
        seen.append(dump(reader.report()))

    monkeypatch.setattr(Store, "_write_report", write_then_read)
    with Store(path) as writer:
        writer.add(picked(corpus_run, DAY2), texts)
    assert seen == [before]
    assert dump(reader.report()) == dump(batch(picked(corpus_run, DAY1 + DAY2), texts))
    reader.close()


# -- kill -9 mid-update ----------------------------------------------------------

# Adds the summaries one by one; with a statement and a count, stops (and says so in
# the marker file) just before that statement runs for the count-th time, inside
# an update's transaction, to be killed there.
_ADDER = textwrap.dedent("""
    import json, sys, time
    from pathlib import Path
    from summarizer.schema import load_summary
    from summarizer.store import Store

    db, data, statement, count, marker = sys.argv[1:]
    items = [json.loads(line) for line in Path(data).read_text().splitlines()]

    class Pausing:
        def __init__(self, db):
            self.db, self.seen = db, 0

        def _maybe_stop(self, sql):
            if sql == statement:
                self.seen += 1
                if self.seen == int(count):
                    Path(marker).write_text("stopped")
                    time.sleep(600)

        def execute(self, sql, *args):
            self._maybe_stop(sql)
            return self.db.execute(sql, *args)

        def executemany(self, sql, *args):
            self._maybe_stop(sql)
            return self.db.executemany(sql, *args)

        def __getattr__(self, name):
            return getattr(self.db, name)

    with Store(db) as store:
        store._db = Pausing(store._db)
        for item in items:
            print(store.add([load_summary(item["summary"])], {item["id"]: item["text"]}), flush=True)
""")


def _run_adder(path: Path, data: Path, statement: str = "", count: int = 0) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    marker = path.with_suffix(".stopped")
    return subprocess.Popen([sys.executable, "-c", _ADDER, str(path), str(data), statement, str(count), str(marker)],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.mark.parametrize("statement, count", [
    (sql.INSERT_ARTICLE, 4),  # the fourth article written, its events not yet
    (sql.INSERT_CLAIM, 9),  # some events of an update written, others not
    (sql.COMMIT, 5),  # everything of the fifth article written, not committed
])
def test_a_writer_killed_mid_update_leaves_a_sound_store_and_a_rerun_completes_it(corpus_run, tmp_path, statement, count):
    summaries, texts = corpus_run
    chosen = summaries[::3]  # a third of the corpus keeps the subprocess short
    data = tmp_path / "articles.jsonl"
    data.write_text("".join(json.dumps({"id": s.source.id, "summary": s.model_dump_json(), "text": texts[s.source.id]}) + "\n"
                            for s in chosen))
    path = tmp_path / "news.db"
    marker = path.with_suffix(".stopped")
    writer = _run_adder(path, data, statement, count)
    deadline = time.monotonic() + 120
    while not marker.exists():
        assert writer.poll() is None, f"the writer ended before stopping: {writer.communicate()}"
        assert time.monotonic() < deadline, "the writer never reached the statement"
        time.sleep(0.05)
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    with Store(path) as store:
        assert store.integrity() == "ok"
        held = store.stored()
        assert 0 < len(held) < len(chosen)
        by_id = {s.source.id: s for s in chosen}
        assert dump(store.report()) == dump(batch([by_id[i] for i in held], texts))
    rerun = _run_adder(path, data)
    out, err = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, err
    assert out.splitlines()[0].startswith("0 added, 0 replaced, 1 already stored")  # resumed: stored articles skipped
    with Store(path) as store:
        assert store.integrity() == "ok"
        assert dump(store.report()) == dump(batch(chosen, texts))


# -- the command line --------------------------------------------------------------


@pytest.fixture
def filled(corpus_run, tmp_path) -> Path:
    path = tmp_path / "news.db"
    with Store(path) as store:
        store.add(picked(corpus_run, DAY1 + DAY2 + OTHER), corpus_run[1])
    return path


def test_events_lists_sources_and_last_change(filled):
    result = CliRunner().invoke(cli, ["events", "--store", str(filled)])
    assert result.exit_code == 0, result.output
    header, *rows = result.output.splitlines()
    assert header.split() == ["EVENT", "DATE", "LAST", "CHANGE", "SOURCES"]
    strike = next(r for r in rows if r.startswith("2024-10-08-air-strike"))
    assert f"3: {', '.join(DAY1 + DAY2)}" in strike
    listed = json.loads(CliRunner().invoke(cli, ["events", "--store", str(filled), "--json"]).output)
    assert [e["id"] for e in listed] == [r.split()[0] for r in rows]
    assert set(listed[0]) == {"id", "date", "kind", "places", "sources", "changed_at"}


@pytest.mark.parametrize("fmt", ["md", "json", "csv", "html"])
def test_report_renders_from_the_store(filled, corpus_run, fmt):
    result = CliRunner().invoke(cli, ["report", "--store", str(filled), "--format", fmt])
    assert result.exit_code == 0, result.output
    if fmt == "json":
        assert json.loads(result.output)["events"] == dump(batch(picked(corpus_run, DAY1 + DAY2 + OTHER), corpus_run[1]))["events"]
    assert "2024-10-08" in result.output


def test_report_names_an_unknown_event_and_a_bad_date(filled):
    result = CliRunner().invoke(cli, ["report", "--store", str(filled), "--event", "nope"])
    assert result.exit_code == 1 and "no event 'nope'" in result.output and "news.db" in result.output
    result = CliRunner().invoke(cli, ["report", "--store", str(filled), "--since", "last week"])
    assert result.exit_code == 2 and "not a date" in result.output


def test_report_rebuild_changes_nothing_when_the_rules_have_not(filled):
    before = CliRunner().invoke(cli, ["events", "--store", str(filled), "--json"]).output
    result = CliRunner().invoke(cli, ["report", "--store", str(filled), "--rebuild", "--format", "json"])
    assert result.exit_code == 0 and "0 event(s) new or changed, 0 gone" in result.stderr
    assert CliRunner().invoke(cli, ["events", "--store", str(filled), "--json"]).output == before


@pytest.mark.shared
def test_summarize_adds_to_the_store_and_a_rerun_skips_what_is_stored(tmp_path):
    seed = sorted(SEEDS.glob("*.txt"))[2]
    path = tmp_path / "news.db"
    first = CliRunner().invoke(cli, ["summarize", str(seed), "--replay", str(RECORDED), "--store", str(path)])
    assert first.exit_code == 0, first.output
    assert first.stdout == "" and "1 added, 0 replaced, 0 already stored" in first.stderr
    with Store(path) as store:
        assert list(store.stored()) == [seed.stem]
        assert store.report().events
    again = CliRunner().invoke(cli, ["summarize", str(seed), "--replay", str(RECORDED), "--store", str(path)])
    assert again.exit_code == 0 and "1 article(s) already stored, skipped" in again.stderr


def test_load_summary_keeps_lists_longer_than_a_models_bound(corpus_run):
    summaries, _ = corpus_run
    long = next(s for s in summaries if any(len(i.places) > 4 for i in s.incidents))
    assert load_summary(long.model_dump_json()) == long


def test_summarize_names_a_store_it_cannot_use_before_any_model_call(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("A drone struck a depot on Monday, killing two people.", encoding="utf-8")
    notes = tmp_path / "notes.db"
    notes.write_text("not a database at all " * 50, encoding="utf-8")
    # No model is configured: the store is checked first, so its error is the one reported.
    result = CliRunner().invoke(cli, ["summarize", str(article), "--store", str(notes)])
    assert result.exit_code == 1 and "notes.db: not a summarizer store" in result.output
    assert "model" not in result.output.lower()
