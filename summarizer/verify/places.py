"""Places are places: a name given as a place must be used as one.

Who a name is decides, in this order (first that applies):
1. every occurrence is in a dateline ("PORT HALDEN, Veloria —"): where the report
   was filed, not where it happened -> `wrong_type`;
2. the article uses it as a place: "in X", "near X", "outside X", "south of X",
   "the town of X", "the capital X", "X province", "the X airbase", "X area" ->
   a place, whatever else it is;
3. a nationality adjective ("Iraqi", "Syrian": a country's name with a demonym
   ending) -> `wrong_type`;
4. a person: the article puts a title before it ("Defence Secretary Lloyd
   Austin", "Mr Austin") -> `wrong_type`;
5. an organisation: an organisation word after or before it ("Kataib Hezbollah
   militia", "the movement Hamas", "Central Command") -> `wrong_type`;
6. a speaker ("Washington said"), unless GeoNames has it as a country, continent
   or US state (countries speak through their governments and stay places) ->
   `wrong_type`;
7. GeoNames (`gazetteer`) knows it by its own name -> a place;
8. otherwise nothing says it is a place -> `unsupported`.

A gazetteer hit alone is never decisive against the article: GeoNames lists
"Austin" (a city, and a US defence secretary's surname) and "Hamas" (an alternate
name of Hamm); the article's own cues decide. A place GeoNames lacks passes on the
article's cues ("the town of Tudun Biri"). Heuristics, said plainly: the cues are
English prepositions and place nouns; a person named "in" a sentence about a place
they own ("in Austin's hometown") would not be caught, and an organisation named
after its base ("the Kataib Hezbollah base") reads as a place.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..names import ORG_WORDS, TITLED, name_keys, strip_title
from ..schema import Span, Status
from ..stamps import MONTH_WORD
from ..text import SourceIndex
from .gazetteer import gazetteer, place_key
from .quotes import Found

_DIRECTION = r"(?:(?:north|south|east|west)(?:ern)?|central|(?:north|south)[\s-]?(?:east|west)(?:ern)?|upper|lower|rural|occupied|coastal)"
_PLACE_NOUN = (
    r"province|provinces|district|region|governorate|city|town|village|area|sector|air\s?base|base|airport|airfield|border|"
    r"camp|county|state|port|harbou?r|valley|strip|neighbou?rhood|suburbs?|prefecture|municipality|crossing|outskirts|"
    r"capital|island|peninsula|oblast|department|commune|township|settlement|quarter|enclave|territory|coast|oasis"
)
_NAME_WORD = r"[A-Z][\w\u2019'\-]*"
_NAME_RUN = rf"{_NAME_WORD}(?:\s+(?:al-|el-|de\s+|of\s+)?{_NAME_WORD})*"
# What may stand right before a place: a locative preposition (with "the" and a
# direction word), "<place noun> of", "<direction> of", "the capital", and a list of
# places after one of these ("in Iraq and Syria").
_BEFORE = re.compile(
    rf"(?:(?i:\b(?:in|near|at|outside|around|across|inside|into|towards?|throughout|within|beyond|via|(?:{_PLACE_NOUN}|{_DIRECTION}|"
    rf"north|south|east|west|parts|part|heart|centre|center|edge|outskirts)\s+of|(?:{_PLACE_NOUN})))\s+(?i:the\s+)?(?i:{_DIRECTION}\s+)?"
    rf"(?:{_NAME_RUN}(?:,\s+{_NAME_RUN})*,?\s+(?:and|or)\s+(?i:the\s+)?)?)$"
)
_AFTER = re.compile(
    rf"^[ \t]+(?i:{_PLACE_NOUN}|(?:{_DIRECTION}|north|south|east|west)\s+of|near|outside|close\s+to|on\s+the\s+(?:border|outskirts|coast))\b"
    rf"|^,[ \t]+(?:an?|the)[ \t]+(?i:(?:{_DIRECTION}|small|large|border|coastal|southern|northern|eastern|western)[ \t]+)?(?i:{_PLACE_NOUN})\b"
    r"(?![ \t]+(?i:head|chief|elder|leader|council|headman|chairman|secretary|official|spokesman|spokeswoman|administrator|mayor|governor|commissioner)\b)"  # ("X, the village head")
)
_DATELINE = re.compile(
    # (a place in title case before its comma, its brackets or its date: "Quetta (Pakistan) (AFP) –")
    rf"(?m)^[ \t]*(?:[A-Z][A-Z.'\u2019\- ]+[A-Z.]|[A-Z][\w.'\u2019\-]*(?: [A-Z][\w.'\u2019\-]*)*(?=,|[ \t]+\(|[ \t]+{MONTH_WORD}[ \t]+\d))"
    r"(?:,[ \t]*[A-Z][\w.'\u2019\-]*(?:[ \t]+[A-Z][\w.'\u2019\-]*)*)?"
    rf"(?:,?[ \t]+(?:\d{{1,2}}[ \t]+{MONTH_WORD}(?:,?[ \t]+\d{{4}})?|{MONTH_WORD}[ \t]+\d{{1,2}}(?:,?[ \t]+\d{{4}})?))?"  # "ABUJA, 30 November 2017 -"
    r"(?:[ \t]*\([^)\n]{1,40}\)){0,2}[ \t]*"
    # (a dash glued to the text only after capitals or brackets: "KABUL-The", not "Name, D-N.Y.,")
    r"(?:[\u2014\u2013]|--?(?=\s)|(?:(?<=[A-Z]{2})|(?<=\)))--?(?=[A-Z])|$)"
)
_SPEAKER_AFTER = re.compile(
    r"^\s*(?:,[^,.]{1,60},\s*)?(?:has\s+|had\s+|also\s+|later\s+)?(?:said|says|told|added|stressed|announced|noted|wrote|posted|"
    r"stated|warned|praised|insisted|confirmed|urged|declared|argued|replied|denied|tweeted|accused|critici[sz]ed)\b"
)
_SPEAKER_BEFORE = re.compile(r"(?i:\b(?:said|says|told|according\s+to|added))\s+(?i:the\s+)?$")
_ORG_AFTER = re.compile(r"^[ \t]+(?i:militia|militias|group|movement|faction|organi[sz]ation|party|brigades?|forces|army|command|"
                        r"ministry|agency|company|council|government|administration|officials?|spokes(?:man|woman|person))\b")
_ORG_BEFORE = re.compile(r"(?i:\b(?:group|movement|militia|faction|organi[sz]ation|party|company|agency))\s+(?i:the\s+)?$")
# Last words that make a name an organisation's ("Central Command"); not those that end
# country names ("United States", "United Kingdom", "United Arab Emirates").
_ORG_LAST = ORG_WORDS - {"state", "states", "kingdom", "union", "nations", "house"}
# A country's name before who acts for it ("US forces", "US strikes", "Iran said"): the
# actor's side, not a place. Heuristic: a country named only this way is no place the
# article says anything happened; "strikes hit Syria" or "in Syria" keep it a place.
_ACTING_NOUN = (
    r"(?:['\u2019]s)?[ \t]+(?:(?:air|military|naval|special|security|armed|government|drone|missile)[ \t]+)?"
    r"(?:forces|troops|military|army|navy|air[ \t]?force|officials?|strikes?|airstrikes?|air[ \t]strikes?|drones?|jets|warplanes|"
    r"soldiers|personnel|government|administration|embassy|envoy|ambassador|president|authorities|intelligence|"
    r"defen[cs]e|department|command)\b"
)
_ACTED_BY = re.compile(_ACTING_NOUN, re.I)
_ACTING = re.compile(rf"{_ACTING_NOUN}|[ \t]+(?:struck|launched|carried)\b", re.I)  # speaking: _SPEAKER_AFTER
_PLACE_LAST = re.compile(rf"(?i:\b(?:{_PLACE_NOUN}))$")
_DEMONYM_ENDINGS = ("ian", "ean", "ese", "ish", "an", "i", "n", "ic", "ite")


def datelines(idx: SourceIndex) -> list[tuple[int, int]]:
    """Datelines at the start of a paragraph: "PORT HALDEN, Veloria —", "BAGHDAD,
    Iraq—", "WASHINGTON (Reuters) -", or a line that is only "City, Country"."""
    key = ("datelines",)
    if key not in idx.memo:
        idx.memo[key] = [(m.start(), m.end()) for m in _DATELINE.finditer(idx.text) if m.group().strip()]
    return idx.memo[key]


