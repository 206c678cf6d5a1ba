"""Publication dates from what pages print: stamps in many forms, datelines, and
no guess where the page does not decide (a wrong date is worse than none)."""

from __future__ import annotations

from datetime import date

import pytest

from summarizer.page import find_furniture
from summarizer.published import publication
from summarizer.stamps import stamp_dates, stamp_prefix

TODAY = date(2026, 11, 30)


@pytest.mark.parametrize(
    "line, days",
    [
        ("22.05.2024 09:40 GMT+3", [date(2024, 5, 22)]),
        ("2024-05-22T06:51:00Z", [date(2024, 5, 22)]),
        ("24.11.2024. 09:15", [date(2024, 11, 24)]),
        ("2024.10.10", [date(2024, 10, 10)]),
        ("13/09/2024 14:32", [date(2024, 9, 13)]),
        # a time zone says which comes first; none leaves both readings
        ("Updated: 03-09-2024 19:52 IST", [date(2024, 9, 3)]),
        ("03/09/2024 7:52 PM EST", [date(2024, 3, 9)]),
        ("03-09-2024 | 5:33 AM", [date(2024, 9, 3), date(2024, 3, 9)]),
        ("Wed 3 Apr 2024 07.40 EDT", [date(2024, 4, 3)]),
        # a Nordic clock's "kl." ("klokken") before the time
        ("17.03.2024 kl. 10.12", [date(2024, 3, 17)]),
        ("Broadcast: Tuesday 4 March 2031, 18:00 GMT | Duration: 12 min", [date(2031, 3, 4)]),  # a programme's transcript
        ("First aired 4 March 2031", [date(2031, 3, 4)]),
        ("09.03.31 | 21:14", [date(2031, 3, 9)]),  # a two-digit year, dotted and so day first
        ("1.2.10", []),  # not zero-padded: a version, no stamp
        ("Updated January 14, 2024 at 9:14 p.m. EST", [date(2024, 1, 14)]),
        ("Published 3 February 2024 06:51 GMT", [date(2024, 2, 3)]),
        ("Updated 23:10 GMT, Monday 10 June 2024", [date(2024, 6, 10)]),
        ("Feb 3, 2024", [date(2024, 2, 3)]),
        ("Published On 5 Jan 2024", [date(2024, 1, 5)]),
        ("January 5, 2024 / 10:42 AM / Updated 2 hours ago", [date(2024, 1, 5)]),
        ("Published January 5, 2024 10:42am EST", [date(2024, 1, 5)]),
        ("Updated on: January 05, 2024 10:42 IST", [date(2024, 1, 5)]),
        ("Sep 25, 2025 · 6 min read", [date(2025, 9, 25)]),
        ("24/05/2025 11h40 - Atualizado há 2 horas", [date(2025, 5, 24)]),
        # dotted dates are day-first wherever they are printed
        ("Date: 11.09.2025", [date(2025, 9, 11)]),
        ("Date of report: 20 August 2026", [date(2026, 8, 20)]),
        # two stamps side by side: the first
        ("15/06/2026 à 11h20 | Updated 15/06/2026 à 17h05", [date(2026, 6, 15)]),
        # day and month could swap: both readings, day-first first
        ("03-02-2024 | 5:33 AM", [date(2024, 2, 3), date(2024, 3, 2)]),
        # the stamp's own weekday says which: 3 February 2024 was a Saturday, 2 March a Saturday
        # too, so "Saturday" leaves both; 5 October 2027 was a Tuesday, 10 May a Monday
        ("Saturday, 03-02-2024 | 5:33 AM", [date(2024, 2, 3), date(2024, 3, 2)]),
        ("Updated: Tuesday, 05/10/2027 - 19:32 (GMT+7)", [date(2027, 10, 5)]),
        ("Monday 05/10/2027", [date(2027, 5, 10)]),
        # a year before its month's name (Hungarian pages)
        ("2024. május 22. 14:32", [date(2024, 5, 22)]),
        # dots with spaces (Czech, Slovak, German); "Update" as a label
        ("12. 6. 2024 08:30", [date(2024, 6, 12)]),
        ("23.05.2024 - Update : 23.05.2024 14:05", [date(2024, 5, 23)]),
        # month-first when day-first is no date; one day printed in two forms
        ("08/17/2024", [date(2024, 8, 17)]),
        ("08/17/2024 August 17, 2024", [date(2024, 8, 17)]),
        ("08/17/2024 August 18, 2024", []),
        ("Issued: 15 November 2026", [date(2026, 11, 15)]),
        # a section's label before a stamp with its time
        ("Politics Materials 3 August 2008 16:03 (UTC +04:00)", [date(2008, 8, 3)]),
        ("Police said on 3 August 2008", []),
        # one word before a date needs no time; a widget's words beside a stamp
        ("News 17-09-2024", [date(2024, 9, 17)]),
        ("Xinhua, January 22, 2017 Adjust font size:", [date(2017, 1, 22)]),
        ("Attack on 3 August 2008", []),
        ("Saturday, 28 November 2026 \u2014 Evening edition", [date(2026, 11, 28)]),
        # month and weekday names in other languages (CLDR), with their labels and joiners
        ("Lunes, 10 de junio de 2024 · 07:30 h", [date(2024, 6, 10)]),
        ("Publié le 10 juin 2024 à 08h15", [date(2024, 6, 10)]),
        ("14. Mai 2024, 09:30 Uhr", [date(2024, 5, 14)]),
        ("Senin, 10 Juni 2024 08:12 WIB", [date(2024, 6, 10)]),
        ("10 июня 2024, 12:45", [date(2024, 6, 10)]),
        ("Actualizado el 3 de marzo de 2024, 18:05 CET", [date(2024, 3, 3)]),
        ("10 Haziran 2024 Pazartesi 09:30", [date(2024, 6, 10)]),
        ("Wed, May 22, 2013 - Page 7", [date(2013, 5, 22)]),  # a print edition's page
        ("This Article is From Nov 27, 2019", [date(2019, 11, 27)]),
        # a comma with no space after it, before the year and before the time
        ("October 18,2025,12:51 p.m", [date(2025, 10, 18)]),
        ("Oct 18,2025", [date(2025, 10, 18)]),
        ("Oct 6, 2026 \u2014 09:12 a.m. (Culiac\u00e1n)", [date(2026, 10, 6)]),  # the clock's place
        ("Analysis | 15/09/2026", [date(2026, 9, 15)]),  # the section's name before the bar
        ("Lun 13/07/2026 - 18:20 hs.", [date(2026, 7, 13)]),  # Spanish, Portuguese, French and Italian words beside the date
        ("23/10/2026 - 19:40 | Aggiornato alle 21:05", [date(2026, 10, 23)]),
        ("Publi\u00e9 le 17 janvier 2026 \u00e0 6 h 05 | Mis \u00e0 jour \u00e0 11 h 40", [date(2026, 1, 17)]),
        # not a stamp: prose in any language, a headline with a date, no year, a month
        # name two languages give to different months (Polish November, Croatian October)
        ("The strikes on 3 February 2024 killed two", []),
        ("10 de junio de 2024: el ataque dejó 13 muertos", []),
        ("Ataque en Celaya: 10 de junio de 2024", []),
        ("15 JAN, 14:15", []),
        ("14 listopada 2024", []),
        ("Analysis | The war in 2026", []),
        ("Il 12 ottobre 2026 la piena ha travolto il ponte", []),
        ("Police | 12 killed in 2026 attack", []),
        # the same day in another calendar beside the Gregorian date
        ("Saturday, 11 July 2026 \u2013 26 Muharram 1448", [date(2026, 7, 11)]),
        ("Monday, 10 August 2026 | 27 Safar 1448", [date(2026, 8, 10)]),
        ("Saturday, November 7, 2026 - Aban 16, 1405", [date(2026, 11, 7)]),
    ],
)
def test_stamp_forms(line, days):
    assert list(stamp_dates(line)) == days


