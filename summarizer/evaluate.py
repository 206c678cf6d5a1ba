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
- published: the summary's publication date equals the gold one.
- leaks (lower is better): output quotes, descriptions, place names and `words`
  fields whose text comes from the article's gold boilerplate.
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
import re
from collections.abc import Iterable, Iterator
from difflib import SequenceMatcher
from itertools import combinations
from pathlib import Path

from pydantic import BaseModel, computed_field

from .events import build_report
from .ingest import Article, iter_inputs
from .schema import ArticleSummary, Count, Incident, Place, Source, Statement, Status
from .verify import normalize

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
DEFAULT_GOLD = SHARED / "gold" / "seeds.gold.json"
DEFAULT_ARTICLES = SHARED / "seeds"

QUOTE_COVERAGE = 0.8
VERBATIM = (Status.exact, Status.normalized)


# --------------------------------------------------------------------------
# Result models
# --------------------------------------------------------------------------


class Ratio(BaseModel):
    """Hits out of a total; the value is None when there was nothing to score."""

    hit: int = 0
    total: int = 0

    @computed_field
    @property
    def value(self) -> float | None:
        return self.hit / self.total if self.total else None

    def __add__(self, other: Ratio) -> Ratio:
        return Ratio(hit=self.hit + other.hit, total=self.total + other.total)


def ratio(outcomes: Iterable[bool]) -> Ratio:
    outcomes = list(outcomes)
    return Ratio(hit=sum(outcomes), total=len(outcomes))


RATIOS = {
    "quote_recall": "quote R",
    "fragment_recall": "frag R",
    "quote_precision": "quote P",
    "speaker_accuracy": "speaker",
    "date": "date",
    "places": "places",
    "killed": "killed",
    "wounded": "wounded",
    "published": "pub date",
}
FACTS = ("date", "places", "killed", "wounded")


class ArticleScores(BaseModel):
    article_id: str
    missing: bool = False
    quote_recall: Ratio = Ratio()
    fragment_recall: Ratio = Ratio()
    quote_precision: Ratio = Ratio()
    speaker_accuracy: Ratio = Ratio()
    date: Ratio = Ratio()
    places: Ratio = Ratio()
    killed: Ratio = Ratio()
    wounded: Ratio = Ratio()
    published: Ratio = Ratio()
    leaks: int = 0

    @computed_field
    @property
    def facts(self) -> Ratio:
        return sum((getattr(self, f) for f in FACTS), Ratio())


class EventScores(BaseModel):
    pair_precision: Ratio
    pair_recall: Ratio
    conflicts: Ratio

    @computed_field
    @property
    def pair_f1(self) -> float | None:
        p, r = self.pair_precision.value, self.pair_recall.value
        if p is None or r is None:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0


class Scores(BaseModel):
    articles: list[ArticleScores]
    overall: ArticleScores
    events: EventScores | None = None  # None: no event report was available
    failures: list[str] = []  # articles the pipeline could not summarize, and why


# --------------------------------------------------------------------------
# Text and names
# --------------------------------------------------------------------------


def words(text: str) -> list[str]:
    return re.findall(r"\w+", normalize(text).text)


def coverage(gold_quote: str, output_quote: str) -> float:
    """Share of the gold quote's words the output quote contains, in order."""
    gold, out = words(gold_quote), words(output_quote)
    if not gold:
        return 0.0
    blocks = SequenceMatcher(None, gold, out, autojunk=False).get_matching_blocks()
    return sum(b.size for b in blocks) / len(gold)


_LEADING = {"a", "an", "the", "unnamed"}


def name_words(name: str) -> tuple[str, ...]:
    """A name as comparable words: folded, without a leading article."""
    found = re.findall(r"\w[\w'-]*", normalize(name).text)
    while found and found[0] in _LEADING:
        found.pop(0)
    return tuple(found)


def _contains(haystack: tuple[str, ...], needle: tuple[str, ...]) -> bool:
    n = len(needle)
    return n > 0 and any(haystack[i : i + n] == needle for i in range(len(haystack) - n + 1))


