"""What a sentence says happened and who played which part: kind triggers and role cues.

Public and pure, for two uses:
- the verifier checks an incident's kind, perpetrator, target and claimant against
  the sentences that report it (`verify.report`);
- extraction can *constrain* a model with the same table: `kind_choices(sentence)`
  are the kinds whose trigger words the sentence has, plus "other";
  `actor_candidates(sentence)` are the phrases the sentence puts in the agent, the
  target and the claimant slot.

Everything here is an English grammar of news prose, not a list of names:
- **kinds**: `KIND_TRIGGERS` maps each incident kind to the words that say it
  ("airstrike", "warplanes" for an air strike; "shelling", "artillery", "mortar" for
  shelling; ...). Generic words ("strike", "attack") name no kind.
- **roles**: the agent of a violence predicate is the phrase before an active verb
  ("X struck / bombed / attacked / fired"), after "by" in the passive ("Y was struck
  by X") or after an attack noun ("strikes by X"), before an attack noun ("X's
  drones", "Israeli airstrikes"), or the subject of "carried out / conducted /
  launched"; the target is the object ("struck Y"), the passive subject, or what
  follows "on / against / targeting" after an attack noun; the claimant is the
  subject of "claimed responsibility". Subjects of reporting verbs ("X said",
  "according to X") are speakers, never agents.

Heuristics, said plainly: clause edges are punctuation and a few conjunctions, not a
parse; "strikes"/"attacks" after a capitalised name read as a verb in a headline
("US strikes militia") and as a noun elsewhere, and both readings give the same
agent. Where it breaks (tested in tests/test_verify_truth.py): an agent far from
its verb across an appositive with several commas, and coordinated subjects
("Washington and London have carried out strikes": both are agents, which is
right here but would also credit a bystander named in the same noun phrase).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import get_args

from ..schema import IncidentKind
from .vocabulary import SPEECH_VERBS

# --------------------------------------------------------------------------
# Kinds
# --------------------------------------------------------------------------

_AIR = r"air[\s-]?strikes?|air[\s-]?raids?|warplanes?|(?:fighter\s+)?jets?|aircraft|helicopter\s+gunships?|bombed\s+from\s+the\s+air|aerial\s+(?:bombardment|attacks?|strikes?)"
_DRONE = r"drones?|UAVs?|unmanned\s+aerial|quadcopters?"
_MISSILE = r"(?:ballistic\s+|cruise\s+)?missiles?"
_ROCKET = r"rockets?"
_SHELLING = r"shell(?:ing|ed|s)|artillery|mortars?|howitzers?"
_SHOOTING = r"shooting|shootings|shot|gunm[ae]n|gunfire|gunshots?|opened\s+fire|snipers?"
_BOMBING = r"bomb(?:s|ing|ings|ed|er|ers)?|explosives?|IEDs?|car\s+bombs?|blasts?|explosions?|detonat\w*"
_RAID = r"raid(?:s|ed|ing)?|stormed"
_ACCIDENT = r"accidents?|accidental|crash(?:ed|es)?|collisions?|collided|derail\w*"

# kind -> its trigger words (a regular expression, matched as whole words, any case).
# The same kinds as pages in Spanish, Portuguese, French and Italian name them (heuristic: the
# common words; "bomba d'acqua", Italian for a cloudburst, is no bomb)
_AIR_OTHER = r"(?:bombardeos?|ataques?|bombardeios?)\s+a[eé]reos?|frappes?\s+a[eé]riennes?|bombardements?\s+a[eé]riens?|raids?\s+a[eé]riens?|attacc(?:o|hi)\s+aere[oi]|bombardament[oi]\s+aere[oi]"
_MISSILE_OTHER = r"misil(?:es)?|m[ií]sseis|m[ií]ssil|missil[ei]"
_ROCKET_OTHER = r"cohetes?|foguetes?|roquettes?|razz[oi]"
_SHELLING_OTHER = r"artiller[ií]a|artilharia|artillerie|artiglieria|obuses|morteros?|morteiros?|mortiers?|mortai"
_SHOOTING_OTHER = (r"tiroteos?|tiroteios?|balaceras?|disparos?|balead[oa]s?|fusillades?|coups?\s+de\s+feu|sparatori[ae]|spari|colpi\s+d['\u2019]arma\s+da\s+fuoco"
                   r"|pistoleros?|sicarios?|hombres\s+armados|homens\s+armados|hommes\s+arm[eé]s|uomini\s+armati")
_BOMBING_OTHER = (r"bombas?(?!\s+d['\u2019]acqua)|explosi[oó]n(?:es)?|explos[aã]o|explos[oõ]es|esplosion[ei]|explosivos?|explosifs?|esplosivi"
                  r"|coche\s+bomba|carro-bomba|voiture\s+pi[eé]g[eé]e|autobomba|atentados?|attentats?|attentat[oi]")
_RAID_OTHER = r"redadas?|allanamientos?|batida\s+policial|perquisitions?|irruzion[ei]"
_ACCIDENT_OTHER = (r"accidentes?|acidentes?|choques?|colisi[oó]n|colis[aã]o|d[eé]raillement|descarrilamiento|descarrilamento|deragliamento"
                   r"|incidente\s+(?:stradale|ferroviario)|vuelco|volcadura|capotamento")

KIND_TRIGGERS: dict[str, str] = {
    "air strike": f"{_AIR}|{_AIR_OTHER}",
    "drone strike": _DRONE,
    "drone attack": _DRONE,
    "missile attack": f"{_MISSILE}|{_MISSILE_OTHER}",
    "rocket attack": f"{_ROCKET}|{_ROCKET_OTHER}",
    "shelling": f"{_SHELLING}|{_SHELLING_OTHER}",
    "shooting": f"{_SHOOTING}|{_SHOOTING_OTHER}",
    "bombing": f"{_BOMBING}|{_BOMBING_OTHER}",
    "raid": f"{_RAID}|{_RAID_OTHER}",
    "accident": f"{_ACCIDENT}|{_ACCIDENT_OTHER}",
}
GENERIC_KIND = "other"
_KIND_RE = {kind: re.compile(rf"(?<![\w-])(?:{pattern})(?![\w-])", re.I) for kind, pattern in KIND_TRIGGERS.items()}


def kind_triggers(sentence: str) -> dict[str, list[tuple[int, int]]]:
    """Kinds whose trigger words the sentence has, with the triggers' spans."""
    out: dict[str, list[tuple[int, int]]] = {}
    for kind, pattern in _KIND_RE.items():
        spans = [m.span() for m in pattern.finditer(sentence)]
        if spans:
            out[kind] = spans
    return out


