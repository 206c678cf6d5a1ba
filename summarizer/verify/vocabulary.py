"""The words attribution reads: verbs of speech, documents that speak, pronouns, and what
a noun phrase describes (a person, an organisation, a name).

Shared by `reporting` (who the article says spoke), `referents` (what a subject that
refers back refers to) and `attribution`; every list is of kinds of words, not of any
one article's names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..names import ORG_WORDS, TITLE_HEADS, stop_word, strip_title
from ..text import OTHER_SPEECH_VERBS, WORD

# Verbs of speech, shared with the role reader (a speaker is never the attacker).
SPEECH_VERBS = (
    "said|says|say|added|adds|told|tells|stressed|announced|noted|explained|wrote|writes|posted|stated|warned|"
    "praised|described|insisted|confirmed|criticised|criticized|urged|declared|argued|replied|answered|asked|"
    "acknowledged|denied|tweeted|condemned|denounced|vowed|pledged|recalled|recounted|cautioned|reiterated|admitted|prayed|appealed|"
    # ("repeated" only before what it repeats: "the ministry repeated yesterday that ..."; not "repeated strikes")
    "(?<!the )(?<!a )(?<!after )(?<!of )repeated(?=\\s+(?:[^.;\u201c\u201d\"]{0,40}?\\s)?that\\b)|"
    # ("repeating" only before the words it repeats: "kept repeating ‘Allah Akbar’")
    "repeating(?=\\s+[^.;\u201c\u201d\"]{0,40}?[\u2018\u201c\"'])|"
    # ("called" is no speech when it rings a number: "she had called the emergency line")
    "(?<!the )(?<!an )(?<!a )(?<!his )(?<!her )(?<!their )(?<!its )(?<!ed )(?<!of )(?<!on )(?<!for )alleged|called(?!\\s+(?:the\\s+|an?\\s+)?(?:emergency|ambulance|hotline|helpline|police\\s+(?:line|hotline|station)|fire\\s+(?:brigade|service|department)|\\d{3}\\b))|shouted|yelled|screamed|chanted|demanded|whispered|according to|saying|adding|describing|noting|"
    # ("asking" only right before its words, or its hearers and its words: "asking, ‘Where are
    # they?’", "asking people, “Where are you from?”"; "asking why ..." is no quotation's)
    "asking(?=(?:\\s+(?:people|everyone|everybody|us|me|him|her|them|(?:the|every|each)\\s+[a-z]+))?\\s*[,:]?\\s*[\"\u201c\u2018'\u00ab])|"
    "warning|stressing|arguing|writing|calling|vowing|stating|emphasized|emphasised|emphasizing|emphasising|remarked|"
    "maintained|maintains|muttered|decried|decries|announce|promised|highlighted|citing|quoting|concluded|expressed|"
    "recalls|recount|recounts|recall|describe|(?-i:states)|specified|characterized|characterised|indicated|mentioned|commented|admitting|advised|recommended|"
    # "a witness compared the scene to “...”", "likened it to “...”"
    "cried(?: out)?|exclaimed|disclosed|discloses|revealed|reveals|narrated|lamented|elaborated|elaborates|underlined|underlines|"
    # "written" after its auxiliary: "the younger had written in a chat group that “...”"
    "(?:(?<=had )|(?<=has )|(?<=have ))written|"
    # verbs that report words only as a tag with nothing after them ("“50 to 100 shots,” one
    # parent estimated."; "the ministry estimated that ..." reports a figure)
    "(?:estimated|estimates|quipped|joked|sobbed)(?=\\s*[.,;])|"
    # the present of features and long reads ("“All I want is justice,” she argues")
    "explains|argues|insists|warns|stresses|admits|asks|describes|confirms|urges|declares|announces|vows|pledges|alleges|"
    "denies|acknowledges|laments|replies|tweets|observes|observed|clarified|clarifies|asserted|asserts|"
    "insisting|declaring|explaining|recalling|asserting|urging|yelling|shouting|screaming|chanting|cited|complained|complains|complaining|"
    # "As he put it, «...»", "That was how X put it": the words' own wording
    "put it(?=\\s*[,:.])|"
    # "an officer can be heard telling the people inside: “...”"
    "(?<=heard )(?:telling|asking)|(?:(?<=used to )|(?<=would ))tell|"
    # "IRNA quotes X as giving a first toll:" over the quotation
    "(?<= as )giving(?=[^.;:\u201c\u201d\"]{0,60}:)|"
    # the plain present before its hearer and the words: "Every time they tell us, ‘...’"
    "(?:tell|ask)(?=\\s+(?:us|me|him|her|them|you|everyone|people)\\s*[,:]\\s*[\u201c\"\u2018\u00ab])|"
    # a post's words: "took to X to mourn the victims, posting, “...”", "to post, “...”"
    "posting(?=\\s*[,:]\\s*[\u201c\"\u2018])|(?<=\\bto )post(?=\\s*[,:]\\s*[\u201c\"\u2018])|"
    # what someone heard others do ("heard the deputies yell “...”"); "spoke to reporters", and a live
    # page's heading over the words, "Police chief speaks to reporters"
    "yell|shout|scream|chant|(?:(?<=was )|(?<=were )|(?<=are )|(?<=is ))(?:shouting|yelling|screaming|chanting|crying)|(?:spoke|speaks)(?=\\s+to\\s+(?:reporters|journalists|the\\s+(?:media|press)|(?-i:[A-Z])"
    "|(?:this|our|the)\\s+(?:station|newspaper|paper|reporter|correspondent|programme|program|channel|website|broadcaster|magazine)\\b))|"
    "(?:compared|likened)(?=\\s+(?!to\\b|with\\b)[^.,;]{1,40}?\\sto\\s)|"
    # "a figure X dismissed as “a fantasy”", "the audit listed the radar as “serviceable”": words the
    # subject called it; "a second voice reports: “...”"
    "(?:dismissed|listed|rated|classified|classed|recorded|logged)(?=[^.;\u201c\u201d\"]{0,60}?\\bas\\s+[\u201c\"\u2018])|reports(?=\\s*[:,]\\s*[\u201c\"\u2018\u00ab])|"
    # "“...,” he continued", "continued this witness", "continued Stern" (not "the fighting continued into the night",
    # "operations continued the whole night")
    "continued(?=\\s*[,.:]|\\s+(?:this|he|she|they)\\b|\\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\b)(?-i:[A-Z]))|"
    # only in these uses: "informed reporters", "X shared, “...”" (not "informed partners of", "shared a video")
    "informed(?= (?:the )?(?:reporters|journalists|media|press|newsmen))|(?<=[,\u201d\"\u2019] )informed(?= [A-Z])|shared(?=\\s*[,:])|"
    # a headline's present tense: "Governor condemns ‘cowardly attack’", "Police call it ‘unlike anything’"
    "condemns|warns|vows|urges|denies|confirms|describes|insists|pointed out|"
    # (a verb only before what it calls: "Police call it ‘...’", "Governor calls for calm"; not
    # the noun: "a 911 call", "a distress call")
    "(?:calls|call)(?=\\s+(?:it|its|them|him|his|her|their|this|that|for|on|the|an?)\\b)|"
    # a headline's "calls" with what it names and its quoted name: "Mayor calls rash of shootings ‘disturbing’"
    "(?<!the )(?<!a )calls(?=\\s+[^.;:,\\u201c\\u201d\\u2018\\u2019\"]{1,60}\\s[\\u201c\\u2018\"'])"
)
# The subject pronouns of those languages, as the English ones ("a-t-il ajouté": "he")
PRONOUN_IN_ENGLISH = {"il": "he", "elle": "she", "\u00e9l": "he", "ella": "she", "ele": "he", "ela": "she", "lui": "he", "lei": "she"}
# Common irregular past forms, which no -ed ending gives away as verbs (and regular ones too
# short for the ending's test: "died", "bled").
IRREGULAR_PAST = (
    "died|bled|fled|ran|went|came|gave|took|made|saw|spoke|wrote|sent|led|held|left|met|hit|shot|put|set|got|kept|began|wore|hid|drew|dug|"
    "became|brought|bought|built|caught|chose|did|drove|fell|felt|fought|found|flew|forgot|grew|heard|knew|lost|"
    "paid|read|rode|rose|said|sat|sold|stood|struck|swore|taught|thought|threw|told|understood|woke|won|"
    # (what fires, blasts, storms and crowds did: "The fire spread ..., a fire official said")
    "spread|shook|tore|blew|broke|swept|sank|stole|swung|froze|hung|slid|spun|sped|lit|bit|rang|sprang|sought|wept|clung|crept"
)
_AGENT_NOUN = re.compile(r"[a-z-]{2,}(?:er|or|ist|man|woman|person|ian)")
PRONOUNS = frozenset("he she they it his her their its him them".split())  # (objects: "according to him")
# What a sentence says of someone it reports harmed, held or accused: no speaker it introduces,
# no issuer of a statement.
# (not the formula of a source's anonymity: "who did not want to be named", "asked not to be identified")
HARMED = re.compile(r"\b(?:killed|died|dead|shot|stabbed|wounded|injured|hurt|arrested|detained|charged|accused|suspected|(?<!be )(?:identified|named)|missing|victims?)\b", re.I)
# Nouns in -ly, which the adverbs' ending would take for adverbs ("her family, who said").
LY_NOUN = re.compile(r"family|rally|assembly|supply|ally|reply|anomaly|monopoly|belly")
# A clause of contrast: what follows is another party's ("X accused Y of “...”, while Y said").
# (with a subject of its own: not "... “injuries” but is expected to recover, X said")
CONTRAST = re.compile(
    r"[,;\"\u201d\u2019]\s*(?:while|whereas|but)\b(?!\s+(?:is|was|are|were|has|had|have|will|would|could|can|may|might|must|should"
    r"|did|does|do|also|then|not|never|later|still|[a-z]+ed)\b)", re.I
)
VERB_FORM = re.compile(r"[A-Z][a-z]+(?:ing|ed)")  # a participle opening a sentence, capitalised as names are
# Verbs that name, describe or give out something, whose passive keeps its giver after "by"
# (of them, those that take the words as what they call something: "described the attack as “...”")
NAMING_VERBS = frozenset("described characterized characterised called labelled labeled termed branded dubbed".split())
# Someone picked out of a group already named ("one of them", "the younger of the two"), or
# someone unknown ("we heard someone yelled ‘...’")
ELLIPTIC = re.compile(r"(?i:another|one|a second|a third|the other|the first|the second|others|some|someone|somebody"
                      r"|the (?:younger|older|elder|youngest|oldest|eldest)(?= of))(?: of (?:them|the two|the three|both))?")
# Words for a text that speaks for its author: "the statement said".
DOCUMENTS = frozenset("statement statements communique release post message letter note notice video report record tweet card".split()
                      # (the same, as pages in Spanish, Portuguese, French and Italian name them)
                      + "nota comunicado communiqué comunicato texto mensaje mensagem messaggio".split())


# A sentence opening with a document: "A police report", "A safety audit", "The inquiry's findings".
RECORDS = DOCUMENTS | frozenset("audit filing findings ruling judgment judgement verdict bulletin memo transcript affidavit assessment indictment complaint lawsuit".split())
# (its determiner and noun may have gone as lead words: "a statement from X read" -> "from X";
# a participle may name how it came: "A statement issued by the X family thanked ...")
ISSUED = r"(?:issued|signed|released|sent|posted|published|put\s+out|written)"  # the verbs that say who a document is from


@dataclass(frozen=True)
class Attribution:
    """A reporting verb and its subject as written (may be a pronoun or a description)."""

    verb_start: int
    verb_end: int
    subject: str
    subject_start: int


def is_named(phrase: str) -> bool:
    """Whether a subject phrase names someone ("CentCom", "Araji") rather than
    describing them ("a senior Iraqi official")."""
    # (an apostrophe inside a word keeps it one: "Sa'ar", "Ja’far")
    words = [w for w in _NAME_WORD_RE.findall(phrase) if not stop_word(w)]
    return bool(words) and any(c.isupper() for c in words[-1])


_NAME_WORD_RE = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*")
# Nouns that describe one person or several, besides titles: sources news cites by description.
PERSON_NOUNS = TITLE_HEADS | frozenset(
    """official source resident witness villager survivor relative neighbour neighbor doctor nurse medic activist
    farmer teacher driver passenger student worker employee man woman mother father son daughter brother sister
    administrator priest pastor imam cleric bishop elder monk nun eyewitness bystander onlooker shopkeeper vendor trader
    owner customer friend husband wife uncle aunt cousin guest visitor spectator fan shopper pedestrian motorist commuter
    parent mourner protester protestor attendee participant member family people crowd diplomat analyst expert journalist
    teenager teen youth boy girl child defendant suspect gunman attacker prisoner inmate juror coroner barrister
    solicitor paramedic firefighter soldier pilot settler militant fighter rebel assailant vandal rioter demonstrator
    refugee migrant victim hostage pupil men women children surgeon physician pathologist midwife guard ranger warden
    clerk principal chef cook tourist pilgrim colleague veteran widow widower orphan grandmother grandfather
    granddaughter grandson nephew niece rescuer volunteer miner fisherman caller dispatcher organiser organizer passerby manager
    citizen occupant tenant lodger""".split()
)
PERSON_STEMS = frozenset(w.rstrip("s") for w in PERSON_NOUNS)  # "residents" and "resident" alike


def last_word(phrase: str) -> str:
    """A phrase's last word, casefolded: the noun a description is headed by ("" for none)."""
    words = WORD.findall(phrase)
    return words[-1].casefold() if words else ""