class Names:
    """Alias-aware name matching from the gold `entities` table."""

    def __init__(self, entities: dict[str, list[str]]):
        self._forms: dict[str, set[tuple[str, ...]]] = {}
        self._canonical: dict[tuple[str, ...], str] = {}
        for canonical, aliases in entities.items():
            forms = {name_words(f) for f in [canonical, *aliases]} - {()}
            self._forms[canonical] = forms
            self._canonical.update(dict.fromkeys(forms, canonical))

    def matches(self, written: str, name: str, *, surname: bool = False) -> bool:
        """Does `written` (output text) refer to the gold `name`?"""
        found = name_words(written)
        canonical = self._canonical.get(name_words(name))
        forms = self._forms[canonical] if canonical else {name_words(name)}
        if any(_contains(found, form) for form in forms):
            return True
        return surname and canonical is not None and bool(found) and found[-1:] == name_words(canonical)[-1:]


# --------------------------------------------------------------------------
# Quotes
# --------------------------------------------------------------------------


def acceptable_speakers(gold_statement: dict) -> list[str]:
    g = gold_statement
    return [n for n in [g["speaker"], g.get("speaker_as_written"), *g.get("also_acceptable_speakers", [])] if n]


def speaker_ok(statement: Statement, gold_statement: dict, names: Names) -> bool:
    written = [w for w in (statement.speaker, statement.speaker_canonical) if w]
    return any(names.matches(w, n, surname=True) for w in written for n in acceptable_speakers(gold_statement))


def _rightly_attributed(statement: Statement, covered: list[dict], names: Names) -> bool:
    if covered:
        return any(speaker_ok(statement, g, names) for g in covered)
    speaker = statement.evidence.get("speaker")
    return speaker is not None and speaker.status.grounded


def quote_scores(gold_statements: list[dict], statements: list[Statement], names: Names) -> dict[str, Ratio]:
    covers = [[coverage(g["quote"], s.quote) >= QUOTE_COVERAGE for g in gold_statements] for s in statements]
    covered = [[g for g, hit in zip(gold_statements, row) if hit] for row in covers]

    def recalled(kind: str) -> Ratio:
        return ratio(
            any(row[j] and speaker_ok(s, g, names) for s, row in zip(statements, covers))
            for j, g in enumerate(gold_statements)
            if g["kind"] == kind
        )

    return {
        "quote_recall": recalled("direct"),
        "fragment_recall": recalled("fragment"),
        "quote_precision": ratio(
            s.evidence.get("quote") is not None
            and s.evidence["quote"].status in VERBATIM
            and _rightly_attributed(s, cov, names)
            for s, cov in zip(statements, covered)
        ),
        "speaker_accuracy": ratio(any(speaker_ok(s, g, names) for g in cov) for s, cov in zip(statements, covered) if cov),
    }


# --------------------------------------------------------------------------
# Incidents
# --------------------------------------------------------------------------


def _content_words(text: str) -> set[str]:
    return {w for w in words(text) if len(w) > 3}


def similarity(gold_incident: dict, event: dict, incident: Incident, names: Names) -> float:
    """How plausibly an output incident is this gold incident: same date, shared
    places, words in common with the event's description; 0 when nothing is shared."""
    g = gold_incident
    date = 2.0 if g.get("date") and incident.date and incident.date.value == g["date"] else 0.0
    places = sum(any(names.matches(p.name, gp) for p in incident.places) for gp in g.get("places", []))
    what = _content_words(event.get("what", ""))
    text = len(what & _content_words(f"{incident.kind} {incident.description}")) / len(what) if what else 0.0
    base = date + places + text
    return base + 0.25 * (incident.role == g["role"]) if base else 0.0


def match_incidents(gold_incidents: list[dict], events: dict, incidents: list[Incident], names: Names) -> dict[int, int]:
    """Gold incident index -> output incident index, one-to-one, best pairs first."""
    pairs = sorted(
        ((similarity(g, events.get(g["event"], {}), inc, names), gi, oi) for gi, g in enumerate(gold_incidents) for oi, inc in enumerate(incidents)),
        key=lambda p: (-p[0], p[1], p[2]),
    )
    matched: dict[int, int] = {}
    for sim, gi, oi in pairs:
        if sim > 0 and gi not in matched and oi not in matched.values():
            matched[gi] = oi
    return matched


def count_matches(gold, count: Count | None) -> bool:
    """Gold figure: a number, a {min,max} range, a description without a number, or null."""
    numbers = (count.exact, count.min, count.max) if count else (None, None, None)
    no_number = numbers == (None, None, None)
    if gold is None:
        return no_number and not (count and count.words)
    if isinstance(gold, dict):
        return numbers[1:] == (gold["min"], gold["max"])
    if isinstance(gold, str):
        return no_number and bool(count and count.words)
    return count is not None and (count.exact == gold or (count.exact is None and count.min == count.max == gold))