def kind_choices(sentence: str) -> list[str]:
    """The kinds a model may choose for this sentence: those it has a trigger for, then "other"."""
    return [k for k in get_args(IncidentKind) if k in kind_triggers(sentence)] + [GENERIC_KIND]



# Heuristic: a clause that ties what a sentence reports to an earlier happening, which it
# then tells ("The strikes came days after US troops were targeted with missiles", "in direct
# response to attacks on ...", "Hours after the first blast, ..."). A bare "after" is left
# out: "died after being shot" tells one happening. Breaks on a later happening told with
# these words ("days after the strike, a second one ..." is read right only up to the comma).
_EARLIER = re.compile(
    r"\b(?:(?:(?:just|only|a\s+few|several|two|three|four|five|a)\s+)?(?:hours?|days?|weeks?|months?)\s+(?:after|following)|"
    r"(?:a|the)\s+(?:day|week)\s+after|"
    r"in\s+(?:direct\s+)?(?:response|retaliation|reprisal|revenge)\s*[\u201d\"']?\s*(?:to|for)|in\s+the\s+wake\s+of)\b",
    re.I,
)


def earlier_clause(sentence: str) -> tuple[int, int] | None:
    """The span of the sentence's clause telling an earlier happening, or None: to the
    sentence's end, or to the first comma when the sentence opens with it."""
    m = _EARLIER.search(sentence)
    if m is None:
        return None
    if sentence[: m.start()].strip(" \"'\u201c\u2018"):
        return m.start(), len(sentence)
    comma = sentence.find(",", m.end())
    return m.start(), comma if comma >= 0 else len(sentence)


# --------------------------------------------------------------------------
# Roles
# --------------------------------------------------------------------------

