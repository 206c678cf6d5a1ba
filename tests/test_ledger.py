"""Figures over time: every count claim carries when its article was published; a source
revising its own figure is a timeline, not a disagreement; headline policies over it."""

from __future__ import annotations

import pytest

from summarizer.events import build_report
from summarizer.events.ledger import scope_key, scope_of, timeline
from summarizer.events.models import Claim
from summarizer.gold import gold_summaries
from summarizer.schema import ArticleSummary, Count, DateValue, Incident, Place, Source


def _report(*articles: tuple[str, str | None, Count], outlet: str | None = None, url: str | None = None, policy="lowest"):
    """One strike reported by each (article id, publication date, wounded figure)."""
    summaries = [
        ArticleSummary(
            source=Source(id=aid, published=published, outlet=outlet, url=url, sha256="0" * 64, chars=0),
            incidents=[Incident(kind="drone strike", description="A drone struck a depot.", role="main",
                                date=DateValue(value="2031-03-03"), places=[Place(name="Port Halden")],
                                perpetrator="Northern Command", target="fuel depot", wounded=wounded)],
        )
        for aid, published, wounded in articles
    ]
    [event] = build_report(summaries, policy=policy).events
    return event


def _conflict(event, field="wounded"):
    return next((c for c in event.conflicts if c.field == field), None)


def test_claims_carry_their_articles_publication_time_and_outlet():
    event = _report(("a", "2031-03-04", Count(exact=25)), ("b", None, Count(exact=25)), outlet="Halden Post")
    by_article = {c.article_id: c for c in event.ledger["wounded"]}
    assert by_article["a"].published == "2031-03-04" and by_article["b"].published is None
    assert {c.outlet for c in event.ledger["places"]} == {"Halden Post"}
    hosted = _report(("a", "2031-03-04", Count(exact=25)), url="https://www.haldenpost.example/news/1")
    assert hosted.ledger["wounded"][0].outlet == "haldenpost.example"


def test_a_source_revising_its_own_figure_is_a_revision_not_a_conflict():
    event = _report(
        ("a", "2031-03-04", Count(exact=25, reported_by="the regional health office")),
        ("b", "2031-03-05", Count(exact=34, reported_by="The Regional Health Office (a spokeswoman)")),
    )
    first, second = event.ledger["wounded"]
    assert first.revised and not second.revised
    assert first.claimer.casefold() == second.claimer.casefold() == "the regional health office"  # the description dropped
    assert _conflict(event) is None
    head = event.headline["wounded"]
    assert head.value == 34 and (head.low, head.high) == (34, 34) and "1 earlier figure revised" in head.basis


def test_different_sources_still_disagree_and_the_revised_figure_is_left_out():
    event = _report(
        ("a", "2031-03-04", Count(exact=25, reported_by="the regional health office")),
        ("b", "2031-03-05", Count(exact=34, reported_by="the regional health office")),
        ("c", "2031-03-06", Count(min=40, reported_by="a hospital director", words="more than 40")),
    )
    conflict = _conflict(event)
    assert conflict is not None and conflict.values == [34, "40+"]
    assert [c.article_id for c in conflict.claims] == ["b", "c"]


def test_a_part_exceeding_the_whole_is_a_conflict_a_part_within_it_is_not():
    over = _report(("a", "2031-03-04", Count(exact=4)), ("b", "2031-03-04", Count(min=9, scope="soldiers")))
    assert _conflict(over) is not None and _conflict(over).values == [4, "9+"]
    within = _report(("a", "2031-03-04", Count(exact=12)), ("b", "2031-03-04", Count(exact=5, scope="children")))
    assert _conflict(within) is None


