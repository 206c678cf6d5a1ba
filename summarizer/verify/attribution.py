"""Attribution: whether the article presents a quote as this speaker's words.

The speaker may be named as written, by an alias (the alias file, the caller's
table, or an abbreviation the article defines), by surname, by a title the
article puts before the full name, or by a pronoun that refers back to them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..names import NAME_STOP, ORG_WORDS, TITLE_HEADS, AliasGroups, is_proper_name, name_keys, word_key
from ..schema import Span, Statement, Status, worst
from ..text import WORD, SourceIndex
from .quotes import Found

@dataclass(frozen=True)
class _Form:
    """One way an entity can be named. A title ("Pentagon chief") names it only on its own."""

    keys: tuple[str, ...]
    text: str
    title: bool = False



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


def _find_forms(idx: SourceIndex, names: tuple[str | None, ...], groups: AliasGroups) -> list[_Form]:
    """The names, their alias groups, abbreviations the article defines, surnames,
    and titles the article puts before full names."""
    texts = {n.strip() for n in names if n and n.strip()}
    base_keys = {name_keys(t) for t in texts}
    for group in groups:
        if any(name_keys(g) in base_keys for g in group):
            texts |= group
    for long, short in idx.abbreviations:
        if {name_keys(long), name_keys(short)} & {name_keys(t) for t in texts}:
            texts |= {long, short}
    forms = {_Form(name_keys(t), t) for t in texts}
    for t in list(texts):
        words = t.split()
        if len(words) >= 2 and words[-1][:1].isupper() and words[-1].casefold() not in ORG_WORDS and words[-1].isalpha():
            forms.add(_Form(name_keys(words[-1]), words[-1]))
        if len(words) >= 2 and words[-1].casefold() in ("government", "administration"):
            forms.add(_Form(name_keys(" ".join(words[:-1])), " ".join(words[:-1])))
        if len(name_keys(t)) >= 2:
            forms |= {_Form(name_keys(title), title, title=True) for title in _titles(idx, name_keys(t))}
    return [f for f in forms if f.keys]


def _names(subject: str, forms: list[_Form]) -> bool:
    """Whether a phrase from the article ("Defence Secretary Lloyd Austin", "the official",
    "The US") names the entity: it contains a whole form, or it is part of a form
    that includes the form's last word ("the official" ~ "US military official")."""
    s = set(name_keys(subject))
    if not s:
        return False
    for f in forms:
        if f.title:
            if s == set(f.keys):
                return True
        elif set(f.keys) <= s or (s <= set(f.keys) and f.keys[-1] in s):
            return True
    return False


# --------------------------------------------------------------------------
# Attribution: who the article says spoke
# --------------------------------------------------------------------------

_REPORT_VERB = re.compile(
    r"\b(?:said|says|say|added|adds|told|tells|stressed|announced|noted|explained|wrote|posted|stated|warned|praised|"
    r"described|insisted|claimed|confirmed|criticised|criticized|urged|declared|argued|replied|asked|acknowledged|"
    r"denied|tweeted|condemned|denounced|vowed|pledged|recalled|recounted|cautioned|reiterated|admitted|alleged|"
    r"according to|saying|adding|describing|noting|warning|stressing|arguing|writing|calling|vowing)\b",
    re.I,
)
_PARTICIPLE = frozenset("saying adding describing noting warning stressing arguing writing calling vowing".split())
# Verbs whose object is who heard the words ("told Reuters"): never a subject after them.
_ADDRESSED = frozenset({"told", "tells"})
_PRONOUNS = frozenset("he she they it his her their its".split())
_CLAUSE_BREAK = re.compile(r"[,;:()\u201c\u201d\"\u2014\u2013]|\bthat\b|\band\b")
_LEAD_WORDS = frozenset("but and however meanwhile so yet also then in a statement later".split())
_TRAIL_WORDS = frozenset("has have had also later then again previously earlier reportedly publicly has".split())
_AFTER_STOP = re.compile(r"[,.;:\u201c\u201d\"(]|\b(?:in|on|at|adding|referring|speaking|after|when|who|that)\b")
_VAGUE = frozenset("reports report media".split())


@dataclass(frozen=True)
class _Attribution:
    verb_start: int
    verb_end: int
    subject: str  # as written; may be a pronoun
    subject_start: int


