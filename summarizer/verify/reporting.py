"""Who the article says spoke: reporting verbs and their subjects as written.

News prose attributes speech in a small grammar, the same everywhere: a reporting
verb before or after the quotation ("said", "told reporters", "wrote on X",
"according to"), its subject before it (commas may set off an apposition or a
relative clause between them) or after it ("said the official"), a participle
("…, saying") or a coordinated verb ("…, and said") sharing the subject of the
verb before it, and subjects that refer back: a pronoun ("he said"), a document
("the statement said"), a definite description ("the ministry said", "the mayor
wrote"). `attributions` reads the verbs and subjects of a sentence, with the words
of `vocabulary`, the subjects `subjects` finds and the nested and relayed words of
`nested`; `referents` says what a subject that refers back refers to.

Every rule here is a heuristic of English news style, tested on the project's
corpus (tests/data/corpus) and on tests/test_attribution.py; where one breaks
(two people of one sex named in the previous sentence, say) the verifier reports
the speaker as contradicted or unattributed rather than grounding a guess.
"""

from __future__ import annotations

import re

from ..names import ORG_WORDS, TITLE_HEADS, is_proper_name, name_keys, strip_title
from ..text import OTHER_SPEECH_VERBS, SourceIndex
from .nested import OPENING_DOCUMENT, PERCEIVED, according_to, possessive_owner
from .places import datelines
from .subjects import (
    ADVERBIAL,
    AFTER_STOP,
    OPENING_TIME,
    SAID_BEFORE,
    names_someone,
    other_language_subject,
    relative_antecedent,
    reported_subject,
    someone,
    subject_after,
    subject_before,
    titled_name,
)
from .vocabulary import (
    A_PAST,
    ACCORDING,
    CONTRAST,
    DOCUMENTS,
    ELLIPTIC,
    FINITE,
    IRREGULAR_PAST,
    ISSUED,
    NAMING_VERBS,
    PARTICIPLE,
    PAST,
    PRONOUNS,
    REPORT_VERB,
    VERB_FORM,
    Attribution,
    describes_person,
    description_head,
    is_named,
    last_word,
    person_noun,
)

_OTHER_SPEECH = re.compile(OTHER_SPEECH_VERBS, re.I)
_SHOUT_STEMS = ("yell", "shout", "scream", "chant")
_SHOUTED = frozenset(f"{stem}ed" for stem in _SHOUT_STEMS)
_SHOUTING = frozenset(f"{stem}ing" for stem in _SHOUT_STEMS)
_SHOUTS = frozenset(_SHOUT_STEMS) | _SHOUTED | {"say"}  # after "heard X": X's words ("heard someone yelled ‘...’")
_SHOUTED_BY = re.compile(r"\b(he|she|they)\s+(?:[a-z]+ly\s+)?$", re.I)  # "that he shouted", "she repeatedly screamed"
# The one described right before a shout, perhaps with how they shouted: "and a bearded man
# repeatedly shouting", "showing a woman screaming" (heuristic: a described person, after a
# comma, "and" or "showing"; a name is left to the rules of subjects)
_SHOUTER = re.compile(r"(?:,\s*|\band\s+|\bshowing\s+)((?:a|an|one|two|three|several|some)\s+(?:[\w'\u2019-]+\s+){0,3}?[\w'\u2019-]+)(?:\s+[a-z]+ly)?\s*$")
# A name's lower-case noun after it: "Harbour City police", "Kenya health officials".
_QUALIFIED = re.compile(r"(?:[ \t]+[a-z]+){1,2}")
# A clause reported after a verb of speech: its subject, then its verb in the past, with no
# clause break up to the verb after it ("said the watchman woke the traders ... by banging and")
_REPORTED_CLAUSE = re.compile(
    r"\s+(?:that\s+)?((?:the|a|an|his|her|their|its)\s+(?:[\w'\u2019-]+\s+){0,3}?[\w'\u2019-]+|[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,3})"
    rf"\s+(?:had\s+)?{PAST}\b[^;:.!?,\u201c\u201d\"]*$")


# Between a name and another, a description the first qualifies, the second names: "(England)
# striker (Marcus Rashford)", "(Manchester United) and England striker (...)". Heuristic: the
# description's last word a noun for a person, by the list or by an agent noun's ending
# ("striker", "spokesman"), which no verb between two names has ("Russia attacked Ukraine").
_DESCRIBED_NAME = re.compile(
    rf"(?:\s+and\s+[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){{0,3}})?(?:\s+(?!(?:{IRREGULAR_PAST})\b)[a-z][a-z-]*(?<!ed)(?<!s)){{0,2}}\s+([a-z][a-z-]*)\s+")


# "X can be heard saying", "X was heard shouting": what was perceived speaks, before the verb.
# (its subject may carry a participle's or a relative clause: "a man standing among the
# carts can be heard shouting", "a woman in a red scarf is heard saying", "guests trapped in
# the hotel can be heard calling for help, asking")
_HEARD_PASSIVE = re.compile(r"(?P<who>(?P<head>(?:(?:the|a|an|one)\s+)?[\w'\u2019.-]+(?:\s+[\w'\u2019.-]+){0,4}?)"
                            r"(?:\s+(?:[a-z]+ing|[a-z]{3,}ed|who|in|with)\b[^.;:,\u201c\u201d\"]{0,80}?)?),?\s+(?:can|could|may|is|was|were|are)\s+(?:be\s+)?(?:heard|seen)\s+"
                            # (doing something else first: "X can be seen stopping the music and shouting:", "X can be
                            # heard calling for help, asking “...”")
                            r"(?:[a-z]+ing\b[^.;:,\u201c\u201d\"]{0,60}?(?:\s+and\s+|,\s*))?$", re.I)


# "..., with one fire officer claiming, “...”", "with X noting": the participle's own subject.
# (no comma between: "in close contact with the embassy, adding" is the sentence's subject's)
_WITH_SUBJECT = re.compile(r"\bwith\s+((?:[\w'\u2019.-]+\s+){0,5}?[\w'\u2019.-]+)\s*$")
# Verbs news prose puts before their subject ("said the official"); the others take an
# object after them ("told Reuters", "warned Israel"), never their subject.
_INVERTIBLE = frozenset(
    "said says added adds wrote writes asked explained noted insisted recalled recounted stated replied admitted "
    "confirmed declared warned cautioned read reads recalls specified tweeted posted continued commented mentioned reported "
    "cried exclaimed informed indicated underlined stressed emphasized emphasised "
    "lamented laments argued argues acknowledged concluded remarked observed asserted whispered shouted pleaded sighed "
    "explains insists notes recounts".split()
) | {"cried out"}
# Verbs that take no object, so a phrase after them behind a clause's comma is their subject
# ("..., said the mayor"; "..., confirmed the attack" has an object).
_SAID = frozenset("said says added adds wrote writes explained noted recalled stated replied".split())


