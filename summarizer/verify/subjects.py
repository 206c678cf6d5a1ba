"""The subject of a reporting verb, as news prose writes it.

Before the verb ("the minister, who visited the site, said"), past appositions, relative
clauses and time phrases; after it ("said the official", "said X, a spokesman for Y");
the antecedent of a relative clause ("X, who said ..."); the subject of a reported clause
("she said the watchman shouted ..."); and the subject of the other languages a page may be
written in. Heuristics of news style, each tested in tests/test_attribution.py.
"""

from __future__ import annotations

import re

from ..dates import WEEKDAYS
from ..names import PLACE_DESCRIPTORS, TITLE_HEADS, is_proper_name, name_keys, strip_title
from ..stamps import stamp_prefix
from ..text import ABBREVIATED, READ_FROM, WORD, SourceIndex
from .vocabulary import (
    A_PAST,
    ELLIPTIC,
    FINITE,
    LY_NOUN,
    OTHER_ACCORDING,
    PAST,
    PERSON_NOUNS,
    PERSON_STEMS,
    PRONOUN_IN_ENGLISH,
    PRONOUNS,
    REPORT_VERB,
    describes_person,
    is_named,
    last_word,
    names_organisation,
    person_noun,
)

_PAST_WITH_OBJECT = re.compile(rf"\b{PAST}\s+(?:the|a|an|his|her|their|its|two|three|several|dozens)\b")
# a noun phrase, then its verb: what the phrase's subject did to the words after
_A_PAST_BEFORE_QUOTE = re.compile(rf"\s*(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s[^\n]*?\s{PAST}\s*$")
# (a spaced hyphen is a dash: "ROCKVILLE, Md. - Officials said"; "which a UN spokesperson described as"; "... during the attack as a witness compared": a
# conjunction opening a clause with its own subject, not "such as the mayor", "known as the";
# "until it had concluded"; "in what X called"; "the group, which Islamabad says is ...")
_CLAUSE_BREAK = re.compile(
    # (", where" first: "the bus station, where police characterized ..."; not "the school where the shooting took place, said")
    r",\s*where(?=\s+(?:[A-Z]|(?:the|an?|he|she|it|they|we|police|officials)\s))|[,;:()\u201c\u201d\u201e\u00ab\u00bb\"\u2014\u2013]|\s-\s|\bthat\b|\band\b|\bbut(?=\s+(?:[A-Z]|(?:the|an?|he|she|it|they|we|police|officials)\s))|\bwhich(?=\s+(?:an?\s|the\s|[A-Z]))|\b[Ww]hat\b"
    # (and before a bare plural of people: "since defense ministry officials warned"; heuristic)
    r"|(?<!such )(?<!known )\b(?:as|when|while|because|although|though|until|unless|once|since)"
    r"(?=\s+(?:an?|the|it|he|she|they|we|(?:[a-z]+\s+){0,2}(?:police|officials|authorities|officers|troops|soldiers|forces|residents|witnesses))\s)"
    # (and "as" before a name: a headline's "Village buries its dead as AA vows ...")
    r"|(?<!such )(?<!known )(?<!same )\bas(?=\s+[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3}\s*$)"
)
_LEAD_WORDS = frozenset(
    "but and however meanwhile so yet also then in a statement later though although while because since as if when which who whom according to".split()
)
_NOMINATIVE = frozenset("he she they we i it".split())
_TRAIL_WORDS = frozenset("has have had was were is are also later then again previously earlier reportedly publicly already further".split())


def _trail_word(word: str) -> bool:
    """An auxiliary or adverb before a verb, not an acronym that spells one ("IS")."""
    return word.casefold() in _TRAIL_WORDS and not word.isupper()


# What ends a subject after its verb ("said Smith in a statement", "said Smith early on Sunday"); not the "in" of a
# title ("Special Agent in Charge", "Commander in Chief").
AFTER_STOP = re.compile(r"[,.;:\u201c\u201d\u201e\u00ab\u00bb\"(]|\b(?:in(?! Charge\b| Chief\b)|on|at|as|adding|referring|speaking|after|before|during|while|when|who|that"
                         r"|early|earlier|yesterday|today|tonight|overnight|late(?=\s+(?:on|in|last|this)\b))\b")


_AFTER_WORDS = 14
# A sentence's opening time, set off by no comma, before its subject: "On Friday the army said",
# "Late on Sunday night police told", "Last week the ministry said", "On 3 March X told".
OPENING_TIME = re.compile(
    rf"(?:(?:(?:Late|Early|Later|Earlier)\s+)?(?:on\s+|On\s+)?(?i:{'|'.join(WEEKDAYS)})(?:\s+(?:morning|afternoon|evening|night))?"
    r"|On\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})(?:,?\s+\d{4})?"
    r"|(?:Last|This|Earlier\s+this|Later\s+this)\s+(?:week|month|year|morning|afternoon|evening|night|weekend)"
    r"|Yesterday|Today|Tonight|Overnight)\s+(?=\S)"
)
_APPOSED_PARTS = 4  # parts set off by commas after "said" that may still be its subject
# A label opening a paragraph: "What they're saying:", "Here's what he said:"
# "the caller, named in court as Kirsty MacLeod, tells", "The witness, identified only as Ahmed,
# told": an apposition that names the one the description is, right before the verb
_NAMED_APPOSITION = re.compile(
    r",\s*(?:(?:who\s+was|who\s+is)\s+)?(?:named|identified)(?:\s+(?:in\s+court|by\s+(?:police|the\s+court|officials)|locally|publicly|only))*\s+as\s+"
    r"([A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3}),\s*$")


