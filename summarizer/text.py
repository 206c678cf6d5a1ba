"""Article text as the checks see it: one shared layer under ingest, extract, verify and events.

- `normalize` folds typography (quotation marks, apostrophes, dashes, case, runs of
  whitespace) and keeps a map back to the original offsets, so a match in folded
  text is a span of the original.
- `quote_regions` finds the text inside quotation marks; `sentence_starts` is the one
  sentence splitter (quoted text is opaque to it).
- `SourceIndex` is everything about one article that checks reuse, built once per
  text and cached: words, name keys, sentences, quotation regions, name mentions.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Any

from .names import CAPITALS, NAME_PARTICLES, TITLE_ABBREVIATIONS, name_keys, stop_word, word_key
from .schema import Span

# Models swap double and single quotation marks and apostrophes freely, so all
# of them fold to one character.
_QUOTE_CHARS = "\"'\u201c\u201d\u201e\u201f\u00ab\u00bb\u2018\u2019\u201a\u201b\u2032`"
_DASHES = dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-")
_FOLD = {**dict.fromkeys(_QUOTE_CHARS, "'"), **_DASHES, "\u2026": "..."}


@dataclass(frozen=True)
class Normalized:
    """A normalised text and, for each of its characters, the offset in the original."""

    text: str
    offsets: list[int]

    def span(self, start: int, end: int) -> Span:
        """The original-text span covering normalised characters [start, end)."""
        return Span(start=self.offsets[start], end=self.offsets[end - 1] + 1)

    def position(self, original: int) -> int:
        """The first normalised character at or after original offset `original`."""
        return bisect.bisect_left(self.offsets, original)


def normalize(text: str) -> Normalized:
    """Fold quotation marks and apostrophes, dashes, ellipses, case and runs of whitespace (NBSP included)."""
    out: list[str] = []
    offsets: list[int] = []
    in_space = False
    for i, ch in enumerate(text):
        if ch.isspace():
            if not in_space and out:
                out.append(" ")
                offsets.append(i)
            in_space = True
            continue
        in_space = False
        folded = _FOLD.get(ch, ch).lower()
        for c in folded:  # a fold or lower() can lengthen a character; every piece maps back to it
            out.append(c)
            offsets.append(i)
    if out and out[-1] == " ":
        out.pop()
        offsets.pop()
    return Normalized("".join(out), offsets)


_FOLD_TABLE = str.maketrans(_FOLD)
_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """`normalize(text).text` without the offset map: for needles, where speed matters."""
    return _SPACES.sub(" ", text.translate(_FOLD_TABLE).lower()).strip()


WORD = re.compile(r"[^\W_]+")
_TOKEN_OR_BRACKET = re.compile(r"[^\W_]+|[()\[\]]|\n")


def bracketed_words(text: str) -> list[tuple[str, bool, int, int]]:
    """Word tokens (casefolded) with whether each is inside () or [] and its offsets.

    Editorial insertions ("the (Israeli) offensive", "[Kataib Hezbollah]") are
    marked so a match may keep or drop them. Depth resets at each line so one
    stray bracket cannot swallow an article.
    """
    out = []
    depth = 0
    for m in _TOKEN_OR_BRACKET.finditer(text):
        tok = m.group()
        if tok == "\n":
            depth = 0
        elif tok in "([":
            depth += 1
        elif tok in ")]":
            depth = max(0, depth - 1)
        else:
            out.append((tok.casefold(), depth > 0, m.start(), m.end()))
    return out


def joined(words: list[str]) -> tuple[str, list[int]]:
    """Words joined as ' w1 w2 ... ' (so str.find matches whole words) and each word's offset in it."""
    pos, at = [], 1
    for w in words:
        pos.append(at)
        at += len(w) + 1
    return " " + " ".join(words) + " ", pos


# Quotation-mark regions and sentences
# --------------------------------------------------------------------------

_OPENERS_BEFORE = frozenset(" \t\n([{\u2014\u2013-\"\u201c")


SINGLE_QUOTE_LINES = 8  # hard-wrapped lines a quotation in single marks may run through
_MARKS = re.compile(r"\u2018\u2018|\u2019\u2019|''|[\"'\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019\u201a]")


# The state of a double quotation once it closes: no start, no low opening mark, nothing nested
# in it (curly, straight, guillemet or low-high); one tuple, so every close forgets the same things
_CLOSED = (None, False, 0, False, 0, 0)


