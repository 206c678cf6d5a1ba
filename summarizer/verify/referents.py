"""What a reporting verb's subject refers to: a pronoun ("he said"), a document ("the
statement said"), a definite description ("the ministry said"), a spokesperson's
organisation. `speaker_of` turns an `Attribution` (see `reporting`) into the named
subject the words belong to.

Every rule here is a heuristic of English news style, tested on the project's corpus
and on tests/test_attribution.py; where one breaks the verifier reports the speaker
as contradicted or unattributed rather than grounding a guess.
"""

from __future__ import annotations

import re

from ..names import ORG_WORDS, PLACE_DESCRIPTORS, SPELLED_TITLES, TITLE_HEADS, name_keys, strip_title
from ..page import page_lines
from ..text import WORD, SourceIndex
from .gazetteer import gazetteer, place_key
from .nested import according_to, possessive_owner, read_for, relays
from .places import nationality
from .reporting import attributions, someone
from .vocabulary import (
    DOCUMENTS,
    ELLIPTIC,
    HARMED,
    IRREGULAR_PAST,
    LY_NOUN,
    PERSON_NOUNS,
    PRONOUNS,
    SPEECH_VERBS,
    VERB_FORM,
    Attribution,
    describes_person,
    description_head,
    is_named,
    last_word,
    names_organisation,
    person_noun,
)

_PLACE_NOUN = "|".join(sorted(PLACE_DESCRIPTORS | {"capital", "port"}))  # "the capital", "the port city"
# A name right after one of these is where something happened, not who spoke ("at 4114
# Robinwood Drive", "in the capital Taipei": a house number or a place noun may stand between).
# (not "spoke to X", "married to X": someone spoken to is a person; "spoke to the Courier" is no one)
_LOCATIVE = re.compile(
    r"\b(?:in|at|near|over|for|from|into|across|outside|inside|around|(?<!according )(?:(?<!spoke )(?<!speaking )(?<!talked )(?<!talking )(?<!wrote )(?<!said )(?<!married )to|to(?=\s+the\s))|of|toward|towards|on)\s+(?:the\s+)?"
    # (the last of places listed after it: "from the areas of Lambrika and Kitsi Koropi")
    r"(?:(?-i:[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2})(?:,\s*(?-i:[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2}))*,?\s+(?:and|or)\s+)?"
    rf"(?:\d+[A-Za-z]?\s+|(?:[a-z]+\s+)?(?:{_PLACE_NOUN})\s+)?$", re.I
)
# The same in the other languages a page may be written in: "le maire de Lisbonne", "el alcalde
# del pueblo", "il sindaco di Bovalino", "o prefeito do Rio", "à Marseille", "en Galicia"
_LOCATIVE_OTHER = re.compile(
    r"(?<![\w'\u2019])(?:de|du|des|d['\u2019]|del|della|dello|di|da|do|dos|das|\u00e0|au|aux|dans|en|em|no|na|nos|nas)\s*"
    r"(?:(?:la|le|les|l['\u2019]|el|los|las|il|lo|o|os|as)\s+)?$"
)
# "near the country's second-largest city, Mandalay": a place in apposition to a place noun a
# preposition places (not a title's: "The governor of Hiiraan region, Hussein Abdi Nur")
_PLACE_APPOSITION = re.compile(
    r"\b(?:in|at|near|outside|inside|from|into|across|around|towards?)\s+(?:the|a)\s+(?:[\w'\u2019-]+\s+){0,3}"
    rf"(?:{_PLACE_NOUN}),\s*$", re.I
)
# "from Gary, Indiana,": a place's larger place, set off by commas on both sides (not "In
# Kabul, Ahmad Karimi said", where the name after the comma is the subject; heuristic).
_LARGER_PLACE = re.compile(r"\b(?:[Ii]n|[Aa]t|[Ff]rom|[Nn]ear|[Oo]utside|of)\s+(?:the\s+)?[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,2},\s*$")
# "was Tasered": a participle capitalised as a brand's verb, after its auxiliary, names no one.
_AUXILIARY_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are|be|got|get)\s+$", re.I)
_ACRONYM = re.compile(r"[A-Z]{2,6}s?")
_OF_HEAD = re.compile(r"(?:an?|the|one)\s+(?:[a-z-]+\s+){0,2}?([a-z]+)\s+of\b", re.I)  # "a senior member of ..."
# "news outlet Norte Digital", "the broadcaster X": a name a thing's noun introduces is no "he" or "she"
_NAMED_THING = re.compile(
    r"\b(?:outlet|newspaper|broadcaster|agency|channel|station|website|network|magazine|company|firm|militia|group)\s+$", re.I
)
# "which killed her best friend Nell Jones": someone "her" is related to, not "she" herself
_KIN = (r"(?:wife|husband|son|daughter|brother|sister|mother|father|friend|colleague|partner"
        r"|uncle|aunt|cousin|nephew|niece|grandson|granddaughter|grandmother|grandfather|boyfriend|girlfriend|fianc\u00e9e?|child)")
_KIN_OF = re.compile(rf"\b(?:his|her)\s+(?:[a-z-]+\s+){{0,2}}{_KIN}\s+$")
# "her husband", "whose son", "my brother", "the father": someone a speaker may go on to quote as "he"
_KIN_DESCRIBED = re.compile(rf"\b(?:his|her|whose|my|our|their|the)\s+(?:[a-z-]+\s+){{0,2}}?({_KIN})\b", re.I)
_PERSONAL = frozenset("he she his her him".split())
_POSSESSIVES = frozenset("his her their its".split())
APPOSITION_CHARS = 80  # how far after a description a name may stand and still be its name
LOOK_BACK = 3  # sentences searched for what a pronoun or description refers to
# pronouns followed back one to another ("he added" ... "he explained" ... "according to him" ... the name)
CHAIN_DEPTH = 6


# "where Spanish soldiers are stationed": an adjective of nationality before a plural noun of
# people, no one "he" refers to. Heuristic: the adjective by its ending, the noun by its ending
# or as one of the commonest plurals of people that ending misses ("no Malaysian citizens").
_ADJECTIVE_FORM = re.compile(r"[A-Z][a-z]+(?:ish|ese|ian|ean|an|i|ic)")
_PEOPLE_PLURAL = re.compile(r"[ \t]+(?:[a-z]+(?:ers|ians|ists|ees|ents|ants|iers|men)|citizens|nationals|troops|people|children|forces|officials|pilgrims|victims)\b")
# "four Katyusha rockets": a name after a number and before a noun qualifies what is counted.
_COUNTED = re.compile(r"(?:(?<![-/.:\w])\d+|\b(?:two|three|four|five|six|seven|eight|nine|ten|several|many|dozens of|hundreds of))\s+$", re.I)


