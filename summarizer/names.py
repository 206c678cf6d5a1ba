"""Names: the one name key, the title grammar and the alias table.

Every module that compares names (the verifier's speaker and place checks, the
event builder's entities, the evaluation's gold matching) uses these functions,
so two spellings are the same name everywhere or nowhere.

- `word_key` folds one word: case, accents, doubled letters ("Aaraji"/"Araji").
- `name_keys` is a name's identity-bearing words as keys (particles, articles and
  honorifics dropped: "the Pentagon" is "Pentagon", "al-Araji" is "Araji").
- `name_key` is one string per name for entity identity, with apostrophes inside
  words dropped ("Qa'im"/"Qaim") and a trailing place descriptor dropped
  ("Jurf al-Sakhar area").
- `same_spelling` is the guarded tolerance beyond the key: one name written with
  or without a vowel ("Sakhr"/"Sakhar"), or, in long words, with a neighbouring
  vowel letter ("Ketaeb"/"Kataib"); never a short word's vowel changed
  ("Hamas"/"Homs") nor a vowel added at a word's end ("Niger"/"Nigeria").
- `strip_title` reads a title grammar (modifiers, then a title noun, then a
  capitalised name): "French President Emmanuel Macron" -> "Emmanuel Macron",
  "Sheikh Tamim bin Hamad Al Thani" -> "Tamim bin Hamad Al Thani".
- `alias_groups` reads `aliases.toml`: general aliases only (countries,
  international bodies, widely known organisations).
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Iterable, Mapping
from functools import lru_cache
from pathlib import Path

ALIAS_FILE = Path(__file__).with_name("aliases.toml")

_WORD = re.compile(r"[^\W_]+")
# Words that carry no identity in a name: "the Pentagon" is "Pentagon", "al-Araji" is "Araji",
# "Mr Austin" is "Austin", "Iraq's" is "Iraq".
_STOP_WORDS = "the a an of and in on at for to al el s mr mrs ms dr unnamed"
# Trailing words that say what kind of place a name is, not which place.
PLACE_DESCRIPTORS = frozenset(
    "area town city village province district region sector border base airbase site sites outskirts".split()
)
# Descriptors a name may end with and still be the same place ("the Al-Qaim area", "Muan
# (International) Airport" and Muan); not "city" or "town", which are part of names
# (Kuwait City, Gaza City, Cape Town).
_TRAILING_DESCRIPTORS = (PLACE_DESCRIPTORS - {"city", "town"}) | {"airport"}
# Last words that name an organisation, not a person: no surname alias for them.
ORG_WORDS = frozenset(
    """command forces force ministry department office council organization organisation group brigades army navy
    government administration house units unit resistance military officials official agency committee party movement
    state states kingdom union nations coalition assembly directorate league front alliance militia cartel commission
    authority authorities bureau parliament senate court tribunal company corporation police network institute foundation corps co inc ltd corp llc plc
    embassy consulate international service services""".split()
)
# Lower-case words inside a name that do not break it ("Islamic Resistance in Iraq").
PARTICLES = frozenset({"al", "el", "bin", "ibn", "of", "the", "in", "and", "for", "de"})


# Letters no decomposition takes apart, as English-language pages write them: "Đorđević"
# is "Djordjevic", "Łukasz" "Lukasz", "Øystein" "Oystein", "Þór" "Thor"
_UNDECOMPOSED = str.maketrans({"đ": "dj", "ł": "l", "ø": "o", "æ": "ae", "œ": "oe", "þ": "th", "ð": "d", "ı": "i", "ħ": "h", "ŧ": "t"})


@lru_cache(maxsize=1 << 16)
def word_key(word: str) -> str:
    """A spelling-tolerant key for one word: case and accents folded, doubled letters
    collapsed ("Aaraji" and "Araji", "Assad" and "Asad" share a key)."""
    w = unicodedata.normalize("NFKD", word.casefold().translate(_UNDECOMPOSED))
    w = "".join(c for c in w if not unicodedata.combining(c))
    return re.sub(r"(.)\1+", r"\1", w)


# As keys, since they are compared with keys ("unnamed" is "unamed").
NAME_STOP = frozenset(word_key(w) for w in _STOP_WORDS.split())


def stop_word(word: str) -> bool:
    """A word that tells no name apart ("the", "of"); not an acronym of one doubled letter,
    whose key a stop word's may be ("AA" is "a")."""
    return word_key(word) in NAME_STOP and not (len(word) > 1 and word.isupper() and len(set(word)) == 1)


