"""How right are the summaries? Scoring against hand-made gold annotations.

The gold is a JSON file made by careful reading (see shared/gold/README.md; the
seed articles' gold is shared/gold/seeds.gold.json). To annotate your own
articles, write one file in this shape:

    {"entities": {"Lloyd Austin": ["Austin", "Mr Austin"], ...},     # canonical -> surface forms
     "events":   {"E2024-01-24-us-strikes": {"what": "US air strikes on ...",
                                             "country": "Iraq", ...}},
     "articles": {"<article id = file name without .txt>": {
         "published": "2024-01-24",
         "boilerplate": ["Subscribe Now!", ...],          # page furniture present in the text
         "incidents": [{"event": "E2024-01-24-us-strikes", "role": "main" | "context",
                        "date": "2024-01-24", "places": ["Al-Qaim"],
                        "killed": 2 | {"min": 2, "max": 4} | "a number (unquantified)" | null,
                        "wounded": ...}],
         "statements": [{"speaker": "Lloyd Austin", "quote": "<exact substring, no quotation marks>",
                         "kind": "direct" | "fragment", "speaker_as_written": "...",
                         "also_acceptable_speakers": ["..."]}]}},
     "conflicts": [{"event": "...", "field": "wounded",
                    "claims": [{"article": "<id>", "value": 2, "by": "Iraqi officials"}, ...]}]}

Metrics (each a hit/total ratio; per article, then summed over articles):
- quote recall: gold `direct` quotes that some output statement covers (>= 80% of
  the gold quote's words, in order, after verify.normalize) with an acceptable
  speaker; fragment recall is the same over `fragment` quotes.
- quote precision: output statements whose quote is grounded verbatim (evidence
  exact/normalized) and rightly attributed: acceptable for a gold quote it covers,
  or, when it covers none, with grounded `speaker` evidence from the verifier (no
  such evidence: not counted as right, since nothing vouches for the speaker).
- speaker accuracy: of output statements that cover a gold quote, those with an
  acceptable speaker.
- date / places / killed / wounded: for each `main` gold incident, the matching
  output incident has the same ISO date, the same places (alias-aware; a place
  that only names the event's country is ignored), the same figure (number,
  range, descriptive-without-number, or null); `facts` sums the four.
- published: the summary's publication date equals the gold one (null included);
  pub wrong (lower is better): a date given that is not the gold one. A wrong date
  is worse than none, so the two are counted apart.
- spk alarms (lower is better): statements with a speaker acceptable for the gold
  quote they cover, whose speaker the verifier still flags: false alarms.
- leaks (lower is better): output quotes, descriptions, place names and `words`
  fields whose text comes from the article's gold boilerplate.
- furniture: the gold's boilerplate strings that ingestion recognises as page
  furniture (so nothing is asked about or extracted from them).
- events (over all scored articles): pairwise precision/recall of "these two
  gold incidents are the same event" as the event report groups their matched
  output incidents; conflicts: gold conflicts the report surfaces on the same
  field, for the matched event, with the same set of values.

Names match alias-aware: a written name matches a gold name when it contains one
of its surface forms (from `entities`, after normalising case, quotation marks and
a leading a/an/the/unnamed), or, for speakers that are listed entities, ends with
the same surname as the canonical name.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Literal

from .events import build_report
from .gold import gold_summaries
from .ingest import Article, iter_inputs
from .schema import ArticleSummary
from .scoring import COUNTS, RATIOS, Ratio, Scores, score


def corpus_dir() -> Path:
    """The project's own annotated corpus: shipped inside the package (`summarizer/corpus`),
    or `tests/data/corpus` in a source checkout."""
    here = Path(__file__).resolve().parent
    shipped = here / "corpus"
    return shipped if shipped.is_dir() else here.parent / "tests" / "data" / "corpus"


def default_gold() -> Path:
    """The default gold: the dev part of the project's corpus."""
    return corpus_dir() / "dev.gold.json"


def articles_beside(gold_path: Path) -> Path:
    """Where a gold file's articles are: `NAME/` beside `NAME.gold.json`, or one folder
    up (shared/gold/seeds.gold.json -> shared/seeds)."""
    stem = gold_path.name.removesuffix(".json").removesuffix(".gold")
    candidates = [gold_path.parent / stem, gold_path.parent.parent / stem]
    return next((c for c in candidates if c.is_dir()), candidates[0])


# --------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------

COLUMNS = {**RATIOS, "facts": "facts", **COUNTS}


def _cell(value) -> str:
    if isinstance(value, Ratio):
        return f"{value.hit}/{value.total}" if value.total else "-"
    return str(value)


def _value(value) -> str:
    if isinstance(value, Ratio):
        return "-" if value.value is None else f"{value.value:.2f}"
    return str(value)


def _pct(r: Ratio) -> str:
    return "n/a" if r.value is None else f"{r.value:.2f} ({r.hit}/{r.total})"


