"""The data model: what the model is asked to fill, and what summarizer outputs.

Two layers. The *draft* models (`IncidentDraft`, `StatementDraft`, `Extraction`) are
what the LLM fills: their field descriptions are part of the prompt, and every list
is bounded because small models loop. The *output* models add proof: each item
carries `evidence`, a map from field name to `Evidence` (spans into the original
article text plus an alignment status), so every field a reader relies on can
point at the characters that support it.
"""

from __future__ import annotations

import datetime
import json
import re
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

# Bounds that reach the decoder as maxItems / maxLength: small models repeat one
# item until max_tokens otherwise.
MAX_INCIDENTS = 6
MAX_STATEMENTS = 12
MAX_PLACES = 4
MAX_DESCRIPTION = 300  # characters: one sentence
MAX_NAME = 100  # characters: a name or a short description of someone
MAX_WEAPONS = 4


class Span(BaseModel):
    """Half-open character offsets `[start, end)` into the original article text."""

    model_config = ConfigDict(frozen=True)

    start: int = Field(ge=0)
    end: int = Field(ge=0)

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before start {self.start}")
        return self


class Status(StrEnum):
    """How well a field is supported by its source text.

    The first four say how a quote or value was found. `not_quoted`,
    `contradicted` and `unattributed` are statement-level failures: the words are
    there but are not quoted, or are attributed to someone else, or to nobody the
    checker can find; `contradicted` also marks a value the article gives for
    another field or role (7 wounded given as killed, the attacked given as the
    attacker). `wrong_type`: the name is in the article, but as something else than
    the field asks for (a person or a dateline given as a place). `unresolved`: the
    words are in the article but cannot give the value (a weekday with no
    publication date to count from). Only `exact` and `normalized` are grounded;
    `--strict` rejects every other status.
    """

    exact = "exact"
    normalized = "normalized"
    fuzzy = "fuzzy"
    unsupported = "unsupported"
    not_quoted = "not_quoted"
    contradicted = "contradicted"
    unattributed = "unattributed"
    wrong_type = "wrong_type"
    unresolved = "unresolved"

    @property
    def grounded(self) -> bool:
        """Found as written (exactly, or after folding typography and editorial marks).

        `fuzzy` is not grounded: a near match is what a changed word, an added
        "not" or a changed number looks like, so it is flagged for a reader.
        """
        return self in (Status.exact, Status.normalized)


class Evidence(BaseModel):
    """The proof for one field: where in the source it is, and how well it matched."""

    status: Status
    spans: list[Span] = Field(default_factory=list)
    score: float | None = Field(default=None, description="Similarity 0-100 for fuzzy matches.")
    reasons: list[str] = Field(default_factory=list)


# --------------------------------------------------------------------------
# What the model fills
# --------------------------------------------------------------------------


IncidentKind = Literal[
    "air strike",
    "drone strike",
    "missile attack",
    "rocket attack",
    "drone attack",
    "bombing",
    "shelling",
    "shooting",
    "raid",
    "accident",
    "other",
]

# Kinds that name one kind of happening in other words: an air strike by drone is
# still an air strike, a rocket attack is reported as a missile attack elsewhere.
_KIND_FAMILY: dict[str, str] = {
    "drone strike": "air strike",
    "bombing": "air strike",
    "rocket attack": "missile attack",
    "shelling": "missile attack",
}
GENERIC_KINDS = frozenset({"other"})
# The fields of an incident that are counts (a `Count`): people killed and wounded, sites hit.
COUNT_FIELDS = ("killed", "wounded", "sites")


def kind_family(kind: str) -> str:
    """The family a kind belongs to, for comparing reports written in other words."""
    return _KIND_FAMILY.get(kind, kind)


_ISO_SHAPE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


# How precisely words date something: "last week" is a week, not a day.
Precision = Literal["day", "week", "month", "year"]