# The Arabic article written as it is pronounced before a "sun letter": "ez-Zor",
# "ash-Sham", "ar-Raqqa", "ad-Din" are "al-Zor", "al-Sham", ... (a vowel, then the
# consonant the next word begins with, then a hyphen).
_ASSIMILATED_ARTICLE = re.compile(r"(?i)(?<![\w'\u2019])[aeiu](sh|th|dh|[tdrzsnl])-(?=\1)")


@lru_cache(maxsize=1 << 14)
def name_keys(text: str) -> tuple[str, ...]:
    """The identity-bearing words of a name, as keys (words split at any non-letter;
    an assimilated Arabic article, "ez-Zor", is "al-Zor")."""
    text = _ASSIMILATED_ARTICLE.sub("al-", text)
    return tuple(word_key(w) for w in _WORD.findall(text) if not stop_word(w))


# Apostrophes inside a word ("Qa'im") and the dots of initials ("U.S.") join letters.
_INNER_APOSTROPHE = re.compile(r"(?<=\w)['\u2019\u2018`\u00b4\u02bc](?=\w)|(?<=\b\w)\.(?=\w\b)|(?<=\b\w\.\w)\.")


_POSSESSIVE = re.compile(r"(?<=\w)['\u2019]s\b")


@lru_cache(maxsize=1 << 14)
def name_key(name: str) -> str:
    """The key two spellings of one name share, for entity identity: `name_keys` of
    the name with a possessive "'s" ("Iraq's"), apostrophes inside words and the dots
    of initials dropped ("U.S." is "US"), "air base" as one word, and a trailing place descriptor
    ("area", "airbase", "(international) airport") dropped."""
    text = _INNER_APOSTROPHE.sub("", _POSSESSIVE.sub("", name))
    text = re.sub(r"(?i)\bair\s+base\b", "airbase", text)
    text = re.sub(r"(?i)\binternational\s+airport\b", "airport", text)
    keys = list(name_keys(text))
    while len(keys) > 1 and keys[-1] in _TRAILING_DESCRIPTORS:
        keys.pop()
    return " ".join(keys)


_VOWELS = frozenset("aeiouy")
SPELLING_MIN_LETTERS = 4  # shorter words must match exactly: one vowel is too much of them
# Words at least this long may also differ in which vowels they have ("Ketaeb"/"Kataib",
# "Muhammad"/"Mohammed"); shorter ones may not ("Hamas"/"Homs", "Basra"/"Busra").
VOWEL_CHANGE_MIN_LETTERS = 6
# Vowel letters that romanisations of one sound swap: Arabic fatha as a or e, kasra as
# i or e, damma as u or o; Slavic and Arabic i/y. Never a/i, a/u or a/o: "Mardan" and
# "Mardin" are two cities, and in Romance names a final a/e is another person
# ("Daniela"/"Daniele"), so a word's last vowel may only swap i/y.
_VOWEL_SWAPS = frozenset({frozenset("ae"), frozenset("ei"), frozenset("iy"), frozenset("ou")})
_FINAL_VOWEL_SWAPS = frozenset({frozenset("iy")})
_RUNS = re.compile(r"[aeiouy]+|[^aeiouy]+")


def _without_final_h(word: str) -> str:
    """A word less a final "h" after a vowel: the Arabic feminine ending is written
    both ways ("Fallujah"/"Falluja", "Hamah"/"Hama"). Heuristic, for words of five or
    more letters, and only as the one difference between two words: "Ramallah" less
    its h would be "Ramla" with a vowel inserted."""
    return word[:-1] if len(word) >= 5 and word[-1] == "h" and word[-2] in _VOWELS else word