# A sentence's opening phrase of place, time or means, up to its comma ("In a Twitter post,")
_OPENING_PHRASE = re.compile(r"\s*(?:In|On|At|From|After|During|Via|Through|With|Speaking)\b[^,\u201c\u201d\"]{0,60},\s*")
_QUOTED_ACTIVE = re.compile(
    r"(?<!was )(?<!were )(?<!been )(?<!being )(?<!is )(?<!are )\b(?:quoted|quotes|quote|cited|cites|citing)\s+(?!by\b|in\b)(?P<who>[^;:\u201c\u201d\"]{2,120}?)\s+as\s+$"
    # (or the words the quoted one is saying, after a comma: "BBC News quote a statement from X, saying")
    r"|(?<!was )(?<!were )(?<!been )(?<!is )(?<!are )\b(?:quoted|quotes|quote)\s+(?P<said>(?:an?|the)\s+(?:statement|message|post|letter|note)\s+(?:from|by|of)\s+[^;:,\u201c\u201d\"]{2,100}?),\s+$", re.I
)
_QUOTED_AS = re.compile(r"\b(?:was|were|is|are|being|been)\s+(?:also\s+)?quoted\b[^.;:\u201c\u201d\"]*\bas\s+$", re.I)
# The subject opening a main clause, up to its verb in the past or with an auxiliary ("police
# sealed off", "the army has closed")
_MAIN_SUBJECT = re.compile(rf"\s*((?:the\s+)?[a-z][\w'\u2019-]*(?:\s+[a-z][\w'\u2019-]*){{0,2}}?)\s+(?:{PAST}|has|have|had|was|were|is|are|will|would)\b")
# What may open a sentence before its participle: "Describing ...", "After first admitting ..."
_OPENING_PARTICIPLE = re.compile(r"\s*(?:(?:after|before|while|when|upon|on)\s+)?(?:(?:first|also|again|[a-z]+ly)\s+)?", re.I)
# A clause of time or condition just opened before a verb: "until it had concluded,"
# (its words unbroken by a comma or a quotation's close: '“... until Thursday,” one relative said,')
_TIME_CLAUSE = re.compile(r"\b(?:until|till|once|unless|after|before|when|whenever|if)\s+(?:[^\s,;\"\u201c\u201d\u2019\u00bb]+\s+){0,3}$", re.I)
# "Asked about the figure, ...", "Pressed on whether ...": a participle's object, not its subject.
_ASKED_ABOUT = re.compile(r"\s+(?:about|on|over|by|for|whether|if|why|how|what|to)\b")
# What is cited that speaks no words: "citing first-hand reports from his staff", "citing data"
_CITED_THING = re.compile(
    r"(?:(?:the|his|her|their|its|first-hand|new|local|official|initial|preliminary|media|news|police|hospital)\s+)*"
    r"(?:reports?|data|figures|records|documents|information|footage|images|estimates|statistics)\b", re.I
)
_OWNED_SPEECH = re.compile(
    r"(?:['\u2019]s)?\s+(?:condemnation|statement|words|remarks|comments|warning|description|message|speech|address|appeal|call|pledge|vow)\b"
)
# "prompting X to announce ...": the one before the infinitive's "to" speaks
_TO_INFINITIVE = re.compile(r"\bto\s+$")
_OFFICE_OF = re.compile(r"\s*(?:the|a|an)\s+(?:[a-z-]+\s+){0,2}([a-z-]+)\s+(?:for|of|in|at)\s+(?:the\s+)?", re.I)  # "The coroner for "
_RELATIVE_BEFORE_VERB = re.compile(r",\s*(?:which|who)\s+(?:[a-z]+ly\s+|had\s+|has\s+|also\s+)?$")
# What places or qualifies a description after its head ("a surgeon at the city hospital",
# "an officer with a megaphone"): cut off to judge whether the head is someone
_PLACE_QUALIFIER = re.compile(r"\s+(?:with|in|from|at|of|on|near)\s.*$")
_CLOSED_BEFORE = re.compile(r"[\u201d\"\u2019\u00bb]\s*,?\s*$")  # a quotation closing right before a verb
_PART_OF_WHAT = re.compile(r"\s*(?:part|parts|some|much|most|an excerpt|excerpts)\s+of\s+what\s+((?:[\w'\u2019.-]+\s+){0,3}?[\w'\u2019.-]+)\s+", re.I)
_WHAT_LABEL = re.compile(r"\s*(?:here(?:'s|\u2019s| is) )?what\s+(?:[\w'\u2019]+\s+){0,3}", re.I)
# A participle after a determiner or a number qualifies the noun after it: no verb of speech.
# (or a preposition, its quotation mark between: "the result of “alleged suicide”")
_DETERMINER_BEFORE = re.compile(
    r"\b(?:the|a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|his|her|their|its|our|all|no|any|other|more|several"
    r"|of|for|in|on|with|from|into|about|over)\s+[\u201c\u2018\"']?$", re.I
)
# A subject, its auxiliary or adverb, then a quotation opening its predicate
# (a name, or "the" and a few lower-case words; the quotation going on in lower case, as a
# predicate does: not "... the terrorist militia “Islamic State”")
_QUOTED_PREDICATE = re.compile(
    r"\s*((?:[Tt]he\s+)?(?!(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Several|Many|Some|Most|All|Both|Dozens|Hundreds|Thousands)\s)"
    r"(?:[A-Z][\w'\u2019.-]*\s+(?:(?:of|and|for|the)\s+)*){0,5}[A-Z][\w'\u2019.-]*|[Tt]he\s+(?:(?![a-z]+ed\s)[a-z-]+\s+){0,3}?(?!(?:has|have|had|is|was|were|are|will|would)\b)(?![a-z]+ed\s)[a-z]+)"
    r"\s+(?:(?:has|have|had|is|was|were|are|will|would|also|[a-z]+ly)\s+)*(?=[\u201c\"](?!(?:a|an|the|their|his|her|its|our|some|no)\s)[a-z])"
)  # (a noun phrase in quotation marks is what the subject has, not words it says: 'The attackers had “a list ...”')
# A pronoun subject with its verb, past the subordinate clause before it: "... Mr Murphy he pointed";
# the clause opening the sentence ("When gardai asked where ...").
_SUBORDINATE_OPENING = re.compile(r"\s*(?:When|As|After|While|Before|Once|If|Although|Though|Because|Since)\b")
_CLAUSE_PRONOUN = re.compile(rf"\b(he|she|they|we)\s+(?:[a-z]+ly\s+)?(?:[a-z]{{3,}}ed|{IRREGULAR_PAST})\b")
# A passive predicate in quotation marks: its auxiliary, then a participle ('was “controlled by ...”').
_PASSIVE_QUOTED = re.compile(r"\b(?:is|was|are|were|been|being)\s+[\u201c\"][a-z]+ed\b")
# A pronoun opening a sentence as its subject, its verb after it ("She also thanked ...")
_PRONOUN_SUBJECT = re.compile(r"\s*(?:[A-Z][\w ]{0,30},\s*)?(He|She|They|It|he|she|they|it)\s+(?:also\s+|then\s+|later\s+)?[a-z]+(?:ed|s)\b")
# A verb of speech after an article is a noun ("giving a recount", "the call")
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an|his|her|their|its|our)\s+$", re.I)
# "did not say", "declined to comment on": a verb denied reports no words.
_NEGATED = re.compile(r"(?:\bnot|\bnever|n't|\b(?:declined|refused) to)\s+(?:[a-z]+ly\s+)?$", re.I)  # ("has not officially commented")
# The dashes around an aside inside a quotation: " – X announced via Telegram – "
_DASH_BEFORE = re.compile(r"\s[\u2013\u2014-]\s(?=[^\u2013\u2014]*$)")
_DASH_AFTER = re.compile(r"[^\u2013\u2014\u201c\u201d\"]{0,60}?\s[\u2013\u2014-]\s")
_NAMING = NAMING_VERBS | {"cited", "confirmed", "announced"}
# After a passive verb of speech, its agent: "as “...” by", "“...” by" (a few words and a quotation between)
_BY = re.compile(r"\s+by\s+")  # right after the verb, with no auxiliary before it
_BY_AGENT = re.compile(r"(?:\s+(?:as(?:\s+(?:an?|the))?|to|it|him|her|them))?\s*(?:[\u201c\"\u2018][^\u201c\u201d\"]{1,200}[\u201d\"\u2019])?,?\s+by\s+")
# "would be added", "was called": a passive verb reports no one's words.
_PASSIVE = re.compile(r"\b(?:be|been|being|is|are|was|were)\s+(?:(?:also|later|widely|first|not|never|reportedly)\s+)?[\u201c\"\u2018\u00ab\u201e']?$", re.I)  # (the verb may open a quotation)
# A sentence opening with a description of someone and its verb: "A local military source blamed",
# "A senior Iraqi official later took to X".
# (after a day with no comma, and counted: "On Monday morning about 200 people marched ...")
_OPENING_DESCRIPTION = re.compile(
    rf"\s*(?:{OPENING_TIME.pattern})?"
    r"((?:[Aa]n?|[Tt]he|(?:Hundreds|Dozens|Thousands|Scores|Crowds)\s+of|(?:(?:[Aa]bout|[Ss]ome|[Aa]round|[Nn]early|[Oo]ver|[Mm]ore\s+than)\s+)?\d[\d,]*)\s+(?:[\w-]+\s+){0,4}?[a-z][\w-]*(?:\s+of\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2})?)\s+(?:(?:also|later|then|[a-z]+ly)\s+)?"
    r"(?:[a-z]+ed|has|had|was|took|told|gave|made|went|came|spoke|wrote|sent|held|met|said)\b"
)
_RELATIVE_VERB = re.compile(r"\b(?:who|whom|which)\s+(?:had\s+|has\s+)?$", re.I)
# "the suspect, who police say stabbed “...”", "colleagues, who Lawson noted have “...”": a relative
# clause's own speaker between its pronoun and its verb of saying
_SAY_IN_RELATIVE_VERBS = frozenset("say says said noted notes stated states claimed claims alleged alleges believed believes reported reports".split())
_SAY_IN_RELATIVE = re.compile(r"\b(?:who|whom|which|that)\s+((?:the\s+)?[\w'\u2019.-]+(?:\s+[\w'\u2019.-]+){0,3}?)\s+$", re.I)
_VAGUE = frozenset("reports report media".split())
# "what it called", "in what he described as": the pronoun is the clause's own subject.
_OPENING_AS = re.compile(r"\s*As\s+(he|she|they|we|it)\s+")
_EMBEDDED = re.compile(r"\b(?:what|which|as|whom|who|that)\s+(?:he|she|it|they)\s*$", re.I)
# A sign put up with words on it, whose words "reads" gives (a banner's or a placard's slogan,
# "The banner read “Stay home”", stays nobody's words)
_SIGNS = frozenset("sign signs signboard signboards".split())
_FROM = re.compile(rf"^(?:(?:(?:an?|the)\s+)?(?:joint\s+)?(?:statement|communique|release|post|message|letter)\s+(?:{ISSUED}\s+)?(?:from|by|of)"
                   rf"|(?:{ISSUED}\s+)?(?:from|by))\s+", re.I)