def page(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


BODY = "Gunmen attacked a checkpoint on Friday, killing four police officers, officials said."


def test_a_stamp_below_the_headline_dates_the_article():
    found = publication(page("Four police killed", "2024-05-22T06:51:00Z", BODY), today=TODAY)
    assert found == ("2024-05-22", "text: '2024-05-22T06:51:00Z'")


@pytest.mark.parametrize("line", ["Joined: Fri Dec 11, 2020 5:07 pm", "Member since 3 Feb 2021"])
def test_a_profiles_date_is_no_stamp(line):
    found = publication(page("Four police killed", line, BODY), today=TODAY)
    assert found is None or found[0] is None


def test_published_beats_updated_on_one_line():
    found = publication(page("Four police killed", "Published 3 Feb 2024 | Updated 5 Feb 2024 10:00", BODY), today=TODAY)
    assert found[0] == "2024-02-03"


def test_an_ambiguous_stamp_is_read_the_way_the_article_fits():
    # The attack is dated 1 March: a page of 2 February could not report it.
    body = "Gunmen attacked a checkpoint on Friday, March 1, 2024, killing four police officers."
    found = publication(page("Four police killed", "03-02-2024 | 5:33 AM", body), today=TODAY)
    assert found[0] == "2024-03-02" and "2024-02-03 does not fit" in found[1]


def test_a_labelled_stamp_opening_a_line_is_read_whatever_follows():
    assert publication(page("date 2022-10-15 ajc logo", "Four police killed", BODY), today=TODAY)[0] == "2022-10-15"
    assert publication(page("date 2024-07-28 By AFP - Jul 28,2024 - Last updated at Jul 28,2024", "Four police killed", BODY), today=TODAY)[0] == "2024-07-28"
    assert publication(page("Four police killed", "Amina Yusuf (@amina_y) Published November 01, 2024 | 11:51 AM", BODY), today=TODAY)[0] == "2024-11-01"
    assert publication(page("Four police killed", "Lydia Chantler-Hicks6 October 2022", BODY), today=TODAY)[0] == "2022-10-06"
    assert publication(page("The Jakarta Globe, December 11, 2012", "Four police killed", BODY), today=TODAY)[0] == "2012-12-11"
    assert publication(page("Four police killed", "date 2025-06-15 \u2026Over 200 residents killed", BODY), today=TODAY)[0] == "2025-06-15"
    # the page's age after its date
    assert publication(page("date 2022-04-13 1h ago", "Four police killed", BODY), today=TODAY)[0] == "2022-04-13"
    # a source's credit in brackets after the stamp
    assert publication(page("date 2024-10-01 (HARBOURNEWS- Coast News ) Tarmu/ CN Six people were killed on Tuesday.", BODY), today=TODAY)[0] == "2024-10-01"
    # a headline opening with a figure
    body = "Gunmen fired on a bus on Sunday, killing nine pilgrims. On Monday, troops searched the hills."
    assert publication(page("date 2024-06-09 9 Pilgrims Killed, 33 Injured After Bus Attack", body), today=TODAY)[0] == "2024-06-09"
    # an embedded post's date is no stamp of the page
    tweet = "Pray for the families \u2014 Jane Doe (@janedoe) December 30, 2016"
    assert (publication(page("Four police killed", BODY, tweet), today=TODAY) or (None,))[0] != "2016-12-30"


def test_a_stamp_before_a_day_the_article_reports_is_no_date():
    body = "Four police officers were killed in a suicide bombing on Saturday, October 26, 2024, officials said."
    found = publication(page("Four police killed", "date 2024-10-08", body), today=TODAY)
    assert found[0] is None and "'date 2024-10-08' is before 'on Saturday, October 26, 2024'" in found[1]
    # the day given with its weekday and no year: in the stamp's year, since the weekday fits it
    body = "The director said the boat capsized at 2 am on Thursday (Aug 3), and the agency was told later."
    found = publication(page("Boat capsizes", "date 2023-06-08", body), today=TODAY)
    assert found[0] is None
    # a day still to come, or one a time zone away, leaves the stamp standing
    ahead = "The officers killed on Friday will be buried on Saturday, October 12, 2024, officials said."
    assert publication(page("Four police killed", "date 2024-10-08", ahead), today=TODAY)[0] == "2024-10-08"
    night = "Four police officers were killed late on Wednesday, October 9, 2024, officials said."
    assert publication(page("Four police killed", "date 2024-10-08", night), today=TODAY)[0] == "2024-10-08"


def test_an_undecided_stamp_leaves_the_date_unknown_and_names_both_readings():
    found = publication(page("Four police killed", "03-02-2024 | 5:33 AM", BODY), today=TODAY)
    assert found[0] is None and "2024-02-03 or 2024-03-02" in found[1]


def test_an_undecided_stamp_is_read_as_the_pages_settled_stamp_reads_its_digits():
    found = publication(page("Four police killed", "First published: 05/10/2023 - 08:15\nUpdated: Thursday, 05/10/2023 - 19:32", BODY), today=TODAY)
    assert found[0] == "2023-10-05" and "Thursday" in found[1]


def test_a_date_over_an_updated_line_is_the_pages_date_not_a_masthead():
    """A live page's "Sun 5 Mar 2028" under its headline, then "Last updated: Mon 6 Mar ...":
    the day it was opened, then the day it changed."""
    found = publication(page("DAILY STAR", "Home | National | Sport", "LIVE", "LIVE: Crush at the stadium in Kitwe – death toll rises to 12",
                             "Sun 3 Mar 2024", "Last updated: Mon 4 Mar 2024, 09:58 CAT", "Live coverage by Chomba Mulenga", BODY), today=TODAY)
    assert found[0] == "2024-03-03"


def test_a_live_page_last_updated_began_on_the_weekday_of_its_first_entry():
    """A live page whose only stamp is when it was last updated, its entries stamped with
    their weekdays ("16:25 BST, Saturday"): it began on the Saturday before the update."""
    found = publication(page("LIVE: Gunmen storm hotel in the capital", "Last updated 04.03.24",
                             "09:50 GMT\nThe siege is over, officials say.", "18:05 GMT, Sunday\nShooting goes on.",
                             "16:25 GMT, Saturday\nGunmen have stormed a hotel.", BODY), today=TODAY)
    assert found[0] == "2024-03-02" and "16:25 GMT, Saturday" in found[1]
    found = publication(page("LIVE: Gunmen storm hotel in the capital", "Last updated 04.03.24", "09:50 GMT\nThe siege is over.", BODY), today=TODAY)
    assert found[0] == "2024-03-04"


def test_a_weekday_with_its_date_in_an_editors_brackets_is_that_date():
    """ "on Tuesday [March 22]" inside a quotation pins Tuesday to 22 March: it is not a
    Tuesday counted on from a background date with a year ("the Nov. 13, 2015, attacks")."""
    body = ("The blasts occurred four days after the arrest in Brussels of a suspect in the Nov. 13, 2015, attacks in Paris, officials said.\n\n"
            "\u201cFighters carried out bombings on Tuesday [March 22] at the airport,\u201d the group's agency said.")
    found = publication(page("Blasts at airport", body), today=TODAY)
    assert found[0] is None and "2015-11-17" not in found[1]


def test_a_weekday_counted_on_to_a_day_before_a_later_month_the_text_names_decides_nothing():
    """A Monday counted on from "22 December 2022" lands before "approved in July 2023": the
    article was written later, so the count is not consistent with every dated mention."""
    body = ("The building collapsed on Monday, killing seven.\n\nThe developer submitted plans on 22 December 2022 and these were "
            "approved in July 2023, the mayor said.\n\nWorkers' names were provided on Monday for the rescue, he said.")
    found = publication(page("Rescue goes on at collapsed building", body), today=TODAY)
    assert found[0] is None and "July 2023" in found[1]


def test_an_images_file_name_dates_nothing():
    found = publication(page("Rescue goes on at collapsed building", "Whatsappimage2024 05 08at15.09.11", BODY), today=TODAY)
    assert found is None or found[0] is None


def test_a_date_heading_its_line_with_a_colon_is_no_stamp():
    # "On this day" pages: the day of the happening heads a line ("March 3 1998: ..."); the
    # byline's day, below it, is when the page was written
    text = ("On this day: the harbour fire\n\nMarch 3 1998: Fire on the quay\n\nBy Ann Lee, March 3, 2019\n\n"
            "It was a Tuesday evening when fire spread from a fishing boat to the warehouses of the old quay, killing seven workers.\n")
    assert publication(text, today=date(2026, 11, 30))[0] == "2019-03-03"
    assert stamp_prefix("March 3 1998: Fire on the quay") == 0
    assert stamp_prefix("date 2024-07-19 Lucknow: Three passengers were killed") > 0


def test_a_stamp_in_universal_time_takes_the_local_day_its_dateline_gives():
    """ "20 February 2024 22:15 GMT" is the 21st where "IRKUTSK, Feb 21 -" files the story
    (the evening in GMT, the next morning east of it); a dateline one day off the other
    way is no local day of an evening stamp."""
    lead = "Five mine workers were killed late on Sunday when a truck hit a bus, the operator said."
    found = publication(page("Five killed at mine", "20 February 2024 22:15 GMT", f"IRKUTSK, Feb 21 - {lead}"), today=TODAY)
    assert found[0] == "2024-02-21" and "local day" in found[1]
    found = publication(page("Five killed at mine", "20 February 2024 22:15 GMT", f"IRKUTSK, Feb 19 - {lead}"), today=TODAY)
    assert found[0] == "2024-02-20"


@pytest.mark.parametrize(
    ("stamp", "dateline", "local"),
    [
        ("February 21, 2024 3:15 AM UTC", "TIJUANA, Mexico, Feb 20 (Wire) -", "2024-02-20"),  # a morning in a 12-hour clock
        ("February 20, 2024 10:15 p.m. GMT", "IRKUTSK, Feb 21 -", "2024-02-21"),  # an evening in one
        ("2024-02-21T03:15:30Z", "TIJUANA, Mexico, Feb 20 (Wire) -", "2024-02-20"),  # the minutes are not the hour
    ],
)
def test_the_local_day_of_a_universal_stamp_in_other_clock_forms(stamp, dateline, local):
    lead = "Five mine workers were killed late on Sunday when a truck hit a bus, the operator said."
    found = publication(page("Five killed at mine", stamp, f"{dateline} {lead}"), today=TODAY)
    assert found[0] == local and "local day" in found[1]


def test_a_dateline_city_where_the_universal_stamp_falls_on_another_day_dates_the_filing_not_the_stamp():
    """"21 December 2025 06:51 GMT" is 07:51 on the 21st in Nsukka (GeoNames: Africa/Lagos), so
    "NSUKKA, Nigeria, Dec 20" is the day the story was filed, not the local day of that stamp;
    in Los Angeles the same stamp is still the 20th."""
    lead = "A crush at a food distribution killed at least 11 people on Saturday, police said."
    found = publication(page("Crush kills 11", "21 December 2025 06:51 GMT", f"NSUKKA, Nigeria, Dec 20 (AfriWire) \u2014 {lead}"), today=TODAY)
    assert found is not None and found[0] == "2025-12-21"
    found = publication(page("Crush kills 11", "21 December 2025 06:51 GMT", f"LOS ANGELES, Dec 20 (AfriWire) \u2014 {lead}"), today=TODAY)
    assert found is not None and found[0] == "2025-12-20" and "local day" in found[1]


def test_a_date_a_dash_after_the_byline_dates_the_article():
    found = publication(page("Teen dies in crush", "By Nurul Syahirah Azmi - January 25, 2026 @ 10:31am", BODY), today=TODAY)
    assert found is not None and found[0] == "2026-01-25"


def test_a_stamp_after_a_byline_and_a_bar_with_space_on_one_side_dates_the_article():
    found = publication(page("Four police killed", "Amina Yusuf   |23.05.2024 - Update : 23.05.2024 14:05", BODY), today=TODAY)
    assert found[0] == "2024-05-23"


def test_an_archives_capture_date_is_no_publication_date():
    found = publication(page("WEB ARCHIVE | Saved copy | Captured 14 Jan 2025 10:22:15 UTC | This is an archived page.",
                             "Four police killed", BODY), today=TODAY)
    assert found is None or found[0] != "2025-01-14"


def test_a_masthead_date_above_the_headline_is_not_the_publication_date():
    for masthead in ("Monday, June 16, 2025", "MONDAY, June 16, 2025"):
        found = publication(page(masthead, "Four police killed", BODY), today=TODAY)
        assert found is None or found[0] != "2025-06-16"


def test_a_labelled_date_above_the_headline_is_the_stamp_in_other_languages_too():
    """ "Publié le 16 juin 2025" over the headline says it is the story's date, as "Published" does."""
    for stamp in ("Published June 16, 2025", "Publi\u00e9 le 16 juin 2025", "Publicado el 16 de junio de 2025", "Pubblicato il 16 giugno 2025"):
        found = publication(page(stamp, "Four police killed", BODY), today=TODAY)
        assert found is not None and found[0] == "2025-06-16", stamp


def test_a_date_with_its_time_above_the_headline_is_the_stamp():
    """A masthead date carries no time; a stamp printed above the headline does."""
    found = publication(page("Tuesday 10 June 2025 10.01 BST", "Four police killed in ambush", BODY), today=TODAY)
    assert found[0] == "2025-06-10"


def test_a_print_pages_running_head_dates_the_edition():
    """A PDF copy's running head: the paper's name in capitals, then its edition's date after
    a run of spaces or a middle dot, and the page number: the day it was published."""
    for head in ("THE VALLEY COURIER                    Friday, October 10, 2025",
                 "THE VALLEY COURIER \u00b7 Friday, October 10, 2025                 3"):
        found = publication(page(head, "Four police killed in ambush", BODY), today=TODAY)
        assert found is not None and found[0] == "2025-10-10"


def test_a_print_pages_date_line_with_its_page_number_above_the_headline_dates_the_edition():
    """ "Thu, Mar 11, 2024 · Page 2" over a headline is a print edition's date line, not a
    masthead's day the page was seen."""
    for line in ("Thu, Mar 14, 2024 \u00b7 Page 2", "14 March 2024 | p. 4"):
        found = publication(page("THE VALLEY COURIER", line, "Four police killed in ambush", BODY), today=TODAY)
        assert found is not None and found[0] == "2024-03-14"


def test_a_site_clock_with_its_time_is_no_stamp():
    """ "Local time: 06:26" beside the date is the site's clock, when the page was seen."""
    found = publication(page("Jumanne, Januari 31, 2023 Local time: 06:26", "Four police killed in ambush", BODY), today=TODAY)
    assert found is None or found[0] != "2023-01-31"
    found = publication(page("Tuesday, January 31, 2023 Current time: 06:26", "Four police killed in ambush", BODY), today=TODAY)
    assert found is None or found[0] != "2023-01-31"


def test_a_dateline_without_a_year_takes_the_one_year_the_article_fixes():
    text = page(
        "Two killed in drone attack",
        "NOVA KAKHOVKA, January 15. /TIA/. Two civilians were killed on Sunday, January 14, officials said.",
        "It was the first deadly strike on the town in 2024.",
    )
    assert publication(text, today=TODAY)[0] == "2024-01-15"


@pytest.mark.parametrize(
    "dateline",
    ["NEW DELHI, January 5, 2024 (IANS) -", "MOGADISHU, Somalia, Jan. 5, 2024 (AP) —", "Kaduna, Nigeria, 5 January 2024 (AFP) -",
     "Port Halden January 5, 2024 (HN) \u2013"],
)
def test_a_dateline_with_its_year_dates_the_article(dateline):
    """A date's own comma ("January 5, 2024") is not a second part of the place."""
    found = publication(page("Four police killed", f"{dateline} {BODY}"), today=TODAY)
    assert found[0] == "2024-01-05" and found[1].startswith("text:")


def test_a_dateline_whose_year_is_open_leaves_the_date_unknown():
    text = page(
        "Drone strike kills 14",
        "KADUNA, Nigeria, March 3 (Reuters) - A drone strike killed 14 people late on Saturday, residents said.",
        "Bandits raided the same village in October 2023.",
    )
    found = publication(text, today=TODAY)
    assert found[0] is None and "gives no year" in found[1]


def test_a_background_date_without_a_year_anchors_no_inference():
    """A day-month with no year and no weekday of its own is not a reason to guess a year."""
    text = page("Strike on town", "A drone struck the town on Monday. The last strike, on December 28, killed one.")
    assert publication(text, today=TODAY) is None


def test_a_stamp_sharing_its_line_with_a_byline_dates_the_article():
    found = publication(page("Four police killed", "By Amina Yusuf | March 5, 2024 10:30 AM", BODY), today=TODAY)
    assert found == ("2024-03-05", "text: 'March 5, 2024 10:30 AM'")


def test_a_labelled_stamp_opening_the_lead_line_dates_the_article_and_leaves_the_lead():
    """Pages flattened to text put the stamp on the lead's own line."""
    lead = "date 2024-07-19 Mombasa: Four people were killed when a lorry hit a minibus on Thursday, police said."
    text = page("Lorry crash kills four", lead)
    assert publication(text, today=TODAY) == ("2024-07-19", "text: 'date 2024-07-19'")
    furniture = [text[r.start : r.end] for r in find_furniture(text)]
    assert furniture == ["date 2024-07-19"]


def test_a_labelled_stamp_above_the_story_in_two_forms_dates_the_article():
    """Labelled, a date above the headline is the story's stamp, not the masthead's date."""
    found = publication(page(" date 2017-01-30 30 January 2017", "The Evening Ledger", "Four police killed in ambush", BODY), today=TODAY)
    assert found is not None and found[0] == "2017-01-30"


def test_a_month_stamp_opening_the_lead_is_page_text_that_dates_nothing():
    lead = "date 2021-05 Justice Ana Costa asked for a report on the raid, her office said."
    text = page("Raid leaves 25 dead", lead)
    assert [text[r.start : r.end] for r in find_furniture(text)] == ["date 2021-05"]
    assert publication(text, today=TODAY) is None


def test_a_stamp_labelled_on_its_line_outranks_a_related_story_s_date():
    """A list of other stories with their dates above the story; its own stamp is the
    date labelled "Published in <section>"."""
    text = page("More Top Stories", "Court", "Alleged robber in remand", "27 April 2024", "National",
                "Civil servants told not to take part in tribal fights", "Tuesday 19 April 2016 | Published in Regional", BODY)
    assert publication(text, today=TODAY)[0] == "2016-04-19"


def test_no_weekday_is_counted_on_from_events_the_text_says_lie_years_back():
    text = page("Gunman sentenced", "The shooting on Jan. 8, 2011 killed six people nearly two years ago. "
                "On Thursday morning a judge sentenced the gunman to life.")
    found = publication(text, today=TODAY)
    assert found is None or found[0] is None


def test_no_weekday_is_counted_on_from_the_events_a_court_hears_of():
    """A trial is held long after the stabbing it hears of: "at the court on Monday" is no
    day after "on May 22nd, 2022"."""
    text = page("Man tells jury he was 'jabbing back' with knife", "He pleaded not guilty to the murder of his friend in Tralee on May 22nd, 2022. "
                "At the Central Criminal Court on Monday, a detective gave evidence.")
    found = publication(text, today=TODAY)
    assert found is None or found[0] is None


@pytest.mark.parametrize("line", ["The Best Online Bookmakers July 14 2024", "Posted by the desk on Sunday, July 14, 2024 at 09:12 in World News and Features"])
def test_no_weekday_is_counted_on_from_a_date_outside_narration(line):
    """A date on a short line (a stamp, an advertisement) or beside a clock time is no
    narration to count "Friday" on from (it would give 2024-07-19)."""
    text = page("Gunmen kill four at mosque", line, "Gunmen opened fire on worshippers on Friday, killing four people, police said.")
    found = publication(text, today=TODAY)
    assert found is None or found[0] != "2024-07-19"


def test_an_unlabelled_date_opening_the_headline_line_is_a_masthead_date():
    found = publication(page("Monday, June 16, 2025 Four police killed in ambush", BODY), today=TODAY)
    assert found is None or found[0] != "2025-06-16"


@pytest.mark.parametrize("line", ["January 5, 2024 was the deadliest day of the year for the city.", "2024-07-19: a day of mourning"])
def test_prose_opening_with_a_date_is_not_cut(line):
    assert stamp_prefix(line) == 0


@pytest.mark.parametrize("line", ["date 2023-06-17 On Friday, gunmen attacked a school.", "date 2017-05-10 A man was killed.",
                                  "date 2023-10-11 TARMU (Oct 11): A fire broke out."])
def test_a_stamp_stops_where_the_text_begins(line):
    assert stamp_prefix(line) == len("date 2023-06-17")


def test_an_edition_date_above_the_headline_dates_the_paper():
    """A bare date above the story is when the page was seen; the paper's edition is its day."""
    found = publication(page("The Evening Ledger", "Saturday, 28 November 2026 \u2014 Evening edition", "Four police killed in ambush", BODY), today=TODAY)
    assert found[0] == "2026-11-28"


def test_a_weekday_is_counted_on_only_from_a_day_whose_year_is_written():
    """From "on January 30" (its year worked out from other years named), "said Tuesday"
    gave wrong dates on real pages: the day only bounds the date."""
    worked_out = "In 2016 the militia rose up. Gunmen killed nine people on January 30. A local leader said Tuesday the toll had risen."
    found = publication(page("Nine killed in village", worked_out), today=TODAY)
    assert found is not None and found[0] is None and "on or after" in found[1]
    written = "Gunmen killed nine people on Monday, January 30, 2017. A local leader said Tuesday the toll had risen."
    # (and that first sentence is no dateline: "Gunmen killed nine people on Monday" is no place)
    assert publication(page("Nine killed in village", written), today=TODAY)[0] == "2017-01-31"


def test_a_weekday_just_before_the_anchors_is_the_day_before_not_six_days_on():
    """"On Saturday, December 16th ... first reported on Friday": the Friday before; counted
    on, it gave 2023-12-22 on a real page. Only a weekday up to COUNT_ON_DAYS ahead is counted."""
    text = page("Two shot dead in forest", "On Saturday, December 16th, 2023, police confirmed the deaths of a man and a baby, "
                "first reported on Friday in the woods east of the city.")
    found = publication(text, today=TODAY)
    assert found is not None and found[0] is None and "on or after 2023-12-16" in found[1]
    ahead = "On Saturday, December 16th, 2023, police confirmed the deaths. The suspect was charged on Tuesday."
    assert publication(page("Two shot dead in forest", ahead), today=TODAY)[0] == "2023-12-19"


def test_no_weekday_is_counted_on_from_the_start_of_a_state_that_goes_on():
    """"a siege since May 10, 2024" is no recent day: "late Saturday" is not counted on from it
    (it gave 2024-05-11 on a real page written a year later)."""
    text = page("Official killed in drone strike", "The governor was killed late Saturday when a drone struck his home in the city. "
                "Rebels have maintained a siege on the city since May 10, 2024, despite repeated warnings.")
    found = publication(text, today=TODAY)
    assert found is None or found[0] is None


def test_no_weekday_is_counted_on_from_the_day_a_tragedy_is_measured_against():
    """"the greatest tragedy since the great earthquake and tsunami of February 27, 2010" dates
    the earthquake: "starting this Monday" is not counted on from it (2010-03-01 on a real
    page about fires fourteen years later)."""
    text = page("Fires kill dozens", "The tragedy, said the president, is the greatest the country has seen since the great "
                "earthquake and tsunami of February 27, 2010, which caused hundreds of victims. "
                "The president has declared two days of national mourning starting this Monday.")
    found = publication(text, today=TODAY)
    assert found is None or found[0] is None


def test_a_day_with_its_weekday_but_no_year_anywhere_dates_nothing():
    """"Monday, July 29" fell in 2013, 2019 and 2024: counted back from today, archived
    pages were dated years late. With a year the text names, the day is found from it."""
    undated = "Troops repelled a dawn attack, the army said in a Monday, July 29 release. The group claimed the attack on Wednesday."
    found = publication(page("Troops repel dawn attack", undated), today=TODAY)
    assert found is None or found[0] is None
    dated = "The town was first attacked in 2019. Troops repelled a dawn attack, the army said in a Monday, July 29 release. The group claimed the attack on Wednesday."
    assert publication(page("Troops repel dawn attack", dated), today=TODAY)[0] == "2019-07-31"


def test_a_masthead_date_that_is_the_day_the_story_reports_dates_it():
    """Seen on the day it reports, a page was published that day: the masthead date bounds
    publication from above, the day reported from below."""
    same = "On January 13, at 1:10 a.m., warplanes struck the depot, killing nine people, officials said."
    found = publication(page("Jan 13 2021", "Nine killed in strikes on depot", same), today=TODAY)
    assert found[0] == "2021-01-13" and "January 13" in found[1]
    earlier = same.replace("January 13", "January 11")
    found = publication(page("Jan 13 2021", "Nine killed in strikes on depot", earlier), today=TODAY)
    assert found is None or found[0] is None


def test_a_weekday_is_not_counted_on_from_a_background_date():
    # the story's Wednesday in the lead; a date with its year further down is background
    body = ("Gunmen fired on a plane as it landed at a remote airstrip on Wednesday, killing the pilot.\n\n"
            "In a similar case, a pilot was taken hostage in the highlands on February 7, 2023.")
    found = publication(page("Pilot killed in airstrip attack", body), today=TODAY)
    assert found is None or found[0] is None
    # a Wednesday the text dates itself ("on Wednesday, July 24", its year unknown) is that day,
    # not the Wednesday after another date
    body = ("A new fire broke out at the port on Wednesday, July 24, four days after air strikes on Saturday, July 20.\n\n"
            "Earlier on Wednesday, local media reported an explosion. The rebels began attacks on shipping on November 21, 2023.")
    found = publication(page("New fire at port", body), today=TODAY)
    assert found is None or found[0] != "2023-11-22"


def test_a_timeline_is_not_dated_by_its_first_entry():
    text = ("Timeline of the attacks\n\nOct. 12, 2002 Bombs kill 202 people in two nightclubs on the island.\n\n"
            "Nov. 28, 2002: A hotel on the coast is bombed, killing 13 people.\n\nMarch 19, 2003 Air strikes begin on the capital\n")
    found = publication(text, today=TODAY)
    assert found is None or found[0] is None


@pytest.mark.parametrize(
    "dateline",
    ["New York, 5 January 2024", "Monrovia, Liberia \u2013 January 5, 2024", "Monrovia \u2013 Friday, January 5, 2024 \u2013"],
)
def test_a_releases_dateline_alone_or_with_a_dash_dates_the_article(dateline):
    lines = (dateline, BODY) if not dateline.endswith("\u2013") else (f"{dateline} {BODY}",)
    found = publication(page("Statement on the attack", *lines), today=TODAY)
    assert found[0] == "2024-01-05" and found[1].startswith("text:")


@pytest.mark.parametrize("line", ["5 January 2024 at 21:14 \u00b7", "9:02 PM \u00b7 Jan 5, 2024"])
def test_an_embedded_posts_date_line_is_no_stamp_of_the_page(line):
    found = publication(page("Four police killed", BODY, "Emergency Room Kutum", line, "Six drivers were killed near the town."), today=TODAY)
    assert found is None or found[0] != "2024-01-05"


def test_a_labelled_stamp_with_a_middle_dot_stays_the_pages():
    found = publication(page("Four police killed", "Published 9:02 PM \u00b7 Jan 5, 2024", BODY), today=TODAY)
    assert found[0] == "2024-01-05"


@pytest.mark.parametrize("head, day", [
    ("THE DAILY COURIER - Thursday, 12 March 2026                  3", "2026-03-12"),
    ("THE COURIER   Saturday, May 23, 2026                      NATION   3", "2026-05-23"),
    ("4                                    THE DAILY COURIER - Thursday, 12 March 2026", "2026-03-12"),
])
def test_a_printed_pages_running_head_dates_its_edition(head, day):
    """Text taken from a print edition keeps the running head over each page: the paper's
    name, the edition's date and the page number, set apart by wide gaps."""
    found = publication(page(head, "Four police killed", BODY), today=TODAY)
    assert found is not None and found[0] == day


def test_stamps_over_each_post_of_a_channel_are_stamps_not_a_timeline():
    """A channel copied post by post: each post under its own stamp line; the first stamp
    dates the page, as a live page's opening does."""
    text = page("Police Division 7", "14-03-2026 | 9:07 PM", "Fire at the landing; arson suspected.", BODY,
                "14-03-2026 | 11:26 PM", "UPDATE: The fire is under control.", "15-03-2026 | 8:12 AM",
                "Three men are in custody.", "15-03-2026 | 4:05 PM", "Anyone with information should call the police.")
    found = publication(text, today=TODAY)
    assert found is not None and found[0] == "2026-03-14"


def test_a_stamp_with_its_byline_after_the_date():
    for stamp, day in (("Posted on October 23, 2026 by Mark Llanes", "2026-10-23"), ("Published 3 March 2026 by Anne Roy", "2026-03-03")):
        found = publication(page("Four police killed", stamp, BODY), today=TODAY)
        assert found is not None and found[0] == day


def test_a_time_with_its_offset_from_gmt_is_local_not_universal():
    """"11:52 PM GMT+8" is already the local time: the dateline's next day is not its day."""
    text = page("Bus plunges into gorge", "Updated 11:52 PM GMT+8, January 23, 2027",
                "BAGUIO, Philippines, Jan. 24 (AP) \u2014 A bus plunged into a gorge late on Saturday, killing 14 people, police said.")
    found = publication(text, today=TODAY.replace(year=2027, month=11))
    assert found is not None and found[0] == "2027-01-23"