_RELATIVE = re.compile(r"\s*(?:who|which|whose|whom|where|when)\b", re.I)


def _subject_before(idx: SourceIndex, sent_start: int, verb_start: int) -> tuple[str, int]:
    """The words before a reporting verb, back to a clause break: its subject.

    Commas may set off an apposition or a relative clause between the subject and
    its verb ("A local chief, Musa Bello, told ...", "a senior official, who spoke
    on condition of anonymity, said"): then the nearest named clause of those is the
    subject when the nearest is a description ("Musa Bello, a local chief, told"),
    else the nearest that is not a relative clause ("Writing on X, formerly Twitter,
    he said": "he")."""
    text = idx.text[sent_start:verb_start]
    breaks = [m for m in _CLAUSE_BREAK.finditer(text) if m.group().casefold() != "and" or m.end() < len(text) - 1]
    segments = [(b.end() if b else 0, e.start() if e else len(text)) for b, e in zip([None, *breaks], [*breaks, None])]
    # The trailing segments joined by commas only, nearest first (at most three).
    trailing = [segments[-1]]
    for n in range(len(segments) - 1, 0, -1):
        if breaks[n - 1].group() != "," or len(trailing) == 3:
            break
        trailing.append(segments[n - 1])
    usable = [
        (a, b) for a, b in trailing
        if text[a:b].strip() and not idx.quoted(sent_start + a + len(text[a:b]) - len(text[a:b].lstrip()))
        and not _RELATIVE.match(text[a:b])
    ]
    a, b = usable[0] if usable else segments[-1]
    nearest = text[a:b]
    if usable and not _is_named(nearest) and not (set(WORD.findall(nearest.casefold())) & _PRONOUNS):
        a, b = next((seg for seg in usable if is_proper_name(text[seg[0] : seg[1]].strip())), (a, b))
    words = re.findall(r"\S+", text[a:b])
    lead = 0
    while lead < len(words) and words[lead].casefold().strip(",") in _LEAD_WORDS:
        lead += 1
    words = words[lead:]
    while words and words[-1].casefold() in _TRAIL_WORDS:
        words.pop()
    words = words[-12:]
    phrase = " ".join(words)
    return phrase, sent_start + a + text[a:b].rfind(phrase) if phrase else verb_start


def _subject_after(idx: SourceIndex, verb_end: int, sent_end: int) -> tuple[str, int]:
    """The words after a verb up to a clause break ("said the official, adding")."""
    text = idx.text[verb_end:sent_end]
    stop = _AFTER_STOP.search(text)
    phrase = " ".join(text[: stop.start() if stop else len(text)].split()[:6])
    return phrase, verb_end + text.find(phrase) if phrase else verb_end


def _attributions(idx: SourceIndex, k: int) -> list[_Attribution]:
    """Reporting verbs in sentence `k` (outside quotation marks) with their subjects,
    memoised per sentence: every quote of the sentence asks the same question."""
    key = ("attributions", k)
    if key not in idx.memo:
        idx.memo[key] = _find_attributions(idx, k)
    return idx.memo[key]


def _find_attributions(idx: SourceIndex, k: int) -> list[_Attribution]:
    """A participle ("..., saying") takes the subject of the sentence's last finite
    reporting verb, or the sentence's first name."""
    a, b = idx.sentence_span(k)
    out: list[_Attribution] = []
    for m in _REPORT_VERB.finditer(idx.text, a, b):
        if idx.quoted(m.start()):
            continue
        verb = m.group().casefold()
        if verb in _PARTICIPLE:
            if out:
                out.append(_Attribution(m.start(), m.end(), out[-1].subject, out[-1].subject_start))
            elif idx.mentions[k]:
                start, _, run = idx.mentions[k][0]
                out.append(_Attribution(m.start(), m.end(), run, start))
            continue
        subject, at = ("", m.start()) if verb == "according to" else _subject_before(idx, a, m.start())
        if not name_keys(subject) and re.search(r"\band\s+$", idx.text[a : m.start()]) and idx.mentions[k]:
            at, _, subject = idx.mentions[k][0]  # "X called it “...” and said ...": the sentence's subject
        if not name_keys(subject) and verb not in _ADDRESSED:
            subject, at = _subject_after(idx, m.end(), b)
        if name_keys(subject) and not set(name_keys(subject)) <= _VAGUE:
            out.append(_Attribution(m.start(), m.end(), subject, at))
    return out


