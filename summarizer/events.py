"""Many articles, one picture: entities, events, claim ledgers, merged statements.

Pure and model-free. Articles are summarized one at a time; this module puts their
summaries side by side. Four steps, each a plain function of the previous one:

1. `EntityIndex` gives every actor, place and speaker one canonical name, so that
   "Mr Austin" and "Defence Secretary Lloyd Austin", or "Jurf al-Sakhr" and
   "Jurf Al Sakhar", compare equal.
2. `group_incidents` puts incidents reporting the same happening into one event.
   Grouping needs agreement on date, kind, place and actors *together*: sharing
   entities is never enough (the US struck Kataib Hezbollah near Al-Qaim in 2019
   and again in 2024; those are two events).
3. Each event keeps a ledger: every source's version of every field, as `Claim`s,
   so disagreement is data. A headline value is chosen by a stated policy.
4. Statements carrying the same words by the same speaker are merged across
   articles, keeping every article that carries them.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field

from .dates import resolve as resolve_date
from .schema import ArticleSummary, Count, Incident, Span, Statement, Status
from .verify import normalize, verify_summary

ALIAS_FILE = Path(__file__).with_name("aliases.toml")
Policy = Literal["lowest", "highest", "latest"]
POLICIES: tuple[str, ...] = ("lowest", "highest", "latest")

# --------------------------------------------------------------------------
# Names: normalisation keys and titles
# --------------------------------------------------------------------------

_APOSTROPHES = re.compile(r"['’‘`´ʼ.]")
_SEPARATORS = re.compile(r"[-‐‑‒–—_/,]+")
_ARTICLES = {"al", "el", "the"}
# Trailing words that say what kind of place a name is, not which place.
_PLACE_DESCRIPTORS = {"area", "sector", "town", "city", "province", "district", "region", "base", "airbase"}
_VOWELS = set("aeiou")


def _skeleton(word: str) -> str:
    """First letter, then consonants without repeats: transliterations of Arabic names
    vary mostly in vowels and doubled letters (Ketaeb/Kataib, Sakhr/Sakhar, Assad/Asad)."""
    out = word[0]
    for ch in word[1:]:
        if ch not in _VOWELS and ch != out[-1]:
            out += ch
    return out


def name_key(name: str) -> str:
    """The normalisation key two spellings of one name share: case, accents,
    apostrophes, hyphens, "al-"/"the" particles, place descriptors and vowels folded."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = _SEPARATORS.sub(" ", _APOSTROPHES.sub("", text)).replace("air base", "airbase")
    words = [w for w in text.split() if w not in _ARTICLES]
    while len(words) > 1 and words[-1] in _PLACE_DESCRIPTORS:
        words.pop()
    return " ".join(_skeleton(w) for w in words)


# Words that may open a person's title, and the nouns a title ends with.
_TITLE_WORDS = {
    "us", "u.s.", "iraqi", "iraq's", "iranian", "american", "british", "white", "house", "pentagon",
    "deputy", "assistant", "national", "security", "defence", "defense", "foreign", "prime", "state",
    "interior", "of", "the", "former", "senior",
}
_TITLE_HEADS = {
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "president", "minister", "secretary",
    "adviser", "advisor", "chief", "spokesman", "spokeswoman", "spokesperson", "commander", "general", "gen.",
}


def strip_title(name: str) -> str | None:
    """The bare personal name inside a titled one ("Defence Secretary Lloyd Austin" ->
    "Lloyd Austin", "Mr Austin" -> "Austin"), or None when `name` carries no title.

    A prefix counts as a title only when it ends with a title noun and what follows
    is capitalised, so "US forces" or "Security Council" stay whole."""
    words = name.split()
    head_end = 0
    for i, word in enumerate(words[:-1]):
        low = word.lower()
        if low in _TITLE_HEADS:
            head_end = i + 1
        elif low not in _TITLE_WORDS:
            break
    rest = words[head_end:]
    if not head_end or not rest or not all(w[0].isupper() or w.lower().startswith("al-") for w in rest):
        return None
    return " ".join(rest)


_PARTICLES = {"al", "el", "bin", "ibn", "of", "the", "in", "and", "for", "de"}


def is_proper_name(name: str) -> bool:
    """A name rather than a description: every word capitalised but particles
    ("Islamic Resistance in Iraq" is one, "a senior Iraqi official" is not)."""
    words = name.split()
    return bool(words) and words[0][0].isupper() and words[0] not in ("A", "An") and all(
        w[0].isupper() or w.lower() in _PARTICLES or w.lower().startswith(("al-", "el-")) for w in words
    )


# --------------------------------------------------------------------------
# Entities
# --------------------------------------------------------------------------