# A relative clause closing a phrase: "a woman who works in the town centre" -> "a woman"
RELATIVE_TAIL = re.compile(r"\s+(?:who|whom|whose|which|that)\b.*$", re.S)


def describes_person(phrase: str) -> bool:
    """Whether a phrase describes a person by a noun ("a local village administrator",
    "residents", "a woman who works in the town centre"), without naming them."""
    head = last_word(RELATIVE_TAIL.sub("", phrase))
    return bool(head) and (head.rstrip("s") in PERSON_STEMS or (head.endswith("ies") and head[:-3] + "y" in PERSON_STEMS)  # ("deputies")
                           or (head.endswith("men") and head[:-3] + "man" in PERSON_STEMS)  # ("gunmen", "policemen")
                           # (and any compound of "man" or "men": "watchman", "boatmen", "ferrymen")
                           or (len(head) >= 7 and head.endswith(("man", "men")) and head.isalpha() and head.islower()))


def person_noun(word: str) -> bool:
    """A noun for a person, by the list or by an agent noun's ending ("striker", "spokesman")."""
    return describes_person(word) or _AGENT_NOUN.fullmatch(word) is not None


# "the General Staff", "the Joint Staff": a military's command body (not "chief of staff",
# a person; heuristic: the two modifiers that make the body's name in English news).
_STAFF_BODIES = frozenset({"general", "joint"})


