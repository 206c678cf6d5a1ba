"""Gold annotations (the format of shared/gold/README.md) as if a model had extracted them.

`summarizer eval --extractions gold` scores these instead of a model's answers, so
the deterministic layers (ingestion, verification, grouping, ledger, dating) are
measured on known-right extractions, with no model involved. Where the article text
is given, places take the surface form the article itself uses (a gold alias found
in the text) with its span as evidence, and every field is verified as real output is.
"""

from __future__ import annotations

import hashlib
import re

from pydantic import ValidationError

from .errors import InputError
from .schema import (
    MAX_DESCRIPTION,
    MAX_NAME,
    MAX_PLACES,
    ArticleSummary,
    Count,
    DateValue,
    Evidence,
    Incident,
    IncidentKind,
    Place,
    Precision,
    Source,
    Span,
    Statement,
    Status,
)
from .verify import verify_summary

# Words of a gold event's "kind" (or, without one, its "what") -> schema kind, first
# match wins; "other" when none does. Accidents first: an explosion in an accident, or a
# gas cylinder's, is no bombing.
_KINDS: tuple[tuple[str, IncidentKind], ...] = (
    ("gas explosion", "accident"), ("gas cylinder", "accident"), ("gas-cylinder", "accident"), ("gas leak", "accident"), ("crash", "accident"), ("collision", "accident"), ("capsiz", "accident"), ("accident", "accident"),
    ("drone attack", "drone attack"), ("drone strike", "drone strike"), ("air strike", "air strike"),
    ("airstrike", "air strike"), ("rocket", "rocket attack"), ("missile", "missile attack"), ("shelling", "shelling"),
    ("artillery", "shelling"), ("mortar", "shelling"), ("bomb", "bombing"), ("blast", "bombing"), ("explosi", "bombing"),
    ("ied", "bombing"), ("shooting", "shooting"), ("gunmen", "shooting"), ("massacre", "shooting"), ("raid", "raid"),
    ("drone", "drone strike"), ("strike", "air strike"),
)


def _kind(what: str) -> IncidentKind:
    low = what.lower()
    return next((kind for word, kind in _KINDS if re.search(rf"\b{word}", low)), "other")


def _count(value, reported_by: str | None, scope: str | None = None) -> Count | None:
    if reported_by and len(reported_by) > 120:  # a gold note; the schema bounds what a model may write
        reported_by = reported_by[:119] + "\u2026"
    if scope and len(scope) > 120:
        scope = scope[:119] + "\u2026"
    if value is None:
        return None
    if isinstance(value, int):
        return Count(exact=value, reported_by=reported_by, scope=scope)
    if isinstance(value, dict):
        return Count(min=value.get("min"), max=value.get("max"), reported_by=reported_by, scope=scope)
    return Count(words=value, reported_by=reported_by, scope=scope)


_PRECISION_OF_LENGTH: dict[int, Precision] = {10: "day", 7: "month", 4: "year"}  # YYYY-MM-DD, YYYY-MM, YYYY


def _date(inc: dict, event: dict) -> DateValue | None:
    """The gold date; an incident known only to the month gets the event's month."""
    value = inc.get("date") or event.get("date")
    if not value:
        return None
    precision: Precision = inc.get("date_precision") or _PRECISION_OF_LENGTH.get(len(value), "day")
    return DateValue(value=value[: {"day": 10, "month": 7, "year": 4}.get(precision, 10)], precision=precision)


def _surface(name: str, entities: dict[str, list[str]], text: str | None) -> tuple[str, Span | None]:
    """The first known spelling of `name` that the article uses, and where."""
    if text is None:
        return name, None
    for form in [name, *entities.get(name, [])]:
        m = re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text)
        if m:
            return form, Span(start=m.start(), end=m.end())
    return name, None


def _places(inc: dict, event: dict, entities: dict, text: str | None) -> tuple[list[Place], dict[str, Evidence]]:
    """Gold places as the article spells them; a country when the gold names no place."""
    countries = [c.strip() for c in event.get("country", "").split(";") if c.strip()]
    country = countries[0] if len(countries) == 1 else None
    names = inc["places"] if "places" in inc else event.get("places", [])
    places, evidence = [], {}
    for j, name in enumerate(names):
        surface, span = _surface(name, entities, text)
        places.append(Place(name=surface, country=country))
        if span:
            evidence[f"places[{j}]"] = Evidence(status=Status.exact, spans=[span])
    if not places:
        places = [Place(name=c, country=c) for c in countries]
    return places, evidence


def _actor(value: str | None) -> str | None:
    """The gold actor without its parenthetical note: "X (claimed by Y)" -> "X"."""
    if not value:
        return None
    return re.sub(r"\s*\(.*\)$", "", value).strip() or None


def _figures(value) -> list[int]:
    """The numbers a gold figure states: a number, a {min,max} range's ends, none for words."""
    if isinstance(value, bool) or value is None:
        return []
    if isinstance(value, int):
        return [value]
    if isinstance(value, dict):
        return [v for v in (value.get("min"), value.get("max")) if isinstance(v, int)]
    return []


def _claimed(article_id: str, inc: dict, gold: dict, field: str) -> list[dict]:
    """The claims the gold's conflict list gives this article for one field of the incident's event."""
    return [
        claim
        for conflict in gold.get("conflicts", [])
        if conflict["field"] == field and conflict["event"] == inc["event"]
        for claim in conflict["claims"]
        if claim["article"] == article_id
    ]