# A document opening the sentence with who signed or issued it, up to its verb: "The letter of 2
# March, signed by the president of the union, X Y, read in part:"
_SIGNED_DOCUMENT = re.compile(
    rf"\s*(?:(?:[Aa]n?|[Tt]he)\s+(?:[\w'\u2019-]+\s+){{0,3}}?(?:{'|'.join(sorted(DOCUMENTS))})(?:\s+(?:of|dated|from)\s+[^,.;\u201c\u201d\"]{{1,30}}?)?)"
    rf",?\s+{ISSUED}\s+by\s+(?P<by>[^.;\u201c\u201d\"]{{2,120}}?),?\s*"
)
# Who issued the document a subject names, written after it: "A statement issued by the X family
# thanked the army" (heuristic: the issuer's phrase runs up to a word in a past or present tense)
_ISSUED_BY = re.compile(rf",?\s+{ISSUED}\s+by\s+"
                        r"((?:the\s+)?[\w'\u2019.-]+(?:\s+[\w'\u2019.-]+){0,4}?)(?=,|\s+[a-z]+(?:ed|s)\b)")


# A verb coordinated with the one before it shares its subject: "... and said", "but said",
# "and have so far denied".
_COORDINATED = re.compile(r"\b(?:and|but|then)\s+(?:(?:has|have|had|also|later|so far|then|not|never|further|again|still|even|[a-z]+ly)\s+)*$", re.I)


