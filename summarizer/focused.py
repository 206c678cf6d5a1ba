"""Extraction by small questions: the strategy for small models.

Asked for a whole article's incidents and statements in one answer, the embedded
0.5B model returns narration as quotes, gives every quote one speaker, and pads
lists with empty incidents (quote precision 0/16 on the seeds). Asked one small
question at a time about a passage of two sentences, it does much better. So the
article is first read deterministically:

- every quotation, by the verifier's quotation-mark scanner (on the seeds it finds
  all 41 gold quotes), with the speakers the verifier's attribution names for it;
- every sentence that reports violence (an attack or casualty word) in the lead,
  and later ones that carry a date, with the names and date words each contains;

then the model is asked, per quotation, which of those said it (or nobody), and per sentence, what
happened there, choosing among what the sentence allows (enums in the schema, so a
constrained decoder can give nothing else): the kinds its own words name (the
verifier's kind table) or "other", its date words, and the places, perpetrators,
targets and claimants the verifier would accept from it (role cues first, never the
dateline, never one candidate on both sides); a figure the sentence does not state
is dropped. Quotes are verbatim and descriptions
are article sentences by construction; what the model decides is who and what.
Incidents of the article's first violent sentences are its main ones (news puts the
story first).

Questions are asked passage by passage: every question about one passage (a chunk
of the article) carries the same system prompt and the same passage, with the
sentence or quotation and the question last, so llama.cpp (and a provider's prompt
cache) reads the shared prefix once, not once per question.

Page furniture offers nothing. The questions depend only on the article, never on
earlier answers, so replay and the response cache work as for whole articles
(batch files are made for the whole-article strategy).
"""

from __future__ import annotations

import functools
import hashlib
import re
from dataclasses import dataclass
from enum import Enum
from types import GenericAlias
from typing import Literal, cast

from pydantic import BaseModel, Field, create_model

from .dates import date_spans, resolve
from .ingest import Article
from .llm import CallStats, StructuredClient
from .names import alias_groups, same_name
from .prompts import PromptTemplate, load_template
from .schema import (
    COUNT_FIELDS,
    GENERIC_KINDS,
    MAX_PLACES,
    Count,
    DateValue,
    Extraction,
    IncidentDraft,
    Place,
    Span,
    StatementDraft,
    kind_family,
)
from .text import SourceIndex, chunk_ranges, source_index
from .verify.attribution import speaker_candidates
from .verify.facts import fielded_numbers, name_check
from .verify.incident import role_check
from .verify.places import in_dateline, place_check
from .verify.roles import actor_candidates, earlier_clause, kind_choices, kind_triggers