# Heuristic: a name right before a lower-case singular noun qualifies it ("a Buddhist
# monastery", "the Hilux pick-up"): an adjective or a brand, no one "he" or "she" refers to
# (a possessive is someone: "Ms Odhiambo's mother").
# A verb after a name ("said", "fled", "has") is told apart by its form (-ed, -s) and a
# short list of common irregular ones; a plural noun ("Hilux vans") is not caught.
_QUALIFIES = re.compile(
    r"[ \t]+(?!(?:and|or|but|nor|of|in|on|at|to|for|with|from|by|as|before|after|during|about|over|since|until|into|near|"
    r"under|through|against|while|because|who|whom|which|that|is|was|were|are|has|had|have|will|"
    r"would|could|can|may|might|must|should|shall|also|then|later|never|not|now|still|just|only|himself|herself|further|again|earlier|once|"
    rf"{IRREGULAR_PAST})\b)"
    rf"(?:(?:{LY_NOUN.pattern})\b|[a-z][a-z-]*(?<!ed)(?<!s)(?<!ly)\b)"  # (an adverb qualifies no noun: "X publicly offered")
)


# A name that heads an organisation's words after it: "Xinhua news agency", "Bondi police".
_ORGANISATION_AFTER = re.compile(
    r"[ \t]+(?:news\s+)?(?:" + "|".join(sorted(ORG_WORDS | {"newspaper", "broadcaster", "television", "radio"}, key=len, reverse=True)) + r")\b"
)
_CAPITALISED_RUN = r"[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*"
# The rest of a list of names the mention opens or continues: ", Rose Bay and Bondi"
_REST_OF_LIST = re.compile(rf"(?:,\s*{_CAPITALISED_RUN})*,?\s+(?:and|or)\s+{_CAPITALISED_RUN}")


def qualifies(idx: SourceIndex, mention: tuple[int, int, str]) -> bool:
    """Whether a name qualifies the lower-case noun after it ("The Catholic bishop", "a
    Buddhist monastery"), alone or in a list ("Paddington, Rose Bay and Bondi police
    stations"), rather than naming someone (see _QUALIFIES)."""
    if re.search(r"['\u2019]s$", mention[2]) is not None:
        return False
    listed = _REST_OF_LIST.match(idx.text, mention[1])
    return _QUALIFIES.match(idx.text, listed.end() if listed else mention[1]) is not None


def _fits(idx: SourceIndex, mention: tuple[int, int, str], pronoun: str, speaker: bool = False) -> bool:
    """Whether a name can be what `pronoun` refers to. Heuristic: "he"/"she" never
    refer to an organisation (a name containing an organisation word, or followed by
    one: "Xinhua news agency") or to a name
    placed by a preposition ("over Jalalabad"); "it" never to a person seen with a
    title; "they" to either; none to a participle opening a sentence ("Asked about ...")."""
    start, _, run = mention
    # A one-word name seen only at sentence starts ("Ankara rarely ...") may still be an
    # organisation or place for "it", when the article never writes it in lower case;
    # "he"/"she" need more ("Smoke rose ..." is not a person).
    lower_case_elsewhere = re.search(rf"\b{re.escape(run.casefold())}\b", idx.text) is not None
    # A reporting verb's subject (`speaker`) is someone, even a lone word opening a sentence ("Amira, 14, said").
    named = speaker or idx.opens_name(start, run) or (pronoun not in _PERSONAL and not lower_case_elsewhere)
    before = idx.text[max(0, start - 40) : start]
    # (a reporting verb's subject after "lives in the village," is the one who spoke: "A woman
    # whose family lives in the village, X, said")
    if not named or VERB_FORM.fullmatch(run) or _LOCATIVE.search(before) or _LOCATIVE_OTHER.search(before) or (_PLACE_APPOSITION.search(before) and not speaker) or (run.endswith("ed") and " " not in run and _AUXILIARY_BEFORE.search(before)):
        return False
    if _LARGER_PLACE.search(before) and re.match(r"\s*[,.;)]", idx.text[mention[1] :]) and place_key(run) in gazetteer().kinds:
        return False  # "from Gary, Indiana,": the cue and the gazetteer agree (not "in Tarmu, Amina Yusuf, the mayor")
    org = names_organisation(run)
    if pronoun in _PERSONAL:  # nor to an acronym ("UN", "ADF", "NGOs"): those name organisations
        return (not org and not _ORGANISATION_AFTER.match(idx.text, mention[1]) and not _country_only(idx, run)
                and not _ACRONYM.fullmatch(run.removeprefix("the ")) and not _placed_elsewhere(idx, run)
                and not _NAMED_THING.search(before) and not _KIN_OF.search(before)
                and not (_ADJECTIVE_FORM.fullmatch(run) and _PEOPLE_PLURAL.match(idx.text, mention[1]))
                and not (_COUNTED.search(before) and re.match(r"[ \t]+[a-z]", idx.text[mention[1] :]))
                and not qualifies(idx, mention))
    if pronoun in ("it", "its"):
        return org or not (_titled(idx, start) or strip_title(run))
    return True


def names_a_person(idx: SourceIndex, mention: tuple[int, int, str]) -> bool:
    """Whether a name in the text may be a person's, one "he" or "she" could refer to
    (not an organisation, a place a preposition sets, an acronym or a country)."""
    return is_named(mention[2]) and _fits(idx, mention, "he")


_REGION_WORDS = "North|South|East|West|Northern|Southern|Eastern|Western|Central|Greater|Upper|Lower|Republic|State|The|In|Of"


def _country_only(idx: SourceIndex, run: str) -> bool:
    """Whether a one-word name is a country's ("Israel", "Jordan") and the article writes it
    as no one's surname ("Steve Israel"): then it is no "he" or "she"."""
    if " " in run or gazetteer().kinds.get(place_key(run)) != "country":
        return False
    return re.search(rf"\b(?!(?:{_REGION_WORDS})\b)[A-Z][a-z]+\s+{re.escape(run)}\b", idx.text) is None


def _placed_elsewhere(idx: SourceIndex, run: str) -> bool:
    """Whether the article writes the name where places go ("in Markoye", "near Markoye"):
    then it is a place, and no "he" or "she". Heuristic: the article's own cue, not a
    gazetteer (a surname may be a town's name too)."""
    key = ("placed", run)
    if key not in idx.memo:
        place = r"[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*"
        listed = rf"(?:{place}(?:,\s*{place})*,?\s+(?:and|or)\s+)?"  # "between A and B", "in A, B or C"
        pattern = rf"\b(?:in|at|near|outside|inside|around|across|towards?|between|up|down|along|onto|via|past)\s+(?:the\s+)?{listed}{re.escape(run)}\b(?![\u2019']s)"
        idx.memo[key] = re.search(pattern, idx.text) is not None
    return idx.memo[key]


def _titled(idx: SourceIndex, start: int) -> bool:
    """Whether a title noun stands right before the name ("police chief Ahmad Karimi")."""
    before = idx.text[max(0, start - 30) : start].split()
    return bool(before) and before[-1].casefold().rstrip(".,") in TITLE_HEADS


