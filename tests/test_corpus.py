"""The project's own corpus (tests/data/corpus): articles written for the project in
many outlets' styles, regions and naming traditions, with gold annotations in the
seeds' format. The dev part and the fresh parts (written later, to find where rules
tuned on dev fail on other regions and layouts; used freely since) are tested here;
the held-out part is only scored (`make eval-heldout`), never tested against, so it
keeps measuring generalisation."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from summarizer.evaluate import evaluate, load_gold
from summarizer.scoring import Ratio, furniture_recognised

CORPUS = Path(__file__).parent / "data" / "corpus"
DEV = CORPUS / "dev.gold.json"
FRESH = CORPUS / "fresh.gold.json"


def test_the_gold_files_are_consistent_with_their_articles():
    result = subprocess.run([sys.executable, str(CORPUS / "check_gold.py")], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_check_gold_checks_only_the_parts_named():
    """`check_gold.py fresh` checks one part (so the held-out part need not be read);
    a part with no gold file is an error naming the file."""
    script = str(CORPUS / "check_gold.py")
    fresh = subprocess.run([sys.executable, script, "fresh"], capture_output=True, text=True)
    assert fresh.returncode == 0, fresh.stdout
    assert fresh.stdout.splitlines()[-1].startswith("fresh.gold.json: ok (14 articles")
    assert "dev.gold.json" not in fresh.stdout
    missing = subprocess.run([sys.executable, script, "nosuchpart"], capture_output=True, text=True)
    assert missing.returncode == 1
    assert "nosuchpart.gold.json" in missing.stdout


@pytest.fixture(scope="module")
def dev_scores():
    return evaluate(DEV, extractions="gold")


@pytest.fixture(scope="module")
def fresh_scores():
    return evaluate(FRESH, extractions="gold")


def test_fresh_part_dates_attribution_and_events(fresh_scores):
    assert fresh_scores.overall.published_wrong == 0
    # of 14: a dateline without a year, and two stamps whose day and month could swap
    assert fresh_scores.overall.published.hit >= 11
    assert fresh_scores.overall.speaker_alarms == 0
    assert fresh_scores.events.pair_f1 == 1.0


@pytest.mark.parametrize("part", ["fresh2", "fresh3", "fresh4"])
def test_later_fresh_parts_dates_attribution_and_events(part):
    scores = evaluate(CORPUS / f"{part}.gold.json", extractions="gold")
    assert scores.overall.published_wrong == 0
    assert scores.overall.published.hit >= 13  # of 14: a dateline without a year the article fixes
    assert scores.overall.speaker_alarms == 0
    assert scores.events.pair_f1 == 1.0


def furniture_found(part: str) -> Ratio:
    """The part's gold boilerplate strings that lie inside a furniture range."""
    gold = load_gold(CORPUS / f"{part}.gold.json")
    return sum(
        (furniture_recognised((CORPUS / part / f"{article_id}.txt").read_text(encoding="utf-8"), art["boilerplate"])
         for article_id, art in gold["articles"].items()),
        Ratio(),
    )


def test_fresh5_part_dates_attribution_and_events():
    """fresh5 (wire and international outlets on conflict), after the fixes it drove
    (speaker alarms 12 -> 0, furniture 69 -> 100 of 103)."""
    scores = evaluate(CORPUS / "fresh5.gold.json", extractions="gold")
    assert scores.overall.published_wrong == 0
    # of 14: a state-media dateline without a year ("BELGOROD, November 3. /TASS/.")
    assert scores.overall.published.hit >= 13
    # (the last, "up from the “more than 20” that officials had cited", is the officials' now)
    assert scores.overall.speaker_alarms == 0
    assert scores.events.pair_precision.value == 1.0
    # 17 of 20: "a base in Iraq's Kurdistan region" is not known to hold the named camp
    assert scores.events.pair_recall.hit >= 17
    assert scores.events.conflicts.value == 1.0
    assert scores.overall.leaks == 0


def test_fresh6_part_dates_attribution_events_and_furniture():
    """fresh6 (regional and local outlets; accidents and crime), after the fixes it drove
    (speaker alarms 5 -> 0, dates 12 -> 14 of 14, furniture 118 -> 149 of 150)."""
    scores = evaluate(CORPUS / "fresh6.gold.json", extractions="gold")
    assert scores.overall.published_wrong == 0
    assert scores.overall.published.hit == 14
    assert scores.events.pair_f1 == 1.0
    assert scores.overall.speaker_alarms == 0
    assert scores.events.conflicts.value == 1.0

def test_fresh7_part_holds_its_ground_and_pins_the_gaps_it_found():
    """fresh7 (international wire and newspaper reporting of armed violence) misses the
    targets the other fresh parts meet, so it is not in their lists: this pins what holds
    and the measured gaps (each reviewed against the gold), so a fix or a regression shows."""
    scores = evaluate(CORPUS / "fresh7.gold.json", extractions="gold")
    assert scores.overall.published_wrong == 0
    assert scores.events.pair_precision.value == 1.0
    assert scores.overall.quote_precision.value == 1.0
    # 12 of 14 (d14 has no date: rightly unknown). Missed: a day-first "Issued on:
    # 07/10/2026" whose text's "Wednesday" settles the order, and a TASS dateline with
    # no year under a "© TASS 2026" footer.
    assert scores.overall.published.hit >= 12
    # No false alarm since guillemets open sentences (with French spacing too), a name
    # after two descriptions ("said one of them, a village chief from X, Name") is the
    # subject, and a low-high mark ends one ("citing „sources ...“"); there were 5.
    assert scores.overall.speaker_alarms == 0
    # 12 of 19: "Mangochar, Kalat district" is not known to lie in "Balochistan" (a03, and
    # a04's background mention), nor "Nacolo" in "northern Mozambique" (b08's mention).
    assert scores.events.pair_recall.hit >= 12
    # 2 of 3: the Kalat highway conflict lacks the police's 12 of the ungrouped a03.
    assert scores.events.conflicts.hit >= 2
    # 1 "leak" of the scorer's own: a01's comment-box "Closed" is a substring of the
    # ABL's quoted "a closed road for the enemy".
    assert scores.overall.leaks <= 1
    found = furniture_found("fresh7")
    # 91 of 93 (85 before bars between sections took abbreviations and lower-case words, a
    # cookie banner could open with its question, and "Save" and "4 mins" stood alone): left
    # are Reuters' tagline and RIA's aggregator prompt.
    assert found.hit >= 91, f"{found.hit}/{found.total}"



def test_fresh9_part_holds_its_ground_and_pins_the_gaps_it_found():
    """fresh9 (how a speaker is introduced and referred to over long wire prose about
    attacks and accidents) misses the targets the other fresh parts meet, so it is not in
    their lists: this pins what holds and the measured gaps (each reviewed against the
    gold), so a fix or a regression shows."""
    scores = evaluate(CORPUS / "fresh9.gold.json", extractions="gold")
    assert scores.overall.published_wrong == 0
    # 13 of 14 (d13 has no date: rightly unknown). Missed: a day-first "09/11/2026 18:40"
    # whose text's "Monday" settles the order.
    assert scores.overall.published.hit >= 13
    assert scores.overall.quote_precision.value == 1.0
    # 1 false alarm (9 when measured; the nested shout after "were shouting" and the words
    # after "had told them" go to their own speakers, "he" after "The police commander for
    # Potosí, Col. Name," is no longer the place, a quote split across a caption and given
    # by "Those were the words of Name" is his, "he" after "according to Name, a teacher ...,
    # who said" is Name and "she" after "Her neighbour, who asked not to be named," the
    # neighbour, and the gold's bare "she" is true as written): an answer to a reporter's
    # question split across "Advertisement" with the speaker only in the next paragraph
    # ("Diallo spoke from a bench ...") is his now too: none left.
    assert scores.overall.speaker_alarms == 0
    assert scores.events.pair_precision.value == 1.0
    # 23 of 24: "the Potosí-Oruro road" is not matched with "Potosí" and "Oruro".
    assert scores.events.pair_recall.hit >= 23
    assert scores.events.conflicts.value == 1.0
    assert scores.overall.leaks == 0
    found = furniture_found("fresh9")
    # 103 of 112: menu lines of "|"-separated sections (AP, a British paper's with "Sign in",
    # two with Cyrillic or Arabic language links), Reuters' tagline, a wire's name line, AP's
    # "contributed to this report" line, a cookie banner ending "Reject all | Settings".
    assert found.hit >= 103, f"{found.hit}/{found.total}"


def test_fresh10_part_holds_its_ground_and_pins_the_gaps_it_found():
    """fresh10 (military strikes and raids reported through competing statements: an
    army's Telegram statement, the struck side's media office, a ministry run by one
    side, a UN mission, residents) misses targets the other fresh parts meet: this pins
    what holds and the measured gaps (each reviewed against the gold), so a fix or a
    regression shows."""
    scores = evaluate(CORPUS / "fresh10.gold.json", extractions="gold")
    assert scores.overall.published_wrong == 0
    assert scores.overall.quote_precision.value == 1.0
    # 13 of 14 (b08 has no date: rightly unknown). Missed: a day-first "Published on:
    # 07/05/2027 - 14:20" under a dateline "JAYAPURA, Indonesia, May 7 (AFP) -" that
    # settles the order.
    assert scores.overall.published.hit >= 13
    # no false alarm (6 when measured; the funeral chant after "joined the funeral, chanting",
    # the shout "with people shouting", the nested shout after "The neighbours shouted to us,",
    # "it said" after a statement issued jointly with a coordinator, graffiti "sprayed"
    # by settlers and "It said" for a General Staff now go to their own speakers).
    assert scores.overall.speaker_alarms == 0
    assert scores.events.pair_f1 == 1.0
    # 3 of 4: the Bézéré toll, government 8 against MINUSCA 9, is split by the scopes'
    # wording ("civilians; among them four children" / "civilians, including four children").
    assert scores.events.conflicts.hit >= 4  # of 4 (a scope that is a note narrows nothing)
    assert scores.overall.leaks == 0
    found = furniture_found("fresh10")
    # 133 of 137: Reuters' tagline, a menu line with a Cyrillic language link, a byline of
    # two names with the outlet in brackets and no "By", a caption opening "Caption:".
    assert found.hit >= 133, f"{found.hit}/{found.total}"