def in_dateline(idx: SourceIndex, span: Span) -> bool:
    return any(a <= span.start and span.end <= b for a, b in datelines(idx))


def occurrences(idx: SourceIndex, name: str) -> list[Span]:
    """Where the article names `name` (its identity words in a row, any case)."""
    keys = name_keys(name)
    if not keys:
        return []
    return [idx.key_span(c, len(keys)) for c in idx.find_keys(keys)]


def used_as_place(idx: SourceIndex, span: Span) -> str | None:
    line = idx.text.rfind("\n", 0, span.start) + 1
    before = idx.text[max(line, span.start - 120) : span.start]
    after = idx.text[span.end : span.end + 30]
    following = _AFTER.match(after)
    # "2 dead in US strikes": the preposition governs the strikes, not the name before them
    if following or (_BEFORE.search(before) and not _ACTED_BY.match(idx.text, span.end)):
        start = idx.text.rfind("\n", 0, span.start) + 1
        lo = max(start, span.start - 40, idx.sentence_span(idx.sentence_of(span.start))[0])
        return " ".join(idx.text[lo : span.end + len(following.group()) if following else span.end].split())
    return None


@lru_cache(maxsize=1 << 14)
def nationality(name: str) -> str | None:
    """The country a nationality adjective names ("Iraqi" -> a key of Iraq), else None.
    Heuristic: a demonym ending on a stem of 4+ letters that begins a country's name;
    demonyms that do not ("French", "Dutch") are not recognised. The longest stem wins,
    then the shortest country ("Nigerian" is Nigeria's, not Niger's; "Turkish" Turkey's),
    so the answer never depends on the order of a set."""
    words = name.split()
    if len(words) != 1:
        return None
    gaz = gazetteer()
    key = place_key(name)
    if not key or gaz.kinds.get(key) in ("country", "city", "US state", "continent"):
        return None
    stems = sorted((key[: -len(e)] for e in _DEMONYM_ENDINGS if key.endswith(e) and len(key) - len(e) >= 4), key=len, reverse=True)
    for stem in stems:
        if countries := [c for c in gaz.countries if c.startswith(stem)]:
            return min(countries, key=lambda c: (len(c), c))
    return None