def places_match(gold_incident: dict, event: dict, places: list[Place], names: Names) -> bool:
    """Same set of places; a place that only names the event's country is neither right nor wrong."""
    countries = {name_words(c) for c in event.get("country", "").split(";")}
    named = [p.name for p in places if name_words(p.name) not in countries]
    gold = gold_incident.get("places", [])
    return all(any(names.matches(p, g) for p in named) for g in gold) and all(
        any(names.matches(p, g) for g in gold) for p in named
    )


def fact_scores(gold_incidents: list[dict], events: dict, incidents: list[Incident], matched: dict[int, int], names: Names) -> dict[str, Ratio]:
    main = [(g, incidents[matched[i]] if i in matched else None) for i, g in enumerate(gold_incidents) if g["role"] == "main"]
    return {
        "date": ratio(bool(inc and inc.date and inc.date.value == g["date"]) for g, inc in main if g.get("date")),
        "places": ratio(bool(inc) and places_match(g, events.get(g["event"], {}), inc.places, names) for g, inc in main),
        "killed": ratio(bool(inc) and count_matches(g.get("killed"), inc.killed) for g, inc in main),
        "wounded": ratio(bool(inc) and count_matches(g.get("wounded"), inc.wounded) for g, inc in main),
    }


# --------------------------------------------------------------------------
# Boilerplate
# --------------------------------------------------------------------------


def _find_all(text: str, needle: str) -> Iterator[int]:
    at = text.find(needle)
    while needle and at >= 0:
        yield at
        at = text.find(needle, at + 1)


def item_texts(summary: ArticleSummary) -> list[str]:
    """The output texts a reader takes as coming from the article."""
    texts = [s.quote for s in summary.statements]
    for inc in summary.incidents:
        texts += [inc.description, *(p.name for p in inc.places)]
        texts += [x.words for x in (inc.date, inc.killed, inc.wounded) if x and x.words]
    return texts


def leaks(summary: ArticleSummary, text: str, boilerplate: list[str]) -> int:
    """Items that contain a boilerplate string, or are found in the article only inside one."""
    article = normalize(text).text
    furniture = [normalize(b).text for b in boilerplate]
    zones = [(at, at + len(b)) for b in furniture for at in _find_all(article, b)]

    def from_boilerplate(item: str) -> bool:
        if any(b and b in item for b in furniture):
            return True
        hits = list(_find_all(article, item))
        return bool(hits) and all(any(at < end and start < at + len(item) for start, end in zones) for at in hits)

    return sum(from_boilerplate(normalize(t).text) for t in item_texts(summary))


# --------------------------------------------------------------------------
# Events
# --------------------------------------------------------------------------

GoldKey = tuple[str, int]  # (article id, gold incident index)
OutputKey = tuple[str, int]  # (article id, output incident index)


_RANGE = re.compile(r"(\d+)\s*-\s*(\d+)")


_FIELD_NAMES = {"number of sites": "sites"}  # the gold's words for our field names


def _field_key(field: str) -> str:
    key = normalize(field.replace("_", " ")).text
    return _FIELD_NAMES.get(key, key)


def _value_keys(value, *, count: bool) -> set:
    """A claim's value in comparable form: numbers (a range counts as both its
    ends, so '2-4' surfaces the claims 2 and 4), else folded words; for counts,
    any value without a figure is 'unquantified'."""
    if isinstance(value, dict):
        value = f"{value['min']}-{value['max']}"
    if not isinstance(value, str):
        return {value}
    folded = normalize(value).text
    if folded.isdigit():
        return {int(folded)}
    if m := _RANGE.fullmatch(folded):
        return set(map(int, m.groups()))
    return {"unquantified" if count and not any(ch.isdigit() for ch in folded) else folded}


def _surfaces(conflict, gold_conflict: dict) -> bool:
    """Same field, and the same set of values as the gold claims."""
    field = _field_key(gold_conflict["field"])
    count = field in ("killed", "wounded", "sites")
    shown = set().union(*(_value_keys(c.value, count=count) for c in conflict.claims))
    listed = set().union(*(_value_keys(c["value"], count=count) for c in gold_conflict["claims"]))
    return _field_key(conflict.field) == field and shown == listed