def quote_regions(text: str) -> list[tuple[int, int]]:
    """Spans of text inside quotation marks, outermost only, sorted.

    Curly marks say which way they face; straight double quotes alternate. A
    single mark opens only at the start of a word and closes only at the end of
    one, so the apostrophe in "Iraq's" is never a quotation mark. A double
    quote still open at the end of a paragraph runs to its end (news style for
    quotes that continue into the next paragraph), or on into the next line when the
    line is hard-wrapped (see `_wrapped`). A low opening mark („) closes
    with a high one (“), as Central European styles write them. Two single marks
    in a row (‘‘ ’’) are a double one, as some papers print it.
    """
    regions: list[tuple[int, int]] = []
    open_double = open_single = None
    low_open = straight = False  # (whether the open double quotation opened with a straight mark)
    nested = 0  # curly quotations open inside it
    nested_straight = False  # a straight quotation open inside a curly one or a guillemet
    inner_straight = False  # a straight quotation open inside a straight one
    guillemets = False  # (whether the open double quotation opened with a guillemet)
    reversed_guillemets = False  # (whether it opened with », to close with «: »Wir sind ...«, German style)
    inner_guillemets = 0  # guillemet quotations open inside another kind
    inner_low = 0  # „...“ quotations open inside one opened by „ (German style, nested)
    single_lines = 0  # lines a single quotation has run on through
    left_open = False  # (whether the paragraph before ended inside a double quotation)
    for para in re.finditer(r"[^\n]+", text):
        a, b = para.span()
        if open_double is None:
            low_open = False
        if left_open and (first := DOUBLE_MARKS.search(text, a, b)) and first.group() in "\u201d\u00bb" and text[a : first.start()].strip():
            # a paragraph whose first mark closes, after one left open, goes on with its quotation:
            # the writer dropped the mark that reopens it (“... a loud bang.\n\nI went out ... Hospital.”)
            open_double, straight, guillemets = a, False, first.group() == "\u00bb"
        left_open = inner_straight = False
        for m in _MARKS.finditer(text[a:b]):
            i, ch, width = a + m.start(), m.group(), len(m.group())
            prev = text[i - 1] if i > a else " "
            nxt = text[i + width] if i + width < b else " "
            if width == 2:  # a doubled single mark is a double one: ‘‘ opens, ’’ closes, '' either
                ch = "\u201c" if ch == "\u2018\u2018" or (ch == "''" and open_double is None) else "\u201d"
            elif ch in "\u201d\u00bb" and open_double is None and (not text[a:i].strip() or (prev.isspace() and nxt.isalnum())):
                # a closing mark opening a paragraph, or a word after a space, opens its quotation (a
                # typesetting slip; "»...,» reported X" in some agencies' English copy; or German
                # style, »...«, when a « closes it before another » does)
                reversed_guillemets = ch == "\u00bb" and _closes_reversed(text[i + 1 : b])
                ch = "\u201c"
            elif ch == "\u00ab" and open_double is not None and reversed_guillemets:
                ch = "\u201d"
            if ch == '"' and open_double is not None and not straight and _nests_straight(text, i, b, low_open):
                # straight marks inside a quotation opened by a curly one or a guillemet are nested
                # in it («He said to me: "Go home." I stayed,» she said), when the pair closes
                # before the outer quotation does; the second mark of the pair is skipped too
                nested_straight = not nested_straight
                continue
            if nested_straight and ch == '"':
                continue
            if ch == '"' and inner_straight:
                inner_straight = False
                continue
            if (ch == '"' and open_double is not None and straight and prev in _OPENERS_BEFORE and nxt.isalnum()
                    and text.count('"', i + 1, b) >= 2):
                # a straight mark that opens (after a space, before a word) inside a quotation opened by a
                # straight one opens a nested quotation when two more marks follow in the paragraph, its
                # close and the outer one's ("The girl said: 'He told me, "Go." Then he left,'" X said);
                # a writer's unclosed quotation before the next one has one mark after it, not two
                inner_straight = True
                continue
            if ch == "\u00ab" and open_double is not None and not guillemets:
                inner_guillemets += 1  # «...» inside „...” or “...”: nested, as a straight pair is
                continue
            if ch == "\u00bb" and inner_guillemets:
                inner_guillemets -= 1
                continue
            if ch == "\u201e" and low_open and open_double is not None:
                inner_low += 1  # „... ‚... „go home“ ...‘ ...“: a low-high pair inside another
                continue
            if ch == "\u201c" and low_open and inner_low:
                inner_low -= 1
                continue
            if ch == "\u201c" and low_open and open_double is not None:
                regions.append((open_double, i))
                open_double, low_open, nested, nested_straight, inner_guillemets, inner_low = _CLOSED
            elif ch in "\u201c\u201e\u00ab" or (ch == '"' and open_double is None):
                guillemets = guillemets if open_double is not None else ch == "\u00ab"
                low_open = low_open or (open_double is None and ch == "\u201e")
                # curly marks inside a quotation opened by a straight one or a guillemet are nested
                # in it ("... targeting the tanker “SEA WIND,” with missiles," the spokesman posted)
                nested += open_double is not None and ch == "\u201c" and (straight or guillemets or _nests_curly(text, i + width, b))
                straight = straight if open_double is not None else ch == '"'
                open_double = i + width if open_double is None else open_double
            elif ch in "\u201d\u00bb\"":
                if open_double is not None and nested and ch == "\u201d":
                    nested -= 1
                elif open_double is not None:
                    regions.append((open_double, i))
                    open_double, low_open, nested, nested_straight, inner_guillemets, inner_low = _CLOSED
            elif ch in "\u2018'\u201a" and prev in _OPENERS_BEFORE and nxt.isalnum():
                if open_single is not None and (tag := _last_tag(text, open_single, i)):
                    # a single quotation left unclosed before its tag ("'We offered, he told the
                    # paper. 'They wanted ...'"): it ends where the tag begins
                    regions.append((open_single, tag))
                open_single, single_lines = i + 1, 0
            elif open_single is not None and not nxt.isalnum() and not prev.isspace():
                if prev in "sS" and text[open_single : open_single + 1].isupper() and _PLURAL_POSSESSIVE.match(text, i + 1, b) and _SENTENCE_CLOSED.search(text, i + 1, b):
                    continue  # "'We demand ... with workers' representatives on it.'": a plural's apostrophe
                regions.append((open_single, i))
                open_single = None
        if open_double is not None and not _wrapped(text, b):
            regions.append((open_double, b))
            open_double, low_open, nested, nested_straight, inner_guillemets, inner_low = _CLOSED
            left_open = True
        if open_single is not None:
            # a single quotation runs on through a hard-wrapped line (a few at most: an
            # apostrophe opening a word, "'90s", opens one that never closes); one still
            # open where its paragraph ends runs to that end when the next paragraph opens
            # with a single mark (British style for a quotation of several paragraphs)
            single_lines += 1
            if not (_wrapped(text, b) and single_lines < SINGLE_QUOTE_LINES):
                if _NEXT_OPENS_SINGLE.match(text, b) or (_OPENS_PARAGRAPH.fullmatch(text, a, open_single) and text[b - 1] in ".!?"):
                    regions.append((open_single, b))
                open_single, single_lines = None, 0
    if open_double is not None:
        regions.append((open_double, len(text.rstrip())))
    return _outermost([piece for region in regions for piece in _around_incise(text, *region)] + _dash_dialogue(text))