def _skeleton(word: str) -> str:
    return "".join(c for c in _without_final_h(word) if c not in _VOWELS)


def spelling_bucket(key: str) -> str:
    """The consonants of a key: keys that `same_spelling` may join share it."""
    return " ".join(_skeleton(w) for w in key.split())


def _vowel_inserted(a: str, b: str) -> bool:
    """Whether one word is the other with vowels inserted inside it, nothing else
    changed. Not at either end: "Niger" and "Nigeria" are two countries."""
    if len(a) > len(b):
        a, b = b, a
    if a[0] != b[0] or a[-1] != b[-1]:
        return False
    i = 0
    for ch in b:
        if i < len(a) and a[i] == ch:
            i += 1
        elif ch not in _VOWELS:
            return False
    return i == len(a)


def _is_subsequence(short: str, long: str) -> bool:
    letters = iter(long)
    return all(c in letters for c in short)


def _vowels_swapped(a: str, b: str) -> bool:
    """Whether two words have the same consonants in the same places and, between
    them, vowels that are the same, one inside the other ("ou"/"u"), or letters of
    _VOWEL_SWAPS ("ae"/"ai"); the last vowel only i/y, and no vowel added at either
    end ("Pokrovsk"/"Pokrovske" are two towns)."""
    ra, rb = _RUNS.findall(a), _RUNS.findall(b)
    if len(ra) != len(rb):
        return False
    last = len(ra) - 1
    for n, (x, y) in enumerate(zip(ra, rb, strict=True)):
        if x == y:
            continue
        if x[0] not in _VOWELS or y[0] not in _VOWELS:
            return False  # consonants differ, or a vowel run faces a consonant run
        swaps = _FINAL_VOWEL_SWAPS if n == last else _VOWEL_SWAPS
        swapped = len(x) == len(y) and all(p == q or frozenset((p, q)) in swaps for p, q in zip(x, y, strict=True))
        inside = n != last and (_is_subsequence(x, y) or _is_subsequence(y, x))
        if not (swapped or inside):
            return False
    return True


def _same_word(x: str, y: str) -> bool:
    if x == y or _without_final_h(x) == _without_final_h(y):
        return True  # the final h only on its own: "Ramallah" is not "Ramla"
    if x[0] != y[0] or min(len(x), len(y)) < SPELLING_MIN_LETTERS:
        return False
    if _vowel_inserted(x, y):
        return True
    # (the final h may also go with vowels swapped: "Hudaida"/"Hodeidah"; the skeleton drops it already)
    return (
        min(len(x), len(y)) >= VOWEL_CHANGE_MIN_LETTERS
        and len(_skeleton(x)) >= 3
        and _skeleton(x) == _skeleton(y)
        and _vowels_swapped(_without_final_h(x), _without_final_h(y))
    )


@lru_cache(maxsize=1 << 16)
def same_spelling(a: str, b: str) -> bool:
    """Whether two name keys are one name transliterated differently. Heuristic,
    guarded, word by word: the same first letter and consonants, and either vowels
    only added or dropped inside the word ("sakhr"/"sakhar", words of
    SPELLING_MIN_LETTERS or more) or, in words of VOWEL_CHANGE_MIN_LETTERS or more,
    vowels swapped for neighbouring ones ("ketaeb"/"kataib", "hodeidah"/"hudaydah");
    a final "h" after a vowel is optional ("fallujah"/"falluja"). So "hamas"/"homs",
    "gaza"/"giza", "basra"/"busra", "mardan"/"mardin", "pokrovsk"/"pokrovske" stay
    apart; two different long names that differ only by a/e, e/i, i/y or o/u inside
    would not ("Bender"/"Bandar")."""
    aw, bw = a.split(), b.split()
    return len(aw) == len(bw) and all(_same_word(x, y) for x, y in zip(aw, bw, strict=True))


