"""Report renderers: json, jsonl, md, html, csv; and the page in a real browser."""

from __future__ import annotations

import csv
import io
import json
import subprocess
from pathlib import Path

import pytest

from summarizer.events import EventReport, build_report
from summarizer.render import CSV_COLUMNS, FORMATS, REPORT_FORMATS, render
from summarizer.schema import ArticleSummary, Evidence, Incident, Source, Span, Statement, Status

from summarizer.gold import gold_summaries

CHROMIUM = Path("/usr/bin/chromium")


@pytest.fixture
def report(gold, seeds) -> EventReport:
    return build_report(gold_summaries(gold, seeds), seeds)


def test_existing_formats_still_offered():
    assert {"json", "md"} <= set(FORMATS)
    assert set(REPORT_FORMATS) == {"json", "jsonl", "md", "html", "csv"}


def test_unknown_format_is_refused(report):
    with pytest.raises(ValueError, match="jsonl"):
        render(report, "pdf")


def test_json_is_the_report_schema(report, seeds):
    assert EventReport.model_validate_json(render(report, "json", seeds)) == report


def test_jsonl_has_one_parsable_article_per_line(report):
    lines = render(report, "jsonl").splitlines()
    assert len(lines) == len(report.articles) == 5
    assert [ArticleSummary.model_validate(json.loads(line)).source.id for line in lines] == [
        a.source.id for a in report.articles
    ]


def test_markdown_brief_names_every_event_and_spells_out_the_conflict(report):
    md = render(report, "md")
    for event in report.events:
        assert event.description in md
    wounded = next(line for line in md.splitlines() if line.startswith("- **Wounded:** 2 (reported 2–4)"))
    assert "Sources disagree" in wounded and "Reuters" in wounded and "militia sources" in wounded
    assert "[003_c2f066702081b38c]" in wounded
    assert "**Lloyd Austin:** “These precision strikes" in md
    sites = next(line for line in md.splitlines() if line.startswith("- **Sites hit:**"))
    assert "Sources disagree" in sites and "Lloyd Austin" in sites and "[001_38bd12fbcce8a317]" in sites


def test_markdown_lists_each_source_with_its_publication_date_and_basis(report):
    md = render(report, "md")
    sources = md[md.index("## Sources") :].splitlines()
    line = next(x for x in sources if "002_10d94bf04c1106d2" in x)
    assert "published 2024-01-24 ('Updated: January 24, 2024, 6:34 AM')" in line and "checked:" in line


def test_csv_has_acled_columns_and_one_row_per_incident(report):
    rows = list(csv.DictReader(io.StringIO(render(report, "csv"))))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert {"event_date", "time_precision", "event_type", "actor1", "actor2", "location", "country", "fatalities", "source", "notes"} <= set(CSV_COLUMNS)
    assert len(rows) == sum(len(a.incidents) for a in report.articles)
    strike = next(r for r in rows if r["source"] == "001_38bd12fbcce8a317" and r["event_date"] == "2024-01-24")
    assert strike["time_precision"] == "1" and strike["fatalities"] == "2"
    assert (strike["actor1"], strike["actor2"]) == ("United States", "Kataib Hezbollah")
    assert "wounded: 2" in strike["notes"] and "sites hit: 3" in strike["notes"]
    baghdad = next(r for r in rows if r["source"] == "000_69f37553ca468d25" and "Baghdad" in r["location"])
    assert "dated 2024-01 by this source" in baghdad["notes"]


def _hostile() -> tuple[EventReport, dict[str, str]]:
    text = "Officials said <script>alert('text')</script> an air strike hit Town & Co."
    quote = "<script>alert('text')</script>"
    summary = ArticleSummary(
        source=Source(id="x<script>", sha256="0" * 64, chars=len(text)),
        incidents=[
            Incident(
                kind="air strike",
                description="<script>alert('model')</script>",
                date={"value": "2024-01-24"},
                places=[{"name": "Town & <b>Co</b>"}],
                evidence={"places[0]": Evidence(status=Status.unsupported)},
            )
        ],
        statements=[
            Statement(
                speaker="<img src=x onerror=alert(1)>",
                quote=quote,
                evidence={"quote": Evidence(status=Status.exact, spans=[Span(start=text.index(quote), end=text.index(quote) + len(quote))])},
            ),
            Statement(speaker="Nobody", quote="never said", evidence={"quote": Evidence(status=Status.unsupported)}),
        ],
    )
    return build_report([summary]), {"x<script>": text}