def _count_of(article_id: str, inc: dict, gold: dict, field: str) -> Count | None:
    """The incident's figure for `field`, widened to a range when the article gives
    several (the gold's conflict list names each source's figure: "12 killed, the
    army said; 16, the SDF said"), so every figure an article states is in its claim."""
    gold_field = "number of sites" if field == "sites" else field
    value = inc.get(field) if field != "sites" else None
    claimed = _claimed(article_id, inc, gold, gold_field)
    # Sites are recorded only in the conflict list, with who gave the figure.
    by = claimed[0].get("by") if field == "sites" and claimed else inc.get("reported_by")
    scope = (inc.get("scope") or {}).get(field) if isinstance(inc.get("scope"), dict) else None
    scope = None if scope and scope.startswith("whole") else scope  # "whole operation" is the event itself
    stated = _figures(value) + [n for claim in claimed for n in _figures(claim["value"])]
    if field == "sites" and not stated:
        return _count(claimed[0]["value"], by, scope) if claimed else None
    figures = sorted(set(stated))
    if len(figures) > 1:
        # Several figures: an exact one beside the range of all of them. The article's own
        # (or first) figure; else, for three or more ("22 bodies", said one; "26 dead", said
        # another; "more than 40", the group claimed), the one between the range's ends,
        # which a range alone would lose (each is a claim of its own: see ledger._count_claims).
        if isinstance(value, int) or value is None:
            exact = value if value is not None else stated[0]
        elif len(figures) > 2:
            exact = figures[1]
        else:
            return _count({"min": figures[0], "max": figures[-1]}, by, scope)
        count = _count(exact, by, scope)
        return count.model_copy(update={"min": figures[0], "max": figures[-1]}) if count else None
    return _count(value if value is not None else (stated[0] if stated else None), by, scope)


def _bounded(speaker: str) -> str:
    """A speaker as the article writes them, within a model's bound: a long description
    after the name ("X, a 52-year-old trader who ...") is cut at its first comma."""
    return speaker if len(speaker) <= MAX_NAME else _cut(speaker.split(",", 1)[0], MAX_NAME)


def _cut(text: str, limit: int) -> str:
    """A careful reader's text within the bound the schema sets a model's: cut at a word, marked as cut."""
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "\u2026"


def _incident(article_id: str, inc: dict, gold: dict, text: str | None) -> Incident:
    event = gold["events"][inc["event"]]
    places, evidence = _places(inc, event, gold["entities"], text)
    incident = Incident(
        kind=_kind(event.get("kind") or event["what"]),
        description=_cut(event["what"], MAX_DESCRIPTION),
        date=_date(inc, event),
        time=inc.get("time"),
        places=places[:MAX_PLACES],
        perpetrator=_actor(event.get("actor")),
        target=_actor(event.get("target")),
        killed=_count_of(article_id, inc, gold, "killed"),
        wounded=_count_of(article_id, inc, gold, "wounded"),
        sites=_count_of(article_id, inc, gold, "sites") if inc["role"] == "main" else None,
        claimed_by=inc.get("claimed_by"),
        role=inc["role"],
        evidence=evidence,
    )
    # The schema bounds how many places a model may list; a careful reader may list more.
    return incident.model_copy(update={"places": places}) if len(places) > MAX_PLACES else incident


def _statement(st: dict, incidents: list[dict]) -> Statement:
    about = st.get("about_event")
    return Statement(
        speaker=_bounded(st.get("speaker_as_written") or st["speaker"]),  # null: no tag (a headline's quote)
        speaker_canonical=_bounded(st["speaker"]),
        quote=st["quote"],
        kind="direct" if st["kind"] == "direct" else "partial",
        incident=next((i for i, inc in enumerate(incidents) if inc["event"] == about), None),
    )


def gold_summaries(
    gold: dict, texts: dict[str, str] | None = None, published: dict[str, tuple[str | None, str | None]] | None = None
) -> list[ArticleSummary]:
    """One ArticleSummary per gold article, in article-id order, verified against its
    text when `texts` has it. `published` (article id -> (date, basis)) replaces the
    gold's publication dates, e.g. with those ingestion read from the pages."""
    out = []
    for article_id, art in sorted(gold["articles"].items()):
        text = (texts or {}).get(article_id)
        when, basis = (published or {}).get(article_id, (art.get("published"), art.get("published_basis")))
        try:
            summary = _summary(article_id, art, gold, text, when, basis)
        except (ValidationError, KeyError) as e:
            raise InputError(f"gold article '{article_id}'", f"not in the gold format: {e}") from None
        if text is not None:
            # Statements are checked as real output is (the gold's entity table is what a
            # careful reader knows: its aliases count). Incidents are a careful reader's
            # values, trusted as given, so grouping and the ledger are measured on them.
            checked = verify_summary(summary, text, aliases=gold.get("entities"))
            summary = checked.model_copy(update={"incidents": summary.incidents})
        out.append(summary)
    return out


def _summary(article_id: str, art: dict, gold: dict, text: str | None, when: str | None, basis: str | None) -> ArticleSummary:
    return ArticleSummary(
        source=Source(
            id=article_id,
            published=when,
            published_basis=basis,
            sha256=hashlib.sha256((text or "").encode()).hexdigest(),
            chars=len(text or ""),
        ),
        incidents=[_incident(article_id, inc, gold, text) for inc in art["incidents"]],
        statements=[_statement(st, art["incidents"]) for st in art["statements"]],
    )


def gold_event_of(gold: dict) -> dict[tuple[str, int], str]:
    """(article id, incident index) -> gold event id."""
    return {
        (article_id, i): inc["event"]
        for article_id, art in gold["articles"].items()
        for i, inc in enumerate(art["incidents"])
    }