class DateValue(BaseModel):
    value: str | None = Field(
        default=None,
        description="ISO date of the incident: YYYY-MM-DD, or YYYY-MM or YYYY when only that is known.",
        max_length=10,
    )
    precision: Precision = Field(
        default="day", description="How precisely the article dates the incident."
    )
    words: str | None = Field(
        default=None,
        description="The words of the article the date comes from, copied exactly, e.g. 'early Wednesday'.",
        max_length=80,
    )

    @field_validator("value")
    @classmethod
    def _real_date(cls, value: str | None) -> str | None:
        """An ISO-shaped date must exist (2024-02-30 does not): the model is
        re-asked with this error, instead of the impossible day becoming an
        event's date. Other shapes are left to the date checks downstream."""
        if value and (m := _ISO_SHAPE.fullmatch(value)):
            year, month, day = (int(g) if g else 1 for g in m.groups())
            try:
                datetime.date(year, month, day)
            except ValueError:
                raise ValueError(f"{value} is not a date (give YYYY-MM-DD, YYYY-MM or YYYY)") from None
        return value


class Count(BaseModel):
    exact: int | None = Field(default=None, ge=0, description="The number, when the article gives one number.")
    min: int | None = Field(default=None, ge=0, description="Lower bound, when the article gives a range or sources disagree.")
    max: int | None = Field(default=None, ge=0, description="Upper bound, when the article gives a range or sources disagree.")
    words: str | None = Field(
        default=None,
        description="The words of the article giving the figure, copied exactly, e.g. 'two fighters'.",
        max_length=120,
    )
    reported_by: str | None = Field(
        default=None, description="Who the article says gave the figure, e.g. 'Iraqi officials'.", max_length=120
    )
    scope: str | None = Field(
        default=None,
        description="What the figure covers when the article says it is part of the event: a place ('in Iraq') "
        "or a group ('soldiers'); null for the whole event.",
        max_length=120,
    )


class Place(BaseModel):
    name: str = Field(description="The place as written in the article.", max_length=80)
    country: str | None = Field(default=None, description="Country of the place.", max_length=40)


class IncidentDraft(BaseModel):
    """One violent or harmful happening the article reports."""

    kind: IncidentKind = Field(description="What happened.")
    description: str = Field(description="One sentence saying what happened.", max_length=MAX_DESCRIPTION)
    date: DateValue | None = Field(default=None, description="When it happened.")
    time: str | None = Field(
        default=None, description="Time of day if given, with its time zone as written, e.g. '00:15 local time'.", max_length=60
    )
    places: list[Place] = Field(default_factory=list, max_length=MAX_PLACES, description="Where it happened.")
    perpetrator: str | None = Field(default=None, description="Who carried it out.", max_length=MAX_NAME)
    target: str | None = Field(default=None, description="Who or what was attacked.", max_length=150)
    weapons: list[str] = Field(default_factory=list, max_length=MAX_WEAPONS, description="Weapons used, as written.")
    killed: Count | None = Field(default=None, description="People killed; null if the article says nothing.")
    wounded: Count | None = Field(default=None, description="People wounded; null if the article says nothing.")
    sites: Count | None = Field(
        default=None, description="How many sites, facilities or targets were hit, when the article says; null otherwise."
    )
    claimed_by: str | None = Field(default=None, description="Who claimed responsibility, if anyone.", max_length=MAX_NAME)
    role: Literal["main", "context"] = Field(
        default="main", description="'main' if the article is about it, 'context' if mentioned as background."
    )


class StatementDraft(BaseModel):
    """Something an official or organisation said, as the article reports it."""

    speaker: str = Field(description="Who said it, as written in the article.", max_length=MAX_NAME)
    speaker_canonical: str | None = Field(
        default=None, description="The speaker's full name or the organisation's full name.", max_length=MAX_NAME
    )
    role: str | None = Field(default=None, description="The speaker's title or role, e.g. 'Defence Secretary'.", max_length=MAX_NAME)
    organisation: str | None = Field(default=None, description="The speaker's organisation.", max_length=MAX_NAME)
    quote: str = Field(
        description="The words inside quotation marks, copied character for character; for a paraphrase, the article's sentence.",
        max_length=600,
    )
    kind: Literal["direct", "partial", "paraphrase"] = Field(
        default="direct",
        description="'direct': a whole quoted sentence; 'partial': a quoted phrase; 'paraphrase': reported speech without quotation marks.",
    )
    channel: str | None = Field(
        default=None, description="How it was said: statement, post on X, briefing, interview, ...", max_length=60
    )
    incident: int | None = Field(
        default=None, ge=0, description="Index in `incidents` of the incident the statement is about, if any."
    )