class Mention(BaseModel):
    """One place a surface form was seen: a summary field, or a span of an article."""

    surface: str
    article_id: str | None = None
    where: str = Field(description="'text', 'alias file', or the summary field, e.g. 'incidents[0].target'.")
    span: Span | None = None


class Entity(BaseModel):
    name: str = Field(description="Canonical name.")
    aliases: list[str] = Field(default_factory=list, description="Every surface form seen or declared, canonical first.")
    mentions: list[Mention] = Field(default_factory=list)


def load_aliases(path: str | Path | None = None) -> dict[str, list[str]]:
    """Canonical name -> aliases, from the shipped alias file or `path`."""
    with open(path or ALIAS_FILE, "rb") as f:
        return {name: list(aliases) for name, aliases in tomllib.load(f).get("entities", {}).items()}


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def add(self, key: str) -> None:
        self.parent.setdefault(key, key)

    def find(self, key: str) -> str:
        self.add(key)
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def union(self, a: str, b: str) -> None:
        self.parent[self.find(a)] = self.find(b)


_TITLED = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|President|Minister|Secretary|Adviser|Advisor|chief|Spokesman|Commander|General)\.?"
    r"\s+([A-Z][\w’'-]+(?:\s+(?:al-)?[A-Z][\w’'-]+){0,2})"
)
_SENTENCE_BREAK = re.compile(r"[.!?;:]\s|\n")
# An abbreviation or alternative name the article introduces itself:
# "US Central Command (CENTCOM)", "Kataib Hezbollah, or Brigades of the Party of God,".
_INTRODUCED = re.compile(r"\((?:the\s+)?([A-Z][^()\d]{1,58})\)|,\s+or\s+(?:the\s+)?([A-Z][^,.;()\d]{1,58}),")
_TOKEN = re.compile(r"[\w’'.\-]+")


def _summary_names(summary: ArticleSummary) -> Iterable[tuple[str, str, str | None]]:
    """(field, name, same-as) for every name a summary holds; `same-as` links a
    speaker to the canonical name the model gave for it."""
    for i, inc in enumerate(summary.incidents):
        for attr in ("perpetrator", "target", "claimed_by"):
            if value := getattr(inc, attr):
                yield f"incidents[{i}].{attr}", value, None
        for j, place in enumerate(inc.places):
            yield f"incidents[{i}].places[{j}]", place.name, None
    for i, st in enumerate(summary.statements):
        yield f"statements[{i}].speaker", st.speaker, st.speaker_canonical
        if st.speaker_canonical:
            yield f"statements[{i}].speaker_canonical", st.speaker_canonical, None