def test_fresh11_part_holds_its_ground_and_pins_the_gaps_it_found():
    """fresh11 (one happening reported day by day by national and local outlets: a first
    report, an update with a new toll, a follow-up with names and reactions) misses targets
    the other fresh parts meet: this pins what holds and the measured gaps (each reviewed
    against the gold), so a fix or a regression shows."""
    scores = evaluate(CORPUS / "fresh11.gold.json", extractions="gold")
    assert scores.overall.published_wrong == 0
    # 14 of 14 (c10 has no date: rightly unknown).
    assert scores.overall.published.hit == 14
    assert scores.overall.quote_precision.value == 1.0
    # 1 false alarm (6 when measured; "Kwarpo said the village ..." then "he said" is Kwarpo
    # now, and so is a quote's second paragraph under "Name, the village head:"; the gold's
    # bare "he" and "it" are true as written; a press secretary's statement wording the
    # governor's order is the secretary's too): a slogan posted on social media with no one named.
    assert scores.overall.speaker_alarms <= 1
    assert scores.events.pair_f1 == 1.0
    # 3 of 4: the Chiatura wounded, interior ministry 24 ("among them nine police
    # officers") against the strike committee's 41 ("most of them by rubber bullets"),
    # is split by the scopes' wording.
    assert scores.events.conflicts.hit >= 4  # of 4 (a scope that is a note narrows nothing)
    assert scores.overall.leaks == 0


def test_fresh8_part_holds_its_ground_and_pins_the_gaps_it_found():
    """fresh8 (Niger's Tillabéri, Benguet, Kurram and the Araucanía; wire, national and
    local outlets) misses targets the other fresh parts meet: this pins what holds and
    the measured gaps (each reviewed against the gold), so a fix or a regression shows."""
    scores = evaluate(CORPUS / "fresh8.gold.json", extractions="gold")
    assert scores.overall.published_wrong == 0
    assert scores.overall.quote_precision.value == 1.0
    assert scores.events.pair_precision.value == 1.0
    # 12 of 14 (b08 has no date: rightly unknown). Missed: a day-first "Issued on:
    # 10/02/2027" whose text's "Wednesday" settles the order, and a dateline with no
    # year ("TEMUCO, Mar 17 (Agencia Sur) -") under a "© 2027" footer.
    assert scores.overall.published.hit >= 12
    # 2 false alarms (9 when measured; "they" after "Tribal elders in X, the district's main
    # town," and "he" after "An injured passenger, who did not want to be named," hold, and
    # so do "The words were those of X", a quotation followed in its paragraph by "X,
    # president of ..., said", and "He" opening words nested in a quotation, which is the kin
    # its paragraph names, "her husband"): "They told me, ‘...’ That was a senior officer
    # talking", named only after, and "A group calling itself X ..., which read:" are read now: none left.
    assert scores.overall.speaker_alarms == 0
    # 17 of 19: "Kurram" (c10) is not known to hold "Bagan" or "Lower Kurram".
    assert scores.events.pair_recall.hit >= 17
    # 3 of 4: the Bagan conflict needs the ungrouped c10.
    assert scores.events.conflicts.hit >= 3
    # 1 "leak" of the scorer's own: a02's section label "SECURITY" is a substring of the
    # head of state's "the security of the roads".
    assert scores.overall.leaks <= 1


def test_dev_publication_dates_are_never_wrong(dev_scores):
    assert dev_scores.overall.published_wrong == 0
    assert dev_scores.overall.published.hit >= 26  # of 28: two have no year the article fixes


def test_dev_correct_attributions_raise_no_alarm(dev_scores):
    assert dev_scores.overall.speaker_alarms == 0


def test_dev_events_and_conflicts(dev_scores):
    assert dev_scores.events.pair_f1 >= 0.95
    assert dev_scores.events.pair_precision.value == 1.0
    # 17 of 18. Missed: a gold conflict between a figure scoped to soldiers and one the
    # gold leaves unscoped.
    assert dev_scores.events.conflicts.hit >= 17