@lru_cache(maxsize=1 << 16)
def same_name(a: str, b: str) -> bool:
    """Whether two written names are one name: the same `name_key`, or `same_spelling`."""
    ka, kb = name_key(a), name_key(b)
    return bool(ka) and (ka == kb or same_spelling(ka, kb))


# --------------------------------------------------------------------------
# Titles
# --------------------------------------------------------------------------

# Titles written short with a dot ("Sgt. Maj.", "Brig. Gen.", "Insp."): the dot ends
# no sentence and no subject. Written only as the short form, never a word on its own.
TITLE_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof hon rev fr gen lt col maj capt sgt cpl pvt brig adm cmdr cdr comdr comr commr const sen rep gov engr insp supt det amb cllr atty".split()
)
# The title an abbreviation stands for, which "the governor" refers back to ("Gov. X")
SPELLED_TITLES = dict(pair.split("=") for pair in (
    "dr=doctor prof=professor gen=general lt=lieutenant col=colonel maj=major capt=captain sgt=sergeant brig=brigadier "
    "adm=admiral cmdr=commander cdr=commander sen=senator rep=representative gov=governor engr=engineer insp=inspector "
    "supt=superintendent det=detective amb=ambassador cllr=councillor atty=attorney comdr=commander comr=commissioner "
    "commr=commissioner const=constable").split())
# Nouns a title ends with: offices, ranks, honorifics of many traditions (Arabic,
# Persian, Hausa, Burmese "U"/"Daw", clergy), occupations the press writes as titles.
# A title is any run of capitalised words or TITLE_MODIFIERS ending in one of these
# ("French President", "Kaduna State Governor", "Pentagon chief", "Lt. Col.").
# Left out because they are also given names or name parts: "Don", "Ma", "Ko", "Sri".
TITLE_HEADS = frozenset(
    """mr mrs ms miss dr prof professor sir dame lord lady madam mme hon honourable honorable engr
    sheikh shaikh shaykh imam ayatollah hojatoleslam mullah maulana mufti haji hajji alhaji hajiya hajia malam mallam
    sayyid rabbi pastor reverend rev father fr bishop archbishop cardinal pope patriarch venerable daw u
    president minister secretary premier chancellor governor mayor senator sen congressman congresswoman lawmaker
    representative rep speaker ambassador envoy adviser advisor chief spokesman spokeswoman spokesperson commander
    commandant general gen lieutenant lt colonel col major maj captain capt sergeant sgt corporal cpl brigadier brig
    admiral adm commodore marshal inspector superintendent commissioner constable officer detective sheriff
    director head leader deputy chairman chairwoman chairperson prosecutor judge justice attorney
    king queen prince princess emir sultan emperor journalist reporter correspondent activist lawyer""".split()
) | TITLE_ABBREVIATIONS
# Honorifics, unlike offices, take no modifier before them: inside a name they are
# part of it ("Nisrin Haji Mahmoud", "Mohamed Sheikh Ali"), so they count as a title
# only first or after another title ("Supreme Leader Ayatollah Ali Khamenei").
HONORIFICS = frozenset(
    """mr mrs ms miss dr prof sir dame lord lady madam mme hon honourable honorable engr sheikh shaikh shaykh imam
    ayatollah hojatoleslam mullah maulana mufti haji hajji alhaji hajiya hajia malam mallam sayyid rabbi pastor
    reverend rev father fr venerable daw u""".split()
)
# Police and military ranks written as capitals ("ASP Aminu Lere Baba", "DIG ..."),
# matched only in capitals: several are words in lower case.
RANK_ABBREVIATIONS = frozenset("ASP DSP SP CSP ACP CP DCP AIG DIG IGP IG SSP DPO PPRO".split())
TITLE_MODIFIERS = frozenset(
    """deputy assistant acting former senior national security defence defense foreign interior prime state of the
    chief vice general top regional provincial military police army navy junta rebel militia militant opposition
    party group government supreme spiritual religious grand interim caretaker outgoing incoming late then retired
    exiled ousted deposed local district county municipal city federal tribal traditional presidential
    intelligence information media press public relations border coast guard air force""".split()
)
# Words that may follow "Minister of", "Secretary for", "Chief of" as the office's
# portfolio, before the name ("Secretary of State Antony Blinken").
PORTFOLIO_WORDS = frozenset(
    """the and state defence defense foreign home homeland interior affairs justice health finance economy trade
    commerce industry agriculture education energy transport communications information culture tourism labour labor
    security intelligence police army navy armed forces general staff national public works environment water
    housing development youth sports women religious endowments immigration refugees humanitarian human rights war
    peace""".split()
)
# Title words that are also adjectives or company names ("General Electric", "Major
# League Baseball"): alone and unabbreviated they need a name of two words after them.
_AMBIGUOUS_HEADS = frozenset({"general", "major"})
# Words a person's name does not end with: "Prince Sultan Air Base", "King Fahd
# University", "General Assembly" are not people.
_NOT_PERSONAL = ORG_WORDS | PLACE_DESCRIPTORS | frozenset(
    """air airport university hospital mosque church shrine stadium palace school college academy staff""".split()
)
# Lower-case particles inside personal names ("Tamim bin Hamad Al Thani", "Luiz Inácio
# Lula da Silva", "Ursula von der Leyen").
NAME_PARTICLES = frozenset("al el bin ibn bint ben abu de del della di da das do dos du van von der den ter la le las los y".split())


