"""Words inside other words, and words passed on.

A quotation nested in a quotation is its own speaker's ("He shouted, ‘Nobody move’"),
a statement read out is its author's ("read a statement on behalf of the family"),
words named as someone's without a verb of speech are theirs ("His answer was simple:"),
and whoever only relayed words (a paper quoting an agency, "according to X, citing Y")
is not their speaker. Heuristics of news style, each tested in tests/test_attribution.py.
"""

from __future__ import annotations

import re

from ..names import is_proper_name, name_keys
from ..text import SourceIndex
from .subjects import names_someone, someone, subject_before
from .vocabulary import (
    ACCORDING,
    ELLIPTIC,
    PARTICIPLE,
    PAST,
    PRONOUNS,
    RECORDS,
    RELATIVE_TAIL,
    REPORT_VERB,
    Attribution,
    describes_person,
    last_word,
    person_noun,
)

# "it was the authorities saying", "heard a man saying": what was perceived speaks.
# (also what was remembered or woke someone, or what a video shows: "recalled a rescuer
# shouting", "woken by neighbours banging on doors and shouting", "footage shows police
# pointing their guns over the counter, shouting", doing something else first)
PERCEIVED = re.compile(r"\b(?:heard|hear|hears|saw|see|sees|recalled|recalls|remembered|remembers|shows|showed|show|it\s+was|it\s+is"
                        r"|(?:woken|awoken|awakened|woke|greeted|startled)\s+(?:up\s+)?by)"
                        r"\s+((?:(?:the|a|an|some)\s+)?[\w'\u2019.-]+(?:\s+[\w'\u2019.-]+){0,3}?)\s+(?:[a-z]+ing\b[^.;:,\u201c\u201d\"]{0,80}?(?:(?:\s+and|,)\s+)?)?$", re.I)


OPENING_DOCUMENT = re.compile(rf"\s*((?:[Aa]n?|[Tt]he)\s+(?:[\w'\u2019-]+\s+){{0,3}}?(?:{'|'.join(sorted(RECORDS))}))\b(?!['\u2019])")
_TO_THE_WORDS = re.compile(r"(?:\s+(?:it|this|that|so))?(?:\s+(?:to\s+)?(?:(?:his|her|their|my|our|the)\s+(?:[a-z]+\s+)?[a-z]+|me|us|him|her|them|reporters|[A-Z][\w'\u2019-]*)){0,2}(?:\s+(?:very|quite|really))?(?:\s+[a-z]+ly){0,2}(?:\s+(?:last|this|that|on|earlier|every|each)\s+\w+)?(?:\s+(?:something|words|things)(?:\s+(?:about|like))?)?"
    # (and how the words come: "told our officers, and I quote: ‘...", "told our officer, in his own words, translated from Cebuano: ‘...")
    r"(?:,?\s+(?:and\s+I\s+quote|in\s+(?:his|her|their|its|my|our)\s+own\s+words|translated\s+(?:from|into)\s+[A-Z][\w-]*|word\s+for\s+word|verbatim)){0,3}"
    r"[\s,:'\u2018\u201a\"\u201c\u00ab\u201e\u2039\u00bb]*")
# Someone's words named as theirs with no verb of speech: "The skipper's last message to us was,
# ‘...’", "The minister's message to the kgotla was blunt: “...”", "His answer was simple:"
OWNED_WORDS = re.compile(
    r"(?P<owner>(?:[Tt]he\s+)?(?:[\w.-]+\s+){0,3}?[\w.-]+(?=['\u2019]s?\s)|[Hh]is|[Hh]er|[Tt]heir)(?:['\u2019]s?)?\s+"
    r"(?:(?:last|final|first|only|own|whole|main|simple|short|parting)\s+)?"
    r"(?:message|words|reply|answer|response|warning|plea|question|advice|instructions?|orders?|request|verdict)"
    r"(?:\s+(?:to|for)\s+[^,:;\u201c\u201d\"]{1,60}?)?\s+(?:was|were|is|are)(?:\s+[a-z]+)?\s*[,:]?\s*[\u2018\u201c\"'\u00ab]?$"
)
_NESTED_TRAIL = re.compile(r"(?:\s+(?:was|were|is|are|had|has|have|been|would|also|then|and|used\s+to))+\s*$", re.I)