@pytest.mark.parametrize("part", ["dev", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh8", "fresh11"])
def test_page_furniture_is_recognised(part):
    """Nearly every boilerplate string the gold lists lies inside a furniture range.
    Left: captions with no marker under no credit line."""
    found = furniture_found(part)
    assert found.value >= 0.95, f"{found.hit}/{found.total}"


def test_fresh12_part_holds_its_ground_and_pins_the_gaps_it_found():
    """fresh12 (47 attribution forms: written words and their writers, nested and relayed
    quotations, interviews, posts, two unnamed officials; a prison riot, a capsizing, a gas
    explosion, a lynching) misses targets the other fresh parts meet: this pins what holds
    and the measured gaps (each reviewed against the gold), so a fix or a regression shows."""
    scores = evaluate(CORPUS / "fresh12.gold.json", extractions="gold")
    assert scores.overall.published_wrong == 0
    assert scores.overall.published.hit >= 13  # of 14 (b07 has no date: rightly unknown)
    assert scores.overall.quote_precision.value == 1.0
    # 2 false alarms (8 when measured; "X's older brother, Y, on the veranda:" is Y; "she had
    # called the emergency line" is no speech; a headline's quotation is checked where the
    # body quotes it in other case; a son's first-person paragraphs after narration of him
    # are his; words opening with their verb after "and" are the neighbour's who told PAP;
    # "an officer ... can be heard telling" speaks): a text message "That message ... reads:"
    # given to the mother named last.
    assert scores.overall.speaker_alarms <= 1
    assert scores.events.pair_f1 == 1.0
    # 2 of 6: two sources' tolls within one article (a union's 21 against the department's
    # 14, an MP's 38 against the government's 31, a hospital's 14 against the fire
    # service's 12) and a count of people on board, which the ledger does not keep.
    assert scores.events.conflicts.hit >= 4  # of 6 (a scope that is a note narrows nothing)
    # 1 "leak" of the scorer's own: a menu label "LAW" inside a police officer's words.
    assert scores.overall.leaks <= 1


def test_fresh13_part_holds_its_ground():
    """fresh13 (naming traditions: family name first, single names, Spanish and Portuguese
    double surnames and particles, Burmese honorifics, "bin" and "a/p"; a bridge collapse, a
    factory fire, a bus attack, a gold-pit collapse): no false alarm (11 when measured: a
    Spanish father's surname, an age after a name, "complained", people heard shouting, a
    note found and what it read, straight quotes nested in guillemets, "it" in an embassy's
    own sentence, an order worded in a statement, "one of them shouted, according to")."""
    scores = evaluate(CORPUS / "fresh13.gold.json", extractions="gold")
    assert scores.overall.published_wrong == 0
    # 12 of 14 (c11 has no date: rightly unknown; "First published: 05/10/2027" is read as
    # "Updated: Tuesday, 05/10/2027" below it reads). Left unknown: two day-first stamps
    # ("04-10-2027 | 11:05 AM", "07/11/2027 10h32") that only the story's weekdays settle.
    assert scores.overall.published.hit >= 12
    assert scores.overall.quote_precision.value == 1.0
    assert scores.overall.speaker_alarms == 0
    assert scores.events.pair_f1 == 1.0
    assert scores.events.conflicts.value == 1.0
    # 3 "leaks" of the scorer's own: menu labels ("Search", "SURINAME") inside quotations
    # and a description.
    assert scores.overall.leaks <= 3


def test_fresh14_part_holds_its_ground_and_pins_the_gaps_it_found():
    """fresh14 (quotation layouts: quotations of several paragraphs, untagged paragraphs
    after an introduction, a live blog, a briefing transcript, headline and standfirst
    quotations, pull quotes; a school shooting, a stadium crush, a derailment, a siege)
    misses targets the other fresh parts meet: this pins what holds and the measured gaps
    (each reviewed against the gold), so a fix or a regression shows."""
    scores = evaluate(CORPUS / "fresh14.gold.json", extractions="gold")
    # 0 wrong (2 when measured: a live page's "Sun 5 Mar" over "Last updated: Mon 6 Mar", and
    # a GMT evening stamp under a next-day local dateline). 12 of 14 (b07 has no date:
    # rightly unknown); left unknown: two day-first stamps only the story's weekdays settle.
    assert scores.overall.published_wrong == 0
    assert scores.overall.published.hit >= 12
    assert scores.overall.quote_precision.value == 1.0
    # 1 false alarm (5 when measured; her Swedish words after "Then, in Swedish, ...:" go on
    # with her): a headline quoting in English the words a mother says below in Swedish.
    assert scores.overall.speaker_alarms <= 1
    assert scores.events.pair_f1 == 1.0
    # 1 of 6: sources disagreeing within one article (police, hospital and headteacher on
    # the wounded), which one incident's count per field cannot hold.
    assert scores.events.conflicts.hit >= 5  # of 6 (a scope that is a note narrows nothing)
    assert scores.overall.leaks <= 1  # the scorer's own: a furniture line's word inside a quotation


def test_fresh15_part_holds_its_ground_and_pins_the_gaps_it_found():
    """fresh15 (organisations and officials speaking and referred back to: it, the agency,
    the mission, spokespeople, joint statements, acronyms, countries; a shipwreck, a prison
    break, a camp attack, a plane crash)."""
    scores = evaluate(CORPUS / "fresh15.gold.json", extractions="gold")
    assert scores.overall.published_wrong == 0
    # 13 of 14 (11 when measured: "12. 6. 2028" and "Name   |23.05.2028 - Update : ..."
    # are read now); left unknown: a day-first "07-03-2028 | 2:41 PM".
    assert scores.overall.published.hit >= 13
    assert scores.overall.quote_precision.value == 1.0
    assert scores.overall.speaker_alarms == 0  # (2 when measured)
    assert scores.events.pair_precision.value == 1.0
    assert scores.events.pair_recall.hit >= 18  # of 19
    # 1 of 10: tolls disagreeing within one article and counts the ledger does not keep
    # (escaped, recaptured, people on board).
    assert scores.events.conflicts.hit >= 6  # of 10 (a scope that is a note narrows nothing)
    assert scores.overall.leaks == 0


def test_fresh16_part_holds_its_ground_and_pins_the_gaps_it_found():
    """fresh16 (words attributed across sentences and paragraphs: paraphrase then
    quotation, fragments in indirect speech, "it added", pronoun chains past other women,
    speakers quoted alternately; a mine collapse, a ferry fire, a market bombing, a police
    shooting) misses targets the other fresh parts meet: this pins what holds and the gaps."""
    scores = evaluate(CORPUS / "fresh16.gold.json", extractions="gold")
    assert scores.overall.published_wrong == 0
    assert scores.overall.published.hit == 14  # (b07 has no date: rightly unknown)
    assert scores.overall.quote_precision.value == 1.0
    # 0 false alarms (1 when measured: a witness's untagged quotation after a paragraph of
    # narration that names another source, the coast guard, and no one who could speak).
    assert scores.overall.speaker_alarms == 0
    assert scores.events.pair_precision.value == 1.0
    # 19 of 21: a past blast told as in "Bulqizë" by two reports and in "Albania" by the
    # third is two events (a country is not known to hold the town).
    assert scores.events.pair_recall.hit >= 19
    # 5 of 9: tolls of two sources within one article, and people on board.
    assert scores.events.conflicts.hit >= 8  # of 9 (a scope that is a note narrows nothing)
    assert scores.overall.leaks == 0


def test_fresh17_part_holds_its_ground_and_pins_the_gaps_it_found():
    """fresh17 (the page around the article: tickers, consent banners, summary boxes, live
    blogs' key points, players, newsletter forms, archive banners; and its dates: ET and
    GMT stamps, "3 hours ago", a date in the URL only, a capture date, stamps only the
    story's weekdays settle)."""
    scores = evaluate(CORPUS / "fresh17.gold.json", extractions="gold")
    # 0 wrong (1 when measured: an archive's "Captured ..." date). 10 of 14 (c11 has no date:
    # rightly unknown); left unknown: two day-first stamps only the story's weekdays settle,
    # a date only in a share link's address, a dateline whose year only the footer's © gives.
    assert scores.overall.published_wrong == 0
    assert scores.overall.published.hit >= 10
    assert scores.overall.quote_precision.value == 1.0
    assert scores.overall.speaker_alarms == 0  # (2 when measured: «...» nested in „...”)
    assert scores.events.pair_f1 == 1.0
    # 2 of 6: tolls of two sources within one article, a count of attackers and of people on board.
    assert scores.events.conflicts.hit >= 4  # of 6 (a scope that is a note narrows nothing)
    assert scores.overall.leaks <= 1  # the scorer's own: a menu's "National" inside a quoted "a national tragedy"
    found = furniture_found("fresh17")
    # 242 of 265 (209 when measured: tickers, weather strips, summary boxes, AI and video
    # notices, newsletter forms, radio players are read now); left: taglines under the
    # masthead ("Truth. Every Day."), a "BREAKING:" strip, a list of other stories' headlines.
    assert found.hit >= 242, f"{found.hit}/{found.total}"


def test_fresh18_part_holds_its_ground_and_pins_the_gaps_it_found():
    """fresh18 (the everyday attribution forms of wire copy, each several times, 5-10
    sources an article: a raid in northern Benin, a train collision in Bulgaria, a building
    collapse in Kampala, cross-border shelling on the Rwanda-Congo border)."""
    scores = evaluate(CORPUS / "fresh18.gold.json", extractions="gold")
    # 0 wrong; 12 of 14 (c10's date is the text's own: rightly inferred); left unknown: two
    # day-first stamps ("12-04-2029 | 9:47 PM") the article does not settle.
    assert scores.overall.published_wrong == 0
    assert scores.overall.published.hit >= 12
    assert scores.overall.quote_precision.value == 1.0
    # 0 false alarms (3 when measured: a verb inside the quoted words, "France «condemns ...»",
    # after the embassy's "wrote on X that"; a nested shout after "shouted to his friend,";
    # "She said he had sent her a text message from the ambulance: “...”").
    assert scores.overall.speaker_alarms == 0
    assert scores.events.pair_f1 == 1.0
    # 3 of 7: tolls of two sources within one article, and a disputed fact (who fired first).
    assert scores.events.conflicts.hit >= 3
    assert scores.overall.leaks == 0


def test_fresh19_part_holds_its_ground_and_pins_the_gaps_it_found():
    """fresh19 (quotations with loose or implicit tags: untagged words after narration naming
    several people, questions in narration, colons with no verb of saying, headlines and pull
    quotes, captions, translations, slogans and documents, Q&A interviews; Kédougou, Pedro
    Juan Caballero, Battambang, Mafeteng) misses the alarm target: this pins the gaps."""
    scores = evaluate(CORPUS / "fresh19.gold.json", extractions="gold")
    assert scores.overall.published_wrong == 0
    assert scores.overall.published.hit >= 13  # of 14 (a day-first "12/03/2029 09h47" left unknown)
    assert scores.overall.quote_precision.value == 1.0
    # 6 false alarms (18 when measured; a Q&A interview's "A:" answers and a headline quoting
    # one are the interviewee's, "That was X, 41, ..., speaking" names X, "The note read:" is
    # the gunmen's who left it, "about 200 people marched ..., chanting" theirs). Left: untagged
    # words after a paragraph introducing two officials, whose speaker only the words' content
    # shows ("My gendarmes ..."); a petition referred to as "It"; Sesotho names opening with
    # an apostrophe inside straight single quotes; a headline in Sesotho for words below in English.
    # "He" and "Her" inside a quotation, the two that went, are found by the nested quotation's verb.)
    assert scores.overall.speaker_alarms <= 6
    assert scores.events.pair_f1 == 1.0
    assert scores.events.conflicts.hit >= 5  # of 5 (a scope that is a note narrows nothing)
    assert scores.overall.leaks == 0


def test_fresh20_part_holds_its_ground_and_pins_the_gaps_it_found():
    """fresh20 (officials and institutions as the English-language press of Nigeria, Sindh,
    Oman and Trinidad writes them: "quoted X as saying", "told this newspaper", statements
    issued by a media aide or signed by a spokesperson, rank and honorific chains)."""
    scores = evaluate(CORPUS / "fresh20.gold.json", extractions="gold")
    assert scores.overall.published_wrong == 0
    assert scores.overall.published.hit >= 13  # of 14 (a day-first "10-09-2029 | 6:15 PM" left unknown)
    assert scores.overall.quote_precision.value == 1.0
    assert scores.overall.speaker_alarms == 0  # (1 when measured: "the statement read in part, signed by X")
    assert scores.events.pair_f1 == 1.0
    assert scores.events.conflicts.hit >= 4  # of 5
    # the scorer's own: the gold's place "Pakistan" is written on the page only in its menu
    assert scores.overall.leaks <= 1


def test_fresh21_part_holds_its_ground_and_pins_the_gaps_it_found():
    """fresh21 (who "he", "she", "they", "it" and descriptions refer to when people of both
    sexes and organisations stand close: Shurugwi, Ondarroa, Tokomaru Bay, Nasinu)."""
    scores = evaluate(CORPUS / "fresh21.gold.json", extractions="gold")
    assert scores.overall.published_wrong == 0
    assert scores.overall.published.hit >= 13  # of 14 (a day-first "06-03-2030 | 5:41 AM" left unknown)
    assert scores.overall.quote_precision.value == 1.0
    # 0 false alarms (1 when measured: a nested shout after "One of them was crying, saying,").
    assert scores.overall.speaker_alarms == 0
    assert scores.events.pair_f1 == 1.0
    # 2 of 10: tolls of two sources within one article, people on board, and disputed facts.
    assert scores.events.conflicts.hit >= 3  # of 10 (a scope that is a note narrows nothing)
    # the scorer's own: a section label "Mining" inside the body's "mining director"
    assert scores.overall.leaks <= 2


def test_fresh22_part_holds_its_ground_and_pins_the_gaps_it_found():
    """fresh22 (long features and reconstructions: exchanges quoted line by line, nested
    quotations three deep, descriptive tags, "As he put it", diaries and notes read aloud;
    Azilal, Zonguldak, Mayotte, Huambo) misses the alarm target: this pins the gaps."""
    scores = evaluate(CORPUS / "fresh22.gold.json", extractions="gold")
    assert scores.overall.published_wrong == 0
    assert scores.overall.published.hit >= 13  # of 14 (a day-first "06-10-2030 | 11:48 AM" left unknown)
    assert scores.overall.quote_precision.value == 1.0
    # 7 false alarms (14 when measured; "As he put it, «...»" is his, "he" is never "the
    # church", words nested in ‹ › after "She said to me," are hers, and a survivor quoted
    # in the lead is the name opening the next paragraph, "... He spoke to the Chronicle";
    # a headline shortening the survivor's words is checked where the body quotes them; nested
    # words after "He asks me every time,"; "he" is never "the mother").
    # Left: untagged turns of an exchange quoted line by line; a diary or a note read aloud
    # by someone else (the writer speaks).
    assert scores.overall.speaker_alarms <= 7
    assert scores.events.pair_f1 == 1.0
    assert scores.events.conflicts.hit >= 6  # of 8
    assert scores.overall.leaks <= 2  # the scorer's own: a kicker line "Mayotte" is also a place in the text


def test_fresh23_part_holds_its_ground_and_pins_the_gaps_it_found():
    """fresh23 (live blogs, breaking pages and press releases: embedded posts with their
    translations, "Quote attributable to", release datelines; Dili, North Darfur, Gbarnga, Krivaja)."""
    scores = evaluate(CORPUS / "fresh23.gold.json", extractions="gold")
    # 0 wrong (1 when measured: an embedded post's "23 April 2030 at 21:14 ·" taken for the
    # page's date on a page with none); 13 of 14 (9 when measured: release datelines alone
    # on their line or with dashes are read); left: a day-first "12-03-2030".
    assert scores.overall.published_wrong == 0
    assert scores.overall.published.hit >= 13
    assert scores.overall.quote_precision.value == 1.0
    # 1 false alarm (10 when measured: middle initials, "Jerome Y. Kollie", and "Cllr." no
    # longer cut names or sentences; a "Translation:" of an embedded post is the words of the
    # display name above its handle). Left: a post embedded with no handle line (Facebook's).
    assert scores.overall.speaker_alarms <= 1
    assert scores.events.pair_f1 == 1.0
    assert scores.events.conflicts.hit >= 3  # of 7
    assert scores.overall.leaks == 0
    # 219 of 265 (193 when measured: embedded posts' handles, buttons and counts, releases'
    # notes to editors, media contacts and lists of other releases, a live blog's "Key
    # event" label are read now); left:
    # key-point bullets, a release's signature block, an embedded post's display name.
    assert furniture_found("fresh23").hit >= 219


def test_fresh24_part_holds_its_ground_and_pins_the_gaps_it_found():
    """fresh24 (courts, inquests, inquiries, parliaments and press conferences: "the court
    heard", 999 calls played to a jury, statements read outside court by a lawyer, evidence
    through an interpreter; Western Isles, Galway, Queensland, Malta)."""
    scores = evaluate(CORPUS / "fresh24.gold.json", extractions="gold")
    assert scores.overall.published_wrong == 0
    assert scores.overall.published.hit == 14
    assert scores.overall.quote_precision.value == 1.0
    # 2 false alarms (6 when measured: "the caller, named in court as X, tells" is X; "can be
    # heard asking"; "The coroner for <place>, Dr X, ..., saying" is X; a verb coordinated after
    # a relative clause or after "quoted from" goes on with the sentence's doer). Left: a judge's
    # own words after "quoting Ms X's words to the court:"; a fragment in "X told the court that
    # witnesses had described ... “...”" (the witnesses' words, relayed).
    assert scores.overall.speaker_alarms <= 2
    assert scores.events.pair_f1 == 1.0
    assert scores.events.conflicts.hit >= 6  # of 8 (a scope that is a note narrows nothing)
    assert scores.overall.leaks == 0  # (3 when measured: the scorer's own, one-word menu items in gold descriptions)
    assert furniture_found("fresh24").hit >= 169  # of 173 (160 when measured)


def test_fresh25_part_holds_its_ground_and_pins_the_gaps_it_found():
    """fresh25 (short dense reports whose words pass through several hands: agencies quoting,
    "reported X, quoting Y", round-ups, translated pages; Kabardino-Balkaria, Uzbekistan,
    Solomon Islands, Gorontalo)."""
    scores = evaluate(CORPUS / "fresh25.gold.json", extractions="gold")
    assert scores.overall.published_wrong == 0
    assert scores.overall.published.hit == 14
    assert scores.overall.quote_precision.value == 1.0
    # 0 false alarms (1 when measured: 'X, 31, “...,” reported the news site Y, quoting a surgeon')
    assert scores.overall.speaker_alarms == 0
    assert scores.events.pair_f1 == 1.0
    assert scores.events.conflicts.hit >= 4  # of 7 (a scope that is a note narrows nothing)
    assert scores.overall.leaks == 0
    # 135 of 137 (117 when measured: newsletters' own lines, translation notes, credit rows,
    # a language switcher, a dated correction, appeals and disclaimers)
    assert furniture_found("fresh25").hit >= 135


def test_fresh26_part_holds_its_ground_and_pins_the_gaps_it_found():
    """fresh26 (local and community outlets: colons after names, first names, family tags,
    "told this station", town-hall meetings, posts; McDowell County, Pithoragarh, Antique, Arviat)."""
    scores = evaluate(CORPUS / "fresh26.gold.json", extractions="gold")
    assert scores.overall.published_wrong == 0
    assert scores.overall.published.hit == 14
    assert scores.overall.quote_precision.value == 1.0
    # 0 false alarms (10 when measured: "LIVE:" and "RELATED:" links made a transcript of the
    # page; "Part of what she said:"; "She spoke to this station ...")
    assert scores.overall.speaker_alarms == 0
    assert scores.events.pair_f1 == 1.0
    assert scores.events.conflicts.hit >= 8  # of 9 (a scope that is a note narrows nothing)
    assert scores.overall.leaks <= 1  # the gold's: a place named only in a video link's line
    assert furniture_found("fresh26").hit >= 155  # of 163 (121 when measured: a local page's taglines, prompts and appeals)


def test_fresh27_part_holds_its_ground_and_pins_the_gaps_it_found():
    """fresh27 (armies, armed groups and governments speaking through statements, briefings,
    Telegram videos and intercepted audio; South Kordofan, Rakhine, Hodeidah, Cauca)."""
    scores = evaluate(CORPUS / "fresh27.gold.json", extractions="gold")
    assert scores.overall.published_wrong == 0
    assert scores.overall.published.hit >= 13  # of 14
    assert scores.overall.quote_precision.value == 1.0
    # 0 false alarms (3 when measured: "a figure X dismissed as “...”", "a second voice reports:",
    # and a headline's acronym speaker, "... as AA vows the bombing “...”")
    assert scores.overall.speaker_alarms == 0
    assert scores.events.pair_f1 == 1.0
    assert scores.events.conflicts.hit >= 4  # of 8 (a scope that is a note narrows nothing)
    assert scores.overall.leaks <= 3  # the gold's: incident places named only in tags and captions
    assert furniture_found("fresh27").hit >= 178  # of 184 (165 when measured)


def test_fresh28_part_holds_its_ground_and_pins_the_gaps_it_found():
    """fresh28 (the story as syndication and copying turn it into text: portals, machine
    translations, a PDF print page, a gallery, a newsletter, an app; Latgale, Sardinia,
    Abidjan, Dnipropetrovsk)."""
    scores = evaluate(CORPUS / "fresh28.gold.json", extractions="gold")
    assert scores.overall.published_wrong == 0
    # 13 of 14 (12 when measured: a PDF page's running head, "THE X      Friday, October 10, 2031",
    # dates the edition); left: a day-first "08-10-2031" the article does not settle
    assert scores.overall.published.hit >= 13
    # 1 false alarm: a machine translation's "..., told Kalniņa." (the speaker written where a hearer goes)
    assert scores.overall.speaker_alarms <= 1
    assert scores.events.pair_f1 == 1.0
    assert scores.events.conflicts.hit >= 7  # of 11
    assert scores.overall.leaks == 0
    # 205 of 218 (160 when measured: syndication and translation notes, gallery counters,
    # print running heads and jumps, app and newsletter lines)
    assert furniture_found("fresh28").hit >= 207


def test_fresh29_part_holds_its_ground_and_pins_the_gaps_it_found():
    """fresh29 (quotation marks of other traditions and careless pages: dash dialogue,
    »German« guillemets, „low-high“ marks nested three deep, straight singles beside
    apostrophes; Valais, Beauce, Upper Austria, Central Bohemia)."""
    scores = evaluate(CORPUS / "fresh29.gold.json", extractions="gold")
    assert scores.overall.published_wrong == 0
    assert scores.overall.published.hit == 14
    # 0 false alarms (22 when measured: dash dialogue, »...«, nested „‚„“‘“ and ‚...‘ marks are
    # read as quotations, and a single quotation left unclosed ends where its tag begins)
    assert scores.overall.speaker_alarms == 0
    assert scores.events.pair_f1 == 1.0
    assert scores.events.conflicts.hit >= 3  # of 8 (a scope that is a note narrows nothing)
    assert scores.overall.leaks == 0
    assert furniture_found("fresh29").hit >= 156  # of 164


def test_fresh30_part_holds_its_ground_and_pins_the_gaps_it_found():
    """fresh30 (features following speakers introduced once: present-tense "says", surnames,
    first names and roles, quotes before their speakers, interviews, pull quotes; Peravia,
    Trongsa, Bosawás, Sisimiut)."""
    scores = evaluate(CORPUS / "fresh30.gold.json", extractions="gold")
    assert scores.overall.published_wrong == 0
    assert scores.overall.published.hit == 14  # (13 when measured: a Nordic stamp's "kl." before its time)
    # 1 false alarm (2 when measured: "Every time they tell us, ‘...’" nests). Left: untagged
    # words after a paragraph whose subject ("He has counted ...") only the content says spoke.
    assert scores.overall.speaker_alarms <= 1
    assert scores.events.pair_f1 == 1.0
    assert scores.events.conflicts.hit >= 6  # of 7
    assert scores.overall.leaks == 0
    assert furniture_found("fresh30").hit >= 141  # of 145 (128 when measured: share rows and "read also" in other languages, text-size controls, station promos)


def test_fresh31_part_holds_its_ground_and_pins_the_gaps_it_found():
    """fresh31 (official communication relayed by the press: spokespeople, statements,
    briefings, posts, documents, bulletins, a live blog; Taoyuan, Samoa, Bălți, Jordan's
    Syrian border)."""
    scores = evaluate(CORPUS / "fresh31.gold.json", extractions="gold")
    assert scores.overall.published_wrong == 0
    # 11 of 14 (10 when measured: a print edition's "Thu, Mar 11, 2032 · Page 2" above the headline);
    # left: stamps whose day and month could swap in dates later than today, and a dateline with no year
    assert scores.overall.published.hit >= 11
    # 0 false alarms (3 when measured: a bracketed name in another script, "X “deeply regrets”
    # ..., his spokesman, Y, said", and "A safety audit of the ferry X ... listed ... as “...”")
    assert scores.overall.speaker_alarms == 0
    assert scores.events.pair_f1 == 1.0
    assert scores.events.conflicts.hit >= 6  # of 9
    assert scores.overall.leaks == 0
    assert furniture_found("fresh31").hit >= 156  # of 159 (149 when measured: a live page's buttons and time-zone note, tips and republishing notes)


def test_fresh32_part_holds_its_ground_and_pins_the_gaps_it_found():
    """fresh32 (armed violence reported from places reporters cannot reach: words by phone,
    voice messages, interpreters and intermediaries; Ituri, Cameroon's North West,
    Michoacán, Diyala)."""
    scores = evaluate(CORPUS / "fresh32.gold.json", extractions="gold")
    assert scores.overall.published_wrong == 0
    # 12 of 14; left: a day-first stamp the article does not settle, a dateline without a year
    assert scores.overall.published.hit >= 12
    # 0 false alarms (1 when measured: "He told me the soldiers said: ‘...’")
    assert scores.overall.speaker_alarms == 0
    assert scores.events.pair_f1 == 1.0
    assert scores.events.conflicts.hit >= 4  # of 6
    assert scores.overall.leaks == 0
    assert furniture_found("fresh32").hit >= 133  # of 135 (132 when measured)


def test_fresh33_part_holds_its_ground_and_pins_the_gaps_it_found():
    """fresh33 (reports relayed from other-language media: monitoring digests, agencies
    quoting officials, televised speeches, translations; Kermanshah, Şırnak, Sétif, Zulia)."""
    scores = evaluate(CORPUS / "fresh33.gold.json", extractions="gold")
    assert scores.overall.published_wrong == 0
    assert scores.overall.published.hit >= 11  # of 14
    # 0 false alarms (5 when measured: "a man is heard shouting", "Excerpts:" after the speaker's
    # sentence, "IRNA quotes X as giving a first toll:" over the quotation)
    assert scores.overall.speaker_alarms == 0
    assert scores.events.pair_f1 == 1.0
    assert scores.events.conflicts.hit >= 3  # of 4
    assert scores.overall.leaks == 0
    # 137 of 150 (127 when measured: generated summaries' and syndication notes, subscribers-only
    # notices, "Related digests"); left: a digest's header and source lists, taglines
    assert furniture_found("fresh33").hit >= 137


def test_fresh34_part_holds_its_ground_and_pins_the_gaps_it_found():
    """fresh34 (disasters and accidents as local broadcasters and emergency services' own
    posts report them; Brașov county, Niš, Pernambuco's Agreste, Sabah)."""
    scores = evaluate(CORPUS / "fresh34.gold.json", extractions="gold")
    assert scores.overall.published_wrong == 0
    assert scores.overall.published.hit >= 13  # of 14
    # 0 false alarms (6 when measured: a list of timed updates under the sentence introducing
    # them, a post's card between its introduction and its words, "The signboard reads: “...”")
    assert scores.overall.speaker_alarms == 0
    assert scores.events.pair_f1 == 1.0
    assert scores.events.conflicts.hit >= 5  # of 7
    assert scores.overall.leaks == 0
    # 160 of 178 (139 when measured: a post's card, and "see also", "latest news", "leave a
    # comment", "all rights reserved", "follow us" in the languages of the local sites)
    assert furniture_found("fresh34").hit >= 160


def test_fresh35_part_holds_its_ground_and_pins_the_gaps_it_found():
    """fresh35 (violent crime as police, families, lawyers and courts speak of it; Carmarthenshire,
    Saskatchewan, Kenya's coast, Mar del Plata)."""
    scores = evaluate(CORPUS / "fresh35.gold.json", extractions="gold")
    assert scores.overall.published_wrong == 0
    assert scores.overall.published.hit >= 13  # of 14
    # 1 false alarm (3 when measured: "she said" after "A woman who works in ..., and who did
    # not want to be named, said"; an untagged tribute, then "X ... had to stop twice as she spoke").
    # Left: a caption read from "an Instagram story posted from X's account".
    assert scores.overall.speaker_alarms <= 1
    assert scores.events.pair_f1 == 1.0
    assert scores.events.conflicts.hit >= 4  # of 7
    assert scores.overall.leaks == 0
    # 173 of 183 (167 when measured: "Pictured:" captions, the police appeal's contact line)
    assert furniture_found("fresh35").hit >= 173


def test_fresh36_part_holds_its_ground_and_pins_the_gaps_it_found():
    """fresh36 (abuses as rights groups, UN agencies and aid organisations relay them;
    Sagaing, northern Sri Lanka, southern Libya, Burundi's Cibitoke)."""
    scores = evaluate(CORPUS / "fresh36.gold.json", extractions="gold")
    assert scores.overall.published_wrong == 0
    assert scores.overall.published.hit == 14  # of 14
    # 0 false alarms (1 when measured: "X, which ..., said the deaths in the cell showed “...”"
    # read "the deaths" as an inverted subject)
    assert scores.overall.speaker_alarms == 0
    assert scores.events.pair_f1 == 1.0
    # 4 of 12: figures by scope within one report (children, by gunfire), people abducted and
    # who fired first, which the ledger does not keep
    assert scores.events.conflicts.hit >= 4
    assert scores.overall.leaks == 0
    # 173 of 179 (164 when measured: section rows closing in Burmese, Tamil or Sinhala script,
    # "Words by", "Estimated reading time", "Download the full report"); left: taglines
    assert furniture_found("fresh36").hit >= 173


def test_fresh37_part_holds_its_ground_and_pins_the_gaps_it_found():
    """fresh37 (the popular press of the UK, Ireland, Australia and New Zealand; Merseyside,
    County Cork, the Wheatbelt, Canterbury)."""
    scores = evaluate(CORPUS / "fresh37.gold.json", extractions="gold")
    assert scores.overall.published_wrong == 0
    assert scores.overall.published.hit == 14  # of 14
    # 0 false alarms (3 when measured: untagged words, then "The heartbreaking words came from
    # X", "That was the tribute from neighbour X", "Those were the words of a friend of Mr Y")
    assert scores.overall.speaker_alarms == 0
    assert scores.events.pair_f1 == 1.0
    # 5 of 11: ages, times and distances, which the ledger does not keep
    assert scores.events.conflicts.hit >= 5
    assert scores.overall.leaks == 0
    # 219 of 231 (172 when measured: "Play video", "Pictured:"/"Above:" captions, credits
    # glued to captions, tip lines, comment-box notes, police appeals, sign-ups)
    assert furniture_found("fresh37").hit >= 219


def test_fresh38_part_holds_its_ground_and_pins_the_gaps_it_found():
    """fresh38 (interviews, press conferences and broadcasts as outlets transcribe them;
    Covilhã, Sarawak's Rajang, the Rif, Newaygo County)."""
    scores = evaluate(CORPUS / "fresh38.gold.json", extractions="gold")
    assert scores.overall.published_wrong == 0
    # 13 of 14 (12 when measured: a programme's "Broadcast: <date>" line); left: a day-first
    # "11-03-2026" whose month the article never settles
    assert scores.overall.published.hit >= 13
    # 1 false alarm (6 when measured: a statement read out on the chairman's behalf, "the father"
    # the speaker talks of as "He told me, '...'", "said it to me very clearly this morning: '...'").
    # Left: a 911 caller's words quoted from the call log after an aside, inside a transcript's turn
    assert scores.overall.speaker_alarms <= 1
    assert scores.events.pair_f1 == 1.0
    assert scores.events.conflicts.hit >= 5  # of 8 (people on board and miners in the section: not kept)
    # 1: a gold incident's summary repeats a place its page's furniture names too
    assert scores.overall.leaks <= 1
    # 151 of 155 (140 when measured: "▶ Play segment", section rows closing in Chinese script,
    # "welcomes corrections", "WEATHER ALERT:", "Corrections:")
    assert furniture_found("fresh38").hit >= 151


def test_fresh39_part_holds_its_ground_and_pins_the_gaps_it_found():
    """fresh39 (the English-language press of South and Southeast Asia; Bihar, Nepal's Terai,
    Sylhet, Kelantan)."""
    scores = evaluate(CORPUS / "fresh39.gold.json", extractions="gold")
    assert scores.overall.published_wrong == 0
    assert scores.overall.published.hit == 14  # of 14
    assert scores.overall.speaker_alarms == 0  # (0 when measured)
    assert scores.events.pair_f1 == 1.0
    assert scores.events.conflicts.hit >= 4  # of 6 (people on board and missing: not kept)
    assert scores.overall.leaks == 0
    # 149 of 154 (143 when measured: "Trending:", "Reported By: | Edited By:", "Published By:",
    # a syndicated page's "Only the headline and picture ..." note, "📌 Read more:")
    assert furniture_found("fresh39").hit >= 149


def test_fresh40_part_holds_its_ground_and_pins_the_gaps_it_found():
    """fresh40 (violence in Latin America with organisations known by local names; Guerrero,
    Bahia, San Pedro Sula, the Catatumbo)."""
    scores = evaluate(CORPUS / "fresh40.gold.json", extractions="gold")
    assert scores.overall.published_wrong == 0
    assert scores.overall.published.hit == 14  # of 14
    # 1 false alarm (3 when measured: "answered", "said Dona Graça, as she is known in the
    # neighborhood"). Left: a banner's words, which the gold gives to the classmates who made it
    # and the verifier to nobody ("The banner read: ...")
    assert scores.overall.speaker_alarms <= 1
    assert scores.events.pair_f1 == 1.0
    assert scores.events.conflicts.hit == 4  # of 4
    assert scores.overall.leaks == 0
    # 127 of 132 (123 when measured: reuse terms, reader appeals, "Redacción")
    assert furniture_found("fresh40").hit >= 127


def test_fresh41_part_holds_its_ground_and_pins_the_gaps_it_found():
    """fresh41 (war and occupation reporting where every figure comes from a party; Gaza,
    Zaporizhzhia and Taganrog, the West Bank, Marib)."""
    scores = evaluate(CORPUS / "fresh41.gold.json", extractions="gold")
    assert scores.overall.published_wrong == 0
    assert scores.overall.published.hit == 14  # of 14 (13 when measured: "07.11.24 | 21:14")
    # 0 false alarms (1 when measured: "a man standing among overturned carts can be heard shouting")
    assert scores.overall.speaker_alarms == 0
    assert scores.events.pair_f1 >= 0.98
    # 2 of 9: targets, identities and who fired, which are words, not figures the ledger keeps
    assert scores.events.conflicts.hit >= 2
    assert scores.overall.leaks == 0
    # 149 of 158 (141 when measured: reuse terms, "X, military correspondent", "Read also")
    assert furniture_found("fresh41").hit >= 149


def test_fresh42_part_holds_its_ground_and_pins_the_gaps_it_found():
    """fresh42 (East Asia's English-language press and wires; Kitakyushu, Dongguan and Tai Po,
    Gimhae, Hualien)."""
    scores = evaluate(CORPUS / "fresh42.gold.json", extractions="gold")
    assert scores.overall.published_wrong == 0
    assert scores.overall.published.hit == 14  # of 14
    assert scores.overall.speaker_alarms == 0  # (0 when measured)
    assert scores.events.pair_f1 == 1.0
    assert scores.events.conflicts.hit >= 7  # of 9
    assert scores.overall.leaks == 0
    # 141 of 144 (135 when measured: "Sign up for the ... Brief", "Posted by X staff",
    # "Written by X", "More local news:" and its "> " links); left: taglines
    assert furniture_found("fresh42").hit >= 141


def test_fresh43_part_holds_its_ground_and_pins_the_gaps_it_found():
    """fresh43 (local US news as stations, papers and police departments publish it; Springfield,
    Ohio, Arizona City, Lafayette, Warren County, Kentucky)."""
    scores = evaluate(CORPUS / "fresh43.gold.json", extractions="gold")
    assert scores.overall.published_wrong == 0
    # 13 of 14: a month-first "10/7/2026" the article never settles stays unknown
    assert scores.overall.published.hit >= 13
    assert scores.overall.speaker_alarms == 0  # (0 when measured)
    assert scores.events.pair_f1 == 1.0
    assert scores.events.conflicts.hit >= 3  # of 8 (ages, people displaced or on board: not kept)
    assert scores.overall.leaks == 0
    # 141 of 148 (128 when measured: section rows with "12 Investigates", traffic, delay and
    # weather widgets, "Reach X at ...", "(Photo courtesy of ...)", "Donate today"); left: mastheads
    assert furniture_found("fresh43").hit >= 141


def test_fresh44_part_holds_its_ground_and_pins_the_gaps_it_found():
    """fresh44 (Central Asia, the Caucasus and Central Europe; Konaev, Kakheti, Karviná,
    Jalal-Abad)."""
    scores = evaluate(CORPUS / "fresh44.gold.json", extractions="gold")
    assert scores.overall.published_wrong == 0
    assert scores.overall.published.hit == 14  # of 14
    assert scores.overall.speaker_alarms == 0  # (0 when measured)
    assert scores.events.pair_f1 == 1.0
    assert scores.events.conflicts.hit == 7  # of 7
    assert scores.overall.leaks == 0
    assert furniture_found("fresh44").hit >= 121  # of 123 (121 when measured)


def test_fresh45_part_holds_its_ground_and_pins_the_gaps_it_found():
    """fresh45 (anonymous and indirect sources: officials who spoke on condition of anonymity,
    memos seen by the outlet, leaked reports; north Kosovo, the Bekaa, Gostivar, Aghstafa)."""
    scores = evaluate(CORPUS / "fresh45.gold.json", extractions="gold")
    assert scores.overall.published_wrong == 0
    assert scores.overall.published.hit == 14  # of 14
    assert scores.overall.speaker_alarms == 0  # (7 when measured)
    assert scores.events.pair_f1 == 1.0
    assert scores.events.conflicts.hit >= 6  # of 9 (a ransom, shots fired, two tolls within one report: not kept)
    assert scores.overall.leaks == 0
    assert furniture_found("fresh45").hit >= 146  # of 152 (146 when measured)


def test_fresh46_part_holds_its_ground_and_pins_the_gaps_it_found():
    """fresh46 (Southern Africa's press: police spokespeople by rank, "told News24", izinduna and
    dikgosi, words translated from isiZulu, Setswana, Shona; Msinga, Rustenburg, Chobe, Diepsloot)."""
    scores = evaluate(CORPUS / "fresh46.gold.json", extractions="gold")
    assert scores.overall.published_wrong == 0
    assert scores.overall.published.hit == 14  # of 14
    assert scores.overall.speaker_alarms == 0  # (3 when measured)
    assert scores.events.pair_f1 == 1.0
    assert scores.events.conflicts.hit == 6  # of 6
    assert scores.overall.leaks == 0
    assert furniture_found("fresh46").hit >= 150  # of 154 (147 when measured)


def test_fresh47_part_holds_its_ground_and_pins_the_gaps_it_found():
    """fresh47 (air, sea and rail accidents: investigators' reports, tower and cockpit
    transcripts, operators' releases; Helgeland, Ambon, Thessaly, Val di Fassa)."""
    scores = evaluate(CORPUS / "fresh47.gold.json", extractions="gold")
    assert scores.overall.published_wrong == 0
    assert scores.overall.published.hit == 14  # of 14
    assert scores.overall.speaker_alarms == 0  # (2 when measured)
    assert scores.events.pair_f1 == 1.0
    assert scores.events.conflicts.hit >= 2  # of 7 (people on board and survivors: not kept)
    assert scores.overall.leaks == 0
    # 142 of 148 (126 when measured: taglines under the site's name, "BACA JUGA (READ ALSO):",
    # "Also in X:", "Written by X | 9 min read", a PDF link, "Advertisement – continue reading below")
    assert furniture_found("fresh47").hit >= 142


def test_fresh48_part_holds_its_ground_and_pins_the_gaps_it_found():
    """fresh48 (Oceania and the Caribbean: PNG's Highlands, Haiti's gangs, Jamaica's police,
    Tonga and Fiji; Tok Pisin and Creole with translations, one-word and nicknamed names)."""
    scores = evaluate(CORPUS / "fresh48.gold.json", extractions="gold")
    assert scores.overall.published_wrong == 0
    # 13 of 14: a "03-10-2026" only the event's weekday settles stays unknown
    assert scores.overall.published.hit >= 13
    # 1 (2 when measured): a gloss ('"Kilim ol" is Tok Pisin for "kill them all"') the gold gives to the attacker who shouted it
    assert scores.overall.speaker_alarms <= 1
    assert scores.events.pair_f1 == 1.0
    assert scores.events.conflicts.hit >= 6  # of 8 (people escaped; a toll counted with a heart attack)
    assert scores.overall.leaks == 0
    assert furniture_found("fresh48").hit >= 138  # of 147 (138 when measured)


def test_fresh49_part_holds_its_ground_and_pins_the_gaps_it_found():
    """fresh49 (analysis and explainers: experts introduced once, earlier statements with their
    dates, a first-person column, podcasts, reports and papers; Sinjar, Esmeraldas, Daraa, Culiacán)."""
    scores = evaluate(CORPUS / "fresh49.gold.json", extractions="gold")
    assert scores.overall.published_wrong == 0  # (1 when measured: "3:15 AM UTC" under a dateline of the day before)
    assert scores.overall.published.hit == 14  # of 14 (11 when measured)
    assert scores.overall.speaker_alarms == 0  # (5 when measured)
    assert scores.events.pair_f1 == 1.0
    assert scores.events.conflicts.hit >= 6  # of 7
    # 1: a context incident the gold places nowhere takes its event's country, "Syria", which
    # this page prints only in its menus (the gold fed in, not a place read from furniture)
    assert scores.overall.leaks <= 1
    assert furniture_found("fresh49").hit >= 166  # of 169 (160 when measured)


def test_fresh50_part_holds_its_ground_and_pins_the_gaps_it_found():
    """fresh50 (Western Europe's press with words from posts and videos: handles, captions,
    since-deleted posts, mayors' posts in translation; Marseille, Amsterdam, Osuna, Naples)."""
    scores = evaluate(CORPUS / "fresh50.gold.json", extractions="gold")
    assert scores.overall.published_wrong == 0
    # 13 of 14: a "03-02-2026" the article never settles stays unknown
    assert scores.overall.published.hit >= 13
    # 2 (6 when measured): "The caption read:" after the post of an account the sentence before names
    assert scores.overall.speaker_alarms <= 2
    assert scores.events.pair_f1 == 1.0
    assert scores.events.conflicts.hit >= 4  # of 5 (an age: not kept)
    assert scores.overall.leaks == 0
    assert furniture_found("fresh50").hit >= 163  # of 171 (156 when measured)


def test_fresh51_part_holds_its_ground_and_pins_the_gaps_it_found():
    """fresh51 (pages written in Spanish and Portuguese: "—dijo el alcalde—" insets, "según",
    "em nota", dropped subjects; Galicia, Rivera, the Vale do Caí, Lunda Norte)."""
    scores = evaluate(CORPUS / "fresh51.gold.json", extractions="gold")
    assert scores.overall.published_wrong == 0
    # 13 of 14 (12 when measured): a "09-11-2026" only the event's weekday settles stays unknown
    assert scores.overall.published.hit >= 13
    # 4 (8 when measured): words after a dropped subject ("relató a Radio X", "Al salir, dijo
    # a los periodistas:") whose speaker only a sentence without a verb of speech introduced
    assert scores.overall.speaker_alarms <= 4
    # 0.90: a house fire the same night in the same town joins the bus crash (kinds of other
    # languages' words are not read)
    assert scores.events.pair_f1 >= 0.9
    assert scores.events.conflicts.hit >= 7  # of 8
    assert scores.overall.leaks == 0
    assert furniture_found("fresh51").hit >= 186  # of 199 (167 when measured)


def test_fresh52_part_holds_its_ground_and_pins_the_gaps_it_found():
    """fresh52 (pages written in French and Italian: « guillemets », "a-t-il ajouté", "selon",
    "ha detto", "secondo"; Charleroi, the Locride, Édéa, Chicoutimi)."""
    scores = evaluate(CORPUS / "fresh52.gold.json", extractions="gold")
    assert scores.overall.published_wrong == 0
    assert scores.overall.published.hit == 14  # of 14 (11 when measured)
    # 5 (5 when measured, others then): untagged words after "Poi ha aggiunto:" and "racconta",
    # an impersonal "si sottolinea", a gloss left outside quotation marks
    assert scores.overall.speaker_alarms <= 5
    assert scores.events.pair_f1 == 1.0
    assert scores.events.conflicts.hit >= 4  # of 6 (people displaced; a toll with a heart attack)
    assert scores.overall.leaks == 0
    assert furniture_found("fresh52").hit >= 169  # of 180 (149 when measured)


def test_fresh53_part_holds_its_ground_and_pins_the_gaps_it_found():
    """fresh53 (long wire stories with many speakers referred back to: "the former", "the
    latter", "the 34-year-old", namesakes; Thompson Pass, Kohtla-Järve, Brunswick, New Caledonia)."""
    scores = evaluate(CORPUS / "fresh53.gold.json", extractions="gold")
    assert scores.overall.published_wrong == 0
    # 13 of 14: a "03-10-2026" the article never settles stays unknown
    assert scores.overall.published.hit >= 13
    assert scores.overall.speaker_alarms == 0  # (0 when measured, 176 statements)
    assert scores.events.pair_f1 == 1.0
    assert scores.events.conflicts.hit >= 2  # of 8 (people caught, on board, a time of day: not kept)
    assert scores.overall.leaks == 0
    assert furniture_found("fresh53").hit >= 126  # of 134 (124 when measured)


def test_fresh54_part_holds_its_ground_and_pins_the_gaps_it_found():
    """fresh54 (articles as plain text: wire feeds with slugs, e-mailed releases and newsletters,
    PDF pages hard-wrapped and hyphenated, a police channel and a newsroom chat; Puruni, Nambak,
    Kantharalak, Creggan)."""
    scores = evaluate(CORPUS / "fresh54.gold.json", extractions="gold")
    assert scores.overall.published_wrong == 0
    # 13 of 14 (9, one wrong, when measured: a print page's running head, a channel's stamps);
    # a "03-11-2026" the article settles only by its events stays unknown
    assert scores.overall.published.hit >= 13
    assert scores.overall.speaker_alarms == 0  # (3 when measured: a name hyphenated at a line's end, "In X, Y repeated that")
    assert scores.events.pair_f1 == 1.0
    assert scores.events.conflicts.hit >= 4  # of 6
    assert scores.overall.leaks == 0
    # 152 of 170 (81 when measured: e-mail headers and sign-offs, wire slugs and "Eds:" notes,
    # running heads, chat message headers)
    assert furniture_found("fresh54").hit >= 152


def test_fresh55_part_holds_its_ground_and_pins_the_gaps_it_found():
    """fresh55 (industrial disasters and the many who speak of them: filings to a stock
    exchange, unions, inspectorates, rescue chiefs; Lüliang, Gazipur, Dahej, Atacama)."""
    scores = evaluate(CORPUS / "fresh55.gold.json", extractions="gold")
    assert scores.overall.published_wrong == 0
    assert scores.overall.published.hit >= 13  # of 14
    # 1 (3 when measured): a headline's quotation whose speaker only the body names
    assert scores.overall.speaker_alarms <= 1
    assert scores.events.pair_f1 == 1.0
    assert scores.events.conflicts.hit >= 3  # of 8 (trapped, rescued, workers on the site: not kept)
    assert scores.overall.leaks == 0
    assert furniture_found("fresh55").hit >= 142  # of 146


def test_fresh56_part_holds_its_ground_and_pins_the_gaps_it_found():
    """fresh56 (the English-language press of Egypt, Kuwait, Iran, Turkey and Algeria: state
    agencies, honorifics, kunyas, Hijri and Solar Hijri dates beside the Gregorian ones)."""
    scores = evaluate(CORPUS / "fresh56.gold.json", extractions="gold")
    assert scores.overall.published_wrong == 0
    # 8 of 14 (7 when measured): a Gregorian date beside a Hijri one above the headline is the
    # masthead's (the day the page was seen) unless it carries a time
    assert scores.overall.published.hit >= 8
    assert scores.overall.speaker_alarms == 0  # (5 when measured)
    assert scores.events.pair_f1 >= 0.97  # 0.98: recall 20 of 21 pairs
    assert scores.events.conflicts.hit >= 7  # of 7
    # 1: a context incident the gold places nowhere takes its event's country, "Egypt", which
    # that page prints only in its menu (the gold fed in, as in fresh49; no place the code read)
    assert scores.overall.leaks <= 1
    assert furniture_found("fresh56").hit >= 144  # of 147


def test_fresh57_part_holds_its_ground_and_pins_the_gaps_it_found():
    """fresh57 (migrant shipwrecks and sea rescues: coast guards, rescue NGOs, UN agencies,
    hotlines, survivors through interpreters; Lampedusa, Équihen-Plage, El Hierro, West Aceh)."""
    scores = evaluate(CORPUS / "fresh57.gold.json", extractions="gold")
    assert scores.overall.published_wrong == 0
    assert scores.overall.published.hit >= 14  # of 14
    assert scores.overall.speaker_alarms == 0  # (1 when measured: "She said the caller had described ... as")
    # 0.94: a Bahamas page's passing mention of the Aceh capsize stays apart from it
    assert scores.events.pair_f1 >= 0.94
    assert scores.events.conflicts.hit >= 3  # of 10 (missing, on board; a source's own revisions listed as conflicts)
    assert scores.overall.leaks == 0
    assert furniture_found("fresh57").hit >= 143  # of 152


def test_fresh58_part_holds_its_ground_and_pins_the_gaps_it_found():
    """fresh58 (insurgencies in Myanmar, Thailand's deep south, Mindanao and Papua: junta media,
    noms de guerre, Burmese honorifics, disputed tolls, local time zones)."""
    scores = evaluate(CORPUS / "fresh58.gold.json", extractions="gold")
    assert scores.overall.published_wrong == 0
    assert scores.overall.published.hit >= 13  # of 14
    assert scores.overall.speaker_alarms == 0  # (1 when measured: "said Sr. Comr. X")
    # 0.94: an undated page's mention of the Dekai attack stays apart from it
    assert scores.events.pair_f1 >= 0.94
    assert scores.events.conflicts.hit >= 4  # of 11 (soldiers and fighters killed by each side's count: scopes the ledger does not split)
    assert scores.overall.leaks == 0
    assert furniture_found("fresh58").hit >= 146  # of 161


def test_fresh59_part_holds_its_ground_and_pins_the_gaps_it_found():
    """fresh59 (natural disasters whose tolls agencies revise day by day: Maninjau, Bicol,
    the Colca valley, the Itajaí valley; tables of figures, situation reports, local time zones)."""
    scores = evaluate(CORPUS / "fresh59.gold.json", extractions="gold")
    assert scores.overall.published_wrong == 0
    # 13 of 14 (12 when measured: "Posted on October 23, 2026 by X"); a "10/08/2026" only the events settle
    assert scores.overall.published.hit >= 13
    assert scores.overall.speaker_alarms == 0
    assert scores.events.pair_f1 >= 0.97
    assert scores.events.conflicts.hit >= 3  # of 9 (provinces' counts, a magnitude, two figures in one article)
    assert scores.overall.leaks == 0
    assert furniture_found("fresh59").hit >= 173  # of 181


def test_fresh60_part_holds_its_ground_and_pins_the_gaps_it_found():
    """fresh60 (incidents inside Russia and Belarus: Telegram channels, state agencies,
    governors' video addresses, patronymics, Russian and Belarusian spellings of one town)."""
    scores = evaluate(CORPUS / "fresh60.gold.json", extractions="gold")
    assert scores.overall.published_wrong == 0
    assert scores.overall.published.hit >= 13  # of 14: an "08-10-2026" only the events settle
    # 4 (5 when measured): posts under "14:23 — X, Tambov (48,300 subscribers):", a channel's
    # name with a comma in it read as its first word
    assert scores.overall.speaker_alarms <= 4
    # 0.92 (0.83 when measured: "Navapolatsk" and "Novopolotsk" apart); context mentions of one
    # inmate's death in three articles stay apart
    assert scores.events.pair_f1 >= 0.92
    assert scores.events.conflicts.hit >= 7  # of 11
    assert scores.overall.leaks == 0
    assert furniture_found("fresh60").hit >= 149  # of 165


def test_fresh61_part_holds_its_ground_and_pins_the_gaps_it_found():
    """fresh61 (coastal West Africa's English-language press: galamsey pits, a fuel tanker,
    land clashes, a highway crash; statements signed by PROs, ranks abbreviated, chiefs)."""
    scores = evaluate(CORPUS / "fresh61.gold.json", extractions="gold")
    assert scores.overall.published_wrong == 0
    assert scores.overall.published.hit >= 13  # of 14
    assert scores.overall.speaker_alarms == 0  # (3 when measured: "The statement, signed by the PRO, DSP Mrs. X, said")
    assert scores.events.pair_f1 == 1.0
    assert scores.events.conflicts.hit >= 4  # of 5
    assert scores.overall.leaks == 0
    assert furniture_found("fresh61").hit >= 127  # of 135


def test_fresh62_part_holds_its_ground_and_pins_the_gaps_it_found():
    """fresh62 (investigations built on documents and messages: memos, e-mails, filings,
    affidavits, WhatsApp messages, a 911 transcript; Dungarvan, Whitney Pier, Buller, Talcahuano)."""
    scores = evaluate(CORPUS / "fresh62.gold.json", extractions="gold")
    assert scores.overall.published_wrong == 0
    assert scores.overall.published.hit >= 14  # of 14
    # 3 (5 when measured): a crosshead quoting the next paragraph's speaker; "In a message sent
    # at 6:52am ... to the contractor, X wrote:"; stewards who "had told fans" to use a gate
    assert scores.overall.speaker_alarms <= 3
    assert scores.events.pair_f1 == 1.0
    assert scores.events.conflicts.hit >= 5  # of 11 (shots fired, tonnes, whether a gate was open: not kept)
    assert scores.overall.leaks == 0
    assert furniture_found("fresh62").hit >= 158  # of 168


def test_fresh63_part_holds_its_ground_and_pins_the_gaps_it_found():
    """fresh63 (the East African Community's English-language press: a Lake Tanganyika
    capsize, a bus and boda-boda crash, a rebel raid, lightning at a school; Kiswahili,
    Luganda and Kinyarwanda quotes in translation; family names first)."""
    scores = evaluate(CORPUS / "fresh63.gold.json", extractions="gold")
    assert scores.overall.published_wrong == 0
    assert scores.overall.published.hit >= 14  # of 14
    # 0 (1 when measured: a watchman "shouting" in a clause a trader reports)
    assert scores.overall.speaker_alarms == 0
    assert scores.events.pair_f1 >= 0.9  # a market fire the same night and county joins the crash (neither has a kind)
    assert scores.events.conflicts.hit >= 4  # of 7 (figures of different scopes: pupils received, people injured)
    assert scores.overall.leaks == 0
    assert furniture_found("fresh63").hit >= 137  # of 145


def test_fresh64_part_holds_its_ground_and_pins_the_gaps_it_found():
    """fresh64 (the Balkans, Greece and Cyprus: a café shooting in Shkodër, a Halkidiki
    wildfire, a bus in the Morača canyon, a gas explosion in Larnaca; names with and
    without their diacritics, Đorđević and Djordjevic)."""
    scores = evaluate(CORPUS / "fresh64.gold.json", extractions="gold")
    assert scores.overall.published_wrong == 0
    assert scores.overall.published.hit >= 13  # of 14
    assert scores.overall.speaker_alarms == 0
    assert scores.events.pair_f1 == 1.0  # (0.92 when measured: a gas explosion read as a bombing joined a car bomb)
    assert scores.events.conflicts.hit >= 6  # of 6
    assert scores.overall.leaks == 0
    assert furniture_found("fresh64").hit >= 145  # of 151


def test_fresh65_part_holds_its_ground_and_pins_the_gaps_it_found():
    """fresh65 (crowds: a temple crush in Uttar Pradesh, a stadium crush in Bulawayo, a
    stand collapse in Costa Rica, a food-handout crush in Enugu; organisers, trusts,
    clubs, promoters and hospitals each with their own toll)."""
    scores = evaluate(CORPUS / "fresh65.gold.json", extractions="gold")
    # 0 wrong (1 when measured: a dateline's day taken for a GMT stamp's local day where the
    # dateline's city, in GeoNames' time zone, is already on the stamp's day)
    assert scores.overall.published_wrong == 0
    assert scores.overall.published.hit >= 13  # of 14 (11 when measured; "By X - January 25, 2026 @ 10:31am")
    assert scores.overall.speaker_alarms == 0
    assert scores.events.pair_f1 == 1.0
    assert scores.events.conflicts.hit >= 5  # of 8 (who held a gate's keys, stewards, blame: not counts)
    assert scores.overall.leaks == 0
    assert furniture_found("fresh65").hit >= 162  # of 162


def test_fresh66_part_holds_its_ground_and_pins_the_gaps_it_found():
    """fresh66 (Canada and Australia: a First Nation shooting, a Route 117 crash told in
    French and English, a Victorian bushfire, a shopping-centre stabbing; RCMP, SQ and NSW
    Police releases, emailed statements, families' statements released through police)."""
    scores = evaluate(CORPUS / "fresh66.gold.json", extractions="gold")
    assert scores.overall.published_wrong == 0
    assert scores.overall.published.hit >= 13  # of 14 ("09-08-2026 | 7:40 PM" stays undecided)
    # 0 (1 when measured: "The warning, issued by the CFA, said:")
    assert scores.overall.speaker_alarms == 0
    assert scores.events.pair_f1 == 1.0
    assert scores.events.conflicts.hit >= 2  # of 7 (homes destroyed, a cause, an age: not kept)
    assert scores.overall.leaks == 0
    assert furniture_found("fresh66").hit >= 167  # of 191


def test_fresh67_part_holds_its_ground_and_pins_the_gaps_it_found():
    """fresh67 (three agencies' house styles from francophone Central Africa and the western
    Indian Ocean: a mine attack in the Central African Republic, a ferry off Annobón, a
    cyclone over Mauritius and Réunion, a prison break in Brazzaville; security sources on
    condition of anonymity, agency tallies, French datelines over English copy)."""
    scores = evaluate(CORPUS / "fresh67.gold.json", extractions="gold")
    assert scores.overall.published_wrong == 0
    assert scores.overall.published.hit >= 14  # of 14
    # 0 (1 when measured: "I heard them shouting in Sango, ‘...’" inside a miner's words)
    assert scores.overall.speaker_alarms == 0
    assert scores.events.pair_f1 == 1.0
    assert scores.events.conflicts.hit >= 4  # of 8 (missing, escaped, deaths by island: not kept)
    assert scores.overall.leaks == 0
    assert furniture_found("fresh67").hit >= 152  # of 157


def test_fresh68_part_holds_its_ground_and_pins_the_gaps_it_found():
    """fresh68 (pages that change after publication: corrections, editor's notes, updates,
    'what we know' boxes, timelines and FAQs; Prešov, Colón, the Transgabonais, Jonava)."""
    scores = evaluate(CORPUS / "fresh68.gold.json", extractions="gold")
    assert scores.overall.published_wrong == 0
    assert scores.overall.published.hit >= 13  # of 14 (a date only a correction note gives stays unknown)
    # 0 (1 when measured: a timeline's label "09:40 – Fire and Rescue Department:")
    assert scores.overall.speaker_alarms == 0
    assert scores.events.pair_f1 == 1.0
    assert scores.events.conflicts.hit >= 7  # of 7
    assert scores.overall.leaks == 0
    # (155 when measured: correction and update notes with their times, "no longer being
    # updated", "Additional reporting by", a byline in Latin Extended letters)
    assert furniture_found("fresh68").hit >= 163  # of 173


def test_fresh69_part_holds_its_ground_and_pins_the_gaps_it_found():
    """fresh69 (the British press on bombings, sieges and raids abroad: Dera Ismail Khan,
    Jalalabad, Damboa, Mukalla; British single quotes, "told the programme", a live page's
    key points, "Last updated 14.06.26")."""
    scores = evaluate(CORPUS / "fresh69.gold.json", extractions="gold")
    assert scores.overall.published_wrong == 0  # (1 when measured: a live page's "Last updated" only)
    assert scores.overall.published.hit >= 14  # of 14
    # 2 (4 when measured: "heard them walking ..., shouting ‘...’", "asking people, “...”"). Left:
    # 'a figure the Taliban dismissed as 'lies'' in straight single quotes, a bomber's shout a
    # worshipper heard, with no one named
    assert scores.overall.speaker_alarms <= 2
    assert scores.events.pair_f1 == 1.0
    assert scores.events.conflicts.hit >= 7  # of 8
    # (1: a place the gold also marks as furniture in a key-points bullet; the gold's, not a rule's)
    assert scores.overall.leaks <= 1
    assert furniture_found("fresh69").hit >= 174  # of 193 (165 when measured)


def test_fresh70_part_holds_its_ground_and_pins_the_gaps_it_found():
    """fresh70 (live pages: Norrköping, Santa Ana, Imotski, Maribor; entries newest or oldest
    first, quoted and labelled entry headings, "18m ago", key events, team credits)."""
    scores = evaluate(CORPUS / "fresh70.gold.json", extractions="gold")
    assert scores.overall.published_wrong == 0
    assert scores.overall.published.hit >= 12  # of 14
    # 1 (6 when measured: quoted headings over the entry of the words, "Mayor X: ‘...’" and
    # "X speaks to reporters" over untagged words). Left: a stadium's announcement, "Announcement
    # on the stadium speakers:", whose label is no one's name
    assert scores.overall.speaker_alarms <= 1
    assert scores.events.pair_f1 == 1.0
    assert scores.events.conflicts.hit >= 6  # of 8
    assert scores.overall.leaks <= 1  # (the gold's own: a line "Live" it marks as furniture is also a word of its text)
    assert furniture_found("fresh70").hit >= 185  # of 201 (158 when measured)


def test_fresh71_part_holds_its_ground_and_pins_the_gaps_it_found():
    """fresh71 (insurgent attacks told through security sources, officials and residents:
    Niassa, Atakora, Bajaur, Sulu; agency tallies, "contacted by telephone")."""
    scores = evaluate(CORPUS / "fresh71.gold.json", extractions="gold")
    assert scores.overall.published_wrong == 0
    assert scores.overall.published.hit >= 13  # of 14
    # 1 (2 when measured: "according to a local elected official contacted by telephone, who
    # asked ..."). Left: a headline « ... » shortening the mayor's words below
    assert scores.overall.speaker_alarms <= 1
    assert scores.events.pair_f1 == 1.0
    assert scores.events.conflicts.hit >= 4  # of 7 (houses burned, claims of armed groups)
    assert scores.overall.leaks == 0
    assert furniture_found("fresh71").hit >= 141  # of 145


def test_fresh72_part_holds_its_ground_and_pins_the_gaps_it_found():
    """fresh72 (German-speaking, Dutch and Nordic pages under privacy rules: Neustadt,
    Leeuwarden, Ljusne, Vejle; "Jawad R.", van der Berg, Møller Sørensen, »...«)."""
    scores = evaluate(CORPUS / "fresh72.gold.json", extractions="gold")
    assert scores.overall.published_wrong == 0
    assert scores.overall.published.hit >= 14  # of 14
    assert scores.overall.speaker_alarms == 0  # (1 when measured: "the younger of them had written ... that")
    assert scores.events.pair_f1 >= 0.94
    assert scores.events.conflicts.hit >= 3  # of 5 (suspects' ages)
    assert scores.overall.leaks == 0
    assert furniture_found("fresh72").hit >= 130  # of 134 (122 when measured)


def test_fresh73_part_holds_its_ground_and_pins_the_gaps_it_found():
    """fresh73 (attacks on schools and children, words passed on two and three times:
    Vinkovci, Nhlangano, Pinar del Río, Mabinay)."""
    scores = evaluate(CORPUS / "fresh73.gold.json", extractions="gold")
    assert scores.overall.published_wrong == 0
    assert scores.overall.published.hit >= 13  # of 14
    # 3 (11 when measured: quotations three deep in straight marks, "and I quote:", "in his own
    # words, translated from Cebuano:", "X, the matron, was ... shouting"). Left: a passive "We
    # were told, ‘...’" that names no one, and a text message ("It read: ...") whose sender only
    # the sentence before names
    assert scores.overall.speaker_alarms <= 3
    assert scores.events.pair_f1 == 1.0
    assert scores.events.conflicts.hit >= 5  # of 6
    assert scores.overall.leaks == 0
    assert furniture_found("fresh73").hit >= 145  # of 151 (138 when measured)


def test_fresh74_part_holds_its_ground_and_pins_the_gaps_it_found():
    """fresh74 (Pakistan's and Afghanistan's English-language press: Lakki Marwat, Kunar and
    Bajaur, Upper Dir, Balkh; DPO, ISPR, Mawlawi, Solar Hijri mastheads)."""
    scores = evaluate(CORPUS / "fresh74.gold.json", extractions="gold")
    assert scores.overall.published_wrong == 0
    assert scores.overall.published.hit >= 12  # of 14
    # 1: a fragment of a government's promise that the DIG reports ("said ... the provincial
    # government had promised carriers “within weeks, not months”"), read as the government's
    assert scores.overall.speaker_alarms <= 1
    assert scores.events.pair_f1 == 1.0
    assert scores.events.conflicts.hit >= 4  # of 8 (soldiers and fighters killed by side)
    assert scores.overall.leaks == 0
    assert furniture_found("fresh74").hit >= 141  # of 144 (137 when measured)


def test_fresh75_part_holds_its_ground_and_pins_the_gaps_it_found():
    """fresh75 (the Lusophone world's press and Madagascar's: Eráti, the Bijagós, Cidade
    Tiradentes, Ankaramena; dialogue dashes, calqued verbs, compound surnames)."""
    scores = evaluate(CORPUS / "fresh75.gold.json", extractions="gold")
    assert scores.overall.published_wrong == 0
    assert scores.overall.published.hit >= 11  # of 14
    # 0 (6 when measured: a dash turn going on after its tag, one introduced by a colon, tags
    # with "denounced" and "lamented")
    assert scores.overall.speaker_alarms == 0
    assert scores.events.pair_f1 == 1.0
    assert scores.events.conflicts.hit >= 6  # of 9
    assert scores.overall.leaks == 0
    assert furniture_found("fresh75").hit >= 119  # of 132


def test_fresh76_part_holds_its_ground_and_pins_the_gaps_it_found():
    """fresh76 (the British, Irish and Australian popular press: Sunny Beach, Koh Phangan,
    Limerick, Hammamet; quotation first, speaker in the next paragraph)."""
    scores = evaluate(CORPUS / "fresh76.gold.json", extractions="gold")
    assert scores.overall.published_wrong == 0
    assert scores.overall.published.hit >= 13  # of 14
    # 2 (5 when measured: "He told The Blaze" after the words, headlines that make the first
    # word their own). Left: headlines that reword the body ("GRANDAD SHIELDED NAN") or
    # paraphrase it ("tests positive for meth")
    assert scores.overall.speaker_alarms <= 2
    assert scores.events.pair_f1 == 1.0
    assert scores.events.conflicts.hit >= 7  # of 10
    assert scores.overall.leaks == 0
    assert furniture_found("fresh76").hit >= 185  # of 203


def test_fresh77_part_holds_its_ground_and_pins_the_gaps_it_found():
    """fresh77 (rural massacres reported days later: Haiti's Centre, the Sierra Tarahumara,
    the VRAEM, Myanmar's dry zone; survivors' words one after another)."""
    scores = evaluate(CORPUS / "fresh77.gold.json", extractions="gold")
    assert scores.overall.published_wrong == 0
    assert scores.overall.published.hit >= 14  # of 14
    # 0 (2 when measured: survivors' quotations under a sentence of narration opening with the name)
    assert scores.overall.speaker_alarms == 0
    assert scores.events.pair_f1 == 1.0
    assert scores.events.conflicts.hit >= 4  # of 4
    assert scores.overall.leaks == 0
    assert furniture_found("fresh77").hit >= 98  # of 106


def test_fresh78_part_holds_its_ground_and_pins_the_gaps_it_found():
    """fresh78 (transcripts and broadcasts: press conferences, 911 calls, radio Q&A, subtitled
    interviews, a trial: Rosario, Kratie, Iași, Pemba)."""
    scores = evaluate(CORPUS / "fresh78.gold.json", extractions="gold")
    assert scores.overall.published_wrong == 0
    assert scores.overall.published.hit >= 14  # of 14
    # 1 (5 when measured: "[in Khmer]" before subtitled words, a statement read on camera on
    # behalf of the governor). Left: a gunman's words quoted inside an unquoted transcript answer
    assert scores.overall.speaker_alarms <= 1
    assert scores.events.pair_f1 >= 0.94
    assert scores.events.conflicts.hit >= 7  # of 9
    assert scores.overall.leaks == 0
    assert furniture_found("fresh78").hit >= 138  # of 148
