"""Who the article says spoke: reporting verbs and their subjects as written.

News prose attributes speech in a small grammar, the same everywhere: a reporting
verb before or after the quotation ("said", "told reporters", "wrote on X",
"according to"), its subject before it (commas may set off an apposition or a
relative clause between them) or after it ("said the official"), a participle
("…, saying") or a coordinated verb ("…, and said") sharing the subject of the
verb before it, and subjects that refer back: a pronoun ("he said"), a document
("the statement said"), a definite description ("the ministry said", "the mayor
wrote"). `attributions` reads the verbs and subjects of a sentence; `referents`
says what a subject that refers back refers to.

Every rule here is a heuristic of English news style, tested on the project's
corpus (tests/data/corpus) and on tests/test_attribution.py; where one breaks
(two people of one sex named in the previous sentence, say) the verifier reports
the speaker as contradicted or unattributed rather than grounding a guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..dates import WEEKDAYS
from ..names import ORG_WORDS, PLACE_DESCRIPTORS, TITLE_HEADS, is_proper_name, name_keys, stop_word, strip_title
from ..stamps import stamp_prefix
from ..text import ABBREVIATED, OTHER_SPEECH_VERBS, READ_FROM, WORD, SourceIndex
from .places import datelines

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
    # ("asking" only right before its words: "asking, ‘Where are they?’"; "asking why ..." is no quotation's)
    "asking(?=\\s*[,:]?\\s*[\"\u201c\u2018'\u00ab])|"
    "warning|stressing|arguing|writing|calling|vowing|stating|emphasized|emphasised|emphasizing|emphasising|remarked|"
    "maintained|maintains|muttered|decried|decries|announce|promised|highlighted|citing|quoting|concluded|expressed|"
    "recalls|recount|recounts|recall|describe|(?-i:states)|specified|characterized|characterised|indicated|mentioned|commented|admitting|advised|recommended|"
    # "a witness compared the scene to “...”", "likened it to “...”"
    "cried(?: out)?|exclaimed|disclosed|discloses|revealed|reveals|narrated|lamented|elaborated|elaborates|underlined|underlines|"
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
    # what someone heard others do ("heard the deputies yell “...”"); "spoke to reporters"
    "yell|shout|scream|chant|(?:(?<=was )|(?<=were )|(?<=are )|(?<=is ))(?:shouting|yelling|screaming|chanting|crying)|spoke(?=\\s+to\\s+(?:reporters|journalists|the\\s+(?:media|press)|(?-i:[A-Z])"
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
# "claimed" attributes words too ("X claimed that ..."); for roles it is a claim of responsibility.
# "accused" and "ordered" too ("X accused the RSF of killing “a large number of innocents”",
# "Xi ordered rescuers to “do everything possible”"); for roles an order is no speech.
# "read" reports a document's words only: "a statement from the agency read", "..., read the statement"
# "reported" reports words ("X reported “intense battles”", "X earlier reported hearing “...”")
# unless it describes a noun ("the reported death toll").
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
_ACCORDING = frozenset({"according to", "según", "selon", "d'après", "d\u2019après", "secondo", "de acuerdo con", "de acordo com"})
# The subject pronouns of those languages, as the English ones ("a-t-il ajouté": "he")
PRONOUN_IN_ENGLISH = {"il": "he", "elle": "she", "\u00e9l": "he", "ella": "she", "ele": "he", "ela": "she", "lui": "he", "lei": "she"}
_OTHER_SPEECH = re.compile(OTHER_SPEECH_VERBS, re.I)
_OTHER_ACCORDING = "|".join(sorted((re.escape(w) for w in _ACCORDING if w != "according to"), key=len, reverse=True))
_REPORT_VERB = re.compile(rf"\b(?:{SPEECH_VERBS}|{OTHER_SPEECH_VERBS}|{_OTHER_ACCORDING}|{_ANNOUNCED}|{_VIEW}|{_WRITTEN}|claimed(?!\s+(?:the\s+)?lives?\b)|claiming(?!\s+(?:the\s+|(?:at\s+least|more\s+than|over|nearly|some|about|up\s+to)\s+)?(?:[\d,]+\s+|[a-z]+\s+)?(?:lives?|victims)\b)|accused|accuses|accusing|ordered|attributed|(?<!\bthe )(?<!\ba )reported|reads?|quoted)\b", re.I)
_SHOUTS = frozenset("yell shout scream chant say".split())  # after "heard X": X's words
_PARTICIPLE = frozenset(
    "saying adding describing noting warning stressing arguing writing calling vowing stating emphasizing emphasising claiming citing quoting "
    "accusing admitting insisting declaring explaining recalling asserting urging yelling shouting screaming chanting posting telling".split()
)
# A name's lower-case noun after it: "Harbour City police", "Kenya health officials".
_QUALIFIED = re.compile(r"(?:[ \t]+[a-z]+){1,2}")
# Common irregular past forms, which no -ed ending gives away as verbs (and regular ones too
# short for the ending's test: "died", "bled").
IRREGULAR_PAST = (
    "died|bled|fled|ran|went|came|gave|took|made|saw|spoke|wrote|sent|led|held|left|met|hit|shot|put|set|got|kept|began|wore|hid|drew|dug|"
    "became|brought|bought|built|caught|chose|did|drove|fell|felt|fought|found|flew|forgot|grew|heard|knew|lost|"
    "paid|read|rode|rose|said|sat|sold|stood|struck|swore|taught|thought|threw|told|understood|woke|won|"
    # (what fires, blasts, storms and crowds did: "The fire spread ..., a fire official said")
    "spread|shook|tore|blew|broke|swept|sank|stole|swung|froze|hung|slid|spun|sped|lit|bit|rang|sprang|sought|wept|clung|crept"
)
# A verb in the past with its object: "said a military jet struck the hospital" is a clause.
_PAST = rf"(?:{IRREGULAR_PAST}|[a-z]{{3,}}ed)"
_A_PAST = re.compile(rf"\b{_PAST}\b")  # a verb in the past: a clause, not a noun phrase
# A clause reported after a verb of speech: its subject, then its verb in the past, with no
# clause break up to the verb after it ("said the watchman woke the traders ... by banging and")
_REPORTED_CLAUSE = re.compile(
    r"\s+(?:that\s+)?((?:the|a|an|his|her|their|its)\s+(?:[\w'\u2019-]+\s+){0,3}?[\w'\u2019-]+|[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,3})"
    rf"\s+(?:had\s+)?{_PAST}\b[^;:.!?,\u201c\u201d\"]*$")
_PAST_WITH_OBJECT = re.compile(rf"\b{_PAST}\s+(?:the|a|an|his|her|their|its|two|three|several|dozens)\b")
# a noun phrase, then its verb: what the phrase's subject did to the words after
_A_PAST_BEFORE_QUOTE = re.compile(rf"\s*(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s[^\n]*?\s{_PAST}\s*$")
# Between a name and another, a description the first qualifies, the second names: "(England)
# striker (Marcus Rashford)", "(Manchester United) and England striker (...)". Heuristic: the
# description's last word a noun for a person, by the list or by an agent noun's ending
# ("striker", "spokesman"), which no verb between two names has ("Russia attacked Ukraine").
_DESCRIBED_NAME = re.compile(
    rf"(?:\s+and\s+[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){{0,3}})?(?:\s+(?!(?:{IRREGULAR_PAST})\b)[a-z][a-z-]*(?<!ed)(?<!s)){{0,2}}\s+([a-z][a-z-]*)\s+")
_AGENT_NOUN = re.compile(r"[a-z-]{2,}(?:er|or|ist|man|woman|person|ian)")
# "it was the authorities saying", "heard a man saying": what was perceived speaks.
# (also what was remembered or woke someone, or what a video shows: "recalled a rescuer
# shouting", "woken by neighbours banging on doors and shouting", "footage shows police
# pointing their guns over the counter, shouting", doing something else first)
_PERCEIVED = re.compile(r"\b(?:heard|hear|hears|saw|see|sees|recalled|recalls|remembered|remembers|shows|showed|show|it\s+was|it\s+is"
                        r"|(?:woken|awoken|awakened|woke|greeted|startled)\s+(?:up\s+)?by)"
                        r"\s+((?:(?:the|a|an|some)\s+)?[\w'\u2019.-]+(?:\s+[\w'\u2019.-]+){0,3}?)\s+(?:[a-z]+ing\b[^.;:,\u201c\u201d\"]{0,80}?(?:\s+and|,)\s+)?$", re.I)
# "X can be heard saying", "X was heard shouting": what was perceived speaks, before the verb.
# (its subject may carry a participle's or a relative clause: "a man standing among the
# carts can be heard shouting", "a woman in a red scarf is heard saying")
_HEARD_PASSIVE = re.compile(r"(?P<who>(?P<head>(?:(?:the|a|an|one)\s+)?[\w'\u2019.-]+(?:\s+[\w'\u2019.-]+){0,4}?)"
                            r"(?:\s+(?:[a-z]+ing|who|in|with)\b[^.;:,\u201c\u201d\"]{0,80}?)?),?\s+(?:can|could|may|is|was|were|are)\s+(?:be\s+)?(?:heard|seen)\s+"
                            # (doing something else first: "X can be seen stopping the music and shouting:")
                            r"(?:[a-z]+ing\b[^.;:,\u201c\u201d\"]{0,60}?\s+and\s+)?$", re.I)
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
PRONOUNS = frozenset("he she they it his her their its him them".split())  # (objects: "according to him")
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
# What a sentence says of someone it reports harmed, held or accused: no speaker it introduces,
# no issuer of a statement.
# (not the formula of a source's anonymity: "who did not want to be named", "asked not to be identified")
HARMED = re.compile(r"\b(?:killed|died|dead|shot|stabbed|wounded|injured|hurt|arrested|detained|charged|accused|suspected|(?<!be )(?:identified|named)|missing|victims?)\b", re.I)
_NOMINATIVE = frozenset("he she they we i it".split())
_TRAIL_WORDS = frozenset("has have had was were is are also later then again previously earlier reportedly publicly already further".split())


def _trail_word(word: str) -> bool:
    """An auxiliary or adverb before a verb, not an acronym that spells one ("IS")."""
    return word.casefold() in _TRAIL_WORDS and not word.isupper()
# Nouns in -ly, which the adverbs' ending would take for adverbs ("her family, who said").
LY_NOUN = re.compile(r"family|rally|assembly|supply|ally|reply|anomaly|monopoly|belly")
# What ends a subject after its verb ("said Smith in a statement", "said Smith early on Sunday"); not the "in" of a
# title ("Special Agent in Charge", "Commander in Chief").
_AFTER_STOP = re.compile(r"[,.;:\u201c\u201d\u201e\u00ab\u00bb\"(]|\b(?:in(?! Charge\b| Chief\b)|on|at|as|adding|referring|speaking|after|before|during|while|when|who|that"
                         r"|early|earlier|yesterday|today|tonight|overnight|late(?=\s+(?:on|in|last|this)\b))\b")
_AFTER_WORDS = 14
# A sentence's opening time, set off by no comma, before its subject: "On Friday the army said",
# "Late on Sunday night police told", "Last week the ministry said", "On 3 March X told".
_OPENING_TIME = re.compile(
    rf"(?:(?:(?:Late|Early|Later|Earlier)\s+)?(?:on\s+|On\s+)?(?i:{'|'.join(WEEKDAYS)})(?:\s+(?:morning|afternoon|evening|night))?"
    r"|On\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})(?:,?\s+\d{4})?"
    r"|(?:Last|This|Earlier\s+this|Later\s+this)\s+(?:week|month|year|morning|afternoon|evening|night|weekend)"
    r"|Yesterday|Today|Tonight|Overnight)\s+(?=\S)"
)
# A sentence's opening phrase of place, time or means, up to its comma ("In a Twitter post,")
_OPENING_PHRASE = re.compile(r"\s*(?:In|On|At|From|After|During|Via|Through|With|Speaking)\b[^,\u201c\u201d\"]{0,60},\s*")
_APPOSED_PARTS = 4  # parts set off by commas after "said" that may still be its subject
# A finite verb in the words after "said" makes them a clause ("said the air was ..."),
# not the verb's subject ("said the official").
_FINITE = re.compile(r"\b(?:was|were|is|are|had|has|have|would|will|could|should|did|does|do|must|might|can)\b", re.I)
_QUOTED_ACTIVE = re.compile(
    r"(?<!was )(?<!were )(?<!been )(?<!being )(?<!is )(?<!are )\b(?:quoted|quotes|quote|cited|cites|citing)\s+(?!by\b|in\b)(?P<who>[^;:\u201c\u201d\"]{2,120}?)\s+as\s+$"
    # (or the words the quoted one is saying, after a comma: "BBC News quote a statement from X, saying")
    r"|(?<!was )(?<!were )(?<!been )(?<!is )(?<!are )\b(?:quoted|quotes|quote)\s+(?P<said>(?:an?|the)\s+(?:statement|message|post|letter|note)\s+(?:from|by|of)\s+[^;:,\u201c\u201d\"]{2,100}?),\s+$", re.I
)
_QUOTED_AS = re.compile(r"\b(?:was|were|is|are|being|been)\s+(?:also\s+)?quoted\b[^.;:\u201c\u201d\"]*\bas\s+$", re.I)
# The subject opening a main clause, up to its verb in the past or with an auxiliary ("police
# sealed off", "the army has closed")
_MAIN_SUBJECT = re.compile(rf"\s*((?:the\s+)?[a-z][\w'\u2019-]*(?:\s+[a-z][\w'\u2019-]*){{0,2}}?)\s+(?:{_PAST}|has|have|had|was|were|is|are|will|would)\b")
# What may open a sentence before its participle: "Describing ...", "After first admitting ..."
_OPENING_PARTICIPLE = re.compile(r"\s*(?:(?:after|before|while|when|upon|on)\s+)?(?:(?:first|also|again|[a-z]+ly)\s+)?", re.I)
# A clause of time or condition just opened before a verb: "until it had concluded,"
# (its words unbroken by a comma or a quotation's close: '“... until Thursday,” one relative said,')
_TIME_CLAUSE = re.compile(r"\b(?:until|till|once|unless|after|before|when|whenever|if)\s+(?:[^\s,;\"\u201c\u201d\u2019\u00bb]+\s+){0,3}$", re.I)
# "Asked about the figure, ...", "Pressed on whether ...": a participle's object, not its subject.
_ASKED_ABOUT = re.compile(r"\s+(?:about|on|over|by|for|whether|if|why|how|what|to)\b")
# A clause of contrast: what follows is another party's ("X accused Y of “...”, while Y said").
# (with a subject of its own: not "... “injuries” but is expected to recover, X said")
CONTRAST = re.compile(
    r"[,;\"\u201d\u2019]\s*(?:while|whereas|but)\b(?!\s+(?:is|was|are|were|has|had|have|will|would|could|can|may|might|must|should"
    r"|did|does|do|also|then|not|never|later|still|[a-z]+ed)\b)", re.I
)
# What is cited that speaks no words: "citing first-hand reports from his staff", "citing data"
_CITED_THING = re.compile(
    r"(?:(?:the|his|her|their|its|first-hand|new|local|official|initial|preliminary|media|news|police|hospital)\s+)*"
    r"(?:reports?|data|figures|records|documents|information|footage|images|estimates|statistics)\b", re.I
)
VERB_FORM = re.compile(r"[A-Z][a-z]+(?:ing|ed)")  # a participle opening a sentence, capitalised as names are
_OWNED_SPEECH = re.compile(
    r"(?:['\u2019]s)?\s+(?:condemnation|statement|words|remarks|comments|warning|description|message|speech|address|appeal|call|pledge|vow)\b"
)
# "prompting X to announce ...": the one before the infinitive's "to" speaks
_TO_INFINITIVE = re.compile(r"\bto\s+$")
# A label opening a paragraph: "What they're saying:", "Here's what he said:"
# "the caller, named in court as Kirsty MacLeod, tells", "The witness, identified only as Ahmed,
# told": an apposition that names the one the description is, right before the verb
_NAMED_APPOSITION = re.compile(
    r",\s*(?:(?:who\s+was|who\s+is)\s+)?(?:named|identified)(?:\s+(?:in\s+court|by\s+(?:police|the\s+court|officials)|locally|publicly|only))*\s+as\s+"
    r"([A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3}),\s*$")
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
# Verbs that name, describe or give out something, whose passive keeps its giver after "by"
# (of them, those that take the words as what they call something: "described the attack as “...”")
NAMING_VERBS = frozenset("described characterized characterised called labelled labeled termed branded dubbed".split())
_NAMING = NAMING_VERBS | {"cited", "confirmed", "announced"}
# After a passive verb of speech, its agent: "as “...” by", "“...” by" (a few words and a quotation between)
_BY = re.compile(r"\s+by\s+")  # right after the verb, with no auxiliary before it
_BY_AGENT = re.compile(r"(?:\s+(?:as(?:\s+(?:an?|the))?|to|it|him|her|them))?\s*(?:[\u201c\"\u2018][^\u201c\u201d\"]{1,200}[\u201d\"\u2019])?,?\s+by\s+")
# "would be added", "was called": a passive verb reports no one's words.
_PASSIVE = re.compile(r"\b(?:be|been|being|is|are|was|were)\s+(?:(?:also|later|widely|first|not|never|reportedly)\s+)?[\u201c\"\u2018\u00ab\u201e']?$", re.I)  # (the verb may open a quotation)
# "That was how X described ...": the words point back at a quotation; X is the subject.
_POINTING_BACK = re.compile(r"^\s*(?:that|this|those|these|such)\s+(?:was|is|were|are)\s+(?:how|what|the words of)\s+", re.I)
# A sentence opening with a description of someone and its verb: "A local military source blamed",
# "A senior Iraqi official later took to X".
# (after a day with no comma, and counted: "On Monday morning about 200 people marched ...")
_OPENING_DESCRIPTION = re.compile(
    rf"\s*(?:{_OPENING_TIME.pattern})?"
    r"((?:[Aa]n?|[Tt]he|(?:Hundreds|Dozens|Thousands|Scores|Crowds)\s+of|(?:(?:[Aa]bout|[Ss]ome|[Aa]round|[Nn]early|[Oo]ver|[Mm]ore\s+than)\s+)?\d[\d,]*)\s+(?:[\w-]+\s+){0,4}?[a-z][\w-]*(?:\s+of\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2})?)\s+(?:(?:also|later|then|[a-z]+ly)\s+)?"
    r"(?:[a-z]+ed|has|had|was|took|told|gave|made|went|came|spoke|wrote|sent|held|met|said)\b"
)
ELLIPTIC = re.compile(r"(?i:another|one|a second|a third|the other|the first|the second|others|some)(?: of them)?")
_RELATIVE_VERB = re.compile(r"\b(?:who|whom|which)\s+(?:had\s+|has\s+)?$", re.I)
# "the suspect, who police say stabbed “...”", "colleagues, who Lawson noted have “...”": a relative
# clause's own speaker between its pronoun and its verb of saying
_SAY_IN_RELATIVE_VERBS = frozenset("say says said noted notes stated states claimed claims alleged alleges believed believes reported reports".split())
_SAY_IN_RELATIVE = re.compile(r"\b(?:who|whom|which|that)\s+((?:the\s+)?[\w'\u2019.-]+(?:\s+[\w'\u2019.-]+){0,3}?)\s+$", re.I)
_VAGUE = frozenset("reports report media".split())
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
# "what it called", "in what he described as": the pronoun is the clause's own subject.
_OPENING_AS = re.compile(r"\s*As\s+(he|she|they|we|it)\s+")
_EMBEDDED = re.compile(r"\b(?:what|which|as|whom|who|that)\s+(?:he|she|it|they)\s*$", re.I)
# Words for a text that speaks for its author: "the statement said".
DOCUMENTS = frozenset("statement statements communique release post message letter note notice video report record tweet card".split()
                      # (the same, as pages in Spanish, Portuguese, French and Italian name them)
                      + "nota comunicado communiqué comunicato texto mensaje mensagem messaggio".split())
# A sign put up with words on it, whose words "reads" gives (a banner's or a placard's slogan,
# "The banner read “Stay home”", stays nobody's words)
_SIGNS = frozenset("sign signs signboard signboards".split())
# A sentence opening with a document: "A police report", "A safety audit", "The inquiry's findings".
RECORDS = DOCUMENTS | frozenset("audit filing findings ruling judgment judgement verdict bulletin memo transcript affidavit assessment indictment complaint lawsuit".split())
_OPENING_DOCUMENT = re.compile(rf"\s*((?:[Aa]n?|[Tt]he)\s+(?:[\w'\u2019-]+\s+){{0,3}}?(?:{'|'.join(sorted(RECORDS))}))\b(?!['\u2019])")
# (its determiner and noun may have gone as lead words: "a statement from X read" -> "from X";
# a participle may name how it came: "A statement issued by the X family thanked ...")
ISSUED = r"(?:issued|signed|released|sent|posted|published|put\s+out|written)"  # the verbs that say who a document is from
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
    granddaughter grandson nephew niece rescuer volunteer miner fisherman caller dispatcher organiser organizer passerby manager""".split()
)