# The next paragraph opens with a single mark, going on with a quotation of several paragraphs
# (British style), perhaps past one short line between that ends no sentence, a caption or an
# advertisement set between the paragraphs ("Suspected attacker named (AP)").
_NEXT_OPENS_SINGLE = re.compile(r"\n+(?:[^\n\u2018\u2019\u201c\u201d\"']{1,80}(?<![.!?:])\n+)?[\u2018'](?=\w)")
# A single quotation that opens its paragraph, or opens after a colon ("She added: ‘We ..."),
# and is still open at the paragraph's end after a full sentence: its closing mark was lost,
# and it runs to the end. (An apostrophe opening a word, "’90s", opens no paragraph.)
_OPENS_PARAGRAPH = re.compile(r"(?:[^\n]*:\s*)?[\u2018']")


# An apostrophe after a plural's "s" with a noun after it ("the workers' representatives",
# "the miners' union"), inside a single quotation of a sentence (opened by a capital: a
# fragment, 'attack drones' against ..., closes there) that a later mark closes after a sentence's
# or clause's punctuation (",' he said", ".'"). Heuristic: a quoted word ending in "s" and
# followed by a noun ("called them 'heroes' yesterday") is read the same way only when such a
# closing mark follows in its paragraph.
_PLURAL_POSSESSIVE = re.compile(r"[ \t]+(?!(?:and|or|but|to|in|on|at|as|for|of|by|with|from|against|into|onto|over|under|across|through|towards?|near|since|until|about|between|among|during|without|within|upon|he|she|they|it|we|i|said|says|told|added|after|before|when|while|because|is|was|were|are)\b)[a-z]")
_SENTENCE_CLOSED = re.compile(r"[.,!?][\u2019']")


def _nests_curly(text: str, start: int, end: int) -> bool:
    """Whether an opening curly mark inside a quotation that one opened is a nested
    quotation's (“I condemn the “parasite pigs” that planted it,” he said): the curly marks
    after it in its paragraph close both. A slip that left the first quotation open (“We
    ran. “Then it fell,” she said.) leaves one open."""
    depth = 2
    for m in re.finditer("[\u201c\u201d]", text[start:end]):
        depth += 1 if m.group() == "\u201c" else -1
        if depth == 0:
            return True
    return False


_MARKS_AND_SPACE = re.compile(r"[\s\u201c\u201d\u201e\u00ab\u00bb\"\u2018\u2019']*")
DOUBLE_MARKS = re.compile(r"[\u201c\u201d\u201e\u00ab\u00bb\"]")  # the marks of a double quotation, either way


def _closes_reversed(rest: str) -> bool:
    """Whether a » opening a quotation is closed by a « before any other »: German style."""
    close, other = rest.find("\u00ab"), rest.find("\u00bb")
    return close >= 0 and (other < 0 or close < other)


# A turn of dialogue opened by a dash, its tag after a comma, question or exclamation mark
# ("– Seven, said Raphaël Gaudin.", "– Where were the inspectors? she added."), as French,
# Spanish and Slavic typography write speech. Heuristic: only lines that open with the dash and
# whose tag has a verb of speech within a few words; an untagged dash line counts when a tagged
# one stands next to it (a list of facts set with dashes has no tags).
_DASH_TURN = re.compile(r"^[\u2013\u2014][ \t\u00a0\u202f]+(?=\S)", re.M)
# A speech tag after the words it closes: the end of a dash's turn, or of a single quotation
# whose closing mark is missing (heuristic: a verb of speech within a few words of the mark)
_TAG_VERBS = (
    r"said|says|asked|asks|replied|replies|added|adds|answered|shouted|whispered"
    r"|recalled|explained|told|tells|continued|insisted|went on|murmured|cried"
    # (the verbs of translated prose's tags: "..., Nhaga Indi denounced.", "..., lamented the bishop.")
    r"|stressed|lamented|denounced|assured|guaranteed|revealed|warned|noted|stated|confirmed|admitted|concluded"
)
_SPEECH_TAG = re.compile(rf"[,?!\u2026][ \t]+(?:[\w'\u2019.-]+[ \t]+){{0,4}}?(?:{_TAG_VERBS})\b")