_COUNTRY_KINDS = ("country", "US state", "continent")


def _run_together(name: str) -> tuple[str, str] | None:
    """Two names written side by side with no comma ("in Iraq US forces bombed"): the
    words split into a country (or US state, continent, as GeoNames knows them) and
    another, or an abbreviation in capitals ("Iraq US", "Syria ISIS"), and GeoNames does
    not know the whole as one name ("Guinea Bissau" stays one)."""
    words = name.split()
    gaz = gazetteer()
    if len(words) < 2 or gaz.kind(name):
        return None
    for n in range(1, len(words)):
        first, rest = " ".join(words[:n]), " ".join(words[n:])
        if gaz.kind(first) in _COUNTRY_KINDS and (gaz.kind(rest) in _COUNTRY_KINDS or re.fullmatch(r"[A-Z]{2,5}", rest)):
            return first, rest
    return None


def titled_mention(idx: SourceIndex, name: str) -> str | None:
    """A titled mention of the name in the article ("Defence Secretary Lloyd Austin", "Mr Austin")."""
    if strip_title(name):
        return name
    keys = set(name_keys(name))
    if not keys:
        return None
    for m in TITLED.finditer(idx.text):
        bare = name_keys(m.group(1))
        if bare and (keys <= set(bare) or (set(bare) <= keys and bare[-1] == name_keys(name)[-1])):
            return " ".join(idx.text[max(0, m.start() - 30) : m.end()].split()[-(len(bare) + 3) :])
    return None