# A phrase opening a sentence that sets someone beside its subject: "Beyond Prime Minister X,", "Like the mayor,"
_SET_BESIDE = re.compile(r"\s*(?:beyond|besides|like|unlike|apart from|aside from|along with|alongside|in addition to|as well as|except for|other than)\s[^,;:.!?\u201c\u201d\"]{1,80},\s*", re.I)


def _referent(idx: SourceIndex, k: int, accept, depth: int = 0, accept_speaker=None, pronoun: str | None = None) -> tuple[int, str] | None:
    """The nearest speaker or name before sentence `k` that `accept(start, text)` takes,
    sentence by sentence back: first the subjects of a sentence's reporting verbs
    (resolved in turn, so "He said ... he added" chains back to the name; taken by
    `accept_speaker` when given), then its names (for a personal `pronoun`, a name that
    owns a possessive only when no other name there fits)."""
    personal = pronoun in _PERSONAL
    same_person = _SAME_PERSON.get(pronoun or "")
    for j in _narration_before(idx, k, same_person):
        if depth < CHAIN_DEPTH:
            # (a medium relaying the sentence's words, "..., the agency reported", is no one "he" means)
            atts = attributions(idx, j)
            # (nor is the source a speaker cites, "X said according to the mother's statement, ...")
            atts = [a for a in atts if not (according_to(idx, a) and any(o.verb_end <= a.verb_start and not according_to(idx, o) for o in atts))]
            for att in reversed([a for a in atts if not relays(idx, a)] if len(atts) > 1 else atts):
                if same_person and same_person.match(att.subject) and " " in att.subject and not _goes_on_with(idx, att, j, k, same_person):
                    continue  # "Her mother asked ... “...,” she said": "she" is whose mother, not the mother
                found = speaker_of(idx, att, depth + 1)
                if found and (accept_speaker or accept)(*found):
                    return found
                if found:  # "Spokesperson of X state governor Malam Nuhu Anka": the name that ends the title
                    inside = [(a, run) for a, end, run in idx.mentions[j] if found[0] <= a and end <= found[0] + len(found[1])]
                    if inside and accept(*inside[-1]):
                        return inside[-1]
        taken = [(start, run) for start, _, run in idx.mentions[j] if accept(start, run) and not in_furniture(idx, start)]
        if opening := _SET_BESIDE.match(idx.text, idx.sentence_span(j)[0]):
            # "Beyond Prime Minister X, King Y also reacted. ‘...,’ he said": not one set beside the subject
            taken = [t for t in taken if t[0] >= opening.end()] or taken
        if taken:  # "The gang's leader, X, ... he": the owner in a possessive only when no other name fits
            return next((t for t in taken if not (personal and possessive_owner(idx, *t))), taken[0])
    return None


def _titled_before(idx: SourceIndex, k: int, head: str) -> tuple[int, str] | None:
    """The nearest name before sentence `k` written with the title `head` ("Iraq's Prime
    Minister X" for "the prime minister"), or a later mention of its surname when that
    person is named again nearer ("Akbari said ..." for "the ambassador")."""
    titled = [(j, start, run) for j in range(k) for start, _, run in idx.mentions[j] if head in _noun_phrase(idx, start, run)]
    if not titled:
        return None
    j, start, run = titled[-1]
    if last_word(run) == head:  # "Iran's Ambassador to Damascus Hossein Akbari": the name after the title's place
        after = [(a, r) for a, _, r in idx.mentions[j] if start + len(run) < a <= start + len(run) + 40]
        if not after:
            return None
        start, run = after[0]
        if re.search(r"\b(?:to|in|of|at|for)\s+$", idx.text[max(0, start - 5) : start]):
            words = run.split()  # "to Damascus Hossein Akbari": the place, then the name (heuristic: one word of place)
            if len(words) < 3:
                return None
            start, run = start + run.index(words[1]), " ".join(words[1:])
    surname = name_keys(run)[-1:]
    again = [(a, r) for j in range(idx.sentence_of(start) + 1, k) for a, _, r in idx.mentions[j] if name_keys(r)[-1:] == surname]
    return again[-1] if again else (start, run)


def _goes_on_with(idx: SourceIndex, att: Attribution, j: int, k: int, same_person: re.Pattern[str]) -> bool:
    """Whether "she" in sentence `k` goes on with the subject "Her neighbour" of sentence `j`:
    in the same paragraph, with no other "her" in `j` that narrates on about the owner
    ("Her neighbour, who asked not to be named, said .... “...,” she said"; not "Her mother
    asked that her name be withheld. ¶ “...,” she said"). Heuristic: read by paragraph."""
    start, end = idx.sentence_span(j)
    if "\n" in idx.text[end : idx.sentence_span(k)[0]]:
        return False
    subject_end = att.subject_start + len(att.subject)
    return not any(not idx.quoted(m.start()) and not att.subject_start <= m.start() < subject_end
                   for m in same_person.finditer(idx.text, start, end))


QUOTED_SENTENCES = 12  # sentences of one speaker's quotation a pronoun's search passes over


CHAINED_SENTENCES = 6  # sentences that go on with the same "she" a pronoun's search may pass over besides
# The forms of one singular person: a sentence narrating with "she" or "her" goes on about
# whoever the "she" asked about means.
_SHE, _HE = (re.compile(rf"\b(?:{forms})\b", re.I) for forms in ("she|her|hers|herself", "he|him|his|himself"))
_SAME_PERSON = {"she": _SHE, "her": _SHE, "he": _HE, "his": _HE, "him": _HE}


def _narration_before(idx: SourceIndex, k: int, same_person: re.Pattern[str] | None = None) -> list[int]:
    """The LOOK_BACK sentences before `k` that narrate, nearest first: sentences that are
    quotation and nothing else are passed over (up to QUOTED_SENTENCES of them), since
    "he added" after a quotation of several paragraphs refers to whoever the narration
    last named, not to a name inside the quotation. A sentence that narrates with the
    `same_person` pronoun ("Rosa Diaz stayed home. She and her daughter ... She isn't ...
    “...,” she says") does not count: it goes on about the same person (up to
    CHAINED_SENTENCES of them). Heuristic: a chain through another woman of the story
    without her name in it (both "she") is not told apart."""
    found: list[int] = []
    skipped = chained = 0
    for j in range(k - 1, -1, -1):
        if skipped < QUOTED_SENTENCES and all_quoted(idx, j):
            skipped += 1
            continue
        found.append(j)
        start, end = idx.sentence_span(j)
        if same_person and chained < CHAINED_SENTENCES and any(not idx.quoted(m.start()) for m in same_person.finditer(idx.text, start, end)):
            chained += 1
            continue
        if len(found) - chained == LOOK_BACK:
            break
    return found


