"""Many articles, one picture: entities, events, claim ledgers, merged statements.

Pure and model-free. Articles are summarized one at a time; this package puts their
summaries side by side, each step a plain function of the previous one:

1. `entities`: every actor, place and speaker gets one canonical name.
2. `grouping`: incidents reporting the same happening become one event (date,
   kind, place and actors together; shared names alone never join).
3. `ledger`: every source's version of every field, as `Claim`s, so disagreement
   is data; a headline value is chosen by a stated policy.
4. `dating`: an undated article is dated by the events it reports.
5. `report`: `build_report` runs the steps and merges statements.
"""

from .entities import Entity, EntityIndex, Mention
from .grouping import group_incidents
from .ledger import LEDGER_FIELDS
from .models import (
    POLICIES,
    Actors,
    Claim,
    Conflict,
    Event,
    EventReport,
    Headline,
    IncidentRef,
    MergedStatement,
    Policy,
    ReportFailure,
    StatementRef,
)
from .report import build_report

__all__ = [
    "LEDGER_FIELDS",
    "POLICIES",
    "Actors",
    "Claim",
    "Conflict",
    "Entity",
    "EntityIndex",
    "Event",
    "EventReport",
    "Headline",
    "IncidentRef",
    "Mention",
    "MergedStatement",
    "Policy",
    "ReportFailure",
    "StatementRef",
    "build_report",
    "group_incidents",
]