# "That was how X described ...": the words point back at a quotation; X is the subject.
_POINTING_BACK = re.compile(r"^\s*(?:that|this|those|these|such)\s+(?:was|is|were|are)\s+(?:how|what|the words of)\s+", re.I)
_REMARK = re.compile(r"\s*\((?![A-Z]{2,9}\))[^()]{1,60}\)")
_NAME_ACRONYM = re.compile(r"(?<=[A-Za-z])\s*\([A-Z][A-Za-z]{1,9}\)")
# A relative clause set off by commas between a subject and its verb.
_RELATIVE_CLAUSE = re.compile(r",\s*(?:and\s+)?(?:who|which|whose|whom|where)\b[^,\u201c\u201d\"]*,")
# (its relative clause may hold commas and whole quotations: "X, the emissary who has worked with his
# wife, Esti, for years, told", "X, part of a group which calls itself “Y”, warned")
# (not one that gives a name: "a survivor, who gave only her first name, Aisha, told")
_RELATIVE_TO_END = re.compile(r",\s*(?:who|whose|whom)\b(?![^\n]*\b(?:name|named|identified)\b)(?:[^\n\u201c\u201d\"]|[\u201c\"][^\u201c\u201d\"\n]*[\u201d\"])*,\s*$")
_DESCRIBING_APPOSITION = re.compile(
    r",\s*(?:an?|the|part of|one of)\s[^,]*?\b(?:who|whose|which|that)\b(?:[^\n\u201c\u201d\"]|[\u201c\"][^\u201c\u201d\"\n]*[\u201d\"])*,\s*$"
)
# (not one naming the one it describes: "A villager who identified himself as X said")
_RELATIVE_TO_VERB = re.compile(r"(?<=\w)\s+(?:who|whose|(?:that|which)(?=\s+(?:was|were|had|has|is|are|[a-z]+ed)\b))\s(?!identified\s+(?:himself|herself|themselves)\b|gave\s+(?:his|her|their)\b|would\s+(?:only\s+)?give\b)[^,;:()\u201c\u201d\"]*$")
_RELATIVE = re.compile(r"\s*(?:who|which|whose|whom|where|when)\b", re.I)
# "A security source, speaking to AFP on condition of anonymity, said", "Israel's military, on
# its Telegram channel, said": a participle's or a preposition's phrase is no subject.
# (not a noun in -ing before a person's: "clothing vendor X", "mining engineer X")
_PARENTHETICAL = re.compile(r"\s*(?:[a-z]+ing|on|in|at|of|via|through|from|during|after|before|with|without|for)\b")
_PARTICIPLE_PHRASE = re.compile(
    r",\s*(?:(?:while\s+|when\s+)?[a-z]+ing|(?:[a-z]+ed|based|present|known|broadcast|written|sent|shown|read)\s+(?:out\s+of|out|by|to|on|in|at|from|via|of|during|for|as|with)"
    r"|after|before|during|despite)\s[^,\u201c\u201d\"]*,"
)
# A past participle's phrase whose object is named after it: "The memo, written by the duty
# officer and addressed to the Director General of the Police, X Y, says": the memo says
_PARTICIPLE_NAMED = re.compile(
    r",\s*(?:[a-z]+ed|written|sent|given|shown)\s+(?:on\s[^,\u201c\u201d\"]{0,40}?\s)?(?:to|by)\s[^,\u201c\u201d\"]*,\s*[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,4},"
)
# A participle's phrase whose object is named in apposition: "X, while quoting from a statement
# by a community leader, Y Z, said": the name is the object's, X the subject.
_PARTICIPLE_APPOSED = re.compile(
    rf",\s*(?:(?:while|when)\s+)?[a-z]+ing\s[^,\u201c\u201d\"]*\b(?:{'|'.join(sorted(PERSON_NOUNS, key=len, reverse=True))})s?"
    r",\s*[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3},"
)
_PERSON_WORDS = TITLE_HEADS | PERSON_STEMS  # a title or a person noun, or its stem
# What a place is called before its name in apposition ("the region's capital, Tarmu").
_PLACE_NOUNS = PLACE_DESCRIPTORS | frozenset("capital county township municipality governorate suburb neighbourhood neighborhood".split())


def _is_pronoun(phrase: str) -> bool:
    first = WORD.findall(phrase)[:1]
    return bool(first) and first[0].casefold() in PRONOUNS


def reported_subject(idx: SourceIndex, sent_start: int, m: re.Match[str]) -> tuple[str, int] | None:
    """The subject of a reporting verb inside another's reported speech: the few words
    between the verb before it and this one ("X said Ostrik had called ...", "she said
    he told ..."), when they name or describe someone and no clause break lies between."""
    prior = [v for v in REPORT_VERB.finditer(idx.text, sent_start, m.start()) if not idx.quoted(v.start())]
    if not prior:
        return None
    start = prior[-1].end()
    between = idx.text[start : m.start()]
    if _CLAUSE_BREAK.search(re.sub(r"^\s*that\b", "", between)):
        return None
    words = _without_trail(re.sub(r"^\s*that\s+", "", between).strip())
    if not words or len(words.split()) > 6 or not (is_named(words) or describes_person(words) or words.casefold() in PRONOUNS):
        return None
    return words, start + between.index(words)


