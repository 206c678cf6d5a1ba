"""The scorer measured against the gold itself: the gold fed in as output scores
1.0 everywhere, and each known corruption lowers exactly the scores it should.
On the project's corpus (tests/data/corpus/dev); the seeds are acceptance tests."""

from __future__ import annotations

import json
from types import SimpleNamespace

import pytest

from summarizer.evaluate import COLUMNS, compare, evaluate, format_table
from summarizer.scoring import COUNTS, RATIOS, Names, Scores, coverage, furniture_recognised, leaks, score
from summarizer.schema import MAX_PLACES, ArticleSummary, Count, DateValue, Incident, Place, Source, Statement
from summarizer.verify import verify_summary

from .conftest import GOLD, RECORDED, SEEDS



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
    places = [Place(name=p) for p in incident.get("places", [])]
    built = Incident(
        kind="other",
        description=event["what"],
        date=DateValue(value=incident.get("date")),
        places=places[:MAX_PLACES],
        killed=gold_count(incident.get("killed")),
        wounded=gold_count(incident.get("wounded")),
        role=incident["role"],
    )
    # The schema bounds how many places a model may list; a careful reader may list more.
    return built.model_copy(update={"places": places}) if len(places) > MAX_PLACES else built


def gold_statement(statement: dict) -> Statement:
    return Statement(
        speaker=statement.get("speaker_as_written") or statement["speaker"],
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


# The project's corpus (tests/data/corpus/dev): the 2023 bandit raid on Kurmin Dandi
# is another event than the 2024 drone strike on the same village.
DRONE_2024 = "E2024-03-02-kaduna-drone"
RAID_2023 = "E2023-03-11-kurmin-dandi-bandit-raid"


@pytest.fixture
def perfect(corpus_gold, corpus):
    return gold_summaries(corpus_gold, corpus)


@pytest.fixture
def perfect_scores(corpus_gold, corpus, perfect) -> Scores:
    return score(corpus_gold, perfect, corpus, gold_report(corpus_gold))


def test_gold_as_output_scores_one_everywhere(gold, seeds):
    """Acceptance, on the seeds."""
    perfect_scores = score(gold, gold_summaries(gold, seeds), seeds, gold_report(gold))
    values = overall(perfect_scores)
    assert values.pop("leaks") == 0
    assert values.pop("published_wrong") == 0
    # (the one gold speaker the article does not name where it first quotes the words is
    # named where it quotes them again: see test_verify.QUOTED_AGAIN_WHERE_NAMED)
    assert values.pop("speaker_alarms") == 0
    assert values == dict.fromkeys(values, 1.0)
    assert all(r.missing is False for r in perfect_scores.articles)
    assert perfect_scores.events.pair_f1 == 1.0


def test_dropped_quote_lowers_quote_recall_only(corpus_gold, corpus, perfect, perfect_scores):
    summary = perfect[0]
    direct = next(i for i, s in enumerate(summary.statements) if s.kind == "direct")
    perfect[0] = summary.model_copy(update={"statements": summary.statements[:direct] + summary.statements[direct + 1 :]})
    after = score(corpus_gold, perfect, corpus, gold_report(corpus_gold))
    assert lowered(perfect_scores, after) == {"quote_recall"}
    assert after.overall.quote_recall.hit == perfect_scores.overall.quote_recall.hit - 1


def test_swapped_speakers_lower_speaker_accuracy_and_precision(corpus_gold, corpus, perfect, perfect_scores):
    at = next(i for i, s in enumerate(perfect) if s.source.id.startswith("d01"))
    summary = perfect[at]
    statements = list(summary.statements)
    tsoho, sani = (
        next(i for i, s in enumerate(statements) if s.kind == "direct" and s.speaker_canonical == name)
        for name in ("Ahmad Rufai Tsoho", "Yusuf Sani")
    )
    swap = {"speaker": statements[sani].speaker, "speaker_canonical": statements[sani].speaker_canonical}
    statements[tsoho], statements[sani] = (
        statements[tsoho].model_copy(update=swap),
        statements[sani].model_copy(update={"speaker": statements[tsoho].speaker, "speaker_canonical": "Ahmad Rufai Tsoho"}),
    )
    perfect[at] = summary.model_copy(update={"statements": statements})
    after = score(corpus_gold, perfect, corpus, gold_report(corpus_gold))
    # Recall counts only quotes found with an acceptable speaker, so it drops too.
    assert lowered(perfect_scores, after) == {"speaker_accuracy", "quote_precision", "quote_recall"}
    assert after.overall.speaker_accuracy.hit == perfect_scores.overall.speaker_accuracy.hit - 2


@pytest.mark.parametrize("field", ["killed", "wounded"])
def test_wrong_casualty_figure_lowers_that_fact_only(corpus_gold, corpus, perfect, perfect_scores, field):
    at = next(i for i, s in enumerate(perfect) if s.source.id.startswith("d10"))
    incidents = list(perfect[at].incidents)
    incidents[0] = incidents[0].model_copy(update={field: Count(exact=17)})
    perfect[at] = perfect[at].model_copy(update={"incidents": incidents})
    after = score(corpus_gold, perfect, corpus, gold_report(corpus_gold))
    assert lowered(perfect_scores, after) == {field, "facts"}


def test_merging_the_2023_raid_into_the_2024_strike_lowers_event_precision_only(corpus_gold, corpus, perfect, perfect_scores):
    after = score(corpus_gold, perfect, corpus, gold_report(corpus_gold, merge={RAID_2023: DRONE_2024}))
    assert lowered(perfect_scores, after) == {"pair_precision"}
    assert after.events.pair_f1 < 1.0


def test_conflict_with_a_missing_value_is_not_surfaced(corpus_gold, corpus, perfect, perfect_scores):
    report = gold_report(corpus_gold)
    event = next(e for e in report.events if any(c.field == "wounded" and {cl.value for cl in c.claims} == {12, 14} for c in e.conflicts))
    wounded = next(c for c in event.conflicts if c.field == "wounded")
    wounded.claims = [c for c in wounded.claims if c.value != 14]
    after = score(corpus_gold, perfect, corpus, report)
    assert lowered(perfect_scores, after) == {"conflicts"}


def test_a_range_claim_surfaces_both_of_its_ends(corpus_gold, corpus, perfect, perfect_scores):
    report = gold_report(corpus_gold)
    replaced = 0
    for event in report.events:
        for conflict in event.conflicts:
            if conflict.field == "wounded" and {c.value for c in conflict.claims} == {12, 14}:
                conflict.claims = [SimpleNamespace(value="12-14", article_id="d09_kherson_shelling_dniproshore"), *conflict.claims[:1]]
                replaced += 1
    assert replaced == 1
    assert score(corpus_gold, perfect, corpus, report).events.conflicts == perfect_scores.events.conflicts


def test_boilerplate_becomes_a_leak_but_a_name_also_in_the_text_does_not(corpus_gold, corpus, perfect, perfect_scores):
    at = next(i for i, s in enumerate(perfect) if s.source.id.startswith("d02"))
    extra = Incident(
        kind="air strike",
        description="A drone strike on a village market.",
        date=DateValue(value="2024-03-05", words="Published 5 March 2024"),  # the page header
        places=[Place(name="Kaduna")],  # in the byline "By Amina Yusuf, Kaduna", and in the text
        role="context",
    )
    perfect[at] = perfect[at].model_copy(update={"incidents": [*perfect[at].incidents, extra]})
    after = score(corpus_gold, perfect, corpus, gold_report(corpus_gold))
    assert lowered(perfect_scores, after) == {"leaks"}
    assert after.overall.leaks == 1


def test_a_menu_word_is_a_leak_only_where_the_page_prints_it_as_furniture():
    """ "Search" alone on its line is furniture; the word in a quoted sentence is not a leak,
    while an item found only in a furniture line, or spanning one, is."""
    text = "News\nSearch\n\nFloods hit the town.\n\n\u201cA search is under way,\u201d the mayor said.\n\nShare this article"
    source = Source(id="t", sha256="", chars=len(text))

    def leaked(*quotes: str) -> int:
        summary = ArticleSummary(source=source, statements=[Statement(speaker="the mayor", quote=q, kind="direct") for q in quotes])
        return leaks(summary, text, ["News", "Search", "Share this article"])

    assert leaked("A search is under way,") == 0
    assert leaked("News") == 1
    assert leaked("A search is under way, Share this article") == 1
    # an item in other words than the article's: a furniture line of some words in it leaks, a menu word does not
    summary = ArticleSummary(source=source, incidents=[Incident(kind="other", description="A flood; a search is under way in the news")])
    assert leaks(summary, text, ["News", "Search", "Share this article"]) == 0
    summary = ArticleSummary(source=source, incidents=[Incident(kind="other", description="Floods hit the town. Share this article")])
    assert leaks(summary, text, ["News", "Search", "Share this article"]) == 1


def test_without_event_report_events_are_not_available_rather_than_zero(corpus_gold, corpus, perfect):
    scores = score(corpus_gold, perfect, corpus)
    assert scores.events is None
    assert "events: not available" in format_table(scores)


def test_article_without_summary_scores_as_empty_and_is_marked(corpus_gold, corpus, perfect):
    scores = score(corpus_gold, perfect[1:], corpus, gold_report(corpus_gold))
    first = scores.articles[0]
    assert first.missing and first.quote_recall.hit == 0 and first.quote_recall.total > 0
    assert first.article_id + "*" in format_table(scores)


def test_json_round_trip_and_compare_show_regressions(corpus_gold, corpus, perfect, perfect_scores):
    old = json.loads(perfect_scores.model_dump_json())
    assert Scores.model_validate(old) == perfect_scores
    worse = score(corpus_gold, perfect, corpus, gold_report(corpus_gold, merge={RAID_2023: DRONE_2024}))
    report = compare(old, worse)
    assert next(line for line in report.splitlines() if line.startswith("event pair P")).endswith("↓ worse")
    assert next(line for line in report.splitlines() if line.startswith("quote R")).endswith("=")
    assert "↑ better" in compare(json.loads(worse.model_dump_json()), perfect_scores)


def test_table_has_a_row_per_article_and_the_overall(corpus_gold, perfect_scores):
    table = format_table(perfect_scores)
    for article_id in corpus_gold["articles"]:
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


def test_speaker_names_match_through_aliases_and_surnames(corpus_gold):
    names = Names(corpus_gold["entities"])
    assert names.matches("Mr Dan Bello", "Abubakar Dan Bello", surname=True)
    assert names.matches("Air Commodore Tanko Garba", "Tanko Garba", surname=True)
    assert names.matches("Rear Admiral Selçuk Demirtaş", "Selçuk Demirtaş", surname=True)
    assert names.matches("The Sarkin Giwa", "Abubakar Umar", surname=True)
    assert names.matches("defence headquarters in Abuja", "Defence Headquarters (Nigeria)", surname=True)
    assert names.matches("A security source", "a security source")
    assert not names.matches("Nigerian officials", "Turkish officials", surname=True)
    assert not names.matches("Nigerian Air Force", "Tanko Garba", surname=True)
    assert names.matches("Kurmin Dandi village", "Kurmin Dandi")


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



def test_a_surname_alone_names_the_gold_person_but_another_full_name_does_not():
    names = Names({"Jose Maria dela Cruz": ["Jose Maria dela Cruz"], "Lloyd Austin": ["Lloyd Austin"]})
    assert names.matches("Mr Austin", "Lloyd Austin", surname=True)
    assert names.matches("Austin", "Lloyd Austin", surname=True)
    assert not names.matches("Erika de la Cruz", "Jose Maria dela Cruz", surname=True)


def test_a_repeated_headline_is_recognised_furniture_by_its_repeat():
    """The first copy is the headline; the page's repeat of it is furniture. A string
    found only outside furniture, or not at all, is not recognised."""
    text = "Gunmen kill nine in market attack\n\nGunmen kill nine in market attack\n\nAdvertisement\n\nGunmen killed nine people on Sunday, police said.\n"
    assert furniture_recognised(text, ["Gunmen kill nine in market attack"]).hit == 1
    assert furniture_recognised(text, ["Gunmen killed nine people on Sunday"]).hit == 0
    assert furniture_recognised(text, ["Subscribe now"]).hit == 0


def test_an_open_range_in_the_gold_is_the_figure_at_least():
    """The gold format writes "at least 15" as {"min": 15, "max": null}: the figure 15."""
    from summarizer.scoring import _value_keys

    assert _value_keys({"min": 15, "max": None}, count=True) == {15}
    assert _value_keys({"min": 2, "max": 4}, count=True) == {2, 4}
    assert _value_keys("15+", count=True) == {15}


def test_three_figures_of_one_article_each_stay_a_claim():
    """An article giving 22 (one source), 26 (another) and "more than 40" (a claim):
    the gold's figures become an exact figure and a range around it, so the ledger
    has a claim for each, not just the range's ends."""
    from summarizer.events.ledger import _count_claims
    from summarizer.gold import _count_of

    inc = {"event": "E1", "killed": {"min": 22, "max": 26}}
    gold = {"conflicts": [{"event": "E1", "field": "killed", "claims": [
        {"article": "a", "value": 22}, {"article": "a", "value": 26}, {"article": "a", "value": 40}]}]}
    count = _count_of("a", inc, gold, "killed")
    assert {c.value for c in _count_claims(count, {"article_id": "a", "incident": 0})} == {22, 26, 40}


@pytest.mark.parametrize(("what", "kind"), [
    ("gas explosion in a block of flats", "accident"), ("gas cylinder explosion in a house", "accident"), ("explosion after a road accident", "accident"),
    ("car bomb", "bombing"), ("bus and boda-boda crash", "accident"), ("market fire", "other"),
])
def test_a_gold_events_kind_in_its_own_words_becomes_a_schema_kind(what, kind):
    """A gas cylinder's explosion is an accident, not a bombing: a car bomb the same night is another event."""
    from summarizer.gold import _kind

    assert _kind(what) == kind


def test_a_gold_quote_with_no_tag_is_given_to_its_canonical_speaker():
    """A headline's quote has no tag: its `speaker_as_written` is null, and the gold
    speaker stands for it rather than the run failing."""
    from summarizer.gold import gold_summaries as from_gold

    article = {"published": None, "incidents": [], "statements": [
        {"speaker": "Rahim Nazari", "speaker_as_written": None, "quote": "They only count us", "kind": "direct"}]}
    (summary,) = from_gold({"articles": {"a01": article}, "events": {}})
    assert summary.statements[0].speaker == "Rahim Nazari"


def test_furniture_of_several_lines_is_recognised_when_each_line_is():
    """A byline and its desk, a sign-off and its name: the gold writes them as one string."""
    text = "Storm kills three in port town\n\nBy ANA ROSSI\nAssociated Wire\n\nThree people died on Monday, police said.\n"
    assert furniture_recognised(text, ["By ANA ROSSI\nAssociated Wire"]).hit == 1
    assert furniture_recognised(text, ["Associated Wire\n\nThree people died on Monday, police said."]).hit == 0
    # a line read as two pieces of furniture, a stamp and a byline
    text = "Storm kills three in port town\n\n16 January 2023 - 09:45 By Ana Rossi\n\nThree people died on Monday, police said.\n"
    assert furniture_recognised(text, ["16 January 2023 - 09:45 By Ana Rossi"]).hit == 1