_PERSON_STEMS = frozenset(w.rstrip("s") for w in PERSON_NOUNS)  # "residents" and "resident" alike
# A participle's phrase whose object is named in apposition: "X, while quoting from a statement
# by a community leader, Y Z, said": the name is the object's, X the subject.
_PARTICIPLE_APPOSED = re.compile(
    rf",\s*(?:(?:while|when)\s+)?[a-z]+ing\s[^,\u201c\u201d\"]*\b(?:{'|'.join(sorted(PERSON_NOUNS, key=len, reverse=True))})s?"
    r",\s*[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3},"
)
_PERSON_WORDS = TITLE_HEADS | _PERSON_STEMS  # a title or a person noun, or its stem


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
    return bool(head) and (head.rstrip("s") in _PERSON_STEMS or (head.endswith("ies") and head[:-3] + "y" in _PERSON_STEMS)  # ("deputies")
                           or (head.endswith("men") and head[:-3] + "man" in _PERSON_STEMS)  # ("gunmen", "policemen")
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
        if w.rstrip("s") in _PERSON_STEMS:  # (first: "official", an organisation word too, is a person)
            last = "person"
        elif w in ORG_WORDS or (w == "staff" and before in _STAFF_BODIES):
            last = "organisation"
    # a titled person's portfolio is no organisation speaking ("Senior Superintendent of Police Fida Hussain")
    return last == "organisation" and not strip_title(phrase)


# What a place is called before its name in apposition ("the region's capital, Tarmu").
_PLACE_NOUNS = PLACE_DESCRIPTORS | frozenset("capital county township municipality governorate suburb neighbourhood neighborhood".split())


def _is_pronoun(phrase: str) -> bool:
    first = WORD.findall(phrase)[:1]
    return bool(first) and first[0].casefold() in PRONOUNS


def _reported_subject(idx: SourceIndex, sent_start: int, m: re.Match[str]) -> tuple[str, int] | None:
    """The subject of a reporting verb inside another's reported speech: the few words
    between the verb before it and this one ("X said Ostrik had called ...", "she said
    he told ..."), when they name or describe someone and no clause break lies between."""
    prior = [v for v in _REPORT_VERB.finditer(idx.text, sent_start, m.start()) if not idx.quoted(v.start())]
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
_ADVERBIAL = re.compile(
    r"\s*(?:on|in|at|during|after|before|since|last|earlier|later|early|late|back|this|that|separately|meanwhile|however|"
    r"additionally|elsewhere|moreover|furthermore|similarly|subsequently|previously|initially|finally|also|reportedly|"
    r"instead|nevertheless|nonetheless|indeed|thus)\b", re.I
)
_ADVERB_ONLY = re.compile(r"[a-z]+ly\s+")


# A description and the name it gives: "Aid worker Wai Hun Aung", "Kenyan police spokesman Resila Onyango".
_TITLED_NAME = re.compile(r"(?:[\w'\u2019-]+\s+){0,3}?([a-z][a-z-]+)\s+[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3}")


# A legislator's party and seat in apposition, a description though capitalised: "Senator X,
# Democrat of Oregon, said", "Rep. Y, Republican from Texas, said"
_PARTY_OF = re.compile(r"(?:Democrat|Republican|Independent)\s+(?:of|from)\s+[A-Z]")


def _titled_name(phrase: str) -> bool:
    return (m := _TITLED_NAME.fullmatch(phrase)) is not None and person_noun(m.group(1))


# "the" and a name: "the Coordination of Resistance Committees in El Fasher"
_NAME_WORD = r"(?:[A-Z][\w'\u2019.-]*|of|in|for|and|the|on|de|al|el)"
_THE_NAME = re.compile(rf"the\s+[A-Z][\w'\u2019.-]*(?:\s+{_NAME_WORD})*")


def _subject_before(idx: SourceIndex, sent_start: int, verb_start: int) -> tuple[str, int]:
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
    text = _DESCRIBING_APPOSITION.sub(lambda m: m.group() if _ADVERBIAL.fullmatch(m.string[: m.start()]) else _blank_clause(m), text)
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
        reported = _SAID_BEFORE.split(_without_trail(text[slice(*seg)].strip()))
        return len(reported) > 1 and bool(reported[-1].strip()) and not _FINITE.search(reported[-1])

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

    if len(usable) > 1 and last(usable[0]) in _PLACE_NOUNS and (describes_person(text[usable[1][0] : usable[1][1]]) or _titled_name(
        text[usable[1][0] : usable[1][1]].strip()) or re.search(r"\b[a-z]+s\s+(?:in|of|from)\s+[A-Z][\w'\u2019-]*$", text[usable[1][0] : usable[1][1]].strip())):
        # "Tribal elders in Parachinar, the district's main town, said": the apposition
        # describes the place the subject ends with, not who spoke
        a, b = usable[1]
    elif len(usable) > 1 and is_proper_name(nearest) and names_organisation(nearest) and (
            _titled_name(person := text[usable[1][0] : usable[1][1]].strip()) or (strip_title(person) and not names_organisation(person))):
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
                     if not (n >= 1 and after_quoted(seg)) and (is_proper_name(text[seg[0] : seg[1]].strip(" -\u2013\u2014\u2022*")) or _titled_name(text[seg[0] : seg[1]].strip())
                         or (n >= 1 and described and _THE_NAME.fullmatch(text[seg[0] : seg[1]].strip())))
                     and not placed(seg) and not title(seg) and not _ADVERBIAL.match(text[seg[0] : seg[1]]) and not _PARTY_OF.match(text[seg[0] : seg[1]].strip())
                     and not re.match(r"\s*[A-Z][a-z]+ing\s", text[seg[0] : seg[1]])), (a, b))  # (nor "Visiting Kabul,")
        definite = text[slice(*usable[1])] if len(usable) > 1 else ""
        if ((a, b) == usable[0] and re.match(r"\s*an?\s", text[a:b]) and re.match(r"\s*[Tt]he\s", definite)
                and not _FINITE.search(definite) and not _A_PAST.search(definite) and len(definite.split()) <= _AFTER_WORDS
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
    if (when := _OPENING_TIME.match(" ".join(words))) and len(words) > len(when.group().split()):
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
    if len(reported := _SAID_BEFORE.split(phrase)) > 1 and reported[-1] and not _FINITE.search(reported[-1]):
        phrase = reported[-1] if someone(reported[-1]) or person_noun(re.sub(r"men$", "man", last_word(reported[-1]).removesuffix("s"))) else ""
    if not phrase:
        return phrase, verb_start
    # (where the phrase starts: its words may stand further apart, around a blanked remark)
    found = list(re.finditer(r"\s+".join(map(re.escape, phrase.split())), text[a:b]))
    return phrase, sent_start + a + found[-1].start() if found else verb_start


# ("told PAP that ..." too: the verb's hearer between it and its clause)
_SAID_BEFORE = re.compile(r"(?:^|\s)(?:(?:said|says|added|stated|noted|explained)\s+(?:that\s+)?|(?:told|tells)\s+(?:[\w'\u2019.-]+\s+){1,5}?that\s+)")
_LAST_NOUN_PHRASE = re.compile(r"\b((?:the|a|an|his|her|their|its|our|my)\s+(?:[a-z-]+\s+){0,2}[a-z-]+)\s*,?\s*$")


_PLACED = re.compile(r"\b(?:from|in|at|near|of)\s+(?:the\s+)?$")
_APPOSED_AGE_PLACE = re.compile(r",\s*(?:\d{1,3},\s*)?(?:[a-z-]+\s+){0,4}(?:from|in|at|near|of)\s+(?:the\s+)?")  # ", 27, from "


def _antecedent(idx: SourceIndex, k: int, relative: int) -> tuple[int, str] | None:
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
    subject, at = _subject_before(idx, idx.sentence_span(k)[0], relative)
    if person_noun(last_word(re.split(r"\s+(?:at|of|for|in|from|with|on)\s", subject, maxsplit=1)[0])):
        # "according to X, a teacher at the school, who said": the name the description is set beside
        named = [(start, run) for start, end, run in idx.mentions[k] if end <= at and re.fullmatch(r"\s*,\s*(?:an?|the)?\s*", idx.text[end:at])]
        if named:
            return named[-1]
    return (at, subject) if name_keys(subject) else None


# After a title, its place and the name in apposition closing the sentence: " in Yemen, Alexandre Faite."
_PLACE_THEN_NAME = re.compile(r"\s+(?:in|for|of|at)\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*,\s+([A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*)+)\s*[.,;]?\s*$")


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
    return m.group() if _REPORT_VERB.search(rest) else " " * len(m.group())


def _content(clause: str) -> bool:
    """Whether a clause has words besides auxiliaries ("has", "had also")."""
    return any(not _trail_word(w) for w in clause.split())


# An initial's dot inside a name ("said Dr. K.L. Verma", "said John F. Kennedy").
_INITIAL = re.compile(r"(?<=\b[A-Z])\.(?=[A-Z]|\s+[A-Z])")


_NICKNAME = re.compile(r"(?<=[a-z]) [\u201c\"][A-Z][\w'\u2019-]+[\u201d\"](?= [A-Z])")


def _subject_after(idx: SourceIndex, verb_end: int, sent_end: int) -> tuple[str, int]:
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
    if _FINITE.search(head) or _PAST_WITH_OBJECT.search(head) or (  # (or "said a jet struck the hospital",
        _A_PAST_BEFORE_QUOTE.fullmatch(head) and masked[len(head) : len(head) + 1] in ("\u201c", '"')  # "said the deaths showed “...”")
    ):
        return "", verb_end
    stop = _AFTER_STOP.search(masked)
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
            end = _AFTER_STOP.search(rest)
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


# A document opening the clause of "read", participles' phrases after it: "A handwritten
# note left on the dashboard read:", "The note left on the bus, written in ink, read"
# (the phrases' own nouns are no subject)
_DOCUMENT_READ = re.compile(rf"(?:^|[,;]\s*)\s*((?:an?|the|one)\s+(?:[\w-]+\s+){{0,2}}?(?:{'|'.join(DOCUMENTS)}))\s+{_PAST}\b[^;:.\u201c\u201d\"]*$", re.I)


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
                    and (quoter := _subject_before(idx, a, source.verb_start))[0]):
                # "She quoted from the statement of his mother ... and told him: “...”": "quoted"
                # gives the words it carries to the one quoted; the verb after it goes on with its doer
                return Attribution(m.start(), m.end(), *quoter)
            return Attribution(m.start(), m.end(), source.subject, source.subject_start)
        if _OPENING_PARTICIPLE.fullmatch(idx.text, a, m.start()):
            # "Describing the incident as “a massacre,” elder X said": the participle opening the
            # sentence shares the subject of the verb after it; with no verb of speech there,
            # the name opening the main clause ("After first admitting that “...”, Brown detailed")
            later = next((v for v in _REPORT_VERB.finditer(idx.text, m.end(), b) if not idx.quoted(v.start())), None)
            if later is not None and (subject := _subject_before(idx, a, later.start()))[0] and name_keys(subject[0]):
                if (main_subject := _MAIN_SUBJECT.match(subject[0])) and _names_someone(main_subject.group(1)):
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
            if later is None and opens is not None and (described := _MAIN_SUBJECT.match(idx.text, opens, b)) and _names_someone(described.group(1)):
                return Attribution(m.start(), m.end(), described.group(1), described.start(1))
        # a progressive's subject is the words before its auxiliary ("others were shouting:")
        # (or a perceived one: "a video in which a man is heard shouting")
        if progressive := re.search(r"\s+(?:(?:were|was|are|is)(?:\s+heard)?|(?:can|could)\s+be\s+heard)\s+$", idx.text[a : m.start()]):
            doer, at = _subject_before(idx, a, a + progressive.start())
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
        if (document := _OPENING_DOCUMENT.match(idx.text, a)) and document.end() <= m.start():
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
                 and not VERB_FORM.fullmatch(run) and not _ADVERBIAL.fullmatch(run)]  # (nor "Instead," opening it)
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

    for m in _REPORT_VERB.finditer(idx.text, a, b):
        # a verb inside quotation marks reports nothing, unless the quotation opens with it
        # ('France "condemned in the strongest possible terms the attack"'): the subject before it speaks
        opens_quote = idx.quoted(m.start())
        # (its verb may follow an adverb: Tamboura ‘strongly condemned the attack’; never "according
        # to", whose source follows it inside the words: “According to our sources, five died.”)
        if opens_quote and (m.group().casefold() in _ACCORDING or not any(r[0] == m.start() or _ADVERB_ONLY.fullmatch(idx.text[r[0] : m.start()]) for r in idx.regions)):
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
            if other := _other_language_subject(idx, a, b, m, before):
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
            if by and (agent := _subject_after(idx, by.end(), b))[0] and _names_someone(agent[0]):
                out.append(Attribution(m.start(), m.end(), *agent))
            continue
        if _NEGATED.search(before):
            continue  # "but did not say how many", "declined to say": no words reported
        if _TIME_CLAUSE.search(before) and re.match(r"\s*,", idx.text[m.end() :]):
            continue  # "until it had concluded, the figure ...": a verb with nothing reported, its clause closed
        if not before.strip() and verb.endswith("ed") and _ASKED_ABOUT.match(idx.text, m.end()):
            continue  # a participle opening the sentence ("Asked about the figure, X said"): X's verb reports
        if verb in _SAY_IN_RELATIVE_VERBS and (inner := _SAY_IN_RELATIVE.search(before)) and _names_someone(inner.group(1)):
            out.append(Attribution(m.start(), m.end(), inner.group(1), a + inner.start(1)))
            continue
        if relative := _RELATIVE_VERB.search(before):
            # "a militia, which said on Telegram that ...": the words are the antecedent's; but
            # "the rescuer, who asked not to be named" reports nothing
            if verb != "asked" and (antecedent := _antecedent(idx, k, a + relative.start())):
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
            subject, at = _subject_before(idx, a, a + quoted.start())
            if name_keys(subject):
                out.append(Attribution(m.start(), m.end(), subject, at))
                continue
        coordinated = _COORDINATED.search(before) is not None
        # (the source's head before what places it: "a surgeon at the republican hospital")
        if verb in ("citing", "quoting") and (cited := _subject_after(idx, m.end(), b))[0] and not _CITED_THING.match(cited[0]) and _names_someone(
                _PLACE_QUALIFIER.sub("", cited[0])):
            # "“...,” AFP reported, citing the committee": the words are the cited source's; the
            # agency that reported them only carried them
            # (after an inverted subject too: "“...,” reported the news site X, quoting a surgeon")
            if out and re.fullmatch(r"\s*,?\s*", idx.text[max(out[-1].verb_end, out[-1].subject_start + len(out[-1].subject)) : m.start()]):
                out[-1] = Attribution(out[-1].verb_start, m.end(), *cited)
            else:
                out.append(Attribution(m.start(), m.end(), *cited))
            continue
        if verb in _PARTICIPLE and (heard := _HEARD_PASSIVE.search(before)) and (
                _names_someone(_PLACE_QUALIFIER.sub("", heard.group("who"))) or _names_someone(heard.group("head"))):
            # "In it, an officer with a megaphone can be heard telling the people inside: “...”"
            out.append(Attribution(m.start(), m.end(), heard.group("who"), a + heard.start("who")))
            continue
        if (verb in _PARTICIPLE or verb in _SHOUTS) and (heard := _PERCEIVED.search(before)) and _names_someone(who := heard.group(1)):
            # "he realised it was the police saying: “...”", "residents heard gunmen shouting",
            # "they heard the deputies yell “drop the gun”"
            out.append(Attribution(m.start(), m.end(), who, a + heard.start(1)))
            continue
        if verb in _PARTICIPLE and (own := _WITH_SUBJECT.search(before)) and (
            is_named(who := own.group(1)) or describes_person(who) or ELLIPTIC.match(who)
        ):
            out.append(Attribution(m.start(), m.end(), who, a + own.start(1)))
            continue
        if opens_quote and coordinated and (said := list(_SAID_BEFORE.finditer(before))) and (
                (told := _subject_before(idx, a, a + said[-1].start()))[0] and (name_keys(told[0]) or describes_person(told[0]))):
            # "X told PAP that a technician had come and ‘said everything was fine’": words that
            # open with the verb are X's, about the technician; the "and" joins the technician's verbs
            out.append(Attribution(m.start(), m.end(), *told))
            continue
        if opening_as := _OPENING_AS.fullmatch(before):
            out.append(Attribution(m.start(), m.end(), opening_as.group(1), a + opening_as.start(1)))
            continue  # "As he put it, «...»", "As she said, ...": a parenthesis opening the sentence, the words its subject's
        if verb in _PARTICIPLE or _EMBEDDED.search(before) or (coordinated and out):
            if (att := inherited(m)) is not None:
                out.append(att)
            continue
        if verb == "told" and (by := re.match(r"\s+by\s+", idx.text[m.end() : b])) and not _PASSIVE.search(before):
            # "“...” told by Shamsur Rahman, a survivor": the words of the one after "by"
            who, at = _subject_after(idx, m.end() + by.end(), b)
            if who:
                out.append(Attribution(m.start(), m.end(), who, at))
            continue
        if verb == "cited" and re.match(r"[^.;\u201c\u201d\"]{0,120}?\bas\s+saying\b", idx.text[m.end() : b]):
            continue  # "the agency cited a statement by the group as saying": "saying" says whose words
        if verb == "quoted":
            # "“...,” the agency quoted one of the drivers as saying / quoted X": the quoted
            # one's words, never the agency's ("was quoted" is passive: see _QUOTED_AS)
            who, at = _subject_after(idx, m.end(), b)
            # (nor is "doctors quoted by AFP": the doctors' words, the agency's "by")
            if who and not re.search(r"\b(?:was|were|is|are|been|being)\s+(?:also\s+)?$", before, re.I) and not who.startswith("by "):
                out.append(Attribution(m.start(), m.end(), who, at))
            continue
        if verb in _ACCORDING:
            # "according to X, ...": X is the source when X names or describes someone, not
            # when X is a document ("according to the hospital's first assessment")
            subject, at = _subject_after(idx, m.end(), b)
            subject = re.sub(r"\s+(?:quoted|cited)\s+by\s.*$", "", subject)  # "according to doctors quoted by AFP": the doctors
            # ("According to him, ...": whoever "him" is; "a resident of the area who chose to remain anonymous": the resident)
            if not someone(subject) and not someone(re.sub(r"\s+(?:who|that|which|of|in|from|at|near|on)\s.*$", "", subject)):
                continue
        elif reported := _reported_subject(idx, a, m):
            subject, at = reported  # "X said Ostrik had called it “a crime”": Ostrik's words
        else:
            # (before the quotation's opening mark when the verb opens the quotation)
            subject, at = _subject_before(idx, a, m.start() - 1 if opens_quote else m.start())
            if opens_quote and (said := list(_SAID_BEFORE.finditer(before))):
                # "X said the department “added patrols ...”": X quoted, in words about the department
                subject, at = _subject_before(idx, a, a + said[-1].start())
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
        if coordinated and runs_on and (first_verb := _A_PAST.search(subject)):
            # "Shortly after the hearing began, the teenager turned to a dock officer and said:":
            # the subject of the verb the coordination opens with, before the commas of its
            # relative clause when the verb opens the words ("One elderly man, who did not give his
            # name, stood up and asked")
            doer, doer_at = subject[: first_verb.start()].strip(), at
            if not doer and first_verb.start() == 0:
                doer, doer_at = _subject_before(idx, a, at)
            if someone(doer):
                out.append(Attribution(m.start(), m.end(), doer, doer_at))
                continue
        if coordinated and (not name_keys(subject) or (words_before_and and (opening or runs_on))) and (att := inherited(m)) is not None:
            out.append(att)
            continue
        if verb in _INVERTIBLE:
            after = _subject_after(idx, m.end(), b)
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
                (verb in _SAID or titled_last) and before.rstrip().endswith(",") and not (is_proper_name(subject) or _titled_name(subject))
                and subject.casefold() not in PRONOUNS
                and not re.search(r",\s*(?:who|whose|whom)\b[^,\u201c\u201d\"]*,\s*$", before)
                and (is_named(after[0]) or re.match(r"(?:an?|the)\s", after[0], re.I) is not None)
                # (no clause after the verb: "The officer, a local man, said the attackers wore uniforms")
                and not _FINITE.search(head := re.split(r"\s+(?:who|whom|whose|which|that)\b", after[0])[0]) and not _A_PAST.search(head)
                and (not rest or rest[0] in ",.;" or _AFTER_STOP.match(rest) is not None and rest[0].isalpha())
            )
            # ('X, 31, “lost too much blood,” reported the news site Y, quoting Z': with the
            # quotation closing right before the verb, the words before it are no apposed subject)
            after_quote = (verb not in _SAID and _CLOSED_BEFORE.search(before) is not None and someone(after[0])
                           and not _FINITE.search(re.split(r"\s+(?:who|whom|whose|which|that)\b", after[0])[0]))
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