def event_scores(gold: dict, article_ids: list[str], matched: dict[GoldKey, OutputKey], report) -> EventScores:
    group = {(ref.article_id, ref.index): n for n, event in enumerate(report.events) for ref in event.incidents}
    gold_event = {(a, i): g["event"] for a in article_ids for i, g in enumerate(gold["articles"][a]["incidents"])}

    def grouped(key: GoldKey) -> int | None:
        return group.get(matched.get(key))

    same = [
        (gold_event[a] == gold_event[b], grouped(a) is not None and grouped(a) == grouped(b))
        for a, b in combinations(gold_event, 2)
    ]
    listed = [c for c in gold.get("conflicts", []) if all(cl["article"] in article_ids for cl in c["claims"])]

    def surfaced(gold_conflict: dict) -> bool:
        groups = {grouped(k) for k, e in gold_event.items() if e == gold_conflict["event"]} - {None}
        return any(_surfaces(c, gold_conflict) for n in groups for c in report.events[n].conflicts)

    return EventScores(
        pair_precision=ratio(truth for truth, predicted in same if predicted),
        pair_recall=ratio(predicted for truth, predicted in same if truth),
        conflicts=ratio(surfaced(c) for c in listed),
    )


# --------------------------------------------------------------------------
# Scoring
# --------------------------------------------------------------------------


def score(gold: dict, summaries: list[ArticleSummary], texts: dict[str, str], report=None) -> Scores:
    """Score summaries of the gold articles present in `texts`; a gold article
    without a summary scores as an empty one. `report` is an event report
    (summarizer.events.EventReport); without one, event scores are None."""
    names = Names(gold.get("entities", {}))
    by_id = {s.source.id: s for s in summaries}
    article_ids = [a for a in gold["articles"] if a in texts]
    rows, matched = [], {}
    for article_id in article_ids:
        art = gold["articles"][article_id]
        summary = by_id.get(article_id) or ArticleSummary(source=Source(id=article_id, sha256="", chars=0))
        found = match_incidents(art["incidents"], gold["events"], summary.incidents, names)
        matched.update({(article_id, g): (article_id, o) for g, o in found.items()})
        rows.append(
            ArticleScores(
                article_id=article_id,
                missing=article_id not in by_id,
                **quote_scores(art["statements"], summary.statements, names),
                **fact_scores(art["incidents"], gold["events"], summary.incidents, found, names),
                published=ratio([(summary.source.published or "")[:10] == art["published"]]),
                leaks=leaks(summary, texts[article_id], art.get("boilerplate", [])),
            )
        )
    overall = ArticleScores(
        article_id="overall",
        missing=any(r.missing for r in rows),
        **{m: sum((getattr(r, m) for r in rows), Ratio()) for m in RATIOS},
        leaks=sum(r.leaks for r in rows),
    )
    events = event_scores(gold, article_ids, matched, report) if report is not None else None
    return Scores(articles=rows, overall=overall, events=events)


# --------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------

COLUMNS = {**RATIOS, "facts": "facts", "leaks": "leaks"}


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
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip() for row in [header, *body]]
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
    """Delta and whether it is better (↑) or worse (↓); fewer leaks is better."""
    if old is None or new is None:
        return "n/a"
    delta = new - old
    if abs(delta) < 1e-9:
        return "="
    better = delta < 0 if label == "leaks" else delta > 0
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


def evaluate(
    gold_path: Path | None = None,
    articles_dir: Path | None = None,
    *,
    replay: Path | None = None,
    settings=None,
    paths: list[Path] | None = None,
    strategy: str | None = None,
) -> Scores:
    """Run the pipeline on the gold's articles (`<articles_dir>/<id>.txt`, or `paths`)
    from cassettes or a live model, build the event report, and score."""
    from .pipeline import settings_for, summarize_articles

    gold = load_gold(gold_path or DEFAULT_GOLD)
    folder = Path(articles_dir or DEFAULT_ARTICLES)
    # Read exactly as `summarize` reads them (publication dates included), so replayed requests match.
    items = list(iter_inputs([str(p) for p in (paths or [folder / f"{a}.txt" for a in gold["articles"]])]))
    bad = [i for i in items if not isinstance(i, Article)]
    if bad:
        raise bad[0]
    articles = items
    texts = {a.id: a.text for a in articles}
    result = asyncio.run(summarize_articles(articles, settings or settings_for(replay=replay), replay=replay, strategy=strategy))
    report = build_report(result.summaries, texts)
    # The report's articles: an undated article may have been dated by the events it reports.
    scores = score(gold, report.articles, texts, report)
    return scores.model_copy(update={"failures": [f"{f.source}: {f.kind}: {f.message}" for f in result.failures]})