def nested_attribution(idx: SourceIndex, start: int, *, in_sentence: bool = False) -> Attribution | None:
    """The reporting verb that introduces a quotation nested inside another (“One of
    them shouted, ‘Where is he?’ ...” de la Rosa said): the inner words belong to the
    subject of the verb right before them inside the outer quotation, not to the
    outer speaker. With `in_sentence`, the verb may stand anywhere before them in their
    sentence (a transcript's turn: "Q: The Secretary said the US would respond “...”")."""
    region = next((r for r in idx.regions if r[0] <= start < r[1]), None)
    if region is None or start - region[0] <= 2:
        return None
    if carried := read_for(idx, start, region[0]):
        return carried  # "“I will read a statement from X. ‘...’ That is all,” Y said": X's words
    from_ = max(region[0], start - 160, idx.sentence_span(idx.sentence_of(start))[0] if in_sentence else 0)
    before = idx.text[from_:start]
    if owned := OWNED_WORDS.search(before):  # "The skipper's last message to us was, ‘...’"
        return Attribution(offset := start - len(before), offset, owned.group("owner"), offset + owned.start("owner"))
    verbs = list(REPORT_VERB.finditer(before))
    # (the verb may take its hearer and a time before the words: "He told me last month, ‘...",
    # "My son shouted to his friend, ‘...", "The minister said it to me very clearly this morning: ‘...")
    if not verbs or (not in_sentence and not _TO_THE_WORDS.fullmatch(before, verbs[-1].end()) and not _SAME_CLAUSE.fullmatch(before, verbs[-1].end())):
        return _tagged_inside(idx, start, region[1])
    verb = verbs[-1]
    offset = start - len(before)
    if own := re.match(r"\s+that\s+(he|she|they|we|I)\b", before[verb.end() :]):
        # "adding that he was thinking of the ‘...’": the clause's own subject
        return Attribution(offset + verb.start(), offset + verb.end(), own.group(1), offset + verb.end() + own.start(1))
    clause = re.split(r"[.!?;:,\u201c\u201d\"]", before[: verb.start()])[-1]
    clause_start = verb.start() - len(clause)
    if not clause.strip() and verb.group().casefold() in PARTICIPLE and "," in before[: verb.start()]:
        # "One of them was crying, saying, ‘...’": the participle goes with the clause before
        # its comma, its subject the words before that clause's verb
        comma = before.rfind(",", 0, verb.start())
        clause = re.split(r"[.!?;:,\u201c\u201d\"]", before[:comma])[-1]
        clause_start = comma - len(clause)
        if there := _THERE_WAS.search(clause):
            # "... there was a tradesman standing next to his ute crying on the phone, saying": the
            # one there was, up to what he was doing
            clause, clause_start = there.group(1), clause_start + there.start(1)
        clause = (m.group(1) if (m := re.match(r"(.+?)\s+(?:was|were|is|are|kept|began|started|had\s+been)\b", clause)) else clause)
    if re.fullmatch(rf"\s*(?:{PAST}|(?:was|were|is|are)\s+[a-z]+ing)\b.*\band\s*", clause) and "," in (sentence := re.split(r"[.!?;:\u201c\u201d\"]", before[: verb.start()])[-1]):
        # "A woman, the wife of one of the miners, held my hands and said to me, ‘...’", "X, the
        # matron, was banging on the doors and shouting, ‘...’": the first verb's subject, before
        # the commas of its apposition
        clause, clause_start = sentence.split(",")[0], verb.start() - len(sentence)
    if (from_ == region[0] and clause_start == 0 and _AUXILIARIES_ONLY.fullmatch(clause)
            and (outer := subject_before(idx, idx.sentence_span(idx.sentence_of(region[0]))[0], region[0] - 1))[0] and someone(outer[0])):
        # 'The attacker “kept shouting ‘Allah Akbar’ ...,” he added': the outer words open after
        # their subject, inside its clause; the verb in them is that subject's
        return Attribution(offset + verb.start(), offset + verb.end(), *outer)
    # "People were shouting", "The man who organised the trip had told them", "He called and
    # said": the subject without its auxiliary, its relative clause or a verb before "and"
    subject = _NESTED_TRAIL.sub("", RELATIVE_TAIL.sub("", clause)).strip()
    if told := re.search(r"\b(?:told|tells|tell)\s+(?:me|us|him|her|them)\s+(?:that\s+)?(\S.*)$", subject):
        subject = told.group(1)  # "He told me the soldiers said: ‘...’": the soldiers' words, as he told them
    if (heard := PERCEIVED.search(clause)) and (names_someone(heard.group(1)) or ELLIPTIC.fullmatch(heard.group(1)) or heard.group(1).casefold() in ("him", "her", "them")):
        subject = heard.group(1)  # "I heard people shouting ‘fire, fire’", "I heard them shouting", "heard someone yelled": theirs
    elif what := re.search(r"\b(?:what|how)\s+(\S.*)$", subject):
        subject = what.group(1)  # "I will read what the boy told our officer: ‘...’": the boy's words
    elif opening := re.match(r"(?i:he|she|they|we|i)\b", subject):
        subject = opening.group()
    elif ending := re.fullmatch(r"(?i:(?:every|each|any)\s+time|whenever|now|then|sometimes|always|often)\s+(he|she|they|we|i)", subject.strip()):
        subject = ending.group(1)  # "Every time they tell us, ‘...’": the pronoun after an adverb of time
    if not name_keys(subject) and not describes_person(subject) and not ELLIPTIC.fullmatch(subject) and subject.casefold() not in PRONOUNS:
        return None  # ("They were knocking on doors and asking, ‘...’": a pronoun is a subject too)
    return Attribution(offset + verb.start(), offset + verb.end(), subject, offset + clause_start + clause.index(subject))