def names_organisation(phrase: str) -> bool:
    """Whether a phrase names or describes an organisation: it holds an organisation word
    ("the state health department", "Prime Minister's office"), and no word for a person
    after it ("Police spokesman Rahim Karimi" is a person), nor a titled name ("Commissioner
    of Police Musa Dalijan")."""
    last = None
    words = re.findall(r"\w+", phrase.casefold())
    for before, w in zip(["", *words], words, strict=False):
        if w.rstrip("s") in PERSON_STEMS:  # (first: "official", an organisation word too, is a person)
            last = "person"
        elif w in ORG_WORDS or (w == "staff" and before in _STAFF_BODIES):
            last = "organisation"
    # a titled person's portfolio is no organisation speaking ("Senior Superintendent of Police Fida Hussain")
    return last == "organisation" and not strip_title(phrase)


def description_head(subject: str) -> str | None:
    """The noun of a definite description that refers back ("the ministry" -> "ministry",
    "the city's mayor" -> "mayor", "that organization"); None for names, descriptions carrying one ("the
    Sudanese army") and indefinite phrases."""
    words = subject.split()
    # ("The Secretary", a title written capitalised, refers back as "the secretary" does)
    if not words or words[0].casefold() not in ("the", "that", "this") or len(words) > 4 or any(
        w[:1].isupper() and w.casefold() not in TITLE_HEADS for w in words[1:]
    ):
        return None
    return words[-1].casefold().strip(".,")


