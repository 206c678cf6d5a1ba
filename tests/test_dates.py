"""Date expressions as news articles write them, resolved against a fixed publication date."""

from __future__ import annotations

from datetime import date

import pytest

from summarizer.dates import find_dates, find_times, parse_published, resolve
from summarizer.published import infer_published

PUBLISHED = "2024-01-24"  # a Wednesday


@pytest.mark.parametrize(
    "words, value, precision",
    [
        ("early Wednesday", "2024-01-24", "day"),
        ("on Wednesday", "2024-01-24", "day"),
        ("Wednesday", "2024-01-24", "day"),
        ("Wednesday’s strikes", "2024-01-24", "day"),
        ("Late on Tuesday", "2024-01-23", "day"),
        ("on Saturday", "2024-01-20", "day"),
        ("last Saturday", "2024-01-20", "day"),
        ("last Wednesday", "2024-01-17", "day"),  # not today: the one before
        ("next Friday", "2024-01-26", "day"),
        ("on Tuesday (Jan 23)", "2024-01-23", "day"),
        ("Saturday (Jan 20) evening", "2024-01-20", "day"),
        ("Monday (Jan 15)", "2024-01-15", "day"),  # the explicit date wins over "most recent Monday"
        ("on January 4", "2024-01-04", "day"),
        ("on 20 January", "2024-01-20", "day"),
        ("Jan. 23", "2024-01-23", "day"),
        ("December 29", "2023-12-29", "day"),  # the nearest December 29 is last year's
        ("December 29, 2019", "2019-12-29", "day"),
        ("DECEMBER 29, 2019 20:30", "2019-12-29", "day"),
        ("29 December 2019", "2019-12-29", "day"),
        ("Sunday, June 16, 2024", "2024-06-16", "day"),
        ("2024-01-23", "2024-01-23", "day"),
        ("yesterday", "2024-01-23", "day"),
        ("today", "2024-01-24", "day"),
        ("two days ago", "2024-01-22", "day"),
        ("last week", "2024-01-15", "week"),
        ("this week", "2024-01-22", "week"),
        ("earlier this month", "2024-01", "month"),
        ("last month", "2023-12", "month"),
        ("since mid-October", "2023-10", "month"),
        ("In December", "2023-12", "month"),
        ("in June 2018", "2018-06", "month"),
        ("in late 2023", "2023", "year"),
        ("Since 2009", "2009", "year"),
        ("late last year", "2023", "year"),
    ],
)
def test_resolve(words, value, precision):
    assert resolve(words, PUBLISHED) == resolve(words, date(2024, 1, 24))
    found = resolve(words, PUBLISHED)
    assert (found.value, found.precision, found.words) == (value, precision, words)


@pytest.mark.parametrize("words", ["may be", "the march on the capital", "2,500 US troops", "no date here", "monday"])
def test_words_that_are_not_dates(words):
    assert resolve(words, PUBLISHED) is None


@pytest.mark.parametrize("words", ["early Wednesday", "last month", "on 20 January"])
def test_relative_words_need_a_publication_date(words):
    assert resolve(words, None) is None


def test_absolute_dates_resolve_without_a_publication_date():
    assert resolve("December 29, 2019", None).value == "2019-12-29"


def test_find_dates_gives_exact_spans():
    text = "The strikes came early Wednesday, days after an attack on 20 January. It began in June 2018."
    found = find_dates(text, PUBLISHED)
    assert [(text[f.start : f.end], f.date.value) for f in found] == [
        ("early Wednesday", "2024-01-24"),
        ("on 20 January", "2024-01-20"),  # the full stop ends the sentence, not the date
        ("in June 2018", "2018-06"),
    ]


def test_find_times_keeps_the_zone_as_written():
    text = "carried out at 00:15 local time (21:15 GMT Tuesday); Centcom said 12:15am on Wednesday. Updated: 6:34 AM."
    times = find_times(text)
    assert [(t.value, t.zone, t.weekday) for t in times] == [
        ("00:15", "local time", None),
        ("21:15", "GMT", "Tuesday"),
        ("00:15", None, "Wednesday"),
        ("06:34", None, None),
    ]
    assert text[times[1].start : times[1].end] == "21:15 GMT Tuesday"
    assert text[times[3].start : times[3].end] == "6:34 AM"


@pytest.mark.parametrize(
    "value, expected",
    [("2024-01-24", date(2024, 1, 24)), ("2024-01-24T06:34:00Z", date(2024, 1, 24)), ("January 24, 2024", date(2024, 1, 24)), (None, None)],
)
def test_parse_published(value, expected):
    assert parse_published(value) == expected


def test_parse_published_rejects_what_is_not_a_date():
    with pytest.raises(ValueError, match="sometime"):
        parse_published("sometime soon")


TODAY = date(2026, 6, 1)


def test_inference_counts_named_weekdays_on_from_an_explicit_date():
    text = "The group claimed Sunday’s attack on the port. The attack on 3 March 2024 killed two. On Thursday, the navy said it had struck back."
    found = infer_published(text, today=TODAY)
    # 3 March 2024 was a Sunday; the Thursday after is the 7th.
    assert found.published == date(2024, 3, 7)
    assert "'On Thursday'" in found.basis and found.basis.startswith("inferred:")


def test_a_day_whose_year_is_worked_out_only_bounds_the_date():
    """"3 March" takes 2024 from the years and weekdays the text names, but weekdays are
    not counted on from a worked-out day (they went wrong on real pages)."""
    text = (
        "The group formed in late 2023 and claimed Sunday’s attack on the port. "
        "The attack on 3 March killed two. On Thursday, the navy said it had struck back."
    )
    found = infer_published(text, today=TODAY)
    assert found.published is None and "on or after 2024-03-03" in found.basis


def test_inference_uses_the_weekday_written_beside_a_date():
    text = "Ships were hit on Tuesday (Feb 6). A tanker was struck on Sunday (Feb 4)."
    found = infer_published(text, today=TODAY)
    # no year is named: the years when Feb 6 was a Tuesday are the candidates, and the
    # article may be of that day or any day after: unknown, with the bounds in the basis
    assert found.published is None and "on or after 2024-02-06 or 2018-02-06 (" in found.basis


def test_a_weekday_ahead_of_the_telling_is_not_counted():
    """"Agreed to meet on Saturday" is a plan, not a day the story has reached."""
    text = (
        "The group claimed Sunday’s attack on the port. The attack on 3 March 2024 killed two. "
        "On Thursday, the navy said it had struck back. Elders agreed to meet on Saturday."
    )
    found = infer_published(text, today=TODAY)
    assert found.published == date(2024, 3, 7)  # Thursday after Sunday 3 March 2024, not Saturday the 9th


def test_inference_ignores_skipped_ranges_and_needs_an_anchor():
    text = "Sunday, June 16, 2024\nTroops withdrew early Wednesday."
    assert infer_published(text, today=TODAY, skip=[(0, 21)]) is None
    assert infer_published("Troops withdrew early Wednesday.", today=TODAY) is None