LEAD_SENTENCES = 3  # the first violent sentences: the headline and the lead of the story
# A passage all its questions share (read once); neighbours overlap so every sentence asked
# about has at least PASSAGE_CONTEXT characters before it in its passage (when the article has).
PASSAGE_CHARS = 2000
PASSAGE_CONTEXT = 600
MAX_ROLE_WORDS = 6  # a longer role phrase ran past its clause edge
# Words of violence and its toll, in any kind of incident: attacks, strikes, shootings,
# bombings, clashes, accidents, and the words for the dead and wounded.
_VIOLENCE = re.compile(
    r"\b(?:(?:air)?strikes?|struck|hit|targets?|targeted|attack\w*|bomb\w*|drones?|missiles?|rockets?|raids?|shell(?:s|ed|ing)|explosions?|"
    r"blasts?|killed|killing|dead|wounded|injur\w*|shot|shooting|fired|crash\w*|"
    r"died|dies|deaths?|death toll|lost (?:their|his|her) lives|bodies|exploded|explosives?|gunmen|gunfire|opened fire|"
    r"ambush\w*|clash\w*|collisions?|collided|capsiz\w*|derail\w*|massacre\w*|stabb\w*|abduct\w*|kidnap\w*|"
    r"artillery|mortars?|grenades?|landmines?|ieds?|suicide bomb\w*)\b",
    re.I,
)
# Capitalised words that are dates or counts, not names ("Wednesday", "Two people ...").
_NOT_NAME_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april june july august
    september october november december jan feb mar apr jun jul aug sep sept oct nov dec gmt utc one two three
    four five six seven eight nine ten several many some few even late early""".split()
)
_POSSESSIVE = re.compile(r"[\u2019']s?$")
_DIRECT = re.compile(r"^\W*[A-Z0-9].*[.,!?\u2026]\W*$", re.S)


@dataclass(frozen=True)
class FocusedPrompts:
    """The two templates of focused extraction, named and hashed as one prompt."""

    incident: PromptTemplate
    speaker: PromptTemplate
    name: str = "focused"

    @property
    def sha256(self) -> str:
        return hashlib.sha256(f"{self.incident.sha256}:{self.speaker.sha256}".encode()).hexdigest()


def load_focused() -> FocusedPrompts:
    """Both questions share one system prompt, so they share a prefix too."""
    return FocusedPrompts(incident=load_template("incident", system="focused"), speaker=load_template("speaker", system="focused"))


@functools.lru_cache(maxsize=512)
def speaker_answer_model(speakers: tuple[str, ...]) -> type[BaseModel]:
    """Who said one quotation: one of the speakers the article's attribution offers
    for it (`QuoteQuestion.speakers`), or null for words nobody said (scare quotes,
    titles). Required, so a grammar makes the model choose."""
    fields: dict = {"speaker": (_choice("Speaker", speakers) | None, Field(description="Who said the quotation; null if nobody in the text said it."))}
    return create_model("SpeakerAnswer", __doc__="Who said one quotation.", **fields)


@dataclass(frozen=True)
class QuoteQuestion:
    """One quotation, with the speakers the article's attribution offers for it."""

    quote: str
    start: int  # where its sentence starts: the passage asked with must hold it whole, and the quote
    end: int
    speakers: tuple[str, ...] = ()


@dataclass(frozen=True)
class SentenceQuestion:
    """One violent sentence, with the choices it allows for each field."""

    sentence: str
    start: int
    end: int
    names: tuple[str, ...]  # every name it contains
    dates: tuple[str, ...]
    lead: bool
    kinds: tuple[str, ...] = ("other",)
    places: tuple[str, ...] = ()
    perpetrators: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()
    claimants: tuple[str, ...] = ()
    figures: tuple[tuple[int, str | None], ...] = ()  # its numbers, with the field their clause gives them (None: no cue)

    @property
    def choices(self) -> tuple[tuple[str, ...], ...]:
        """The arguments of `incident_answer_model` for this sentence: its figures' fields
        (a figure with no cue may be any of them)."""
        stated = {field for _, field in self.figures}
        counts = COUNT_FIELDS if None in stated else tuple(f for f in COUNT_FIELDS if f in stated)
        return self.kinds, self.dates, self.places, self.perpetrators, self.targets, self.claimants, counts


def passage_ranges(text: str) -> list[tuple[int, int]]:
    """The passages questions are asked with (one for a short article)."""
    return chunk_ranges(text, PASSAGE_CHARS, PASSAGE_CONTEXT)


def passage_of(ranges: list[tuple[int, int]], start: int, end: int) -> int:
    """The first passage holding [start, end) whole: the one with the most text before
    it. A span longer than any passage goes with the passage it starts in."""
    whole = (i for i, (a, b) in enumerate(ranges) if a <= start and end <= b)
    return next(whole, None) or next((i for i, (a, b) in enumerate(ranges) if a <= start < b), len(ranges) - 1)


def _bare(name: str) -> str | None:
    """The name without a possessive ending; None when it is a date or a count word."""
    name = _POSSESSIVE.sub("", name)
    words = [_POSSESSIVE.sub("", w).casefold() for w in name.split()]
    return None if any(w in _NOT_NAME_WORDS for w in words) else name