# "X delivered some closing comments:", "She gave a short statement:": words announced by
# what the subject gave, the quotation after the colon.
# (and what the subject sent: "he had sent her a text message from the ambulance: “...”")
_ANNOUNCED = (r"(?:delivered|gave|offered|made|issued|shared|had|sent|texted)\s+(?:[\w'\u2019-]+\s+){0,4}?"
              r"(?:comments?|remarks?|words?|message|statement|tribute|warning|plea|response|answer|thoughts|advice)"
              r"(?=(?:\s+(?:from|to|on|in|at|via|over|by)\s+[^.:;\n\u201c\u201d\"]{1,40})?\s*:)")


# "Hamas felt that they added “fuel to the fire”": a view reported, its words the holder's
# (or before the clause's own pronoun when quoted words follow: "He believed he was “just
# 10cm from death”"; not "the gunmen thought they had been cornered")
_VIEW = (r"(?:felt|believes|believed|thinks|thought|considers|considered)"
         r"(?=\s+that\b|\s+(?:he|she|they|we|I)\b[^.\n\u201c\u201d\"]{0,80}[\u201c\"\u2018])")


# Words written, not said, are their writer's: "scrawled “...” on the door", "sprayed graffiti
# including the words “...”" (a verb that is a writing verb only with what it wrote named);
# for roles whoever wrote them may be the attacker, so these are no speech.
_WRITTEN = (r"scrawled|daubed|(?:spray-painted|sprayed|painted|carved|etched)(?=[^.\n]{0,60}?\b(?:graffiti|slogans?|messages?|words)\b)"
            # (and a post's words: "X shared a video of the flames, with the words “...”")
            r"|(?:shared|uploaded|published)(?=[^.\n\u201c\u201d\"]{0,120}?\bwith the (?:words|caption|message|text|comment)\s*[\"\u201c\u2018\u00ab])")