@pytest.mark.parametrize(
    "written, part",
    [
        # a place or a group of people: a part of the event
        ("in Iraq", "in Iraq"),
        ("in eastern Syria (the monitor's count)", "in eastern Syria"),
        ("Hasakah province, Syria", "Hasakah province"),
        ("north-east Syria", "north-east Syria"),
        ("soldiers", "soldiers"),
        ("civilians; among them four children", "civilians"),
        ("soldiers and civilians (assailants not counted)", "soldiers and civilians"),
        ("villagers hurt by the men's rod", "villagers"),
        ("residents taken to hospitals in Ried and Linz", "residents"),
        ("junta soldiers", "junta soldiers"),
        ("policemen", "policemen"),
        ("members of the Armed Forces (two serious)", "members of the Armed Forces"),
        ("prison officers: 14 taken to hospital", "prison officers"),
        ("seriously wounded", "seriously"),
        ("in critical condition", "seriously"),
        # a note: what the figure counts is the whole event
        ("taken to hospital", None),
        ("flown to hospital in Sion with serious injuries", None),
        ("treated at the Peshkopi hospital", None),
        ("among them two children", None),
        ("including five children", None),
        ("three of them seriously", None),
        ("the 14 survivors, all in hospital", None),
        ("survivors still in hospital in Sion", None),
        ("victims, not counting the gunman", None),
        ("in hospital", None),
        ("in all", None),
        ("INDECOM: 3; JCF: 2", None),
        ("a night guard", None),
        ("the bus driver", None),
        ("minor injuries", None),
        ("", None),
    ],
)
def test_a_scope_is_a_place_or_a_group_and_a_note_is_the_whole_event(written, part):
    claim = Claim(value=3, article_id="a", incident=0, scope=written or None)
    assert scope_of(claim) == part


def test_only_a_scope_opening_with_a_place_word_drops_it():
    """ "in Hasakah province" and "Hasakah province" count one part; the "in" inside a name
    ("Latin American workers") is no preposition to drop, so the same group written with a
    hyphen is still the same part."""
    def key(scope):
        return scope_key(Claim(value=3, article_id="a", incident=0, scope=scope))
    assert key("in Hasakah province") == key("Hasakah province")
    assert key("Latin American workers") == key("Latin-American workers")


def test_a_figure_whose_scope_is_a_note_disagrees_with_the_whole_events():
    noted = _report(("a", "2031-03-04", Count(exact=27, scope="taken to hospital")),
                    ("b", "2031-03-04", Count(exact=33, scope="treated, among them several with minor injuries")))
    assert _conflict(noted) is not None and _conflict(noted).values == [27, 33] and _conflict(noted).scope is None
    parts = _report(("a", "2031-03-04", Count(exact=9, scope="soldiers")), ("b", "2031-03-04", Count(exact=4, scope="children")))
    assert _conflict(parts) is None


def test_at_least_a_figure_agrees_with_that_figure_but_not_with_another():
    same = _report(("a", "2031-03-04", Count(exact=26)), ("b", "2031-03-04", Count(min=26, words="at least 26")))
    assert _conflict(same) is None
    other = _report(("a", "2031-03-04", Count(min=30, words="at least 30")), ("b", "2031-03-04", Count(exact=37)))
    assert _conflict(other).values == ["30+", 37]


@pytest.mark.parametrize("policy, value", [("lowest", 34), ("highest", "40+"), ("latest", "40+")])
def test_headline_policies_use_the_figures_sources_still_give(policy, value):
    """25 revised to 34 by one source, more than 40 by another: the 25 is no one's figure any more."""
    event = _report(
        ("a", "2031-03-04", Count(exact=25, reported_by="the regional health office")),
        ("b", "2031-03-05", Count(exact=34, reported_by="the regional health office")),
        ("c", "2031-03-06", Count(min=40, reported_by="a hospital director")),
        policy=policy,
    )
    head = event.headline["wounded"]
    assert head.value == value and (head.low, head.high) == (34, 40)


def test_latest_is_the_most_recently_published_figure_even_when_lower():
    event = _report(
        ("a", "2031-03-05", Count(exact=34, reported_by="the regional health office")),
        ("b", "2031-03-04", Count(exact=40, reported_by="a hospital director")),
        policy="latest",
    )
    assert event.headline["wounded"].value == 34


