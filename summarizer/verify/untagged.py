"""Whose words a quotation with no reporting verb of its own is, as news layout says it:
a speaker named after it or where a quotation of several paragraphs closes, a clause or a
label that ends in a colon above it, the speaker of the words before it that it goes on
with, a statement's title, a post it quotes. Heuristics of news layout, each tested in
tests/test_attribution.py; where none applies the quotation has no speaker the check can ground.
"""

from __future__ import annotations

import re

from ..names import is_proper_name, is_title_word, strip_title
from ..page import HEADINGS
from ..schema import Span
from ..text import DOUBLE_MARKS, SourceIndex, region_at
from .forms import HEAD_END
from .nested import OWNED_WORDS, according_to, possessive_owner
from .places import datelines, nationality, used_as_place
from .referents import QUOTED_SENTENCES, all_quoted, furniture_at, in_furniture, names_a_person, past_labels, qualifies
from .reporting import attributions, someone
from .vocabulary import HARMED, VERB_FORM, Attribution, describes_person, is_named, names_organisation

# An embedded post as a page prints it: its display name, its handle alone on the next line
_HANDLE_LINE = re.compile(r"[ \t]*@[A-Za-z0-9_]{2,30}[ \t]*")
_TRANSLATION_LEAD = re.compile(r"(?:translation|translated)\b[^:\n]{0,40}:\s*$", re.I)
EMBED_LINES = 8  # lines from a post's handle down to the words quoted from it


def embedded_post(idx: SourceIndex, span: Span) -> list[Attribution]:
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


def continued_after_colon(idx: SourceIndex, span: Span) -> list[Attribution]:
    """ "Then, in Swedish, the language of the family: ‘...’": a clause with neither a name
    nor a verb introducing a quotation goes on with the speaker of the quotation before it."""
    k = idx.sentence_of(span.start)
    start = idx.sentence_span(k)[0]
    lead = idx.text[start : span.start]
    # (a language or nationality is no one: "in Swedish")
    named = any(at < span.start and not nationality(run) for at, _, run in idx.mentions[k])
    if not _COLON_OPENING.fullmatch(lead, max(0, lead.rfind(":"))) or _FINITE_VERB.search(lead) or named:
        return []
    return speaker_before(idx, k)


def opens_with_quote(idx: SourceIndex, k: int) -> bool:
    """Whether sentence `k` opens with a quotation, or with a few words of narration that
    name no one before a colon ("Then, after a silence: “...”")."""
    start, end = idx.sentence_span(k)
    # (after a dateline opening it: "ABUJA, 30 November 2017 - “Today's attack ...")
    start = next((e for s, e in datelines(idx) if s <= start < e or (start <= s < end and not idx.text[start:s].strip())), start)
    # (after the time a list of updates sets before each post, "03:41 – “Fire at a hotel ...”", or
    # the language a subtitled interview was given in, "[in Khmer] “...”")
    start = past_labels(idx.text, start, end)
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


def statement_by(idx: SourceIndex, span: Span) -> list[Attribution]:
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


def speaker_after(idx: SourceIndex, last: int) -> list[Attribution]:
    """The reporting verbs of the sentence after a quotation when it points back at it
    ("“...” That was how Leyla Aziz, a teacher, described the moment."), or the name it
    opens with after pointing back ("With those words, X opened a vigil")."""
    if last + 1 >= len(idx.sent_starts):
        return []
    start, _ = idx.sentence_span(last + 1)
    if signed := _SIGNATURE.match(idx.text, start):
        return [Attribution(signed.end(1), signed.end(1), signed.group(1), signed.start(1))]
    if talking := talking_after(idx, start):
        return talking
    if (spoke := _SPOKE_FROM.match(idx.text, start)) and is_proper_name(spoke.group(1)) and any(at == spoke.start(1) for at, _, _ in idx.mentions[last + 1]):
        return [Attribution(spoke.start(2), spoke.end(2), spoke.group(1), spoke.start(1))]
    # (or the name opening that paragraph, when its next sentence says "He spoke to ... from ..."
    # or "She told <the paper>": "X is 23 and comes from Domoni. He spoke to the Chronicle on
    # Sunday in the courtyard ...", "Dad-of-two X, 38, was staying ... He told The Blaze he ran ...")
    first = _opening_name(idx, last + 1)
    if first and is_proper_name(first[1]) and " " in first[1] and last + 2 < len(idx.sent_starts):
        after = idx.sentence_span(last + 2)[0]
        he = _SPOKE_FROM.match(idx.text, after) or _TOLD_OUTLET.match(idx.text, after)
        if "\n" not in idx.text[start:after] and he and he.group(1) in ("He", "She"):
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


# "He told The Blaze he ran ...": the one a paragraph opens with told a paper, a broadcaster or
# the reporters, as tabloid copy sets an untagged quotation's speaker after it (heuristic: "told
# police" is no interview)
_TOLD_OUTLET = re.compile(r"\s*(He|She)\s+(told)\s+(?:us\b|me\b|reporters\b|journalists\b|the\s+(?:paper|newspaper|station|programme|program|website|broadcaster)\b"
                          r"|(?:The\s+)?[A-Z][\w.'\u2019-]*)")


# A name that spoke as the words before were said: "X, his cousin, had to stop twice as she spoke"
_AS_THEY_SPOKE = re.compile(r"\b(?:as|when|while)\s+(?:he|she)\s+(?:spoke|speaks|addressed|told)\b")
# "“...” That was a senior officer talking", "That was X, 41, a friend, speaking on Monday":
# the one the pointer names spoke the words.
_TALKING = re.compile(r"[\u201d\u2019\"'\u00bb]?\s*(?:that|this)\s+(?:was|is)\s+((?:[\w.'\u2019-]+\s+){0,5}?[\w.'\u2019-]+)"
                      r"(?:,[^.;\n\u201c\u201d\"]{1,100}?,)?\s+(?P<verb>talking|speaking)\b", re.I)