# The time a live page or a list of updates sets before each post: "03:41 – ", "10.15 a.m.: "
TIME_LABEL = re.compile(r"\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?\s*[\u2013\u2014:|-]\s*", re.I)

# The language a broadcast's words were spoken in, set before their subtitles or translation:
# "[in Khmer] “...”", "(in Spanish) “...”", "[translated from Tagalog]"
LANGUAGE_LABEL = re.compile(r"\s*[\[(](?:in|speaking in|translated from|translation from)\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)?[\])]\s*")


def past_labels(text: str, start: int, end: int) -> int:
    """Where a sentence's words begin after the labels a page sets before a post or a
    quotation: a live page's time ("03:41 – “...”"), a subtitled interview's language
    ("[in Khmer] “...”")."""
    if label := TIME_LABEL.match(text, start, end):
        start = label.end()
    if label := LANGUAGE_LABEL.match(text, start, end):
        start = label.end()
    return start


def all_quoted(idx: SourceIndex, j: int) -> bool:
    """Whether sentence `j` is quotation and nothing else (memoised per sentence)."""
    key = ("all quoted", j)
    if key not in idx.memo:
        start, end = idx.sentence_span(j)
        start = past_labels(idx.text, start, end)
        letters = [start + i for i, c in enumerate(idx.text[start:end]) if c.isalnum()]
        idx.memo[key] = bool(letters) and all(idx.quoted(i) for i in letters)
    return idx.memo[key]


def furniture_at(idx: SourceIndex, at: int) -> str | None:
    """The kind of the line of page furniture `at` lies in ("caption", "related", ...), or None."""
    if ("furniture",) not in idx.memo:
        idx.memo[("furniture",)] = [line for line in page_lines(idx.text) if line.kind]
    return next((line.kind for line in idx.memo[("furniture",)] if line.start <= at < line.end), None)


def in_furniture(idx: SourceIndex, at: int) -> bool:
    """Whether `at` lies in a line of page furniture ("Read more: ..." between a name and
    its "he"): a link or a caption refers to no one the story's pronouns mean."""
    return furniture_at(idx, at) is not None


# ("its forces", "their units": a part of an organisation already meant, never "it" itself)
_ORG_DESCRIPTION = re.compile(
    r"\b(?i:the)\s+(?:[a-z-]+\s+){0,2}(?:" + "|".join(sorted(ORG_WORDS, key=len, reverse=True)) + r")\b"
)


def _organisation_before(idx: SourceIndex, k: int, depth: int, fitting) -> tuple[int, str] | None:
    """What "it" refers to when an organisation is named or described in the sentences
    before `k` ("In its report, the directorate counted ... It said"): the nearest one,
    its description resolved to its name when the article gives it. Heuristic: a place
    named between them ("displaced towards Liancourt") is passed over, since places
    issue no statements; None when no organisation is near."""
    for j in range(k - 1, max(-1, k - 1 - LOOK_BACK), -1):
        a, b = idx.sentence_span(j)
        if depth < LOOK_BACK:  # who spoke in that sentence first ("MONUSCO said ... It said")
            for att in reversed(attributions(idx, j)):
                if (spoke := speaker_of(idx, att, depth + 1)) and (names_organisation(spoke[1]) or fitting(*spoke)):
                    return spoke
        # (a name the article writes where places go is a place, though it holds "Government":
        # "in the Bama Local Government Area")
        found = [(start, run) for start, _, run in idx.mentions[j] if names_organisation(run) and not _placed_elsewhere(idx, run)]
        found += [(m.start(), m.group()) for m in _ORG_DESCRIPTION.finditer(idx.text, a, b) if not idx.quoted(m.start())]
        # an owner qualifies a noun ("... did not comment on the health ministry's figure"): it is no "it"
        found = [(start, run) for start, run in found if not possessive_owner(idx, start, run)] or found
        if not found:
            continue
        start, text = max(found)
        if text.islower() and (head := description_head("the " + text.split(None, 1)[1])) and depth < LOOK_BACK:
            named = _referent(idx, j + 1, lambda s, t: head in _noun_phrase(idx, s, t), depth + 1)
            return named or (start, text)
        return start, text
    return None


_OTHER_SEX = {"he": "she", "she": "he"}
# Nouns of people that say their sex: "he" is never "the mother", "she" never "her son".
# Heuristic: only nouns whose sex English fixes; "nurse", "priest", names are left open.
_SEXED = {
    "she": frozenset(
        "woman women mother daughter sister wife widow girl grandmother granddaughter aunt niece bride girlfriend "
        "fiancée actress policewoman chairwoman spokeswoman businesswoman congresswoman councilwoman headmistress "
        "nun queen princess lady mum mom mama grandma".split()),
    "he": frozenset(
        "man men father son brother husband widower boy grandfather grandson uncle nephew groom boyfriend fiancé "
        "actor policeman chairman spokesman businessman congressman councilman headmaster king prince "
        "dad papa grandpa".split()),
}
_SEX_OF = {"he": "he", "his": "he", "him": "he", "she": "she", "her": "she"}


def other_sex(pronoun: str, noun: str) -> bool:
    """Whether a person's noun says the other sex than a pronoun ("he" and "the mother")."""
    sex = _SEX_OF.get(pronoun)
    return sex is not None and noun.casefold() in _SEXED[_OTHER_SEX[sex]]


