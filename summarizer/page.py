"""The page around an article: furniture lines, the headline, the publication stamp.

Scraped and saved articles carry page furniture (weather bars, ads, subscription
prompts, captions, related-article lists, time stamps). Each line is classified by
general rules that describe kinds of furniture, not any one site's strings, so
nothing is extracted from it and its dates are read for what they are.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache
from typing import NamedTuple

from .furniture import (
    AGENCY_LINE,
    AUXILIARY,
    PRINT_PAGE,
    RELEASE_END,
    SAID_AFTER_QUOTE,
    SIGN_OFF_WORDS,
    SPEECH,
    SPEECH_WORDS,
    classify_line,
    ends_sentence,
    running_head,
    word_count,
)
from .names import is_proper_name
from .stamps import CLOCK_TIME, STAMP_LABEL, UPDATED_LABEL, day_heading, stamp_dates, stamp_prefix


class TextRange(NamedTuple):
    start: int
    end: int


# --- page furniture --------------------------------------------------------

# Context-free rules can't tell these; their place on the page can (see `page_lines`).
_CREDIT_LINE = re.compile(r"(?:photo|image|picture|photograph)s?\s*(?:credit)?\s*:", re.I)
HEADINGS = ("list heading", "rubric")
TIMELINE_ENTRIES = 3  # this many lines opening with a day of their own make a timeline, not stamped lines
_SHOUTED = re.compile(r"[A-Z0-9][A-Z0-9 &'\u2019.,-]{2,60}")  # "THE STATE HERALD"
_SHOUTED_HEADLINE_WORDS = 6
_PAGE_CLOCK = re.compile(r"\b(?:local|current) time\s*:", re.I)
_EDITION = re.compile(r"\bedition\b|" + PRINT_PAGE.pattern, re.I)
_PLACED_BYLINE = re.compile(r"(?:[A-Z][\w'\u2019-]+ ){2,3}in [A-Z][\w'\u2019-]+")  # "Amna Rahim in Islamabad"
_SECTION_WORDS = re.compile(r"(?:[A-Z][\w&'\u2019-]{0,14} ){3,}[A-Z][\w&'\u2019-]{0,14}")  # "Home News Politics Sport"
_LIST_OPENER = re.compile(
    r"related|read|more|other|also|popular|latest|recommended|top stories|you may|you might|most|trending|editor|deeper|check|miss|what we know|facts"
    r"|tamb\u00e9m|tambi\u00e9n|aussi|auch|anche|juga|\u0442\u0430\u043a\u0436\u0435|ogs\u00e5|\u00e4ven|ocks\u00e5|te\u017c",
    re.I,
)
# An author's note below the story ("X is the paper's correspondent in Y.", "X reported
# from Y."; one labelled "About the author:" is a line rule). Heuristic: read only in
# the lines after the story's last paragraph, where a sentence about a reporter is not news.
_BIO = re.compile(
    r"(?:[A-Z][\w'\u2019.-]+ ){1,4}(?:reported|reporting) (?:from|by)\b.*"
    r"|(?:[A-Z][\w'\u2019.-]+ ){1,4}(?:is|was|covers|has covered|reported|reports|writes|has written)\b"
    r".{0,160}\b(?:correspondent|reporter|journalist|editor|writer|freelance|contributor|columnist|reported from|for (?:the )?[A-Z][\w .'\u2019-]{1,40}[.]).*",
    re.S,
)
# Items of a related-articles list may be bulleted ("- Traders strike against new taxes").
_BULLET = re.compile(r"[-\u2013\u2022*>\u203a\u2192\u25b8\u25ba]\s+\S.*")  # also "→ ...", "▸ ..."
HEADLINE_WORDS = 20  # related-article lines are headlines: short, no closing full stop
_LINE = re.compile(r"[^\r\n]+")


# A sentence of the story's narration, not a caption's scene: speech reported, or a perfect
# tense ("had been cited", "has been fined"). Heuristic.
_REPORTED = re.compile(rf"\b(?:{SPEECH_WORDS}|reported|announced|had|has been|have been)\b")


class PageLine(NamedTuple):
    start: int
    end: int
    kind: str | None  # a furniture kind, "masthead", or None for article text


def _cut_off(text: str, start: int, line: str) -> bool:
    """Whether a line is prose cut off where an excerpt of the page ends ("Home Minister X
    said the governme"): the text's last line, ending in no punctuation, with a sentence
    ended inside it or a finite verb of narration or speech. Heuristic: a footer's last
    link ("Get it on Google Play") has neither."""
    return (not text[start + len(line) :].strip() and line[-1:].isalnum() and word_count(line) >= 4
            and bool(re.search(r"[a-z][.!?][\"\u201d\u2019]?\s+[A-Z]", line) or AUXILIARY.search(line) or SPEECH.search(line)))


def _title_case(line: str) -> bool:
    """A headline in title case, not prose cut off ("... contacted Prime Minister Modi and")."""
    words = re.findall(r"[^\W\d_][\w'\u2019-]*", line)
    cut_off = line.endswith(",") or (words and words[-1].casefold() in _FUNCTION_WORDS)
    return len(words) >= 3 and not cut_off and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


_FUNCTION_WORDS = frozenset("a an the and or but of to in on at for with by from that which who as".split())


def _headline_like(line: str) -> bool:
    return line[-1] not in ".\"\u201d\u2019'" and len(line.split()) <= HEADLINE_WORDS


PARAGRAPH_LINE = 100  # characters: a page that prints each paragraph on one line (hard-wrapped lines are shorter)


def _own_paragraph(text: str, before: tuple[int, str, str | None], line: tuple[int, str, str | None], after: tuple[int, str, str | None]) -> bool:
    """Whether a line stands as a paragraph of its own: blank lines around it, or lines
    around it so long that each holds a paragraph (a hard-wrapped text's lines are short)."""
    blank = "\n\n" in text[before[0] + len(before[1]) : line[0]] and "\n\n" in text[line[0] : after[0]]
    return blank or (len(before[1]) > PARAGRAPH_LINE and len(after[1]) > PARAGRAPH_LINE)


def _inline_headline(line: str) -> bool:
    """A line with a headline's shape inside the story: a few words, no closing
    punctuation, nothing that leads into the next line (a colon, a comma, a last
    word such as "on"), no bullet (a digest's items open with their headlines); or a
    quotation set as a crosshead."""
    words = line.split()
    if _PULL_QUOTE.fullmatch(line) and line.rstrip("\"\u201d\u2019'")[-1:] not in (".", "!", "?", ","):
        return True
    if line[0] in _OPENING_QUOTES or SAID_AFTER_QUOTE.search(line):
        return False  # a paragraph of quotation ("“Ten people were injured,” he said"), its full stop lost
    if _TIMELINE.match(line):
        return False  # a timeline's entry ("2:13 p.m.: 2 suspects detained"): the story told by the clock
    return (line[-1] not in ".!?:;,\"\u201d\u2019)" and line[0] not in "\u25a0\u25aa\u2022\u25cf*" and 3 <= len(words) <= HEADLINE_WORDS
            and words[-1].casefold() not in _FUNCTION_WORDS)


_TIMELINE = re.compile(r"[^:\n]{0,30}\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4})?\s*:\s")
# A crosshead that is a quotation ("“Everyone went into crisis”"): a few quoted words that
# end no sentence inside the marks, as a quoted sentence of prose does ("“We want peace!”").
_PULL_QUOTE = re.compile(r"[\"\u201c\u2018'](?:[^\"\u201c\u201d\n]){3,120}(?<![.!?,])[\"\u201d\u2019']")


def _quoted_headline(line: str) -> bool:
    """A headline ending with a quotation ("Mission chief: “We need more helicopters”"), or
    with a quoted fragment in single marks ("Inquest: officer ‘feared for his life’")."""
    return len(line.split()) <= HEADLINE_WORDS and (
        re.search(r":\s*[\u201c\"][^\u201c\u201d\"]+[\u201d\"]$", line) is not None
        or re.search(r"\s[\u2018'][^\u2018\u2019'\u201c\u201d\"]+(?<![.!?,])[\u2019']$", line) is not None)


CAPTION_COPY = 30  # characters a caption and its bare copy must share from their start (and 80% of the shorter)


def _caption_copies(text: str, lines: list[PageLine]) -> list[PageLine]:
    """A caption printed twice, bare and with its credit ("Gardai at the scene" next to
    "Gardai at the scene (Name/PA)"): the bare copy is the caption too. Heuristic: the
    two lines are neighbours and one begins with most of the other."""
    out = list(lines)
    for i, line in enumerate(lines):
        if line.kind is not None:
            continue
        words = text[line.start : line.end]
        for j in (i - 1, i + 1):
            if 0 <= j < len(lines) and lines[j].kind == "caption":
                other = text[lines[j].start : lines[j].end]
                shared = len(os.path.commonprefix([words, other]))
                if shared >= max(CAPTION_COPY, 0.8 * min(len(words), len(other))):
                    out[i] = line._replace(kind="caption")
    return out


CAPTION_HEAD_WORDS = 30  # the most words of a caption's first line above its credited line
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def _caption_heads(text: str, lines: list[PageLine]) -> list[PageLine]:
    """A caption's first line, right above the line that ends it with its credit ("Houses
    burn during the night in Valparaíso" over "More than 130 people have died. Photograph:
    Anadolu"): no sentence ends in it, no blank line between. Heuristic: prose ends its sentences."""
    out = list(lines)
    for i in range(len(lines) - 1):
        line, below = lines[i], lines[i + 1]
        words = text[line.start : line.end]
        if (line.kind is None and below.kind == "caption" and text[line.end : below.start] == "\n" and not _SENTENCE_END.search(words)
                and word_count(words) <= CAPTION_HEAD_WORDS and _CREDIT_LINE.search(text, below.start, below.end)):
            out[i] = line._replace(kind="caption")
    return out


@lru_cache(maxsize=8)  # one text's lines are asked for by its stamps, its body and its furniture in turn
def page_lines(text: str) -> tuple[PageLine, ...]:
    """Every non-blank line with its kind.

    Besides the line rules, a line's place decides (heuristics, each tested on the
    corpus). Above the first sentence of prose: the headline is the line of most
    words (a standfirst may win; only repeats and short lines depend on it); a date-only line is the page's masthead date (when it was
    viewed, not published) when it stands above the story's first line of four words
    or more; an all-capitals line, or a short line above that first line or
    between furniture below it, is the outlet's name; "Name in City" is a byline; a row of
    capitalised words is navigation. Below: the line after a photo credit is its
    caption when it stands right under it; headline-like lines under a related-articles heading belong to the
    list; a repeat of the headline is furniture."""
    raw: list[tuple[int, str, str | None]] = []
    # each line with the length of a stamp opening it (0: none) and whether that stamp is labelled
    rows = [(m, line, stamp_prefix(line) if line else 0, STAMP_LABEL.match(line) is not None)
            for m in _LINE.finditer(text) for line in [m.group(0).strip()]]
    # a timeline: lines that open with their own day ("Oct. 12, 2002 Terrorist attacks ...",
    # "September 11, 2001: Hijackers ...") are its entries, their days no stamps (heuristic)
    # (a line that is only a stamp is none: "14-03-2026 | 11:26 PM" over each post of a channel)
    timeline = sum(1 for _, line, cut, labelled in rows if (cut or day_heading(line)) and not labelled and not stamp_dates(line)) >= TIMELINE_ENTRIES
    entries: set[int] = set()  # where the timeline's entries start: prose, whatever else they look like
    for m, stripped, cut, labelled in rows:
        if stripped:
            start = m.start() + m.group(0).index(stripped)
            kind = classify_line(stripped)
            entry = timeline and not labelled and (cut > 0 or day_heading(stripped)) and not stamp_dates(stripped)
            if entry:
                entries.add(start)
                if kind in ("stamp", "date"):
                    kind = None  # a timeline's entry, though its day opens it as a stamp would
            if kind not in ("stamp", "date") and not entry and cut:
                # a stamp opening the headline's or the lead's line: two lines, the stamp
                # furniture; without a label it is a date line, which above the story is
                # the masthead's (see below)
                raw.append((start, stripped[:cut], "stamp" if labelled else "date"))
                rest = stripped[cut:].lstrip()
                start, stripped = start + len(stripped) - len(rest), rest
                kind = classify_line(stripped)
            if kind == "date" and STAMP_LABEL.match(stripped):
                kind = "stamp"  # "date 2017-01-30 30 January 2017": labelled, the story's own stamp
            raw.append((start, stripped, kind))
    first_prose = next((i for i, (_, line, kind) in enumerate(raw) if kind is None and ends_sentence(line)), len(raw))
    # (a line in capitals is a masthead, "THE STATE HERALD", unless it is as long as a
    # headline: "11 TROOPERS KILLED IN CLASH WITH REBELS"; heuristic)
    top = [i for i in range(first_prose) if raw[i][2] is None and (not _SHOUTED.fullmatch(raw[i][1]) or word_count(raw[i][1]) >= _SHOUTED_HEADLINE_WORDS)]
    headline = max(top, key=lambda i: word_count(raw[i][1]), default=None)
    title = raw[headline][1] if headline is not None else ""
    shown_above = {raw[i][1] for i in top}
    # Where the story's own lines begin: a date line above it is the masthead date.
    opening = next((i for i in top if word_count(raw[i][1]) >= 4), headline)
    lines: list[PageLine] = []
    previous: str | None = None
    in_list = False
    signed_off = False  # right under an e-mail's sign-off ("Regards,")
    seen_date = False  # a date above the story read as the page's (masthead) already
    for i, (start, line, kind) in enumerate(raw):
        if kind is None and line in shown_above and i != next(j for j in top if raw[j][1] == line):
            kind = "repeat"
        elif kind is None and i and AGENCY_LINE.fullmatch(raw[i - 1][1]) and not ends_sentence(line) and (
            text.count("\n", raw[i - 1][0], start) == 1  # right under a credit alone on its line
        ):
            kind = "caption"
        elif kind is None and i < first_prose and i != headline:
            beside_furniture = (lines and lines[-1].kind is not None) or (i + 1 < len(raw) and raw[i + 1][2] is not None)
            short = word_count(line) <= 6 and len(line) < len(title) and (opening is None or i < opening or beside_furniture)
            above = headline is not None and i < headline
            # the outlet's name with its edition ("FRANCE MONDE 24 | English"), or a letterhead:
            # an organisation's name above the headline ("Government of Tamil Nadu")
            edition = above and (
                (word_count(line) <= 8 and re.search(r"\s[|\u00b7\u2022]\s", line) is not None)
                or (word_count(line) <= 10 and is_proper_name(line.rstrip(".")))
            )
            # (or the site's tagline between its name and its menu: "News in English from the
            # Norwegian news agency", no sentence, above the headline)
            tagline = (above and bool(lines) and lines[-1].kind == "masthead" and i + 1 < len(raw) and raw[i + 1][2] == "navigation"
                       and not ends_sentence(line))
            if _SHOUTED.fullmatch(line) or short or edition or tagline:
                kind = "masthead"
            elif _PLACED_BYLINE.fullmatch(line) and (opening is None or i < opening or beside_furniture or i == first_prose - 1):
                kind = "byline"
            elif _SECTION_WORDS.fullmatch(line):
                kind = "navigation"
            elif CLOCK_TIME.search(line) and len(line) <= 60:
                kind = "stamp"
        elif kind is None and previous == "caption credit" and len(line) <= 300 and line[0] not in _OPENING_QUOTES and not _REPORTED.search(line) and (
            text.count("\n", lines[-1].end, start) == 1  # right under the credit, no blank line between
        ):
            # (a quotation or a sentence that reports speech is prose under a caption printed
            # above its credit: "Flags flew at half-mast.\nPHOTO: AFP\nSome 18 points were set up, the government said.")
            kind = "caption"
        elif kind is None and signed_off and word_count(line) <= POST_NAME_WORDS and not ends_sentence(line):
            kind = "header"  # who signs below "Regards,": a name, a title, an office
        elif kind is None and in_list and i != headline and (_headline_like(line) or _BULLET.fullmatch(line) or _quoted_headline(line)):
            kind = "related"
        elif kind is None and i > first_prose and start not in entries and _inline_headline(line) and lines[-1].kind is None and ends_sentence(raw[i - 1][1]) and (
            i + 1 < len(raw) and raw[i + 1][2] is None and (ends_sentence(raw[i + 1][1]) or _cut_off(text, raw[i + 1][0], raw[i + 1][1]))
            and _own_paragraph(text, raw[i - 1], raw[i], raw[i + 1])
        ):
            # a headline line between two paragraphs of prose: a link to another story set
            # in the text (or a crosshead); either way no sentence of this one. Heuristic.
            kind = "related"
        if kind in ("date", "stamp") and _PAGE_CLOCK.search(line):
            kind = "masthead"  # the site's clock ("Jumanne, Januari 31, 2023 Local time: 06:26"): when it was viewed
        elif kind == "date" and opening is not None and i < opening and not CLOCK_TIME.search(line) and not _EDITION.search(line) and not running_head(line) and not seen_date and not (
                i + 1 < len(raw) and _UPDATED.match(raw[i + 1][1])):
            # a date above the story is the day the page was seen, unless it carries a
            # time ("Tuesday 10 June 2025 10.01 BST") or names the paper's edition, or an
            # "Updated ..." line follows it (the pair a page prints: when, then when changed), or a
            # date above it is the page's already (an aggregator's day, then the story's):
            # that is the story's stamp. Heuristic.
            kind = "masthead"
            seen_date = True
        # (a sign-off, then its signer's lines, header lines too, up to a line ending as a greeting does)
        signed_off = kind == "header" and (_SIGN_OFF.fullmatch(line) is not None or (signed_off and not line.endswith(",")))
        # (a heading the rules read as a list's opens one in any language; a rubric only
        # with a word of "related", "read", "more" ...; "À lire aussi / Also read" is four words)
        opens_list = kind in HEADINGS and (kind == "list heading" or _LIST_OPENER.search(line)) and (line.endswith(":") or len(re.findall(r"\S*\w\S*", line)) <= 5)
        in_list = bool(opens_list) or (in_list and kind == "related")
        previous = "caption credit" if kind == "caption" and _CREDIT_LINE.match(line) else kind
        lines.append(PageLine(start, start + len(line), kind))
    lines = _post_cards(text, _caption_heads(text, _caption_copies(text, _separated_links(text, _bullet_menu(text, lines)))))
    lines = _comment_section(text, lines, first_prose)
    lines = _release_tail(text, lines, first_prose)
    lines = _paywall_offer(text, lines, first_prose)
    lines = _footer(text, _contact_block(text, lines))
    for n in range(len(lines) - 1, -1, -1):  # author's notes after the story's last paragraph
        if lines[n].kind is None:
            if not _BIO.fullmatch(text[lines[n].start : lines[n].end]):
                break
            lines[n] = lines[n]._replace(kind="bio")
    return tuple(_footer(text, lines))


_SIGN_OFF = re.compile(rf"(?:{SIGN_OFF_WORDS})\s*,", re.I)
MENU_RUN = 4  # short bulleted items in a row that make a site's menu
MENU_ITEM_WORDS = 6  # the most words of a menu's item in title case
_MENU_ITEM = re.compile(r"[\u2022\u00b7\u25aa*]\s*[^\W\d_][\w&'\u2019 -]{0,60}")


# A social post's card as a page copies it: the page's name on one line, then when it posted
# ("11 January at 15:02 · 🌐", "19 de abril às 11:26 ·"), then the post's words.
_POSTED_LINE = re.compile(r"(?:\d{1,2}\.? (?:de )?[^\W\d]+|[^\W\d]+ \d{1,2})(?:,? \d{4})? (?:at|\u00e0s|\u00e0|a las|um|kl\.?) \d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?\s*\u00b7.{0,6}", re.I)
POST_NAME_WORDS = 8  # a page's name above its post's time: a short line, no sentence


def _post_cards(text: str, lines: list[PageLine]) -> list[PageLine]:
    """A post card's time line and the page's name over it are the card's, not the story's."""
    out = list(lines)
    for i, line in enumerate(out):
        if _POSTED_LINE.fullmatch(text[line.start : line.end].strip()):
            out[i] = line._replace(kind="embed")
            name = text[out[i - 1].start : out[i - 1].end] if i else ""
            if i and out[i - 1].kind is None and word_count(name) <= POST_NAME_WORDS and not ends_sentence(name):
                out[i - 1] = out[i - 1]._replace(kind="embed")
    return out


def _bullet_menu(text: str, lines: list[PageLine]) -> list[PageLine]:
    """A site's menu flattened to text: MENU_RUN or more lines in a row, each a bullet
    and one to three words ("• About", "• General", "• Newsletter"), or up to six in
    title case ("• About the Australian Geographic Society"). Heuristic: a list in a story
    has longer items, in sentence case, or figures ("• 12 killed in ...")."""
    out = list(lines)
    run: list[int] = []
    for n in [*range(len(out)), None]:
        body = text[out[n].start : out[n].end].strip() if n is not None else ""
        if n is not None and _MENU_ITEM.fullmatch(body) and (word_count(body) <= 3 or (word_count(body) <= MENU_ITEM_WORDS and _title_case(body))):
            run.append(n)
            continue
        if len(run) >= MENU_RUN:
            for k in run:
                out[k] = out[k]._replace(kind=out[k].kind or "navigation")
        run = []
    return out


LINK_RUN = 3  # headlines in a row, each closed by a separator, make a list of links
_SEPARATORS = "-\u2013\u2014|\u00bb\u203a"
_TRAILING_SEPARATOR = re.compile(rf"\s[{_SEPARATORS}]$")


def _separated_links(text: str, lines: list[PageLine]) -> list[PageLine]:
    """Headlines in a row, each closed by a separator at its end ("Star Feels Relieved After
    Finale -") or on a line of its own between them: a list of links to other stories. Prose
    never ends its lines that way. Heuristic: LINK_RUN headlines or more."""
    out = list(lines)
    run: list[int] = []  # the headlines of the list being read
    closed = True  # whether the last headline read was closed by a separator

    def end_run() -> None:
        if len(run) >= LINK_RUN:
            for k in run:
                out[k] = out[k]._replace(kind="related")

    for n, line in enumerate(out):
        body = text[line.start : line.end]
        if len(body) == 1 and body in _SEPARATORS:
            closed = True
            continue
        trailing = _TRAILING_SEPARATOR.search(body)
        title = body[: trailing.start()].rstrip() if trailing else body
        # (a headline may end with a quotation: "Trump says 'not right now'")
        if line.kind is None and title and not title.endswith(".") and word_count(title) <= HEADLINE_WORDS and (closed or not run):
            run.append(n)
            closed = trailing is not None
            continue
        end_run()
        run, closed = [], True
    end_run()
    return out


FOOTER_WORDS = 6
_OPENING_QUOTES = "\"\u201c\u2018\u00ab\u201e'"


def _footer(text: str, lines: list[PageLine]) -> list[PageLine]:
    """The site's footer: short lines that end no sentence ("About us", "Privacy Policy",
    "Get it on Google Play") below the story's last paragraph, among other furniture.
    Heuristic: read upwards from the page's end, up to the first line of prose."""
    out = list(lines)
    short: list[int] = []
    for n in range(len(out) - 1, -1, -1):
        line = text[out[n].start : out[n].end]
        if out[n].kind is not None:
            continue
        # a list of links with no heading: bulleted, or headlines in title case (a line cut
        # off mid-sentence, as excerpts end, is prose)
        headlines = _headline_like(line) and (_BULLET.fullmatch(line) or _title_case(line))
        prose = ends_sentence(line) or _cut_off(text, out[n].start, line)
        if prose or (word_count(line) > FOOTER_WORDS and not headlines) or line[0] in _OPENING_QUOTES:
            if prose:  # below a paragraph of the story: never under a headline alone
                for m in short:
                    out[m] = out[m]._replace(kind="footer")
            break
        short.append(n)
    return out


# The head of readers' comments: "47 Comments", "Comments (3)", "Sort by: Newest".
_COMMENTS_HEAD = re.compile(r"\d+\s+comments?|(?:comments?|komentari|kommentare|kommentarer|commentaires|comentarios|coment\u00e1rios|commenti|reacties)(?:\s*\(\d+\))?|sort by\s*:.*|join the (?:conversation|discussion)|leave a (?:comment|reply)|show comments", re.I)


def _from_on(lines: list[PageLine], n: int, kind: str) -> list[PageLine]:
    """The lines from `n` on as furniture: of their own kind, else of `kind`."""
    return lines[:n] + [line._replace(kind=line.kind or kind) for line in lines[n:]]


def _comment_section(text: str, lines: list[PageLine], first_prose: int) -> list[PageLine]:
    """Readers' comments below the story are furniture, their names, words and quotes
    included (a commenter's "the sheriff said ..." is no source). Heuristic: a comments
    heading after the story's first paragraph opens them when less than half of the
    page's text comes after it (a comment count in a share bar at the top does not)."""
    for n, line in enumerate(lines):
        if n > first_prose and _COMMENTS_HEAD.fullmatch(text[line.start : line.end]) and len(text) - line.end < line.start:
            return _from_on(lines, n, "comments")
    return lines


def _release_tail(text: str, lines: list[PageLine], first_prose: int) -> list[PageLine]:
    """Everything below a press release's end mark ("###") is furniture: the boilerplate
    about the issuer, notes to editors and contacts, sentences though they are."""
    for n, line in enumerate(lines):
        if n > first_prose and RELEASE_END.fullmatch(text[line.start : line.end]):
            return _from_on(lines, n + 1, "footer")
    return lines


_PAYWALL = re.compile(r"you['\u2019]ve reached (?:your|the) (?:limit|maximum)|already (?:a subscriber|subscribed)", re.I)
OFFER_WORDS = 14  # words of a line of a subscription offer ("Smart Quarterly", "₹900", "Renews automatically, cancel anytime")


def _paywall_offer(text: str, lines: list[PageLine], first_prose: int) -> list[PageLine]:
    """A paywall's prompt below the story's start ("You've reached your limit of free
    articles") opens its offer: the plans, prices and perks after it, each a short line
    that ends no sentence, up to the first line that does."""
    out = list(lines)
    for n, line in enumerate(out):
        if n > first_prose and line.kind == "subscription" and _PAYWALL.search(text[line.start : line.end]):
            for m in range(n + 1, len(out)):
                body = text[out[m].start : out[m].end]
                if out[m].kind is None and (ends_sentence(body) or word_count(body) > OFFER_WORDS):
                    break
                out[m] = out[m]._replace(kind=out[m].kind or "subscription")
    return out


def _contact_block(text: str, lines: list[PageLine]) -> list[PageLine]:
    """The short lines right under a contact line ("Contact for the media:" then the office,
    its telephone and e-mail) belong to it, up to the next blank line."""
    out = list(lines)
    for n in range(1, len(out)):
        prev, line = out[n - 1], out[n]
        block = prev.kind == "contact" and "\n\n" not in text[prev.end : line.start]
        if block and line.kind is None and word_count(text[line.start : line.end]) <= 6:
            out[n] = line._replace(kind="contact")
    return out


_UPDATED = re.compile(rf"\s*{UPDATED_LABEL}", re.I)  # a stamp line of changes


def find_furniture(text: str) -> tuple[TextRange, ...]:
    """Character ranges of page furniture lines in `text`."""
    return tuple(TextRange(line.start, line.end) for line in page_lines(text) if line.kind)


def guess_title(text: str) -> str | None:
    """The first line that is not furniture, which in saved articles is the headline."""
    for line in page_lines(text):
        if line.kind is None:
            title = text[line.start : line.end]
            return title if len(title) <= 200 else None
    return None