_ADVERB_ONLY = re.compile(r"[a-z]+ly\s+")


# After a title, its place and the name in apposition closing the sentence: " in Yemen, Alexandre Faite."
_PLACE_THEN_NAME = re.compile(r"\s+(?:in|for|of|at)\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*,\s+([A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*)+)\s*[.,;]?\s*$")


# A document opening the clause of "read", participles' phrases after it: "A handwritten
# note left on the dashboard read:", "The note left on the bus, written in ink, read"
# (the phrases' own nouns are no subject)
_DOCUMENT_READ = re.compile(rf"(?:^|[,;]\s*)\s*((?:an?|the|one)\s+(?:[\w-]+\s+){{0,2}}?(?:{'|'.join(DOCUMENTS)}))\s+{PAST}\b[^;:.\u201c\u201d\"]*$", re.I)


def attributions(idx: SourceIndex, k: int) -> list[Attribution]:
    """Reporting verbs in sentence `k` (outside quotation marks) with their subjects,
    memoised per sentence: every quote of the sentence asks the same question."""
    key = ("attributions", k)
    if key not in idx.memo:
        idx.memo[key] = _find_attributions(idx, k)
    return idx.memo[key]


def _find_attributions(idx: SourceIndex, k: int) -> list[Attribution]:
    """A participle ("..., saying"), a coordinated verb ("... and said") and an
    embedded one ("what it called") take the subject of the sentence's verb before
    them, or the sentence's first name."""
    a, b = idx.sentence_span(k)
    # a dateline opening the sentence ("CHARLOTTE, N.C. — The uncle ... said") is no part of it
    a = next((end for start, end in datelines(idx) if start <= a < end or (a <= start < b and not idx.text[a:start].strip())), a)
    out: list[Attribution] = []
    # an opening phrase of place or means, whose names are no subject: "In a Twitter post, President X ..."
    opening_phrase = _OPENING_PHRASE.match(idx.text, a)

    def inherited(m: re.Match[str]) -> Attribution | None:
        # (the subject of a verb before it that someone can be: not "the timing of the attack
        # indicated ..., branding it"; heuristic)
        # (nor across a clause of contrast: "X denounced “...”, while Y felt that they added")
        # (nor the verb of a relative clause set off by commas: "She quoted the statement of his
        # mother, which described ..., and told him: “...”" goes on with "She")
        heard = [o for o in out if not CONTRAST.search(idx.text, o.verb_end, m.start())
                 and not (_RELATIVE_BEFORE_VERB.search(idx.text, max(a, o.verb_start - 40), o.verb_start) and idx.text.count(",", o.verb_end, m.start()))]
        speakers = [o for o in heard if someone(o.subject)]
        if out:
            if not heard:
                return None
            source = (speakers or heard)[-1]
            # ("When gardai asked where he was, he pointed and said": a pronoun opening a clause
            # of its own between the verbs is the subject the later verb goes with)
            own = [p for p in _CLAUSE_PRONOUN.finditer(idx.text, source.verb_end, m.start()) if not idx.quoted(p.start())]
            if own and _SUBORDINATE_OPENING.match(idx.text, a, source.verb_start):
                return Attribution(m.start(), m.end(), own[-1].group(1), own[-1].start(1))
            # ("She said the watchman woke the traders by banging and shouting": a participle in a
            # clause the verb before it reports goes with that clause's subject)
            if (idx.text[source.verb_start : source.verb_end].casefold() in _SAID
                    and (reported := _REPORTED_CLAUSE.match(idx.text, source.verb_end, m.start())) and someone(reported.group(1))):
                return Attribution(m.start(), m.end(), reported.group(1), reported.start(1))
            if (idx.text[source.verb_start : source.verb_end].casefold() == "quoted" and not m.group().endswith("ing")
                    and (quoter := subject_before(idx, a, source.verb_start))[0]):
                # "She quoted from the statement of his mother ... and told him: “...”": "quoted"
                # gives the words it carries to the one quoted; the verb after it goes on with its doer
                return Attribution(m.start(), m.end(), *quoter)
            return Attribution(m.start(), m.end(), source.subject, source.subject_start)
        if _OPENING_PARTICIPLE.fullmatch(idx.text, a, m.start()):
            # "Describing the incident as “a massacre,” elder X said": the participle opening the
            # sentence shares the subject of the verb after it; with no verb of speech there,
            # the name opening the main clause ("After first admitting that “...”, Brown detailed")
            later = next((v for v in REPORT_VERB.finditer(idx.text, m.end(), b) if not idx.quoted(v.start())), None)
            if later is not None and (subject := subject_before(idx, a, later.start()))[0] and name_keys(subject[0]):
                if (main_subject := _MAIN_SUBJECT.match(subject[0])) and names_someone(main_subject.group(1)):
                    subject = (main_subject.group(1), subject[1] + main_subject.start(1))  # "... police sealed off the area and urged": police
                return Attribution(m.start(), m.end(), *subject)
            comma = next((c.end() for c in re.finditer(r",\s*", idx.text[m.end() : b]) if not idx.quoted(m.end() + c.start())), None)
            main = next(((start, run) for start, _, run in idx.mentions[k] if comma is not None and start == m.end() + comma), None)
            if later is None and main is not None and not possessive_owner(idx, *main):
                return Attribution(m.start(), m.end(), main[1], main[0])
            # (or a description opening the main clause, after the comma or the quotation that ends
            # the participle's phrase: "Warning of a “major operation” police sealed off the area")
            closed = next((e for s, e in idx.regions if m.end() <= s and e < b), None)
            opens = m.end() + comma if comma is not None else (closed + 1 if closed is not None else None)
            if later is None and opens is not None and (described := _MAIN_SUBJECT.match(idx.text, opens, b)) and names_someone(described.group(1)):
                return Attribution(m.start(), m.end(), described.group(1), described.start(1))
        # a progressive's subject is the words before its auxiliary ("others were shouting:")
        # (or a perceived one: "a video in which a man is heard shouting")
        if progressive := re.search(r"\s+(?:(?:were|was|are|is)(?:\s+heard)?|(?:can|could)\s+be\s+heard)\s+$", idx.text[a : m.start()]):
            doer, at = subject_before(idx, a, a + progressive.start())
            if clause := list(re.finditer(r"\b(?:while|whereas|as|when|because|and|but|which|where|whom)\s+", doer)):  # "... while others were"
                doer, at = doer[clause[-1].end() :], at + clause[-1].end()
            return Attribution(m.start(), m.end(), doer, at) if someone(doer) or ELLIPTIC.fullmatch(doer) else None
        # a pronoun opening the sentence is its subject ("She also thanked X, “...”, saying")
        if opening := _PRONOUN_SUBJECT.match(idx.text, a, m.start()):
            return Attribution(m.start(), m.end(), opening.group(1), opening.start(1))
        # the sentence's own subject when it describes someone ("A local military source blamed
        # the X militia ..., saying"), else its first name, passing over an owner ("Iran's
        # foreign ministry spokesman X")
        # (a name inside the description qualifies it: "A senior Iraqi official")
        if (document := OPENING_DOCUMENT.match(idx.text, a)) and document.end() <= m.start():
            # "A safety audit of the ferry Lagi Fou ... listed the radar as “serviceable” but
            # noted": a document the sentence opens with, not a name inside it, unless it says who
            # issued it ("A statement issued by the X family thanked ... and asked")
            if issuer := _ISSUED_BY.match(idx.text, document.end(), m.start()):
                return Attribution(m.start(), m.end(), issuer.group(1), issuer.start(1))
            return Attribution(m.start(), m.end(), document.group(1), document.start(1))
        first = next(((start, end, run) for start, end, run in idx.mentions[k] if start >= a), None)
        if (described := _OPENING_DESCRIPTION.match(idx.text, a)) and (first is None or described.end(1) <= first[0] or first[1] <= described.end(1)):
            return Attribution(m.start(), m.end(), described.group(1), described.start(1))
        # (an owner is no subject, unless what it owns is speech: "Putin's condemnation of “...”")
        # (nor a participle opening the sentence, capitalised as names are: "Speaking after the prayer, X ...")
        names = [(start, run) for start, _, run in idx.mentions[k]
                 if a <= start < m.start() and (not possessive_owner(idx, start, run) or _OWNED_SPEECH.match(idx.text, start + len(run)))
                 and not VERB_FORM.fullmatch(run) and not ADVERBIAL.fullmatch(run)]  # (nor "Instead," opening it)
        # (nor a name in an opening phrase of place or means)
        if opening_phrase and any(start >= opening_phrase.end() for start, _ in names):
            names = [(start, run) for start, run in names if start >= opening_phrase.end()]
        if names:
            start, run = names[0]
            title_only = any(w.casefold() in TITLE_HEADS for w in run.split()) and strip_title(run) is None
            if title_only and len(names) > 1 and re.fullmatch(r",\s*", idx.text[start + len(run) : names[1][0]]):
                start, run = names[1]  # "the Minister of Defense, Iván Velásquez, ...": the name in apposition
            elif (len(names) > 1 and re.fullmatch(r",\s*", idx.text[start + len(run) : names[1][0]])
                  and (office := _OFFICE_OF.fullmatch(idx.text, a, start)) and person_noun(office.group(1).casefold())):
                start, run = names[1]  # "The coroner for Galway West, Dr X, ...": the place is the office's, the name its holder
            # "Manchester United and England striker Marcus Rashford ...": names that qualify a
            # person's description, the name after it the person's
            person = next(((at, who) for at, who in names[1:] if (between := _DESCRIBED_NAME.fullmatch(idx.text, start + len(run), at))
                           and person_noun(between.group(1))), None)
            if person is not None:
                return Attribution(m.start(), m.end(), person[1], person[0])
            # "Harbour City police shared ..., saying": the name with the noun it qualifies
            after = _QUALIFIED.match(idx.text, start + len(run))
            words = after.group().split() if after else []
            qualified = [" ".join(words[:n]) for n in (2, 1) if len(words) >= n]
            if head := next((q for q in qualified if describes_person(q) or last_word(q) in ORG_WORDS), None):
                end = after.start() + after.group().index(head) + len(head) if after else start + len(run)
                if describes_person(head) and len(names) > 1 and re.fullmatch(r"\s*,\s*", idx.text[end : names[1][0]]):
                    return Attribution(m.start(), m.end(), names[1][1], names[1][0])  # "Tarmu resident, Haitham, ...": the name in apposition
                run += " " + head
                if owned := re.match(r"['\u2019]s?((?:[ \t]+[a-z]+){1,3})", idx.text[end:]):
                    # "the Mexican bishops’ conference", "the state's attorney general office": what the
                    # owner owns, to its last word for an organisation or a person
                    nouns = owned.group(1).split()
                    last = max((n for n, w in enumerate(nouns) if w in ORG_WORDS or describes_person(w)), default=0)
                    run += owned.group()[: owned.start(1) - owned.start()] + " " + " ".join(nouns[: last + 1])

            return Attribution(m.start(), m.end(), run, start)
        return None

    for m in REPORT_VERB.finditer(idx.text, a, b):
        # a verb inside quotation marks reports nothing, unless the quotation opens with it
        # ('France "condemned in the strongest possible terms the attack"'): the subject before it speaks
        opens_quote = idx.quoted(m.start())
        # (its verb may follow an adverb: Tamboura ‘strongly condemned the attack’; never "according
        # to", whose source follows it inside the words: “According to our sources, five died.”)
        if opens_quote and (m.group().casefold() in ACCORDING or not any(r[0] == m.start() or _ADVERB_ONLY.fullmatch(idx.text[r[0] : m.start()]) for r in idx.regions)):
            # the Spanish and Portuguese inset between dashes: "«No podemos descartar nada —subrayó
            # Castro de la Peña— hasta que ...»": the words around it are the subject's
            if (_OTHER_SPEECH.fullmatch(m.group()) and re.search(r"\u2014\s*$", idx.text[max(a, m.start() - 3) : m.start()])
                    and (inset := re.match(r"\s+([^\u2014\u201c\u201d\u00ab\u00bb\"]{2,80}?)\s*\u2014", idx.text[m.end() : b]))):
                out.append(Attribution(m.start(), m.end(), inset.group(1).strip(" ,"), m.end() + inset.start(1)))
                continue
            # but an aside between dashes names the speaker of the words around it: “The air
            # defence forces – the mayor, Sergey Sobyanin, announced via Telegram – repelled ...”
            aside = _DASH_BEFORE.search(idx.text, max(a, m.start() - 120), m.start())
            if aside and _DASH_AFTER.match(idx.text, m.end()):
                # (the name among the aside's comma-set parts, else the whole: "the mayor, X,")
                parts = [p for p in re.finditer(r"[^,]+", idx.text[aside.end() : m.start()]) if p.group().strip()]
                part = next((p for p in parts if is_proper_name(p.group().strip())), parts[0] if len(parts) == 1 else None)
                if part is not None and name_keys(who := part.group().strip()):
                    out.append(Attribution(m.start(), m.end(), who, aside.end() + part.start() + part.group().index(who)))
            continue
        verb = m.group().casefold()
        before = idx.text[a : m.start()]
        if _OTHER_SPEECH.fullmatch(verb):
            if other := other_language_subject(idx, a, b, m, before):
                out.append(Attribution(m.start(), m.end(), *other))
            continue
        if verb == "post":  # "X took to his X handle to post, “...”": the sentence's subject posted
            if (att := inherited(m)) is not None:
                out.append(att)
            continue
        if infinitive := _TO_INFINITIVE.search(before):
            # "prompting Gustavo Petro to announce": the name right before "to", else no one said it
            at = a + infinitive.start()
            owner = next(((start, run) for start, end, run in idx.mentions[k] if start >= a and end <= at and re.fullmatch(r"\s*", idx.text[end:at])), None)
            if owner is not None and not re.search(r"\b(?:in|at|near|from|on|to)\s+(?:the\s+)?$", idx.text[a : owner[0]]):
                out.append(Attribution(m.start(), m.end(), owner[1], owner[0]))
            elif owner is not None and (opener := next(((start, run) for start, _, run in idx.mentions[k] if start >= a), None)) and (
                    opener[0] < owner[0] and someone(opener[1]) and not idx.text[a : opener[0]].strip()):
                # "X spoke later Sunday in Belgrade to say": a place before "to" is where; the speaker opens the sentence
                out.append(Attribution(m.start(), m.end(), opener[1], opener[0]))
            continue
        if (part := _PART_OF_WHAT.fullmatch(before)) and re.match(r"\s*:", idx.text[m.end() :]):
            # "Part of what she said:": the words after the colon are hers
            out.append(Attribution(m.start(), m.end(), part.group(1), a + part.start(1)))
            continue
        if _WHAT_LABEL.fullmatch(before) and re.match(r"\s*:", idx.text[m.end() :]):
            continue  # a label ("What they're saying:", "Here's what he said:"): the quotation after it names its speaker
        if verb == "states" and re.search(r"\b[A-Z][\w'\u2019-]*\s+$", before):
            continue  # a noun: "Kaduna and Nasarawa states", "the Gulf States" ("police states" is a verb)
        if (verb.endswith("ed") and _DETERMINER_BEFORE.search(before)) or _ARTICLE_BEFORE.search(before):
            continue  # an adjective or a noun: "one confirmed homicide", "their alleged attacker", "giving a recount"
        passive = _PASSIVE.search(before) is not None and not verb.endswith("ing")  # ("were shouting": active)
        by = (_BY_AGENT if passive else _BY).match(idx.text, m.end(), b) if verb in _NAMING else None
        if passive or by:
            # a passive verb ("would be added") reports no words of its subject; a passive of
            # naming its agent's, with or without its auxiliary ("The suspect was described as
            # “...” by police", "a tragedy described by victims as “a bad dream”")
            if by and (agent := subject_after(idx, by.end(), b))[0] and names_someone(agent[0]):
                out.append(Attribution(m.start(), m.end(), *agent))
            continue
        if _NEGATED.search(before):
            continue  # "but did not say how many", "declined to say": no words reported
        if _TIME_CLAUSE.search(before) and re.match(r"\s*,", idx.text[m.end() :]):
            continue  # "until it had concluded, the figure ...": a verb with nothing reported, its clause closed
        if not before.strip() and verb.endswith("ed") and _ASKED_ABOUT.match(idx.text, m.end()):
            continue  # a participle opening the sentence ("Asked about the figure, X said"): X's verb reports
        if verb in _SAY_IN_RELATIVE_VERBS and (inner := _SAY_IN_RELATIVE.search(before)) and names_someone(inner.group(1)):
            out.append(Attribution(m.start(), m.end(), inner.group(1), a + inner.start(1)))
            continue
        if relative := _RELATIVE_VERB.search(before):
            # "a militia, which said on Telegram that ...": the words are the antecedent's; but
            # "the rescuer, who asked not to be named" reports nothing
            if verb != "asked" and (antecedent := relative_antecedent(idx, k, a + relative.start())):
                out.append(Attribution(m.start(), m.end(), antecedent[1], antecedent[0]))
            continue
        if verb == "posted" and re.search(rf"\b(?:{'|'.join(DOCUMENTS)})\s+$", before, re.I):
            continue  # a document's participle ("a video message posted on TikTok")
        if verb in ("saying", "giving") and (active := _QUOTED_ACTIVE.search(before)):
            # "The agency quoted the commander, Captain X, as saying": the commander's words
            who = (active.group("who") or active.group("said")).strip(" ,")
            at = a + before.rfind(who)
            if from_match := _FROM.match(who):  # "cited a statement by the group as saying": the group's
                who, at = who[from_match.end() :], at + from_match.end()
            out.append(Attribution(m.start(), m.end(), who, at))
            continue
        if verb == "saying" and (quoted := _QUOTED_AS.search(before)):
            # "X was quoted by the agency as saying": X's words; the agency only carried them
            subject, at = subject_before(idx, a, a + quoted.start())
            if name_keys(subject):
                out.append(Attribution(m.start(), m.end(), subject, at))
                continue
        coordinated = _COORDINATED.search(before) is not None
        # (the source's head before what places it: "a surgeon at the republican hospital")
        if verb in ("citing", "quoting") and (cited := subject_after(idx, m.end(), b))[0] and not _CITED_THING.match(cited[0]) and names_someone(
                _PLACE_QUALIFIER.sub("", cited[0])):
            # "“...,” AFP reported, citing the committee": the words are the cited source's; the
            # agency that reported them only carried them
            # (after an inverted subject too: "“...,” reported the news site X, quoting a surgeon")
            if out and re.fullmatch(r"\s*,?\s*", idx.text[max(out[-1].verb_end, out[-1].subject_start + len(out[-1].subject)) : m.start()]):
                out[-1] = Attribution(out[-1].verb_start, m.end(), *cited)
            else:
                out.append(Attribution(m.start(), m.end(), *cited))
            continue
        # (any verb of speech in -ing after "can be heard", the participles among them)
        if verb.endswith("ing") and (heard := _HEARD_PASSIVE.search(before)) and (
                names_someone(_PLACE_QUALIFIER.sub("", heard.group("who"))) or names_someone(heard.group("head"))
                or heard.group("who").casefold() in PRONOUNS):  # ("he was seen shouting ‘...’")
            # "In it, an officer with a megaphone can be heard telling the people inside: “...”"
            out.append(Attribution(m.start(), m.end(), heard.group("who"), a + heard.start("who")))
            continue
        if verb in _SHOUTED and (shouter := _SHOUTED_BY.search(before)):
            # "reports that he shouted « ... »", "witnesses said she screamed ‘...’": a shout is
            # the shouter's, whoever reports it
            out.append(Attribution(m.start(), m.end(), shouter.group(1), a + shouter.start(1)))
            continue
        if verb in _SHOUTING and (shouter := _SHOUTER.search(before)) and describes_person(who := shouter.group(1)):
            # "a video showing fallen oxygen masks ... and a bearded man repeatedly shouting “...”":
            # a shout's words are the one named right before it
            out.append(Attribution(m.start(), m.end(), who, a + shouter.start(1)))
            continue
        if (verb in PARTICIPLE or verb in _SHOUTS) and (heard := PERCEIVED.search(before)) and (
                names_someone(who := heard.group(1)) or ELLIPTIC.fullmatch(who)):
            # "he realised it was the police saying: “...”", "residents heard gunmen shouting",
            # "they heard the deputies yell “drop the gun”"
            out.append(Attribution(m.start(), m.end(), who, a + heard.start(1)))
            continue
        if verb in PARTICIPLE and (own := _WITH_SUBJECT.search(before)) and (
            is_named(who := own.group(1)) or describes_person(who) or ELLIPTIC.match(who)
        ):
            out.append(Attribution(m.start(), m.end(), who, a + own.start(1)))
            continue
        if opens_quote and coordinated and (said := list(SAID_BEFORE.finditer(before))) and (
                (told := subject_before(idx, a, a + said[-1].start()))[0] and (name_keys(told[0]) or describes_person(told[0]))):
            # "X told PAP that a technician had come and ‘said everything was fine’": words that
            # open with the verb are X's, about the technician; the "and" joins the technician's verbs
            out.append(Attribution(m.start(), m.end(), *told))
            continue
        if opening_as := _OPENING_AS.fullmatch(before):
            out.append(Attribution(m.start(), m.end(), opening_as.group(1), a + opening_as.start(1)))
            continue  # "As he put it, «...»", "As she said, ...": a parenthesis opening the sentence, the words its subject's
        if verb in PARTICIPLE or _EMBEDDED.search(before) or (coordinated and out):
            if (att := inherited(m)) is not None:
                out.append(att)
            continue
        if verb == "told" and (by := re.match(r"\s+by\s+", idx.text[m.end() : b])) and not _PASSIVE.search(before):
            # "“...” told by Shamsur Rahman, a survivor": the words of the one after "by"
            who, at = subject_after(idx, m.end() + by.end(), b)
            if who:
                out.append(Attribution(m.start(), m.end(), who, at))
            continue
        if verb == "cited" and re.match(r"[^.;\u201c\u201d\"]{0,120}?\bas\s+saying\b", idx.text[m.end() : b]):
            continue  # "the agency cited a statement by the group as saying": "saying" says whose words
        if verb == "quoted":
            # "“...,” the agency quoted one of the drivers as saying / quoted X": the quoted
            # one's words, never the agency's ("was quoted" is passive: see _QUOTED_AS)
            who, at = subject_after(idx, m.end(), b)
            # (nor is "doctors quoted by AFP": the doctors' words, the agency's "by")
            if who and not re.search(r"\b(?:was|were|is|are|been|being)\s+(?:also\s+)?$", before, re.I) and not who.startswith("by "):
                out.append(Attribution(m.start(), m.end(), who, at))
            continue
        if verb in ACCORDING:
            # "according to X, ...": X is the source when X names or describes someone, not
            # when X is a document ("according to the hospital's first assessment")
            subject, at = subject_after(idx, m.end(), b)
            subject = re.sub(r"\s+(?:quoted|cited)\s+by\s.*$", "", subject)  # "according to doctors quoted by AFP": the doctors
            # ("According to him, ...": whoever "him" is; "a resident of the area who chose to remain anonymous": the resident;
            # "a local official contacted by telephone", "a resident reached by phone", "a source speaking on condition ...": the official)
            if not someone(subject) and not someone(re.sub(r"\s+(?:who|that|which|of|in|from|at|near|on|[a-z]+ed\s+(?:by|over|via)|speaking)\s.*$", "", subject)):
                continue
        elif reported := reported_subject(idx, a, m):
            subject, at = reported  # "X said Ostrik had called it “a crime”": Ostrik's words
        else:
            # (before the quotation's opening mark when the verb opens the quotation)
            subject, at = subject_before(idx, a, m.start() - 1 if opens_quote else m.start())
            if opens_quote and (said := list(SAID_BEFORE.finditer(before))):
                # "X said the department “added patrols ...”": X quoted, in words about the department
                subject, at = subject_before(idx, a, a + said[-1].start())
        # "X called it “...” and said ...", "Prime Minister X thanked the victims and their
        # families and said": the sentence's subject, not the words before "and" (taken when
        # its first name opens the sentence or follows an opening phrase; heuristic)
        # (past an opening phrase of place or means)
        first = next((mm for mm in idx.mentions[k] if not opening_phrase or mm[0] >= opening_phrase.end()), None)
        # ("the" before an acronym: "The RSF denied it but said")
        opening = first is not None and re.fullmatch(
            r"(?:[^,]*,)?\s*" + (r"(?:[Tt]he\s+)?" if first[2].isupper() else ""), idx.text[a : first[0]]
        ) is not None
        # (a name set off by commas before ", and said" is the object's apposition: "referred to
        # the victim by her first name, Stéphanie, and said")
        apposed = re.search(r",\s*$", idx.text[a:at]) is not None and re.search(r",\s*(?:and|but)\s+(?:\w+\s+)?$", before) is not None
        words_before_and = not (is_proper_name(subject) or subject.casefold() in PRONOUNS) or apposed
        runs_on = re.search(r"\b(?:and|but|then)$", subject) is not None  # "The man refused to comply and"
        if coordinated and runs_on and (first_verb := A_PAST.search(subject)):
            # "Shortly after the hearing began, the teenager turned to a dock officer and said:":
            # the subject of the verb the coordination opens with, before the commas of its
            # relative clause when the verb opens the words ("One elderly man, who did not give his
            # name, stood up and asked")
            doer, doer_at = subject[: first_verb.start()].strip(), at
            if not doer and first_verb.start() == 0:
                doer, doer_at = subject_before(idx, a, at)
            if someone(doer):
                out.append(Attribution(m.start(), m.end(), doer, doer_at))
                continue
        if coordinated and (not name_keys(subject) or (words_before_and and (opening or runs_on))) and (att := inherited(m)) is not None:
            out.append(att)
            continue
        if verb in _INVERTIBLE:
            after = subject_after(idx, m.end(), b)
            # "The raid began at dawn, said Joseph Mbaya, a local administrator": after a
            # clause and its comma the subject follows the verb. Heuristic: the words before
            # are no name or pronoun (those end an apposition: "The governor, Uba Sani,
            # said"), nor a relative clause set off up to the verb ("X's son Wayne, who works
            # at the store, said the town ..."), and the words after name or describe someone.
            rest = idx.text[after[1] + len(after[0]) : b].lstrip()
            # (a verb that takes an object, too, when a titled name closes the sentence after it:
            # "Ten patients were killed, confirmed Health Minister, Nelu Tataru.")
            titled_last = strip_title(after[0].replace(",", "")) is not None and re.fullmatch(r"[.!]?\s*", rest) is not None
            inverted = (
                (verb in _SAID or titled_last) and before.rstrip().endswith(",") and not (is_proper_name(subject) or titled_name(subject))
                and subject.casefold() not in PRONOUNS
                and not re.search(r",\s*(?:who|whose|whom)\b[^,\u201c\u201d\"]*,\s*$", before)
                and (is_named(after[0]) or re.match(r"(?:an?|the)\s", after[0], re.I) is not None)
                # (no clause after the verb: "The officer, a local man, said the attackers wore uniforms")
                and not FINITE.search(head := re.split(r"\s+(?:who|whom|whose|which|that)\b", after[0])[0]) and not A_PAST.search(head)
                and (not rest or rest[0] in ",.;" or AFTER_STOP.match(rest) is not None and rest[0].isalpha())
            )
            # ('X, 31, “lost too much blood,” reported the news site Y, quoting Z': with the
            # quotation closing right before the verb, the words before it are no apposed subject)
            after_quote = (verb not in _SAID and _CLOSED_BEFORE.search(before) is not None and someone(after[0])
                           and not FINITE.search(re.split(r"\s+(?:who|whom|whose|which|that)\b", after[0])[0]))
            if not name_keys(subject) or inverted or after_quote:
                subject, at = after
                # "said the head of the delegation in Yemen, Alexandre Faite.": the name after the title's place
                if subject and not is_named(subject) and (named := _PLACE_THEN_NAME.match(idx.text, at + len(subject), b)) and is_proper_name(named.group(1).rstrip(".")):
                    subject, at = named.group(1).rstrip("."), named.start(1)
            if verb in ("read", "reads") and after[0] and (_FROM.match(after[0]) or last_word(after[0]) in DOCUMENTS):
                subject, at = after  # "..., read a statement by the governor's office", "“...,” reads the statement"
        if signed := _SIGNED_DOCUMENT.fullmatch(idx.text, a, m.start()):
            subject, at = signed.group("by"), signed.start("by")  # "The letter of 2 March, signed by X, read in part:"
        elif verb in ("read", "reads") and last_word(subject) not in DOCUMENTS and (document := _DOCUMENT_READ.search(before)):
            subject, at = document.group(1), a + document.start(1)  # "A note left on the dashboard read:"
        if verb in ("read", "reads") and last_word(subject) not in DOCUMENTS | _SIGNS and not _FROM.match(subject) and not signed:
            continue  # "read" reports only a document's words, or a sign's ("The signboard reads: “...”")
        if from_match := _FROM.match(subject):  # "a statement from the township administration"
            subject, at = subject[from_match.end() :], at + from_match.end()
        keys = set(name_keys(subject))
        # "The Secretary said"; "Another said" (another of the sources just named)
        # ("reports said" is no one; "the report stated" is a document that speaks: "the" makes it one)
        vague = keys <= _VAGUE and not re.match(r"(?:the|this|that)\s", subject, re.I)
        if (keys and not vague) or (not keys and (description_head(subject) or ELLIPTIC.fullmatch(subject))):
            out.append(Attribution(m.start(), m.end(), subject, at))
    if all(according_to(idx, o) for o in out) and (quoted := _QUOTED_PREDICATE.match(idx.text, a, b)) and name_keys(quoted.group(1)) and (
        someone(quoted.group(1)) and not _PASSIVE_QUOTED.search(idx.text, quoted.start(), quoted.end() + 40)
    ):
        # "The provincial government has “mobilised all forces”": a quotation that is the
        # sentence's predicate gives its subject's words, whoever relays them ("according to Xinhua");
        # not a passive one, whose subject is what was done to ('He was “controlled on the spot by police”')
        out.append(Attribution(quoted.end(), quoted.end(), quoted.group(1), quoted.start(1)))
    return out