def _other_language_subject(idx: SourceIndex, a: int, b: int, m: re.Match[str], before: str) -> tuple[str, int] | None:
    """Who a verb of speech of another language gives the words to: the pronoun of a French
    inversion ("a-t-il ajouté": "he"); the document a reflexive reads from ("lê-se na nota"); the
    subject after a verb that follows the quotation or a clause ("«...», a déclaré le maire",
    "..., a indiqué le parquet"); else the subject before it ("El alcalde dijo que ...", the
    sentence's first name after "y"/"e"/"et"). None when the subject is dropped ("«...», dijo.",
    "relató a Radio X", "Poi ha aggiunto:"): the words are read as untagged words are."""
    verb = m.group()
    if clitic := re.search(r"-t-(il|elle)\b", verb, re.I):
        return PRONOUN_IN_ENGLISH[clitic.group(1).casefold()], m.start() + clitic.start(1)
    after, at = _subject_after(idx, m.end(), b)
    if re.fullmatch(READ_FROM, verb, re.I):
        read = re.match(r"(?:n[ao]s?|en|dans|nel|nella)\s+", after, re.I)
        return (after[read.end() :], at + read.end()) if read and after[read.end() :] else None
    if source := re.match(rf"\s*(?:{_OTHER_ACCORDING})\s[^,\u201c\u201d\u00ab\u00bb\"]{{1,80}},", before, re.I):
        a += source.end()  # "Secondo X, il procuratore ha assicurato": the subject after X's phrase
    own, own_at = _subject_before(idx, a, m.start())
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


