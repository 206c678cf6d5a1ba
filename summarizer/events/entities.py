"""Entities across articles: one canonical name for every actor, place and speaker.

"Mr Austin" and "Defence Secretary Lloyd Austin", or "Jurf al-Sakhr" and "Jurf Al
Sakhar", compare equal; "Hamas" and "Homs" never do (see `names.same_spelling`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, Field

from ..names import (
    PARTICLES,
    TITLED,
    is_proper_name,
    load_aliases,
    name_key,
    same_spelling,
    spelling_bucket,
    strip_title,
)
from ..schema import ArticleSummary, Span
from ..text import quote_regions, sentence_starts
from .lean import lean


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


# An abbreviation or alternative name the article introduces itself:
# "US Central Command (CENTCOM)", "Kataib Hezbollah, or Brigades of the Party of God,".
_INTRODUCED = re.compile(r"\((?:the\s+)?([A-Z][^()\d]{1,58})\)|,\s+or\s+(?:the\s+)?([A-Z][^,.;()\d]{1,58}),")
_TOKEN = re.compile(r"[\w’'.\-]+")
# What follows a dateline's agency: "BAGHDAD (Reuters) -", "Manila (AFP) –".
_DATELINE = re.compile(r"[ \t]*[-\u2013\u2014]")
# An abbreviation used in running text: two to six capitals.
_ABBREVIATION = re.compile(r"(?<![\w.\-])[A-Z]{2,6}(?![\w\-])")
# Kinds of place a short form may share with its full name ("Al Asad airbase" for
# "Ain Al Asad airbase"); not "area", "border" or "site", which say where, not what.
_PLACE_KINDS = {"base": "base", "airbase": "base", "province": "province", "district": "district",
                "region": "region", "village": "village"}
_DESCRIBED_PLACE = re.compile(
    r"(?<![\w’'\-])((?:(?:[A-Z][\w’'\-]*|al|el|al-[A-Z][\w’'\-]*|el-[A-Z][\w’'\-]*)[ \t]+)+)"
    r"((?i:airbase|base|province|district|region|village))\b"
)


# A place's name with the lower-case words that say what is there ("Ras Issa fuel port",
# "Al-Tabieen religious school"): the capitalised words name the place. Heuristic.
# (all lower case, and not a name's particle: "Deir ez-Zor", "Kafr el sheikh" keep theirs)
_PLACE_CORE = re.compile(r"(.*[A-Z][\w\u2019'\-]*)(?!\s+(?:al|el|ez|ad|as|ash|at|an|ar|bin|ibn|de|del|da|do|dos|du|la|le|di|van|von)\b)(?:\s+[a-z][a-z\-]*)+")


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
    introduces one as another's abbreviation ("X (Y)", "X, or Y,") or uses the
    initials of a name it wrote before ("Kataib Hezbollah ... KH"), when an article
    writes a place in full and short ("Ain Al Asad airbase", "Al Asad airbase"),
    when the model gave one as the other's canonical name, when their normalisation
    keys match, or when a bare surname matches exactly one full name seen with a title
    or as a speaker. What an article teaches holds for the whole run, but never joins
    two entities of the alias file nor re-points one of its abbreviations."""

    def __init__(self) -> None:
        self._sets = _UnionFind()
        self._declared: dict[str, str] = {}  # key -> canonical name from the alias file
        self._declared_keys: set[str] = set()  # every key the alias file lists
        self._surfaces: dict[str, list[str]] = {}  # key -> surface forms, first seen first
        self._mentions: dict[str, list[Mention]] = {}
        self._people: set[str] = set()  # keys of names seen with a title or as a speaker
        self._seen: Counter[str] = Counter()  # surface form -> times seen in summaries
        self._buckets: dict[str, set[str]] = {}  # spelling bucket -> keys (see names.same_spelling)
        # last word -> keys of people known by a full personal name (see `_full_name`),
        # kept as names are added, so looking a surname up never rescans every person
        self._by_surname: dict[str, list[str]] = {}
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
                mention = lean(Mention(surface=name, article_id=summary.source.id, where=where))
                key = index._add(name, mention, person=where.endswith("speaker"), place=".places[" in where)
                if same_as and key and is_proper_name(name) and (other := index._add(same_as, counted=False)):
                    index._link(key, other)
        for text in (texts or {}).values():
            index._read_introductions(text)
            index._read_titles(text)
        initials = index._initials_index()
        named = _Surfaces(initials)
        for text in (texts or {}).values():
            index._read_initials(text, initials, named)
            index._read_short_places(text)
        index._link_surnames()
        index._link_spellings()
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
        self._declared_keys.add(root)
        for alias in aliases:
            key = self._add(alias, Mention(surface=alias, where="alias file"), counted=False)
            self._declared_keys.add(key)
            self._sets.union(key, root)

    def _declared_name(self, key: str) -> str | None:
        """The alias-file name of the entity `key` belongs to, if any."""
        root = self._sets.find(key)
        return next((name for k, name in self._declared.items() if self._sets.find(k) == root), None)

    def _link(self, a: str, b: str) -> None:
        """Join what an article or the model says is one entity, unless the alias file
        says they are two ("Reporters Without Borders (RSF)" does not make the Rapid
        Support Forces a press-freedom group)."""
        if self._sets.find(a) == self._sets.find(b):
            return
        named_a, named_b = self._declared_name(a), self._declared_name(b)
        if named_a and named_b and named_a != named_b:
            return
        self._sets.union(a, b)

    def _add(
        self, name: str, mention: Mention | None = None, person: bool = False, counted: bool = True, place: bool = False,
        shown: bool = True,
    ) -> str:
        """Register a surface form (and its untitled form, unless it is a place: "Sheikh
        Radwan" is a neighbourhood, not someone called Radwan); returns its key. A form not
        `shown` links keys only: it is never the entity's name nor searched for in texts."""
        name = " ".join(name.split())
        key = name_key(name)
        if not key:
            return key
        self._sets.add(key)
        self._buckets.setdefault(spelling_bucket(key), set()).add(key)
        surfaces = self._surfaces.setdefault(key, [])
        if shown and name not in surfaces:
            surfaces.append(name)
        if mention:
            self._mentions.setdefault(key, []).append(mention)
        if counted:
            self._seen[name] += 1
        if not place and (bare := strip_title(name)):
            self._sets.union(key, self._add(bare, counted=counted, person=True))
            person = True
        if place and (core := _PLACE_CORE.fullmatch(name)):  # "Ras Issa fuel port" is Ras Issa
            self._sets.union(key, self._add(core.group(1), counted=False, place=True, shown=False))
        if person:
            self._people.add(key)
        if key in self._people and self._full_name(key):
            keys = self._by_surname.setdefault(key.rsplit(" ", 1)[1], [])
            if key not in keys:
                keys.append(key)
        return key

    def _read_introductions(self, text: str) -> None:
        """Link names an article introduces as each other's: "X (Y)", "X, or Y,"."""
        for m in _INTRODUCED.finditer(text):
            if _DATELINE.match(text, m.end()):
                continue  # "Manila (AFP) -": the agency, not another name for the city
            alias = (m.group(1) or m.group(2)).strip()
            named = self._name_before(text[max(0, m.start() - 100) : m.start()], alias)
            if not named or not name_key(alias):
                continue
            alias_key, named_key = name_key(alias), name_key(named)
            known_as = self._declared_name(named_key) if named_key in self._sets.parent else None
            if alias_key in self._declared_keys and self._declared_name(alias_key) != known_as:
                # The alias file gives this alias to another entity: the article may
                # still spell out an abbreviation ("Rapid Support Force (RSF)").
                if not (alias.isupper() and _initials(named) == alias):
                    continue
            self._link(self._add(named, counted=False), self._add(alias, counted=False))

    def _name_before(self, window: str, alias: str) -> str | None:
        """The name just before an introduced alias: the longest capitalised run of the
        last words (descriptors like "militia group" skipped) that is already known,
        or, when the alias is known, the whole capitalised run."""
        last_sentence = window[sentence_starts(window, quote_regions(window))[-1] :]
        words = _TOKEN.findall(last_sentence)[-8:]
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
        known = [s for s in suffixes if self._known(name_key(s))]
        if known:
            return known[0]
        if suffixes and self._known(name_key(alias)):
            return suffixes[0]
        return None

    def _read_titles(self, text: str) -> None:
        """Titled names in the text ("Mr Austin", "National Security Adviser Qassem
        al-Aaraji") become surface forms when they name, or end like, a known person."""
        for m in TITLED.finditer(text):
            bare = m.group(1)
            key = name_key(bare)
            if self._known(key) or key in self._by_surname:
                self._add(bare, counted=False, person=True)

    def _read_initials(self, text: str, initials: dict[str, str], named: _Surfaces) -> None:
        """An abbreviation the article uses without defining it, after writing the name
        it abbreviates ("Kataib Hezbollah ... KH facilities"): its letters are the
        initials of exactly one known name (two words or more, not a person's) that the
        article writes before it. Not when the abbreviation already names something
        else, or the alias file has it. `initials` maps each such name to its initials
        and `named` finds them all in one pass over the text: names sharing initials
        grow with the number of articles (every copy of a name has its initials), so
        one search per name would make this pass quadratic."""
        firsts: dict[str, int] = {}
        for m in _ABBREVIATION.finditer(text):
            firsts.setdefault(m.group(), m.start())
        if not firsts:
            return
        before: dict[str, list[str]] = {}  # abbreviation -> the names with its initials written before it
        for surface, start in named.find(text):
            if start < firsts.get(abbreviation := initials[surface], -1):
                before.setdefault(abbreviation, []).append(surface)
        for abbreviation in firsts:
            key = name_key(abbreviation)
            if key in self._declared_keys or abbreviation not in before:
                continue
            roots = {self._sets.find(name_key(s)) for s in before[abbreviation]}
            if len(roots) != 1 or (key in self._sets.parent and self._sets.find(key) not in roots):
                continue
            self._link(self._add(abbreviation, counted=False), roots.pop())

    def _initials_index(self) -> dict[str, str]:
        """Known surface forms of two or more capitalised words, people left out -> their initials."""
        out: dict[str, str] = {}
        for key, surfaces in self._surfaces.items():
            if key in self._people:
                continue
            for s in surfaces:
                if len(s.split()) >= 2 and is_proper_name(s) and len(initials := _initials(s)) >= 2:
                    out[s] = initials
        return out

    def _read_short_places(self, text: str) -> None:
        """A place the article writes in full and short with the same kind word ("Ain
        Al Asad airbase" and "Al Asad airbase"): the short name is the full one when
        its words end the full name's, both are known, and only one full name of that
        kind ends so. Heuristic: never without the kind word on both sides, so
        "Sudan"/"South Sudan" or "Korea"/"North Korea" are never joined."""
        by_kind: dict[str, set[str]] = {}
        for m in _DESCRIBED_PLACE.finditer(text):
            # the key drops the kind word ("Al-Asad Air Base" is "asad")
            if key := self._known_key(name_key(m.group())):
                by_kind.setdefault(_PLACE_KINDS[m.group(2).casefold()], set()).add(key)
        for keys in by_kind.values():
            for short in keys:
                words = short.split()
                longer = {
                    self._sets.find(k) for k in keys
                    if len(k.split()) > len(words) and k.split()[-len(words):] == words
                }
                if len(longer) == 1:
                    self._link(short, longer.pop())

    def _known_key(self, key: str) -> str | None:
        """The key a known name has in this or another spelling (see `_known`)."""
        if not key:
            return None
        if key in self._sets.parent:
            return key
        return next((k for k in self._buckets.get(spelling_bucket(key), ()) if same_spelling(key, k)), None)

    def _full_name(self, key: str) -> bool:
        """Whether a person's key is that of a full personal name: two or three capitalised
        words, untitled, no "in"/"of" (so "Islamic Resistance in Iraq", a speaker, is not one)."""
        return 2 <= len(key.split()) <= 3 and any(
            is_proper_name(s) and not strip_title(s) and not set(s.lower().split()) & PARTICLES
            for s in self._surfaces.get(key, [])
        )

    def _link_surnames(self) -> None:
        """"Austin" joins "Lloyd Austin" when exactly one known person ends with it."""
        for key in [k for k in self._people if " " not in k and k not in self._declared_keys]:
            roots = {self._sets.find(k) for k in self._by_surname.get(key, ())}
            if len(roots) == 1:
                self._sets.union(key, roots.pop())

    def _known(self, key: str) -> bool:
        """Whether a name with this key, in this or another spelling, is known."""
        return key in self._sets.parent or any(same_spelling(key, k) for k in self._buckets.get(spelling_bucket(key), ()))

    def _link_spellings(self) -> None:
        """Keys of one name spelt with other vowels join (see `names.same_spelling`);
        only keys with the same consonants are compared."""
        for keys in self._buckets.values():
            ordered = sorted(keys)
            for i, a in enumerate(ordered):
                for b in ordered[i + 1 :]:
                    if same_spelling(a, b):
                        self._sets.union(a, b)

    def _finish(self, texts: dict[str, str]) -> None:
        groups: dict[str, list[str]] = {}
        for key in self._surfaces:
            groups.setdefault(self._sets.find(key), []).append(key)
        declared = {self._sets.find(k): name for k, name in self._declared.items()}
        unseen = [s for keys in groups.values() if not any(self._seen[s] for k in keys for s in self._surfaces[k])
                  for k in keys for s in self._surfaces[k]]
        search = _Surfaces(unseen)
        written = {surface for text in texts.values() for surface, _ in search.find(text)}
        for root, keys in groups.items():
            surfaces = [s for k in keys for s in self._surfaces[k]]
            if not any(self._seen[s] for s in surfaces) and not written.intersection(surfaces):
                continue  # an alias-file entity no article mentions
            name = declared.get(root) or self._best_name(keys)
            surfaces = [name] + [s for k in keys for s in self._surfaces[k] if s != name]
            entity = lean(Entity(name=name, aliases=surfaces, mentions=[m for k in keys for m in self._mentions.get(k, [])]))
            self.entities.append(entity)
            self._by_key.update(dict.fromkeys(keys, entity))
        self._add_text_mentions(texts)

    def _best_name(self, keys: list[str]) -> str:
        """A proper, untitled, full name: one the summaries give before one only an
        article's text introduces ("Kataib Hezbollah, or Brigades of the Party of God,"
        glosses the name it follows), then most words (after normalisation), then most
        often seen, then first seen."""
        surfaces = [s for k in keys for s in self._surfaces[k]]
        candidates = [s for s in surfaces if not strip_title(s)] or surfaces  # "Sheikh Radwan", a place
        return max(
            candidates,
            key=lambda s: (
                is_proper_name(s), self._seen[s] > 0, len(name_key(s).split()), self._seen[s], -candidates.index(s)
            ),
        )

    def _add_text_mentions(self, texts: dict[str, str]) -> None:
        """Every occurrence of every surface form, longest forms first, no overlaps.
        Article by article, so only the mentions kept are held."""
        forms = sorted(((s, e) for e in self.entities for s in e.aliases if len(s) > 1), key=lambda se: -len(se[0]))
        ranks: dict[str, list[tuple[int, Entity]]] = {}
        for n, (surface, entity) in enumerate(forms):
            ranks.setdefault(surface, []).append((n, entity))
        search = _Surfaces(ranks)
        for article_id, text in texts.items():
            hits = [(n, start, surface, entity) for surface, start in search.find(text) for n, entity in ranks[surface]]
            taken = bytearray(len(text))
            for _, start, surface, entity in sorted(hits, key=lambda h: (h[0], h[1])):
                end = start + len(surface)
                if taken.find(1, start, end) == -1:
                    taken[start:end] = b"\x01" * (end - start)
                    span = lean(Span(start=start, end=end))
                    entity.mentions.append(lean(Mention(surface=surface, article_id=article_id, where="text", span=span)))


