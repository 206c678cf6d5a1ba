"""The scorer measured against the gold itself: the gold fed in as output scores
1.0 everywhere, and each known corruption lowers exactly the scores it should."""

from __future__ import annotations

import json
from types import SimpleNamespace

import pytest

from summarizer.evaluate import COLUMNS, compare, evaluate, format_table
from summarizer.scoring import COUNTS, RATIOS, Names, Scores, coverage, score
from summarizer.schema import ArticleSummary, Count, DateValue, Incident, Place, Source, Statement
from summarizer.verify import verify_summary

from .conftest import GOLD, RECORDED, SEEDS

STRIKES_2024 = "E2024-01-24-us-strikes-iraq"
STRIKES_2019 = "E2019-12-29-us-strikes"


# --------------------------------------------------------------------------
# Gold as output
# --------------------------------------------------------------------------


def gold_count(value) -> Count | None:
    if value is None:
        return None
    if isinstance(value, dict):
        return Count(min=value["min"], max=value["max"])
    if isinstance(value, str):
        return Count(words=value)
    return Count(exact=value)


def gold_incident(incident: dict, event: dict) -> Incident:
    return Incident(
        kind="other",
        description=event["what"],
        date=DateValue(value=incident.get("date")),
        places=[Place(name=p) for p in incident.get("places", [])],
        killed=gold_count(incident.get("killed")),
        wounded=gold_count(incident.get("wounded")),
        role=incident["role"],
    )


def gold_statement(statement: dict) -> Statement:
    return Statement(
        speaker=statement.get("speaker_as_written", statement["speaker"]),
        speaker_canonical=statement["speaker"],
        quote=statement["quote"],
        kind="direct" if statement["kind"] == "direct" else "partial",
    )


def gold_summaries(gold: dict, texts: dict[str, str]) -> list[ArticleSummary]:
    """What a perfect summarizer would output, checked by the real verifier."""
    return [
        verify_summary(
            ArticleSummary(
                source=Source(id=article_id, published=art["published"], sha256="", chars=len(texts[article_id])),
                incidents=[gold_incident(i, gold["events"][i["event"]]) for i in art["incidents"]],
                statements=[gold_statement(s) for s in art["statements"]],
            ),
            texts[article_id],
        )
        for article_id, art in gold["articles"].items()
    ]


def gold_report(gold: dict, merge: dict[str, str] | None = None) -> SimpleNamespace:
    """An event report shaped like summarizer.events.EventReport that groups the
    gold-as-output incidents by their gold event (after `merge`: event -> event)."""
    merge = merge or {}
    groups: dict[str, list] = {}
    for article_id, art in gold["articles"].items():
        for index, incident in enumerate(art["incidents"]):
            event = merge.get(incident["event"], incident["event"])
            groups.setdefault(event, []).append(SimpleNamespace(article_id=article_id, index=index))
    conflicts: dict[str, list] = {}
    for c in gold["conflicts"]:
        claims = [SimpleNamespace(value=cl["value"], article_id=cl["article"]) for cl in c["claims"]]
        conflicts.setdefault(c["event"], []).append(SimpleNamespace(field=c["field"], claims=claims))
    return SimpleNamespace(
        events=[SimpleNamespace(incidents=refs, conflicts=conflicts.get(event, [])) for event, refs in groups.items()]
    )


def overall(scores: Scores) -> dict[str, float | int | None]:
    """Every overall number, events included, by name."""
    values = {c: getattr(scores.overall, c) for c in COLUMNS}
    values = {c: v.value if hasattr(v, "value") else v for c, v in values.items()}
    e = scores.events
    values.update(pair_precision=e.pair_precision.value, pair_recall=e.pair_recall.value, conflicts=e.conflicts.value)
    return values


def lowered(before: Scores, after: Scores) -> set[str]:
    """Names of the scores that got worse (higher, for leaks)."""
    old, new = overall(before), overall(after)
    worse = {k for k in old if (new[k] > old[k] if k in COUNTS else new[k] < old[k])}
    assert worse == {k for k in old if new[k] != old[k]}, "a corruption must never improve a score"
    return worse


@pytest.fixture
def perfect(gold, seeds):
    return gold_summaries(gold, seeds)


@pytest.fixture
def perfect_scores(gold, seeds, perfect) -> Scores:
    return score(gold, perfect, seeds, gold_report(gold))