# Verbs of violence whose subject is the agent and object the target.
_VIOLENCE_VERB = (
    r"struck|strikes?|hit|hits|attack(?:s|ed)?|bomb(?:s|ed)?|bombard(?:s|ed)?|shell(?:s|ed)|fired(?:\s+(?:on|at|upon))?|"
    r"targets?|targeted|targeting|raid(?:s|ed)?|kill(?:s|ed)?|wound(?:s|ed)|injur(?:es|ed)|shot|shoots?|ambush(?:es|ed)|"
    r"storm(?:s|ed)|destroy(?:s|ed)|launch(?:es|ed)|detonat(?:es|ed)|assassinat(?:es|ed)|"
    r"(?:carried|carries|carry)\s+out|conduct(?:s|ed)?|executed|opened\s+fire(?:\s+(?:on|at))?"
)
# Nouns of violence: "strikes by X" (agent), "strikes on X" (target), "X's strikes" (agent).
_VIOLENCE_NOUN = (
    r"(?:air[\s-]?)?strikes?|attacks?|bombings?|bombardments?|raids?|shelling|assaults?|offensive|ambush|"
    r"drones?|missiles?|rockets?|shells?|fire|gunfire|explosives?"
)
_REPORTING = re.compile(
    rf"\b(?:{SPEECH_VERBS}|accused|blamed|reported|according\s+to|critici[sz]es|believes?|believed)\b", re.I
)
_AUX = re.compile(r"\b(?:was|were|been|being|is|are|be|got|gets|get|came\s+under)\s+(?:\w+ly\s+)?$", re.I)
_CLAUSE_BREAK = re.compile(r"[,;:()\[\]\u201c\u201d\"\u2014\u2013]|\s-\s|\b(?:that|which|while|whereas|but|after|before|because|when|as)\b", re.I)
_OBJECT_STOP = re.compile(
    r"[,;:()\u201c\u201d\"\u2014\u2013.]|\s-\s|\b(?:in|near|at|on|across|outside|inside|around|early|late|last|this|"
    r"after|before|while|when|as|because|killing|wounding|injuring|leaving|causing|and\s+(?:killed|wounded|injured)|with|"
    r"over|during|since|from|for|saying|said|according)\b",
    re.I,
)
_BY_STOP = re.compile(r"[,;:()\[\]\u201c\u201d\"\u2014\u2013.]|\s-\s|\b(?:in|near|at|on|early|late|last|after|before|while|when|as|with|from|during|since|for|said|according)\b", re.I)
_CLAIM = re.compile(r"\bclaim(?:ed|s|ing)?\s+(?:responsibility|credit)\b|\bclaimed\s+(?:the|that|this)\s+(?:attack|strike|bombing|assault)s?\b", re.I)
_CLAIMED_BY = re.compile(r"\b(?:claimed|carried\s+out|conducted|launched|fired|executed|perpetrated)\s+by\s+", re.I)
_VERB_RE = re.compile(rf"(?<![\w-])(?:{_VIOLENCE_VERB})(?![\w-])", re.I)
_NOUN_AFTER = re.compile(rf"(?<![\w-])(?:{_VIOLENCE_NOUN})\s+(by|on|upon|against|targeting|from)\s+", re.I)
# A name (capitalised words, or an adjective of nationality) right before an attack noun, with
# weapon or kind words between: "US strikes", "Israeli airstrike", "Houthi missile attacks", "X's drones".
_NAME_BEFORE_NOUN = re.compile(
    rf"((?:[A-Z][\w\u2019'\-]*\s+)*[A-Z][\w\u2019'\-]*)(?:[\u2019']s)?\s+(?:(?:air|drone|missile|rocket|mortar|artillery|suicide|car|"
    rf"ballistic|cruise|one-way|attack|precision|retaliatory|latest|new|deadly|fresh|overnight)\s+)*(?:{_VIOLENCE_NOUN})(?![\w-])"
)
_LEADING = re.compile(r"^(?:(?:and|but|then|also|meanwhile|however|so|yet|in|a|statement|later|earlier|on|the\s+same\s+day)\b[\s,]*)+", re.I)
_TRAILING = re.compile(r"(?:\s+(?:has\s+been|have\s+been|been|being|has|have|had|also|then|reportedly|allegedly|later|subsequently|again|previously|earlier|had\s+been|is|are|was|were|will|would|could|may|might|did|not|never))+$", re.I)
_WORDISH = re.compile(r"[^\W_]")
_FINITE = re.compile(rf"\b(?:was|were|is|are|has|have|had)\b|(?<![\w-])(?:{_VIOLENCE_VERB})(?![\w-])", re.I)
_DETERMINERS = frozenset("the a an its their his her our this that these those another any each every such no".split())
# Verb forms that are nouns just as often: read as verbs only after a capitalised name
# ("US strikes militia") or an auxiliary.
_AMBIGUOUS = frozenset(
    "strike strikes attack attacks target targets raid raids hits bomb bombs shell shells kill kills fire launch conduct conducts".split()
)
_ACCUSED = re.compile(
    r"\b(?:accused|accusing|blamed|blaming|suspected)\s+((?:the\s+)?[A-Z][\w\u2019'\-]*(?:\s+[A-Z][\w\u2019'\-]*)*)\s+(?:of|for)\s+"
    r"(?:carrying\s+out|launching|conducting|attacking|bombing|striking|firing|targeting|the\s+(?:attack|strike|bombing))",
)
_CALENDAR = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
    september october november december""".split()
)


@dataclass(frozen=True)
class Role:
    """One phrase of a sentence in one part: 'agent', 'target', 'claimant' or 'speaker'.
    `start`/`end` are offsets into the sentence."""

    part: str
    phrase: str
    start: int
    end: int


def _clause_start(text: str, at: int) -> int:
    start = 0
    for m in _CLAUSE_BREAK.finditer(text, 0, at):
        if m.end() <= at:
            start = m.end()
    return start


_MAX_SUBJECT_WORDS = 10  # a longer "subject" means a clause edge was missed: no answer beats a wrong one


def _segment_before(sentence: str, end: int) -> tuple[int, str]:
    start = _clause_start(sentence, end)
    return start, sentence[start:end]


def _subject(sentence: str, verb_start: int) -> tuple[str, int] | None:
    """The phrase before a verb back to a clause edge, leading connectives and
    trailing auxiliaries trimmed, and cut after its last reporting verb ("Iran
    accused Israel of ..." -> "Israel of"). An appositive between commas ("X, an
    Iran-backed group, claimed") reaches back to the name before it."""
    start, phrase = _segment_before(sentence, verb_start)
    if not _WORDISH.search(phrase) and start > 0 and sentence[start - 1] == ",":
        start, phrase = _segment_before(sentence, start - 1)  # "X, an Iran-backed group, claimed"
        if re.match(r"\s*(?:an?\s|the\s+[a-z])", phrase) and start > 0 and sentence[start - 1] == ",":
            start, phrase = _segment_before(sentence, start - 1)
    last = None
    for m in _REPORTING.finditer(phrase):
        last = m
    if last is not None:
        start += last.end()
        phrase = phrase[last.end() :]
    lead = _LEADING.match(phrase.strip())
    body = phrase.strip()[lead.end() if lead else 0 :]
    body = _TRAILING.sub("", body).strip(" ,")
    if not _WORDISH.search(body) or len(body.split()) > _MAX_SUBJECT_WORDS or _FINITE.search(body):
        return None  # empty, or spanning another clause
    return body, start + phrase.find(body) if body in phrase else start


_MAX_OBJECT_WORDS = 8  # an object runs to a clause edge; past this many words it is cut


def _until(sentence: str, at: int, stop: re.Pattern[str]) -> tuple[str, int] | None:
    m = stop.search(sentence, at)
    phrase = sentence[at : m.start() if m else len(sentence)].strip()
    words = phrase.split()
    if len(words) > _MAX_OBJECT_WORDS:
        phrase = " ".join(words[:_MAX_OBJECT_WORDS])
        if phrase not in sentence[at:]:
            return None
    return (phrase, sentence.find(phrase, at)) if _WORDISH.search(phrase) else None


_SPOKESPERSON_FOR = re.compile(r"\b(?:spokes(?:man|woman|person)|representatives?|officials?)\s+(?:for|of|from)\s+", re.I)


def _speakers(sentence: str, quoted: list[tuple[int, int]]) -> list[Role]:
    out = []
    for m in _SPOKESPERSON_FOR.finditer(sentence):  # "A spokesman for the Northern Front, Tal Renn, denied"
        if found := _until(sentence, m.end(), _BY_STOP):
            out.append(Role("speaker", found[0], found[1], found[1] + len(found[0])))
    for m in _REPORTING.finditer(sentence):
        if any(a <= m.start() < b for a, b in quoted) or m.group().casefold() in ("accused", "blamed", "called", "believes", "believe", "believed"):
            continue
        if m.group().casefold().startswith("according"):
            found = _until(sentence, m.end(), _BY_STOP)
        else:
            found = _subject(sentence, m.start())
            if found is None:  # "..., said the official"
                found = _until(sentence, m.end(), _BY_STOP)
        if found:
            out.append(Role("speaker", found[0], found[1], found[1] + len(found[0])))
    return out


def _quoted_regions(sentence: str) -> list[tuple[int, int]]:
    from ..text import quote_regions

    return quote_regions(sentence)


# Headlines drop the auxiliary of a passive ("Jurf Al Sakhar area hit with no reports of
# casualties", "Market struck overnight"): a participle with no object after it.
_NO_OBJECT = re.compile(r"\s*(?:$|[,.;:\u2013\u2014-]|(?:with|in|on|at|overnight|again|as|after|amid|during|for|near)\b)", re.I)


def _headline_passive(sentence: str, m: re.Match[str]) -> bool:
    """A participle read as a headline's passive: the sentence is a headline (no full stop
    at its end), the word has a past participle's form, and no object follows it.
    Heuristic: "US strikes hit militia targets" keeps its object and stays active."""
    word = m.group().casefold()
    participle = word.endswith("ed") or word in ("hit", "struck", "shot", "blown up")
    return participle and not sentence.rstrip().endswith((".", "!", "?")) and bool(_NO_OBJECT.match(sentence, m.end()))


@lru_cache(maxsize=4096)
def sentence_roles(sentence: str) -> tuple[Role, ...]:
    """Every role cue of one sentence: agents, targets, claimants and speakers."""
    roles: list[Role] = []
    quoted = _quoted_regions(sentence)

    def add(part: str, found: tuple[str, int] | None) -> None:
        if found and found[0]:
            roles.append(Role(part, found[0], found[1], found[1] + len(found[0])))

    for m in _VERB_RE.finditer(sentence):
        word = m.group().casefold()
        before = sentence[: m.start()]
        prev = re.search(r"([\w\u2019'-]+)\W*$", before)
        prev_word = prev.group(1) if prev else ""
        if prev_word.casefold() in _DETERMINERS or re.search(r"[\u2019']s$", prev_word):
            continue  # "the attack", "their strikes", "Saturday's attack": a noun
        if word in _AMBIGUOUS and (not prev_word[:1].isupper() or prev_word.casefold() in _CALENDAR) and not _AUX.search(before):
            continue  # "a spate of attacks", "carried out strikes against", "the Friday attack": a noun
        passive = bool(_AUX.search(before)) or bool(re.match(r"\s+by\s", sentence[m.end() :], re.I)) or _headline_passive(sentence, m)
        if passive:
            add("target", _subject(sentence, m.start()))
            by = re.compile(r"\s+(?:\w+\s+){0,6}?by\s+", re.I).match(sentence, m.end())
            if by and not _CLAUSE_BREAK.search(sentence[m.end() : by.end()]):
                add("agent", _until(sentence, by.end(), _BY_STOP))
            continue
        if not word.endswith("ing"):  # "attacks targeting X": the participle's agent is no name
            add("agent", _subject(sentence, m.start()))
        add("target", _until(sentence, m.end(), _OBJECT_STOP))
    for m in _ACCUSED.finditer(sentence):  # "Iran accused Israel of carrying out an airstrike"
        add("agent", (m.group(1), m.start(1)))
    for m in _NOUN_AFTER.finditer(sentence):
        word = m.group(1).casefold()
        add("agent" if word in ("by", "from") else "target", _until(sentence, m.end(), _BY_STOP))
    for m in _NAME_BEFORE_NOUN.finditer(sentence):
        name = m.group(1)
        words = name.split()
        # Sentence-initial function words are capitalised too ("The US strikes").
        while words and words[0].casefold() in ("the", "a", "an", "in", "on", "after", "its", "their", "his", "her"):
            words.pop(0)
        if words and not all(w.casefold().rstrip("\u2019's") in _CALENDAR for w in words):
            phrase = " ".join(words)
            at = sentence.find(phrase, m.start())
            roles.append(Role("agent", phrase, at, at + len(phrase)))
    for m in _CLAIM.finditer(sentence):
        add("claimant", _subject(sentence, m.start()))
    for m in _CLAIMED_BY.finditer(sentence):
        add("claimant" if m.group().casefold().startswith("claimed") else "agent", _until(sentence, m.end(), _BY_STOP))
    roles += _speakers(sentence, quoted)
    return tuple(roles)


def actor_candidates(sentence: str) -> dict[str, list[str]]:
    """The phrases the sentence puts in each part ('agent', 'target', 'claimant',
    'speaker'), in order, for constraining a model's perpetrator and target choices."""
    out: dict[str, list[str]] = {}
    for role in sentence_roles(sentence):
        bucket = out.setdefault(role.part, [])
        if role.phrase not in bucket:
            bucket.append(role.phrase)
    return out