# Verbs of speech of the other languages a page may be written in (Spanish, Portuguese, French,
# Italian), as news prose writes them: the verifier reads their tags as English ones, and a dash
# turn's tag may open with one. Heuristic: the common forms only; a word they share with English
# (French "assure", Spanish "cuenta") is left out.
READ_FROM = r"lê-se|se lee|on (?:peut )?lit|si legge"
OTHER_SPEECH_VERBS = (
    r"dijo|afirmó|aseguró|señaló|explicó|agregó|añadió|indicó|precisó|declaró|sostuvo|advirtió|relató|contó|denunció|manifestó|expresó"
    r"|subrayó|destacó|comentó|informó|detalló|reconoció|insistió|lamentó|respondió|preguntó|gritó|confirmó|recordó|apuntó"
    r"|dice|afirma|asegura|relata|señala|indica|explica|añade|agrega|precisa|sostiene|subraya|recuerda|apunta"
    r"|disse|afirmou|declarou|explicou|acrescentou|contou|relatou|informou|destacou|ressaltou|lamentou|garantiu|respondeu|perguntou|gritou"
    r"|completou|confirmou|sublinhou|lembrou|assegurou|diz|garante|acrescenta|sublinha|refere|conta"
    r"|(?:a|avait)\s+(?:déclaré|dit|affirmé|indiqué|précisé|ajouté|expliqué|souligné|raconté|assuré|confié|annoncé|estimé|dénoncé|répondu|témoigné|confirmé|écrit"
    r"|réagi|martelé|commenté|insisté|rappelé|déploré)"
    r"|a-t-(?:il|elle)\s+(?:déclaré|dit|affirmé|indiqué|précisé|ajouté|expliqué|souligné|raconté|assuré|confié|annoncé|estimé|répondu|témoigné|confirmé|écrit)"
    r"|(?:déclare|explique|raconte|confie|ajoute|souligne|affirme|indique|témoigne|poursuit|insiste|se souvient|annonce)(?:-t-(?:il|elle))?"
    r"|ha\s+(?:detto|dichiarato|spiegato|aggiunto|raccontato|affermato|sottolineato|riferito|precisato|confermato|denunciato|annunciato|scritto|assicurato)"
    r"|spiega|racconta|aggiunge|afferma|riferisce|sottolinea"
    # a document read from: "lê-se na nota", "se lee en el comunicado", "on lit dans le communiqué", "si legge nella nota"
    rf"|{READ_FROM}"
)


# A tag set inside the quotation marks, as French typography sets its incise: "“Nous
# considérons ..., affirme X, vice-président turc. Nous retrouverons ...”". Heuristic: a verb
# of speech of those languages, inverted, then its subject of a few words (and an apposition)
# up to a sentence's end where the words go on; English tags stand outside the marks.
_INCISE = re.compile(rf",[ \t]+(?:{OTHER_SPEECH_VERBS})[ \t]+"
                     r"(?:de son côté[ \t]+)?[^\s,.;:!?][^,.;:!?\n]{1,100}?(?:,[^.;:!?\n]{1,80})?\.[ \t]+(?=[A-ZÀ-Ý])")