_TO_THE_WORDS = re.compile(r"(?:\s+(?:it|this|that|so))?(?:\s+(?:to\s+)?(?:(?:his|her|their|my|our|the)\s+(?:[a-z]+\s+)?[a-z]+|me|us|him|her|them|reporters|[A-Z][\w'\u2019-]*)){0,2}(?:\s+(?:very|quite|really))?(?:\s+[a-z]+ly){0,2}(?:\s+(?:last|this|that|on|earlier|every|each)\s+\w+)?(?:\s+(?:something|words|things)(?:\s+(?:about|like))?)?[\s,:'\u2018\u201a\"\u201c\u00ab\u201e\u2039\u00bb]*")
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
    verbs = list(_REPORT_VERB.finditer(before))
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
    if not clause.strip() and verb.group().casefold() in _PARTICIPLE and "," in before[: verb.start()]:
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
    if re.fullmatch(rf"\s*{_PAST}\b.*\band\s*", clause) and "," in (sentence := re.split(r"[.!?;:\u201c\u201d\"]", before[: verb.start()])[-1]):
        # "A woman, the wife of one of the miners, held my hands and said to me, ‘...’": the
        # first verb's subject, before the commas of its apposition
        clause, clause_start = sentence.split(",")[0], verb.start() - len(sentence)
    if (from_ == region[0] and clause_start == 0 and _AUXILIARIES_ONLY.fullmatch(clause)
            and (outer := _subject_before(idx, idx.sentence_span(idx.sentence_of(region[0]))[0], region[0] - 1))[0] and someone(outer[0])):
        # 'The attacker “kept shouting ‘Allah Akbar’ ...,” he added': the outer words open after
        # their subject, inside its clause; the verb in them is that subject's
        return Attribution(offset + verb.start(), offset + verb.end(), *outer)
    # "People were shouting", "The man who organised the trip had told them", "He called and
    # said": the subject without its auxiliary, its relative clause or a verb before "and"
    subject = _NESTED_TRAIL.sub("", RELATIVE_TAIL.sub("", clause)).strip()
    if told := re.search(r"\b(?:told|tells|tell)\s+(?:me|us|him|her|them)\s+(?:that\s+)?(\S.*)$", subject):
        subject = told.group(1)  # "He told me the soldiers said: ‘...’": the soldiers' words, as he told them
    if (heard := _PERCEIVED.search(clause)) and (_names_someone(heard.group(1)) or heard.group(1).casefold() in ("him", "her", "them")):
        subject = heard.group(1)  # "I heard people shouting ‘fire, fire’", "I heard them shouting": theirs
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
    return Attribution(m.start(), m.end(), m.group(1), m.start(1))