def quote_questions(article: Article) -> list[QuoteQuestion]:
    """One question per distinct quotation outside page furniture that the article
    attributes to someone (the verifier's attribution: a reporting verb, a transcript
    turn, the quotation before). The speaker is chosen among those: asked for free
    text about a 2,000-character passage, the 0.5B model named the wrong person or a
    title for half the quotes (quote precision 18/42 on the seeds, 31/42 with 600)."""
    text, idx = article.text, source_index(article.text)
    questions: dict[str, QuoteQuestion] = {}
    for start, end in idx.regions:
        quote = text[start:end].strip()
        if quote and quote not in questions and not article.is_furniture(start, end):
            speakers = tuple(dict.fromkeys(s for who in speaker_candidates(idx, Span(start=start, end=end)) if (s := who.strip())))
            if speakers:
                questions[quote] = QuoteQuestion(quote, idx.sentence_span(idx.sentence_of(start))[0], end, speakers)
    return list(questions.values())


def sentence_questions(article: Article) -> list[SentenceQuestion]:
    """One question per sentence outside furniture that reports violence: the first
    few (headline and lead: the article's main incidents) and later ones with a
    date (background: undated later sentences are opinion, statistics or repetition
    far more often than a new happening), each with the choices it allows."""
    text, idx = article.text, source_index(article.text)
    groups = alias_groups()
    questions, violent = [], 0
    for k in range(len(idx.sent_starts)):
        start, end = idx.sentence_span(k)
        raw = text[start:end]
        sentence = raw.strip()
        if not sentence or article.is_furniture(start, start + len(raw.rstrip())):
            continue
        if not _VIOLENCE.search(sentence):
            continue
        violent += 1
        lead = violent <= LEAD_SENTENCES
        dates = tuple(dict.fromkeys(raw[a:b] for a, b in date_spans(raw)))
        if not (lead or dates):
            continue
        mentions = [(n, a, b) for a, b, run in idx.mentions[k] if (n := _bare(run)) and (a != start or idx.opens_name(a, run))]
        names = tuple(dict.fromkeys(n for n, _, _ in mentions))
        # Names the sentence has only in its dateline (where the report was filed) are no choice.
        dateline = {n for n, a, b in mentions if in_dateline(idx, Span(start=a, end=b))}
        named = tuple(n for n in names if n not in dateline or any(m == n and not in_dateline(idx, Span(start=a, end=b))
                                                                     for m, a, b in mentions))
        roles = actor_candidates(sentence)
        perpetrators = _accepted(idx, k, "perpetrator", (*_phrases(roles, "agent", "claimant"), *named), groups)
        targets = tuple(t for t in _accepted(idx, k, "target", (*_phrases(roles, "target"), *named), groups) if t not in perpetrators)
        questions.append(SentenceQuestion(
            sentence, start, start + len(raw.rstrip()), names, dates, lead, kinds=tuple(kind_choices(sentence)),
            places=_accepted(idx, k, "place", named, groups), perpetrators=perpetrators, targets=targets,
            claimants=_accepted(idx, k, "claimed_by", (*_phrases(roles, "claimant"), *named), groups),
            figures=tuple((n, field) for n, _, field in fielded_numbers(idx, k)),
        ))
    return questions


# Heuristic: a role phrase that opens with anything but a determiner or a name, or holds
# a time word or a verb, ran past its clause edge ("during a funeral for militants",
# "Sunday evening in Iraq US forces", "militants hit the base").
_PHRASE_OPENERS = frozenset("a an the this these those its their his her".split())
_ATTACK_NOUNS = frozenset("strike strikes attack attacks raid raids".split())  # "a number of missile strikes" is no actor
_NOT_IN_ACTOR = frozenset("during after before since when while hit hits struck came come comes hosts host said says".split())


def _phrases(roles: dict[str, list[str]], *parts: str) -> list[str]:
    """The sentence's role phrases of these parts that can stand as an actor: two to
    MAX_ROLE_WORDS words, not ending in a weapon or an attack (the verifier's kind
    triggers: "a drone" is the means, not the one who struck; "gunmen from X" are
    people), no figure. One word is offered only as a name."""
    def actor(phrase: str) -> bool:
        words = phrase.split()
        return (2 <= len(words) <= MAX_ROLE_WORDS and (words[0][:1].isupper() or words[0].casefold() in _PHRASE_OPENERS)
                and not any(w in _NOT_IN_ACTOR or w.casefold() in _NOT_NAME_WORDS for w in words)
                and not kind_triggers(words[-1]) and words[-1].casefold() not in _ATTACK_NOUNS
                and not any(c.isdigit() for c in phrase))

    return [p for part in parts for p in roles.get(part, []) if actor(p)]