def _initials(name: str) -> str:
    """The capitals that start a name's words ("Jama'at Nusrat al-Islam wal-Muslimin"
    -> "JNIM", "Tehrik-i-Taliban Pakistan" -> "TTP")."""
    return "".join(w[0] for w in re.split(r"[\s\-]+", name) if w[:1].isupper())


def _find_word(text: str, phrase: str) -> list[Span]:
    """Whole-word, case-sensitive occurrences of `phrase` in `text`."""
    return [Span(start=m.start(), end=m.end()) for m in _word_pattern(phrase).finditer(text)]


@lru_cache(maxsize=4096)
def _word_pattern(phrase: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)")


_WORD_START = re.compile(r"(?<!\w)\w+")
_WORD_CHAR = re.compile(r"\w")


class _Surfaces:
    """Whole-word, case-sensitive occurrences of many surface forms (as `_find_word`),
    found in one pass over a text: at each word start, the text is looked up at the
    lengths of the surfaces beginning with that word, so the time grows with the
    text's length, not with the number of surfaces (a first word many surfaces share,
    "The", costs one look-up per length, not one per surface)."""

    def __init__(self, surfaces: Iterable[str]) -> None:
        self._lengths: dict[str, set[int]] = {}  # first word -> lengths of the surfaces it begins
        self._known: dict[str, str] = {}  # each surface to itself: hits hold one string per surface, not per hit
        self._other: list[str] = []  # surfaces that do not begin with a word character
        for surface in set(surfaces):
            m = _WORD_START.match(surface)
            if m:
                self._lengths.setdefault(m.group(), set()).add(len(surface))
                self._known[surface] = surface
            elif surface:
                self._other.append(surface)

    def find(self, text: str) -> Iterator[tuple[str, int]]:
        """(surface, start) for every occurrence in `text`."""
        for m in _WORD_START.finditer(text):
            start = m.start()
            for n in self._lengths.get(m.group(), ()):
                end = start + n
                if (surface := self._known.get(text[start:end])) and not _WORD_CHAR.match(text, end):
                    yield surface, start
        for surface in self._other:
            for span in _find_word(text, surface):
                yield surface, span.start