def _tagged_inside(idx: SourceIndex, start: int, outer_end: int) -> Attribution | None:
    """A quotation nested in a quoted passage whose own tag follows it there (a news item
    quoted: “Around 200 people were ‘brutally killed’ in Yelwata, the Pope said, ...”): the
    inner words are the one the passage's tag names, not the passage's speaker's."""
    end = min(outer_end, idx.sentence_span(idx.sentence_of(start))[1])
    if not (m := _INNER_TAG.match(idx.text, start, end)) or not someone(m.group(1)):
        return None
    return Attribution(m.start(2), m.end(2), m.group(1), m.start(1))


def _names_someone(phrase: str) -> bool:
    """Whether a phrase names or describes someone who may speak: a name, a person's or an
    organisation's description (not "the timing of the attack", "police records")."""
    return is_named(phrase) or describes_person(phrase) or names_organisation(phrase)


def someone(subject: str) -> bool:
    """Whether a subject can be someone who speaks: one named or described, or a pronoun."""
    return subject.casefold() in PRONOUNS or _names_someone(subject)


def possessive_owner(idx: SourceIndex, start: int, run: str) -> bool:
    end = start + len(run)
    return run.endswith(("'s", "\u2019s")) or idx.text[end : end + 2] in ("'s", "\u2019s")


