"""Focused extraction: the questions found in the text, the enums offered, the answers assembled."""

from __future__ import annotations

import asyncio
import json
import re

import httpx2
import pytest
from pydantic import ValidationError

from summarizer.errors import ConfigError
from summarizer.extract import extract_article
from summarizer.focused import (
    PASSAGE_CHARS,
    PASSAGE_CONTEXT,
    FocusedPrompts,
    incident_answer_model,
    incident_of,
    load_focused,
    merge_lead,
    passage_of,
    passage_ranges,
    quote_kind,
    quote_questions,
    sentence_questions,
    speaker_answer_model,
)
from summarizer.ingest import Article, iter_inputs
from summarizer.page import find_furniture
from summarizer.pipeline import prompts_for
from summarizer.prompts import PromptTemplate
from summarizer.schema import Count, DateValue, IncidentDraft, Place
from summarizer.settings import Mode, Settings

from .conftest import SEEDS
from .test_llm import completion, run_client


def said(**fields) -> dict:
    """An answer to a sentence question: every field present, as the grammar requires."""
    empty = dict.fromkeys(("date", "perpetrator", "target", "killed", "wounded", "sites", "according_to", "claimed_by"))
    return {"kind": "other", "places": [], **empty, **fields}


def sample(sample_text) -> Article:
    return Article(id="sample", text=sample_text, published="2024-03-04")


def test_every_attributed_gold_quote_is_asked_about(gold, seeds):
    """The quotation scanner finds all 41 gold quotes; each is asked about once, furniture
    skipped, unless the article gives it no speaker the attribution can read: in 004 one
    fragment is "characterized as" by no one, and one is introduced by a misspelt verb."""
    unasked = []
    for article in iter_inputs(sorted(str(p) for p in SEEDS.glob("*.txt"))):
        asked = [q.quote for q in quote_questions(article)]
        assert len(asked) == len(set(asked))
        unasked += [st["quote"][:20] for st in gold["articles"][article.id]["statements"] if st["quote"] not in asked]
    assert unasked == ["defensive strikes,", "precision defensive "]


def test_a_quote_is_asked_with_the_passage_naming_its_speaker(seeds):
    [article] = iter_inputs([str(SEEDS / "001_38bd12fbcce8a317.txt")])
    q = next(q for q in quote_questions(article) if q.quote.startswith("These precision strikes"))
    ranges = passage_ranges(article.text)
    a, b = ranges[passage_of(ranges, q.start, q.end)]
    assert "Austin said" in article.text[a:q.start] and q.quote in article.text[a:b]  # "he said" points back to Austin
    assert q.speakers == ("Austin",)  # the speaker is chosen, not written


def test_the_speakers_offered_are_those_the_article_attributes_the_quote_to(sample_text):
    offered = {q.quote[:12]: q.speakers for q in quote_questions(sample(sample_text))}
    # "called the attack “...”": the governor; "“...” she said": the governor named before; "Renn said".
    assert offered == {"a deliberate": ("Governor Mara Ostrik",), "We will rebu": ("Ostrik",), "Our units we": ("Renn",)}
    text = "Storm warning\n\nThe banner read \u201cStay home\u201d across the square.\n"
    assert quote_questions(Article(id="t", text=text)) == []  # nobody said it: nothing to ask


def test_a_speaker_answer_is_one_of_the_choices_or_null():
    model = speaker_answer_model(("Governor Mara Ostrik", "Ostrik"))
    assert model.model_validate({"speaker": "Ostrik"}).speaker.value == "Ostrik"
    assert model.model_validate({"speaker": None}).speaker is None
    for wrong in ({"speaker": "Tal Renn"}, {}):
        with pytest.raises(ValidationError):
            model.model_validate(wrong)
    assert '"Governor Mara Ostrik"' in json.dumps(model.model_json_schema())


def test_passages_hold_their_questions_whole_with_text_before_them(seeds):
    """Every sentence and quotation is asked with a passage holding it whole and at
    least PASSAGE_CONTEXT characters before it (or the article's start)."""
    for article in iter_inputs(sorted(str(p) for p in SEEDS.glob("*.txt"))):
        ranges = passage_ranges(article.text)
        assert len(ranges) > 1 and all(b - a <= PASSAGE_CHARS for a, b in ranges)
        for q in [*sentence_questions(article), *quote_questions(article)]:
            a, b = ranges[passage_of(ranges, q.start, q.end)]
            assert a <= q.start and q.end <= b and (a == 0 or q.start - a >= PASSAGE_CONTEXT - 200), (article.id, q)