def speaker_of(idx: SourceIndex, att: Attribution, depth: int = 0, avoid: frozenset[str] = frozenset()) -> tuple[int, str] | None:
    """The named subject the attribution's words belong to, with where it is named:
    the subject itself when it names someone, or what its pronoun, document or
    definite description refers to. None when nothing fitting is found. A pronoun
    never refers to a name with keys in `avoid` (inside a quotation, "she said" is
    never the speaker of the quotation)."""
    subject, k = att.subject, idx.sentence_of(att.verb_start)
    words = [w.casefold() for w in WORD.findall(subject)]
    # "His manager" is someone else, a description; "its spokesman" speaks for "it"
    someone_elses = len(words) > 1 and words[0] in _POSSESSIVES and not re.fullmatch(_SPOKESPERSON, words[-1])
    if words and words[0] in PRONOUNS and not someone_elses:
        if words[0] in _OTHER_SEX and depth == 0:
            # "She said he had sent her a message": in one sentence "he" and "she" are two people
            for other in attributions(idx, k):
                if other.subject.casefold() == _OTHER_SEX[words[0]] and (theirs := speaker_of(idx, other, depth + 1)):
                    avoid = avoid | frozenset(name_keys(theirs[1]))
        if idx.quoted(att.subject_start) and (talked_of := _within_speech(idx, att, words[0], avoid)):
            return talked_of

        def fitting(start: int, text: str, speaker: bool = False) -> bool:
            # `speaker`: `text` is a reporting verb's subject (see `_fits`)
            organisation = words[0] not in _PERSONAL and names_organisation(text)
            if avoid and set(name_keys(text)) & avoid:
                return False
            if words[0] in _PERSONAL and " " not in text and describes_person(text) and _plural("they", text.casefold()):
                return False  # "Journalists also called it ...": capitalised, and still no "he"
            return (is_named(text) or (organisation and not speaker)) and _fits(idx, (start, start + len(text), text), words[0], speaker)

        # "The Brazilian consulate in X said ... that it had asked": the organisation the
        # sentence's own verb has for its subject, not a name inside it
        if words[0] in ("it", "its") and (bodies := [o for o in attributions(idx, k) if o.verb_end <= att.subject_start
                                                     and (names_organisation(o.subject) or _organisation_apposed(idx, o))]):
            return bodies[-1].subject_start, bodies[-1].subject
        # "Ankara rarely announces strikes, though it says ...": the sentence's own subject first.
        speakers = {o.subject_start for o in attributions(idx, k) if o.subject_start < att.subject_start}
        own = [(a, run) for a, _, run in idx.mentions[k] if a < att.subject_start and (fitting(a, run) or (
            a in speakers and not VERB_FORM.fullmatch(run) and fitting(a, run, speaker=True)))]  # not "Asked whether ..., she said"
        lead = idx.text[idx.sentence_span(k)[0] : own[0][0]].strip() if own else ""
        # (not when the pronoun and its verb close the sentence after a comma: what went before
        # is the words reported, its subject no speaker unless a verb of its own reports:
        # "Police found weapons in a search, it added.")
        closing = re.fullmatch(r"[\s,]*(?:on\s+\w+|\w+ly|later|too|also)?[\s.]*", idx.text[att.verb_end : idx.sentence_span(k)[1]]) is not None and (
            idx.text[: att.subject_start].rstrip().endswith(","))
        # (after "The" only for "it": "The X Hospital has gone into ..., it said"; "The Gulf News had quoted him" is no "him")
        if own and (lead == "" or describes_person(lead) or (lead in ("The", "the") and words[0] in ("it", "its"))) and not (
                closing and own[0][0] not in speakers):  # "Local priest Father X provided an update: “...,” he reported"
            return own[0]
        if words[0] == "it" and (signer := _signed_by(idx, att)):
            return signer  # "“...,” it said, signed by class 9C"
        if words[0] == "it" and (document := _document_subject(idx, k)):
            return document
        if words[0] in ("it", "its") and depth < CHAIN_DEPTH and (owner := _document_owner(idx, k, depth)):
            return owner
        if words[0] in ("it", "its") and (organisation := _organisation_before(idx, k, depth, fitting)):
            return organisation
        def speaking(start: int, text: str) -> bool:
            # "A woman who lost her husband told ... “...,” she said": a speaker the article
            # only describes, when no name in that sentence fits (else the name is the speaker:
            # "A monk, who gave his name as Ashin Zawana, said")
            if fitting(start, text) or fitting(start, text, speaker=True):
                return True
            # ("a prison official" is a person: an organisation word names one only as the head,
            # and "official", though ORG_WORDS lists it so that "a US official" gives no surname
            # alias, heads a description of a person)
            # ("a member of the X Defence Force" is a person: the noun before "of" heads it)
            of_head = _OF_HEAD.match(text)
            member = of_head is not None and describes_person(of_head.group(1))
            # (a description's head is before what qualifies it: "a farmer in his sixties")
            # (and before a relative clause: "a woman who works in the town centre")
            head = of_head.group(1).casefold() if member and of_head else last_word(re.split(r"\s+(?:in|from|at|with|on|near|who|whom|whose|which|that)\s", text)[0])
            organisation = head in ORG_WORDS and head not in PERSON_NOUNS
            described = member or not is_named(text) or ELLIPTIC.fullmatch(text) is not None  # "Another" is no name
            if not (words[0] in _PERSONAL or _plural(words[0], head)) or not described or text.casefold() in PRONOUNS or organisation:
                return False
            if words[0] in _PERSONAL and _plural("they", head):
                return False  # "she" is never "emergency workers"
            # nor "the church", "The Polish fire service": no person's noun heads them
            noun = last_word(re.split(r"\s+(?:in|of|from|at|with|on|near|who|whom|whose|which|that)\s", text)[0])
            if words[0] in _PERSONAL and not member and noun.isalpha() and not person_noun(noun) and not re.fullmatch(_KIN, noun):
                return False
            if other_sex(words[0], noun):
                return False
            j = idx.sentence_of(start)
            # (a name overrides the description only in apposition after it: "A monk, who gave his
            # name as X"; not a victim named before it: "... killed X, said a villager")
            # nor whom the description told: "A man ... told Myanmar Now")
            verbs = [o.verb_start for o in attributions(idx, j)]
            named_after = (fitting(a, run) for a, _, run in idx.mentions[j] if start <= a <= start + len(text) + APPOSITION_CHARS
                           and start + len(text) <= a and not any(start + len(text) <= v < a for v in verbs))
            return re.search(r"[^\W\d_]{3}", text) is not None and not any(named_after)
        # "A guest told the network ... and he added": the sentence's own speaker, described
        earlier = [o for o in attributions(idx, k) if o.verb_end <= att.subject_start and describes_person(o.subject)]
        if earlier and speaking(earlier[-1].subject_start, earlier[-1].subject):
            return earlier[-1].subject_start, earlier[-1].subject
        return _referent(idx, k, fitting, depth, speaking, pronoun=words[0])
    if aged := _AGED.match(subject):
        return _aged(idx, k, aged.group(1) or _TEEN_AGES, depth) or (att.subject_start, subject)
    if words and words[-1] in DOCUMENTS and not is_named(subject) and (signer := _signed_by(idx, att)):
        return signer  # "“...,” the statement read in part, signed by its general manager, X"
    if words and (words[-1] in DOCUMENTS or words[-1] == "reports") and not is_named(subject):
        same_sentence = [o for o in attributions(idx, k) if o.verb_start < att.verb_start and is_named(o.subject)]
        if same_sentence:  # "X said in a statement ..., the statement added", "X tweeted that initial reports stated"
            return same_sentence[-1].subject_start, same_sentence[-1].subject
    if words and words[-1] in DOCUMENTS and not is_named(subject) and (own := [
        (a, run) for a, _, run in idx.mentions[k] if att.subject_start <= a and is_named(run)
        and re.fullmatch(r"(?:['\u2019]s)?\s+(?:[a-z]+\s+)?", idx.text[a + len(run) : att.subject_start + len(subject) - len(subject.split()[-1])])
    ]):
        # "The NSW Police statement added", "the ministry's latest statement": the issuer the
        # subject names right before its document (not "A note left in Tom's car")
        return own[-1]
    if words and words[-1] in DOCUMENTS and not is_named(subject) and _FOUND.match(idx.text, att.subject_start + len(subject)):
        return att.subject_start, subject  # "A note left on the dashboard read": found, its writer unknown
    if words and words[-1] in DOCUMENTS and not is_named(subject):
        # (who issues a document: a name that can speak, not a place or a thing it names, "in
        # the village of X", "a X-Y passenger train"; or the one who spoke just before, named
        # or described: "..., the governor wrote. “...,” the post says")
        def issuer(start: int, text: str) -> bool:
            mention = (start, start + len(text), text)
            return ((is_named(text) or names_organisation(text)) and not _harmed(idx, start + len(text))
                    and _fits(idx, mention, "they") and not qualifies(idx, mention))
        if k and (carried := read_for(idx, *reversed(idx.sentence_span(k - 1)))):
            return carried.subject_start, carried.subject  # "Y read a statement on behalf of X. “...,” the statement said"
        # (or the sentence's own: "Y read a statement on camera on behalf of X: “...”")
        opening = _OPENING_MARK.search(idx.text, att.verb_end, idx.sentence_span(k)[1])
        if carried := read_for(idx, opening.start() if opening else idx.sentence_span(k)[1], att.verb_start):
            return carried.subject_start, carried.subject
        return _writer_before(idx, k) or _issuer_before(idx, k, depth) or _referent(
            idx, k, issuer, depth, lambda start, text: issuer(start, text) or describes_person(text) or names_organisation(text))
    if head := description_head(subject):
        state = len(words) == 2 and words[0] == "the" and head in STATE_BODIES
        found = _referent(idx, k, lambda start, text: head in _noun_phrase(idx, start, text) and not (state and not state_body(text)), depth)
        if found is None and head in TITLE_HEADS:
            # "the ambassador added" further back than LOOK_BACK: a title names one person in a
            # story, so the nearest name written with it anywhere before (or that name's surname)
            found = _titled_before(idx, k, head)
        # "added that organization", "the organization said": the organisation just named
        modifiers = [w for w in words[1:-1] if w not in ("'s", "s")] if words[:1] == ["the"] else []
        if found is None and head in _GENERIC_ORG and modifiers:
            # "the rights group said" after "X Human Rights Monitor said": the speaker before
            # whose name holds the description's words, not the organisation named last (the accused)
            found = _spoke_as(idx, k, subject, modifiers)
        if found is None and head in ORG_WORDS and (words[0] in ("that", "this") or (words[0] == "the" and head in _GENERIC_ORG)):
            found = _organisation_before(idx, k, depth, lambda start, text: names_organisation(text) or _definite_name(idx, start, text))
        if found is None and len(words) == 2 and words[0] == "the" and head in _GENERIC_PERSON:
            # first one who spoke described by that very word: "a joint regional security source
            # told AFP ... the VDP official said ... the source added": the source.
            # Else "“...,” the officer said" after a brigadier's quotations: the last person who spoke,
            # when no one was written as an officer (heuristic: a generic role refers to the speaker)
            # (or who was only described, when that is the last who spoke: "confirmed by a local
            # official, speaking on condition of anonymity ... the source said" is not the man named before)
            found = _spoke_as(idx, k, subject, [head], described_only=True) or _referent(
                idx, k, lambda start, text: False, depth, lambda start, text: (
                    is_named(text) and not names_organisation(text) and _fits(idx, (start, start + len(text), text), "he", speaker=True))
                or (describes_person(text) and not is_named(text) and not _plural("they", last_word(text))))
        owned = _possessive(idx, found[0] + len(found[1])).split() if found else []
        if found and head in owned:  # "Iraq's foreign ministry"
            phrase = " ".join(owned[: owned.index(head) + 1])
            return found[0], found[1] + ("" if found[1].endswith("s") else "'s") + " " + phrase
        return found or (att.subject_start, subject)
    return (att.subject_start, subject) if name_keys(subject) or ELLIPTIC.fullmatch(subject) else None