_PERSONAL = frozenset("he she his her him".split())
# A name right after one of these is where something happened, not who spoke.
_LOCATIVE = re.compile(r"\b(?:in|at|near|over|from|into|across|outside|inside|around|to|of|toward|towards)\s+(?:the\s+)?$", re.I)


def _fits(idx: SourceIndex, mention: tuple[int, int, str], pronoun: str) -> bool:
    """Whether a name can be what `pronoun` refers to. Heuristic: "he"/"she" never
    refer to an organisation (a name ending in or containing an organisation word) or
    to a name placed by a preposition ("over Jalalabad"); "it" never to a person seen
    with a title; "they" to either."""
    start, _, run = mention
    if not idx.opens_name(start, run) or _LOCATIVE.search(idx.text[max(0, start - 14) : start]):
        return False
    org = bool(set(run.casefold().split()) & ORG_WORDS)
    if pronoun in _PERSONAL:
        return not org
    if pronoun in ("it", "its"):
        return org or not _titled(idx, start)
    return True


def _titled(idx: SourceIndex, start: int) -> bool:
    """Whether a title noun stands right before the name ("police chief Ahmad Karimi")."""
    before = idx.text[max(0, start - 30) : start].split()
    return bool(before) and before[-1].casefold().rstrip(".,") in TITLE_HEADS


def _antecedent(idx: SourceIndex, k: int, pronoun: str) -> tuple[int, int, str] | None:
    """What a pronoun starting sentence-level attribution in sentence `k` refers to:
    the first name of a fitting kind (see `_fits`) in the nearest earlier sentence
    that has one (the subject, in news prose), up to three sentences back."""
    for j in range(k - 1, max(-1, k - 4), -1):
        for mention in idx.mentions[j]:
            if _fits(idx, mention, pronoun):
                return mention
    return None


def _is_named(phrase: str) -> bool:
    """Whether a subject phrase names someone ("CentCom", "Araji") rather than
    describing them ("a senior Iraqi official")."""
    words = [w for w in WORD.findall(phrase) if word_key(w) not in NAME_STOP]
    return bool(words) and any(c.isupper() for c in words[-1])


def _attribution_check(idx: SourceIndex, span: Span, forms: list[_Form], who: str) -> Found:
    """Whether the article attributes the words at `span` to the entity of `forms`."""
    k = idx.sentence_of(span.start)
    last = idx.sentence_of(max(span.start, span.end - 1))
    candidates = [att for j in range(k, last + 1) for att in _attributions(idx, j)]
    if candidates:
        att = min(candidates, key=lambda t: max(t.verb_start - span.end, span.start - t.verb_end, 0))
        subject, start = att.subject, att.subject_start
        first = WORD.findall(subject)[:1]
        pronoun = bool(first) and first[0].casefold() in _PRONOUNS
        if pronoun and (ref := _antecedent(idx, idx.sentence_of(att.verb_start), first[0].casefold())):
            start, _, subject = ref
        where = (Span(start=start, end=start + len(subject)),)
        if _names(subject, forms):
            return Found(Status.exact, where)
        if (pronoun and ref) or _is_named(subject):
            shown = f"'{first[0]}' ({subject})" if pronoun else f"'{subject}'"
            return Found(Status.contradicted, where, reasons=(f"the article attributes these words to {shown}, not {who}",))
        if not pronoun:
            return Found(Status.unattributed, where, reasons=(f"the article attributes these words to '{subject}', not named as {who}",))
    lo, hi = idx.sentence_span(max(0, k - 1))[0], idx.sentence_span(min(len(idx.sent_starts) - 1, last + 1))[1]
    for f in (f for f in forms if not f.title):
        for c in idx.find_keys(f.keys, lo, hi):
            found = idx.key_span(c, len(f.keys))
            if not idx.quoted(found.start):
                return Found(Status.normalized, (found,), reasons=(f"{who} is named next to the quote, without a reporting verb",))
    return Found(Status.unattributed, reasons=(f"{who} is not named near the quote and no reporting verb points to them",))


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
    found = _attribution_check(idx, quote.spans[0], speaker_forms(idx, (st.speaker, st.speaker_canonical), groups), who)
    statuses.append(found.status)
    reasons.extend(found.reasons)
    return Found(worst(statuses), found.spans, reasons=tuple(reasons))