def test_violent_sentences_offer_their_own_names_and_dates(sample_text):
    questions = sentence_questions(sample(sample_text))
    lead = questions[0]
    assert lead.lead and lead.sentence.startswith("Drone strike hits")  # the title
    strike = next(q for q in questions if q.sentence.startswith("PORT HALDEN"))
    assert strike.lead and "early on Monday" in strike.dates and "Port Halden" in strike.names
    assert not any("Fire crews" in q.sentence for q in questions)  # no attack word
    assert not any("explosion" in q.sentence for q in questions)  # after the lead, and undated


def test_a_name_is_not_a_capitalised_first_word():
    text = "Local residents said a drone hit the port. Renn said the drone was not theirs, Tal Renn added."
    [q, later] = sentence_questions(Article(id="t", text=text))
    assert q.names == () and later.names == ("Renn", "Tal Renn")


def test_page_furniture_asks_nothing(seeds):
    [article] = iter_inputs([str(SEEDS / "001_38bd12fbcce8a317.txt")])
    asked = " ".join(q.sentence for q in sentence_questions(article))
    assert "Advertisement" not in asked
    assert "June 16" not in " ".join(d for q in sentence_questions(article) for d in q.dates)
    assert asked


def test_the_choices_reach_the_schema_and_nothing_else_validates():
    model = incident_answer_model(("drone strike", "other"), ("early on Monday",), ("Port Halden",), ("the Northern Front",),
                                  ("a fuel depot",), ())
    schema = json.dumps(model.model_json_schema())
    assert '"Port Halden"' in schema and '"early on Monday"' in schema and '"a fuel depot"' in schema
    answer = model.model_validate(said(kind="drone strike", places=["Port Halden"], date="early on Monday", target="a fuel depot"))
    assert (answer.places[0].value, answer.date.value, answer.target.value) == ("Port Halden", "early on Monday", "a fuel depot")
    # a field with nothing to choose is not asked at all: the grammar cannot write it
    assert '"claimed_by"' not in schema and '"according_to"' in schema
    for wrong in (dict(places=["Mosul"]), dict(kind="air strike"), dict(perpetrator="a fuel depot"), dict(target="the Northern Front"),
                  dict(date="last year")):
        with pytest.raises(ValidationError):
            model.model_validate(said(**{"date": "early on Monday", **wrong}))
    with pytest.raises(ValidationError):
        model.model_validate(said())  # a sentence that dates something: its date must be chosen
    with pytest.raises(ValidationError):
        model.model_validate({"kind": "other", "places": ["Port Halden"]})  # every field must be answered


def test_the_kinds_offered_are_those_the_sentence_names(sample_text):
    questions = {q.sentence[:12]: q for q in sentence_questions(sample(sample_text))}
    assert questions["PORT HALDEN,"].kinds == ("drone strike", "drone attack", "other")
    assert questions["Governor Mar"].kinds == ("other",)  # "called the attack": no word for any kind
    text = "Calm returns\n\nArtillery shelled the market on Friday, killing four people, officials said.\n"
    [q] = sentence_questions(Article(id="t", text=text))
    assert q.kinds == ("shelling", "other")
    schema = json.dumps(incident_answer_model(*q.choices).model_json_schema())
    assert '"shelling"' in schema and '"missile attack"' not in schema and '"air strike"' not in schema


def test_roles_offered_are_the_role_cues_never_the_dateline_never_both_sides(sample_text):
    lead = next(q for q in sentence_questions(sample(sample_text)) if q.sentence.startswith("PORT HALDEN"))
    assert "PORT HALDEN" in lead.names and "Veloria" in lead.names
    # The dateline ("PORT HALDEN, Veloria —") offers no place and no actor; the object of "struck" is the target;
    # "A drone" is the weapon, and a speaker ("the regional health office") is no actor.
    assert lead.places == ("Port Halden",)
    assert lead.targets == ("a fuel depot",) and lead.perpetrators == ()
    governor = next(q for q in sentence_questions(sample(sample_text)) if q.sentence.startswith("Governor"))
    assert "Governor Mara Ostrik" not in governor.perpetrators + governor.targets + governor.places  # a speaker
    text = ("Checkpoint news\n\nGunmen from the Rivers Brigade attacked the Kessel Guards at a checkpoint in Ardmoor "
            "on Sunday, police said.\n")
    [q] = sentence_questions(Article(id="t", text=text))
    assert q.perpetrators[0] == "Gunmen from the Rivers Brigade" and "Rivers Brigade" in q.perpetrators
    assert q.targets[0] == "the Kessel Guards" and not set(q.perpetrators) & set(q.targets)
    assert q.places == ("Ardmoor",)


