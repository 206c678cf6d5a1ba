"""The event report's data model: claims, conflicts, headlines, events, the report."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from ..schema import ArticleSummary, Span, Status
from .entities import Entity

Policy = Literal["lowest", "highest", "latest"]
POLICIES: tuple[str, ...] = ("lowest", "highest", "latest")

class Claim(BaseModel):
    """One source's version of one fact about an event."""

    value: int | str | None = Field(
        description="Canonical value: a number, an ISO date, a canonical name, a range '2-4', or 'unquantified'."
    )
    low: int | None = Field(default=None, description="Counts: the lowest figure this claim allows.")
    high: int | None = Field(default=None, description="Counts: the highest figure this claim allows.")
    precision: str | None = Field(default=None, description="Dates: day, week, month or year.")
    words: str | None = Field(default=None, description="The article's words, when the summary kept them.")
    article_id: str
    incident: int = Field(description="Index of the incident in its article's summary.")
    span: Span | None = Field(default=None, description="Evidence for the claim in the article, when checked.")
    status: Status | None = Field(default=None, description="How well the evidence supports it, when checked.")
    claimed_by: str | None = Field(
        default=None, description="Who the article says gave the figure; None unless the verifier found it given as theirs."
    )
    scope: str | None = Field(default=None, description="Counts: the place or group the figure covers; None for the whole event.")
    published: str | None = Field(default=None, description="When the claim's article was published (ISO); None when unknown.")
    outlet: str | None = Field(default=None, description="The claim's article's outlet (or its URL's host), when the summary says.")
    claimer: str | None = Field(
        default=None, description="Counts: the canonical name of who gave the figure, the first name in `claimed_by`."
    )
    revised: bool = Field(
        default=False,
        description="Counts: a later figure from the same source, for the same scope, replaces this one "
        "(a revision, not a disagreement: conflicts and headlines leave it out).",
    )

    @property
    def grounded(self) -> bool:
        """Whether the value may be shown as fact: its evidence is exact or normalized,
        or it was never checked (given by hand, as gold annotations are)."""
        return self.status is None or self.status.grounded


class Conflict(BaseModel):
    """Sources that disagree on one field; for counts, on the same scope only."""

    field: str
    values: list[int | str]
    claims: list[Claim]
    scope: str | None = Field(default=None, description="Counts: the scope the claims share; None for the whole event.")


class Headline(BaseModel):
    """The value a reader sees first, and how it was chosen."""

    value: int | str | list[str] | None
    low: int | None = None
    high: int | None = None
    basis: str = Field(description="How the value was chosen, e.g. 'lowest of 3 reports'.")


class IncidentRef(BaseModel):
    article_id: str
    index: int


class StatementRef(BaseModel):
    article_id: str
    index: int
    speaker_as_written: str
    span: Span | None = None
    status: Status | None = None


class MergedStatement(BaseModel):
    """The same words by the same speaker, wherever they were reported."""

    speaker: str = Field(description="Canonical speaker.")
    quote: str = Field(description="The words as the first article carrying them gives them.")
    kind: str
    sources: list[StatementRef]


class Actors(BaseModel):
    perpetrator: list[str] = Field(default_factory=list)
    target: list[str] = Field(default_factory=list)
    claimed_by: list[str] = Field(default_factory=list)


class Event(BaseModel):
    id: str = Field(description="Date and slug, e.g. '2024-01-24-air-strike-jurf-al-sakhar'.")
    kind: str
    role: Literal["main", "context"] = Field(description="'main' when some article is about it.")
    date: str | None
    precision: str | None
    places: list[str]
    countries: list[str]
    actors: Actors
    description: str
    incidents: list[IncidentRef]
    ledger: dict[str, list[Claim]]
    headline: dict[str, Headline]
    conflicts: list[Conflict]
    statements: list[MergedStatement]
    sources: list[str]


class ReportFailure(BaseModel):
    source: str
    kind: str
    message: str


class EventReport(BaseModel):
    policy: Policy
    events: list[Event]
    articles: list[ArticleSummary]
    entities: list[Entity]
    statements: list[MergedStatement] = Field(
        default_factory=list, description="Statements not tied to any incident of their article."
    )
    failures: list[ReportFailure] = Field(default_factory=list)