def _around_incise(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A quotation's region, cut around the tags set inside it."""
    pieces = []
    for m in _INCISE.finditer(text, start, end):
        pieces.append((start, m.start()))
        start = m.end()
    return [*pieces, (start, end)]


# A dash turn's tag opened by a second dash, as Portuguese and Spanish typography set it
# ("– ... a nossa tristeza – afirma Elaine.", "– ... – contou, comovida."): a verb of speech,
# then a few words to the line's end. Heuristic: only where no comma tag was found.
_DASHED_TAG = re.compile(rf"[ \t\u00a0][\u2013\u2014][ \t\u00a0]*(?:{OTHER_SPEECH_VERBS}|said|says|added|adds|asked|told)\b[^\u2013\u2014\n]{{0,60}}$", re.M | re.I)


# A verb that introduces speech in the line before a dash's turn ("X spoke from her hospital bed:")
# (the verbs that announce words, not the tags' shouts and murmurs: "The ministry stressed:" over a list is no dialogue)
_INTRODUCES_SPEECH = re.compile(rf"\b(?:spoke|speaks|said|says|told|tells|added|adds|explained|explains|recalled|recalls|recounted|asked|replied|answered|{OTHER_SPEECH_VERBS})\b", re.I)
# A dash after a turn's tag that opens more of the same turn: "– ..., Nacute said. – We believe ..."
_DASH_AGAIN = re.compile(r"[.!?\u2026][ \t\u00a0]+[\u2013\u2014][ \t\u00a0]+(?=\S)")


def _last_tag(text: str, start: int, end: int) -> int | None:
    """Where the last speech tag between `start` and `end` begins, after its comma or mark."""
    tags = list(_SPEECH_TAG.finditer(text, start, end))
    return tags[-1].start() + 1 if tags else None


def _dash_dialogue(text: str) -> list[tuple[int, int]]:
    turns = []
    for m in _DASH_TURN.finditer(text):
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        tag = _SPEECH_TAG.search(text, m.end(), end)
        at = tag.start() + 1 if tag else None
        if tag is None and (dashed := _DASHED_TAG.search(text, m.end(), end)):
            at = dashed.start()  # "– Eu moro perto da escola ... – afirma Elaine.": the tag a second dash opens
        line = text.count("\n", 0, m.start())
        # (a turn introduced by the paragraph before it with a verb of speech, "X spoke from her
        # hospital bed:"; a list's items after "What we know:" are none)
        intro = text[text.rfind("\n", 0, len(text[: m.start()].rstrip())) + 1 : m.start()].rstrip()
        introduced = intro.endswith(":") and _INTRODUCES_SPEECH.search(intro) is not None
        turns.append((m.end(), at if at is not None else end, at is not None or introduced, line))
        if tag is not None and (again := _DASH_AGAIN.search(text, tag.end(), end)):
            turns.append((again.end(), end, True, line))  # "– ..., X said. – We believe ...": the turn goes on
    lines = {line for _, _, tagged, line in turns if tagged}
    return [(start, end) for start, end, tagged, line in turns
            if tagged or any(n in lines for n in (line - 1, line + 1, line - 2, line + 2))]


def _nests_straight(text: str, i: int, end: int, low_open: bool) -> bool:
    """Whether the straight mark at `i` opens a quotation nested in the curly or guillemet one
    open around it: another straight mark follows in the paragraph, then the outer one's close."""
    rest = text[i + 1 : end]
    pair = rest.find('"')
    closers = "\u201c" if low_open else "\u201d\u00bb\u00ab"  # (« closing a »German« quotation)
    return pair >= 0 and any(c in rest[pair + 1 :] for c in closers)


def _outermost(regions: list[tuple[int, int]]) -> list[tuple[int, int]]:
    outer: list[tuple[int, int]] = []
    for start, end in sorted(regions):
        if not outer or start >= outer[-1][1]:
            outer.append((start, end))
    return outer


# A turn of a transcript: a speaker's label in capitals, a colon, their words
# ("SHERIFF WHITCOMB: Good afternoon.", "Q: What was the motive?").
_TURN = re.compile(r"^([A-Z][A-Z.'\u2019-]*(?: [A-Z][A-Z.'\u2019-]*){0,3}):[ \t]+(?=\S)", re.M)


# A page's rubrics in capitals before a colon: links and labels ("RELATED: ...", "LIVE: ..."), no speaker.
_RUBRIC_LABELS = frozenset(
    "LIVE RELATED WATCH READ LOOK LISTEN VIDEO PHOTO PHOTOS GALLERY MORE UPDATE UPDATED BREAKING CORRECTION NOTE "
    "SOURCE TAGS TOPICS ALERT EXCLUSIVE ANALYSIS OPINION EDITORIAL ADVERTISEMENT WARNING".split()
) | {"ALSO READ", "READ MORE", "SEE ALSO", "READ ALSO", "WATCH LIVE", "EDITOR'S NOTE", "EDITOR\u2019S NOTE", "MORE ON THIS", "MUST READ"}


def transcript_turns(text: str) -> list[tuple[int, int, int, str]]:
    """(label start, words start, words end, label) of each turn when the text holds a
    transcript: two labels or more, one said twice, or a "Q:" line, so that a dateline
    ("KABUL: Two rockets ...", twice when a teaser repeats the lead) is never read as a turn. A turn's words run to
    the next turn (a speaker's later paragraphs are theirs too); the last turn ends
    with its paragraph. A page's rubrics ("RELATED: ...") are no turns."""
    found = [m for m in _TURN.finditer(text) if m.group(1) not in _RUBRIC_LABELS]
    labels = [m.group(1) for m in found]
    if not {"Q", "A"} & set(labels) and (len(set(labels)) < 2 or len(set(labels)) == len(labels)):
        return []
    turns = []
    for m, nxt in zip(found, [*found[1:], None], strict=True):
        end = nxt.start() if nxt else text.find("\n", m.end())
        end = len(text) if end < 0 else end
        turns.append((m.start(), m.end(), len(text[:end].rstrip()), m.group(1)))
    return turns


# What a line that ends a sentence (or a heading's colon) ends with.
_SENTENCE_CLOSERS = ".!?:\u201d\"\u2019\u00bb)"


def _wrapped(text: str, end: int) -> bool:
    """Whether the line ending at `end` is hard-wrapped (a PDF or e-mail copy): the next
    line follows after one line break, and this one stops mid-sentence or the next goes
    on in lower case. Heuristic: a line of a list that ends with no full stop wraps too,
    which only matters inside an open quotation."""
    nxt = re.match(r"\n([^\n])", text[end : end + 2])
    if nxt is None:
        return False
    return text[end - 1] not in _SENTENCE_CLOSERS or nxt.group(1).islower()


def _continues_line(text: str, end: int, width: int | None = None) -> bool:
    """Whether the sentence goes on past the line break at `end`: the next line opens in
    lower case, or this one stops on a comma or a hyphen, or (in a hard-wrapped text of
    line `width`) this line is near that width and ends no sentence ("the regional
    governor, Amina / Yusuf, who told ..."). Stricter than `_wrapped`: a short line
    ending in a plain word before a capital may be a heading, and stays apart."""
    nxt = text[end + 1 : end + 2]
    if not nxt:
        return False
    if nxt.islower() or text[end - 1 : end] in (",", "-"):
        return True
    line = text[text.rfind("\n", 0, end) + 1 : end]
    return width is not None and len(line) >= WRAPPED_SHARE * width and text[end - 1] not in _SENTENCE_CLOSERS


# Heuristic: a text is hard-wrapped (a PDF or e-mail copy) when most of its lines that
# run on into another line have nearly one length, of WRAP_MIN to WRAP_WIDTH characters
# (shorter: a menu or a list of links, whose lines are also alike).
WRAP_MIN, WRAP_WIDTH = 40, 100
WRAPPED_SHARE = 0.75


@lru_cache(maxsize=32)
def wrap_width(text: str) -> int | None:
    """The width a hard-wrapped text's lines are broken at, or None when it is not hard-wrapped
    (cached: the sentence splitter and the name finder both ask)."""
    lengths = [len(m.group(1)) for m in re.finditer(r"([^\n]+)\n(?=[^\n])", text)]
    if len(lengths) < 5:
        return None
    width = sorted(lengths)[int(0.9 * (len(lengths) - 1))]
    near = sum(WRAPPED_SHARE * width <= n <= width for n in lengths)
    return width if WRAP_MIN <= width <= WRAP_WIDTH and near >= 0.6 * len(lengths) else None


_SENTENCE_END = re.compile(
    # (« French spacing »; »German« guillemets, ‚low‘ single marks)
    r"\n+|(?<=[.!?])(?:[\"'\u201d\u2019\u201c)\]\u00ab]|\s?\u00bb)*\s+(?=(?:[\"'\u201c\u2018\u201e\u201a(\[]|[\u00ab\u00bb]\s?)?[" + CAPITALS + "0-9])"
    # a space lost in copying ("wounding 87.Admitting ...", "a pistol.He said", "in the
    # pews.\"Witnesses ..."): after two lower-case letters or digits (not "St.Petersburg") and
    # a closing mark, before a capitalised word that is no domain's part ("www.Reuters.com")
    r"|(?<=[a-z0-9]{2}[.!?])(?<!www\.)(?=[" + CAPITALS + r"][a-z]+\b(?!\.\w))"
    r"|(?<=[a-z0-9]{2}[.!?][\"\u201d])(?=[" + CAPITALS + r"][a-z]+\b(?!\.\w))"
    # an advertisement's label run into the sentence after it ("Article continues after this advertisementHe added")
    r"|(?<=[Aa]dvertisement|ADVERTISEMENT)(?=[" + CAPITALS + r"][a-z]+\b)"
)
# Words written short with a dot that ends no sentence: titles ("Sgt. Maj."), months,
# and a few common abbreviations.
_ABBREVIATIONS = TITLE_ABBREVIATIONS | frozenset(
    "st jr sr mt ft md mohd muhd jan feb mar apr jun jul aug sep sept oct nov dec no vs inc co corp ltd u.s pol adj asst".split()
)
# A name's initials ("Dr. K.L. Verma"): their dots end no sentence either.
_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")
# The same words capitalised before their dot, inside a sentence ("said Lt. Col. Ahmed Ali").
ABBREVIATED = re.compile(r"\b(" + "|".join(sorted((w.capitalize() for w in _ABBREVIATIONS if w.isalpha()), key=len, reverse=True)) + r")\.")


def sentence_starts(text: str, regions: list[tuple[int, int]]) -> list[int]:
    """Offsets where sentences start. Quoted text is opaque: a quote of several
    sentences and its "he said" stay one sentence."""
    starts = [0]
    region_starts = [r[0] for r in regions]
    width = wrap_width(text)
    for m in _SENTENCE_END.finditer(text):
        at = m.end()
        if m.group().startswith("\n"):
            if m.group() == "\n" and _continues_line(text, m.start(), width):
                continue  # a hard-wrapped line (a PDF or e-mail copy) goes on in the next
            starts.append(at)
            continue
        if region_at(regions, region_starts, at) is not None:
            continue
        word = re.search(r"([\w.]+)\W*$", text[max(0, m.start() - 12) : m.start()])
        if word and (word.group(1).rstrip(".").casefold() in _ABBREVIATIONS or len(word.group(1).rstrip(".")) == 1
                     or _INITIALS.fullmatch(word.group(1))):
            continue
        if word and word.group(1).casefold() in ("a.m.", "p.m.") and text[at : at + 1] == "(":
            continue  # "at 9:30 p.m. (Baghdad time), killing ...": a time and its zone
        starts.append(at)
    return starts


def region_at(regions: list[tuple[int, int]], starts: list[int], pos: int) -> tuple[int, int] | None:
    """The quotation region strictly containing offset `pos`, if any."""
    k = bisect.bisect_right(starts, pos) - 1
    if k >= 0 and regions[k][0] <= pos < regions[k][1]:
        return regions[k]
    return None


# Lower-case words a name may hold: particles of personal names ("Maria das Graças
# Figueiredo", "Tamim bin Hamad"), "of"/"the"/"for" in organisations, a title noun.
_NAME_JOINERS = "|".join(
    sorted(NAME_PARTICLES | {"of", "the", "for", "chief", "director", "spokesman", "spokeswoman", "adviser", "advisor", "secretary", "minister"})
)
# A capitalised word, a title written short with its dot ("Maj. Gen. Osama"), a middle
# initial ("Jerome Y. Kollie", "K.L. Verma"), or a name behind an article ("al-Sadr", "el-Qadi").
_NAME_WORD = (
    "(?:" + "|".join(sorted((a.capitalize() for a in TITLE_ABBREVIATIONS), key=len, reverse=True)) + rf")\.(?=[ \t]+[{CAPITALS}])"
    rf"|(?:[A-Z]\.){{1,3}}(?=[ \t]+[{CAPITALS}][a-z])"
    rf"|[{CAPITALS}][\w\u2019'\-]*|(?:al|el|ad|as|ash|at|az|ar|an|ud|ul)-[{CAPITALS}][\w\-]*"
)
_NAME_RUN = re.compile(
    rf"(?:{_NAME_WORD})"
    rf"(?:(?:[ \t]+(?:(?:{_NAME_JOINERS})[ \t]+)*)(?:{_NAME_WORD}|\([A-Z][A-Za-z]{{1,9}}\)))*"
)
# Capitalised only because they start a sentence, or not names at all.
_NOT_NAMES = frozenset(
    """the a an in on at but and however therefore meanwhile after before since while when last this that these those
    his her their its he she they it we i according also writing in a as there some many more most other another earlier
    later then yet so if during on by from for with one two three four five six seven eight nine ten eleven twelve
    thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety
    hundred hundreds dozens several january february march april june july august september october november
    december monday tuesday wednesday thursday friday saturday sunday not no nor only all both each every any few less
    such what which who whom whose where why how here instead nevertheless nonetheless thus indeed almost nearly about
    around over under between among against without within through across toward towards until unless although though
    because whether despite amid""".split()
)


class SourceIndex:
    """Everything about one article text that checks reuse: built once, cached by text."""

    def __init__(self, text: str):
        self.text = text
        self.norm = normalize(text)
        tokens = bracketed_words(text)
        self.tokens = [(s, e) for _, _, s, e in tokens]
        self.token_starts = [s for s, _ in self.tokens]
        words = [w for w, _, _, _ in tokens]
        self.all_words, self.all_pos = joined(words)
        self.plain_tok = [i for i, (_, br, _, _) in enumerate(tokens) if not br]
        self.plain_words, self.plain_pos = joined([words[i] for i in self.plain_tok])
        self.word_positions: dict[str, list[int]] = {}
        for i, w in enumerate(words):
            self.word_positions.setdefault(w, []).append(i)
        self.turns = transcript_turns(text)
        self.regions = _outermost(quote_regions(text) + [(a, b) for _, a, b, _ in self.turns])
        self.region_starts = [r[0] for r in self.regions]
        self.sent_starts = sentence_starts(text, self.regions)
        # Content keys (name words) for alias-aware searches.
        self.ctok = [i for i, w in enumerate(words) if not stop_word(w)]
        self.ckeys = [word_key(words[i]) for i in self.ctok]
        self.cstarts = [self.tokens[i][0] for i in self.ctok]
        self.ckey_pos: dict[str, list[int]] = {}
        for c, k in enumerate(self.ckeys):
            self.ckey_pos.setdefault(k, []).append(c)
        # Per-article results of checks built on top (attributions per sentence, a
        # speaker's forms, sentences about casualties), keyed by their module.
        self.memo: dict[tuple, Any] = {}

    # ---- positions -------------------------------------------------------

    def sentence_of(self, pos: int) -> int:
        return bisect.bisect_right(self.sent_starts, pos) - 1

    def sentence_span(self, k: int) -> tuple[int, int]:
        end = self.sent_starts[k + 1] if k + 1 < len(self.sent_starts) else len(self.text)
        return self.sent_starts[k], end

    def turn_at(self, pos: int) -> tuple[int, str] | None:
        """The transcript label (its offset and words) whose turn holds `pos`, if any."""
        return next(((a, label) for a, start, end, label in self.turns if start <= pos < end), None)

    def quoted(self, pos: int) -> bool:
        return region_at(self.regions, self.region_starts, pos) is not None

    def inside_quotes(self, span: Span) -> bool:
        """Whether the span, less surrounding punctuation, lies within one quotation region,
        or within regions that follow one another with nothing but quotation marks and
        space between (a quotation of several paragraphs, each opened again: “...\n\n“...”)."""
        s, e = span.start, span.end
        while s < e and not self.text[s].isalnum():
            s += 1
        while e > s and not self.text[e - 1].isalnum():
            e -= 1
        region = region_at(self.regions, self.region_starts, s)
        while region is not None and e > region[1]:
            k = bisect.bisect_left(self.region_starts, region[1])
            following = self.regions[k] if k < len(self.regions) else None
            if following is None or not _MARKS_AND_SPACE.fullmatch(self.text, region[1], following[0]):
                return False
            region = following
        return region is not None

    def content_range(self, start: int, end: int) -> tuple[int, int]:
        """Indices into the content-key list of the name words within [start, end)."""
        return bisect.bisect_left(self.cstarts, start), bisect.bisect_left(self.cstarts, end)

    def find_keys(self, keys: tuple[str, ...], start: int = 0, end: int | None = None) -> list[int]:
        """Content positions where `keys` occur in a row, within chars [start, end)."""
        if not keys:
            return []
        lo, hi = self.content_range(start, len(self.text) if end is None else end)
        n = len(keys)
        positions = self.ckey_pos.get(keys[0], ())
        k = bisect.bisect_left(positions, lo)
        found = []
        while k < len(positions) and positions[k] + n <= hi:
            c = positions[k]
            if tuple(self.ckeys[c : c + n]) == keys:
                found.append(c)
            k += 1
        return found

    def opens_name(self, start: int, run: str) -> bool:
        """Whether a capitalised run at `start` is a name. Inside a sentence it is; one
        that opens a sentence is when it has more than one word, or the article also
        capitalises it inside a sentence ("Smoke rose" is not a name; "Austin said" is
        when "Mr Austin" occurs too). Heuristic: a one-word name seen only at sentence
        starts is missed."""
        if start not in self._sentence_start_set or " " in run.strip():
            return True
        pattern = rf"(?<![\w-]){re.escape(run)}(?![\w-])"
        return any(m.start() not in self._sentence_start_set for m in re.finditer(pattern, self.text))

    @cached_property
    def _sentence_start_set(self) -> frozenset[int]:
        """Sentence starts, and the first letter after any opening marks or spaces there."""
        out = set()
        for start in self.sent_starts:
            out.add(start)
            m = re.match(r"[\W_]*", self.text[start : start + 8])
            out.add(start + (m.end() if m else 0))
        return frozenset(out)

    def sentences_matching(self, pattern: re.Pattern[str]) -> list[int]:
        """Indices of the sentences in which `pattern` matches (memoised per pattern)."""
        key = ("sentences", pattern.pattern, pattern.flags)
        if key not in self.memo:
            self.memo[key] = sorted({self.sentence_of(m.start()) for m in pattern.finditer(self.text)})
        return self.memo[key]

    def key_span(self, c: int, n: int) -> Span:
        return Span(start=self.tokens[self.ctok[c]][0], end=self.tokens[self.ctok[c + n - 1]][1])

    # ---- lazily computed views ------------------------------------------

    @cached_property
    def mentions(self) -> list[list[tuple[int, int, str]]]:
        """Per sentence, the capitalised names outside quotation marks, in order."""
        by_sentence: list[list[tuple[int, int, str]]] = [[] for _ in self.sent_starts]
        for m in _NAME_RUN.finditer(self.text):
            start, end, run = m.start(), m.end(), m.group()
            words = run.split()
            while words and words[0].casefold() in _NOT_NAMES:
                start += len(words[0]) + (len(run[len(words[0]) :]) - len(run[len(words[0]) :].lstrip()))
                run = self.text[start:end]
                words = run.split()
            if not words or self.quoted(start):
                continue
            found = by_sentence[self.sentence_of(start)]
            if found and wrap_width(self.text) and self.text[found[-1][1] : start] == "\n":
                # a hard-wrapped text breaks names too ("Amina\nYusuf"): one name, shown on one line
                first = found.pop()
                start, run = first[0], (first[2] + " " + run)
            found.append((start, end, run))
        return by_sentence

    @cached_property
    def name_choices(self) -> dict[str, tuple[int, int]]:
        """Every name's key string -> its first span, for fuzzy name look-ups."""
        choices: dict[str, tuple[int, int]] = {}
        for sentence in self.mentions:
            for start, end, run in sentence:
                choices.setdefault(" ".join(name_keys(run)), (start, end))
        choices.pop("", None)
        return choices

    @cached_property
    def sentence_keys(self) -> list[frozenset[str]]:
        out = []
        for k in range(len(self.sent_starts)):
            lo, hi = self.content_range(*self.sentence_span(k))
            out.append(frozenset(self.ckeys[lo:hi]))
        return out

    @cached_property
    def abbreviations(self) -> list[tuple[str, str]]:
        """"Name (ABBR)" pairs the article defines, e.g. Central Command (CentCom)."""
        pairs = []
        for m in re.finditer(r"((?:[A-Z][\w\u2019'\-]*[ \t]+(?:of[ \t]+|the[ \t]+)*){1,6})\(([A-Z][A-Za-z]{1,9})\)", self.text):
            pairs.append((m.group(1).strip(), m.group(2)))
        return pairs


@lru_cache(maxsize=32)
def source_index(text: str) -> SourceIndex:
    """The cached index of one article text (keyed by the text itself)."""
    return SourceIndex(text)


def chunk_ranges(text: str, size: int, overlap: int) -> list[tuple[int, int]]:
    """Ranges covering `text`, each at most `size` characters, cut after sentence
    ends; neighbours overlap by about `overlap` characters so a statement cut at one
    edge is whole in the other chunk."""
    if len(text) <= size:
        return [(0, len(text))]
    ends = sentence_starts(text, quote_regions(text))[1:]
    ranges, start = [], 0
    while True:
        limit = start + size
        if limit >= len(text):
            ranges.append((start, len(text)))
            return ranges
        i = bisect.bisect_right(ends, limit) - 1
        cut = ends[i] if i >= 0 and ends[i] > start + overlap else limit
        ranges.append((start, cut))
        j = bisect.bisect_left(ends, cut - overlap)
        start = ends[j] if j < len(ends) and start < ends[j] < cut else cut
