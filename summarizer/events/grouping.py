"""Grouping incidents of many articles into events.

Grouping needs agreement on date, kind, place and actors *together*: sharing
entities is never enough (the same force can strike the same group near the same
town twice, years apart; those are two events).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from ..dates import value_range
from ..schema import GENERIC_KINDS, ArticleSummary, Count, Incident, kind_family
from ..verify.gazetteer import gazetteer
from .entities import EntityIndex
from .models import IncidentRef

_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}


def _date_range(inc: Incident) -> tuple[date, date] | None:
    """The days an incident's date allows, by its precision; None when undated or malformed."""
    if not inc.date or not inc.date.value:
        return None
    return value_range(inc.date.value, inc.date.precision)


REPORTING_WINDOW = timedelta(days=7)


def _days(inc: Incident, published: str | None) -> tuple[tuple[date, date] | None, bool]:
    """The days an incident may have happened on, and whether they are only inferred.

    An undated `main` incident is taken to fall in the week before its article's
    publication: news reports what just happened. This keeps undated incidents of
    articles years apart from ever joining one event. Context incidents are often
    old, so they get no such guess."""
    rng = _date_range(inc)
    if rng is not None or inc.role != "main" or not published:
        return rng, False
    try:
        day = date.fromisoformat(published[:10])
    except ValueError:
        return None, False
    return (day - REPORTING_WINDOW, day), True


@dataclass
class _Member:
    article_id: str
    index: int
    incident: Incident
    family: str
    perpetrator: str | None
    target: str | None
    places: set[str]
    countries: set[str]
    coarse_places: bool  # every place named is a country
    kind_known: bool  # the kind is grounded (or nothing was checked)
    days: tuple[date, date] | None  # see `_days`
    days_inferred: bool
    scale: frozenset[tuple[int, str]] = frozenset()  # its article's "47 targets"-style figures

    @property
    def one_day(self) -> bool:
        return self.days is not None and not self.days_inferred and self.days[0] == self.days[1]


class _Cluster:
    """An event being formed: its members (the first is its anchor, whose days are the
    event's), and the union of their values, kept as members join."""

    def __init__(self, anchor: _Member) -> None:
        self.members: list[_Member] = []
        self.places: set[str] = set()
        self.countries: set[str] = set()
        self.perpetrators: set[str] = set()
        self.targets: set[str] = set()
        self.scale: set[tuple[int, str]] = set()
        self.coarse_places = True  # every member that names places names only countries
        self.add(anchor)

    @property
    def anchor(self) -> _Member:
        return self.members[0]

    def add(self, m: _Member) -> None:
        self.members.append(m)
        self.places |= m.places
        self.countries |= m.countries
        self.perpetrators |= {m.perpetrator} if m.perpetrator else set()
        self.targets |= {m.target} if m.target else set()
        self.scale |= m.scale
        self.coarse_places = self.coarse_places and (m.coarse_places or not m.places)


_SCALE = re.compile(
    r"\b(\d{1,3}(?:,\d{3})*|\d+)\s+(?:[a-z-]+\s+){0,2}?(targets|sites|facilities|positions|locations|bases|villages|towns|"
    r"districts|provinces|cities|hideouts|camps)\b",
    re.I,
)


def scale_phrases(text: str) -> frozenset[tuple[int, str]]:
    """The figures of scale an article gives ("47 targets", "seven facilities" in digits
    only, "12 villages"): articles that share one describe the same operation."""
    return frozenset((int(m.group(1).replace(",", "")), m.group(2).casefold().rstrip("s")) for m in _SCALE.finditer(text))


def _usable(inc: Incident, field: str) -> bool:
    """Whether a value may take part in grouping: grounded (exact or normalized, so
    also of the right type and role), or never checked (no evidence for it: built by
    hand, as gold annotations fed in as extractions, and used as given). A misplaced
    or unverified value can neither split nor join events."""
    ev = inc.evidence.get(field)
    return ev is None or ev.status.grounded