def format_table(scores: Scores) -> str:
    """Per article hits/total, the overall sums, and the overall values."""
    header = ["article", *COLUMNS.values()]
    body = [[r.article_id + ("*" if r.missing else ""), *(_cell(getattr(r, c)) for c in COLUMNS)] for r in scores.articles]
    body.append(["overall", *(_cell(getattr(scores.overall, c)) for c in COLUMNS)])
    body.append(["score", *(_value(getattr(scores.overall, c)) for c in COLUMNS)])
    widths = [max(len(row[i]) for row in [header, *body]) for i in range(len(header))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip() for row in [header, *body]]
    lines.insert(1, "  ".join("-" * w for w in widths))
    if any(r.missing for r in scores.articles):
        lines.append("* no summary: the pipeline failed on this article (scored as empty)")
    lines += [f"  {failure}" for failure in scores.failures]
    e = scores.events
    if e is None:
        lines.append("events: not available (no event report)")
    else:
        f1 = "n/a" if e.pair_f1 is None else f"{e.pair_f1:.2f}"
        lines.append(
            f"events: same-event pairs precision {_pct(e.pair_precision)}, recall {_pct(e.pair_recall)}, "
            f"F1 {f1}; conflicts surfaced {_pct(e.conflicts)}"
        )
    return "\n".join(lines) + "\n"


def _number(value) -> float | int | None:
    return value.value if isinstance(value, Ratio) else value


def _metrics(scores: Scores) -> dict[str, float | int | None]:
    """Overall numbers by label, for comparing two runs."""
    found = {label: _number(getattr(scores.overall, c)) for c, label in COLUMNS.items()}
    e = scores.events
    found["event pair P"] = e.pair_precision.value if e else None
    found["event pair R"] = e.pair_recall.value if e else None
    found["event pair F1"] = e.pair_f1 if e else None
    found["conflicts"] = e.conflicts.value if e else None
    return found


def _shown(value: float | int | None) -> str:
    return "-" if value is None else f"{value:.2f}" if isinstance(value, float) else str(value)


def _change(label: str, old: float | int | None, new: float | int | None) -> str:
    """Delta and whether it is better (↑) or worse (↓); for counts (leaks, wrong
    publication dates, speaker alarms) fewer is better."""
    if old is None or new is None:
        return "n/a"
    delta = new - old
    if abs(delta) < 1e-9:
        return "="
    better = delta < 0 if label in COUNTS.values() else delta > 0
    return f"{delta:+.2f} {'↑ better' if better else '↓ worse'}"


def compare(old: dict, new: Scores) -> str:
    """What improved or regressed since `old` (a Scores JSON written by --json)."""
    before = Scores.model_validate(old)
    old_m, new_m = _metrics(before), _metrics(new)
    width = max(map(len, new_m))
    lines = [f"{'metric'.ljust(width)}  {'old'.ljust(5)}  {'new'.ljust(5)}  change"]
    lines += [
        f"{k.ljust(width)}  {_shown(old_m[k]).ljust(5)}  {_shown(v).ljust(5)}  {_change(k, old_m[k], v)}"
        for k, v in new_m.items()
    ]
    previous = {r.article_id: r for r in before.articles}
    changed = [
        f"  {r.article_id} {label}: {_cell(getattr(previous[r.article_id], c))} -> {_cell(getattr(r, c))}"
        for r in new.articles
        if r.article_id in previous
        for c, label in COLUMNS.items()
        if _cell(getattr(previous[r.article_id], c)) != _cell(getattr(r, c))
    ]
    if changed:
        lines += ["changed per article:", *changed]
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------
# Runner
# --------------------------------------------------------------------------


def load_gold(path: Path) -> dict:
    return json.loads(Path(path).read_text(encoding="utf-8"))


def gold_extractions(gold: dict, articles: list[Article]) -> list[ArticleSummary]:
    """The gold annotations of `articles` as if a model had extracted them, verified
    against their texts and dated as ingestion read the articles (as `summarize` would)."""
    texts = {a.id: a.text for a in articles}
    read = {a.id: (a.published, a.published_basis) for a in articles}
    return gold_summaries({**gold, "articles": {a: v for a, v in gold["articles"].items() if a in texts}}, texts, read)


Extractions = Literal["model", "gold"]
EXTRACTIONS: tuple[str, ...] = ("model", "gold")


def evaluate(
    gold_path: Path | None = None,
    articles_dir: Path | None = None,
    *,
    replay: Path | None = None,
    settings=None,
    paths: list[Path] | None = None,
    strategy: str | None = None,
    extractions: Extractions = "model",
) -> Scores:
    """Score summaries of the gold's articles (`<articles_dir>/<id>.txt`, or `paths`).

    With `extractions="model"` the pipeline summarizes them (from cassettes or a live
    model); with "gold", the gold annotations stand in for the model's answers, so
    only the deterministic layers are measured. Either way the articles are read as
    `summarize` reads them (publication dates included), verified, and grouped into
    an event report. Raises InputError for an unreadable article."""
    gold_path = Path(gold_path or default_gold())
    gold = load_gold(gold_path)
    folder = Path(articles_dir or articles_beside(gold_path))
    items = list(iter_inputs([str(p) for p in (paths or [folder / f"{a}.txt" for a in gold["articles"]])]))
    bad = [i for i in items if not isinstance(i, Article)]
    if bad:
        raise bad[0]
    articles = [i for i in items if isinstance(i, Article)]
    texts = {a.id: a.text for a in articles}
    if extractions == "gold":
        summaries = gold_extractions(gold, articles)
        report = build_report(summaries, texts)
        return score(gold, report.articles, texts, report)
    from .pipeline import settings_for, summarize_articles

    result = asyncio.run(summarize_articles(articles, settings or settings_for(replay=replay), replay=replay, strategy=strategy))
    report = build_report(result.summaries, texts)
    # The report's articles: an undated article may have been dated by the events it reports.
    scores = score(gold, report.articles, texts, report)
    return scores.model_copy(update={"failures": [f"{f.source}: {f.kind}: {f.message}" for f in result.failures]})