def talking_after(idx: SourceIndex, end: int) -> list[Attribution]:
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


def named_next(idx: SourceIndex, last: int) -> list[Attribution]:
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


def recent_source(idx: SourceIndex, k: int) -> list[Attribution]:
    """The reporting verbs of the sentence just before `k` (in its paragraph or the one
    before), for words quoted inside narration that names no speaker: "..., the news
    release said. As officers arrived, the shooter “immediately opened fire”". Heuristic:
    reported speech runs on from its source for a sentence."""
    if k == 0 or idx.mentions[k]:  # a name in the sentence: see whether it stands next to the words
        return []
    start, end = idx.sentence_span(k - 1)
    if idx.text.count("\n\n", start, idx.sentence_span(k)[0]) > 1 or idx.text[start:end].rstrip()[-1:] not in ".!?\"\u201d":
        return []  # too far, or no sentence of prose (a headline)
    return speech_in(idx, k - 1)


def speech_in(idx: SourceIndex, k: int) -> list[Attribution]:
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


def speaker_where_closed(idx: SourceIndex, span: Span) -> list[Attribution]:
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
    return attributions(idx, last) or speaker_after(idx, last)


def continues_quotation(idx: SourceIndex, span: Span) -> bool:
    """Whether the quotation at `span` is a later paragraph of a quotation of several, one the
    paragraph before left open ("“... The young man died.\n\n“He then entered ...”"): its
    speaker is the one tagged before, not a name the sentence after it opens with."""
    if (here := region_at(idx.regions, idx.region_starts, span.start)) is None:
        return False
    n = idx.regions.index(here)
    return n > 0 and _reopens(idx, idx.regions[n - 1][1], here[0])


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


def introduced_before(idx: SourceIndex, k: int) -> list[Attribution]:
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
    if (spoke := _SPOKE_IN.match(sentence)) and (someone(spoke.group("who")) or someone(HEAD_END.sub("", spoke.group("who")))):  # "A spokesperson for X, in a statement, extended condolences ..."
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


def introduced_by_colon(idx: SourceIndex, span: Span) -> list[Attribution]:
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
        return speech_in(idx, j - 1)  # "X says ..., adding that .... Excerpts:": the words of the sentence before
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


def speaker_before(idx: SourceIndex, k: int) -> list[Attribution]:
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
        if furniture is None and (found := speech_in(idx, j)):
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
                return introduced_by_colon(idx, Span(start=opening.end(), end=opening.end() + 1))
            return ((introduced_before(idx, j + 1) if j + 1 < k else []) or _narrated(idx, j, j + 1) or _across_narration(idx, j, k)
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
    return speech_in(idx, first - 1)


def _plain(idx: SourceIndex, i: int) -> bool:
    """Whether sentence `i` is plain narration: no quotation, no speech reported, no one
    named who could speak."""
    start, end = idx.sentence_span(i)
    return not (speech_in(idx, i) or any(start <= a < end for a, _ in idx.regions) or any(names_a_person(idx, m) for m in idx.mentions[i]))


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
    return speech_in(idx, first)


# "His younger brother ... learned of it from a cousin. He had spoken to him hours before."
# then "‘He messaged me ...’": a quotation in the first person after narration whose last
# sentence opens with "he" or "she" is that one's words, as features write them.
# Heuristic: one person narrated, then heard; never a sentence of speech ("He said ..."),
# nor one that harms its subject ("He was shot at the gate." then a witness's words).
_OPENS_WITH_PRONOUN = re.compile(r"\s*(He|She)\s+(?:had\s+|has\s+|was\s+|is\s+)?[a-z]+")
_FIRST_PERSON = re.compile(r"\b(?:I|me|my|we|us|our)\b")
_SPOKE_WITH = re.compile(r"\b(?:spoke|speaks|talked|talks|speaking|talking)\s+(?:to|with)\b|\binterview", re.I)


def _narrated(idx: SourceIndex, j: int, k: int) -> list[Attribution]:
    start, end = idx.sentence_span(j)
    if not idx.text[start:end].rstrip().endswith(".") or attributions(idx, j) or HARMED.search(idx.text, start, end) or (
            idx.text.count("\n\n", end, idx.sentence_span(k)[0]) > 1 or not _FIRST_PERSON.search(idx.text, *idx.sentence_span(k))):
        return []
    if (m := _OPENS_WITH_PRONOUN.match(idx.text, start)) is None:
        # (or with a full name: "Rosena X, 42, lost her husband and her eldest son." over "“They came
        # at night ...”", as survivors' words are set one after another; not one who interviewed
        # another: "X News spoke to a father who ...")
        named = _opening_name(idx, j) if not _SPOKE_WITH.search(idx.text, start, end) else None
        if named is None or not (is_proper_name(named[1]) and " " in named[1] and names_a_person(idx, (named[0], named[0] + len(named[1]), named[1]))):
            return []
        return [Attribution(named[0] + len(named[1]), named[0] + len(named[1]), named[1], named[0])]
    # ("His younger brother, who lives nearby, learned of it. He had ...": the description
    # the sentence before opens with, in the paragraph, is who "he" is)
    before = idx.sentence_span(j - 1) if j else None
    if before and "\n" not in idx.text[before[0] : start] and (lead := _DESCRIBED_LEAD.match(idx.text, before[0])) and describes_person(lead.group(1)):
        return [Attribution(m.end(1), m.end(1), lead.group(1), lead.start(1))]
    return [Attribution(m.end(1), m.end(1), m.group(1), m.start(1))]


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