def _accepted(idx: SourceIndex, k: int, field: str, candidates: tuple[str, ...], groups) -> tuple[str, ...]:
    """The candidates the verifier grounds as this field of an incident told in sentence
    `k` (a place the article uses as one; an actor in that part of the sentence), in order."""
    out: list[str] = []
    for name in dict.fromkeys(candidates):
        found = name_check(idx, name, groups)
        if not found.status.grounded:
            continue
        found = place_check(idx, name, found) if field == "place" else role_check(idx, field, name, groups, [k], found)
        if found.status.grounded:
            out.append(name)
    return tuple(out)


def _choice(name: str, values: tuple[str, ...]) -> type[Enum]:
    # Enum's functional API returns a class; mypy models it only for a literal name
    # assigned at module level, and types a call with a variable name as a member.
    return cast(type[Enum], Enum(name, {f"v{i}": v for i, v in enumerate(values)}, type=str))


def _pick(name: str, values: tuple[str, ...]) -> object:
    """One of `values` or null; null only when there is nothing to choose."""
    return (_choice(name, values) | None) if values else None


@functools.lru_cache(maxsize=512)
def incident_answer_model(
    kinds: tuple[str, ...],
    dates: tuple[str, ...],
    places: tuple[str, ...] = (),
    perpetrators: tuple[str, ...] = (),
    targets: tuple[str, ...] = (),
    claimants: tuple[str, ...] = (),
    counts: tuple[str, ...] = COUNT_FIELDS,
) -> type[BaseModel]:
    """What the model may answer about one sentence (`SentenceQuestion.choices`): each
    field's choices as an enum, so the grammar allows nothing the sentence does not.
    A field with nothing to choose is left out, and so is a figure the sentence gives
    no number for (`counts`: the fields it states figures for), with who gave them:
    the grammar would only force the model to write its key and null, token by token,
    and generating those tokens is most of an answer's time. Every field asked is
    required, so a grammar makes the model answer each in turn instead of skipping to
    the easy ones; null is allowed except for the date of a sentence that names one."""
    fields: dict = {"kind": (_choice("Kind", kinds), Field(description="What happened."))}
    if dates:
        # Not nullable: asked for the date of a happening it reports, the 0.5B model
        # answers null even for "early Wednesday".
        fields["date"] = (_choice("DateWords", dates), Field(description="The words that say when it happened."))
    if perpetrators:
        fields["perpetrator"] = (_pick("Perpetrator", perpetrators), Field(description="Who carried it out."))
    if targets:
        fields["target"] = (_pick("Target", targets), Field(description="Who or what was attacked."))
    if places:
        fields["places"] = (GenericAlias(list, _choice("Place", places)), Field(max_length=MAX_PLACES, description="Where it happened."))
    for count, what in (("killed", "People killed"), ("wounded", "People wounded"), ("sites", "Sites, facilities or targets hit")):
        if count in counts:
            fields[count] = (int | None, Field(ge=0, description=f"{what}, as a number; null if the sentence does not say."))
    if counts:
        fields["according_to"] = (str | None, Field(max_length=100, description="Who the sentence says gave the figures, if anyone."))
    if claimants:
        fields["claimed_by"] = (_pick("Claimant", claimants), Field(description="Who claimed responsibility, if anyone."))
    return create_model("IncidentAnswer", __doc__="What one sentence reports.", **fields)


def _value(choice: Enum | None) -> str | None:
    return choice.value if choice is not None else None


@dataclass(frozen=True)
class _IncidentAnswer:
    """One `incident_answer_model` answer with its types: that model is made per
    sentence (its enums hold the sentence's own words), so its fields are read here."""

    kind: Enum
    date: Enum | None
    places: list[Enum]
    perpetrator: Enum | None
    target: Enum | None
    killed: int | None
    wounded: int | None
    sites: int | None
    according_to: str | None
    claimed_by: Enum | None

    @classmethod
    def read(cls, answer: BaseModel) -> _IncidentAnswer:
        f = dict(answer)  # field name -> value, as validated against the per-sentence model (a field not asked: None)
        return cls(
            kind=f["kind"], date=f.get("date"), places=f.get("places") or [], perpetrator=f.get("perpetrator"),
            target=f.get("target"), killed=f.get("killed"), wounded=f.get("wounded"), sites=f.get("sites"),
            according_to=f.get("according_to"), claimed_by=f.get("claimed_by"),
        )