class EntityIndex:
    """Canonical names for the actors, places and speakers of a set of summaries.

    Surface forms are linked when the alias file lists them together, when an article
    introduces one as another's abbreviation, when the model gave one as the other's
    canonical name, when their normalisation keys match, or when a bare surname matches
    exactly one full name seen with a title or as a speaker."""

    def __init__(self) -> None:
        self._sets = _UnionFind()
        self._declared: dict[str, str] = {}  # key -> canonical name from the alias file
        self._surfaces: dict[str, list[str]] = {}  # key -> surface forms, first seen first
        self._mentions: dict[str, list[Mention]] = {}
        self._people: set[str] = set()  # keys of names seen with a title or as a speaker
        self._seen: Counter[str] = Counter()  # surface form -> times seen in summaries
        self.entities: list[Entity] = []
        self._by_key: dict[str, Entity] = {}

    @classmethod
    def build(
        cls,
        summaries: Sequence[ArticleSummary],
        texts: dict[str, str] | None = None,
        alias_file: str | Path | None = None,
    ) -> EntityIndex:
        index = cls()
        for name, aliases in load_aliases(alias_file).items():
            index._declare(name, aliases)
        for summary in summaries:
            for where, name, same_as in _summary_names(summary):
                mention = Mention(surface=name, article_id=summary.source.id, where=where)
                key = index._add(name, mention, person=where.endswith("speaker"))
                if same_as and key and is_proper_name(name) and (other := index._add(same_as, counted=False)):
                    index._sets.union(key, other)
        for text in (texts or {}).values():
            index._read_introductions(text)
            index._read_titles(text)
        index._link_surnames()
        index._finish(texts or {})
        return index

    def canonical(self, name: str) -> str:
        """The canonical name for `name`; `name` itself (trimmed) when it is unknown."""
        for candidate in (name, strip_title(name)):
            if candidate and (entity := self._by_key.get(name_key(candidate))):
                return entity.name
        return " ".join(name.split())

    def entity(self, name: str) -> Entity | None:
        return self._by_key.get(name_key(name)) or self._by_key.get(name_key(strip_title(name) or name))

    # -- building ---------------------------------------------------------

    def _declare(self, name: str, aliases: list[str]) -> None:
        root = self._add(name, Mention(surface=name, where="alias file"), counted=False)
        self._declared[root] = name
        for alias in aliases:
            self._sets.union(self._add(alias, Mention(surface=alias, where="alias file"), counted=False), root)

    def _add(self, name: str, mention: Mention | None = None, person: bool = False, counted: bool = True) -> str:
        """Register a surface form (and its untitled form); returns its key."""
        name = " ".join(name.split())
        key = name_key(name)
        if not key:
            return key
        self._sets.add(key)
        surfaces = self._surfaces.setdefault(key, [])
        if name not in surfaces:
            surfaces.append(name)
        if mention:
            self._mentions.setdefault(key, []).append(mention)
        if counted:
            self._seen[name] += 1
        if bare := strip_title(name):
            self._sets.union(key, self._add(bare, counted=counted, person=True))
            person = True
        if person:
            self._people.add(key)
        return key

    def _read_introductions(self, text: str) -> None:
        """Link names an article introduces as each other's: "X (Y)", "X, or Y,"."""
        for m in _INTRODUCED.finditer(text):
            alias = (m.group(1) or m.group(2)).strip()
            named = self._name_before(text[max(0, m.start() - 100) : m.start()], alias)
            if named and (key := self._add(alias, counted=False)):
                self._sets.union(self._add(named, counted=False), key)

    def _name_before(self, window: str, alias: str) -> str | None:
        """The name just before an introduced alias: the longest capitalised run of the
        last words (descriptors like "militia group" skipped) that is already known,
        or, when the alias is known, the whole capitalised run."""
        words = _TOKEN.findall(_SENTENCE_BREAK.split(window)[-1])[-8:]
        for _ in range(3):
            if words and not words[-1][0].isupper():
                words.pop()
        run: list[str] = []
        for word in reversed(words):
            if not (word[0].isupper() or word.lower() in ("al", "of", "the") or word.lower().startswith("al-")):
                break
            run.insert(0, word)
        while run and (not run[0][0].isupper() or run[0] == "The"):
            run.pop(0)
        suffixes = [" ".join(run[i:]) for i in range(len(run)) if run[i][0].isupper()]
        known = [s for s in suffixes if name_key(s) in self._sets.parent]
        if known:
            return known[0]
        if suffixes and name_key(alias) in self._sets.parent:
            return suffixes[0]
        return None

    def _read_titles(self, text: str) -> None:
        """Titled names in the text ("Mr Austin", "National Security Adviser Qassem
        al-Aaraji") become surface forms when they name, or end like, a known person."""
        for m in _TITLED.finditer(text):
            bare = m.group(1)
            key = name_key(bare)
            if key in self._sets.parent or any(k.rsplit(" ", 1)[1] == key for k in self._full_names()):
                self._add(bare, counted=False, person=True)

    def _full_names(self) -> list[str]:
        """Keys of people known by a full personal name: two or three capitalised words,
        untitled, no "in"/"of" (so "Islamic Resistance in Iraq", a speaker, is not one)."""
        return [
            k for k in self._people
            if 2 <= len(k.split()) <= 3
            and any(
                is_proper_name(s) and not strip_title(s) and not set(s.lower().split()) & _PARTICLES
                for s in self._surfaces.get(k, [])
            )
        ]

    def _link_surnames(self) -> None:
        """"Austin" joins "Lloyd Austin" when exactly one known person ends with it."""
        full = self._full_names()
        for key in [k for k in self._people if " " not in k]:
            roots = {self._sets.find(k) for k in full if k.rsplit(" ", 1)[1] == key}
            if len(roots) == 1:
                self._sets.union(key, roots.pop())

    def _finish(self, texts: dict[str, str]) -> None:
        groups: dict[str, list[str]] = {}
        for key in self._surfaces:
            groups.setdefault(self._sets.find(key), []).append(key)
        declared = {self._sets.find(k): name for k, name in self._declared.items()}
        for root, keys in groups.items():
            if not any(self._seen[s] for k in keys for s in self._surfaces[k]) and not self._occurs(keys, texts):
                continue  # an alias-file entity no article mentions
            name = declared.get(root) or self._best_name(keys)
            surfaces = [name] + [s for k in keys for s in self._surfaces[k] if s != name]
            entity = Entity(name=name, aliases=surfaces, mentions=[m for k in keys for m in self._mentions.get(k, [])])
            self.entities.append(entity)
            self._by_key.update(dict.fromkeys(keys, entity))
        self._add_text_mentions(texts)

    def _occurs(self, keys: list[str], texts: dict[str, str]) -> bool:
        return any(_find_word(text, s) for k in keys for s in self._surfaces[k] for text in texts.values())

    def _best_name(self, keys: list[str]) -> str:
        """A proper, untitled, full name: most words (after normalisation), then most
        often seen, then first seen."""
        candidates = [s for k in keys for s in self._surfaces[k] if not strip_title(s)]
        return max(
            candidates,
            key=lambda s: (is_proper_name(s), len(name_key(s).split()), self._seen[s], -candidates.index(s)),
        )

    def _add_text_mentions(self, texts: dict[str, str]) -> None:
        """Every occurrence of every surface form, longest forms first, no overlaps."""
        forms = sorted(((s, e) for e in self.entities for s in e.aliases if len(s) > 1), key=lambda se: -len(se[0]))
        for article_id, text in texts.items():
            taken: list[Span] = []
            for surface, entity in forms:
                for span in _find_word(text, surface):
                    if not any(span.start < t.end and t.start < span.end for t in taken):
                        taken.append(span)
                        entity.mentions.append(Mention(surface=surface, article_id=article_id, where="text", span=span))