# "the gunmen left a piece of cardboard with a message written in marker": who left, wrote or
# sent a written thing, the clause's subject after a comma or the sentence's start
_WROTE_THING = re.compile(
    r"(?:^|,\s+)((?:the|a|an|his|her|their|its|[A-Z][\w'\u2019-]*)\s+(?:[\w'\u2019-]+\s+){0,3}?[\w'\u2019-]+)\s+(?:had\s+)?"
    rf"(?:left|wrote|scrawled|sent|posted|pinned|dropped|penned)\s+[^.;:]{{0,80}}?\b(?:{'|'.join(sorted(DOCUMENTS))}|cardboard|sign|leaflet)s?\b")


def _writer_before(idx: SourceIndex, k: int) -> tuple[int, str] | None:
    """Who "The note read:" means when the sentence before has someone leave, write or send
    a written thing ("Next to the body, the gunmen left a piece of cardboard with a message
    ... The note read: “...”"): that one, the writer. Heuristic: the last such clause."""
    if k == 0:
        return None
    start, end = idx.sentence_span(k - 1)
    found = [m for m in _WROTE_THING.finditer(idx.text[start:end]) if someone(m.group(1))]
    return (start + found[-1].start(1), found[-1].group(1)) if found else None


# A document found where someone left it, not issued by anyone the article names
_FOUND = re.compile(r"\s+(?:left|found|discovered|pinned|taped|attached|placed|dropped)\s+(?:on|in|at|near|beside|by|inside|under|outside)\b", re.I)


def _spoke_as(idx: SourceIndex, k: int, subject: str, words: list[str], described_only: bool = False) -> tuple[int, str] | None:
    """The nearest speaker before sentence `k`, within QUOTED_SENTENCES, whose subject holds
    every one of `words` ("the rights group" -> "X Human Rights Monitor said"; "the source"
    -> "a joint regional security source told"), never the same description again; with
    `described_only`, one only described, not named."""
    for j in range(k - 1, max(-1, k - 1 - QUOTED_SENTENCES), -1):
        for o in reversed(attributions(idx, j)):
            held = re.findall(r"[a-z]+", o.subject.casefold())
            if (all(w in held for w in words) and o.subject.casefold() != subject.casefold()
                    and not (described_only and is_named(o.subject))):
                return o.subject_start, o.subject
    return None


# "said the 62-year-old survivor": news style's way of naming again someone just named
_AGED = re.compile(r"the\s+(?:(\d{1,3})-year-old|teen(?:ager)?)\b", re.I)
_TEEN_AGES = r"1[3-9]"  # "the teenager": someone named with an age from 13 to 19


def _aged(idx: SourceIndex, k: int, age: str, depth: int) -> tuple[int, str] | None:
    """Who "the 62-year-old" (or "the teenager": `age` a pattern) before sentence `k` is:
    the name written with that age ("Susana Alvarez, 62,", "Tom Reed (62)", "Reed was
    17"), else the nearest person named. Heuristic:
    an epithet of age refers back, so someone introduced only after it is not found."""
    ages = [(start, run) for j in range(k + 1) for start, end, run in idx.mentions[j]
            if re.match(rf"\s*(?:[,(]\s*|\s+(?:was|is)\s+)(?:aged\s+)?(?:{age})\b", idx.text[end : end + 16]) and is_named(run)]
    if ages:
        return ages[-1]
    return _referent(idx, k, lambda start, text: is_named(text) and _fits(idx, (start, start + len(text), text), "he"), depth)