class Extraction(BaseModel):
    """Everything the model is asked to extract from one article."""

    incidents: list[IncidentDraft] = Field(default_factory=list, max_length=MAX_INCIDENTS)
    statements: list[StatementDraft] = Field(default_factory=list, max_length=MAX_STATEMENTS)


# --------------------------------------------------------------------------
# What summarizer outputs
# --------------------------------------------------------------------------


class Incident(IncidentDraft):
    evidence: dict[str, Evidence] = Field(
        default_factory=dict, description="Proof per field: 'date', 'places[0]', 'killed', ..."
    )


class Statement(StatementDraft):
    evidence: dict[str, Evidence] = Field(default_factory=dict, description="Proof per field: 'quote', 'speaker'.")

    @property
    def status(self) -> Status:
        """The statement's overall status: its worst field."""
        return worst(e.status for e in self.evidence.values()) if self.evidence else Status.unsupported


class Source(BaseModel):
    id: str
    path: str | None = None
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = Field(default=None, description="Publication date, ISO.")
    published_basis: str | None = Field(default=None, description="Why that date: metadata, dateline, inferred, ...")
    sha256: str = Field(description="Hash of the article text all spans index into.")
    chars: int


class Usage(BaseModel):
    prompt_tokens: int = 0
    completion_tokens: int = 0
    total_tokens: int = 0

    def __add__(self, other: Usage) -> Usage:
        return Usage(
            prompt_tokens=self.prompt_tokens + other.prompt_tokens,
            completion_tokens=self.completion_tokens + other.completion_tokens,
            total_tokens=self.total_tokens + other.total_tokens,
        )


class RunInfo(BaseModel):
    model: str
    model_sha256: str | None = Field(default=None, description="SHA-256 of the embedded model's GGUF file.")
    base_url_host: str | None = None
    mode: str
    prompt: str = Field(description="Prompt template name.")
    prompt_sha256: str
    usage: Usage = Field(default_factory=Usage)
    http_calls: int = 0
    reasks: int = Field(default=0, description="Re-asks after answers that did not validate.")
    verification_reasks: int = Field(default=0, description="Follow-ups listing what the verifier could not ground (at most one per chunk).")
    chunks: int = Field(default=1, description="Pieces a long article was extracted in.")
    started_at: str
    finished_at: str
    replayed_from: str | None = None
    cached: bool = False


class Totals(BaseModel):
    """How much of a summary a reader can trust at a glance."""

    grounded: int = 0
    flagged: int = 0
    unsupported: int = 0


class ArticleSummary(BaseModel):
    source: Source
    incidents: list[Incident] = Field(default_factory=list)
    statements: list[Statement] = Field(default_factory=list)
    totals: Totals = Field(default_factory=Totals)
    run: RunInfo | None = None


def load_summary(raw: str | bytes) -> ArticleSummary:
    """An ArticleSummary from its JSON. An incident may hold more places or weapons
    than a model may give (a careful reader's gold, merged chunks), so those lists
    are validated item by item, not against the model's bound."""
    data = json.loads(raw)
    incidents = data.get("incidents", [])
    bounded = [{**inc, "places": inc.get("places", [])[:MAX_PLACES], "weapons": inc.get("weapons", [])[:MAX_WEAPONS]} for inc in incidents]
    summary = ArticleSummary.model_validate({**data, "incidents": bounded})
    if all(len(i.get("places", [])) <= MAX_PLACES and len(i.get("weapons", [])) <= MAX_WEAPONS for i in incidents):
        return summary
    whole = [
        inc.model_copy(update={"places": [Place.model_validate(p) for p in raw_inc.get("places", [])],
                               "weapons": [str(w) for w in raw_inc.get("weapons", [])]})
        for inc, raw_inc in zip(summary.incidents, incidents, strict=True)
    ]
    return summary.model_copy(update={"incidents": whole})


_SEVERITY = [
    Status.exact,
    Status.normalized,
    Status.fuzzy,
    Status.unresolved,
    Status.unattributed,
    Status.not_quoted,
    Status.wrong_type,
    Status.contradicted,
    Status.unsupported,
]


def worst(statuses) -> Status:
    """The least trustworthy of several statuses."""
    return max(statuses, key=_SEVERITY.index, default=Status.exact)