def test_updates_of_one_outlets_story_revise_when_nobody_is_named():
    same = _report(("a", "2031-03-04T08:00", Count(exact=25)), ("b", "2031-03-04T14:30", Count(exact=34)), outlet="Halden Wire")
    assert [c.revised for c in same.ledger["wounded"]] == [True, False] and _conflict(same) is None
    nobody = _report(("a", "2031-03-04", Count(exact=25)), ("b", "2031-03-05", Count(exact=34)))
    assert not any(c.revised for c in nobody.ledger["wounded"]) and _conflict(nobody) is not None


@pytest.mark.parametrize("first, second", [("2031-03-04", "2031-03-04"), (None, "2031-03-05"), ("2031-03-05", "2031-03-04")])
def test_no_revision_without_a_strictly_later_publication(first, second):
    """The same day, an unknown time, or the other order: the later figure is not known to replace the earlier."""
    event = _report(
        ("a", first, Count(exact=25, reported_by="the regional health office")),
        ("b", second, Count(exact=34, reported_by="the regional health office")),
    )
    revised = {c.article_id: c.revised for c in event.ledger["wounded"]}
    assert revised == {"a": False, "b": first == "2031-03-05"}
    assert (_conflict(event) is None) == (first == "2031-03-05")


def test_figures_several_sources_gave_under_one_line_are_nobodys_to_revise():
    event = _report(
        ("a", "2031-03-04", Count(exact=12, min=11, max=12, reported_by="the prosecutor: 12; the mayor: 11")),
        ("b", "2031-03-05", Count(exact=13, reported_by="the prosecutor")),
    )
    assert not any(c.revised for c in event.ledger["wounded"])
    assert set(_conflict(event).values) == {12, 11, 13}
    assert event.ledger["wounded"][0].claimer is None and event.ledger["wounded"][-1].claimer == "the prosecutor"


def test_a_note_after_a_semicolon_that_opens_with_a_figure_names_no_second_source():
    event = _report(
        ("a", "2031-03-04", Count(exact=25, reported_by="the regional health office: 25")),
        ("b", "2031-03-05", Count(exact=34, reported_by="the regional health office: 34, up from 25; 3 critical")),
    )
    assert [c.revised for c in event.ledger["wounded"]] == [True, False]


def test_timeline_orders_by_publication_and_puts_unknown_times_last():
    event = _report(("u", None, Count(exact=3)), ("late", "2031-03-06", Count(exact=5)), ("early", "2031-03-04", Count(exact=4)))
    assert [c.article_id for c in timeline(event.ledger["wounded"])] == ["early", "late", "u"]


def test_corpus_revision_across_outlets_is_a_timeline_and_other_sources_still_disagree(corpus_gold, corpus):
    """The township administration's figures (d15, then revised in d17) are one source
    revising itself; the rescue worker's (d16) still disagree with its latest."""
    report = build_report(gold_summaries(corpus_gold, corpus), corpus)
    event = next(e for e in report.events if "d16_kanbalu_airstrike_afp" in e.sources and e.kind == "air strike")
    for field, earlier, rescuer, latest in (("killed", "38+", "30+", 41), ("wounded", "50+", "40+", 52)):
        revised = [c for c in event.ledger[field] if c.revised]
        assert [(c.article_id, c.value) for c in revised] == [("d15_kanbalu_airstrike_ayeyarwady", earlier)]
        assert set(_conflict(event, field).values) == {rescuer, latest}


def test_revise_recomputes_flags_a_ledger_already_carries():
    """A ledger read back (from json or a store) with a stale flag is revised afresh."""
    from summarizer.events.ledger import revise

    event = _report(("a", "2031-03-04", Count(exact=25, reported_by="the regional health office")),
                    ("b", "2031-03-05", Count(exact=25, reported_by="a hospital director")))
    stale = {"wounded": [c.model_copy(update={"revised": True}) for c in event.ledger["wounded"]]}
    assert [c.revised for c in revise(stale)["wounded"]] == [False, False]