def test_one_entity_on_both_sides_keeps_the_perpetrator(sample_text):
    q = next(q for q in sentence_questions(sample(sample_text)) if q.sentence.startswith("PORT HALDEN"))
    model = incident_answer_model(q.kinds, q.dates, (), ("Northern Front",), ("the Northern Front",), ())
    answer = model.model_validate(said(date="early on Monday", perpetrator="Northern Front", target="the Northern Front"))
    incident = incident_of(q, answer, None)
    assert (incident.perpetrator, incident.target) == ("Northern Front", None)


def test_answers_become_incidents_only_when_they_say_something(sample_text):
    q = next(q for q in sentence_questions(sample(sample_text)) if q.sentence.startswith("PORT HALDEN"))
    model = incident_answer_model(*q.choices)
    full = model.model_validate(said(kind="drone strike", date="early on Monday",
                                     places=["Port Halden", "Port Halden"], killed=3, according_to="the regional health office"))
    incident = incident_of(q, full, "2024-03-06")
    assert incident.role == "main" and incident.description == q.sentence and incident.kind == "drone strike"
    assert [p.name for p in incident.places] == ["Port Halden"]  # a place the grammar let the model repeat, once
    assert (incident.date.value, incident.date.words) == ("2024-03-04", "early on Monday")
    assert incident.killed.exact == 3 and incident.killed.reported_by == "the regional health office"
    undated = incident_answer_model(q.kinds, (), q.places)
    assert incident_of(q, undated.model_validate(said(kind="drone attack")), None) is None  # nothing to check or group by


def test_only_the_figures_a_sentence_states_are_asked_for(sample_text):
    questions = {q.sentence[:12]: q for q in sentence_questions(sample(sample_text))}
    lead = json.dumps(incident_answer_model(*questions["PORT HALDEN,"].choices).model_json_schema())
    assert '"killed"' in lead and '"wounded"' in lead and '"sites"' not in lead and '"according_to"' in lead
    headline = json.dumps(incident_answer_model(*questions["Drone strike"].choices).model_json_schema())
    assert '"killed"' not in headline and '"according_to"' not in headline  # no figure: nothing to ask


def test_a_figure_the_sentence_does_not_state_is_dropped(sample_text):
    q = next(q for q in sentence_questions(sample(sample_text)) if q.sentence.startswith("PORT HALDEN"))
    assert (3, "killed") in q.figures and (7, "wounded") in q.figures
    model = incident_answer_model(*q.choices)
    swapped = incident_of(q, model.model_validate(said(date="early on Monday", killed=7, wounded=3, sites=12)), None)
    assert (swapped.killed, swapped.wounded, swapped.sites) == (None, None, None)  # 7 is wounded, 3 killed, no 12 at all
    right = incident_of(q, model.model_validate(said(date="early on Monday", killed=3, wounded=7)), None)
    assert (right.killed.exact, right.wounded.exact) == (3, 7)
    assert incident_of(q, incident_answer_model(q.kinds, ()).model_validate(said(killed=40)), None) is None  # nothing left


def lead_question(sentence: str):
    """The question asked about the one violent sentence of a one-sentence article (its lead)."""
    [q] = sentence_questions(Article(id="t", text=f"{sentence}\n", published="2025-05-14"))
    assert q.lead
    return q


def test_a_lead_clause_about_an_earlier_happening_is_that_happenings():
    """"days after ...", "in response to ...": what that clause names belongs to the
    earlier happening; the story of the sentence keeps only what its own clause names."""
    q = lead_question("The Ardmoor Guards shelled positions of the Kessel Front on Tuesday, days after "
                      "the Front attacked a garrison in Veldara with rockets on Sunday.")
    model = incident_answer_model(*q.choices)
    story = incident_of(q, model.model_validate(
        said(kind="shelling", date="on Sunday", places=["Veldara"], perpetrator="The Ardmoor Guards", target="a garrison")), "2025-05-14")
    assert story.role == "main" and story.kind == "shelling" and story.perpetrator == "The Ardmoor Guards"
    assert story.date is None and story.places == [] and story.target is None  # Sunday, Veldara, the garrison: the rocket attack's
    earlier = incident_of(q, model.model_validate(said(kind="rocket attack", date="on Sunday", places=["Veldara"])), "2025-05-14")
    assert earlier.role == "context" and earlier.date.words == "on Sunday" and [p.name for p in earlier.places] == ["Veldara"]
    own = incident_of(q, model.model_validate(said(kind="shelling", date="on Tuesday")), "2025-05-14")
    assert own.role == "main" and own.date.value == "2025-05-13"
    # without such a clause, "after" joins one happening: a man shot and dying of it
    q = lead_question("A guard died in Veldara on Sunday after he was shot at a checkpoint.")
    shot = incident_of(q, incident_answer_model(*q.choices).model_validate(said(kind="shooting", date="on Sunday", places=["Veldara"])), None)
    assert shot.role == "main" and shot.date.words == "on Sunday" and [p.name for p in shot.places] == ["Veldara"]


