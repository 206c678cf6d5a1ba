"""Extraction by small questions: the strategy for small models.

Asked for a whole article's incidents and statements in one answer, the embedded
0.5B model returns narration as quotes, gives every quote one speaker, and pads
lists with empty incidents (quote precision 0/16 on the seeds). Asked one small
question at a time about a passage of two sentences, it does much better. So the
article is first read deterministically:

- every quotation, by the verifier's quotation-mark scanner (on the seeds it finds
  all 41 gold quotes), and the passage where its speaker is named;
- every sentence that reports violence (an attack or casualty word) in the lead,
  and later ones that carry a date, with the names and date words each contains;

then the model is asked, per quotation, who said it, and per sentence, what
happened there, choosing the date words, places and actors among those the
sentence contains (enums in the schema, so a constrained decoder can give nothing
else). Quotes are verbatim and descriptions are article sentences by
construction; what the model decides is who and what. Incidents of the article's
first violent sentences are its main ones (news puts the story first).

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
from .prompts import PromptTemplate, load_template
from .schema import MAX_PLACES, Count, DateValue, Extraction, IncidentDraft, IncidentKind, Place, StatementDraft, kind_family
from .text import SourceIndex, source_index

LEAD_SENTENCES = 3  # the first violent sentences: the headline and the lead of the story
PASSAGE_CHARS = 600  # of text up to the end of the sentence asked about
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
    return FocusedPrompts(incident=load_template("incident"), speaker=load_template("speaker"))


class SpeakerAnswer(BaseModel):
    """Who said one quotation."""

    speaker: str | None = Field(
        default=None,
        max_length=100,
        description="Who said the quotation, as the passage names them ('Mr Austin', 'a US military official'); "
        "for 'he said', the person named before. null if nobody in the passage said it.",
    )


@dataclass(frozen=True)
class QuoteQuestion:
    quote: str
    passage: str


@dataclass(frozen=True)
class SentenceQuestion:
    sentence: str
    passage: str
    names: tuple[str, ...]
    dates: tuple[str, ...]
    lead: bool


def _passage(text: str, idx: SourceIndex, k: int) -> str:
    """Sentence `k` and the text before it, up to PASSAGE_CHARS, whitespace folded."""
    start, end = idx.sentence_span(max(0, k - 1))[0], idx.sentence_span(k)[1]
    return " ".join(text[max(start, end - PASSAGE_CHARS) : end].split())


def _bare(name: str) -> str | None:
    """The name without a possessive ending; None when it is a date or a count word."""
    name = _POSSESSIVE.sub("", name)
    words = [_POSSESSIVE.sub("", w).casefold() for w in name.split()]
    return None if any(w in _NOT_NAME_WORDS for w in words) else name


def quote_questions(article: Article) -> list[QuoteQuestion]:
    """One question per distinct quotation outside page furniture."""
    text, idx = article.text, source_index(article.text)
    questions: dict[str, QuoteQuestion] = {}
    for start, end in idx.regions:
        quote = text[start:end].strip()
        if quote and quote not in questions and not article.is_furniture(start, end):
            questions[quote] = QuoteQuestion(quote, _passage(text, idx, idx.sentence_of(start)))
    return list(questions.values())


def sentence_questions(article: Article) -> list[SentenceQuestion]:
    """One question per sentence outside furniture that reports violence: the first
    few (headline and lead: the article's main incidents) and later ones with a
    date (background: undated later sentences are opinion, statistics or repetition
    far more often than a new happening), each with the names and date words it offers."""
    text, idx = article.text, source_index(article.text)
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
        names = tuple(dict.fromkeys(
            n for a, _, run in idx.mentions[k] if (n := _bare(run)) and (a != start or idx.opens_name(a, run))
        ))
        questions.append(SentenceQuestion(sentence, _passage(text, idx, k), names, dates, lead))
    return questions


def _choice(name: str, values: tuple[str, ...]) -> type[Enum]:
    # Enum's functional API returns a class; mypy models it only for a literal name
    # assigned at module level, and types a call with a variable name as a member.
    return cast(type[Enum], Enum(name, {f"v{i}": v for i, v in enumerate(values)}, type=str))


@functools.lru_cache(maxsize=512)
def incident_answer_model(names: tuple[str, ...], dates: tuple[str, ...]) -> type[BaseModel]:
    """What the model may answer about one sentence: its own names and date words as
    enums. Every field is required, so a grammar makes the model answer each in
    turn instead of skipping to the easy ones; null is allowed except for the date
    of a sentence that names one."""
    Name = _choice("Name", names) if names else None
    name = (Name | None) if Name else None
    fields: dict = {
        "kind": (IncidentKind, Field(description="What happened.")),
        # Not nullable when the sentence dates something: asked for the date of a
        # happening it reports, the 0.5B model answers null even for "early Wednesday".
        "date": (_choice("DateWords", dates) if dates else None, Field(description="The words that say when it happened.")),
        "perpetrator": (name, Field(description="Who carried it out.")),
        "target": (name, Field(description="Who or what was attacked.")),
        "places": (GenericAlias(list, Name) if Name else list[None], Field(max_length=MAX_PLACES if Name else 0, description="Where it happened.")),
    }
    for count, what in (("killed", "People killed"), ("wounded", "People wounded"), ("sites", "Sites, facilities or targets hit")):
        fields[count] = (int | None, Field(ge=0, description=f"{what}, as a number; null if the sentence does not say."))
    fields["according_to"] = (str | None, Field(max_length=100, description="Who the sentence says gave the figures, if anyone."))
    fields["claimed_by"] = (name, Field(description="Who claimed responsibility, if anyone."))
    return create_model("IncidentAnswer", __doc__="What one sentence reports.", **fields)


_FACTS = ("date", "places", "perpetrator", "target", "killed", "wounded", "sites", "claimed_by")


def _value(choice: Enum | None) -> str | None:
    return choice.value if choice is not None else None


@dataclass(frozen=True)
class _IncidentAnswer:
    """One `incident_answer_model` answer with its types: that model is made per
    sentence (its enums hold the sentence's own words), so its fields are read here."""

    kind: IncidentKind
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
        f = dict(answer)  # field name -> value, as validated against the per-sentence model
        return cls(
            kind=f["kind"], date=f["date"], places=f["places"], perpetrator=f["perpetrator"], target=f["target"],
            killed=f["killed"], wounded=f["wounded"], sites=f["sites"], according_to=f["according_to"], claimed_by=f["claimed_by"],
        )


def incident_of(question: SentenceQuestion, answer: BaseModel, published: str | None) -> IncidentDraft | None:
    """The incident one answer (of `incident_answer_model(question.names, question.dates)`)
    describes, or None when it gives nothing but a kind: nothing to check or to group by."""
    said = _IncidentAnswer.read(answer)
    if not any(getattr(said, f) for f in _FACTS):
        return None
    words = _value(said.date)
    resolved = resolve(words, published) if words else None
    date = DateValue(value=resolved.value, precision=resolved.precision, words=words) if resolved else (
        DateValue(words=words) if words else None
    )
    return IncidentDraft(
        kind=said.kind,
        description=question.sentence[:300],
        date=date,
        places=[Place(name=p.value) for p in said.places],
        perpetrator=_value(said.perpetrator),
        target=_value(said.target),
        killed=_count(said.killed, said.according_to),
        wounded=_count(said.wounded, said.according_to),
        sites=_count(said.sites, said.according_to),
        claimed_by=_value(said.claimed_by),
        role="main" if question.lead else "context",
    )


_MERGED = ("perpetrator", "target", "killed", "wounded", "sites", "claimed_by")


def merge_lead(incidents: list[IncidentDraft]) -> list[IncidentDraft]:
    """The headline and the lead tell one story: main incidents of one kind family
    become one, based on the first that has a date (resolved, else in words), with
    every place named and, for each other fact, the first value given. Background
    incidents stay as they are."""
    families: dict[str, list[IncidentDraft]] = {}
    for inc in incidents:
        if inc.role == "main":
            families.setdefault(kind_family(inc.kind), []).append(inc)
    merged = []
    for group in families.values():
        base = next((i for i in group if i.date and i.date.value), None) or next((i for i in group if i.date), group[0])
        places = list({p.name: p for i in group for p in i.places}.values())[:MAX_PLACES]
        facts = {f: next((v for i in [base, *group] if (v := getattr(i, f)) is not None), None) for f in _MERGED}
        merged.append(base.model_copy(update={"places": places, **facts}))
    return merged + [i for i in incidents if i.role != "main"]


def _count(number: int | None, according_to: str | None) -> Count | None:
    """The figure as a Count. 0 counts as not given: the small models answer 0 for
    "the sentence does not say" far more often than articles report zero casualties."""
    return Count(exact=number, reported_by=according_to) if number else None


def quote_kind(quote: str) -> Literal["direct", "partial"]:
    """'direct' for a whole quoted sentence (capital first, closing punctuation last), else 'partial'."""
    return "direct" if _DIRECT.match(quote) else "partial"


async def ask_focused(article: Article, client: StructuredClient, prompts: FocusedPrompts) -> tuple[Extraction, CallStats]:
    """Every question about one article (its sentences, then its quotations, each in
    text order), the answers as one Extraction."""
    stats = CallStats()
    incidents = []
    for sq in sentence_questions(article):
        messages = prompts.incident.messages(sq.passage, article.published, focus=sq.sentence)
        answer, more = await client.extract(messages, incident_answer_model(sq.names, sq.dates))
        stats += more
        if incident := incident_of(sq, answer, article.published):
            incidents.append(incident)
    statements = []
    for qq in quote_questions(article):
        said, more = await client.extract(prompts.speaker.messages(qq.passage, article.published, focus=qq.quote), SpeakerAnswer)
        stats += more
        if said.speaker and said.speaker.strip():
            statements.append(StatementDraft(speaker=said.speaker.strip(), quote=qq.quote, kind=quote_kind(qq.quote)))
    # Each answer validated on its own; an article may hold more items than one whole-article answer may.
    return Extraction.model_construct(incidents=merge_lead(incidents), statements=statements), stats