def incident_of(question: SentenceQuestion, answer: BaseModel, published: str | None) -> IncidentDraft | None:
    """The incident one answer (of `incident_answer_model(*question.choices)`) describes,
    or None when it gives nothing but a kind: nothing to check or to group by. The
    choices keep perpetrator and target apart; one entity by two names on both sides
    ("US" and "US forces") keeps the perpetrator only, and the perpetrator is no place.
    A sentence's clause about an earlier happening ("came days after ...") is that
    happening's: an answer whose kind only that clause names is that happening (context,
    never the story), and an answer of another kind takes no date, place or actor only
    that clause names."""
    said = _IncidentAnswer.read(answer)
    perpetrator, target = _value(said.perpetrator), _value(said.target)
    if perpetrator and target and same_name(perpetrator, target):
        target = None
    places = list(dict.fromkeys(p.value for p in said.places))  # a grammar lets a choice repeat
    words = _value(said.date)
    role: Literal["main", "context"] = "main" if question.lead else "context"
    if earlier := earlier_clause(question.sentence):
        if _told_only_in(question.sentence, earlier, said.kind.value):
            role = "context"  # the earlier happening the sentence ties its story to, not the story
        else:
            def ours(name: str | None) -> str | None:
                return None if name and _named_only_in(question.sentence, earlier, name) else name
            perpetrator, target, words = ours(perpetrator), ours(target), ours(words)
            places = [p for p in places if ours(p)]
    if perpetrator:  # who did it is not where: "The United States targeted sites in Iraq"
        places = [p for p in places if not same_name(p, perpetrator)]
    killed, wounded, sites = (_stated(question, getattr(said, f), f) for f in COUNT_FIELDS)
    if not any((words, places, perpetrator, target, killed, wounded, sites, said.claimed_by)):
        return None
    resolved = resolve(words, published) if words else None
    date = DateValue(value=resolved.value, precision=resolved.precision, words=words) if resolved else (
        DateValue(words=words) if words else None
    )
    return IncidentDraft(
        kind=said.kind.value,
        description=question.sentence[:300],
        date=date,
        places=[Place(name=name) for name in places],
        perpetrator=perpetrator,
        target=target,
        killed=_count(killed, said.according_to),
        wounded=_count(wounded, said.according_to),
        sites=_count(sites, said.according_to),
        claimed_by=_value(said.claimed_by),
        role=role,
    )


def _told_only_in(sentence: str, clause: tuple[int, int], kind: str) -> bool:
    """Whether every word of the sentence naming this kind is inside the clause."""
    return _only_inside(kind_triggers(sentence).get(kind, []), clause)