def test_html_escapes_article_and_model_text():
    report, texts = _hostile()
    page = render(report, "html", texts)
    assert "<script" not in page and "<img" not in page and "<b>" not in page
    assert "&lt;script&gt;alert(&#x27;text&#x27;)" in page and "&lt;script&gt;alert(&#x27;model&#x27;)" in page
    assert '<mark id="m-x&lt;script&gt;-s0" class="st-exact statement"' in page
    assert "✗ quote by Nobody" in page and "✗ incident 1 places[0]" in page


def test_html_is_self_contained(report, seeds):
    page = render(report, "html", seeds)
    assert page.startswith("<!doctype html>") and "<style>" in page
    # nothing the browser would fetch (article 004's text quotes a URL: that is text)
    assert not any(ref in page for ref in ("<link", "<script", "src=", "url(", "@import"))
    assert page.count("<mark") > 20


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason="chromium is not installed (apt-get install -y chromium)")
def test_html_renders_in_headless_chromium(report, seeds, tmp_path):
    page = tmp_path / "report.html"
    page.write_text(render(report, "html", seeds), encoding="utf-8")
    shot = tmp_path / "out.png"
    base = [
        str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        f"--user-data-dir={tmp_path / 'profile'}",
    ]
    subprocess.run([*base, f"--screenshot={shot}", "--window-size=1280,2000", page.as_uri()], check=True, capture_output=True, timeout=120)
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 50_000
    dom = subprocess.run([*base, "--dump-dom", page.as_uri()], check=True, capture_output=True, text=True, timeout=120).stdout
    assert dom.count("<mark") == page.read_text(encoding="utf-8").count("<mark") > 20
    assert 'class="st-exact statement"' in dom and "2024-01-24-air-strike" in dom



# ---- nothing from the article or the model can act in the reader's tools ----------

FORMULAS = ["=HYPERLINK(\"http://evil.example\",\"click\")", "=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"]


def _formulas() -> EventReport:
    text = "An air strike hit the depot, officials said."
    summary = ArticleSummary(
        source=Source(id="=1+1", sha256="0" * 64, chars=len(text)),
        incidents=[
            Incident(kind="air strike", description=FORMULAS[0], date={"value": "2024-01-24"}, perpetrator=FORMULAS[1],
                     target=FORMULAS[2], places=[{"name": FORMULAS[4], "country": FORMULAS[3]}]),
        ],
    )
    return build_report([summary])


def test_csv_cells_cannot_start_a_formula():
    rows = list(csv.reader(io.StringIO(render(_formulas(), "csv"))))[1:]
    cells = [cell for row in rows for cell in row]
    assert cells and not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
    assert "'=cmd|' /C calc'!A0" in cells and "'=1+1" in cells  # shown as text, not dropped


def _markup_summary() -> ArticleSummary:
    text = "Officials said an air strike hit Town & Co."
    hostile = "<script>alert(1)</script> \u202eevil\u202c\x00 <img src=x onerror=alert(2)>"
    return ArticleSummary(
        source=Source(id="m", title=f"Title {hostile}", sha256="0" * 64, chars=len(text)),
        incidents=[Incident(kind="air strike", description=f"Strike {hostile}", places=[{"name": f"Town {hostile}"}])],
        statements=[Statement(speaker=f"Ann {hostile}", quote=f"We {hostile}", evidence={"quote": Evidence(status=Status.unsupported, reasons=[hostile])})],
    )


@pytest.mark.parametrize("shape", ["article", "report"])
def test_markdown_passes_no_markup_bidi_or_control_characters(shape):
    from summarizer.render import article_markdown

    summary = _markup_summary()
    md = article_markdown(summary) if shape == "article" else render(build_report([summary]), "md")
    for bad in ("<script", "<img", "\u202e", "\u202c", "\x00"):
        assert bad not in md, repr(bad)
    assert "&lt;script>alert(1)&lt;/script>" in md  # still readable as text