# "The Chinese Embassy in a statement called ...": where the words were given is no part of the subject.
_MEDIUM_TRAIL = re.compile(
    r"\s+(?:in|on|via|through)\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+)?(?:statement|post|message|video|interview|letter|tweet|release|briefing|broadcast)$",
    re.I,
)
# "The ministry on Tuesday condemned ...", "Police late on Monday said": when, not who.
_TIME_TRAIL = re.compile(
    r"(?:\s+(?:(?:late|early)\s+)?(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?"
    r"|\s+(?:yesterday|today|tonight|overnight|last\s+(?:week|night|month)|earlier|this\s+(?:week|morning)))+$", re.I
)


def _without_trail(phrase: str) -> str:
    """A subject without the auxiliaries and adverbs before its verb ("Ismail also", "has
    regularly"), where it spoke ("... in a statement") or when ("... on Tuesday"); an
    acronym that spells one ("IS") stays."""
    words = _TIME_TRAIL.sub("", _MEDIUM_TRAIL.sub("", phrase)).split()
    while words and (_trail_word(words[-1]) or (words[-1].endswith("ly") and words[-1].islower() and not LY_NOUN.fullmatch(words[-1]))):
        words.pop()
        words = _TIME_TRAIL.sub("", " ".join(words)).split()  # ("X on Tuesday strongly")
    return " ".join(words)


# A clause opening with a preposition or a time word is an adverbial ("On Thursday,",
# "In Kabul,", "Last week,"), never the subject however capitalised.
_FRONTED = re.compile(r"\s*(?:at|in|on|inside|outside|near|during|after|before)\s", re.I)  # a phrase of place or time opening a clause
ADVERBIAL = re.compile(
    r"\s*(?:on|in|at|during|after|before|since|last|earlier|later|early|late|back|this|that|separately|meanwhile|however|"
    r"additionally|elsewhere|moreover|furthermore|similarly|subsequently|previously|initially|finally|also|reportedly|"
    r"instead|nevertheless|nonetheless|indeed|thus)\b", re.I
)
# A description and the name it gives: "Aid worker Wai Hun Aung", "Kenyan police spokesman Resila Onyango".
_TITLED_NAME = re.compile(r"(?:[\w'\u2019-]+\s+){0,3}?([a-z][a-z-]+)\s+[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3}")
# A legislator's party and seat in apposition, a description though capitalised: "Senator X,
# Democrat of Oregon, said", "Rep. Y, Republican from Texas, said"
_PARTY_OF = re.compile(r"(?:Democrat|Republican|Independent)\s+(?:of|from)\s+[A-Z]")


def titled_name(phrase: str) -> bool:
    return (m := _TITLED_NAME.fullmatch(phrase)) is not None and person_noun(m.group(1))


# "the" and a name: "the Coordination of Resistance Committees in El Fasher"
_NAME_WORD = r"(?:[A-Z][\w'\u2019.-]*|of|in|for|and|the|on|de|al|el)"
_THE_NAME = re.compile(rf"the\s+[A-Z][\w'\u2019.-]*(?:\s+{_NAME_WORD})*")