def test_gold_as_output_scores_one_everywhere(perfect_scores):
    values = overall(perfect_scores)
    assert values.pop("leaks") == 0
    assert values.pop("published_wrong") == 0
    # the one gold speaker the article does not name (see test_verify.UNATTRIBUTED_IN_ARTICLE)
    assert values.pop("speaker_alarms") == 1
    assert values == dict.fromkeys(values, 1.0)
    assert all(r.missing is False for r in perfect_scores.articles)
    assert perfect_scores.events.pair_f1 == 1.0


def test_dropped_quote_lowers_quote_recall_only(gold, seeds, perfect, perfect_scores):
    summary = perfect[0]
    direct = next(i for i, s in enumerate(summary.statements) if s.kind == "direct")
    perfect[0] = summary.model_copy(update={"statements": summary.statements[:direct] + summary.statements[direct + 1 :]})
    after = score(gold, perfect, seeds, gold_report(gold))
    assert lowered(perfect_scores, after) == {"quote_recall"}
    assert after.overall.quote_recall.hit == perfect_scores.overall.quote_recall.hit - 1


def test_swapped_speakers_lower_speaker_accuracy_and_precision(gold, seeds, perfect, perfect_scores):
    summary = perfect[0]
    statements = list(summary.statements)
    austin, centcom = (
        next(i for i, s in enumerate(statements) if s.kind == "direct" and s.speaker_canonical == name)
        for name in ("Lloyd Austin", "US Central Command")
    )
    swap = {"speaker": statements[centcom].speaker, "speaker_canonical": statements[centcom].speaker_canonical}
    statements[austin], statements[centcom] = (
        statements[austin].model_copy(update=swap),
        statements[centcom].model_copy(update={"speaker": statements[austin].speaker, "speaker_canonical": "Lloyd Austin"}),
    )
    perfect[0] = summary.model_copy(update={"statements": statements})
    after = score(gold, perfect, seeds, gold_report(gold))
    # Recall counts only quotes found with an acceptable speaker, so it drops too.
    assert lowered(perfect_scores, after) == {"speaker_accuracy", "quote_precision", "quote_recall"}
    assert after.overall.speaker_accuracy.hit == perfect_scores.overall.speaker_accuracy.hit - 2


@pytest.mark.parametrize("field", ["killed", "wounded"])
def test_wrong_casualty_figure_lowers_that_fact_only(gold, seeds, perfect, perfect_scores, field):
    at = next(i for i, s in enumerate(perfect) if s.source.id.startswith("003"))
    incidents = list(perfect[at].incidents)
    incidents[0] = incidents[0].model_copy(update={field: Count(exact=17)})
    perfect[at] = perfect[at].model_copy(update={"incidents": incidents})
    after = score(gold, perfect, seeds, gold_report(gold))
    assert lowered(perfect_scores, after) == {field, "facts"}


def test_merging_2019_strikes_into_2024_lowers_event_precision_only(gold, seeds, perfect, perfect_scores):
    after = score(gold, perfect, seeds, gold_report(gold, merge={STRIKES_2019: STRIKES_2024}))
    assert lowered(perfect_scores, after) == {"pair_precision"}
    assert after.events.pair_f1 < 1.0


def test_conflict_with_a_missing_value_is_not_surfaced(gold, seeds, perfect, perfect_scores):
    report = gold_report(gold)
    event = next(e for e in report.events if e.conflicts and any(c.field == "wounded" for c in e.conflicts))
    wounded = next(c for c in event.conflicts if c.field == "wounded")
    wounded.claims = [c for c in wounded.claims if c.value != 4]
    after = score(gold, perfect, seeds, report)
    assert lowered(perfect_scores, after) == {"conflicts"}



def test_a_range_claim_surfaces_both_of_its_ends(gold, seeds, perfect, perfect_scores):
    report = gold_report(gold)
    for event in report.events:
        for conflict in event.conflicts:
            if conflict.field == "wounded" and {c.value for c in conflict.claims} == {2, 4}:
                conflict.claims = [SimpleNamespace(value="2-4", article_id="003_c2f066702081b38c"), *conflict.claims[:1]]
    assert score(gold, perfect, seeds, report).events.conflicts == perfect_scores.events.conflicts