def _named_only_in(sentence: str, clause: tuple[int, int], name: str) -> bool:
    """Whether the sentence writes this name only inside the clause."""
    return _only_inside([m.span() for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", sentence)], clause)


def _only_inside(spans: list[tuple[int, int]], clause: tuple[int, int]) -> bool:
    return bool(spans) and all(clause[0] <= a and b <= clause[1] for a, b in spans)


_MERGED = ("perpetrator", "target", "killed", "wounded", "sites", "claimed_by")


def merge_lead(incidents: list[IncidentDraft]) -> list[IncidentDraft]:
    """The headline and the lead tell one story: main incidents of one kind family
    become one, based on the first that has a date (resolved, else in words; with no
    date, the first that names a kind), with
    every place named and, for each other fact, the first value given. A lead
    sentence naming no kind ("other": "2 dead in US strikes") joins the first family
    named (heuristic: the lead's sentences tell one story unless their words name
    two kinds). A base answered "other" takes the kind the others named when its own
    sentence names that kind too (the kinds it was offered): the 0.5B model often
    answers "other" for the sentence that dates the story. Background incidents stay
    as they are."""
    families: dict[str, list[IncidentDraft]] = {}
    for inc in incidents:
        if inc.role == "main":
            families.setdefault(kind_family(inc.kind), []).append(inc)
    specific = [f for f in families if f not in GENERIC_KINDS]
    for generic in [f for f in families if f in GENERIC_KINDS] if specific else []:
        families[specific[0]] = sorted(families[specific[0]] + families.pop(generic), key=incidents.index)
    merged = []
    for group in families.values():
        base = (next((i for i in group if i.date and i.date.value), None) or next((i for i in group if i.date), None)
                or next((i for i in group if i.kind not in GENERIC_KINDS), group[0]))
        places = list({p.name: p for i in group for p in i.places}.values())[:MAX_PLACES]
        facts = {f: next((v for i in [base, *group] if (v := getattr(i, f)) is not None), None) for f in _MERGED}
        if base.kind in GENERIC_KINDS:
            facts["kind"] = next((i.kind for i in group if i.kind in kind_choices(base.description) and i.kind not in GENERIC_KINDS), base.kind)
        merged.append(base.model_copy(update={"places": places, **facts}))
    return merged + [i for i in incidents if i.role != "main"]


def _stated(question: SentenceQuestion, number: int | None, field: str) -> int | None:
    """The figure when the sentence states that number for that field (or with no cue
    either way): the 0.5B model fills figures in from elsewhere in the passage (the
    grammar lets any digits through), and a figure the sentence does not give is
    no fact of its incident."""
    return number if any(n == number and f in (field, None) for n, f in question.figures) else None


def _count(number: int | None, according_to: str | None) -> Count | None:
    """The figure as a Count. 0 counts as not given: the small models answer 0 for
    "the sentence does not say" far more often than articles report zero casualties."""
    return Count(exact=number, reported_by=according_to) if number else None


def quote_kind(quote: str) -> Literal["direct", "partial"]:
    """'direct' for a whole quoted sentence (capital first, closing punctuation last), else 'partial'."""
    return "direct" if _DIRECT.match(quote) else "partial"


async def ask_focused(article: Article, client: StructuredClient, prompts: FocusedPrompts) -> tuple[Extraction, CallStats]:
    """Every question about one article, passage by passage (in each, its sentences,
    then its quotations, in text order), the answers as one Extraction. A quotation
    the verifier gives one speaker is that speaker's without a question: there is
    nothing to choose (the model's only other answer, null, overruled the article). The schema
    is the grammar's, not the prompt's (`schema_in_prompt=False`): a per-question
    schema in the prompt would end the prefix the questions share."""
    ranges = passage_ranges(article.text)
    sentences = [(passage_of(ranges, q.start, q.end), q) for q in sentence_questions(article)]
    quotes = [(passage_of(ranges, q.start, q.end), q) for q in quote_questions(article)]
    stats = CallStats()
    incidents, statements = [], []
    for i, (a, b) in enumerate(ranges):
        passage = article.text[a:b].strip()
        for sq in (q for at, q in sentences if at == i):
            messages = prompts.incident.messages(passage, article.published, focus=sq.sentence)
            answer, more = await client.extract(messages, incident_answer_model(*sq.choices), schema_in_prompt=False)
            stats += more
            if incident := incident_of(sq, answer, article.published):
                incidents.append(incident)
        for qq in (q for at, q in quotes if at == i):
            if len(qq.speakers) == 1:
                # one speaker the article gives these words to: nothing to choose, so nothing is asked
                statements.append(StatementDraft(speaker=qq.speakers[0], quote=qq.quote, kind=quote_kind(qq.quote)))
                continue
            messages = prompts.speaker.messages(passage, article.published, focus=qq.quote, choices=qq.speakers)
            said, more = await client.extract(messages, speaker_answer_model(qq.speakers), schema_in_prompt=False)
            stats += more
            if (speaker := _value(dict(said)["speaker"])) is not None:
                statements.append(StatementDraft(speaker=speaker, quote=qq.quote, kind=quote_kind(qq.quote)))
    # Each answer validated on its own; an article may hold more items than one whole-article answer may.
    return Extraction.model_construct(incidents=merge_lead(incidents), statements=statements), stats