def place_check(idx: SourceIndex, name: str, found: Found) -> Found:
    """Type a place the article names (`found` grounded or near) by how the article uses it."""
    spans = occurrences(idx, name) or list(found.spans)
    if not spans:
        return found
    if all(in_dateline(idx, s) for s in spans):
        return Found(Status.wrong_type, tuple(spans[:1]), reasons=(
            f"'{name}' is only in the dateline (where the report was filed), not a place the article says anything happened",))
    if joined := _run_together(name):
        return Found(Status.wrong_type, tuple(spans[:1]), reasons=(
            f"'{name}' is two names run together ('{joined[0]}' and '{joined[1]}'), not one place",))
    if country := nationality(name):  # before the cues: "the Syrian border" is Syria's
        return Found(Status.wrong_type, tuple(spans[:1]), reasons=(f"'{name}' is a nationality adjective ({country}), not a place",))
    for span in spans:
        if not in_dateline(idx, span) and (cue := used_as_place(idx, span)):
            return Found(found.status, (span,), found.score, (*found.reasons, f"used as a place: '{cue}'"))
    if _PLACE_LAST.search(name.strip()) and len(name.split()) > 1:
        return Found(found.status, found.spans, found.score, (*found.reasons, "named as a place ('" + name.split()[-1] + "')"))
    known = gazetteer().kind(name)
    if known in _COUNTRY_KINDS:
        named = [sp for sp in spans if not in_dateline(idx, sp)]
        if named and all(_ACTING.match(idx.text, sp.end) or _SPEAKER_AFTER.match(idx.text[sp.end : sp.end + 80]) for sp in named):
            shown = " ".join(idx.text[named[0].start : named[0].end + 20].split())
            return Found(Status.wrong_type, (named[0],), reasons=(
                f"'{name}' is named only for who acted or spoke ('{shown}'), never as where anything happened",))
        return Found(found.status, found.spans, found.score, (*found.reasons, f"a known place (GeoNames: {known})"))
    if titled := titled_mention(idx, name):
        return Found(Status.wrong_type, tuple(spans[:1]), reasons=(f"'{name}' is a person ('{titled}'), not a place",))
    words = name.split()
    for span in spans:
        after, before = idx.text[span.end : span.end + 40], idx.text[max(0, span.start - 40) : span.start]
        if before.endswith("-") or after.startswith("-"):
            continue  # "pro-Iran militia", "Iran-backed": part of another word
        if (words and words[-1].casefold() in _ORG_LAST) or _ORG_AFTER.match(after) or _ORG_BEFORE.search(before):
            shown = " ".join(idx.text[max(0, span.start - 20) : span.end + 20].split())
            return Found(Status.wrong_type, (span,), reasons=(f"'{name}' is an organisation ('{shown}'), not a place",))
    # Countries, continents and US states returned above: a speaker here is a person or a body.
    for span in spans:
        if _SPEAKER_AFTER.match(idx.text[span.end : span.end + 80]) or _SPEAKER_BEFORE.search(idx.text[max(0, span.start - 30) : span.start]):
            return Found(Status.wrong_type, (span,), reasons=(f"'{name}' is named as a speaker, never as a place",))
    if known and known != "city (alternate name)":
        return Found(found.status, found.spans, found.score, (*found.reasons, f"a known place (GeoNames: {known})"))
    return Found(Status.unsupported, found.spans, reasons=(
        f"the article never uses '{name}' as a place (no 'in {name}', 'near {name}', '{name} province', ...)"
        + (" and GeoNames knows it only as another place's alternate name" if known else ", and GeoNames does not know it"),))
