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
  or without a vowel ("Sakhr"/"Sakhar"), never a vowel *changed* ("Hamas"/"Homs").
- `strip_title` reads a title grammar (modifiers, then a title noun, then a
  capitalised name): "French President Emmanuel Macron" -> "Emmanuel Macron".
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
# Descriptors a name may end with and still be the same place ("the Al-Qaim area"); not
# "city" or "town", which are part of names (Kuwait City, Gaza City, Cape Town).
_TRAILING_DESCRIPTORS = PLACE_DESCRIPTORS - {"city", "town"}
# Last words that name an organisation, not a person: no surname alias for them.
ORG_WORDS = frozenset(
    """command forces force ministry department office council organization organisation group brigades army navy
    government administration house units resistance military officials official agency committee party movement
    state states kingdom union nations coalition""".split()
)
# Lower-case words inside a name that do not break it ("Islamic Resistance in Iraq").
PARTICLES = frozenset({"al", "el", "bin", "ibn", "of", "the", "in", "and", "for", "de"})


@lru_cache(maxsize=1 << 16)
def word_key(word: str) -> str:
    """A spelling-tolerant key for one word: case and accents folded, doubled letters
    collapsed ("Aaraji" and "Araji", "Assad" and "Asad" share a key)."""
    w = unicodedata.normalize("NFKD", word.casefold())
    w = "".join(c for c in w if not unicodedata.combining(c))
    return re.sub(r"(.)\1+", r"\1", w)


# As keys, since they are compared with keys ("unnamed" is "unamed").
NAME_STOP = frozenset(word_key(w) for w in _STOP_WORDS.split())


@lru_cache(maxsize=1 << 14)
def name_keys(text: str) -> tuple[str, ...]:
    """The identity-bearing words of a name, as keys (words split at any non-letter)."""
    return tuple(k for w in _WORD.findall(text) if (k := word_key(w)) not in NAME_STOP)


# Apostrophes inside a word ("Qa'im") and the dots of initials ("U.S.") join letters.
_INNER_APOSTROPHE = re.compile(r"(?<=\w)['\u2019\u2018`\u00b4\u02bc](?=\w)|(?<=\b\w)\.(?=\w\b)|(?<=\b\w\.\w)\.")


@lru_cache(maxsize=1 << 14)
def name_key(name: str) -> str:
    """The key two spellings of one name share, for entity identity: `name_keys` of
    the name with apostrophes inside words and the dots of initials dropped ("U.S."
    is "US"), "air base" as one word, and a trailing place descriptor dropped."""
    text = _INNER_APOSTROPHE.sub("", name)
    text = re.sub(r"(?i)\bair\s+base\b", "airbase", text)
    keys = list(name_keys(text))
    while len(keys) > 1 and keys[-1] in _TRAILING_DESCRIPTORS:
        keys.pop()
    return " ".join(keys)


_VOWELS = frozenset("aeiouy")
SPELLING_MIN_LETTERS = 4  # shorter words must match exactly: one vowel is too much of them
# Words at least this long may also differ in which vowels they have ("Ketaeb"/"Kataib",
# "Muhammad"/"Mohammed"); shorter ones may not ("Hamas"/"Homs", "Basra"/"Busra").
VOWEL_CHANGE_MIN_LETTERS = 6


def _skeleton(word: str) -> str:
    return "".join(c for c in word if c not in _VOWELS)


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


def _same_word(x: str, y: str) -> bool:
    if x == y:
        return True
    if x[0] != y[0] or min(len(x), len(y)) < SPELLING_MIN_LETTERS:
        return False
    if _vowel_inserted(x, y):
        return True
    consonants = _skeleton(x)
    return (
        min(len(x), len(y)) >= VOWEL_CHANGE_MIN_LETTERS and len(consonants) >= 3 and consonants == _skeleton(y)
    )


def same_spelling(a: str, b: str) -> bool:
    """Whether two name keys are one name transliterated differently. Heuristic,
    guarded, word by word: the same first letter and consonants, and either vowels
    only added or dropped ("sakhr"/"sakhar", words of SPELLING_MIN_LETTERS or more)
    or, in words of VOWEL_CHANGE_MIN_LETTERS or more, vowels changed
    ("ketaeb"/"kataib"). So "hamas"/"homs", "gaza"/"giza", "basra"/"busra" stay apart;
    two different long names with the same consonants would not."""
    aw, bw = a.split(), b.split()
    return len(aw) == len(bw) and all(_same_word(x, y) for x, y in zip(aw, bw, strict=True))


def same_name(a: str, b: str) -> bool:
    """Whether two written names are one name: the same `name_key`, or `same_spelling`."""
    ka, kb = name_key(a), name_key(b)
    return bool(ka) and (ka == kb or same_spelling(ka, kb))


# --------------------------------------------------------------------------
# Titles
# --------------------------------------------------------------------------

# Nouns a title ends with: offices, ranks and honorifics. A title is any run of
# capitalised words or TITLE_MODIFIERS ending in one of these ("French President",
# "Kaduna State Governor", "Pentagon chief", "Lt. Col.").
TITLE_HEADS = frozenset(
    """mr mrs ms dr sir madam sheikh imam president minister secretary premier chancellor governor mayor senator
    ambassador envoy adviser advisor chief spokesman spokeswoman spokesperson commander general gen lieutenant lt
    colonel col major maj captain capt sergeant sgt brigadier admiral marshal director head leader deputy
    prosecutor judge king queen prince emir sultan""".split()
)
TITLE_MODIFIERS = frozenset(
    """deputy assistant acting former senior national security defence defense foreign interior prime state of the
    chief vice general top regional provincial military police army""".split()
)


def _title_word(word: str) -> str:
    return word.casefold().rstrip(".")


def strip_title(name: str) -> str | None:
    """The bare personal name inside a titled one ("Defence Secretary Lloyd Austin" ->
    "Lloyd Austin", "Mr Austin" -> "Austin"), or None when `name` carries no title.

    A prefix counts as a title only when it ends with a title noun, every word of it
    is capitalised or a title modifier, and what follows is capitalised, so "US
    forces" or "Security Council" stay whole. Heuristic: a capitalised company name
    built like a title ("General Electric") would be read as one."""
    words = name.split()
    head_end = 0
    for i, word in enumerate(words[:-1]):
        low = _title_word(word)
        if low in TITLE_HEADS:
            head_end = i + 1
        elif not (word[:1].isupper() or low in TITLE_MODIFIERS):
            break
    rest = words[head_end:]
    if not head_end or not rest or not all(w[0].isupper() or w.lower().startswith("al-") for w in rest):
        return None
    if all(_title_word(w) in TITLE_HEADS for w in rest):  # "Secretary General" is all title
        return None
    return " ".join(rest)


_HEAD_ALTERNATIVES = "|".join(sorted((re.escape(h) for h in TITLE_HEADS), key=len, reverse=True))
# A title noun followed by a capitalised name of one to three words ("President Macron").
TITLED = re.compile(
    rf"\b(?i:{_HEAD_ALTERNATIVES})\.?\s+([A-Z][\w\u2019'-]+(?:\s+(?:al-)?[A-Z][\w\u2019'-]+){{0,2}})"
)


def is_proper_name(name: str) -> bool:
    """A name rather than a description: every word capitalised but particles
    ("Islamic Resistance in Iraq" is one, "a senior Iraqi official" is not)."""
    words = name.split()
    return bool(words) and words[0][0].isupper() and words[0] not in ("A", "An") and all(
        w[0].isupper() or w.lower() in PARTICLES or w.lower().startswith(("al-", "el-")) for w in words
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
