"""How a claimed speaker may be written in an article: by name as written, by an alias
(the alias file, the caller's table, or an abbreviation the article defines), by surname,
by a title the article puts before the full name, or by a description of the same head.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..names import ORG_WORDS, TITLE_HEADS, AliasGroups, is_proper_name, is_title_word, name_keys
from ..schema import Span
from ..text import SourceIndex
from .places import nationality
from .referents import STATE_BODIES, state_body
from .vocabulary import RELATIVE_TAIL


@dataclass(frozen=True)
class SpeakerForm:
    """One way an entity can be named. A title ("Pentagon chief") names it only on its own."""

    keys: tuple[str, ...]
    text: str
    title: bool = False
    surname: bool = False  # a full name's last word: names it only as the last word of a phrase
    given: bool = False  # a full name's first word: names it only after a title ("Mr Somchai")

    @property
    def capitals(self) -> bool:
        """An abbreviation ("US", "IS", "WHO", "U.S."): it names the entity only when
        written in capitals, since its key is also a word ("us", "is", "who")."""
        letters = [c for c in self.text if c.isalpha()]
        return 1 < len(letters) <= 6 and " " not in self.text.strip() and all(c.isupper() for c in letters)


def form_hits(idx: SourceIndex, form: SpeakerForm, start: int = 0, end: int | None = None) -> list[int]:
    """Content positions where `form` is written within chars [start, end); an
    abbreviation only where it is in capitals."""
    hits = idx.find_keys(form.keys, start, end)
    if form.capitals:
        hits = [c for c in hits if _capitals(idx, idx.key_span(c, len(form.keys)))]
    return hits


def _capitals(idx: SourceIndex, span: Span) -> bool:
    letters = [c for c in idx.text[span.start : span.end] if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _titles(idx: SourceIndex, keys: tuple[str, ...]) -> list[str]:
    """Titles the article puts directly before a full name ("Defence Secretary", "Pentagon chief")."""
    out = []
    for c in idx.find_keys(keys):
        t = idx.ctok[c]
        words: list[str] = []
        while t > 0 and len(words) < 6:
            s, e = idx.tokens[t - 1]
            word = idx.text[s:e]
            connector = word in ("of", "the") and t > 1 and idx.text[idx.tokens[t - 2][0]].isupper()
            if idx.text[e : idx.tokens[t][0]].strip() or not (word[:1].isupper() or word.casefold() in TITLE_HEADS or connector):
                break
            words.insert(0, word)
            t -= 1
        if any(w.casefold() in TITLE_HEADS for w in words):
            out.append(" ".join(words))
    return out


def speaker_forms(idx: SourceIndex, names: tuple[str | None, ...], groups: AliasGroups) -> list[SpeakerForm]:
    """Every way the article may name the entity called `names` (memoised per article)."""
    key = ("speaker forms", names, groups)
    if key not in idx.memo:
        idx.memo[key] = _find_forms(idx, names, groups)
    return idx.memo[key]


# What follows a name after a comma describes it ("X, the village head", "X, who asked
# not to be named"): the speaker is the name before it.
# (", 34": an age; ", as she is known in the neighbourhood": how she is called)
_DESCRIBING_TAIL = re.compile(r",\s*(?:who|which|whose|whom|the|a|an|\d{1,3}|as\s+(?:he|she|they|it)\s+(?:is|was|are|were)\s+(?:known|called)"
                              # (and in the other languages: ", qui ...", ", che ...", ", que ...", ", de 71 años")
                              r"|qui|que|quien|quienes|che|cui|dont|(?:de|di)\s+\d{1,3}"
                              r"|(?:known|nicknamed|dubbed)(?:\s+as)?)\b.*$", re.S)  # ("the gang's leader, known as Ti Makak")


def with_aliases(idx: SourceIndex, texts: set[str], groups: AliasGroups) -> set[str]:
    """`texts` and every other name for them: their alias groups, and the abbreviations
    (or long forms) the article defines for them ("Central Command (CentCom)")."""
    texts = set(texts)
    keys = {name_keys(t) for t in texts}
    for group in groups:
        if any(name_keys(g) in keys for g in group):
            texts |= group
    for long, short in idx.abbreviations:
        if {name_keys(long), name_keys(short)} & {name_keys(t) for t in texts}:
            texts |= {long, short}
    return texts


# where a described thing or person was: "a note left on the dashboard" -> "a note"
_PLACED_TAIL = re.compile(r"\s+(?:left|found|seen|standing|sitting|written|posted|pinned|placed)\s+(?:on|in|at|near|beside|by|inside|outside|under|among|amid|behind|around)\b.*$", re.S)
_ASIDE = re.compile(r"\s*\([^()]*\)")


def _parts(name: str) -> set[str]:
    """A speaker as given and the parts that name it on their own: without what a
    comma adds after it ("X, the village head", "X, Tambov"), the description without its relative
    clause ("a farmer who gave only his first name, Jean" -> "a farmer"), and a name
    in apposition at its end ("Jean"). A bracketed aside is no part of a name: "Chen (陳)"
    is Chen written in another script too, "Wu (the mayor)" is Wu."""
    written, name = name, _ASIDE.sub("", name).strip()
    bare = _DESCRIBING_TAIL.sub("", name).strip()
    parts = {written, bare, RELATIVE_TAIL.sub("", bare).strip(), _PLACED_TAIL.sub("", bare).strip()}
    if "," in name and is_proper_name(last := re.sub(r"^(?:the|(?:known|nicknamed|dubbed)(?:\s+as)?)\s+", "", name.rsplit(",", 1)[1].strip())):
        parts.add(last)  # ("The miners' union, the Sindicato dos Trabalhadores": the union's name)
    # (and what stands before its first comma, whatever follows: "Ostorozhno, Tambov", a channel
    # and its town, where a tag stops at the comma; "The warning, issued by the CFA"; and each side
    # of a broadcaster's label: "Local Resident/Voice Altered", "Lee Dong-jun/Eyewitness")
    parts.add(name.split(",", 1)[0].strip())
    if re.fullmatch(r"[^/]{2,60}/[^/]{2,60}", name):
        parts |= {side.strip() for side in name.split("/")}
    return parts


def _find_forms(idx: SourceIndex, names: tuple[str | None, ...], groups: AliasGroups) -> list[SpeakerForm]:
    """The names, their alias groups, abbreviations the article defines, surnames,
    and titles the article puts before full names."""
    texts = with_aliases(idx, {part for n in names if n and n.strip() for part in _parts(n)} - {""}, groups)
    forms = {SpeakerForm(name_keys(t), t) for t in texts}
    for t in list(texts):
        words = t.split()
        if len(words) >= 2 and words[-1][:1].isupper() and words[-1].casefold() not in ORG_WORDS and words[-1].isalpha():
            forms.add(SpeakerForm(name_keys(words[-1]), words[-1], surname=True))
            personal = not set(name_keys(t)) & ORG_WORDS
            if personal and words[0][:1].isupper() and words[0].isalpha() and not is_title_word(words[0]):
                # Thai, Burmese, Indonesian and Icelandic usage: "Mr Somchai" for Somchai Wongsawat
                forms.add(SpeakerForm(name_keys(words[0]), words[0], given=True))
            paternal = words[-2] if len(words) >= 3 else ""
            if personal and paternal[:1].isupper() and paternal.isalpha() and not is_title_word(paternal) and not is_title_word(words[-3]):
                # Spanish usage: "Piguave" for Glenda Piguave Zambrano, the father's surname
                # before the mother's (heuristic: any name's second-to-last word may be one)
                forms.add(SpeakerForm(name_keys(paternal), paternal, surname=True))
        if len(words) >= 2 and words[-1].casefold() in ("government", "administration"):
            forms.add(SpeakerForm(name_keys(" ".join(words[:-1])), " ".join(words[:-1])))
        if len(name_keys(t)) >= 2:
            forms |= {SpeakerForm(name_keys(title), title, title=True) for title in _titles(idx, name_keys(t))}
    # longest first, then by text: the same forms in the same order on every run (a set's order
    # follows the hash seed), and the fullest name is the span shown
    return sorted((f for f in forms if f.keys), key=lambda f: (-len(f.keys), f.text, f.title, f.surname, f.given))


_HYPHENATED = re.compile(r"(?<=[^\W\d_])-(?:[ \t]*\n[ \t]*|[ \t]+)(?=[a-z])")


def matches_forms(subject: str, forms: list[SpeakerForm]) -> bool:
    """Whether a phrase from the article ("Defence Secretary Lloyd Austin", "the official",
    "The US") names the entity: it contains a whole form, or it is part of a form
    that includes the form's last word ("the official" ~ "US military official") or
    its head noun ("the spokesperson" ~ "A spokesperson for the UN mission")."""
    subject = _HYPHENATED.sub("", subject)  # a word a printed page broke at its line's end: "Seng-\ndara"
    s = set(name_keys(subject))
    if not s:
        return False
    in_capitals = set(name_keys(" ".join(w for w in re.findall(r"[^\W_]+", subject) if w.isupper())))
    for f in forms:
        if f.capitals:
            if set(f.keys) <= in_capitals:
                return True
        elif f.title:
            if s == set(f.keys):
                return True
        elif f.given:
            # "Mr Somchai": the given name after nothing but titles
            written = [w for w in re.findall(r"[^\W\d_][\w'.-]*", subject) if w.casefold() not in ("the", "a", "an")]
            if name_keys(subject)[-1:] == f.keys and written[:-1] and all(is_title_word(w) for w in written[:-1]):
                return True
        elif f.surname:
            # "Mr Austin", "Austin, the secretary": the surname ends the phrase. Not "Sule Dan
            # Jummai" for a "Dogo Sule", nor "Zahid Khan Durrani" for a "Gul Nawaz Khan".
            if name_keys(subject)[-1:] == f.keys:
                return True
        elif _describes(s, f):
            return True
    return False


def _describes(s: set[str], f: SpeakerForm) -> bool:
    """A description's words against a form's: one holds the other (the shorter with the
    form's last word or head noun), or both name one organisation. A nationality
    adjective counts as its country ("Iraqi officials" ~ "Iraq officials")."""
    keys = {nationality(k) or k for k in f.keys}
    s = {nationality(k) or k for k in s}
    part = s <= keys and ((nationality(f.keys[-1]) or f.keys[-1]) in s or _head(f.text) in s) and not (s <= STATE_BODIES and not state_body(f.text))
    return keys <= s or part or _same_organisation(s, keys)


HEAD_END = re.compile(r"\s+(?:for|of|in|at|from|with|who|whom|whose|which|that)\b.*$", re.S | re.I)


def _head(description: str) -> str | None:
    """The noun a description is about: its last word before what qualifies it ("A
    spokesperson for the UN mission" -> "spokesperson")."""
    keys = name_keys(HEAD_END.sub("", description))
    return keys[-1] if keys else None


def _same_organisation(a: set[str], b: set[str]) -> bool:
    """One organisation in other words ("Iraq's foreign ministry" / "Iraqi Ministry of
    Foreign Affairs"): the same organisation word, and every other word of the shorter
    name is a word of the longer or begins one (a country and its adjective). Heuristic:
    needs two words on each side, so "the ministry" alone names no ministry in particular."""
    if len(a) < 2 or len(b) < 2 or not (a & b & ORG_WORDS):
        return False
    short, long = sorted((a, b), key=len)
    return all(any(w == x or (len(w) >= 4 and x.startswith(w)) for x in long) for w in short)