_THERE_WAS = re.compile(r"\bthere\s+(?:was|were|is|are)\s+((?:an?|the|some|two|three|several)\s+[\w'\u2019-]+(?:\s+[\w'\u2019-]+)??)(?=\s+[a-z]+ing\b|\s*$)", re.I)
# Nothing but auxiliaries and adverbs of going on before a verb: "kept", "was", "began", "kept on"
_AUXILIARIES_ONLY = re.compile(r"\s*(?:(?:kept|keeps|began|begins|started|starts|was|were|is|are|had|has|have|been|would|could|continued|went|on|still|just|then|also|repeatedly|constantly)\s+)*")
# Words quoted further on in the clause of a verb of speech inside a quoted passage: "the Pope
# prayed for ‘security ...’", "called on the authorities to ‘end ...’" (no sentence end, no other
# quotation, a short way). Heuristic.
_SAME_CLAUSE = re.compile(r"[^.;:!?\u201c\u201d\"\u2018\u2019]{1,80}[\u2018\u201a'\"\u201c]")
# An inverted tag closing a clause inside a quoted passage: "..., the Pope said," / "..., he added."
_INNER_TAG = re.compile(r"[^.;:!?\u201c\u201d\"]{0,160}?,\s*((?:the\s+)?[\w'\u2019.-]+(?:\s+[\w'\u2019.-]+){0,3}?)\s+(said|says|added|stated|wrote)\b")
# Someone's written words read out, released or passed on by another: "I will read a
# statement from X", "read a statement on behalf of the X family", "released a letter by X".
# The words are X's; the reader only carries them (heuristic: the issuer's phrase up to a
# comma or the sentence's end).
_READ_FOR = re.compile(
    r"\b(?:read|reads|reading|released|issued|shared|delivered)\s+(?:out\s+)?(?:a|the|this|an)\s+(?:[a-z]+\s+)?(?:statement|letter|message|tribute)"
    r"(?:\s+(?:aloud|out|on\s+camera|on\s+(?:state\s+|national\s+)?(?:television|TV|radio|air)))?"  # ("read a statement on camera on behalf of X")
    r"\s+(?:from|by|of|on\s+behalf\s+of)\s+((?:the\s+)?[^\s,.;:\u201c\u201d\"\u2018\u2019'][^,.;:\u201c\u201d\"\u2018\u2019]{1,80}?)(?=\s*[,.;:]|\s+(?:who|which|at|outside|in|on)\s)"
)
READ_FOR_CHARS = 300  # how far before the words the phrase naming whose they are may stand


