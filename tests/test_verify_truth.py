"""The verifier's word must be true: strict rejects changed words, numbers belong to
their field, dates follow from their words, places are places, roles are roles,
kinds have their trigger, descriptions are the article's own sentences.

Table-driven, on the project's sample article (tests/data/sample_article.txt) and
on the seeds (skipped when ../shared is absent)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from summarizer.cli import cli
from summarizer.schema import ArticleSummary, Count, DateValue, Incident, Place, Source, Statement, Status
from summarizer.verify import STRICT_FAILURES, verify, verify_summary

DATA = Path(__file__).resolve().parent / "data"
SAMPLE_DESCRIPTION = (
    "PORT HALDEN, Veloria — A drone struck a fuel depot on the outskirts of Port Halden early on Monday, "
    "killing three workers and wounding seven others, the regional health office said."
)
GOVERNOR_SENTENCE = (
    "Governor Mara Ostrik called the attack “a deliberate strike on civilian infrastructure” and said the "
    "province would ask for air-defence support."
)


def summary_of(statements=(), incidents=(), *, published=None, id="doc") -> ArticleSummary:
    return ArticleSummary(source=Source(id=id, sha256="0" * 64, chars=0, published=published),
                          statements=list(statements), incidents=list(incidents))


def incident(kind="drone strike", description=SAMPLE_DESCRIPTION, **fields) -> Incident:
    return Incident(kind=kind, description=description, **fields)


def checked(text: str, inc: Incident, published=None) -> dict:
    report = verify(summary_of(incidents=[inc], published=published), text)
    return {i.field: i for i in report.items}


# --------------------------------------------------------------------------
# 1. Strict means strict
# --------------------------------------------------------------------------


def test_strict_rejects_every_status_but_exact_and_normalized():
    assert STRICT_FAILURES == {s for s in Status} - {Status.exact, Status.normalized}


def _sample_summary(path: Path) -> dict:
    from summarizer.extract import source_of
    from summarizer.ingest import read_article

    article = read_article(path)
    summary = ArticleSummary(source=source_of(article), statements=[
        Statement(speaker="Ostrik", quote="We will rebuild the depot within a month. Nobody should doubt our resolve,"),
    ])
    return json.loads(verify_summary(summary, article.text).model_dump_json())


@pytest.mark.parametrize(
    "quote, expect, status",
    [
        ("We will rebuild the depot within a month. Nobody should doubt our resolve,", 0, "exact"),
        ("we will rebuild the depot within a month.  nobody should doubt our resolve", 0, "normalized"),  # case, spaces
        ("We will not rebuild the depot within a month. Nobody should doubt our resolve,", 4, "fuzzy"),  # "not" inserted
        ("We will allegedly rebuild the depot within a month. Nobody should doubt our resolve,", 4, "fuzzy"),
        ("We will rebuild the depot within a month. Nobody allegedly doubt our resolve,", 4, "fuzzy"),  # a word replaced
    ],
)
def test_verify_strict_fails_on_fuzzy_quotes(tmp_path, quote, expect, status):
    sample = tmp_path / "sample_article.txt"
    sample.write_text((DATA / "sample_article.txt").read_text(encoding="utf-8"), encoding="utf-8")
    summary = _sample_summary(sample)
    summary["statements"][0]["quote"] = quote
    path = tmp_path / "summary.json"
    path.write_text(json.dumps(summary), encoding="utf-8")
    result = CliRunner().invoke(cli, ["verify", str(path), "--source", str(sample), "--strict"])
    assert result.exit_code == expect, result.output
    [report] = json.loads(result.stdout)["reports"]
    quote_item = next(i for i in report["items"] if i["field"] == "quote")
    assert quote_item["status"] == status or (status == "fuzzy" and quote_item["status"] == "unsupported")
    if quote_item["status"] == "fuzzy":
        assert quote_item["reasons"] and ("not" in quote_item["reasons"][0] or "allegedly" in quote_item["reasons"][0])


def test_readme_status_table_names_every_status_and_strict():
    readme = (DATA.parent.parent / "README.md").read_text(encoding="utf-8")
    for status in Status:
        assert f"| `{status.value}` |" in readme, status
    assert "`--strict` accepts only `exact` and `normalized`: every other status, `fuzzy` included, fails it." in readme


# --------------------------------------------------------------------------
# 3. Dates that cannot be derived are not exact
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "published, words, value, expected",
    [
        (None, "early on Monday", "2025-03-03", Status.unresolved),  # nothing to count from
        ("2025-03-04", "early on Monday", "2025-03-03", Status.exact),
        ("2025-03-04", "early on Monday", "2025-03-04", Status.contradicted),  # the words give another day
        (None, None, "2025-03-03", Status.unsupported),  # no words, and no date in the article gives it
        (None, "early on Monday", None, Status.exact),  # words only: nothing more is claimed
    ],
)
def test_sample_dates(sample_text, published, words, value, expected):
    found = checked(sample_text, incident(date=DateValue(value=value, words=words)), published)["date"]
    assert found.status is expected, found
    if expected is not Status.exact:
        assert found.reasons


def test_seed_date_without_publication_date_is_unresolved(seeds):
    found = checked(seeds["000_69f37553ca468d25"], incident(description="x", date=DateValue(value="2024-01-20", words="last Saturday")))
    assert found["date"].status is Status.unresolved
    assert "no publication date" in found["date"].reasons[0]
