"""Scoring summaries and event reports against gold annotations (see `evaluate` for the format).

Pure: gold dictionaries and summaries in, `Scores` out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from difflib import SequenceMatcher
from itertools import combinations

from pydantic import BaseModel, Field, computed_field

from .names import name_keys, strip_title
from .page import find_furniture
from .schema import COUNT_FIELDS, ArticleSummary, Count, Incident, Place, Source, Statement, Status
from .text import Normalized, normalize

QUOTE_COVERAGE = 0.8
VERBATIM = (Status.exact, Status.normalized)


# --------------------------------------------------------------------------
# Result models
# --------------------------------------------------------------------------


class Ratio(BaseModel):
    """Hits out of a total; the value is None when there was nothing to score."""

    hit: int = 0
    total: int = 0

    @computed_field  # type: ignore[prop-decorator]  # mypy does not model decorators over @property; pydantic's documented usage
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
    "furniture": "furniture",
}
FACTS = ("date", "places", "killed", "wounded")
COUNTS = {"published_wrong": "pub wrong", "speaker_alarms": "spk alarms", "leaks": "leaks"}  # fewer is better


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
    furniture: Ratio = Field(default=Ratio(), description="Gold boilerplate strings that lie inside recognised page furniture.")
    published_wrong: int = Field(default=0, description="A publication date given that is not the gold one (worse than none).")
    speaker_alarms: int = Field(default=0, description="Rightly attributed quotes whose speaker the verifier flags anyway.")
    leaks: int = 0

    @computed_field  # type: ignore[prop-decorator]  # mypy does not model decorators over @property; pydantic's documented usage
    @property
    def facts(self) -> Ratio:
        return sum((getattr(self, f) for f in FACTS), Ratio())


class EventScores(BaseModel):
    pair_precision: Ratio
    pair_recall: Ratio
    conflicts: Ratio

    @computed_field  # type: ignore[prop-decorator]  # mypy does not model decorators over @property; pydantic's documented usage
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


def name_words(name: str) -> tuple[str, ...]:
    """A name as comparable words: the name keys every module compares names by."""
    return name_keys(name)


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
        # A surname alone ("Mr Austin", "Austin") names the person; a different full name
        # ending the same way ("Erika de la Cruz" for "Jose Maria dela Cruz") does not.
        bare = name_words(strip_title(written) or written)
        return surname and canonical is not None and len(bare) == 1 and bare == name_words(canonical)[-1:]


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
    """Quote and fragment recall, quote precision and speaker accuracy of one article's statements."""
    covers = [[coverage(g["quote"], s.quote) >= QUOTE_COVERAGE for g in gold_statements] for s in statements]
    covered = [[g for g, hit in zip(gold_statements, row, strict=True) if hit] for row in covers]

    def recalled(kind: str) -> Ratio:
        return ratio(
            any(row[j] and speaker_ok(s, g, names) for s, row in zip(statements, covers, strict=True))
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
            for s, cov in zip(statements, covered, strict=True)
        ),
        "speaker_accuracy": ratio(any(speaker_ok(s, g, names) for g in cov) for s, cov in zip(statements, covered, strict=True) if cov),
    }