def test_who_carried_it_out_is_not_where_it_happened():
    text = ("Depots hit\n\nVeloria struck depots of the Kessel Front in Ardmoor on Tuesday. "
            "Refugees fled across the border into Veloria on Tuesday after the attack.\n")
    q = sentence_questions(Article(id="t", text=text))[1]
    assert q.places == ("Veloria", "Ardmoor") and q.perpetrators == ("Veloria",)  # the article uses Veloria as a place too
    answer = incident_answer_model(*q.choices).model_validate(said(date="on Tuesday", perpetrator="Veloria", places=["Veloria", "Ardmoor"]))
    assert [p.name for p in incident_of(q, answer, None).places] == ["Ardmoor"]


@pytest.mark.parametrize("quote, kind", [("We will rebuild the depot within a month.", "direct"),
                                         ("a deliberate strike on civilian infrastructure", "partial"),
                                         ("Multiple attack drones were launched", "partial")])
def test_quote_kind(quote, kind):
    assert quote_kind(quote) == kind


class Questions:
    """A fake model that answers each focused question from the request itself."""

    def __init__(self):
        self.requests: list[dict] = []

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        body = json.loads(request.content)
        self.requests.append(body)
        user = body["messages"][-1]["content"]
        focus = re.search(r"<(article-\w+)-focus>\n(.*)\n</\1-focus>", user, re.S).group(2)
        if "-speakers>" in user:
            content = {"speaker": "Ostrik" if "rebuild" in focus else "Renn" if "coast" in focus else None}
        elif focus.startswith("PORT HALDEN"):
            content = said(kind="drone strike", date="early on Monday",
                           places=["Port Halden"], killed=3, according_to="the regional health office")
        else:
            content = said()
        return httpx2.Response(200, json=completion(content=json.dumps(content)))


# Two speakers the article may give these words to: the one question about a speaker.
_TWO_SPEAKERS = "Harbour master Lena Dorn said the port reopened, and Ostrik told reporters the depot was \u201ca total loss\u201d.\n"


def test_an_article_by_small_questions(sample_text):
    article = sample(sample_text + _TWO_SPEAKERS)
    fake = Questions()
    summary = asyncio.run(run_client(fake, lambda client: extract_article(article, client, load_focused()), mode=Mode.json_grammar))
    # A quotation with one speaker the article names is theirs, asked nothing: only "a total loss" is asked.
    asked = [q for q in quote_questions(article) if len(q.speakers) > 1]
    assert [q.quote for q in asked] == ["a total loss"]
    n = len(sentence_questions(article)) + len(asked)
    assert len(fake.requests) == n == summary.run.http_calls and summary.run.prompt == "focused"
    [incident] = summary.incidents
    assert incident.kind == "drone strike" and incident.evidence["killed"].status.grounded
    assert incident.evidence["date"].status.grounded and incident.date.value == "2024-03-04"
    assert {(s.speaker, s.status.value) for s in summary.statements} == {
        ("Governor Mara Ostrik", "exact"), ("Ostrik", "exact"), ("Renn", "exact")}
    # One system prompt and one passage for every question, the question last: they share their prefix.
    systems = {r["messages"][0]["content"] for r in fake.requests}
    heads = {r["messages"][1]["content"].split("-focus>")[0] for r in fake.requests}
    assert len(systems) == 1 and len(heads) == 1 and "json_schema" not in systems.pop()  # the grammar carries the schema
    assert all(r["response_format"]["schema"] for r in fake.requests)
    # "a total loss" got no speaker (null, among its choices): it is left out, not guessed.
    assert not any("total loss" in s.quote for s in summary.statements)


def test_strategy_defaults(tmp_path):
    hosted = Settings(model="gpt-4o-mini", api_key="k")
    embedded = Settings(model="local:qwen", api_key="k")
    assert isinstance(prompts_for(hosted), PromptTemplate)
    assert isinstance(prompts_for(embedded), FocusedPrompts)
    assert isinstance(prompts_for(embedded, "whole"), PromptTemplate)
    with pytest.raises(ConfigError, match="focused"):
        prompts_for(hosted, "sometimes")