def subject_before(idx: SourceIndex, sent_start: int, verb_start: int) -> tuple[str, int]:
    """The words before a reporting verb, back to a clause break: its subject.

    Commas may set off an apposition or a relative clause between the subject and
    its verb ("A local chief, Musa Bello, told ...", "a senior official, who spoke
    on condition of anonymity, said"): the relative clause is skipped, and a proper
    name among the comma-joined clauses is the subject when the nearest clause is a
    description ("Musa Bello, a local chief, told"); a pronoun stays ("Writing on X,
    formerly Twitter, he said")."""
    raw = _POINTING_BACK.sub(_blank, idx.text[sent_start:verb_start])
    raw = _NICKNAME.sub(_blank, raw)
    if named := _NAMED_APPOSITION.search(raw):
        return named.group(1), sent_start + named.start(1)  # "the caller, named in court as X, tells": X
    for a, b in idx.regions:
        # a quotation's single marks break a clause as double ones do ("‘... Where is he?’ said X")
        for at, mark in ((a - 1, "\u201c"), (b, "\u201d")):
            if sent_start <= at < verb_start and raw[at - sent_start] in "\u2018\u2019'":
                raw = raw[: at - sent_start] + mark + raw[at - sent_start + 1 :]  # "General Michael “Erik” Kurilla, the ... commander, said"
    if cut := stamp_prefix(raw.lstrip()):  # "date 2022-08-18 Taliban spokesman X said"
        lead = len(raw) - len(raw.lstrip())
        raw = " " * (lead + cut) + raw[lead + cut :]
    # "Mr X, who spoke from the capital, Port Moresby, said": a relative clause running up to the verb
    text = _RELATIVE_TO_END.sub(_blank_clause, raw)
    text = _RELATIVE_CLAUSE.sub(_blank_clause, text)
    # "X, a network of activists who track abuses, confirmed": an apposition with its own
    # relative clause describes X
    # (not after a sentence adverb: "Also, a local official who spoke under anonymity, said")
    text = _DESCRIBING_APPOSITION.sub(lambda m: m.group() if ADVERBIAL.fullmatch(m.string[: m.start()]) else _blank_clause(m), text)
    # "X, following a visit to the hospital and its burns unit, confirmed", "X, controlled by
    # the rebels, said": a participle's phrase set off by commas, "and" and all, is no part of the subject
    text = _PARTICIPLE_PHRASE.sub(_blank_clause, _PARTICIPLE_APPOSED.sub(_blank_clause, _PARTICIPLE_NAMED.sub(_blank_clause, text)))
    # "A woman who lost her husband and her son told": a relative clause running up to the
    # verb is no part of the subject, and its "and" joins no clauses
    text = _RELATIVE_TO_VERB.sub(_blank_relative, text)
    # "The Ministry of Transport and Communications (MTC) said": a name's "and" and its
    # acronym in brackets break no clause
    text = _NAME_ACRONYM.sub(_blank, text)
    # "A resident of Barza (names withheld) said": a remark in brackets is no part of the subject
    text = _REMARK.sub(_blank, text)
    breaks = [
        m for m in _CLAUSE_BREAK.finditer(text)
        if m.group().casefold() != "and" or (m.end() < len(text) - 1 and not _joins_names(text, m.start(), m.end())
                                             and not _joins_descriptions(text, m.start(), m.end()))
    ]
    segments = [(b.end() if b else 0, e.start() if e else len(text)) for b, e in zip([None, *breaks], [*breaks, None], strict=True)]
    trailing = [segments[-1]]  # the trailing clauses joined by commas only, nearest first
    for n in range(len(segments) - 1, 0, -1):
        if breaks[n - 1].group() != "," or len(trailing) == 4:
            break
        if n >= 2 and breaks[n - 2].group().casefold() == "and":
            break  # the tail of a coordination ("between X's region and Turkey, state TV said") is no apposed name
        trailing.append(segments[n - 1])
    if (listed := re.match(r"\s*(?:and|&)\s+", text[slice(*trailing[0])])) and strip_title(text[trailing[0][0] + listed.end() : trailing[0][1]].strip()):
        # "Disaster Data, Information, and Communication Head Abdul Muhari said": the last
        # item of a title's list of portfolios holds the name
        trailing[0] = (trailing[0][0] + listed.end(), trailing[0][1])
    usable = [
        (a, b) for a, b in trailing
        if _content(text[a:b]) and not idx.quoted(sent_start + a + len(text[a:b]) - len(text[a:b].lstrip()))
        and not _RELATIVE.match(text[a:b]) and not (_PARENTHETICAL.match(text[a:b]) and not describes_person(" ".join(text[a:b].split()[:2])))
    ]
    opening = re.match(r"\s*([^,]{1,60}),", text)
    if not usable and opening and is_proper_name(opening.group(1).strip()):
        # "X, a group that appeared last year and which officials say is a front, said":
        # the name the apposition describes
        phrase = opening.group(1).strip()
        return phrase, sent_start + text.find(phrase)
    a, b = usable[0] if usable else segments[-1]
    nearest = _without_trail(text[a:b].strip())
    def last(seg: tuple[int, int]) -> str:
        return (text[seg[0] : seg[1]].split() or [""])[-1].casefold()

    def title(seg: tuple[int, int]) -> bool:
        # "Chief District Officer", "Officer of Aboiti Transport", "Canadian Survivor": a title
        # or a description, though in capitals
        words = [w.casefold() for w in text[seg[0] : seg[1]].split()]
        return bool(words) and (words[-1] in _PERSON_WORDS or words[-1].rstrip("s") in _PERSON_WORDS
                                or (words[0] in _PERSON_WORDS and words[1:2] == ["of"]))

    def placed(seg: tuple[int, int]) -> bool:
        # a place the clause before it names ("X, mayor of the nearest city, Oicha, said",
        # "in the region's capital, Tarmu, a committee said"), or a title's jurisdiction after
        # a name ("X, Chief District Officer, Kaski confirmed"; heuristic)
        n = trailing.index(seg)
        before = trailing[n + 1 : n + 3]
        # (or a home town's larger place: "Mr Johnson, from Billericay, Essex, told")
        return bool(before) and (last(before[0]) in _PLACE_NOUNS or re.match(r"\s*(?:from|in|of|near)\s+[A-Z]", text[before[0][0] : before[0][1]]) is not None or (
            title(before[0]) and text[before[0][0] : before[0][1]].strip()[:1].isupper() and len(before) == 2
            and is_proper_name(text[before[1][0] : before[1][1]].strip()) and not title(before[1])
        ))

    def reports_clause(seg: tuple[int, int]) -> bool:
        # the clause after a verb of speech, its own subject and no verb of its own before ours:
        # "said the union's letter of 3 May (had warned)"; not "said the family had not received ..."
        reported = SAID_BEFORE.split(_without_trail(text[slice(*seg)].strip()))
        return len(reported) > 1 and bool(reported[-1].strip()) and not FINITE.search(reported[-1])

    def fronted(segs: list[tuple[int, int]]) -> bool:
        # "In a statement read out by the family's lawyer, X, at the governorate on Wednesday,
        # the family said", "In a statement signed by its director, Mrs. X, the agency said": a
        # definite subject after a phrase of place or time, or after a name apposed to a person
        # inside the phrase the sentence opened with, is the subject. Heuristic.
        if len(segs) < 2 or not re.match(r"\s*the\s", text[slice(*segs[0])], re.I):
            return False
        return _FRONTED.match(text[slice(*segs[1])]) is not None or (
            len(segs) > 2 and _FRONTED.match(text[slice(*segs[-1])]) is not None
            and any(w.casefold() in _PERSON_WORDS for w in text[slice(*segs[2])].split()))

    if len(usable) > 1 and last(usable[0]) in _PLACE_NOUNS and (describes_person(text[usable[1][0] : usable[1][1]]) or titled_name(
        text[usable[1][0] : usable[1][1]].strip()) or re.search(r"\b[a-z]+s\s+(?:in|of|from)\s+[A-Z][\w'\u2019-]*$", text[usable[1][0] : usable[1][1]].strip())):
        # "Tribal elders in Parachinar, the district's main town, said": the apposition
        # describes the place the subject ends with, not who spoke
        a, b = usable[1]
    elif len(usable) > 1 and is_proper_name(nearest) and names_organisation(nearest) and (
            titled_name(person := text[usable[1][0] : usable[1][1]].strip()) or (strip_title(person) and not names_organisation(person))):
        # "Chief Superintendent Finbarr Murphy, Garda National Roads Policing Bureau said":
        # the organisation after a titled name is where the person serves, not who spoke
        a, b = usable[1]
    elif usable and not reports_clause(usable[0]) and not fronted(trailing) and (
        (not is_proper_name(nearest) and not _is_pronoun(nearest)) or placed(usable[0]) or _PARTY_OF.match(nearest) or (
        title(usable[0]) and any(is_proper_name(text[g[0] : g[1]].strip()) and not title(g) for g in usable[1:])
    )):
        # (not when the nearest clause reports another's words, "X, the union's president, said
        # the union's letter had warned ...": the letter warned; nor after a fronted phrase of place
        # or time, whose names are no apposition: see `fronted`)
        # (or "the" and a name right before a description of who it is: "the Coordination of
        # Resistance Committees in El Fasher, a volunteer group, said"; not before a document)
        described = describes_person(nearest) or names_organisation(nearest)

        def after_quoted(seg: tuple[int, int]) -> bool:
            # right after quoted words closed without a comma, a phrase is their clause's object:
            # "The fighting has “gravely alarmed” the United Nations, a UN spokesman said"
            # (a name opening it is the speaker of a quotation that opens the sentence: '"..." Peter Strong, Headteacher at X, says')
            return re.search(r"[\w\u2026]['\u2019\u201d\"]\s*$", text[: seg[0]]) is not None and re.match(r"\s*[a-z]", text[seg[0] : seg[1]]) is not None

        a, b = next((seg for n, seg in enumerate(usable)
                     if not (n >= 1 and after_quoted(seg)) and (is_proper_name(text[seg[0] : seg[1]].strip(" -\u2013\u2014\u2022*")) or titled_name(text[seg[0] : seg[1]].strip())
                         or (n >= 1 and described and _THE_NAME.fullmatch(text[seg[0] : seg[1]].strip())))
                     and not placed(seg) and not title(seg) and not ADVERBIAL.match(text[seg[0] : seg[1]]) and not _PARTY_OF.match(text[seg[0] : seg[1]].strip())
                     and not re.match(r"\s*[A-Z][a-z]+ing\s", text[seg[0] : seg[1]])), (a, b))  # (nor "Visiting Kabul,")
        definite = text[slice(*usable[1])] if len(usable) > 1 else ""
        if ((a, b) == usable[0] and re.match(r"\s*an?\s", text[a:b]) and re.match(r"\s*[Tt]he\s", definite)
                and not FINITE.search(definite) and not A_PAST.search(definite) and len(definite.split()) <= _AFTER_WORDS
                and not after_quoted(usable[1]) and not ELLIPTIC.fullmatch(definite.strip())):
            # "The official of X (VDP), a civilian auxiliary engaged in ..., confirmed", "The
            # source, a security official, said": an indefinite apposition describes the
            # definite subject before it (a noun phrase, not a clause: "The air force dropped
            # the bombs, a ... official said"; nor an object after quoted words; nor "The other,
            # a local councillor, said", whose apposition says who "the other" is). Heuristic.
            a, b = usable[1]
    if usable and (a, b) != usable[0] and ELLIPTIC.fullmatch(text[a:b].strip()) and describes_person(text[slice(*usable[0])]):
        a, b = usable[0]  # "One, a security officer, said": who "one" is
    words = re.findall(r"\S+", text[a:b])
    while words and re.fullmatch(r"[-\u2013\u2014\u2022*]+", words[0]):
        words.pop(0)  # a list's bullet: "- Eric Paddock, brother of the gunman, says"
    lead = 0
    while lead < len(words) and words[lead].casefold().strip(",") in _LEAD_WORDS:
        lead += 1
    words = _without_trail(" ".join(words[lead:])).split()
    if (when := OPENING_TIME.match(" ".join(words))) and len(words) > len(when.group().split()):
        words = words[len(when.group().split()) :]  # "On Friday the army said", "Last night police told"
    if len(words) > 1 and words[-1].casefold() in _NOMINATIVE:
        words = words[-1:]  # "Later in the interview he told": the pronoun is the subject
    phrase = " ".join(words[-12:]).lstrip("\u2019' ")  # "‘...,’ the source said"
    # an opening participle's phrase with no comma: "Speaking in Waterford this afternoon Garda
    # Commissioner Drew Harris told": the capitalised name that ends it
    if (opener := re.match(r"[A-Z][a-z]+ing\s+(?=(?:in|at|to|on|from|after|before|during|with|for|about|the|an?|his|her|their)\s)", phrase)) and (tail := re.search(r"(?:\b[A-Z][\w.'\u2019-]*\s+){1,5}[A-Z][\w.'\u2019-]*$", phrase[opener.end() :])):
        phrase = tail.group()
    # the clause a verb of speech reports ("X said the gunmen had shouted"): its own subject is
    # after that verb, and no one when it cannot speak ("X said the village had asked")
    if len(reported := SAID_BEFORE.split(phrase)) > 1 and reported[-1] and not FINITE.search(reported[-1]):
        phrase = reported[-1] if someone(reported[-1]) or person_noun(re.sub(r"men$", "man", last_word(reported[-1]).removesuffix("s"))) else ""
    if not phrase:
        return phrase, verb_start
    # (where the phrase starts: its words may stand further apart, around a blanked remark)
    found = list(re.finditer(r"\s+".join(map(re.escape, phrase.split())), text[a:b]))
    return phrase, sent_start + a + found[-1].start() if found else verb_start