def _place_identity(entities: EntityIndex, name: str) -> str:
    """What a place name is the same place as: its entity's name (the alias file's, an alias
    the article gives), and that as the city GeoNames knows it by any of its spellings
    ("Navapolatsk" and "Novopolotsk", the Belarusian and the Russian form, are one city). A
    country, a region or any name the gazetteer calls something else keeps its canonical name."""
    canonical = entities.canonical(name)
    return gazetteer().city(canonical) or canonical


def _member(
    article_id: str, index: int, inc: Incident, entities: EntityIndex, published: str | None = None,
    scale: frozenset[tuple[int, str]] = frozenset(),
) -> _Member:
    places = [p for j, p in enumerate(inc.places) if _usable(inc, f"places[{j}]")]
    checked = inc.model_copy(update={
        "date": inc.date if _usable(inc, "date") else None,
        "kind": inc.kind if inc.kind in GENERIC_KINDS or _usable(inc, "kind") else "other",
    }) if inc.evidence else inc
    days, inferred = _days(checked, published)
    names = {_place_identity(entities, p.name) for p in places}
    countries = {entities.canonical(p.country) for p in places if p.country}

    def actor(field: str) -> str | None:
        value = getattr(inc, field)
        return entities.canonical(value) if value and _usable(inc, field) else None

    return _Member(
        article_id=article_id,
        index=index,
        incident=checked,
        family=kind_family(checked.kind),
        perpetrator=actor("perpetrator"),
        target=actor("target"),
        places=names,
        countries=countries,
        coarse_places=bool(names) and names <= countries,
        kind_known=checked.kind == inc.kind,
        days=days,
        days_inferred=inferred,
        scale=scale,
    )


def _place_agreement(m: _Member, c: _Cluster) -> bool | None:
    """True: a place in common. False: different countries, or different specific
    places. None: nothing to compare (no places, or only a country on one side)."""
    if not m.places or not c.places:
        return None
    if m.places & c.places:
        return True
    if m.countries and c.countries and not m.countries & c.countries:
        return False
    if m.coarse_places or c.coarse_places:
        return None
    return False


def _actor_agreement(m: _Member, c: _Cluster) -> bool | None:
    """True: same perpetrator or target named. False: a different one, or roles
    reversed (the attacked attacking back is a different event). None: no overlap."""
    perps, targets = c.perpetrators, c.targets
    if (m.perpetrator and m.perpetrator in targets) or (m.target and m.target in perps):
        return False
    if (m.perpetrator and perps and m.perpetrator not in perps) or (m.target and targets and m.target not in targets):
        return False
    shared = (m.perpetrator and m.perpetrator in perps) or (m.target and m.target in targets)
    return True if shared else None


def _score(m: _Member, c: _Cluster) -> int | None:
    """How well an incident fits an event, or None when it must not join it.

    Joining always needs a compatible kind, no disagreement on actors or place, and a
    positive anchor (a shared place or actor) besides the date. Then by date:
    - same day, or overlapping ranges when either date is coarse (month, week): join;
    - a main incident dated only to its year counts as undated (see `_vague`);
    - one day apart, both dated to the day: join only on strong agreement or on a
      shared place and the same toll (`_same_toll`), because articles date by their
      own time zone (00:15 in Baghdad is the previous evening in Washington);
    - no date on either side: join only on strong agreement (an undated main
      incident counts as dated to the week before its article's publication).
    Strong agreement: same kind family (not "other"), the same perpetrator
    named on both sides, and a shared place. An incident whose kind the verifier did
    not ground counts as "other" and joins only with an actor in common."""
    anchor = c.anchor
    if m.family != anchor.family and not {m.family, anchor.family} & GENERIC_KINDS:
        return None
    places, actors = _place_agreement(m, c), _actor_agreement(m, c)
    if places is False and (_one_operation(m, c) or _same_attack_elsewhere_named(m, c, actors)):
        places = None  # other places of the same operation, or the same site named otherwise: neither for nor against
    if places is False or actors is False or not (places or actors):
        return None
    if not (m.kind_known and anchor.kind_known) and not actors:
        return None  # with one dimension unverified, a shared place and date are not enough
    strong = (
        m.family == anchor.family
        and m.family not in GENERIC_KINDS
        and m.perpetrator is not None
        and m.perpetrator in c.perpetrators
        and places is True
    )
    mine, theirs = m.days, anchor.days
    if mine is None or theirs is None or _vague(m) or _vague(anchor):
        date_ok = strong
    elif mine[0] <= theirs[1] and theirs[0] <= mine[1]:
        date_ok = True
    else:
        date_ok = (strong or (places is True and _same_toll(m, c))) and m.one_day and anchor.one_day and abs((mine[0] - theirs[0]).days) == 1
    return int(bool(places)) + int(bool(actors)) + int(mine == theirs) if date_ok else None