def according_to(idx: SourceIndex, att: Attribution) -> bool:
    """Whether the attribution is "according to X": a source named, no verb of speech."""
    return idx.text[att.verb_start : att.verb_end].casefold() in _ACCORDING


def relayer(idx: SourceIndex, att: Attribution) -> tuple[str, int] | None:
    """Who carried the words of an attribution merged from "X said, citing Y" (the words
    are Y's): X, with where it is named; None for any other attribution."""
    span = idx.text[att.verb_start : att.verb_end]
    if not re.search(r"\b(?:citing|quoting)$", span, re.I) or not (first := _REPORT_VERB.match(span)):
        return None
    # ("reported the news site X, quoting Y": the subject inverted after the verb carried them)
    if (inverted := re.fullmatch(r"\s+([^,]+?),\s*(?:citing|quoting)", span[first.end() :], re.I)) and someone(inverted.group(1)):
        return inverted.group(1), att.verb_start + first.end() + inverted.start(1)
    subject, at = _subject_before(idx, idx.sentence_span(idx.sentence_of(att.verb_start))[0], att.verb_start)
    return (subject, at) if first.end() < len(span) and name_keys(subject) else None


def relays(idx: SourceIndex, att: Attribution) -> bool:
    """Whether an attribution closes its sentence as a medium's: "according to X", "X
    reported" or "as reported by X" with nothing but its subject and time words after it
    (not "according to an internal memo seen by X": a document is a source, not a medium)."""
    verb = idx.text[att.verb_start : att.verb_end].casefold()
    rest = idx.text[att.verb_end : idx.sentence_span(idx.sentence_of(att.verb_start))[1]]
    if verb in _ACCORDING:
        return re.fullmatch(r"[^,;\u201c\u201d\"]*", rest.strip().rstrip(".")) is not None and not _OPENING_DOCUMENT.match(att.subject)
    # (or "..., as reported by the Associated Press.")
    return verb == "reported" and re.fullmatch(r"\s*(?:,\s*quoting\b.*|on \w+\s*|by\s+[^,;\u201c\u201d\"]{2,60}?)?[.]?\s*", rest, re.S) is not None