# The "according to" of the other languages a page may be written in (Spanish, Portuguese,
# French, Italian): a page in one of them is read with the same tags as an English one, with
# their verbs of speech (text.OTHER_SPEECH_VERBS: "«...», a déclaré le maire", "dijo el
# alcalde", "ha detto il sindaco", "explique-t-il") and "según X".
ACCORDING = frozenset({"according to", "según", "selon", "d'après", "d\u2019après", "secondo", "de acuerdo con", "de acordo com"})
OTHER_ACCORDING = "|".join(sorted((re.escape(w) for w in ACCORDING if w != "according to"), key=len, reverse=True))
# Every verb that reports words, in every language read, and the phrases that announce them.
# "claimed" attributes words too ("X claimed that ..."); for roles it is a claim of responsibility.
# "accused" and "ordered" too ("X accused the RSF of killing “a large number of innocents”",
# "Xi ordered rescuers to “do everything possible”"); for roles an order is no speech.
# "read" reports a document's words only: "a statement from the agency read", "..., read the statement"
# "reported" reports words ("X reported “intense battles”", "X earlier reported hearing “...”")
# unless it describes a noun ("the reported death toll").
REPORT_VERB = re.compile(rf"\b(?:{SPEECH_VERBS}|{OTHER_SPEECH_VERBS}|{OTHER_ACCORDING}|{_ANNOUNCED}|{_VIEW}|{_WRITTEN}|claimed(?!\s+(?:the\s+)?lives?\b)|claiming(?!\s+(?:the\s+|(?:at\s+least|more\s+than|over|nearly|some|about|up\s+to)\s+)?(?:[\d,]+\s+|[a-z]+\s+)?(?:lives?|victims)\b)|accused|accuses|accusing|ordered|attributed|(?<!\bthe )(?<!\ba )reported|reads?|quoted)\b", re.I)
PARTICIPLE = frozenset(
    "saying adding describing noting warning stressing arguing writing calling vowing stating emphasizing emphasising claiming citing quoting "
    "accusing admitting insisting declaring explaining recalling asserting urging yelling shouting screaming chanting posting telling".split()
)
# A verb in the past with its object: "said a military jet struck the hospital" is a clause.
PAST = rf"(?:{IRREGULAR_PAST}|[a-z]{{3,}}ed)"
A_PAST = re.compile(rf"\b{PAST}\b")  # a verb in the past: a clause, not a noun phrase
# A finite verb in the words after "said" makes them a clause ("said the air was ..."),
# not the verb's subject ("said the official").
FINITE = re.compile(r"\b(?:was|were|is|are|had|has|have|would|will|could|should|did|does|do|must|might|can)\b", re.I)