def test_the_headline_and_the_lead_are_one_main_incident():
    def inc(**kw):
        return IncidentDraft(**{"kind": "air strike", "description": "d", "role": "main", **kw})

    headline = inc(perpetrator="US", places=[Place(name="Iraq")])
    lead = inc(kind="bombing", date=DateValue(value="2024-01-24", words="early Wednesday"), target="Iran-backed",
               places=[Place(name="Iraq"), Place(name="Jurf al-Sakhr")], killed=Count(exact=2))
    missiles = inc(kind="missile attack", places=[Place(name="Al Asad")])
    background = inc(role="context", date=DateValue(value="2024-01-20"))
    [strike, other, kept] = merge_lead([headline, lead, missiles, background])
    assert strike.date.value == "2024-01-24" and strike.kind == "bombing"
    assert (strike.perpetrator, strike.target, strike.killed.exact) == ("US", "Iran-backed", 2)
    assert [p.name for p in strike.places] == ["Iraq", "Jurf al-Sakhr"]
    assert other == missiles and kept == background
    undated_lead = lead.model_copy(update={"date": DateValue(words="early Wednesday")})  # no publication date
    assert merge_lead([headline, undated_lead])[0].date.words == "early Wednesday"
    # A lead sentence that names no kind ("2 dead in US strikes") is the same story: it joins the first kind named.
    unnamed = inc(kind="other", killed=Count(exact=2), places=[Place(name="Baghdad")])
    [strike, other, kept] = merge_lead([unnamed, lead, missiles, background])
    assert strike.kind == "bombing" and strike.killed.exact == 2 and [p.name for p in strike.places] == ["Baghdad", "Iraq", "Jurf al-Sakhr"]
    assert other == missiles
    assert [i.kind for i in merge_lead([unnamed, unnamed.model_copy(update={"target": "X"})])] == ["other"]  # no kind named at all


def test_a_dated_lead_answered_other_takes_the_kind_its_sentence_and_the_headline_name():
    def inc(kind, description, **kw):
        return IncidentDraft(kind=kind, description=description, role="main", **kw)

    headline = inc("drone strike", "Drone strike hits a depot")
    dated = inc("other", "A drone struck the depot early on Monday.", date=DateValue(words="early on Monday"))
    assert merge_lead([headline, dated])[0].kind == "drone strike"
    # The dated sentence names no drone: the kind the headline named is not its to take.
    unnamed = inc("other", "Two people died at the depot early on Monday.", date=DateValue(words="early on Monday"))
    assert merge_lead([headline, unnamed])[0].kind == "other"


def test_an_article_with_nothing_to_ask_costs_no_call():
    article = Article(id="calm", text="The council met on Tuesday and approved the budget.")
    fake = Questions()
    summary = asyncio.run(run_client(fake, lambda client: extract_article(article, client, load_focused())))
    assert fake.requests == [] and summary.run.http_calls == 0 and not summary.incidents and not summary.statements


def test_focused_answers_are_cached_like_whole_ones(sample_text, tmp_path):
    from summarizer.cache import ResponseCache

    article = sample(sample_text)
    with ResponseCache(tmp_path / "c.sqlite") as cache:
        first, second = Questions(), Questions()
        one = asyncio.run(run_client(first, lambda c: extract_article(article, c, load_focused(), cache=cache)))
        two = asyncio.run(run_client(second, lambda c: extract_article(article, c, load_focused(), cache=cache)))
    assert first.requests and second.requests == [] and two.run.cached
    assert two.incidents == one.incidents and two.statements == one.statements


@pytest.mark.parametrize(
    "sentence",
    [
        "About thirty people lost their lives when the ferry went down on Sunday.",
        "Eleven miners died after the shaft collapsed, officials said.",
        "The death toll rose to 14 on Monday.",
        "Gunmen opened fire on worshippers leaving the mosque.",
        "Two soldiers were killed in an ambush near the border.",
        "A bus collided with a fuel tanker on the highway.",
        "Bodies were recovered from the river on Tuesday.",
        "Clashes between rival militias erupted overnight.",
    ],
)
def test_the_words_of_any_kind_of_incident_are_asked_about(sentence):
    text = f"Calm returns to the province\n\n{sentence}\n"
    assert [q.sentence for q in sentence_questions(Article(id="t", text=text))] == [sentence]


def test_a_headline_repeated_in_the_text_is_asked_once():
    headline = "Gunmen kill four police officers at checkpoint"
    text = f"{headline}\n\nDnipro Shore News\nFollow us on Telegram\n\n{headline}\n\nThe attack happened on Friday night, police said.\n"
    asked = [q.sentence for q in sentence_questions(Article(id="t", text=text, furniture=find_furniture(text)))]
    assert asked.count(headline) == 1