def _title_word(word: str) -> str:
    return word.casefold().rstrip(".")


@lru_cache(maxsize=1 << 14)
def is_title_word(word: str) -> bool:
    """Whether `word` is a title noun: a TITLE_HEADS word in any case, possibly
    hyphenated ("Secretary-General", "Maj.-Gen.", "President-elect"), or a capitalised
    RANK_ABBREVIATIONS one."""
    if word.rstrip(".") in RANK_ABBREVIATIONS:
        return True
    parts = word.casefold().split("-")
    if len(parts) == 1:
        return _title_word(word) in TITLE_HEADS
    # hyphenated: a part of two letters or more ("U-turn" is no title)
    return any(len(p.strip(".")) > 1 and p.strip(".") in TITLE_HEADS for p in parts)


@lru_cache(maxsize=1 << 14)
def strip_title(name: str) -> str | None:
    """The bare personal name inside a titled one ("Defence Secretary Lloyd Austin" ->
    "Lloyd Austin", "Mr Austin" -> "Austin", "Secretary of State Antony Blinken" ->
    "Antony Blinken"), or None when `name` carries no title.

    A prefix counts as a title only when it ends with a title noun (or a portfolio
    after one: "Minister of Defence"), every word of it is capitalised or a title
    modifier, and what follows is a capitalised name (particles allowed) that does
    not end like an organisation or a place, so "US forces", "Security Council",
    "General Assembly" or "Prince Sultan Air Base" stay whole.

    Heuristic, and where it breaks: a capitalised name built like a title whose last
    word is not an organisation word is read as one ("General Electric" is left alone
    only because one word after a lone "General" is not enough; "Major League Baseball"
    is read as a title); a place named after a titled person ("Sheikh Jarrah") is
    read as a person (the entity index never strips titles from places); a portfolio
    that is a place is read only when it ends with an organisation word ("Governor of Kaduna
    State Uba Sani", as "Spokesman of the Lagos State Police Command X"); an honorific
    after a modifier ("Qatari Sheikh Tamim") is taken for part of a name, as in
    "Nisrin Haji Mahmoud"."""
    words = name.split()
    end = i = 0
    while i < len(words) - 1:
        word = words[i]
        low = _title_word(word)
        if is_title_word(word) and (i == 0 or end or low not in HONORIFICS):
            end = i + 1
        elif low in ("of", "for") and end == i:
            # an organisation's name as the portfolio, then the person's ("Spokesman of the
            # Lagos State Police Command Benjamin Hundeyin"): two or more names after its last word
            k = i + 1 + (words[i + 1].casefold() == "the")
            bodies = [n for n in range(k, len(words)) if words[n].casefold() in ORG_WORDS]
            if bodies and len(words) - bodies[-1] - 1 >= 2 and all(w[:1].isupper() for w in words[k : bodies[-1] + 1]):
                end = i = bodies[-1] + 1
                continue
            j = i + 1
            while j < len(words) - 1 and _title_word(words[j]) in PORTFOLIO_WORDS:
                j += 1
            if j > i + 1 and _title_word(words[j - 1]) not in ("the", "and"):
                end = i = j
                continue
        elif end == i and re.fullmatch(r"\([A-Z]{2,6}\)", word):
            end = i + 1  # a title's acronym in brackets: "Public Relations Officer (PRO) of ..."
        elif not (word[:1].isupper() or low in TITLE_MODIFIERS):
            break
        i += 1
    rest = words[end:]
    if not end or not rest or not _starts_name(rest[0]):
        return None
    if not all(_starts_name(w) or w.casefold() in NAME_PARTICLES for w in rest):
        return None
    if all(is_title_word(w) for w in rest):  # "Secretary General" is all title
        return None
    if all(_title_word(w) in PORTFOLIO_WORDS for w in rest):  # "Minister of State for Home Affairs"
        return None
    if _title_word(rest[-1]) in _NOT_PERSONAL:
        return None
    if end == 1 and len(rest) == 1 and words[0].casefold() in _AMBIGUOUS_HEADS:
        return None
    return " ".join(rest)


