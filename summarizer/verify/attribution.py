"""Attribution: whether the article presents a quote as this speaker's words.

The speaker may be named as written, by an alias (the alias file, the caller's
table, or an abbreviation the article defines), by surname, by a title the
article puts before the full name, or by a pronoun that refers back to them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..names import ORG_WORDS, TITLE_HEADS, AliasGroups, is_proper_name, is_title_word, name_keys, strip_title
from ..page import HEADINGS, HEADLINE_WORDS
from ..schema import Span, Statement, Status, worst
from ..text import DOUBLE_MARKS, SourceIndex, fold, quote_regions, region_at
from .nested import OWNED_WORDS, according_to, nested_attribution, possessive_owner, read_for, relayer, relays
from .places import datelines, nationality, used_as_place
from .quotes import Found
from .referents import (
    QUOTED_SENTENCES,
    STATE_BODIES,
    TIME_LABEL,
    all_quoted,
    furniture_at,
    in_furniture,
    names_a_person,
    other_sex,
    qualifies,
    speaker_of,
    speaks_for,
    state_body,
)
from .reporting import attributions, someone
from .vocabulary import (
    CONTRAST,
    HARMED,
    ISSUED,
    NAMING_VERBS,
    PRONOUN_IN_ENGLISH,
    PRONOUNS,
    RECORDS,
    RELATIVE_TAIL,
    VERB_FORM,
    Attribution,
    describes_person,
    description_head,
    is_named,
    last_word,
    names_organisation,
)


@dataclass(frozen=True)
class _Form:
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


def form_hits(idx: SourceIndex, form: _Form, start: int = 0, end: int | None = None) -> list[int]:
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


def speaker_forms(idx: SourceIndex, names: tuple[str | None, ...], groups: AliasGroups) -> list[_Form]:
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


def _find_forms(idx: SourceIndex, names: tuple[str | None, ...], groups: AliasGroups) -> list[_Form]:
    """The names, their alias groups, abbreviations the article defines, surnames,
    and titles the article puts before full names."""
    texts = with_aliases(idx, {part for n in names if n and n.strip() for part in _parts(n)} - {""}, groups)
    forms = {_Form(name_keys(t), t) for t in texts}
    for t in list(texts):
        words = t.split()
        if len(words) >= 2 and words[-1][:1].isupper() and words[-1].casefold() not in ORG_WORDS and words[-1].isalpha():
            forms.add(_Form(name_keys(words[-1]), words[-1], surname=True))
            personal = not set(name_keys(t)) & ORG_WORDS
            if personal and words[0][:1].isupper() and words[0].isalpha() and not is_title_word(words[0]):
                # Thai, Burmese, Indonesian and Icelandic usage: "Mr Somchai" for Somchai Wongsawat
                forms.add(_Form(name_keys(words[0]), words[0], given=True))
            paternal = words[-2] if len(words) >= 3 else ""
            if personal and paternal[:1].isupper() and paternal.isalpha() and not is_title_word(paternal) and not is_title_word(words[-3]):
                # Spanish usage: "Piguave" for Glenda Piguave Zambrano, the father's surname
                # before the mother's (heuristic: any name's second-to-last word may be one)
                forms.add(_Form(name_keys(paternal), paternal, surname=True))
        if len(words) >= 2 and words[-1].casefold() in ("government", "administration"):
            forms.add(_Form(name_keys(" ".join(words[:-1])), " ".join(words[:-1])))
        if len(name_keys(t)) >= 2:
            forms |= {_Form(name_keys(title), title, title=True) for title in _titles(idx, name_keys(t))}
    # longest first, then by text: the same forms in the same order on every run (a set's order
    # follows the hash seed), and the fullest name is the span shown
    return sorted((f for f in forms if f.keys), key=lambda f: (-len(f.keys), f.text, f.title, f.surname, f.given))


_HYPHENATED = re.compile(r"(?<=[^\W\d_])-(?:[ \t]*\n[ \t]*|[ \t]+)(?=[a-z])")


def _names(subject: str, forms: list[_Form]) -> bool:
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


def _describes(s: set[str], f: _Form) -> bool:
    """A description's words against a form's: one holds the other (the shorter with the
    form's last word or head noun), or both name one organisation. A nationality
    adjective counts as its country ("Iraqi officials" ~ "Iraq officials")."""
    keys = {nationality(k) or k for k in f.keys}
    s = {nationality(k) or k for k in s}
    part = s <= keys and ((nationality(f.keys[-1]) or f.keys[-1]) in s or _head(f.text) in s) and not (s <= STATE_BODIES and not state_body(f.text))
    return keys <= s or part or _same_organisation(s, keys)


_HEAD_END = re.compile(r"\s+(?:for|of|in|at|from|with|who|whom|whose|which|that)\b.*$", re.S | re.I)


def _head(description: str) -> str | None:
    """The noun a description is about: its last word before what qualifies it ("A
    spokesperson for the UN mission" -> "spokesperson")."""
    keys = name_keys(_HEAD_END.sub("", description))
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


def _attribution_check(idx: SourceIndex, span: Span, forms: list[_Form], who: str, *, nearby: bool = True, pronoun: str | None = None) -> Found:
    """Whether the article attributes the words at `span` to the entity of `forms`;
    with `nearby`, a name written next to them with no reporting verb half counts
    (a quotation beside its speaker's name is theirs far more often than not).
    `pronoun`: the claim itself is a pronoun ("she"), true as written when it is the
    one the article's own tag uses, whoever that is."""
    k = idx.sentence_of(span.start)
    last = idx.sentence_of(max(span.start, span.end - 1))
    turn, candidates, nested = _candidates(idx, span)
    if turn is not None:
        start, label = turn
        where = (Span(start=start, end=start + len(label)),)
        if _names(label, forms) or who.strip("'").casefold() == label.casefold():
            return Found(Status.exact, where)
        if label in ANSWER_LABELS:
            for at, name in interviewees(idx):
                if _names(name, forms):
                    return Found(Status.normalized, (Span(start=at, end=at + len(name)),),
                                 reasons=(f"an interview's answer ('{label}:'), and {who} is named before its questions",))
        return Found(Status.contradicted, where, reasons=(f"the transcript gives these words to '{label}', not {who}",))
    if candidates:
        att = _nearest(idx, candidates, span.start, span.end)
        resolved = speaker_of(idx, att, avoid=_outer_speaker(idx, span) if nested else frozenset())
        referred = resolved is not None and resolved[1] != att.subject
        start, subject = resolved or (att.subject_start, att.subject)
        where = (Span(start=start, end=start + len(subject)),)
        if _names(subject, forms):
            return Found(Status.exact, where)
        if referred and att.subject.casefold() not in PRONOUNS and _names(att.subject, forms):
            # "said the local resident": the words as the article writes them, whoever it resolves them to
            return Found(Status.exact, (Span(start=att.subject_start, end=att.subject_start + len(att.subject)),))
        if (signer := _signer_of(idx, att)) and _names(signer[1], forms):
            # "In a statement signed by its spokesman, X, the group said": the group's words, X's too
            return Found(Status.normalized, (Span(start=signer[0], end=signer[0] + len(signer[1])),),
                         reasons=(f"{who} signed or read out the statement in which '{subject}' says these words",))
        if (reporter := _reporter_of_clause(idx, att, candidates)) and _names(reporter.subject, forms):
            where = (Span(start=reporter.subject_start, end=reporter.subject_start + len(reporter.subject)),)
            return Found(Status.normalized, where, reasons=(f"{who} reports what '{subject}' said or ordered in these words",))
        if (closer := _closing_reporter(idx, att, candidates)) and _names(closer.subject, forms):
            where = (Span(start=closer.subject_start, end=closer.subject_start + len(closer.subject)),)
            return Found(Status.normalized, where, reasons=(f"{who} reports what '{subject}' did in these words, closing the sentence",))
        if referred and pronoun is not None and _SUBJECT_FORM.get(att.subject.casefold(), att.subject.casefold()) == _SUBJECT_FORM.get(pronoun, pronoun):
            # ("he" is not matched by name above: an entity table may list "he" among anyone's forms)
            return Found(Status.normalized, where, reasons=(f"the article's '{att.subject}' is '{subject}'",))
        if resolved is not None and (owner := speaks_for(idx, start, subject)) and _names(owner[1], forms):
            return Found(Status.normalized, where, reasons=(f"'{subject}' speaks for {owner[1]}",))
        if (carried := relayer(idx, att)) and _names(carried[0], forms):
            # "“...,” SANA said, citing a military source": the words the claimed speaker carried
            where = (Span(start=carried[1], end=carried[1] + len(carried[0])),)
            return Found(Status.normalized, where, reasons=(f"{who} carried these words, citing '{subject}'",))
        quoted = [o for o in candidates if o.verb_end <= att.verb_start and idx.text[o.verb_start : o.verb_end].casefold() in ("quoting", "citing")
                  and idx.sentence_of(o.verb_start) == idx.sentence_of(att.verb_start) and _names(o.subject, forms)]
        if quoted:
            # "X, quoting Y, reported that “...”": Y's words, X relaying them
            where = (Span(start=quoted[0].subject_start, end=quoted[0].subject_start + len(quoted[0].subject)),)
            return Found(Status.normalized, where, reasons=(f"'{subject}' relays these words, quoting {who}",))
        shown = f"'{att.subject}' ({subject})" if referred else f"'{subject}'"
        # ("He" unresolved contradicts no one; nor does a description "he" resolves to, "the
        # head of the region", which may describe whoever the summary names)
        # (nor does an organisation's description a pronoun resolves to, "it" -> "the agency",
        # when the article does not say which agency)
        if (referred and (is_named(subject) or (names_organisation(subject) and description_head(subject) is None))) or (
                is_named(subject) and subject.casefold() not in PRONOUNS):
            return Found(Status.contradicted, where, reasons=(f"the article attributes these words to {shown}, not {who}",))
        if resolved is not None:
            return Found(Status.unattributed, where, reasons=(f"the article attributes these words to '{subject}', not named as {who}",))
        if other_sex(att.subject.casefold(), last_word(who)):
            # "“...,” he said" is never "the mother"'s, whoever "he" is
            return Found(Status.contradicted, where, reasons=(f"the article's '{att.subject}' cannot be {who}",))
        if relayer(idx, att):
            # "“...,” reported X, quoting a surgeon": a source the article describes, not a name
            # written near the words, is who said them
            return Found(Status.unattributed, where, reasons=(f"the article attributes these words to '{subject}', not named as {who}",))
    if not nearby:
        return Found(Status.unattributed, reasons=(f"no reporting verb of the sentence points to {who}",))
    lo, hi = idx.sentence_span(max(0, k - 1))[0], idx.sentence_span(min(len(idx.sent_starts) - 1, last + 1))[1]
    for f in (f for f in forms if not f.title and not f.given):
        for c in form_hits(idx, f, lo, hi):
            found = idx.key_span(c, len(f.keys))
            # "in the camp": a place where something is, not someone near the words; nor a byline
            if not idx.quoted(found.start) and not _WHERE.search(idx.text[max(0, found.start - 14) : found.start]) and furniture_at(idx, found.start) != "byline":
                return Found(Status.normalized, (found,), reasons=(f"{who} is named next to the quote, without a reporting verb",))
    return Found(Status.unattributed, reasons=(f"{who} is not named near the quote and no reporting verb points to them",))


# Who signed, issued or read out the statement a sentence opens with: "In a statement signed
# by its spokesman, X, the group said" (the name in apposition, else the title)
_SIGNED_BY = re.compile(rf"\b(?:{ISSUED}|read(?: out)?)\s+by\s+([^,;:\u201c\u201d\"]{{2,80}}?)(?:,\s*([A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){{0,4}}),|\s*,)")


def _signer_of(idx: SourceIndex, att: Attribution) -> tuple[int, str] | None:
    """Who signed the statement whose words the subject of `att` says, named before it in
    its sentence (where the name starts, the name)."""
    start = idx.sentence_span(idx.sentence_of(att.verb_start))[0]
    found = list(_SIGNED_BY.finditer(idx.text, start, att.subject_start))
    if not found:
        return None
    m = found[-1]
    return (m.start(2), m.group(2)) if m.group(2) else (m.start(1), m.group(1))


_SUBJECT_FORM = {"him": "he", "her": "she", "them": "they"}  # "I asked him whether ...": his answer is "he"'s


_ORDERED = re.compile(r"ordered|directed|instructed|urged", re.I)
# What stands between a reporting verb and the subject of the clause it reports: "said in a
# statement that", ", adding that", "told reporters that"
# (or nothing at all: "It said the suspects had admitted ...")
_CONTENT_CLAUSE = re.compile(r"(?:[^.;:!?\u201c\u201d\"]{0,60}\bthat)?\s+", re.I)


def _reporter_of_clause(idx: SourceIndex, att: Attribution, candidates: list[Attribution]) -> Attribution | None:
    """ "X said in a statement that the governor had ordered agencies to “fish out the
    perpetrators”", "X told RTS, adding that Serbia condemned “every act of violence”": words in
    a clause another speaker reports are told in the reporter's words, so X, whose verb the
    clause follows in the sentence, may be named for them as well (an order needs no "that")."""
    k = idx.sentence_of(att.verb_start)
    reporter = next((o for o in reversed(candidates) if o.verb_end <= att.subject_start and idx.sentence_of(o.verb_start) == k), None)
    if reporter is None or not (_ORDERED.fullmatch(idx.text[att.verb_start : att.verb_end])
                                or _CONTENT_CLAUSE.fullmatch(idx.text, reporter.verb_end, att.subject_start)):
        return None
    return reporter


def _closing_reporter(idx: SourceIndex, att: Attribution, candidates: list[Attribution]) -> Attribution | None:
    """ "X “deeply regrets” the loss and has ordered ..., his spokesman, Y, said": a reporting
    verb closing the sentence after `att` reports all of it, so Y, who put X's regret in
    these words, may be named for them as well."""
    k = idx.sentence_of(att.verb_start)
    return next((o for o in candidates if o.verb_start > att.verb_end and idx.sentence_of(o.verb_start) == k and _closes(idx, o)), None)


def _closes(idx: SourceIndex, att: Attribution) -> bool:
    """A reporting verb set off at its sentence's end: "..., he said.", "..., according to a
    police memo." """
    rest = idx.text[att.verb_end : idx.sentence_span(idx.sentence_of(att.verb_start))[1]]
    opens = att.verb_start if according_to(idx, att) else att.subject_start
    return idx.text[:opens].rstrip().endswith((",", "\u201d", '"')) and not re.search(r"[,\u201c\u201d\"]", rest)


def _candidates(idx: SourceIndex, span: Span) -> tuple[tuple[int, str] | None, list[Attribution], bool]:
    """Who may be presented as saying the words at `span`: a transcript turn's label
    (start, label), else the reporting verbs that may attribute them, and whether those
    are nested in another quotation."""
    k = idx.sentence_of(span.start)
    last = idx.sentence_of(max(span.start, span.end - 1))
    turn = idx.turn_at(span.start)
    if _NAMED_AS.search(idx.text, max(0, span.start - 40), span.start):
        return None, [], False  # "an area known as “Old Marketplace”": a name, nobody's words
    nested = nested_attribution(idx, span.start, in_sentence=turn is not None)
    if turn and nested and not _marked(idx, turn[0], span.start):
        nested = None  # a turn's own words after the quotation it carries ("'...' Thank you.")
    if turn and nested is None and (reader := read_for(idx, span.start, turn[0])) and idx.quoted(span.start):
        return None, [reader], True  # a statement the turn's speaker reads out for someone else
    if turn and nested is None:
        # a transcript names the speaker of each turn, unless the turn quotes someone
        # ("Q: The Secretary said the US would respond “...”")
        return turn, [], False
    if nested and (talking := _talking_after(idx, span.end)):
        return None, talking, False
    if (nested and nested.subject.casefold() == "i" and not _outer_speaker(idx, span)
            and (region := region_at(idx.regions, idx.region_starts, span.start)) and region[0] < span.start - 2):
        # "“I said to my husband, ‘...’”" in a paragraph with no tag of its own, after "...,” she
        # said.": the one speaking the quotation around them, wherever the article names her
        # (not "we": "We shouted, ‘Slow down!’" is the group's, she one of them)
        _, outer, _ = _candidates(idx, Span(start=region[0], end=region[1]))
        if outer:
            return None, outer, False
    candidates = [nested] if nested else _cited_by_closing_verb(
        idx, [att for j in range(k, last + 1) for att in attributions(idx, j) if not _in_a_later_clause(idx, span, att)])
    # (a verb inside the words is theirs, not a tag, when a verb before them reports: "X wrote
    # that France «condemns ...» the attack"; but France's in 'France “condemned ... the attack”')
    outside = [att for att in candidates if not span.start <= att.verb_start < span.end]
    if any(att.verb_end <= span.start for att in outside):
        candidates = outside
    # a verb whose subject can speak for no one ("the timing of the attack indicated ...,
    # branding it a “...”") gives way to one whose subject can ("he pointed out that ...")
    candidates = [att for att in candidates if _can_speak(att.subject)] or candidates
    if not candidates and (posted := _embedded_post(idx, span)):
        candidates = posted
    if not candidates and _opens_with_quote(idx, k):
        # A quotation with no verb of its own: its speaker named in the sentence after it,
        # or after the paragraph where a quotation of several closes; else it continues the
        # words of the speaker before it: after an attributed quote ("“...,” she said. “I
        # found my son.”"), after a paraphrase or an introduction ("She added that ...", "X
        # told our correspondent:"), and through the earlier paragraphs of a quotation of several.
        heading = _heading_speaker(idx, span)
        candidates = heading if heading is not None else (_speaker_after(idx, last) or _speaker_where_closed(idx, span) or _named_next(idx, last) or _introduced_by_colon(idx, span)
                      or _speaker_before(idx, k) or _introduced_before(idx, k) or _statement_by(idx, span))
    elif not candidates:
        candidates = _introduced_by_colon(idx, span) or _recent_source(idx, k) or _continued_after_colon(idx, span)
    return None, candidates, nested is not None


# A quotation that is a heading: a line of its own, a few words ending in no punctuation ("‘I can’t find my son’", "‘It came down in one piece’" over a live page's entry).
_HEADING_QUOTE = re.compile(r"[\u201c\"\u2018\u00ab']([^\n]{3,120}?)(?<![.,!?])[\u201d\"\u2019\u00bb']")
_SIGNED_BELOW = re.compile(r"\s*\n\s*[\u2014\u2013-]\s*\S")
HEADING_ENTRY = 1200  # characters under a quoted heading where the words it sums up are looked for


def _heading_speaker(idx: SourceIndex, span: Span) -> list[Attribution] | None:
    """The speaker of a quoted heading is the one the entry under it quotes: whose quotation,
    or whose reported speech, holds the heading's words ("Jahangir said the explosion
    flattened the factory completely" under "‘Explosion flattened the factory completely’"),
    else the first quotation with a speaker, before the next heading or time stamp; never
    the one quoted above it, whose section has ended. None when the words are no heading.
    Heuristic: a heading quotes the entry it stands over, as a headline quotes its story;
    where a heading quotes someone the entry never does, the first speaker under it is a
    guess the check reports as this speaker's, or not."""
    line_start = idx.text.rfind("\n", 0, span.start) + 1
    line_end = idx.text.find("\n", span.end)
    line_end = len(idx.text) if line_end < 0 else line_end
    heading = _HEADING_QUOTE.fullmatch(idx.text[line_start:line_end].strip())
    if (heading is None or len(heading.group(1).split()) > HEADLINE_WORDS or not idx.text.startswith("\n", line_end)
            or _SIGNED_BELOW.match(idx.text, line_end)):
        return None  # (a pull quote signed on the line below, "— X, mayor of Y", is signed there)
    words = fold(heading.group(1))
    entry_end = next((line_end + m.start() for m in re.finditer(r"[^\n]+", idx.text[line_end : line_end + HEADING_ENTRY])
                      if _starts_entry(idx, line_end + m.start(), m.group().strip())), line_end + HEADING_ENTRY)
    for j in range(idx.sentence_of(line_end + 1), len(idx.sent_starts)):
        a, b = idx.sentence_span(j)
        if a >= entry_end:
            break
        if a > line_end and words in fold(idx.text[a:b]):
            quoted = [r for r in idx.regions if max(a, line_end + 1) <= r[0] < b and words in fold(idx.text[r[0] : r[1]])]
            return _candidates(idx, Span(start=quoted[0][0], end=quoted[0][1]))[1] if quoted else _speech(idx, j)
    for a, b in (r for r in idx.regions if line_end < r[0] < entry_end):
        if found := _candidates(idx, Span(start=a, end=b))[1]:
            return found
    return []


def _starts_entry(idx: SourceIndex, at: int, line: str) -> bool:
    """Whether a line under a quoted heading begins the next entry or section: a time stamp,
    another quoted heading, or a crosshead (a few words that end no sentence)."""
    kind = furniture_at(idx, at)
    return (kind in ("date", "stamp") or _HEADING_QUOTE.fullmatch(line) is not None
            or (kind is None and len(line.split()) <= HEADLINE_WORDS and line[-1:] not in ".!?:\"\u201d\u2019)\u00bb" and not idx.quoted(at)))


def _marked(idx: SourceIndex, since: int, start: int) -> bool:
    """Whether the words at `start` stand inside quotation marks opened after `since` (read
    to the end of their paragraph, where a single quotation must have closed)."""
    end = idx.text.find("\n", start)
    return any(a <= start - since < b for a, b in quote_regions(idx.text[since : end if end >= 0 else len(idx.text)]))


ANSWER_LABELS = frozenset(("A", "ANSWER"))  # a Q&A interview's answer turn, the one interviewed speaking


def interviewees(idx: SourceIndex) -> list[tuple[int, str]]:
    """Who answers a Q&A interview: the people named in the text before its first question
    (not the page's furniture, where the interviewer's byline stands), first named first.
    Heuristic: an interview's introduction names the one interviewed; if it names others
    too, each of them is offered."""
    if ("interviewees",) not in idx.memo:  # (read once per article, not once per answer)
        first = next((a for a, _, _, label in idx.turns if label in ("Q", "QUESTION")), -1)
        found: dict[str, tuple[int, str]] = {}
        for j in range(idx.sentence_of(first) if first >= 0 else 0):
            for at, end, name in idx.mentions[j]:
                if (at < first and " " in name and is_proper_name(name) and not names_organisation(name) and not in_furniture(idx, at)
                        and not used_as_place(idx, Span(start=at, end=end))):
                    found.setdefault(name, (at, name))
        idx.memo[("interviewees",)] = list(found.values())
    return idx.memo[("interviewees",)]


# An embedded post as a page prints it: its display name, its handle alone on the next line
_HANDLE_LINE = re.compile(r"[ \t]*@[A-Za-z0-9_]{2,30}[ \t]*")
_TRANSLATION_LEAD = re.compile(r"(?:translation|translated)\b[^:\n]{0,40}:\s*$", re.I)
EMBED_LINES = 8  # lines from a post's handle down to the words quoted from it


def _embedded_post(idx: SourceIndex, span: Span) -> list[Attribution]:
    """The display name of the post embedded just above a paragraph that quotes it, with
    nothing but a "Translation:" label before the quotation ("Police Scotland\n@policescotland\n
    ...\n\nTranslation: “...”"): the post's author wrote the words."""
    line_start = idx.text.rfind("\n", 0, span.start) + 1
    if not _TRANSLATION_LEAD.fullmatch(re.sub(r"[\u201c\u201e\u00ab\"]\s*$", "", idx.text[line_start : span.start])):
        return []
    lines = idx.text[:line_start].splitlines()[-EMBED_LINES:]
    for i in range(len(lines) - 1, 0, -1):
        if _HANDLE_LINE.fullmatch(lines[i]) and (name := lines[i - 1].strip()):
            at = idx.text.rfind(name, 0, line_start)
            return [Attribution(at + len(name), at + len(name), name, at)]
    return []


def _continued_after_colon(idx: SourceIndex, span: Span) -> list[Attribution]:
    """ "Then, in Swedish, the language of the family: ‘...’": a clause with neither a name
    nor a verb introducing a quotation goes on with the speaker of the quotation before it."""
    k = idx.sentence_of(span.start)
    start = idx.sentence_span(k)[0]
    lead = idx.text[start : span.start]
    # (a language or nationality is no one: "in Swedish")
    named = any(at < span.start and not nationality(run) for at, _, run in idx.mentions[k])
    if not _COLON_OPENING.fullmatch(lead, max(0, lead.rfind(":"))) or _FINITE_VERB.search(lead) or named:
        return []
    return _speaker_before(idx, k)


_INTRODUCES = re.compile(r"\s*:\s*[\u201c\"\u2018\u00ab\u201e]")


# What a name in quotation marks follows: "known as", "referred to as", "nicknamed", "entitled", "so-called"
_NAMED_AS = re.compile(r"\b(?:(?:known|referred to)\s+as|nicknamed|entitled|so-called|so\s+called)\s+[\u201c\u2018\"'\u00ab\u201e]+$", re.I)


_SPEAKING_TEXTS = RECORDS | {"reports"}  # ("the filing alleges", "the audit found")


def _can_speak(subject: str) -> bool:
    """Whether a verb's subject can be presented as speaking: someone named or described, a
    pronoun, or a document ("the statement", "reports")."""
    return someone(subject) or last_word(subject) in _SPEAKING_TEXTS


_NEXT_CLAUSE = re.compile(r"\band\s+that\s")


def _in_a_later_clause(idx: SourceIndex, span: Span, att: Attribution) -> bool:
    """Whether a reporting verb after the words opens a clause of contrast after them
    (", while the RSF said") or another reported clause (", and that Y had ordered"): it
    reports its own subject's words. Or whether a news medium's
    "according to X" or "X reported" closing a sentence only relays the words of a
    speaker whose own verb comes before them ("X told the agency ... “...”, according to
    IRNA")."""
    if att.verb_start < span.end:
        return False  # a verb before the words governs its whole clause, "while" and "but" too
    if _INTRODUCES.match(idx.text, att.verb_end):
        return True  # "... a “fairytale” wedding and he added: “...”": the verb's colon opens the next quotation
    if CONTRAST.search(idx.text, max(0, span.end - 1), min(att.subject_start, att.verb_start)) is not None:
        return True
    if _NEXT_CLAUSE.search(idx.text, span.end, min(att.subject_start, att.verb_start)):
        return True  # "X alleges that the gate «...», and that Y had ordered ...": Y's verb is in the next clause
    return relays(idx, att) and any(
        o.verb_end <= att.verb_start and not relays(idx, o) for o in attributions(idx, idx.sentence_of(att.verb_start)))


def _cited_by_closing_verb(idx: SourceIndex, candidates: list[Attribution]) -> list[Attribution]:
    """Without an "according to" that another verb of its sentence governs: a later "...,
    he said" closing it ("... no history of mental illness according to police records, he
    said": the records are the speaker's source), or the verb it follows ("X said according
    to the newspaper Y: “...”": Y relays X's words). The words are the verb's subject's."""
    def cited(att: Attribution) -> bool:
        return according_to(idx, att) and any(
            (_closes(idx, o) and o.verb_start > att.verb_end and idx.sentence_of(o.verb_start) == idx.sentence_of(att.verb_start))
            or (o.verb_end <= att.verb_start and re.fullmatch(r"\s*,?\s*", idx.text[o.verb_end : att.verb_start]) is not None)
            for o in candidates)
    return [att for att in candidates if not cited(att)]


def speaker_candidates(idx: SourceIndex, span: Span) -> list[str]:
    """Who the article may present as the speaker of the words at `span`, as the check
    above reads it (a transcript turn's label, else each reporting verb's subject,
    resolved, nearest verb first; an unresolved pronoun is no one): the choices a
    model picks the speaker from."""
    turn, candidates, nested = _candidates(idx, span)
    if turn is not None:
        answering = [name for _, name in interviewees(idx)] if turn[1] in ANSWER_LABELS else []
        return answering or [turn[1]]
    avoid = _outer_speaker(idx, span) if nested else frozenset()
    found: dict[str, None] = {}
    for att in sorted(candidates, key=lambda t: _distance(idx, t, span.start, span.end)):
        resolved = speaker_of(idx, att, avoid=avoid)
        if resolved is not None or not set(att.subject.casefold().split()) & PRONOUNS:
            found[(resolved or (0, att.subject))[1]] = None
    return list(found)


# "in the camp": a place where something is ("from the army", "according to the ministry" are sources).
_WHERE = re.compile(r"\b(?:in|at|near|inside|outside|around|across|over|into|toward|towards)\s+(?:the\s+)?$", re.I)


def _nearest(idx: SourceIndex, candidates: list[Attribution], start: int, end: int) -> Attribution:
    """The reporting verb nearest to the words at [start, end); but a tag closing the
    sentence after them reports the words a verb of naming before them takes as its
    complement, whose subject said them ("The bishop described the attack as “...,” the
    agency said": the bishop's). (Not a verb that reports a clause: in "Veloria said it had
    received “...,” spokesman X said" X speaks for Veloria, and is nearest.)"""
    best = min(candidates, key=lambda t: _distance(idx, t, start, end))
    if best.verb_start >= end and _closes(idx, best):
        k = idx.sentence_of(start)
        governing = [o for o in candidates if o.verb_end <= start and idx.sentence_of(o.verb_start) == k and _can_speak(o.subject)
                     and idx.text[o.verb_start : o.verb_end].casefold() in NAMING_VERBS
                     and _GOVERNED.fullmatch(idx.text, o.verb_end, start) and not _PASSIVE.search(idx.text, o.subject_start, o.verb_start)]
        return max(governing, key=lambda o: o.verb_end, default=best)
    return best


# The words a verb's object or complement may run through before the quotation it governs:
# no clause break (nor a dash), only an opening mark ("described the attack as a “", "called it “")
_GOVERNED = re.compile(r"[^,;:.!?\u201c\u201d\u00ab\u00bb\"\n\u2013\u2014]*[\u201c\u00ab\u201e\"\u2018']?")
_PASSIVE = re.compile(r"\b(?:was|were|is|are|been|being|be)\s+(?:\w+\s+)?$", re.I)


# Between quoted words and the tag that closes them: their closing marks and a comma, the
# comma or a question's or exclamation's mark ending the words themselves ("...,” said", "...?” asked")
_CLOSING_MARKS = re.compile(r"[\u201d\"'\u2019\u00bb]*\s*(,\s*)?")
# What no closing tag's subject opens with: a participle or a preposition (", updating an earlier toll from X which said")
_NO_TAG_OPENER = re.compile(r"[a-z]+ing\b|(?:from|of|in|on|at|with|by|for|to|after|before|as|and|but)\b")
CLOSING_TAG_CHARS = 80  # a tag whose verb is further than this after the words is no closing tag


def _distance(idx: SourceIndex, att: Attribution, start: int, end: int) -> int:
    """Characters between the words and the verb, or the verb's subject when the tag
    closing them follows ("X said it had received “...,” spokesman Y said": Y's tag is
    nearer than X's verb, though Y's verb is further): a subject that can speak, right
    after a comma or a question's mark, its verb near."""
    tag = (end <= att.subject_start < att.verb_start and att.verb_start - end <= CLOSING_TAG_CHARS and someone(att.subject)
           and _NO_TAG_OPENER.match(att.subject) is None
           and (gap := _CLOSING_MARKS.fullmatch(idx.text, end, att.subject_start)) is not None
           and (gap.group(1) is not None or idx.text[end - 1 : end] in (",", "?", "!")))
    after = att.subject_start if tag else att.verb_start
    return max(after - end, start - att.verb_end, 0)


def _outer_speaker(idx: SourceIndex, span: Span) -> frozenset[str]:
    """The name keys of whoever speaks the quotation around a nested one."""
    region = next((r for r in idx.regions if r[0] <= span.start < r[1] and r[0] < span.start - 2), None)
    if region is None:
        return frozenset()
    k, last = idx.sentence_of(region[0]), idx.sentence_of(max(region[0], region[1] - 1))
    outer = [att for j in range(k, last + 1) for att in attributions(idx, j) if not region[0] <= att.verb_start < region[1]]
    if not outer:
        return frozenset()
    att = _nearest(idx, outer, *region)
    found = speaker_of(idx, att)
    return frozenset(name_keys(found[1])) if found else frozenset()


def _opens_with_quote(idx: SourceIndex, k: int) -> bool:
    """Whether sentence `k` opens with a quotation, or with a few words of narration that
    name no one before a colon ("Then, after a silence: “...”")."""
    start, end = idx.sentence_span(k)
    # (after a dateline opening it: "ABUJA, 30 November 2017 - “Today's attack ...")
    start = next((e for s, e in datelines(idx) if s <= start < e or (start <= s < end and not idx.text[start:s].strip())), start)
    # (after the time a list of updates sets before each post: "03:41 – “Fire at a hotel ...”")
    start = label.end() if (label := TIME_LABEL.match(idx.text, start, end)) else start
    first = start + len(idx.text[start:]) - len(idx.text[start:].lstrip())
    # (past every opening mark: "‘‘The next minute ..." doubles its single quotes)
    marks = re.match(r"[\u2018\u201c\u00ab\u201e\"']*", idx.text[first:])
    if idx.quoted(first + max(1, marks.end() if marks else 0)):
        return True
    lead = re.match(r"\s*([^\u201c\u201d\u201e\u00ab\"]{1,60}):\s*[\u201c\u201e\u00ab\"]", idx.text[start:end])
    return lead is not None and len(lead.group(1).split()) <= 6 and not any(a < start + lead.end() for a, _, _ in idx.mentions[k])


# A sentence that points back at the quotation before it: "That was how X described it",
# "Those were the words of X", "So said X".
# (not "Those responsible for the blaze will be held to account, X says": a new sentence)
_POINTS_BACK = re.compile(r"\s*(?:(?:that|this|those|these|such)\s+(?:was|were|is|are)\b|so\s)", re.I)


# "Those were the words of X, who ...", "The heartbreaking words came from X", "That was the
# tribute from X": the one named or described after it said them.
_SAYING = r"(?:[a-z][\w-]*\s+)?(?:words|remarks|account|verdict|assessment|tribute|message|plea|appeal|comments?)"
_WORDS_OF = re.compile(
    rf"\s*(?:(?:that|this|those|these|such)\s+(?:was|were|is|are)\s+(?:the\s+)?{_SAYING}\s+(?:of|from)"
    rf"|the\s+{_SAYING}\s+(?:was|were|are|is)\s+(?:those|these)\s+of|the\s+{_SAYING}\s+came\s+from"
    r"|(?:he|she|it)\s+(?:was|is)\s+the\s+voice\s+of)\s+", re.I)
# What may stand before the name it points to: a role in lower case or an abbreviated title
# ("family friend X", "neighbour X", "Md. X")
_ROLE_BEFORE = re.compile(r"(?:(?!(?:of|from|for|to|by|with|in|at|on)\s)(?:[a-z][\w'\u2019-]*|[A-Z][a-z]{0,3}\.)\s+){0,3}")


# "With those words, X opened a vigil": the name opening the clause after says them.
_WITH_THOSE_WORDS = re.compile(r"\s*(?:with|in)\s+(?:those|these|this|that|such)\s+(?:words|remarks|comments|terms)\s*,\s*", re.I)


# A press release's title naming whose statement it is: "Statement by Mohamed Malick Fall,
# UNICEF Representative, on ...", "Statement of the Attorney General on Shooting in Arizona"
_STATEMENT_TITLE = re.compile(r"(?:Joint )?(?:Statement|Remarks|Message)\s+(?:by|of|from)\s+(?:the\s+)?([^,\n]{3,80}?)(?:,|\s+on\s|\s*$)", re.M)
STATEMENT_TITLE_LINES = 5  # lines from the top a statement's title may stand at, below the site's header


def _statement_by(idx: SourceIndex, span: Span) -> list[Attribution]:
    """A quotation with no verb anywhere near it on a page titled as someone's statement:
    theirs (a press release prints the statement itself, quotation marks and all)."""
    if ("statement title",) not in idx.memo:  # (read once per article, not once per quotation)
        head = "\n".join(idx.text.lstrip().splitlines()[:STATEMENT_TITLE_LINES])
        title = _STATEMENT_TITLE.search(head)
        idx.memo[("statement title",)] = (idx.text.find(title.group(1)), title.group(1)) if title else None
    found = idx.memo[("statement title",)]
    if found is None or found[0] >= span.start:
        return []
    at, who = found
    return [Attribution(at + len(who), at + len(who), who, at)]


# A signature after a quotation: "—Benoit De Gryse, Doctors Without Borders country representative"
_SIGNATURE = re.compile(r"\s*[\u2014\u2013-]\s*((?:[A-Z][\w.'\u2019-]*\s+){1,3}[A-Z][\w.'\u2019-]*)\s*(?:,|$)", re.M)


def _speaker_after(idx: SourceIndex, last: int) -> list[Attribution]:
    """The reporting verbs of the sentence after a quotation when it points back at it
    ("“...” That was how Leyla Aziz, a teacher, described the moment."), or the name it
    opens with after pointing back ("With those words, X opened a vigil")."""
    if last + 1 >= len(idx.sent_starts):
        return []
    start, _ = idx.sentence_span(last + 1)
    if signed := _SIGNATURE.match(idx.text, start):
        return [Attribution(signed.end(1), signed.end(1), signed.group(1), signed.start(1))]
    if talking := _talking_after(idx, start):
        return talking
    if (spoke := _SPOKE_FROM.match(idx.text, start)) and is_proper_name(spoke.group(1)) and any(at == spoke.start(1) for at, _, _ in idx.mentions[last + 1]):
        return [Attribution(spoke.start(2), spoke.end(2), spoke.group(1), spoke.start(1))]
    # (or the name opening that paragraph, when its next sentence says "He spoke to ... from ...":
    # "X is 23 and comes from Domoni. He spoke to the Chronicle on Sunday in the courtyard ...")
    first = _opening_name(idx, last + 1)
    if first and is_proper_name(first[1]) and " " in first[1] and last + 2 < len(idx.sent_starts):
        after = idx.sentence_span(last + 2)[0]
        if "\n" not in idx.text[start:after] and (he := _SPOKE_FROM.match(idx.text, after)) and he.group(1) in ("He", "She"):
            return [Attribution(he.start(2), he.end(2), first[1], first[0])]
    # (or the name opening the sentence after, when it says the name spoke as the words were said:
    # "“...”\n\nX, his cousin, had to stop twice as she spoke to more than 300 people")
    if first and is_proper_name(first[1]) and " " in first[1] and _AS_THEY_SPOKE.search(idx.text, first[0] + len(first[1]), idx.sentence_span(last + 1)[1]):
        return [Attribution(first[0] + len(first[1]), first[0] + len(first[1]), first[1], first[0])]
    for pointer in (_WORDS_OF, _WITH_THOSE_WORDS):  # the name right after "Those were the words of", "With those words,"
        if not (words := pointer.match(idx.text, start)):
            continue
        role = _ROLE_BEFORE.match(idx.text, words.end()) if pointer is _WORDS_OF else None
        reach = role.end() if role else words.end()  # (the last name starting within it: "Md. X" is X)
        if named := next(((at, run) for at, _, run in reversed(idx.mentions[last + 1]) if words.end() <= at <= reach), None):
            return [Attribution(named[0] + len(named[1]), named[0] + len(named[1]), named[1], named[0])]
        # (or the one it describes: "Those were the words of a long-time friend of Mr X, who ...")
        described = re.match(r"[^,.;:\n]{3,80}?(?=\s+of\s|[,.;:\n])", idx.text[words.end() :])
        if pointer is _WORDS_OF and described and describes_person(described.group()):
            return [Attribution(words.end(), words.end(), described.group(), words.end())]
    return attributions(idx, last + 1) if _POINTS_BACK.match(idx.text, start) else []


# A name that spoke as the words before were said: "X, his cousin, had to stop twice as she spoke"
_AS_THEY_SPOKE = re.compile(r"\b(?:as|when|while)\s+(?:he|she)\s+(?:spoke|speaks|addressed|told)\b")


# "“...” That was a senior officer talking", "That was X, 41, a friend, speaking on Monday":
# the one the pointer names spoke the words.
_TALKING = re.compile(r"[\u201d\u2019\"'\u00bb]?\s*(?:that|this)\s+(?:was|is)\s+((?:[\w.'\u2019-]+\s+){0,5}?[\w.'\u2019-]+)"
                      r"(?:,[^.;\n\u201c\u201d\"]{1,100}?,)?\s+(?P<verb>talking|speaking)\b", re.I)


def _talking_after(idx: SourceIndex, end: int) -> list[Attribution]:
    """The speaker "That was X talking" names right after the words ending at `end`
    (inside a quotation too: "“They told me, ‘...’ That was a senior officer talking,” the
    diplomat said")."""
    m = _TALKING.match(idx.text, end)
    if m is None or not someone(m.group(1)):
        return []
    return [Attribution(m.start("verb"), m.end("verb"), m.group(1), m.start(1))]


# "“...”\n\nDiallo spoke from a bench outside the hospital.": a name opening the sentence after
# an untagged quotation, then how or where the interview took place, names its speaker.
# Heuristic: "spoke at" (an event) is left out, a new speaker's occasion more often than not.
_SPOKE_FROM = re.compile(r"\s*([^\W\d_][\w.'\u2019-]*(?:\s+[^\W\d_][\w.'\u2019-]*){0,3}?)\s+(spoke|was\s+speaking|were\s+speaking|talked)"
                         r"\s+(?:from|by|over|via|through|on\s+condition|to\s+(?:reporters|journalists|us|me|the)\b)")


_SAYS = re.compile(r"said|says|told|tells|added|adds|explained|explains|recalled|recalls|wrote|writes|stated|insisted|noted|warned"
                   r"|asked|asks|replied|replies|answered|responded|shouted|exclaimed", re.I)


def _opening_name(idx: SourceIndex, j: int) -> tuple[int, str] | None:
    """The name sentence `j` opens with, and where, if it opens with one."""
    start = idx.sentence_span(j)[0]
    return next(((at, run) for at, _, run in idx.mentions[j] if not idx.text[start:at].strip()), None)


def _named_next(idx: SourceIndex, last: int) -> list[Attribution]:
    """A quotation standing as its own sentence, and in its paragraph the next sentence
    opens with a name whose verb reports ("“...” Juan Quilaqueo, president of the
    truckers' association, said his members would ..."): the name said it, as wire copy
    writes it, rather than whoever the paragraph before quoted."""
    if last + 1 >= len(idx.sent_starts) or "\n" in idx.text[idx.sentence_span(last)[1] - 1 : idx.sentence_span(last + 1)[0]]:
        return []
    first = _opening_name(idx, last + 1)
    atts = attributions(idx, last + 1)
    if first is None or not is_proper_name(first[1]) or not atts or atts[0].subject_start > first[0] + len(first[1]):
        return []
    if not _SAYS.fullmatch(idx.text[atts[0].verb_start : atts[0].verb_end]):
        return []  # ("“...” President X ordered an investigation": a deed, no one's words)
    return atts[:1] if atts[0].subject_start >= first[0] else []


def _recent_source(idx: SourceIndex, k: int) -> list[Attribution]:
    """The reporting verbs of the sentence just before `k` (in its paragraph or the one
    before), for words quoted inside narration that names no speaker: "..., the news
    release said. As officers arrived, the shooter “immediately opened fire”". Heuristic:
    reported speech runs on from its source for a sentence."""
    if k == 0 or idx.mentions[k]:  # a name in the sentence: see whether it stands next to the words
        return []
    start, end = idx.sentence_span(k - 1)
    if idx.text.count("\n\n", start, idx.sentence_span(k)[0]) > 1 or idx.text[start:end].rstrip()[-1:] not in ".!?\"\u201d":
        return []  # too far, or no sentence of prose (a headline)
    return _speech(idx, k - 1)


def _speech(idx: SourceIndex, k: int) -> list[Attribution]:
    """The attributions of sentence `k` that report speech: "according to X" sources a
    figure, and no quotation runs on from it, unless it opens one ("According to a
    resident, X, “the bandits came ...”")."""
    start, end = idx.sentence_span(k)
    return [att for att in attributions(idx, k)
            if (not according_to(idx, att) or any(att.verb_end <= a < end for a, _ in idx.regions))
            and not (_INTERRUPTED.search(idx.text, start, att.verb_start) and idx.text.startswith(",", att.verb_end))]


# A reporting clause set in the middle of another, after its conjunction: "The police count
# three because, a spokeswoman has explained, they count ...": it vouches for that clause and
# introduces no quotation after it.
_INTERRUPTED = re.compile(r"\b(?:because|that|since|although|though|if|when|while|so|but)\s*,[^,;:\u201c\u201d\"]{1,60}$", re.I)


QUOTE_PARAGRAPHS = 4  # paragraphs a quotation of several may run on before it closes


def _speaker_where_closed(idx: SourceIndex, span: Span) -> list[Attribution]:
    """For a paragraph of a quotation of several (each paragraph opens with a quotation
    mark, only the last one closes): the reporting verbs after the close ("“...\n\n“...,”
    Shishia said.")."""
    run = [r for r in idx.regions if r[1] > span.start][: QUOTE_PARAGRAPHS + 1]
    if not run:
        return []
    reopened = (end for (_, end), (nxt, _) in zip(run, run[1:], strict=False) if not _reopens(idx, end, nxt))
    closed = next(reopened, run[-1][1])
    if closed == run[0][1]:
        return []  # a quotation of one paragraph: nothing runs on
    last = idx.sentence_of(closed - 1)
    return attributions(idx, last) or _speaker_after(idx, last)


def _reopens(idx: SourceIndex, end: int, nxt: int) -> bool:
    """Whether the quotation ending its paragraph at `end` goes on in the one opening at
    `nxt`: only a paragraph break between, or page furniture too (a caption and its credit
    set between two paragraphs of one quotation)."""
    between = idx.text[end:nxt]
    if _PARAGRAPH_REOPENS.fullmatch(between):
        return True
    lines = [(end + m.start(), m.group()) for m in re.finditer(r"[^\n]+", between) if m.group().strip()]
    return len(lines) > 1 and re.fullmatch(r"\s*[\u201c\"\u00ab\u201e]", lines[-1][1]) is not None and all(
        furniture_at(idx, at + len(line) - len(line.lstrip())) for at, line in lines[:-1])


# Between two paragraphs of one quotation: the break and the next paragraph's opening mark.
# (a paragraph that closes its quotation is a quotation of its own)
_PARAGRAPH_REOPENS = re.compile(r"\s*\n[ \t]*\n?[ \t]*[\u201c\"\u00ab\u201e]")


# A finite verb: a sentence that says something of the one it introduces.
_FINITE_VERB = re.compile(r"\b(?:was|were|is|are|has|had|have|[a-z]{3,}ed)\b")


# A sentence's subject and where it spoke, its verb any: "A spokesperson for X, in a
# statement, extended their condolences ...", "The club in a post on Instagram thanked ..."
_SPOKE_IN = re.compile(r"\s*(?P<who>[A-Z][^,;:\u201c\u201d\"\n]{2,80}?),?\s+in\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+)?"
                       r"(?:statement|post|message|video|interview|letter|tweet|release|briefing|broadcast|address|speech)\b")


def _introduced_before(idx: SourceIndex, k: int) -> list[Attribution]:
    """A paragraph of quotation with no verb of speech right after a sentence that introduces
    someone by a description ("Cafe employee and eyewitness X was working nearby when the
    attack began." then "“I saw ...”"), or says where its subject spoke ("X, in a statement,
    extended condolences ..."): that one's words. Heuristic, as news writing
    introduces a speaker: the last name before the sentence's first verb, with a person's
    noun before it or in apposition after it; never someone the sentence reports harmed,
    held or accused, whose words these would rarely be."""
    if k == 0:
        return []
    start, end = idx.sentence_span(k - 1)
    sentence = idx.text[start:end].rstrip()
    between = idx.text[start + len(sentence) : idx.sentence_span(k)[0]]
    if "\n" not in between or between.count("\n\n") > 1 or all_quoted(idx, k - 1) or HARMED.search(sentence):
        return []
    if not sentence.endswith(".") or idx.regions and any(start <= a < end for a, _ in idx.regions):
        return []
    if (spoke := _SPOKE_IN.match(sentence)) and (someone(spoke.group("who")) or someone(_HEAD_END.sub("", spoke.group("who")))):  # "A spokesperson for X, in a statement, extended condolences ..."
        return [Attribution(start + spoke.end("who"), start + spoke.end("who"), spoke.group("who"), start + spoke.start("who"))]
    verb = _FINITE_VERB.search(sentence)
    names = [(at, run) for at, _, run in idx.mentions[k - 1] if verb is None or at < start + verb.start()]
    if not names or in_furniture(idx, names[-1][0]):
        return []
    at, run = names[-1]
    described_before = describes_person(" ".join(re.findall(r"[\w-]+", idx.text[start:at])[-2:]))
    apposition = re.match(r",\s*(?:an?|the)\s+([^,]{1,60}),", idx.text[at + len(run) : end])
    if not (described_before or (apposition and describes_person(apposition.group(1)))):
        return []
    return [Attribution(at + len(run), at + len(run), run, at)]


def _introduced_by_colon(idx: SourceIndex, span: Span) -> list[Attribution]:
    """A quotation right after a clause that ends in a colon and has no verb of speech
    ("Senator X, a Louisiana Republican: “...”", "X singled out Iran in his speech: “...”",
    "X, on the other hand, backed the president:" over a block quotation): the words of
    the name that opens the clause, before its first verb. Never a place ("In Kabul:"),
    never someone the clause reports harmed. Heuristic: a colon after narration introduces
    the words of its subject."""
    colon = re.search(r":[ \t]*(?:\n[ \t]*){0,2}[\u201c\"\u2018\u00ab\u201e']?$", idx.text[max(0, span.start - 400) : span.start])
    if colon is None:
        return []
    at_colon = span.start - len(colon.group())
    if idx.quoted(at_colon):
        return []
    j = idx.sentence_of(at_colon)
    start = idx.sentence_span(j)[0]
    if lead := re.match(r"\s*(?:From|In|At|On|For|By|With|Of|To|Under|After|Before|During|Since)\b[^,:]*(,\s*)?", idx.text[start:at_colon]):
        if not lead.group(1):
            return []  # a label ("From the series X in 2013:"), not a subject
        start += lead.end()  # "After the attack, Mayor X spoke to the crowd:"
    clause = idx.text[start:at_colon]
    if _EXCERPT_LABEL.fullmatch(clause.strip()) and j and "\n\n" not in idx.text[idx.sentence_span(j - 1)[1] : start]:
        return _speech(idx, j - 1)  # "X says ..., adding that .... Excerpts:": the words of the sentence before
    if HARMED.search(clause) or "\n" in clause.strip() or attributions(idx, j):
        return []  # (a clause with a verb of speech, "X wrote:", is read as such)
    if len(words := clause.split()) < 2 and not any(len(run.split()) > 1 and run.split()[-1] == words[0] and not names_organisation(run)
                                                    for ms in idx.mentions for _, _, run in ms):
        return []  # a one-word label ("Quote:", "Defense:"), unless the surname of someone named in full ("Musumeci:")
    if owned := OWNED_WORDS.search(clause):  # "The minister's message to the kgotla was blunt:"
        return [Attribution(at_colon, at_colon + 1, owned.group("owner"), start + owned.start("owner"))]
    verb = _FINITE_VERB.search(clause)
    names = [(at, run) for at, end, run in idx.mentions[j] if start <= at < (start + verb.start() if verb else at_colon)
             and is_named(run) and not qualifies(idx, (at, end, run)) and not VERB_FORM.fullmatch(run)
             and not in_furniture(idx, at) and not used_as_place(idx, Span(start=at, end=at + len(run)))]
    # (an owner names someone else: "X's older brother, Y, on the veranda:" is Y; so does a
    # title's place: "Then the mayor of Kitwe, Elias Nkole, arrived at the scene:" is Nkole,
    # "the lawmaker for Tarmu, Dr. Y, turned to the minister:" is Y; and a place where it was
    # said: "At a news conference held in Gimpo, X, the airline's chief, apologised:" is X)
    names = [(at, run) for at, run in names if not possessive_owner(idx, at, run)
             and not re.search(r"(?:\b(?:of|for|from|para|de|del|du|des|di|da|do|dos|della|in|at|au|aux|en|dans|em|nel|nella)|\s\u00e0)\s+(?:(?:the|el|la|le|il|o|a)\s+)?$",
                               idx.text[max(0, at - 12) : at])] or names
    if not names:
        return []
    at, run = names[0]
    # (a title alone names no one when the name follows in apposition: "The Minister of Justice, X, speaking to reporters:")
    if len(names) > 1 and strip_title(run) is None and any(is_title_word(w) for w in run.split()) and re.fullmatch(r",\s*", idx.text[at + len(run) : names[1][0]]):
        at, run = names[1]
    elif verb is None and (whole := _LABEL_NAME.match(idx.text, at, at_colon)) and len(whole.group()) > len(run):
        run = whole.group()  # a label with no verb names one body in words the mentions split: "09:40 – Fire and Rescue Department:"
    return [Attribution(at_colon, at_colon + 1, run, at)]


# Capitalised words and the small words between them that make one name: "Fire and Rescue Department"
_LABEL_NAME = re.compile(r"[A-Z][\w'\u2019.-]*(?:\s+(?:(?:and|of|for|the|de|del|des|du|la|le|di)\s+)*[A-Z][\w'\u2019.-]*)*")


# A label that hands on to the quotation the words reported just before it: "Excerpts:"
_EXCERPT_LABEL = re.compile(r"(?i:excerpts?|extracts?|quote|in full|full text|text|transcript)")
_COLON_OPENING = re.compile(r":\s*[\u201c\"\u2018\u00ab\u201e']")  # a colon, then a quotation's opening mark
# A heading line of a label and the quotation it gives: "Mayor X: ‘We will rebuild’"
_LABELLED_HEADING = re.compile(r"\s*([^:\n\u201c\u201d\"\u2018\u2019]{2,60}):\s*[\u201c\"\u2018\u00ab\u201e'][^\n]{1,120}[\u201d\"\u2019\u00bb']\s*")
NARRATION_PASSED = 1  # sentences of narration between a speaker's quotations in one paragraph


def _speaker_before(idx: SourceIndex, k: int) -> list[Attribution]:
    """The reporting verbs of the nearest sentence before `k` that has any, passing only
    over sentences that are quotation and nothing else (the earlier paragraphs of one
    quotation, up to QUOTED_SENTENCES), a paragraph a quotation left open runs through,
    and page furniture, and a sentence of narration that names no one in the quotation's own
    paragraph ("“...,” says Mulwa. But the shot was followed by a second. “...”": a
    paragraph holds one speaker's words; up to NARRATION_PASSED of them); [] when another
    kind of sentence comes first."""
    passed = 0
    for j in range(k - 1, max(-1, k - 1 - QUOTED_SENTENCES), -1):
        start, end = idx.sentence_span(j)
        letters = [start + m.start() for m in re.finditer(r"\w", idx.text[start:end])]
        # (a sentence that runs from a furniture line into prose is prose)
        furniture = furniture_at(idx, letters[0]) if letters and furniture_at(idx, letters[-1]) else None
        if furniture in HEADINGS:
            return []  # after a heading, a list's items: "Related Coverage", then a headline in quotes
        same_paragraph = "\n" not in idx.text[start : idx.sentence_span(k)[0]]
        if passed and not same_paragraph:
            return []  # (narration passed over: the speaker must be in the quotation's paragraph)
        if furniture is None and (found := _speech(idx, j)):
            return [answer] if same_paragraph and (answer := _asked(idx, found[-1])) else found
        if same_paragraph and passed < NARRATION_PASSED and not idx.mentions[j] and not all_quoted(idx, j):
            passed += 1
            continue
        if letters and furniture is None and not all_quoted(idx, j) and not _left_open(idx, start):
            # (a clause ending in a colon that introduced the quotation's first paragraph:
            # "Name, the village head:" over a quotation of several paragraphs)
            colon = start + len(idx.text[start:end].rstrip()) - 1
            opening = _COLON_OPENING.match(idx.text, colon)
            # (or a heading that quotes its speaker under a label, "Mayor X: ‘We will rebuild’", over
            # a live page's entry of her words: a line of its own whose quotation runs to its end)
            heading = _LABELLED_HEADING.fullmatch(idx.text, start, end)
            if opening is None and heading and "\n" not in idx.text[start:end].strip():
                opening = _COLON_OPENING.match(idx.text, heading.end(1))
            # (or a sentence that introduced its first paragraph: "His mother, X, spoke slowly.")
            if opening:
                return _introduced_by_colon(idx, Span(start=opening.end(), end=opening.end() + 1))
            return ((_introduced_before(idx, j + 1) if j + 1 < k else []) or _narrated(idx, j, j + 1) or _across_narration(idx, j, k)
                    or _paraphrased_before(idx, j, k))
    return []


# The one a question was put to: "I asked him whether ...", "She asked the guard why ..."
_ASKED_WHOM = re.compile(r"\s+(him|her|them|(?:the\s+)?[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,2}|the\s+[a-z]+)\s+(?:whether|if|why|how|what|when|where|who)\b")


def _asked(idx: SourceIndex, att: Attribution) -> Attribution | None:
    """ "I asked him whether he thought ... . He shook his head. ‘...’": untagged words in the
    paragraph of a question put to someone are the answer, theirs, not the asker's."""
    if idx.text[att.verb_start : att.verb_end].casefold() != "asked" or not (whom := _ASKED_WHOM.match(idx.text, att.verb_end)):
        return None
    return Attribution(att.verb_start, att.verb_end, whom.group(1), whom.start(1))


NARRATION_SENTENCES = 2  # sentences of a paragraph of narration an untagged quotation's speaker is looked for across


def _across_narration(idx: SourceIndex, j: int, k: int) -> list[Attribution]:
    """ "“...,” he said.\n\nThe truck was carrying fish, according to the coast guard.\n\n“The
    trucks ...”": an untagged quotation after one short paragraph of narration (ending at
    sentence `j`) that reports no one's speech and names no one who could speak goes on
    with the tag of the quotation that closes the paragraph before it. Heuristic: the
    narration explains the speaker's words; a paragraph naming a person hands them on."""
    para = idx.text.rfind("\n", 0, idx.sentence_span(j)[0]) + 1
    first = idx.sentence_of(para)
    if not _quotation_only(idx, k):
        return []
    if first == 0 or j - first >= NARRATION_SENTENCES or idx.text.count("\n\n", idx.sentence_span(j)[1] - 1, idx.sentence_span(k)[0]) > 1:
        return []
    if not all(_plain(idx, i) for i in range(first, j + 1)):
        return []
    start, end = idx.sentence_span(first - 1)
    if idx.text.count("\n\n", start, para) > 1 or in_furniture(idx, start) or not any(start <= a < end for a, _ in idx.regions):
        return []
    return _speech(idx, first - 1)


def _plain(idx: SourceIndex, i: int) -> bool:
    """Whether sentence `i` is plain narration: no quotation, no speech reported, no one
    named who could speak."""
    start, end = idx.sentence_span(i)
    return not (_speech(idx, i) or any(start <= a < end for a, _ in idx.regions) or any(names_a_person(idx, m) for m in idx.mentions[i]))


def _quotation_only(idx: SourceIndex, k: int) -> bool:
    """Whether the paragraph from sentence `k` on is quotation and nothing else (not one
    going on to name its speaker: "“...” The woman who said this, X, ...")."""
    closing = idx.text.find("\n", idx.sentence_span(k)[0])
    closing = len(idx.text) if closing < 0 else closing
    return all(all_quoted(idx, i) for i in range(k, idx.sentence_of(max(idx.sentence_span(k)[0], closing - 1)) + 1))


def _paraphrased_before(idx: SourceIndex, j: int, k: int) -> list[Attribution]:
    """ "He said the hospitals are assessing resources. This is likely to include ...\n\n“We
    will be able to ...”": an untagged paragraph of quotation after a paragraph (ending at
    sentence `j`) that opens by reporting someone's speech, without quoting, and goes on for
    up to NARRATION_SENTENCES sentences that report no other speech and name no one who
    could speak: the words of the one it opened with. Heuristic: what follows a
    paraphrase in its paragraph goes on paraphrasing."""
    para = idx.text.rfind("\n", 0, idx.sentence_span(j)[0]) + 1
    first = idx.sentence_of(para)
    if not _quotation_only(idx, k) or first == j or j - first > NARRATION_SENTENCES or idx.text.count("\n\n", idx.sentence_span(j)[1] - 1, idx.sentence_span(k)[0]) > 1:
        return []
    start, end = idx.sentence_span(first)
    if any(start <= a < end for a, _ in idx.regions) or not all(_plain(idx, i) for i in range(first + 1, j + 1)):
        return []
    return _speech(idx, first)


# "His younger brother ... learned of it from a cousin. He had spoken to him hours before."
# then "‘He messaged me ...’": a quotation in the first person after narration whose last
# sentence opens with "he" or "she" is that one's words, as features write them.
# Heuristic: one person narrated, then heard; never a sentence of speech ("He said ..."),
# nor one that harms its subject ("He was shot at the gate." then a witness's words).
_OPENS_WITH_PRONOUN = re.compile(r"\s*(He|She)\s+(?:had\s+|has\s+|was\s+|is\s+)?[a-z]+")
_FIRST_PERSON = re.compile(r"\b(?:I|me|my|we|us|our)\b")


def _narrated(idx: SourceIndex, j: int, k: int) -> list[Attribution]:
    start, end = idx.sentence_span(j)
    if not (m := _OPENS_WITH_PRONOUN.match(idx.text, start)) or not idx.text[start:end].rstrip().endswith("."):
        return []
    if attributions(idx, j) or HARMED.search(idx.text, start, end) or idx.text.count("\n\n", end, idx.sentence_span(k)[0]) > 1 or (
            not _FIRST_PERSON.search(idx.text, *idx.sentence_span(k))):
        return []
    # ("His younger brother, who lives nearby, learned of it. He had ...": the description
    # the sentence before opens with, in the paragraph, is who "he" is)
    before = idx.sentence_span(j - 1) if j else None
    if before and "\n" not in idx.text[before[0] : start] and (lead := _DESCRIBED_LEAD.match(idx.text, before[0])) and describes_person(lead.group(1)):
        return [Attribution(start + m.end(1), start + m.end(1), lead.group(1), before[0] + lead.start(1))]
    return [Attribution(start + m.end(1), start + m.end(1), m.group(1), start + m.start(1))]


_DESCRIBED_LEAD = re.compile(r"\s*((?:His|Her|Their|The|A|An)\s+(?:[\w'\u2019-]+\s+){0,3}?[\w'\u2019-]+)(?=,|\s+(?:who|had|has|was|is|[a-z]+ed)\b)")


def _left_open(idx: SourceIndex, start: int) -> bool:
    """Whether the paragraph at `start` has no quotation mark and follows a paragraph whose
    last mark opens a quotation that never closes: the quotation runs on through it, its
    opening mark dropped ("“So the police engaged them ...\n\nThey killed people ...\n\n“In those
    stalls ..."). Heuristic: a writer's slip news copy often makes."""
    para_start = idx.text.rfind("\n", 0, start) + 1
    para_end = idx.text.find("\n", start)
    para_end = len(idx.text) if para_end < 0 else para_end
    if DOUBLE_MARKS.search(idx.text, para_start, para_end):
        return False
    before = idx.text[: para_start].rstrip()
    previous = before[before.rfind("\n") + 1 :]
    marks = DOUBLE_MARKS.findall(previous)
    return bool(marks) and marks[-1] in "\u201c\u00ab\u201e"


def speaker_check(idx: SourceIndex, st: Statement, quote: Found, groups: AliasGroups) -> Found:
    """Is it really a quote, and really this speaker's? One verdict for both, because
    both ask whether the article presents these words as this speaker's speech."""
    who = f"'{st.speaker}'"
    if not quote.spans:
        return Found(Status.unattributed, reasons=("the quote is not in the article, so its speaker cannot be checked",))
    reasons: list[str] = []
    statuses = [Status.exact]
    if st.kind != "paraphrase" and not all(idx.inside_quotes(s) for s in quote.spans):
        statuses.append(Status.not_quoted)
        reasons.append("not inside quotation marks in the article: narration presented as a quote")
    claimed = st.speaker.strip().casefold()
    claimed = PRONOUN_IN_ENGLISH.get(claimed, claimed)  # a page in another language: "il", "ella"
    forms = speaker_forms(idx, (st.speaker, st.speaker_canonical), groups)
    found = _attribution_check(idx, quote.spans[0], forms, who, pronoun=claimed if claimed in PRONOUNS else None)
    statuses.append(found.status)
    reasons.extend(found.reasons)
    return Found(worst(statuses), found.spans, reasons=tuple(reasons))



# Heuristic: who gave a figure is the name before any description added to it
# ("Iraqi officials (interior ministry)", "Reuters, citing a medical source", "the
# state government: 17, up from 11"); parts after a semicolon name further sources
# ("the prosecutor: 12; the mayor: 11"), unless the part opens with a figure ("; 52 wounded").
_SOURCE_END = re.compile(r"\s*[(:,]")


def figure_sources(reported_by: str | None) -> list[str]:
    """The sources a count's `reported_by` names, in order."""
    names = (_SOURCE_END.split(part.strip(), maxsplit=1)[0].strip() for part in (reported_by or "").split(";"))
    return list(dict.fromkeys(n for n in names if name_keys(n) and not n[0].isdigit()))


def source_check(idx: SourceIndex, figure: Found, reported_by: str, groups: AliasGroups) -> Found:
    """Whether the article gives the figure at `figure`'s spans as the words of each
    source `reported_by` names: a reporting verb of the figure's sentence ("X said",
    "according to X", "X told reporters") whose subject names the source, as for a
    quotation, but a name written nearby with no verb is no source: "Five people were
    killed. Police said the gunmen fled" does not make the figure the police's."""
    if not figure.spans:
        return Found(Status.unattributed, reasons=("the figure is not in the article, so who gave it cannot be checked",))
    found: list[Found] = []
    for name in figure_sources(reported_by) or [reported_by]:
        forms = speaker_forms(idx, (name,), groups)
        checks = [_attribution_check(idx, span, forms, f"'{name}'", nearby=False) for span in figure.spans]
        found.append(next((f for f in checks if f.status.grounded), checks[0]))
    status = worst([f.status for f in found])
    return Found(status, tuple(s for f in found for s in f.spans), reasons=tuple(r for f in found for r in f.reasons))