SAME_TOLL_MIN = 2  # the fewest killed for a shared toll to tell one event from another


def _same_toll(m: _Member, c: _Cluster) -> bool:
    """Whether an incident gives the toll a member of the event gives: the same killed
    figure (SAME_TOLL_MIN or more) and no other wounded figure ("10 killed, 3 wounded"
    a day apart in one place is one attack, dated by two time zones or a loose "a day
    after"). Heuristic: two attacks a day apart in one place with one toll would join."""
    def low(count: Count | None) -> int | None:
        return None if count is None else count.exact if count.exact is not None else count.min

    killed, wounded = low(m.incident.killed), low(m.incident.wounded)
    if killed is None or killed < SAME_TOLL_MIN:
        return False
    return any(
        low(o.incident.killed) == killed and (wounded is None or low(o.incident.wounded) in (None, wounded)) for o in c.members
    )


# A story's own event known only to its year (an undated page) tells events apart no
# better than no date: "a fire this year" and the fire of 24 May in the same city need
# more than the city. A background mention by year ("the 2017 siege") is the article's
# own words for a known event, and keeps its range.
VAGUE_DAYS = 62


def _vague(m: _Member) -> bool:
    return m.incident.role == "main" and m.days is not None and (m.days[1] - m.days[0]).days > VAGUE_DAYS


def _one_operation(m: _Member, c: _Cluster) -> bool:
    """Whether an incident and an event are one operation over several places, as
    its articles present it: the same day (both dated to it), the same kind, the
    same perpetrator named, and a figure of scale their articles share ("47
    targets in Iraq and Syria"). Heuristic: without a shared figure, strikes by one
    force in two places on one day stay two events, as conflict monitors code them."""
    return (
        _same_day_and_kind(m, c.anchor)
        and m.perpetrator is not None and m.perpetrator in c.perpetrators
        and bool(m.scale & c.scale)
    )


def _same_attack_elsewhere_named(m: _Member, c: _Cluster, actors: bool | None) -> bool:
    """Whether an incident is the event's attack though their places share no name (one
    article names only the site, "the Al-Tabi'een Koranic school", the others its city and
    another spelling): the same day (both dated to it), kind (not "other"), perpetrator and
    toll (`_same_toll`), in no other country. Heuristic: two attacks by one force on one
    day with one toll, in two places of one country, would join."""
    return (
        actors is True and _same_day_and_kind(m, c.anchor)
        and not (m.countries and c.countries and not m.countries & c.countries)
        and _same_toll(m, c)
    )


def _same_day_and_kind(m: _Member, anchor: _Member) -> bool:
    """Both dated to one and the same day, and of one specific kind family (not "other")."""
    return (m.one_day and anchor.one_day and m.days == anchor.days
            and m.family == anchor.family and m.family not in GENERIC_KINDS)


def _seed_order(m: _Member) -> tuple:
    """Most informative incidents first, so they found the events others join:
    main before context, precise dates before coarse, more places, more actors."""
    inc = m.incident
    precision = _PRECISION_RANK.get(inc.date.precision, 4) if inc.date and inc.date.value else 5
    return (inc.role != "main", precision, -len(m.places), -(bool(m.perpetrator) + bool(m.target)))