def test_boilerplate_becomes_a_leak_but_a_name_also_in_the_text_does_not(gold, seeds, perfect, perfect_scores):
    at = next(i for i, s in enumerate(perfect) if s.source.id.startswith("001"))
    extra = Incident(
        kind="air strike",
        description="Strikes on militia sites.",
        date=DateValue(value="2024-06-16", words="Sunday, June 16, 2024"),  # the page-capture header
        places=[Place(name="Iraq")],
        role="context",
    )
    perfect[at] = perfect[at].model_copy(update={"incidents": [*perfect[at].incidents, extra]})
    after = score(gold, perfect, seeds, gold_report(gold))
    assert lowered(perfect_scores, after) == {"leaks"}
    assert after.overall.leaks == 1


def test_without_event_report_events_are_not_available_rather_than_zero(gold, seeds, perfect):
    scores = score(gold, perfect, seeds)
    assert scores.events is None
    assert "events: not available" in format_table(scores)


def test_article_without_summary_scores_as_empty_and_is_marked(gold, seeds, perfect):
    scores = score(gold, perfect[1:], seeds, gold_report(gold))
    first = scores.articles[0]
    assert first.missing and first.quote_recall.hit == 0 and first.quote_recall.total > 0
    assert first.article_id + "*" in format_table(scores)


def test_json_round_trip_and_compare_show_regressions(gold, seeds, perfect, perfect_scores):
    old = json.loads(perfect_scores.model_dump_json())
    assert Scores.model_validate(old) == perfect_scores
    worse = score(gold, perfect, seeds, gold_report(gold, merge={STRIKES_2019: STRIKES_2024}))
    report = compare(old, worse)
    assert next(line for line in report.splitlines() if line.startswith("event pair P")).endswith("↓ worse")
    assert next(line for line in report.splitlines() if line.startswith("quote R")).endswith("=")
    assert "↑ better" in compare(json.loads(worse.model_dump_json()), perfect_scores)


def test_table_has_a_row_per_article_and_the_overall(gold, perfect_scores):
    table = format_table(perfect_scores)
    for article_id in gold["articles"]:
        assert article_id in table
    assert all(label in table.splitlines()[0] for label in COLUMNS.values())
    assert "overall" in table and "events: same-event pairs precision 1.00" in table


# --------------------------------------------------------------------------
# Matching rules
# --------------------------------------------------------------------------


def test_quote_matches_when_it_covers_most_of_the_gold_words():
    gold_quote = "We do not seek to escalate conflict in the region."
    assert coverage(gold_quote, "“We do not seek to escalate conflict in the region,” he said") == 1.0
    assert coverage(gold_quote, "We do not seek to escalate conflict in the") >= 0.8
    assert coverage(gold_quote, "We do not seek to escalate") < 0.8


def test_speaker_names_match_through_aliases_and_surnames(gold):
    names = Names(gold["entities"])
    assert names.matches("Mr Austin", "Lloyd Austin", surname=True)
    assert names.matches("National Security Adviser Qassem al-Aaraji", "Qassem al-Araji", surname=True)
    assert names.matches("Secretary Esper", "Mark Esper", surname=True)
    assert names.matches("CENTCOM", "US Central Command", surname=True)
    assert names.matches("A senior Iraqi official", "a senior Iraqi official")
    assert not names.matches("Iraqi officials", "US officials", surname=True)
    assert not names.matches("US Central Command", "Lloyd Austin", surname=True)
    assert names.matches("Jurf Al Sakhar area", "Jurf al-Sakhar")


# --------------------------------------------------------------------------
# The runner
# --------------------------------------------------------------------------


def test_recorded_cassettes_evaluate_to_a_table_of_ratios(gold):
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is absent")
    scores = evaluate(GOLD, SEEDS, replay=RECORDED)
    table = format_table(scores)
    assert [r.article_id for r in scores.articles] == list(gold["articles"])
    assert "overall" in table and "score" in table
    rows = [*scores.articles, scores.overall]
    values = [getattr(r, m).value for r in rows for m in RATIOS] + [r.facts.value for r in rows]
    if scores.events:
        values += [scores.events.pair_precision.value, scores.events.pair_recall.value, scores.events.conflicts.value]
    assert all(v is None or 0.0 <= v <= 1.0 for v in values)
    assert all(r.leaks >= 0 for r in rows)