# ("told PAP that ..." too: the verb's hearer between it and its clause)
SAID_BEFORE = re.compile(r"(?:^|\s)(?:(?:said|says|added|stated|noted|explained)\s+(?:that\s+)?|(?:told|tells)\s+(?:[\w'\u2019.-]+\s+){1,5}?that\s+)")
_LAST_NOUN_PHRASE = re.compile(r"\b((?:the|a|an|his|her|their|its|our|my)\s+(?:[a-z-]+\s+){0,2}[a-z-]+)\s*,?\s*$")
_PLACED = re.compile(r"\b(?:from|in|at|near|of)\s+(?:the\s+)?$")
_APPOSED_AGE_PLACE = re.compile(r",\s*(?:\d{1,3},\s*)?(?:[a-z-]+\s+){0,4}(?:from|in|at|near|of)\s+(?:the\s+)?")  # ", 27, from "


def relative_antecedent(idx: SourceIndex, k: int, relative: int) -> tuple[int, str] | None:
    """What a relative pronoun at `relative` refers to: the name right before it, its
    alias in brackets allowed ("a militia calling itself X (the Y Brigades), which"),
    else the subject phrase before it."""
    gap = re.compile(r"\s*(?:\([^()]{1,40}\))?\s*,?\s*$")
    person = re.match(r"\s*(?:who|whom)\b", idx.text[relative : relative + 6], re.I) is not None
    before = [(start, end, run) for start, end, run in idx.mentions[k] if end <= relative]
    for n in range(len(before) - 1, -1, -1):
        start, end, run = before[n]
        if gap.match(idx.text[end:relative]):
            if person and n and _PLACED.search(idx.text, max(0, start - 12), start) and _APPOSED_AGE_PLACE.fullmatch(idx.text, before[n - 1][1], start):
                # "said Mahmoud Khalil, 27, from Syria, who said": "who" is the person, not where he is from
                return before[n - 1][0], before[n - 1][2]
            return start, run
    # ("She loved spending time with her family, who described her as ...": the noun phrase
    # before it when it describes people, not the clause's subject)
    if (phrase := _LAST_NOUN_PHRASE.search(idx.text, idx.sentence_span(k)[0], relative)) and describes_person(phrase.group(1)):
        return phrase.start(1), phrase.group(1)
    subject, at = subject_before(idx, idx.sentence_span(k)[0], relative)
    if person_noun(last_word(re.split(r"\s+(?:at|of|for|in|from|with|on)\s", subject, maxsplit=1)[0])):
        # "according to X, a teacher at the school, who said": the name the description is set beside
        named = [(start, run) for start, end, run in idx.mentions[k] if end <= at and re.fullmatch(r"\s*,\s*(?:an?|the)?\s*", idx.text[end:at])]
        if named:
            return named[-1]
    return (at, subject) if name_keys(subject) else None