# The capital letters of the Latin alphabets names are written in ("Çela", "Łukasz", "Ömer"),
# for patterns that ask for a capital: [A-Z] alone cuts such names short or misses them.
CAPITALS = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())


def _starts_name(word: str) -> bool:
    return word[:1].isupper() or word.casefold().startswith(("al-", "el-"))


_HEAD_ALTERNATIVES = "|".join(sorted((re.escape(h) for h in TITLE_HEADS), key=len, reverse=True))
_RANK_ALTERNATIVES = "|".join(sorted(RANK_ABBREVIATIONS, key=len, reverse=True))
# A title noun followed by a capitalised name of one to three words ("President Macron").
TITLED = re.compile(
    rf"\b(?:(?i:{_HEAD_ALTERNATIVES})|{_RANK_ALTERNATIVES})\.?\s+"
    rf"([{CAPITALS}][\w\u2019'-]+(?:\s+(?:al-)?[{CAPITALS}][\w\u2019'-]+){{0,2}})"
)


def is_proper_name(name: str) -> bool:
    """A name rather than a description: every word capitalised but particles
    ("Islamic Resistance in Iraq" and "Lula da Silva" are ones, "a senior Iraqi official" is not)."""
    words = name.split()
    return bool(words) and words[0][0].isupper() and words[0] not in ("A", "An") and all(
        w[0].isupper() or w.lower() in PARTICLES or w.lower() in NAME_PARTICLES or w.lower().startswith(("al-", "el-")) for w in words
    )


# --------------------------------------------------------------------------
# Aliases
# --------------------------------------------------------------------------


def load_aliases(path: str | Path | None = None) -> dict[str, list[str]]:
    """Canonical name -> aliases, from the shipped alias file or `path`.

    Raises OSError when the file cannot be read and tomllib.TOMLDecodeError when it is not TOML."""
    with open(path or ALIAS_FILE, "rb") as f:
        return {name: list(aliases) for name, aliases in tomllib.load(f).get("entities", {}).items()}


AliasGroups = tuple[frozenset[str], ...]


@lru_cache(maxsize=8)
def _shipped_groups(path: str | None) -> AliasGroups:
    return tuple(frozenset({name, *aliases}) for name, aliases in load_aliases(path).items())


def alias_groups(extra: Mapping[str, Iterable[str]] | None = None, path: str | Path | None = None) -> AliasGroups:
    """Groups of names for one entity: the caller's (`extra`, canonical name -> other
    names) first, then the alias file's. Hashable, so per-article work can be memoised."""
    mine = tuple(frozenset({canon, *forms}) for canon, forms in (extra or {}).items())
    return mine + _shipped_groups(str(path) if path else None)