def read_for(idx: SourceIndex, start: int, since: int) -> Attribution | None:
    """Whose words the quotation at `start` are when the text since `since` says they are a
    statement read out for someone ("MARQUES RIBEIRO: I will read a statement from the
    chairman, X, who is with the families. 'Today is ...'"): theirs, not the reader's."""
    lo = max(since, start - READ_FOR_CHARS)
    found = [m for m in _READ_FOR.finditer(idx.text, lo, start) if someone(m.group(1)) or person_noun(last_word(m.group(1)))]
    if not found or re.search(r"[\u201c\u201d\"\u2018\u2019']\s", idx.text[found[-1].end() : start]):
        return None  # (no other quotation between the phrase and the words)
    m = found[-1]
    # (the name set beside a title: "on behalf of the governor of the province, Amélia Mussa:")
    if (named := _APPOSED_NAME.match(idx.text, m.end(1))) and is_proper_name(named.group(1)):
        return Attribution(m.start(), m.end(), idx.text[m.start(1) : named.end(1)], m.start(1))
    return Attribution(m.start(), m.end(), m.group(1), m.start(1))


_APPOSED_NAME = re.compile(r",\s*([A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){1,3})(?=\s*[,.;:])")


def _tagged_inside(idx: SourceIndex, start: int, outer_end: int) -> Attribution | None:
    """A quotation nested in a quoted passage whose own tag follows it there (a news item
    quoted: “Around 200 people were ‘brutally killed’ in Yelwata, the Pope said, ...”): the
    inner words are the one the passage's tag names, not the passage's speaker's."""
    end = min(outer_end, idx.sentence_span(idx.sentence_of(start))[1])
    if not (m := _INNER_TAG.match(idx.text, start, end)) or not someone(m.group(1)):
        return None
    return Attribution(m.start(2), m.end(2), m.group(1), m.start(1))


def possessive_owner(idx: SourceIndex, start: int, run: str) -> bool:
    end = start + len(run)
    return run.endswith(("'s", "\u2019s")) or idx.text[end : end + 2] in ("'s", "\u2019s")


def according_to(idx: SourceIndex, att: Attribution) -> bool:
    """Whether the attribution is "according to X": a source named, no verb of speech."""
    return idx.text[att.verb_start : att.verb_end].casefold() in ACCORDING


def relayer(idx: SourceIndex, att: Attribution) -> tuple[str, int] | None:
    """Who carried the words of an attribution merged from "X said, citing Y" (the words
    are Y's): X, with where it is named; None for any other attribution."""
    span = idx.text[att.verb_start : att.verb_end]
    if not re.search(r"\b(?:citing|quoting)$", span, re.I) or not (first := REPORT_VERB.match(span)):
        return None
    # ("reported the news site X, quoting Y": the subject inverted after the verb carried them)
    if (inverted := re.fullmatch(r"\s+([^,]+?),\s*(?:citing|quoting)", span[first.end() :], re.I)) and someone(inverted.group(1)):
        return inverted.group(1), att.verb_start + first.end() + inverted.start(1)
    subject, at = subject_before(idx, idx.sentence_span(idx.sentence_of(att.verb_start))[0], att.verb_start)
    return (subject, at) if first.end() < len(span) and name_keys(subject) else None


def relays(idx: SourceIndex, att: Attribution) -> bool:
    """Whether an attribution closes its sentence as a medium's: "according to X", "X
    reported" or "as reported by X" with nothing but its subject and time words after it
    (not "according to an internal memo seen by X": a document is a source, not a medium)."""
    verb = idx.text[att.verb_start : att.verb_end].casefold()
    rest = idx.text[att.verb_end : idx.sentence_span(idx.sentence_of(att.verb_start))[1]]
    if verb in ACCORDING:
        return re.fullmatch(r"[^,;\u201c\u201d\"]*", rest.strip().rstrip(".")) is not None and not OPENING_DOCUMENT.match(att.subject)
    # (or "..., as reported by the Associated Press.")
    return verb == "reported" and re.fullmatch(r"\s*(?:,\s*quoting\b.*|on \w+\s*|by\s+[^,;\u201c\u201d\"]{2,60}?)?[.]?\s*", rest, re.S) is not None