# "His statement also hinted ...", "Austin's statement": a document its owner issued
_OWNED_DOCUMENT = re.compile(
    rf"\s*(?:(His|Her|Their)|((?:[A-Z][\w'\u2019.-]*\s+){{0,3}}[A-Z][\w.-]*)['\u2019]s?)\s+(?:[a-z]+\s+)?(?:{'|'.join(sorted(DOCUMENTS))})\b")


# A sentence whose subject is a new document: "A handwritten letter was found near the body"
# (not "The statement ...": one spoken of already, whose issuer "it" may mean)
# (after an opening phrase of place or time: "Among the candles outside the school, a card had been taped")
_DOCUMENT_SUBJECT = re.compile(rf"(?:(?:In|On|At|Among|Outside|Inside|Near|Beside|Under|By)\b[^,.;]{{0,80}},\s+)?(?P<doc>an?\s+(?:[\w-]+\s+){{0,2}}?(?:{'|'.join(sorted(DOCUMENTS))}))\b(?!['\u2019])", re.I)


# Who wrote it, after a document: "written by Ms X's son Josh", "by X" (up to the name that ends the phrase)
_AUTHOR = re.compile(
    r",?\s+(?:(?:written|issued|signed|released|prepared|sent)\s+)?by\s+((?:[\w'\u2019.-]+\s+){0,6}?[A-Z0-9][\w'\u2019.-]*)"
    r"(?=\s+(?:on|was|were|is|has|had|and|to|in|at|for)\b|\s*[,.;])"
)


# Who signed or wrote the words, right after their verb: "it said, signed by class 9C", "the
# statement read in part, signed by the company's general manager, X" (to the sentence's end)
_SIGNED = re.compile(r"(?:\s+in\s+part)?,?\s+(?:written|signed)\s+by\s+([^.;\n\u201c\u201d\"]{2,120}?)\s*(?:[.;\n]|$)")


_OPENING_MARK = re.compile(r"[\u201c\u201e\u00ab\"\u2018]")  # a quotation's opening mark


def _signed_by(idx: SourceIndex, att: Attribution) -> tuple[int, str] | None:
    return (m.start(1), m.group(1)) if (m := _SIGNED.match(idx.text, att.verb_end)) else None


def _document_subject(idx: SourceIndex, k: int) -> tuple[int, str] | None:
    """What "it says" means when the sentence, or the narration just before, opens with a
    new document as its subject ("A handwritten letter was found near the body. “...,” it
    says") or has one as a reporting verb's subject (", an army statement said. “...,” it
    said"): the document. Heuristic: only such a document; one a subject issued ("The
    ministry issued a statement") leaves "it" to the subject. A document written "by"
    someone named gives that author's words."""
    for j in [k, *_narration_before(idx, k)[:1]]:
        a = idx.sentence_span(j)[0]
        if m := _DOCUMENT_SUBJECT.match(idx.text, a):
            if author := _AUTHOR.match(idx.text, m.end()):  # "A statement written by the victim's son Josh ..."
                return author.start(1), author.group(1)
            return m.start("doc"), m.group("doc")
        if j != k and (spoke := [o for o in attributions(idx, j) if _DOCUMENT_SUBJECT.fullmatch(o.subject)]):
            return spoke[-1].subject_start, spoke[-1].subject
    return None


def _document_owner(idx: SourceIndex, k: int, depth: int) -> tuple[int, str] | None:
    """Whom "it said" means when the narration just before opens with an owned document
    ("Defense Secretary X confirmed .... His statement also hinted .... “...,” it said"):
    the owner, a pronoun owner resolved as that pronoun. None otherwise."""
    before = _narration_before(idx, k)[:1]
    if not before or not (m := _OWNED_DOCUMENT.match(idx.text, idx.sentence_span(before[0])[0])):
        return None
    if m.group(2):
        return m.start(2), m.group(2)
    pronoun = {"his": "he", "her": "she", "their": "they"}[m.group(1).casefold()]
    return speaker_of(idx, Attribution(m.start(1), m.end(1), pronoun, m.start(1)), depth + 1)


def _organisation_apposed(idx: SourceIndex, att: Attribution) -> bool:
    """Whether the subject's name stands in apposition to a description of an organisation
    ("The miners' union, the Sindicato dos Trabalhadores ..., said"): the name is the body's."""
    opens = idx.sentence_span(idx.sentence_of(att.subject_start))[0]
    before = idx.text[opens : att.subject_start]
    return before.endswith(", ") and names_organisation(before[:-2].rsplit(",", 1)[-1].strip())


def _within_speech(idx: SourceIndex, att: Attribution, pronoun: str, avoid: frozenset[str]) -> tuple[int, str] | None:
    """Whom "he" or "she" inside a quotation means ("Purita said her husband had received
    threats. “He told me, ‘...’” she said"): someone the speaker talks of, so the nearest
    fitting name or kin ("her husband", "whose son") of the quotation's own paragraph before
    it, before anyone the narration named earlier (searched as for any pronoun when nothing
    there fits, and for "they"). Heuristic: kin are the only descriptions taken."""
    if pronoun not in _PERSONAL:
        return None
    opens = idx.text.rfind("\n", 0, att.subject_start) + 1
    found: list[tuple[int, str]] = [
        (start, run) for j in range(idx.sentence_of(opens), idx.sentence_of(att.subject_start) + 1) for start, _, run in idx.mentions[j]
        if opens <= start < att.subject_start and is_named(run) and not set(name_keys(run)) & avoid
        and _fits(idx, (start, start + len(run), run), pronoun) and not possessive_owner(idx, start, run)]
    found += [(m.start(1), m.group(1)) for m in _KIN_DESCRIBED.finditer(idx.text, opens, att.subject_start) if not other_sex(pronoun, m.group(1))]
    return max(found, default=None)


# Plural nouns for people that do not end in -s.
# (and collective nouns: "In a statement, his family said ... They said: “...”")
_PEOPLE = frozenset("police people children men women staff crew family team couple household".split())


def _plural(pronoun: str, head: str) -> bool:
    """Whether "they" may refer to a reporting verb's subject with this head ("The
    villagers said ... “...,” they said"). Heuristic: a plural is read from its ending
    ("villagers", "witnesses", not "witness") or the few irregular plurals above; the
    singular they ("the driver ... they said") is not caught."""
    return pronoun in ("they", "their", "them") and (head in _PEOPLE or head.endswith("men") or (head.endswith("s") and not head.endswith("ss")))


# "the army", "the police": the state's, never a named group that has the word in its name
# ("National Liberation Army"); only a name of the country's own qualifies ("Colombian army").
STATE_BODIES = frozenset("army military police navy government".split())