def _find_word(text: str, phrase: str) -> list[Span]:
    """Whole-word, case-sensitive occurrences of `phrase` in `text`."""
    pattern = r"(?<!\w)" + re.escape(phrase) + r"(?!\w)"
    return [Span(start=m.start(), end=m.end()) for m in re.finditer(pattern, text)]


# --------------------------------------------------------------------------
# Report models
# --------------------------------------------------------------------------


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
    claimed_by: str | None = Field(default=None, description="Who the article says gave the figure.")


class Conflict(BaseModel):
    field: str
    values: list[int | str]
    claims: list[Claim]


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


# --------------------------------------------------------------------------
# Grouping incidents into events
# --------------------------------------------------------------------------

# Kinds that name one kind of happening in other words: an air strike by drone is
# still an air strike, a rocket attack is reported as a missile attack elsewhere.
_KIND_FAMILY = {
    "drone strike": "air strike",
    "bombing": "air strike",
    "rocket attack": "missile attack",
    "shelling": "missile attack",
}
_GENERIC_KINDS = {"other"}
_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}


def kind_family(kind: str) -> str:
    return _KIND_FAMILY.get(kind, kind)


def _date_range(inc: Incident) -> tuple[date, date] | None:
    """The days an incident's date allows, by its precision; None when undated or malformed."""
    if not inc.date or not inc.date.value:
        return None
    parts = inc.date.value.split("-")
    try:
        year, month, day = int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1
        start = date(year, month, day)
    except (ValueError, IndexError):
        return None
    precision = inc.date.precision if len(parts) == 3 else ("month" if len(parts) == 2 else "year")
    if precision == "day":
        return start, start
    if precision == "week":
        return start - timedelta(days=3), start + timedelta(days=3)
    if precision == "month":
        first = start.replace(day=1)
        return first, (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    return date(year, 1, 1), date(year, 12, 31)


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
    days: tuple[date, date] | None  # see `_days`
    days_inferred: bool

    @property
    def one_day(self) -> bool:
        return self.days is not None and not self.days_inferred and self.days[0] == self.days[1]


@dataclass
class _Cluster:
    members: list[_Member] = field(default_factory=list)

    @property
    def anchor(self) -> _Member:
        return self.members[0]

    def values(self, attr: str) -> set:
        out: set = set()
        for m in self.members:
            value = getattr(m, attr)
            out |= value if isinstance(value, set) else ({value} if value else set())
        return out


def _member(article_id: str, index: int, inc: Incident, entities: EntityIndex, published: str | None = None) -> _Member:
    places = {entities.canonical(p.name) for p in inc.places}
    days, inferred = _days(inc, published)
    countries = {entities.canonical(p.country) for p in inc.places if p.country}
    return _Member(
        article_id=article_id,
        index=index,
        incident=inc,
        family=kind_family(inc.kind),
        perpetrator=entities.canonical(inc.perpetrator) if inc.perpetrator else None,
        target=entities.canonical(inc.target) if inc.target else None,
        places=places,
        countries=countries,
        coarse_places=bool(places) and places <= countries,
        days=days,
        days_inferred=inferred,
    )


def _place_agreement(m: _Member, c: _Cluster) -> bool | None:
    """True: a place in common. False: different countries, or different specific
    places. None: nothing to compare (no places, or only a country on one side)."""
    places = c.values("places")
    if not m.places or not places:
        return None
    if m.places & places:
        return True
    countries = c.values("countries")
    if m.countries and countries and not m.countries & countries:
        return False
    if m.coarse_places or all(x.coarse_places for x in c.members if x.places):
        return None
    return False


def _actor_agreement(m: _Member, c: _Cluster) -> bool | None:
    """True: same perpetrator or target named. False: a different one, or roles
    reversed (the attacked attacking back is a different event). None: no overlap."""
    perps, targets = c.values("perpetrator"), c.values("target")
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
    - same day, or overlapping ranges when either date is coarse (month, week, year): join;
    - one day apart, both dated to the day: join only on strong agreement, because
      articles date by their own time zone (00:15 in Baghdad is the previous evening
      in Washington);
    - no date on either side: join only on strong agreement (an undated main
      incident counts as dated to the week before its article's publication).
    Strong agreement: same kind family (not "other"), the same perpetrator
    named on both sides, and a shared place."""
    anchor = c.anchor
    if m.family != anchor.family and not {m.family, anchor.family} & _GENERIC_KINDS:
        return None
    places, actors = _place_agreement(m, c), _actor_agreement(m, c)
    if places is False or actors is False or not (places or actors):
        return None
    strong = (
        m.family == anchor.family
        and m.family not in _GENERIC_KINDS
        and m.perpetrator is not None
        and m.perpetrator in c.values("perpetrator")
        and places is True
    )
    mine, theirs = m.days, anchor.days
    if mine is None or theirs is None:
        date_ok = strong
    elif mine[0] <= theirs[1] and theirs[0] <= mine[1]:
        date_ok = True
    else:
        date_ok = strong and m.one_day and anchor.one_day and abs((mine[0] - theirs[0]).days) == 1
    return int(bool(places)) + int(bool(actors)) + int(mine == theirs) if date_ok else None


def _seed_order(m: _Member) -> tuple:
    """Most informative incidents first, so they found the events others join:
    main before context, precise dates before coarse, more places, more actors."""
    inc = m.incident
    precision = _PRECISION_RANK.get(inc.date.precision, 4) if inc.date and inc.date.value else 5
    return (inc.role != "main", precision, -len(m.places), -(bool(m.perpetrator) + bool(m.target)))


def group_incidents(summaries: Sequence[ArticleSummary], entities: EntityIndex) -> list[list[IncidentRef]]:
    """Incidents of all articles, grouped into events (see `_score` for the rule).

    Greedy: incidents are taken most informative first and join the event they fit
    best, or found a new one. An event's places and actors are the union of its
    members'; its date is its founding incident's."""
    members = [
        _member(s.source.id, i, inc, entities, s.source.published)
        for s in summaries
        for i, inc in enumerate(s.incidents)
    ]
    clusters: list[_Cluster] = []
    for m in sorted(members, key=_seed_order):
        scored = [(score, -n, c) for n, c in enumerate(clusters) if (score := _score(m, c)) is not None]
        if scored:
            max(scored, key=lambda t: t[:2])[2].members.append(m)
        else:
            clusters.append(_Cluster([m]))
    return [[IncidentRef(article_id=x.article_id, index=x.index) for x in c.members] for c in clusters]


# --------------------------------------------------------------------------
# Ledger, conflicts, headline
# --------------------------------------------------------------------------

LEDGER_FIELDS = ("date", "time", "places", "perpetrator", "target", "claimed_by", "killed", "wounded", "sites")
_COUNT_FIELDS = ("killed", "wounded", "sites")
# Fields whose distinct values are a disagreement worth flagging. Places are not:
# articles name different sites of one strike. Time is not: "00:15 local" and
# "12:15am Wednesday" are the same time in other words.
_CONFLICT_FIELDS = ("date", "perpetrator", "target", "claimed_by", "killed", "wounded", "sites")


def _evidence(inc: Incident, key: str) -> tuple[Span | None, Status | None]:
    ev = inc.evidence.get(key)
    if ev is None:
        return None, None
    return (ev.spans[0] if ev.spans else None), ev.status


def _count_claim(count: Count, base: dict) -> Claim:
    low = next((v for v in (count.exact, count.min, count.max) if v is not None), None)
    high = next((v for v in (count.exact, count.max, count.min) if v is not None), None)
    if count.exact is not None:
        value: int | str = count.exact
    elif low is None:
        value = "unquantified"
    elif count.max is None:
        value = f"{low}+"
    else:
        value = f"{low}-{high}" if low != high else low
    return Claim(value=value, low=low, high=high if count.max is not None or count.exact is not None else None,
                 words=count.words, claimed_by=count.reported_by, **base)


def incident_claims(article_id: str, index: int, inc: Incident, entities: EntityIndex) -> dict[str, list[Claim]]:
    """One incident's claims, field by field, with their evidence spans."""

    def base(key: str) -> dict:
        span, status = _evidence(inc, key)
        return {"article_id": article_id, "incident": index, "span": span, "status": status}

    claims: dict[str, list[Claim]] = {}
    if inc.date and inc.date.value:
        claims["date"] = [Claim(value=inc.date.value, precision=inc.date.precision, words=inc.date.words, **base("date"))]
    if inc.time:
        claims["time"] = [Claim(value=inc.time, words=inc.time, **base("time"))]
    if inc.places:
        claims["places"] = [
            Claim(value=entities.canonical(p.name), words=p.name, **base(f"places[{j}]")) for j, p in enumerate(inc.places)
        ]
    for attr in ("perpetrator", "target", "claimed_by"):
        if value := getattr(inc, attr):
            claims[attr] = [Claim(value=entities.canonical(value), words=value, **base(attr))]
    for attr in _COUNT_FIELDS:
        if count := getattr(inc, attr):
            claims[attr] = [_count_claim(count, base(attr))]
    return claims


def _comparable(field_name: str, claim: Claim) -> int | str | None:
    """The value two claims must share to agree; None when the claim cannot disagree
    (a date known only to the month does not contradict a day inside it)."""
    if field_name == "date" and claim.precision != "day":
        return None
    return claim.value


def find_conflicts(ledger: dict[str, list[Claim]]) -> list[Conflict]:
    conflicts = []
    for name in _CONFLICT_FIELDS:
        claims = ledger.get(name, [])
        values = list(dict.fromkeys(v for c in claims if (v := _comparable(name, c)) is not None))
        if len(values) > 1:
            conflicts.append(Conflict(field=name, values=values, claims=claims))
    return conflicts


def _majority(claims: list[Claim]) -> Headline:
    """Most sources' value; ties go to the first article."""
    counts = Counter(c.value for c in claims)
    value, n = counts.most_common(1)[0]
    return Headline(value=value, basis=f"stated by {n} of {len(claims)} reports")


def _count_headline(claims: list[Claim], policy: Policy, published: dict[str, str]) -> Headline:
    """Counts follow the policy; the range of every figure reported is always kept.

    lowest (default, as ACLED codes fatalities): the lowest figure any source gives;
    highest: the highest; latest: the figure of the most recently published article
    (ties: the later one in input order)."""
    numbers = [c for c in claims if c.low is not None]
    if not numbers:
        return Headline(value="unquantified", basis=f"no figure in {len(claims)} reports")
    low = min(c.low for c in numbers)
    high = max(c.high if c.high is not None else c.low for c in numbers)
    if policy == "lowest":
        value: int | str | None = low
    elif policy == "highest":
        value = high
    else:
        order = {a: i for i, a in enumerate(published)}
        value = max(numbers, key=lambda c: (published.get(c.article_id) or "", order.get(c.article_id, 0))).value
    return Headline(value=value, low=low, high=high, basis=f"{policy} of {len(numbers)} reported figure{'s' * (len(numbers) != 1)}")


def headlines(ledger: dict[str, list[Claim]], policy: Policy, published: dict[str, str]) -> dict[str, Headline]:
    out: dict[str, Headline] = {}
    for name, claims in ledger.items():
        if name in _COUNT_FIELDS:
            out[name] = _count_headline(claims, policy, published)
        elif name == "places":
            continue  # chosen by _build_event, which knows which names are countries
        elif name == "date":
            day_claims = [c for c in claims if c.precision == "day"] or claims
            out[name] = _majority(day_claims)
        else:
            out[name] = _majority(claims)
    return out


# --------------------------------------------------------------------------
# Statements
# --------------------------------------------------------------------------


def _quote_key(quote: str) -> str:
    """Same words: normalised, with trailing punctuation dropped (quotes cut mid-sentence end in a comma)."""
    return normalize(quote).text.strip(" ,.;:")


def merge_statements(
    items: Iterable[tuple[str, int, Statement]], entities: EntityIndex
) -> list[MergedStatement]:
    """(article id, index, statement) triples merged by speaker and words."""
    merged: dict[tuple[str, str], MergedStatement] = {}
    for article_id, index, st in items:
        speaker = entities.canonical(st.speaker_canonical or st.speaker)
        ev = st.evidence.get("quote")
        ref = StatementRef(
            article_id=article_id,
            index=index,
            speaker_as_written=st.speaker,
            span=ev.spans[0] if ev and ev.spans else None,
            status=st.status if st.evidence else None,
        )
        key = (speaker, _quote_key(st.quote))
        if key in merged:
            merged[key].sources.append(ref)
        else:
            merged[key] = MergedStatement(speaker=speaker, quote=st.quote, kind=st.kind, sources=[ref])
    return list(merged.values())


def _statement_event(summary: ArticleSummary, st: Statement, event_of: dict[tuple[str, int], int]) -> int | None:
    """The event a statement is about: its incident's, else its article's first main
    incident's (models often leave `incident` empty on an article about one strike)."""
    aid = summary.source.id
    if st.incident is not None and (aid, st.incident) in event_of:
        return event_of[(aid, st.incident)]
    main = next((i for i, inc in enumerate(summary.incidents) if inc.role == "main"), None)
    return event_of.get((aid, main)) if main is not None else None


# --------------------------------------------------------------------------
# The report
# --------------------------------------------------------------------------


def _slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _ordered(values: Iterable[str]) -> list[str]:
    """Most frequent first, then first seen."""
    counts = Counter(values)
    return sorted(counts, key=lambda v: -counts[v])


def _build_event(
    refs: list[IncidentRef],
    by_id: dict[str, ArticleSummary],
    entities: EntityIndex,
    policy: Policy,
    published: dict[str, str],
) -> Event:
    ledger: dict[str, list[Claim]] = {}
    for ref in sorted(refs, key=lambda r: (list(by_id).index(r.article_id), r.index)):
        inc = by_id[ref.article_id].incidents[ref.index]
        for name, claims in incident_claims(ref.article_id, ref.index, inc, entities).items():
            ledger.setdefault(name, []).extend(claims)
    ledger = {name: ledger[name] for name in LEDGER_FIELDS if name in ledger}
    heads = headlines(ledger, policy, published)
    incidents = [by_id[r.article_id].incidents[r.index] for r in refs]
    main = [i for i in incidents if i.role == "main"]
    date_claims = ledger.get("date", [])
    when = heads["date"].value if "date" in heads else None
    precision = next((c.precision for c in date_claims if c.value == when), None)
    named = _ordered(str(c.value) for c in ledger.get("places", []))
    kinds = _ordered(kind_family(i.kind) for i in incidents)
    specific = [k for k in kinds if k not in _GENERIC_KINDS] or kinds
    countries = _ordered(entities.canonical(p.country) for i in incidents for p in i.places if p.country)
    places = [p for p in named if p not in countries] or named
    if places:
        heads["places"] = Headline(value=places, basis="every place named, most reported first; a country only when no place in it is")
    return Event(
        id="",
        kind=specific[0],
        role="main" if main else "context",
        date=str(when) if when else None,
        precision=precision,
        places=places,
        countries=countries,
        actors=Actors(**{a: _ordered(str(c.value) for c in ledger.get(a, [])) for a in ("perpetrator", "target", "claimed_by")}),
        description=(main or incidents)[0].description,
        incidents=refs,
        ledger=ledger,
        headline=heads,
        conflicts=find_conflicts(ledger),
        statements=[],
        sources=list(dict.fromkeys(r.article_id for r in sorted(refs, key=lambda r: list(by_id).index(r.article_id)))),
    )


def _event_id(event: Event, taken: set[str]) -> str:
    where = event.places[0] if event.places else ""
    base = "-".join(filter(None, [event.date or "undated", _slug(event.kind), _slug(where)]))
    ident, n = base, 2
    while ident in taken:
        ident, n = f"{base}-{n}", n + 1
    taken.add(ident)
    return ident


def date_from_events(summaries: Sequence[ArticleSummary], groups: list[list[IncidentRef]], texts: dict[str, str] | None = None) -> list[ArticleSummary]:
    """Publication dates for undated articles, from the events they report.

    An article with no date of its own ("early Wednesday" strikes, a page-capture
    date ignored) whose incidents joined events that other articles date is taken
    as published on the earliest day, within the week after the latest of those
    events, on which all its date words mean those events' dates: read on
    2024-01-24, "early Wednesday" is the 24th and "on Tuesday" the 23rd. At least
    one of the incidents must be a main one. When its main incident joined nothing
    (too little in common to join an event undated), the main events of its kind
    that other articles report are tried instead, and used when exactly one fits its
    words. Its relative dates are then resolved against that day and, with `texts`,
    re-checked. Other articles are returned unchanged."""
    by_id = {s.source.id: s for s in summaries}
    constraints: dict[str, list[tuple[str, date, bool]]] = {}
    main_days: dict[str, set[date]] = {}  # kind family -> days of main events other articles date
    for refs in groups:
        members = [(r, by_id[r.article_id].incidents[r.index]) for r in refs]
        dated = [(r, inc) for r, inc in members if inc.date and inc.date.value and inc.date.precision == "day"]
        if not dated:
            continue
        day = date.fromisoformat(Counter(inc.date.value for _, inc in dated).most_common(1)[0][0])
        for _, inc in dated:
            if inc.role == "main" and inc.date.value == day.isoformat():
                main_days.setdefault(kind_family(inc.kind), set()).add(day)
        for ref, inc in members:
            if not by_id[ref.article_id].source.published and inc.date and inc.date.words and not inc.date.value:
                constraints.setdefault(ref.article_id, []).append((inc.date.words, day, inc.role == "main"))
    for s in summaries:
        if s.source.published or any(main for _, _, main in constraints.get(s.source.id, [])):
            continue
        for inc in s.incidents:
            if inc.role == "main" and inc.date and inc.date.words and not inc.date.value:
                fits = [d for d in main_days.get(kind_family(inc.kind), ()) if _consistent_day([(inc.date.words, d, True)])]
                if len(fits) == 1:
                    constraints[s.source.id] = [(inc.date.words, fits[0], True)]
                    break
    out = []
    for s in summaries:
        found = constraints.get(s.source.id, [])
        day = _consistent_day(found) if any(main for _, _, main in found) else None
        if day is None:
            out.append(s)
            continue
        basis = "inferred: " + "; ".join(f"'{words}' read on {day} is {d}" for words, d, _ in found) + (
            ", the dates other articles give those events (the earliest day that fits)")
        incidents = [_redated(inc, day) for inc in s.incidents]
        dated = s.model_copy(update={"source": s.source.model_copy(update={"published": day, "published_basis": basis}),
                                     "incidents": incidents})
        text = (texts or {}).get(s.source.id)
        out.append(verify_summary(dated, text) if text is not None else dated)
    return out


def _consistent_day(constraints: list[tuple[str, date, bool]]) -> str | None:
    """The earliest publication day, in the week after the latest event, on which
    every (words, day) pair holds."""
    latest = max(d for _, d, _ in constraints)
    for offset in range(7):
        day = (latest + timedelta(days=offset)).isoformat()
        if all((meant := resolve_date(words, day)) and meant.value == d.isoformat() for words, d, _ in constraints):
            return day
    return None


def _redated(inc: Incident, published: str) -> Incident:
    """The incident with its relative date words resolved against `published`."""
    if not (inc.date and inc.date.words and not inc.date.value):
        return inc
    resolved = resolve_date(inc.date.words, published)
    if not resolved:
        return inc
    return inc.model_copy(update={"date": inc.date.model_copy(update={"value": resolved.value, "precision": resolved.precision})})


def build_report(
    summaries: Sequence[ArticleSummary],
    texts: dict[str, str] | None = None,
    policy: Policy = "lowest",
    failures: Sequence = (),
    alias_file: str | Path | None = None,
) -> EventReport:
    """Every article's summary in one picture: events with claim ledgers and merged
    statements. `texts` (article id -> text) adds alias introductions and mention spans;
    `failures` are the pipeline's failures (anything with source, kind and message)."""
    if policy not in POLICIES:
        raise ValueError(f"unknown headline policy {policy!r}; choose one of {', '.join(POLICIES)}")
    entities = EntityIndex.build(summaries, texts, alias_file)
    groups = group_incidents(summaries, entities)
    if any(not s.source.published for s in summaries):
        redated = date_from_events(summaries, groups, texts)
        if redated != list(summaries):
            summaries, groups = redated, group_incidents(redated, entities)
    by_id = {s.source.id: s for s in summaries}
    published = {s.source.id: s.source.published or "" for s in summaries}
    events = [_build_event(refs, by_id, entities, policy, published) for refs in groups]
    event_of = {(r.article_id, r.index): n for n, e in enumerate(events) for r in e.incidents}
    grouped: dict[int | None, list[tuple[str, int, Statement]]] = {}
    for s in summaries:
        for i, st in enumerate(s.statements):
            grouped.setdefault(_statement_event(s, st, event_of), []).append((s.source.id, i, st))
    for n, event in enumerate(events):
        event.statements = merge_statements(grouped.get(n, []), entities)
    events.sort(key=lambda e: (e.role != "main", -len(e.sources), e.date or "9999"))
    taken: set[str] = set()
    for event in events:
        event.id = _event_id(event, taken)
    return EventReport(
        policy=policy,
        events=events,
        articles=list(summaries),
        entities=entities.entities,
        statements=merge_statements(grouped.get(None, []), entities),
        failures=[ReportFailure(source=f.source, kind=f.kind, message=f.message) for f in failures],
    )