def speaker_alarms(gold_statements: list[dict], statements: list[Statement], names: Names) -> int:
    """Statements that cover a gold quote with an acceptable speaker, whose speaker the
    verifier nevertheless flags: false alarms on correct attributions."""
    alarms = 0
    for st in statements:
        ev = st.evidence.get("speaker")
        if ev is None or ev.status.grounded:
            continue
        covered = [g for g in gold_statements if coverage(g["quote"], st.quote) >= QUOTE_COVERAGE]
        alarms += any(speaker_ok(st, g, names) for g in covered)
    return alarms


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
    """Date, places, killed and wounded of the gold main incidents, each against its matched output incident."""
    main = [(g, incidents[matched[i]] if i in matched else None) for i, g in enumerate(gold_incidents) if g["role"] == "main"]
    return {
        "date": ratio(bool(inc and inc.date and inc.date.value == g["date"]) for g, inc in main if g.get("date")),
        "places": ratio(inc is not None and places_match(g, events.get(g["event"], {}), inc.places, names) for g, inc in main),
        "killed": ratio(inc is not None and count_matches(g.get("killed"), inc.killed) for g, inc in main),
        "wounded": ratio(inc is not None and count_matches(g.get("wounded"), inc.wounded) for g, inc in main),
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


def _original(norm: Normalized, at: int, length: int) -> tuple[int, int]:
    span = norm.span(at, at + length)
    return span.start, span.end


def furniture_recognised(text: str, boilerplate: list[str]) -> Ratio:
    """How many of the gold's boilerplate strings lie wholly inside furniture lines, at
    one of their occurrences: a headline repeated as page furniture is recognised when its
    repeat is, the first copy being the headline itself; a string of several lines (a
    byline and its desk, a sign-off and its name) when each of its lines is, a line read as
    two pieces of furniture when both are."""
    ranges = find_furniture(text)

    def covered(a: int, z: int) -> bool:
        # furniture ranges side by side, only spaces between them ("16 January 2023 - 09:45 By X":
        # a stamp and a byline read apart on one line)
        while a < z:
            a = next((r.end for r in ranges if r.start <= a < r.end), -1)
            if a < 0:
                return False
            while a < z and text[a].isspace():
                a += 1
        return True

    def inside(at: int, b: str) -> bool:
        return all(covered(at + m.start(), at + m.end()) for m in re.finditer(r"\S(?:[^\n]*\S)?", b))

    return ratio(any(inside(at, b) for at in _find_all(text, b)) for b in boilerplate)


def _on_its_line(text: str, start: int, end: int) -> bool:
    """Whether the text between `start` and `end` opens or closes its line, as furniture
    does ("Search" alone on a line; not the word in "A search is under way")."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return not text[line_start:start].strip() or not text[end : len(text) if line_end < 0 else line_end].strip()


_CARRIED_WORDS = 3


def leaks(summary: ArticleSummary, text: str, boilerplate: list[str]) -> int:
    """Items that contain a boilerplate string, or are found in the article only inside one.
    A boilerplate string counts where the page prints it as furniture, at the start or end
    of its line: a one-word menu item ("Search", "Sport") is no leak in a sentence using the word."""
    norm = normalize(text)
    article = norm.text
    furniture = [normalize(b).text for b in boilerplate]
    printed = {b: [at for at in _find_all(article, b) if _on_its_line(text, *_original(norm, at, len(b)))] for b in furniture}
    zones = [(at, at + len(b)) for b, found in printed.items() for at in found]
    # (an item not in the text, a description in other words, carries furniture only when it
    # holds a furniture line of some words: "court" in "... outside a court" is no menu item "Court")
    lines = [b for b, found in printed.items() if len(b.split()) >= _CARRIED_WORDS and found]

    def from_boilerplate(item: str) -> bool:
        if any(b in item and not any(_find_all(article, item)) for b in lines):
            return True  # an item not in the article's text, carrying a furniture line
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
    if isinstance(value, dict):  # {"min": 15, "max": null} is "at least 15"
        low, high = value.get("min"), value.get("max")
        value = f"{low}+" if high is None else str(high) if low is None else f"{low}-{high}"
    if not isinstance(value, str):
        return {value}
    folded = normalize(value).text
    if folded.rstrip("+").isdigit():  # "14+": at least 14
        return {int(folded.rstrip("+"))}
    if m := _RANGE.fullmatch(folded):
        return set(map(int, m.groups()))
    return {"unquantified" if count and not any(ch.isdigit() for ch in folded) else folded}


def _surfaces(conflict, gold_conflict: dict) -> bool:
    """Same field, and every value of the gold claims among those the conflict shows
    (it may show more: one source's range, or a figure the gold did not list)."""
    field = _field_key(gold_conflict["field"])
    count = field in COUNT_FIELDS
    shown = set().union(*(_value_keys(c.value, count=count) for c in conflict.claims))
    shown |= {v for c in conflict.claims for v in (getattr(c, "low", None), getattr(c, "high", None)) if count and v is not None}
    listed = set().union(*(_value_keys(c["value"], count=count) for c in gold_conflict["claims"]))
    return _field_key(conflict.field) == field and listed <= shown


def event_scores(gold: dict, article_ids: list[str], matched: dict[GoldKey, OutputKey], report) -> EventScores:
    """How the report's events group the matched incidents (pair precision and recall
    against the gold events) and which gold conflicts it surfaces."""
    group = {(ref.article_id, ref.index): n for n, event in enumerate(report.events) for ref in event.incidents}
    gold_event = {(a, i): g["event"] for a in article_ids for i, g in enumerate(gold["articles"][a]["incidents"])}

    def grouped(key: GoldKey) -> int | None:
        output = matched.get(key)
        return group.get(output) if output is not None else None

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
        published = summary.source.published or ""
        found = match_incidents(art["incidents"], gold["events"], summary.incidents, names)
        matched.update({(article_id, g): (article_id, o) for g, o in found.items()})
        rows.append(
            ArticleScores(
                article_id=article_id,
                missing=article_id not in by_id,
                **quote_scores(art["statements"], summary.statements, names),
                **fact_scores(art["incidents"], gold["events"], summary.incidents, found, names),
                published=ratio([published[:10] == (art["published"] or "")]),
                published_wrong=int(bool(published) and published[:10] != art["published"]),
                speaker_alarms=speaker_alarms(art["statements"], summary.statements, names),
                leaks=leaks(summary, texts[article_id], art.get("boilerplate", [])),
                furniture=furniture_recognised(texts[article_id], art.get("boilerplate", [])),
            )
        )
    overall = ArticleScores.model_validate(
        {
            "article_id": "overall",
            "missing": any(r.missing for r in rows),
            **{m: sum((getattr(r, m) for r in rows), Ratio()) for m in RATIOS},
            **{m: sum(getattr(r, m) for r in rows) for m in COUNTS},
        }
    )
    events = event_scores(gold, article_ids, matched, report) if report is not None else None
    return Scores(articles=rows, overall=overall, events=events)