def _joins_descriptions(text: str, start: int, end: int) -> bool:
    """Whether the "and" at [start, end) joins two descriptions of one person in an
    apposition ("X, police spokesman and head of the investigation department, told"):
    a comma-set clause of lower-case words on both sides, the one after it ending at
    a comma."""
    before = text[: start].rsplit(",", 1)
    after = text[end:].split(",", 1)
    # (or up to the verb after an indefinite description: "X, a spokesperson for foreign
    # affairs and security policy of the EU said")
    closed = len(after) == 2 or re.match(r"\s*an?\s", before[-1]) is not None
    return len(before) == 2 and closed and bool(re.fullmatch(r"\s*[a-z][\w'\u2019 -]*", before[1])) and bool(
        re.fullmatch(r"\s*[a-z][\w'\u2019 -]*", after[0]))


def _joins_names(text: str, start: int, end: int) -> bool:
    """Whether the "and" at [start, end) stands between two capitalised words ("the Channel
    and the North Sea": a "the" after it passed over)."""
    before, after = text[:start].split()[-1:], text[end:].split()[:2]
    if after[:1] == ["the"] and before and before[0][:1].isupper():
        after = after[1:]
    return bool(before and after) and before[0][:1].isupper() and after[0][:1].isupper()


def _blank(m: re.Match[str]) -> str:
    """The match blanked out, offsets kept."""
    return " " * len(m.group())


def _blank_clause(m: re.Match[str]) -> str:
    """A clause set off by commas blanked out, its opening comma kept (offsets kept)."""
    return "," + " " * (len(m.group()) - 1)


def _blank_relative(m: re.Match[str]) -> str:
    """The relative clause blanked, unless a reporting verb past its own first verb shows
    a new clause began ("an officer who asked not to be named said Palanivel had")."""
    own_verb = re.match(r"\s*\w+\s+\w+", m.group())
    rest = m.group()[own_verb.end() :] if own_verb else m.group()
    return m.group() if REPORT_VERB.search(rest) else " " * len(m.group())


