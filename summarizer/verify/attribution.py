"""Attribution: whether the article presents a quote as this speaker's words.

Who the article presents as saying the words (`speaker_candidates`): a transcript's
label, the reporting verbs of their sentence, a verb inside an outer quotation, or for
words with no verb of their own what `untagged` finds; whether one of them is the claimed
speaker as `forms` may write them (`speaker_check`); and whether a figure's source is.
"""

from __future__ import annotations

import re

from ..names import AliasGroups, is_proper_name, name_keys
from ..page import HEADLINE_WORDS
from ..schema import Span, Statement, Status, worst
from ..text import SourceIndex, fold, quote_regions, region_at
from .forms import SpeakerForm, form_hits, matches_forms, speaker_forms
from .nested import according_to, nested_attribution, read_for, relayer, relays
from .places import used_as_place
from .quotes import Found
from .referents import (
    furniture_at,
    in_furniture,
    other_sex,
    speaker_of,
    speaks_for,
)
from .reporting import attributions, someone
from .untagged import (
    continued_after_colon,
    continues_quotation,
    embedded_post,
    introduced_before,
    introduced_by_colon,
    named_next,
    opens_with_quote,
    recent_source,
    speaker_after,
    speaker_before,
    speaker_where_closed,
    speech_in,
    statement_by,
    talking_after,
)
from .vocabulary import (
    CONTRAST,
    ISSUED,
    NAMING_VERBS,
    PRONOUN_IN_ENGLISH,
    PRONOUNS,
    RECORDS,
    Attribution,
    description_head,
    is_named,
    last_word,
    names_organisation,
)


def _attribution_check(idx: SourceIndex, span: Span, forms: list[SpeakerForm], who: str, *, nearby: bool = True, pronoun: str | None = None) -> Found:
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
        if matches_forms(label, forms) or who.strip("'").casefold() == label.casefold():
            return Found(Status.exact, where)
        if label in ANSWER_LABELS:
            for at, name in interviewees(idx):
                if matches_forms(name, forms):
                    return Found(Status.normalized, (Span(start=at, end=at + len(name)),),
                                 reasons=(f"an interview's answer ('{label}:'), and {who} is named before its questions",))
        return Found(Status.contradicted, where, reasons=(f"the transcript gives these words to '{label}', not {who}",))
    if candidates:
        att = _nearest(idx, candidates, span.start, span.end)
        resolved = speaker_of(idx, att, avoid=_outer_speaker(idx, span) if nested else frozenset())
        referred = resolved is not None and resolved[1] != att.subject
        start, subject = resolved or (att.subject_start, att.subject)
        where = (Span(start=start, end=start + len(subject)),)
        if matches_forms(subject, forms):
            return Found(Status.exact, where)
        if referred and att.subject.casefold() not in PRONOUNS and matches_forms(att.subject, forms):
            # "said the local resident": the words as the article writes them, whoever it resolves them to
            return Found(Status.exact, (Span(start=att.subject_start, end=att.subject_start + len(att.subject)),))
        if (signer := _signer_of(idx, att)) and matches_forms(signer[1], forms):
            # "In a statement signed by its spokesman, X, the group said": the group's words, X's too
            return Found(Status.normalized, (Span(start=signer[0], end=signer[0] + len(signer[1])),),
                         reasons=(f"{who} signed or read out the statement in which '{subject}' says these words",))
        if (reporter := _reporter_of_clause(idx, att, candidates)) and matches_forms(reporter.subject, forms):
            where = (Span(start=reporter.subject_start, end=reporter.subject_start + len(reporter.subject)),)
            return Found(Status.normalized, where, reasons=(f"{who} reports what '{subject}' said or ordered in these words",))
        if (closer := _closing_reporter(idx, att, candidates)) and matches_forms(closer.subject, forms):
            where = (Span(start=closer.subject_start, end=closer.subject_start + len(closer.subject)),)
            return Found(Status.normalized, where, reasons=(f"{who} reports what '{subject}' did in these words, closing the sentence",))
        if referred and pronoun is not None and _SUBJECT_FORM.get(att.subject.casefold(), att.subject.casefold()) == _SUBJECT_FORM.get(pronoun, pronoun):
            # ("he" is not matched by name above: an entity table may list "he" among anyone's forms)
            return Found(Status.normalized, where, reasons=(f"the article's '{att.subject}' is '{subject}'",))
        if resolved is not None and (owner := speaks_for(idx, start, subject)) and matches_forms(owner[1], forms):
            return Found(Status.normalized, where, reasons=(f"'{subject}' speaks for {owner[1]}",))
        if (carried := relayer(idx, att)) and matches_forms(carried[0], forms):
            # "“...,” SANA said, citing a military source": the words the claimed speaker carried
            where = (Span(start=carried[1], end=carried[1] + len(carried[0])),)
            return Found(Status.normalized, where, reasons=(f"{who} carried these words, citing '{subject}'",))
        quoted = [o for o in candidates if o.verb_end <= att.verb_start and idx.text[o.verb_start : o.verb_end].casefold() in ("quoting", "citing")
                  and idx.sentence_of(o.verb_start) == idx.sentence_of(att.verb_start) and matches_forms(o.subject, forms)]
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
    if nested and (talking := talking_after(idx, span.end)):
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
    if not candidates and (posted := embedded_post(idx, span)):
        candidates = posted
    if not candidates and opens_with_quote(idx, k):
        # A quotation with no verb of its own: its speaker named in the sentence after it,
        # or after the paragraph where a quotation of several closes; else it continues the
        # words of the speaker before it: after an attributed quote ("“...,” she said. “I
        # found my son.”"), after a paraphrase or an introduction ("She added that ...", "X
        # told our correspondent:"), and through the earlier paragraphs of a quotation of several.
        heading = _heading_speaker(idx, span)
        candidates = heading if heading is not None else (speaker_after(idx, last) or speaker_where_closed(idx, span)
                      or (named_next(idx, last) if not continues_quotation(idx, span) else []) or introduced_by_colon(idx, span)
                      or speaker_before(idx, k) or introduced_before(idx, k) or statement_by(idx, span))
    elif not candidates:
        candidates = introduced_by_colon(idx, span) or recent_source(idx, k) or continued_after_colon(idx, span)
    return None, candidates, nested is not None


# A quotation that is a heading: a line of its own, a few words ending in no punctuation
# ("‘I can’t find my son’", "‘It came down in one piece’" over a live page's entry).
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
            return _candidates(idx, Span(start=quoted[0][0], end=quoted[0][1]))[1] if quoted else speech_in(idx, j)
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