def group_incidents(
    summaries: Sequence[ArticleSummary], entities: EntityIndex, texts: dict[str, str] | None = None
) -> list[list[IncidentRef]]:
    """Incidents of all articles, grouped into events (see `_score` for the rule).

    Greedy: incidents are taken most informative first and join the event they fit
    best, or found a new one. An event's places and actors are the union of its
    members'; its date is its founding incident's. With `texts` (article id -> text),
    figures of scale the articles share can join one operation's places."""
    scales = {aid: scale_phrases(text) for aid, text in (texts or {}).items()}
    members = [
        _member(s.source.id, i, inc, entities, s.source.published, scales.get(s.source.id, frozenset()))
        for s in summaries
        for i, inc in enumerate(s.incidents)
    ]
    clusters: list[_Cluster] = []
    index = _Index()
    for m in sorted(members, key=_seed_order):
        scored = [(score, -n, n) for n in index.candidates(m) if (score := _score(m, clusters[n])) is not None]
        if scored:
            chosen = max(scored)[2]
            clusters[chosen].add(m)
        else:
            chosen = len(clusters)
            clusters.append(_Cluster(m))
        index.add(chosen, clusters[chosen], m)
    return [[IncidentRef(article_id=x.article_id, index=x.index) for x in c.members] for c in clusters]


def _months(days: tuple[date, date]) -> range:
    """The months (counted from year 0) a range of days touches."""
    return range(days[0].year * 12 + days[0].month - 1, days[1].year * 12 + days[1].month)


def _keys(m: _Member) -> list[tuple[str, str]]:
    """What an incident may share with an event: its places, perpetrator and target."""
    keys = [("place", p) for p in m.places]
    return keys + [(role, value) for role in ("perpetrator", "target") if (value := getattr(m, role))]


class _Index:
    """The events an incident may join, found without scanning them all, so grouping
    stays near-linear in the number of incidents (and exactly as scoring every event).

    Joining needs a place or an actor in common and, with both dated, days that
    overlap or lie one day apart (see `_score`): dated events are filed by each key
    and each month of their anchor's days. With either side undated, or a story's own
    event known only to its year (`_vague`), it needs strong agreement, the same
    perpetrator and a place in common: events are also filed by (perpetrator, place)
    pairs."""

    def __init__(self) -> None:
        self._dated: dict[tuple[str, str, int], set[int]] = {}  # (role, name, month) -> events anchored then
        self._undated: dict[tuple[str, str], set[int]] = {}  # (perpetrator, place) -> events with an undated or vague anchor
        self._pairs: dict[tuple[str, str], set[int]] = {}  # (perpetrator, place) -> every event

    def candidates(self, m: _Member) -> set[int]:
        pairs = [(m.perpetrator, p) for p in m.places] if m.perpetrator else []
        if m.days is None or _vague(m):
            return set().union(*(self._pairs.get(pair, ()) for pair in pairs))
        near = (m.days[0] - timedelta(days=1), m.days[1] + timedelta(days=1))
        return set().union(
            *(self._dated.get((*key, month), ()) for key in _keys(m) for month in _months(near)),
            *(self._undated.get(pair, ()) for pair in pairs),
        )

    def add(self, n: int, event: _Cluster, m: _Member) -> None:
        """File event `n` under what its new member `m` brings to it."""
        days = event.anchor.days
        undated = days is None or _vague(event.anchor)
        if days is not None and not undated:
            for key in _keys(m):
                for month in _months(days):
                    self._dated.setdefault((*key, month), set()).add(n)
        pairs = {(m.perpetrator, p) for p in event.places} if m.perpetrator else set()
        pairs |= {(q, p) for q in event.perpetrators for p in m.places}
        for pair in pairs:
            self._pairs.setdefault(pair, set()).add(n)
            if undated:
                self._undated.setdefault(pair, set()).add(n)