def _content(clause: str) -> bool:
    """Whether a clause has words besides auxiliaries ("has", "had also")."""
    return any(not _trail_word(w) for w in clause.split())


# An initial's dot inside a name ("said Dr. K.L. Verma", "said John F. Kennedy").
_INITIAL = re.compile(r"(?<=\b[A-Z])\.(?=[A-Z]|\s+[A-Z])")
_NICKNAME = re.compile(r"(?<=[a-z]) [\u201c\"][A-Z][\w'\u2019-]+[\u201d\"](?= [A-Z])")


def subject_after(idx: SourceIndex, verb_end: int, sent_end: int) -> tuple[str, int]:
    """The words after a verb up to a clause break ("said the official, adding"); the
    dot of a title's abbreviation ("said Lt. Col. Ahmed Ali") or of an initial is no break."""
    text = idx.text[verb_end:sent_end]
    if pointed := re.match(r"\s+((?:that|this|the said)\s+[a-z]+)\s*[.,;]", text):
        return pointed.group(1), verb_end + pointed.start(1)  # "..., added that organization."
    if stray := re.match(r",\s+(?=[A-Z])", text):  # "“...,” said, Tito Castellanos, the deputy director"
        verb_end, text = verb_end + stray.end(), text[stray.end() :]
    masked = _INITIAL.sub("_", ABBREVIATED.sub(lambda m: m.group(1) + "_", text))
    # a nickname in quotation marks inside a name is part of it ("General Michael “Erik” Kurilla")
    masked = _NICKNAME.sub(lambda m: " " + "_" * (len(m.group()) - 1), masked)
    # (a finite verb after it makes the words an object clause, "said the attack was"; not one
    # in the subject's relative clause, "said a resident who fled and whose house was torched")
    head = re.split(r"[,.;:\u201c\u201d\"(]|\b(?:who|whose|whom)\b", masked, maxsplit=1)[0]
    if FINITE.search(head) or _PAST_WITH_OBJECT.search(head) or (  # (or "said a jet struck the hospital",
        _A_PAST_BEFORE_QUOTE.fullmatch(head) and masked[len(head) : len(head) + 1] in ("\u201c", '"')  # "said the deaths showed “...”")
    ):
        return "", verb_end
    stop = AFTER_STOP.search(masked)
    phrase = " ".join(text[: stop.start() if stop else len(text)].split()[:_AFTER_WORDS])
    if stop and stop.group() == "," and phrase and (not is_named(phrase) or not strip_title(phrase)):
        # "said the village chief, Alhaji Garba Musa": the description and the name in
        # apposition are one subject, and either names the speaker (a title alone before a
        # stray comma too: "said Lt. Gen, Carlo Reyes"; two descriptions before it: "said one
        # of them, a village chief from Nacolo, Bacar Assumane")
        # (a title's list of portfolios, each a name, runs on to the one who holds them: "said
        # the Minister for Roads, Transport and Highways, Ravi Patel"; "said State Industry,
        # MSME, Labour, and Skill Development Minister Ravi Patel")
        at, parts, named_to = stop.end(), [phrase], 0
        for _ in range(_APPOSED_PARTS):
            rest = masked[at:]
            end = AFTER_STOP.search(rest)
            named = " ".join(text[at : at + (end.start() if end else len(rest))].split())
            parts.append(named)
            organisation_first = names_organisation(named) and end is not None and end.group() == ","
            listed = re.sub(r"^(?:and|&)\s+", "", named)  # a list's last item, "and Skill Development ..."
            if is_proper_name(_NICKNAME.sub("", listed)) and len(named.split()) <= _AFTER_WORDS and not organisation_first:
                # (past the organisation a title is of: "the Director-General, X Agency, Dr. Name")
                named_to = len(parts)
            elif named_to or len(parts) > 2:
                break  # (a name comes within two descriptions, as "one of them, a village chief from Nacolo, Bacar Assumane")
            if not end or end.group() != ",":
                break
            at += end.end()
        joined = ", ".join(parts[:named_to])
        phrase = joined if named_to and joined in text else phrase
        if not named_to and ELLIPTIC.fullmatch(phrase) and len(parts) > 1 and describes_person(parts[1]) and (described := ", ".join(parts[:2])) in text:
            phrase = described  # "said one, a shopkeeper": who "one" is
    if not phrase:
        return phrase, verb_end
    start = text.find(phrase)
    if gave := _GAVE_NAME.match(text, start + len(phrase)):
        # "said a worker who identified himself as Zuo", "said the woman, who would only give
        # her surname, Peng": the description with the name it gives
        phrase = text[start : gave.end()]
    return phrase, verb_end + start


# A description's own naming of the one it describes, after it
_GAVE_NAME = re.compile(
    # (past a place it is at: "a shopkeeper on the market street who gave only his first name, X")
    r"(?:\s+(?:on|in|at|from|near|outside)\s+[^,.;\u201c\u201d\"]{1,60}?)?,?\s+who\s+(?:identified (?:himself|herself|themselves)|gave (?:his|her|their|only (?:his|her|their)) (?:full |first )?(?:name|surname)"
    r"|would (?:only )?give (?:his|her|their) (?:first )?(?:name|surname))(?:\s+only)?(?:\s+as)?,?\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2}"
)
# In the other languages: a subject is never a phrase a preposition or a "that" opens ("a Radio
# X", "en declaraciones a", "à Belga", "que el Concello", "Al salir"), and an article or a name opens one
_NOT_A_SUBJECT = re.compile(
    r"(?:a|al|à|au|aux|ao|aos|às|en|em|na|no|dans|nel|nella|ai|alla|con|com|avec|sin|sem|sans|para|pour|per|por|desde|depuis"
    r"|da|tras|après|dopo|após|durante|pendant|de|del|du|des|di|sobre|sur|su|que|qu['\u2019]|che|y|e|et|ed|o|ou|ma|mas|pero|mais"
    r"|donde|cuando|quien|où|dove|onde|quando|cui)\b", re.I)