def state_body(name: str) -> bool:
    """Whether a name is a state body by its other words: a country, its adjective, or none."""
    others = [w for w in WORD.findall(name) if w.casefold() not in STATE_BODIES | {"the", "s"}]
    gaz = gazetteer()
    return all(nationality(w) or gaz.kinds.get(place_key(w)) == "country" for w in others)


# Nouns that name no organisation in particular: "the organization" is the one just named.
_GENERIC_ORG = frozenset("organization organisation group".split())
_GENERIC_PERSON = frozenset("official officer source commander".split())


_SPEECH = re.compile(rf"\b(?:{SPEECH_VERBS})\b", re.I)


def _definite_name(idx: SourceIndex, start: int, text: str) -> bool:
    """A name written with the article ("The Red Crescent said", "said the Norwegian Refugee
    Council") or an acronym ("UNICEF said"): no person's, so "the organisation" may be it.
    Heuristic: persons take no article; places do ("the Sahel"), but seldom speak."""
    if not is_named(text):
        return False
    article = re.search(r"\b[Tt]he\s+$", idx.text[max(0, start - 5) : start]) is not None
    return article or re.match(r"[Tt]he\s", text) is not None or re.fullmatch(r"[A-Z]{2,6}", text) is not None


def _harmed(idx: SourceIndex, end: int) -> bool:
    """Whether the words right after a name report its bearer harmed ("X, 14, one of four
    people killed in the crash"): a victim issues no statement. Heuristic: the next 60
    characters of its sentence, unless a verb of speech comes first ("X said nine were killed")."""
    harm = HARMED.search(idx.text, end, min(end + 60, idx.sentence_span(idx.sentence_of(end))[1]))
    return harm is not None and _SPEECH.search(idx.text, end, harm.start()) is None


def _issuer_before(idx: SourceIndex, k: int, depth: int) -> tuple[int, str] | None:
    """Who issued the statement "the statement reads" refers to: in the nearest sentence
    before with a reporting verb, its speaker, not the outlet that relayed it ("X said
    this in a post, according to Ukrinform. “...,” the statement reads": X's)."""
    for j in range(k - 1, max(-1, k - 1 - LOOK_BACK), -1):
        atts = attributions(idx, j)
        if not atts or depth >= LOOK_BACK:
            continue
        own = [a for a in atts if not according_to(idx, a)]
        if not own or len(own) == len(atts):
            return None  # only a relay, or no relay to pass over: the usual search decides
        found = speaker_of(idx, own[-1], depth + 1)
        return found if found and (is_named(found[1]) or names_organisation(found[1])) else None
    return None


def _noun_phrase(idx: SourceIndex, start: int, text: str) -> list[str]:
    """The words of a name with the words that describe it right before it in its
    sentence ("The city's mayor, Teresa Lugo") or after it as a possessive ("Iraq's
    foreign ministry"), casefolded."""
    sentence_start = idx.sentence_span(idx.sentence_of(start))[0]
    lead = idx.text[max(sentence_start, start - 60) : start]
    if re.search(r",\s*$", lead):  # an apposition: the clause before the comma describes the name
        # (its head before what qualifies it: "The UN mission in the Central African Republic, X")
        clause = re.split(r"[,;:()\u201c\u201d\"]", lead.rstrip()[:-1])[-1]
        before = re.findall(r"[\w']+", re.sub(r"\s+(?:in|of|for|at|from|on)\s.*$", "", clause))[-5:]
    else:  # a title right before the name ("Mayor Teresa Lugo")
        before = [w for w in re.findall(r"[\w']+", lead)[-1:] if w.casefold() in TITLE_HEADS]
    # (or in apposition after it: "X, Commissioner of Police in the State,")
    after = re.match(r",\s*((?:the\s+)?[\w' -]{3,60}?)\s*,", idx.text[start + len(text) : start + len(text) + 70])
    described = re.findall(r"[\w']+", after.group(1)) if after and len(after.group(1).split()) <= 8 else []
    words = [w.casefold() for w in before + re.findall(r"\w+", text) + _possessive(idx, start + len(text)).split() + described]
    return words + [SPELLED_TITLES[w] for w in words if w in SPELLED_TITLES]  # "Gov. X" is "the governor"


def _possessive(idx: SourceIndex, end: int) -> str:
    """The lower-case noun phrase a name owns right after it ("Iraq['s foreign ministry]");
    the name may end with its possessive mark already."""
    owned = idx.text[end - 2 : end] in ("'s", "\u2019s")
    m = re.match(r"(?:['\u2019]s)?((?:\s+[a-z]+){1,3})" if owned else r"['\u2019]s((?:\s+[a-z]+){1,3})", idx.text[end : end + 40])
    return m.group(1) if m else ""


_SPOKESPERSON = r"(?:spokes(?:man|woman|person)|representative|press officer)"
_FOR_WHOM_AFTER = re.compile(rf"^\s*,?\s*(?:an?|the)?\s*(?:[\w-]+\s+)?{_SPOKESPERSON}\s+(?:for|of)\s+(?:the\s+)?([^,.;:\u201c\u201d\"]{{2,60}})", re.I)
# "X, a Hamas spokesman, said": the organisation's name before the noun.
_FOR_WHOM_NAMED = re.compile(rf"^\s*,\s*(?:an?|the)\s+(?:[a-z]+\s+)?((?:[A-Z][\w\u2019'-]*\s+){{1,4}}){_SPOKESPERSON}\b")
_FOR_WHOM_BEFORE = re.compile(rf"((?:the\s+)?[\w\u2019' -]{{2,60}}?)['\u2019]s\s+(?:[\w-]+\s+)?{_SPOKESPERSON}\s*,?\s*$", re.I)


def speaks_for(idx: SourceIndex, start: int, text: str, depth: int = 0) -> tuple[int, str] | None:
    """The organisation a named speaker speaks for, when the article says so ("X, a
    spokesman for the ministry", "the command's spokesperson, X"): a spokesperson's
    words are the organisation's too. The organisation may itself be a description
    that refers back ("the command"). None when the article does not say."""
    sentence_start = idx.sentence_span(idx.sentence_of(start))[0]
    following = idx.text[start + len(text) : start + len(text) + 120]
    after = _FOR_WHOM_AFTER.match(following) or _FOR_WHOM_NAMED.match(following)
    before = _FOR_WHOM_BEFORE.search(idx.text[max(sentence_start, start - 90) : start])
    found = after or before
    if not found:
        return None
    owner = found.group(1).strip()
    at = idx.text.find(owner, max(sentence_start, start - 90))
    if (head := description_head(owner)) and depth < LOOK_BACK:
        return _referent(idx, idx.sentence_of(start), lambda s, t: head in _noun_phrase(idx, s, t), depth + 1) or (at, owner)
    return at, owner
