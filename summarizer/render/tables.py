"""Machine-readable reports: json and jsonl as the schema says, csv with ACLED-like columns."""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping

from ..events import Claim, Event, EventReport
from ..schema import ArticleSummary, worst
from .marks import _UNSAFE


def report_json(report: EventReport, texts: Mapping[str, str] | None = None) -> str:
    """The whole report, as its pydantic schema says."""
    return report.model_dump_json(indent=2)


def report_jsonl(report: EventReport, texts: Mapping[str, str] | None = None) -> str:
    """One ArticleSummary per line, for pipelines that process articles one by one."""
    return "".join(s.model_dump_json() + "\n" for s in report.articles)


# ACLED's time_precision: 1 the day is known, 2 the week, 3 the month or less.
_ACLED_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}
# ACLED's event type and sub-event type for the kinds the schema allows.
_ACLED_TYPES = {
    "air strike": ("Explosions/Remote violence", "Air/drone strike"),
    "drone strike": ("Explosions/Remote violence", "Air/drone strike"),
    "drone attack": ("Explosions/Remote violence", "Air/drone strike"),
    "missile attack": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "rocket attack": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "shelling": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "bombing": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
}
CSV_COLUMNS = (
    "event_id", "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "actor2",
    "location", "country", "fatalities", "source", "notes",
    # How this source's values were checked, one column per value group: the worst
    # status of its values (exact and normalized are grounded; anything else is not
    # a fact), empty when the source gives no value or nothing was checked.
    "event_date_status", "event_type_status", "actor1_status", "actor2_status", "location_status", "fatalities_status",
)


def _worst_status(claims: list[Claim]) -> str:
    statuses = [c.status for c in claims if c.status is not None]
    return worst(statuses).value if statuses else ""


def _csv_row(event: Event, article: ArticleSummary, index: int) -> dict:
    inc = article.incidents[index]

    def mine(name: str) -> list[Claim]:
        """This incident's claims in the event's ledger."""
        return [c for c in event.ledger.get(name, []) if c.article_id == article.source.id and c.incident == index]
    killed = mine("killed")
    own_date = inc.date.value if inc.date else None
    notes = [inc.description]
    if own_date and own_date != event.date:
        notes.append(f"dated {own_date} by this source")
    notes += [f"{c.field}: {' vs '.join(map(str, c.values))} across sources" for c in event.conflicts if mine(c.field)]
    for name, label in (("wounded", "wounded"), ("sites", "sites hit")):  # fatalities has its own column
        if own := mine(name):
            notes.append(f"{label}: {own[0].value}")
    for name, label in (("killed", "fatalities"), ("wounded", "wounded"), ("sites", "sites hit")):
        if any(c.revised for c in mine(name)):
            notes.append(f"{label}: revised by its source in a later report")
    event_type, sub_type = _ACLED_TYPES.get(inc.kind, (inc.kind, ""))
    return {
        "event_id": event.id,
        "event_date": event.date or "",
        "time_precision": _ACLED_PRECISION.get(event.precision or "", ""),
        "event_type": event_type,
        "sub_event_type": sub_type,
        "actor1": "; ".join(str(c.value) for c in mine("perpetrator")),
        "actor2": "; ".join(str(c.value) for c in mine("target")),
        "location": "; ".join(str(c.value) for c in mine("places")),
        "country": "; ".join(dict.fromkeys(p.country for p in inc.places if p.country)),
        "fatalities": killed[0].low if killed and killed[0].low is not None else "",
        "source": article.source.id,
        "notes": "; ".join(notes),
        "event_date_status": _worst_status(mine("date")),
        "event_type_status": inc.evidence["kind"].status.value if "kind" in inc.evidence else "",
        "actor1_status": _worst_status(mine("perpetrator")),
        "actor2_status": _worst_status(mine("target")),
        "location_status": _worst_status(mine("places")),
        "fatalities_status": _worst_status(killed),
    }


def _csv_cell(value) -> str:
    """A cell a spreadsheet shows as text: one starting with = + - @ or a tab
    would be run as a formula (=HYPERLINK(...), =cmd|...), so it gets a leading
    apostrophe, OWASP's advice; hidden characters (carriage returns included)
    are dropped first, so none can come before the apostrophe's test."""
    text = _UNSAFE.sub("", str(value).replace("\r\n", "\n"))
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t") else text


def report_csv(report: EventReport, texts: Mapping[str, str] | None = None) -> str:
    """One row per incident with ACLED-like columns. Fatalities is the lowest figure the
    source gives (ACLED's rule), empty when it gives none; event_date is the event's.
    Every cell is text a spreadsheet will not run (see `_csv_cell`)."""
    by_id = {a.source.id: a for a in report.articles}
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for event in report.events:
        for ref in event.incidents:
            row = _csv_row(event, by_id[ref.article_id], ref.index)
            writer.writerow({name: _csv_cell(value) for name, value in row.items()})
    return out.getvalue()