_DETERMINER_OPENS = re.compile(r"(?:el|la|los|las|le|les|l['\u2019]|il|lo|gli|o|a|os|as|un|una|une|um|uma|uno|su|sa|son|sua|seu"
                               r"|ce|cet|cette|ces|este|esta|estos|estas|esse|essa|questo|questa|quel|quella)\s", re.I)


_TWO_CAPITALISED = re.compile(r"\b[A-Z][\w'\u2019-]+\s+[A-Z][\w'\u2019-]+")
_CONJUNCTION = re.compile(r"(?:.*[\s,])?(?:y|e|et|ed)\s*$", re.I | re.S)


def other_language_subject(idx: SourceIndex, a: int, b: int, m: re.Match[str], before: str) -> tuple[str, int] | None:
    """Who a verb of speech of another language gives the words to: the pronoun of a French
    inversion ("a-t-il ajouté": "he"); the document a reflexive reads from ("lê-se na nota"); the
    subject after a verb that follows the quotation or a clause ("«...», a déclaré le maire",
    "..., a indiqué le parquet"); else the subject before it ("El alcalde dijo que ...", the
    sentence's first name after "y"/"e"/"et"). None when the subject is dropped ("«...», dijo.",
    "relató a Radio X", "Poi ha aggiunto:"): the words are read as untagged words are."""
    verb = m.group()
    if clitic := re.search(r"-t-(il|elle)\b", verb, re.I):
        return PRONOUN_IN_ENGLISH[clitic.group(1).casefold()], m.start() + clitic.start(1)
    after, at = subject_after(idx, m.end(), b)
    if re.fullmatch(READ_FROM, verb, re.I):
        read = re.match(r"(?:n[ao]s?|en|dans|nel|nella)\s+", after, re.I)
        return (after[read.end() :], at + read.end()) if read and after[read.end() :] else None
    if source := re.match(rf"\s*(?:{OTHER_ACCORDING})\s[^,\u201c\u201d\u00ab\u00bb\"]{{1,80}},", before, re.I):
        a += source.end()  # "Secondo X, il procuratore ha assicurato": the subject after X's phrase
    own, own_at = subject_before(idx, a, m.start())
    apposed = bool(own) and is_proper_name(own.split(",")[-1].strip())  # "El presidente ..., X Y, lamentó"
    closing = (not before.strip() or re.search(r"[\u201d\u00bb\"\u2014]\s*,?\s*$", before) is not None
               or (before.rstrip().endswith(",") and not apposed))
    if heard := re.search(r"\s+(?:a|al|a la|a los|\u00e0|au|aux|ao|aos|ai|alla|en|em|dans|nel)\s", after):
        after = after[: heard.start()]  # "dijo Kakas a la ABC": the one after the verb, not who heard it
    rest = idx.text[at + len(after) : b].lstrip()
    if closing and not after.strip() and before.rstrip().endswith(","):
        return None  # "La policía anticipaba ..., añadió.": an inverted tag whose subject is dropped
    if (after and closing and not _NOT_A_SUBJECT.match(after) and (is_proper_name(after.split(",")[0]) or _DETERMINER_OPENS.match(after))
            and (not rest or rest[0] in ".,;!?\u2014")):
        return after, at
    if own and _CONJUNCTION.fullmatch(own):  # "... y aseguró que": the sentence's subject
        first = next(((start, run) for start, _, run in idx.mentions[idx.sentence_of(m.start())]
                      if start >= a and not _NOT_A_SUBJECT.match(run) and not _DETERMINER_OPENS.match(run + " ")), None)
        return (first[1], first[0]) if first else None
    if own and not re.search(r"[A-Z]", own[1:]) and (named := [seg for seg in re.split(r",\s*", before) if _TWO_CAPITALISED.search(seg)]):
        # "le docteur Frantz Alexis, directeur médical de ..., l'unique hôpital public de la commune, a
        # confirmé": the named one of the descriptions set off by commas before the verb
        seg = named[-1].strip()
        own, own_at = seg, a + before.rfind(seg)
    lone = bool(own) and " " not in own and not idx.opens_name(own_at, own)  # "Poi ha aggiunto:" ("then")
    if own and not lone and not _NOT_A_SUBJECT.match(own) and (name_keys(own) or describes_person(own)):
        return own, own_at
    return None


def names_someone(phrase: str) -> bool:
    """Whether a phrase names or describes someone who may speak: a name, a person's or an
    organisation's description (not "the timing of the attack", "police records")."""
    return is_named(phrase) or describes_person(phrase) or names_organisation(phrase)


def someone(subject: str) -> bool:
    """Whether a subject can be someone who speaks: one named or described, a pronoun, or
    one picked out of a group named before ("one of them", "the younger of them")."""
    return subject.casefold() in PRONOUNS or names_someone(subject) or ELLIPTIC.fullmatch(subject) is not None
