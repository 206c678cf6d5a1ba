"""What a line of page furniture looks like, read on the line alone.

Each stripped line is tried against general rules that describe kinds of furniture
(advertisements, subscription prompts, captions, credits, bylines, stamps, share and
follow links), in the page's language, not any one site's strings. What only a line's
place on the page can tell (menus, related-article lists, footers) is `page`'s.
"""

from __future__ import annotations

import re
import unicodedata

from .stamps import GLUED_DAY, MONTH_NAMES, MONTH_WORD, stamp_dates

_I = re.IGNORECASE
# The agencies and picture libraries a photo is credited to ("(Brian Lawless/PA)", "[Getty]").
_AGENCY = r"(?:Reuters|REUTERS|AFP|AP|Associated Press|EPA(?:-EFE)?|Getty(?: Images)?|Anadolu|ANADOLU|Xinhua|Shutterstock|Bloomberg|PA|AAP)"
# a capital letter of the Latin, Greek or Cyrillic script (Latin Extended-A and B set capitals and
# small letters side by side: "Š", "Ł", "Ș" are in, and so are their small letters, rare at a word's start)
_CAPITAL = "[A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u024f\u0391-\u03a9\u0400-\u042f]"
# a letter of a script with no capitals (Hebrew, Arabic, the Indic scripts, Thai, Georgian,
# Burmese, Ethiopic, Khmer, kana, CJK, Hangul): a language switcher's "မြန်မာ", "தமிழ்", "中文"
_UNCASED = "[\u0590-\u08ff\u0900-\u0dff\u0e00-\u0fff\u1000-\u109f\u10d0-\u10ff\u1200-\u137f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]"
# An item of a site's menu: a few words in title case, or a word in a script without capitals
_MENU_ITEM = rf"(?:(?:{_CAPITAL}|[a-z]-[A-Z]|\d{{1,3}} (?=[A-Z]))[\w&'\u2019.+-]*(?: [\w&'\u2019.+-]+){{0,3}}|{_UNCASED}[^\s|]*)"
# The close of a press release or wire story ("###", "-30-", "- ENDS -"): what follows it
# (notes to editors, "About <organisation>", media contacts) is not the story.
RELEASE_END = re.compile(r"-*\s*\(?(?:END(?: OF (?:TRANSCRIPT|STATEMENT|RELEASE|REPORT))?|ENDS|(?<=-)\s*ends\s*(?=-)|###|-30-|[Ee]nditem|ENDITEM)\)?\s*-*")
# How an e-mail signs off before its sender's name ("Regards,", "Yours sincerely,")
SIGN_OFF_WORDS = r"(?:kind |best |warm(?:est)? )?regards|best wishes|many thanks|thanks|(?:yours )?(?:sincerely|faithfully|truly)"
# Line-level rules, tried in order on each stripped line: (kind, pattern, whole
# line?). They describe kinds of furniture, not any one site's strings.
_RULES: tuple[tuple[str, re.Pattern[str], bool], ...] = (
    ("weather", re.compile(r"-?\d{1,3}(?:[.,]\d)?\s*°?\s*[CF]"), True),
    # (once or glued over again: "Ad imageAd image")
    ("advertisement", re.compile(r"(?:[-–—•·|\s]*(?:advertisement|advertisment|advertising|advert|(?:hide )?ad(?: ?image)?|sponsored(?: content)?|promoted|publicidad|publicidade|publicit\u00e9|anzeige|werbung|pubblicit\u00e0|reklam|iklan|\u0440\u0435\u043a\u043b\u0430\u043c\u0430)[-–—•·|\s]*)+", _I), True),
    ("subscription", re.compile(r"(?:subscribe|sign in|log in|donate|become a (?:member|subscriber))\b.{0,60}|subscribe to\b.{0,120}|stay informed\b.{0,160}|send (?:us )?your (?:news|stories|news stories|tips)\b.{0,200}|sign up (?:to|for) (?:(?:get|receive|our|free|a free|updates|alerts|breaking|daily|the latest)\b|(?-i:[A-Z])).{0,200}|already (?:a subscriber|subscribed)\b.{0,400}"
                                 r"|you['\u2019]ve reached (?:your|the) (?:limit|maximum)\b.{0,160}|get (?:daily|weekly)\b.{0,40}\b(?:news|updates|headlines|newsletter)", _I), True),
    (
        "subscription",
        re.compile(
            r"\b(?:subscribe (?:now|today)|stay informed with|invest in journalism|support (?:independent |quality |our )?journalism"
            r"|for (?:only|just) \S*\d\S* (?:a|per) (?:month|week|year)|(?:for|from) [\u00a3\u20ac$\u20b9]\s?\d+(?:[.,]\d+)? (?:a|per) (?:month|week|year)"
            r"|sign up for (?:our|the) newsletter)\b",
            _I,
        ),
        False,
    ),
    ("rubric", re.compile(r"[A-Z][A-Z ]{1,25}\s*\|.*"), True),  # "WATCH | ...", "ALSO READ | ..."
    # a link to the outlet's own story: "Also on the Observer: Students protest ...", "ALSO IN THE SENTINEL: ... — Page 3"
    ("rubric", re.compile(r"also (?:in|on|from) the (?-i:[A-Z])[\w'\u2019 .&-]{1,40}:\s*\S.{2,160}", _I), True),
    (
        "rubric",
        re.compile(
            r"(?:live(?: updates| blog)?|read (?:more|also|next)|also read|related(?: articles| stories| coverage| news)?|see also|more on this(?: story)?"
            r"|watch|listen|latest news|leia tamb\u00e9m|lea tambi\u00e9n|lee tambi\u00e9n|(?:\u00e0 )?lire aussi|lesen sie auch|leggi anche|baca juga"
            r"|\u0447\u0438\u0442\u0430\u0439\u0442\u0435 \u0442\u0430\u043a\u0436\u0435)\s*[:|].*",
            _I,
        ),
        True,
    ),
    (
        "list heading",
        re.compile(
            r"(?:most |more )?(?:popular|related|recommended|trending|top|latest|editor['’]?s)(?: now)?(?: articles?| stor(?:y|ies)| news| posts?| videos?| reads?| picks?| briefs?)?(?: from this (?:blog|site))?|trending (?:on|in) [^.!?:]{1,40}|more \w+(?: \w+)? (?:news|stories)\s*:?"
            r"|most (?:read|viewed|shared|popular)(?: in [\w&'\u2019 ]{1,30})?|trending\s*:.{1,200}|about the author|share (?:this|on \w+)(?: article| story)?|follow us(?: on .*)?|(?:(?:view|show|read|see|load) (?:all )?(?:\d+ )?)?comments?|explore(?: more)?"
            r"|you (?:may|might) (?:also )?(?:like|be interested in)\s*:?|read next|read also|more (?:from|on|about) [^.!?:]{1,40}|see also|related content|go deeper|check (?:also|out)|don['\u2019]t miss|did you read this\??|related topics|tagged\s*:?"
            r"|related articles\s*more from (?:the )?author"
            r"|read (?:more|also) (?:from|on|at|in) [^.!?]{1,40}:?|read more|more stories|more in this section"
            r"|related (?:readings?|links?|coverage)\s*:?|recent (?:videos|posts|stories|news)",
            _I,
        ),
        True,
    ),
    ("stamp", re.compile(r"(?:last |first )?(?:updated|published|posted|modified|issued)(?: on| at)?\s*[:\-–—]?\s*.{0,60}\d.{0,40}", _I), True),
    # a byline with its stamp: "Written by admin on May 19, 2024"
    ("stamp", re.compile(r"(?:written|posted|published) by [^.!?]{1,40}? on [^.!?]{0,30}\d{4}.{0,20}", _I), True),
    (
        "source",
        re.compile(r"(?:content |article )?(?:retrieved|republished|reproduced) from\b.*|originally (?:published|appeared) (?:on|at|in)\b.*|https?://\S+", _I),
        True,
    ),
    ("bio", re.compile(r"about the author\s*:.*", _I), True),  # labelled, wherever it stands
    ("credit", re.compile(r"\((?:with (?:inputs|reporting)|(?:additional )?reporting|writing|editing|compiled)\b[^)]*\)\.?", _I), True),
    # a wire's credit line unbracketed: "Reporting by A in B; Editing by C"
    ("credit", re.compile(r"\(?(?:additional )?(?:reporting|writing|editing)(?: and (?:reporting|writing|editing))? by [A-Z].{0,300}", _I), True),
    ("notice", re.compile(r"\(?this (?:story|article|report) (?:has been|was) (?:corrected|updated|amended|changed)\b.{0,240}", _I), True),
    # the terms of reuse: "Texts may be reproduced with credit.", "When using materials, a link to X
    # is required.", "Full or partial use of materials is permitted only with a hyperlink to X."
    ("notice", re.compile(r"(?![^\n]*(?:[\u201c\u201d\"]|\b(?:said|says|told|according)\b)).{0,120}\b(?:may (?:not )?be reproduced|use of (?:the |our )?materials|using (?:the |our )?materials|reproduction (?:is )?(?:permitted|prohibited|forbidden))\b.{0,200}", _I), True),
    ("notice", re.compile(r"(?:please )?(?:turn on|enable) javascript\b.{0,80}|an official website of the\b.{0,100}|hosted by\b.{0,80}|our standards\s*:.{0,100}"
                          r"|.{0,60}\b(?:standards and corrections|corrections policy|editorial standards)\b.{0,40}", _I), True),
    # a desk's credit after the story: "X reported from Y. Additional reporting by Z in W."
    ("credit", re.compile(r"(?:.{0,160}[.;]\s*)?additional reporting by\b.{0,160}", _I), True),
    ("caption", re.compile(r"\((?:photo|image|picture|video|file photo)s?(?: credits?)?\s*:[^)]*\)", _I), False),
    ("caption", re.compile(r"\[(?:photo|image|picture|video|file photo)s?(?: credits?)?\s*:[^\]]*\]", _I), True),
    # a picture's note alone in brackets: "(File photo)", "(Representational image)", "[File]"
    ("caption", re.compile(r"[(\[](?:file|(?:file |stock |representative |representational )?(?:photo|picture|image|video))s?(?:\s*[:/|].{0,60})?[)\]]", _I), True),
    ("translation", re.compile(r"\[[^\]]{0,60}\btranslated (?:from|by)\b[^\]]{0,80}\]", _I), True),
    ("caption", re.compile(r"(?:image|media|photo|video) caption\b.*|(?:.{0,60}\s)?(?:image|photo|picture) (?:source|copyright|credit)\b.*", _I), True),
    ("caption", re.compile(rf".*[.!?]\s+(?:{_AGENCY}|(?i:(?:file|stock|representative|representational)(?: photo| picture| image)?))\.?"), True),
    # a caption ending in its credit after a slash or a colon: "... August 27, 2017. / Reuters",
    # "... 2024. / Credit: Name/AFP/Getty", "Police surround the area behind the cinema: AP"
    ("caption", re.compile(rf".{{10,300}}[.!?]\s+/\s+.{{2,80}}|.{{10,300}}[^.!?\s]:\s+{_AGENCY}"), True),
    # a caption ending in its credit in brackets, with no full stop after it ("... collapsed (Fire Dept. via AP)")
    # (not prose that ends a sentence before its wire's credit: "... said. (ANI/Xinhua)", "... he said. - (Reuters)")
    ("caption", re.compile(r"(?!.*[.!?][\"\u201d]?\s*(?:[-\u2013\u2014]\s*)?\((?:[A-Z]{2,8}/)*[A-Z][A-Za-z]{1,10}\)$)"
                           rf".{{10,300}}(?:\([^()]{{0,60}}|\[[^\[\]]{{0,60}})\b(?:via|[Pp]hoto|{_AGENCY})\b[^()\[\]]{{0,40}}[)\]]"), True),
    # a caption ending in its credit as outlet and photographer in brackets: "... on London Bridge. (ABC News: Name Surname)"
    ("caption", re.compile(r".{10,500}[.!?]\s*\((?:[A-Z][\w.&'\u2019-]*\s?){1,4}:\s*(?:[A-Z][\w.'\u2019-]*\s?){1,4}\)\.?"), True),
    # "... on Tuesday. Omar Naji/AFP/Getty Images", "... 2025. Naif Rahma / Reuters", "... in Kyiv. REUTERS/Name Surname"
    ("caption", re.compile(
        rf".{{10,300}}[.!?]\s+(?:(?:[\w.'\u2019-]+ ){{0,3}}[\w.'\u2019-]+ ?/ ?(?:[\w.'\u2019 -]+/)*{_AGENCY}"
        r"|(?:REUTERS|AFP|AP|EPA|ANADOLU)/[\w .'\u2019-]{2,40})"
    ), True),
    # a caption with its credit after it: "... on Tuesday. Photo: Name Surname", "... File picture by Name"
    ("caption", re.compile(r".{10,500}[.!?]\s+(?:(?:file )?(?:photo|photograph|image|picture)s?\s*(?:credit)?\s*[:/]|credit\s*:|(?:file )?(?:photo|photograph|image|picture)s? by\s+(?-i:[A-Z]))\s*[^.!?]{1,80}\.?", _I), True),
    # a caption in the wires' style, closing with its day after a comma, not "on" ("... in
    # Marawi, Philippines, Sunday, Dec. 3, 2023."): prose says "on Dec. 3". Heuristic.
    ("caption", re.compile(
        r".{20,400}[a-z](?<!day),\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\s+)?"
        rf"{MONTH_WORD} \d{{1,2}}, \d{{4}}\.?"), True),
    # a caption that says it is one: "This photo provided by the fire agency shows ...",
    # "Rescuers search the rubble, in this handout photo from the coast guard."
    ("caption", re.compile(
        r"(?:(?:in )?this|.{10,400},? in this) (?:(?:handout|file|undated|aerial|combination|drone|satellite|video) )*"
        r"(?:photo|photograph|image|picture|screenshot|screen ?grab|video grab|still)\b.{0,400}", _I), True),
    ("label", re.compile(r"(?:an? |the )?(?:map|photo|picture|graphic|chart|infographic|video|gallery|image)s?(?: of| showing| from)? [^.!?:]{0,40}:?", _I), True),
    ("label", re.compile(r"sponsor(?:ed by)?\s*:.{0,200}|back|topics?|images?\s+[\w.-]+\.(?:com|fr|net|org|co\.uk)", _I), True),
    ("translation", re.compile(r"(?:powered by|(?:automatically |machine )?translated (?:by|with|from)|automated translation)\b.{0,60}", _I), True),
    # (with the buttons beside it: "Share this article Comments", "Share this article Close Button")
    ("share", re.compile(r"share(?: this)?(?: article| story| post| page)?(?:\s*[:|]\s*.{0,80}|\s+(?:on|via)(?:\s+.{0,80})?)?"
                         r"|share this (?:article|story|post|page)(?:\s+(?-i:[A-Z])\w*){1,3}", _I), True),
    ("caption", re.compile(r"(?:photo|image|picture|photograph|video|credit|frame|still|screenshot|screen ?grab|caption|map|graphic|pix+|pic)s?\s*(?:credit)?\s*:\s*.{1,300}", _I), True),
    ("credit", re.compile(r"[a-z]{2,6}(?:-[a-z]{2,6})*/[a-z]{2,6}(?:-[a-z]{2,6})*(?:/[a-z]{2,6})*"), True),  # agency slugs "bur-lk/sbk"
    ("credit", re.compile(r"(?:\u00a9|\(c\)|copyright\b).{0,200}|[^.!?]{1,60}\u00a9.{0,100}|(?:.{0,80}\ball rights reserved\.?)(?:.{0,240})", _I), True),
    ("credit", re.compile(r".{0,80}\bcontributed (?:to )?(?:this |the )?(?:report|story|article)(?:ing)?\.?", _I), True),
    ("source", re.compile(r"(?:news |image |photo )?sources?\s*:\s*[^.!?]{1,80}", _I), True),
    # "World › Asia", "Home > News > Local > <the headline>"
    ("navigation", re.compile(r"[^\u203a\u00bb>|.!?]{1,40}(?:\s*[\u203a\u00bb>]\s*[^\u203a\u00bb>|.!?]{1,40}){0,5}\s*[\u203a\u00bb>]\s*[^\u203a\u00bb>|]{1,160}"), True),
    # sections set apart by bars: "World News | U.S. News | Politics", "... | Security Update | About us"
    # (a capital of another script opens an item too: a language switcher "O'zbekcha | Русский | English")
    # (an item may open with a channel's number: "12 Investigates", "9 On Your Side")
    # (items in any script, "Times+ Offers" among them, after a label: "Menu: UK | World | ...")
    ("navigation", re.compile(rf"(?:{_CAPITAL}[a-z]+\s*:\s*)?(?:{_MENU_ITEM}\s*\|\s*){{2,}}{_MENU_ITEM}"), True),
    ("byline", re.compile(
        # (each name's word taken whole, "*+": a word split in two costs time exponential in the line)
        rf"by\s+(?:{_CAPITAL}[\w.'\u2019-]*+\s*){{1,5}}(?:(?:,|and|&)\s+(?:(?:{_CAPITAL}[\w.'\u2019-]*+|\d{{1,3}})\.?\s*){{1,5}})*(?:@\w+)?"
        r"(?:\s*for\s+(?:the\s+)?(?-i:[A-Z])[\w.'\u2019-]*(?:\s+(?-i:[A-Z])[\w.'\u2019-]*){0,3})?"  # "By X for the Irish Globe"
        # a stamp or a role may share the line: "By Amina Yusuf | March 5, 2024", "By X - 31 October 2024", "By X / Staff reporter"
        r"(?:\s*[|\u00b7\u2022\u2013\u2014/-]\s*.{0,80})?",
        _I,
    ), True),
    # a signature under the story: "- Jane Doe and John Roe" (heuristic: the dash and two or three full names)
    ("byline", re.compile(r"[-\u2013\u2014]\s*[A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019.-]+){1,2}(?:, [A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019.-]+){1,2})? and [A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019.-]+){1,2}"), True),
    ("byline", re.compile(r"(?:our|staff|special|a)\s+(?:own\s+)?(?:correspondent|reporter|writer)s?(?:\s*,\s*[A-Z][\w' -]{1,30})?", _I), True),
    ("rubric", re.compile(r"(?:developing|breaking)(?: story| news)?(?:\.|\s*[:|]\s*[^.!?]{1,120})?|this (?:is a developing story|story (?:is developing|will be updated|has been updated|may be updated))\b.{0,60}", _I), True),
    ("rubric", re.compile(r"more (?:on|about|from) [^.!?]{1,60}[:|].{0,100}", _I), True),
    ("counter", re.compile(r"[\d,.]+\s*[km]?\s+(?:views|reads|shares|comments)|comments?\s*\(\d+\)|high views|trending now", _I), True),
    # a menu or breadcrumb whose spaces the copy lost: "HomeNewsCrime and courts...", "× HomePrivacyAbout Us..."
    ("navigation", re.compile(r"(?:\u00d7\s*)?Home(?=[A-Z]).{0,200}"), True),
    # a menu whose items a copy glued together ("British Broadcasting CorporationWatchHomeNewsUS ElectionSport..."):
    # three joins of a small letter to a capital in one word, no sentence's end ("MacArthur" has one)
    ("navigation", re.compile(r"(?=[^\n]*?[a-z][A-Z][^\s]*?[a-z][A-Z][^\s]*?[a-z][A-Z])[^.!?\n]{20,}"), True),
    # a row of sections set apart by middle dots: "Multimedia · User Galleries · News in Pictures"
    ("navigation", re.compile(r"[^.!?\u00b7]{1,40}(?:\s+\u00b7\s+[^.!?\u00b7]{1,40}){2,}"), True),
    ("navigation", re.compile(r"(?:skip|jump) to (?:the )?(?:main )?(?:content|navigation|search|footer|menu)(?:\b|(?=[A-Z])).{0,60}", _I), True),
    # the outlet speaking to its readers: "Listen to our evening news ...", "To receive our news on WhatsApp, send ..."
    (
        "subscription",
        re.compile(
            r"(?:listen to|watch|download|get|follow|join|read|to receive|receive)\s+(?:our|the [A-Z][\w'\u2019 -]{1,30}['\u2019]s)\s+[^.!?]{0,60}"
            r"\b(?:news|app|podcast|bulletin|programme|program|updates|alerts|channel|coverage|stories)\b.{0,120}",
            _I,
        ),
        True,
    ),
    ("notice", re.compile(r"(?:accept cookies\?\s*)?(?:we|this (?:site|website)) uses? cookies\b.{0,300}|.{0,200}\bcookie (?:policy|settings|preferences)\b.{0,200}", _I), True),
    ("tags", re.compile(r"(?:(?:related )?tags?|(?:related )?topics?|filed under|storyline)\s*:.{0,200}", _I), True),
    # a press release's number and a reader's view controls ("Release Number 20251217-01", "Read Mode", "100% Font Size")
    ("navigation", re.compile(r"release (?:number|no\.?)\s*:?\s*[\w-]{3,30}|read(?:ing)? mode|(?:\d{2,3}%\s*)?font size|text size\s*:?", _I), True),
    # a page's controls and tag headers alone on a line ("Menu", "close", "Watch TV", "Latest news with #X")
    ("navigation", re.compile(r"menu|close|hashtags|watch tv|expand\s*/\s*collapse search|latest (?:news|stories) (?:with|on|about|for) #\w+"
                              r"|report this content|add bookmark|error\s*:\s*alert\s*:\s*content is protected\s*!*", _I), True),
    # an archive's age notice, reading time, an HTML comment, a gallery's slide counter,
    # "Highlights" over a summary, "Share It :"
    ("notice", re.compile(r"this (?:article|story) is more than \d+ (?:years?|months?) old|(?:estimated )?reading time\s*:.{0,30}|<?!--.{0,120}-->|\d{1,3}\s*/\s*\d{1,3}", _I), True),
    ("list heading", re.compile(r"highlights|share it\s*:?", _I), True),
    # a page's advertising code pasted as text ("mediaTypes: {", "bidder: 'appnexus',")
    ("notice", re.compile(r"(?:[a-z]+[A-Z]\w*|code|banner|bids|bidder|params|sizes)\s*:\s*(?:[{\[].{0,200}|['\u2018\u2019\"].{0,120}['\u2018\u2019\"],?|.{0,200}[,{])"), True),
    # a related link in capitals: "LOOK: ..."
    ("related", re.compile(r"(?:LOOK|WATCH|SEE ALSO|READ)\s*:\s*.{3,200}"), True),
    # a newsroom's contact and corrections lines, an app prompt
    ("notice", re.compile(r"connect with the .{1,60}:|for corrections to this (?:story|article)\b.{0,160}|stay tuned with .{1,60}\bapp\b.{0,40}", _I), True),
    # a teaser of another story cut off before its link: "... to discriminate against or… Read More"
    ("related", re.compile(r".{10,300}(?:\u2026|\.\.\.)\s*read more\.?", _I), True),
    # a byline's role alone on its line: "Senior Reporter", or the outlet's: "Nation Reporter"
    ("byline", re.compile(r"(?:senior|chief|staff|special|political|crime|court|investigative|foreign|defen[cs]e|security|citizen) (?:reporter|correspondent|writer|editor)"
                          r"|(?-i:(?:[A-Z][\w'\u2019-]*\s){1,3}(?:Reporter|Correspondent)s?)", _I), True),
    # a byline with the page's age: "Author: Jane Doe | Published: 8 hours ago"
    ("byline", re.compile(r"authors?\s*:.{1,200}\|\s*published\s*:\s*\d{1,3}\s*(?:mins?|minutes?|hours?|hrs?|days?)\s+ago", _I), True),
    # a legal note outlets in Russia must print: "*Daesh ... is a terrorist organization outlawed in Russia"
    ("notice", re.compile(r"\*?.{0,120}\b(?:is|are) (?:an? )?(?:terrorist|extremist) (?:organi[sz]ations?|groups?)\b.{0,40}\b(?:banned|outlawed|prohibited) in (?:Russia|the Russian Federation)\b.{0,120}", _I), True),
    # a feed's footer: "The post <headline> appeared first on <site>."
    ("credit", re.compile(r"the post .{5,300} appeared first on .{2,80}", _I), True),
    # the outlet's social channels and apps: "Like X on Facebook · Follow us on X", "Join X's WhatsApp channel"
    (
        "share",
        re.compile(
            r"(?:like|follow|download|join|install|get|subscribe to|receba|siga|s\u00edguenos|suivez)\b.{0,80}"
            r"\b(?:facebook|twitter|instagram|youtube|telegram|whatsapp|tiktok|linkedin|app|channel|canal)\b.{0,100}",
            _I,
        ),
        True,
    ),
    # an embedded post's own lines: its handle alone, its buttons, its counts ("👍 1.2K · 311 comments · 540 shares")
    (
        "share",
        re.compile(
            r"@[A-Za-z0-9_]{2,30}|show more|see (?:the )?translation|translate (?:post|tweet)"
            r"|\W{0,3}\s*\d[\d.,]*[KkMm]?(?:\s+[a-z]+)?(?:\s*[\u00b7\u2022|]\s*\d[\d.,]*[KkMm]?\s+(?:likes?|comments?|shares?|retweets?|reposts?|replies|views?))+",
            _I,
        ),
        True,
    ),
    # the close of a press release: "END", "###", "-30-", who to contact, who issued it
    ("credit", RELEASE_END, True),
    # text that reached the page as e-mail, a wire's plain-text feed or a chat: the e-mail's
    # headers, greeting, sign-off and legal notice ("From: X <x@y.org>", "Attachments: ...",
    # "Good evening,", "Regards,"); a wire story's slug, its editors' note, its photo and
    # keyword lines and its desk's contact ("BC-LT--Country-Storm, 2nd Ld-Writethru,0604",
    # "Eds: Updates with ...", "(Adds ... in paragraphs 6-11)", "((x@y; +66 2 555 0100))");
    # a chat's header of who wrote when ("Tou Lee  6:45 AM"), its reactions, its forward marks
    # and member counts
    ("header", re.compile(r"(?:from|to|cc|bcc|reply-to|sender)\s*:\s*[^\n@]{0,120}?\S+@\S+.{0,80}|attachments?\s*:\s*.{1,300}"
                          r"|(?:good (?:morning|afternoon|evening)|dear (?:all|colleagues|editors?|sir|madam|friends|neighbours|neighbors|[A-Z][\w.'\u2019 -]{1,40})"
                          rf"|hello(?: all| everyone)?|hi(?: all| everyone)?|thank you|{SIGN_OFF_WORDS})\s*,"
                          r"|please (?:see|find) (?:below|attached)\b.{0,100}|(?:for )?immediate release\.?"
                          r"|this (?:e-?mail|message)(?: and any (?:attachments?|files?)(?: transmitted with it)?)? (?:is|are|may (?:be|contain)|contains?)\b.{0,400}", _I), True),
    ("slug", re.compile(r"(?-i:BC-[A-Za-z]{1,6}-).{3,120}|(?-i:Eds?|EDS?|Editors?|EDITORS?)\s*:\s*(?:updates?|adds?|corrects?|recasts?|fixes|moves|new|removes?|changes?|clarifies|with|note|this|subs?|refiles?|repeats?)\b.{0,300}"
                          r"|slug\s*:\s*.{1,120}|keywords?\s*:\s*.{1,200}|\(\([^()]{3,200}\)\)"
                          r"|\((?:adds|updates|recasts|corrects|changes|fixes|rewrites|writes through|new throughout|refiles|repeats|moves)\b[^()]{0,200}\)", _I), True),
    ("chat", re.compile(r"(?-i:[A-Z][\w'.\u2019-]*(?: [A-Z][\w'.\u2019-]*){0,3})\s{2,}\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?"
                        r"|(?:(?:[\u2600-\u27bf]|[\U0001f300-\U0001faff])\ufe0f?\s*\d[\d,.]*[KkMm]?\s*){1,8}"
                        r"|(?:\u21aa\s*)?forwarded(?: message| \d[\d,]* times?| from\b.{0,80})?"
                        r"|(?:(?:channel|group|page)\s*[\u00b7\u2022|]\s*)?\d[\d.,]*[KkMm]?\s+(?:members|subscribers|followers)(?:\s*[\u00b7\u2022|,].{0,60})?"
                        r"|[\u2500-\u257f\u2014\u2013=_-]{3,}\s*[^\W\d_][\w ]{0,20}\s*[\u2500-\u257f\u2014\u2013=_-]{3,}|message #[\w-]+", _I), True),
    (
        "contact",
        re.compile(
            r"(?:for (?:media|press) (?:enquiries|inquiries|queries)|for (?:enquiries|inquiries)\s*:|issued by\s*:|prepared by\s*:"
            r"|(?:media |press )?contacts?(?: for (?:the )?(?:media|press))?\s*:|tel(?:ephone)?\s*:|phone\s*:|fax\s*:|e-?mail\s*:"
            r"|original content by\s*:|got a (?:story|tip|news tip)\b|for (?:more|further) information,? (?:please )?contact\b"
            r"|(?:[A-Z][\w-]*\s+){0,2}(?:spokes(?:person|man|woman)|enquiries|inquiries|cell|mobile)\s*:).{0,160}",
            _I,
        ),
        True,
    ),
    ("navigation", re.compile(r"page \d+ of \d+|(?:more|continued|story continues)\b.{0,30}\bon page \d+.{0,40}", _I), True),
    # a player's duration ("1:12") or the outlet's note on its own story
    ("label", re.compile(r"\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?", _I), True),  # a clip's length, a live post's time
    ("label", re.compile(r"\d{1,3}(?:[.,]\d)?[km]?", _I), True),  # a counter alone on its line: comments, shares, views ("0", "1.2K")
    ("stamp", re.compile(r"update[ds]?\s*:?\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?", _I), True),  # "UPDATE 11:30 A.M."
    ("label", re.compile(r"live(?: updates?| blog)?|as it happens|go to video|what you need to know\s*:?|key events?|pinned(?: post)?", _I), True),
    # (its date or time beside it: "Correction (14 March, 10:20): ...", "UPDATE, 19:20: This article
    # has been updated ..." (an update that tells news, "Update, 20:05: The suspect has been
    # charged", is the story's); a bracketed note on a quotation: "[An earlier version of this
    # article attributed ...]")
    ("notice", re.compile(r"(?:editor['\u2019]?s note|corrections?|clarifications?)(?:\s*,\s*[^:.]{1,40}|\s*\([^()]{1,40}\))?\s*:.{0,400}"
                          r"|update\s*(?:,\s*|\(\s*)\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\)?\s*:\s*this (?:story|article|report|page) (?:has been|was)\b.{0,300}"
                          r"|\[?an earlier version of this (?:article|story|page|report|timeline)\b.{0,400}", _I), True),
    ("label", re.compile(r"this (?:live )?(?:page|blog|story|coverage) is no longer being updated\.?|(?:we have|we['\u2019]ve) (?:now )?(?:ended|closed|paused) (?:our|this) (?:live )?coverage\b.{0,120}", _I), True),
    ("rubric", re.compile(r"read the (?:full|original) (?:article|story)\b.{0,80}|listen to (?:this|the) (?:article|story)\b.{0,40}", _I), True),
    ("advertisement", re.compile(r"(?:article|story) continues (?:after|below)\b.{0,40}", _I), True),
    ("notice", re.compile(r"this is an archived (?:article|story|page)\b.{0,300}|this site is protected by recaptcha\b.{0,200}|undefined|null|nan", _I), True),
    (
        "subscription",
        re.compile(r"thank(?:s| you) for (?:subscribing|signing up)\b.{0,60}|(?:catch the latest|stay up to date|get the latest)\b.{0,120}|.{0,120}\bdelivered (?:every|each) \w+.{0,40}", _I),
        True,
    ),
    # a site's account prompts ("Forgot your password?", "Back to login") and a glued link ("RelatedWhy ...")
    ("subscription", re.compile(r"forgot (?:your )?password\??|back to log ?in|to subscribe", _I), True),
    # (a heading: the widgets under it, a "quote of the day" too, are nobody's words in the story)
    ("list heading", re.compile(r"share your (?:views|thoughts|comments)", _I), True),
    ("related", re.compile(r"Related(?=[A-Z])[^.!]{5,200}\??"), True),
    ("subscription", re.compile(r".{0,120}\byour (?:donation|contribution|support) (?:to|helps|powers|keeps)\b.{0,200}", _I), True),
    # a site's notification and members-only prompts; a donation appeal ("Support The X
    # Times!", "Contribute today", "Readers like you keep news free for everyone.")
    ("subscription", re.compile(r"get notified\b.{0,80}|\[?you must be (?:registered|logged in)\b.{0,80}", _I), True),
    ("subscription", re.compile(r"support (?:[A-Z][\w.'\u2019&-]*\s*){1,4}(?:!|\u2026|\.\.\.)|contribute today[.!]?|make a (?:monthly|one[- ]off)\b.{0,60}\bcontribution\.?|(?:now is the time to )?support (?:our |independent |quality |local |independent local |community )?"
                                r"(?:reporting|journalism)\b.{0,80}|readers like you\b.{0,80}", _I), True),
    ("subscription", re.compile(r"(?:like|liked|enjoy|enjoyed) (?:what you (?:read|see|saw)|what we do|this (?:article|story))\?.{0,120}", _I), True),
    # a reader-funded site's appeal: "Support X: our reporting depends on readers like you.",
    # "The X is reader-funded. Support ..."
    ("subscription", re.compile(r"support (?:us|our [\w ]{1,30}|(?-i:[A-Z])[^.!?:]{0,60}):\s*.{0,160}\b(?:readers like you|donat\w*|(?:is kept|depends) (?:up)?on (?:its |our )?readers|subscri\w*|become a member)\b.{0,100}|.{0,80}\bis reader[- ](?:funded|supported)\b.{0,200}", _I), True),
    ("share", re.compile(r"share\s*[\u00b7|\u2022]\s*.{0,60}|share\d+|click here to share\b.{0,60}|(?:copy )?link copied!?|copy link", _I), True),
    ("navigation", re.compile(r"search(?:(?: [\w.]+){1,3}?(?:\.\.\.|\u2026))?", _I), True),
    ("subscription", re.compile(r"catch up on (?:our|all)\b.{0,100}|(?![^\n]*[\u201c\u201d\"]).{0,200}\bdelivered to (?:you|your (?:inbox|door))\b.{0,40}", _I), True),
    # a wire's slug line: "NIGERIA-STAMPEDE/TOLL (UPDATE 2)"
    ("credit", re.compile(r"[A-Z]{2,}(?:-[A-Z]{2,})*/[A-Z]{2,}(?:-[A-Z]{2,})*(?:\s*\((?:UPDATE|URGENT|REFILE|CORRECTED|RECASTS?)[^)]*\))?"), True),
    ("notice", re.compile(r".{0,160}\b(?:community guidelines|comment(?:s|ing)? (?:policy|rules|guidelines))\b.{0,160}", _I), True),
    ("notice", re.compile(r".{0,60}\b(?:hotline|helpline)\b.{0,40}:\s*[+\d][\d\s()-]{1,20}", _I), True),
    # a share row in any language: a label, then only the names of where to share it
    # ("Del artiklen: Facebook | Messenger | E-mail"); a live page's buttons ("Refresh | Share")
    ("share", re.compile(r"[^\W\d][^:|\n]{0,25}:\s*(?:(?:facebook|messenger|whatsapp|telegram|twitter|x|linkedin|e-?mail|reddit|viber|vk|"
                         r"copy link|print)\s*(?:[|\u00b7\u2022,/]\s*|$)){2,}|(?:refresh|print|save)\s*[|\u00b7\u2022]\s*share\b.{0,40}", _I), True),
    # a list's heading in the languages local sites print it around English text ("read also",
    # "see also", "latest news", "most read"), and more kinds of "More ...": one rule
    ("list heading", re.compile(r"(?:l\u00e6s ogs\u00e5|l\u00e4s (?:\u00e4ven|ocks\u00e5)|les ogs\u00e5|lesen sie auch|lire aussi|leia tamb\u00e9m|lee tambi\u00e9n"
                                r"|leggi anche|czytaj (?:te\u017c|tak\u017ce)|\u0447\u0438\u0442\u0430\u0439\u0442\u0435 \u0442\u0430\u043a\u0436\u0435"
                                r"|vezi (?:\u0219|s)i|veja tamb\u00e9m|ver tambi\u00e9n|voir aussi|siehe auch|vedi anche|lihat juga|baca juga|pogledajte (?:i|jo\u0161)"
                                r"|najnovije vesti|naj\u010ditanije|mais lidas|m\u00e1s le\u00eddas|lo m\u00e1s le\u00eddo|les plus lus|meistgelesen|pi\u00f9 letti|cele mai citite"
                                r"|\u00faltimas not\u00edcias|\u00faltimas noticias|derni\u00e8res nouvelles|ultimele \u0219tiri|berita terkini|most relevant comments)\s*:?"
                                r"|more (?:reportage|features|reports|coverage|analysis|videos|photos)", _I), True),
    # a page's controls and notes about itself: "Text size: A A A", "All times NZST.", "Comments are moderated."
    ("label", re.compile(r"(?:text|font) size\s*:?\s*(?:A[+-]?\s*){2,3}|all times (?:are )?(?:in )?(?:local|[A-Z]{2,5}|\w+ time)\b.{0,100}"
                         r"|listen to (?:our|the) .{1,80}\bon \d{2,3}(?:[.,]\d)?\s*(?:FM|AM|MHz)\b.{0,40}", _I), True),
    ("notice", re.compile(r"comments (?:are|will be) (?:moderated|reviewed)\b.{0,300}|.{0,120}\bsend (?:us )?(?:your )?tips? to\b.{0,100}"
                          r"|.{0,200}\brepublish(?:ing|ed)? (?:is |are )?(?:permitted|allowed|welcome)\b.{0,200}", _I), True),
    ("subscription", re.compile(r"newsletter\s*:\s*sign up\b.{0,200}|support .{1,80}(?:[\u2013\u2014-]|:)\s*become a (?:member|subscriber|supporter)\b.{0,40}", _I), True),
    # notes on where the text came from and who may use it: "Summary generated from 3 sources · ...",
    # "This summary was produced automatically ...", "... under a syndication agreement.",
    # "This material is for the use of subscribers only. Redistribution is prohibited."
    ("notice", re.compile(r"summary generated from .{1,200}|this (?:summary|article|story|text|translation) (?:was|is|has been) (?:produced|generated|written) automatically\b.{0,200}"
                          r"|.{0,200}\bunder a syndication agreement\b.{0,100}|this (?:story|article|report) was distributed by .{1,200}"
                          r"|.{0,120}\b(?:for the use of subscribers only|redistribution (?:is )?(?:prohibited|not permitted))\b.{0,120}", _I), True),
    ("subscription", re.compile(r"sign up (?:to|for) (?:the |our )?.{0,60}\b(?:newsletter|briefing|brief|digest|bulletin|alerts?)\b.{0,100}", _I), True),
    ("list heading", re.compile(r"related \w+|sources", _I), True),
    # the same page chrome in those languages: "leave a comment"; "all rights reserved"; "follow
    # us", "subscribe to our channel"
    ("notice", re.compile(r"(?:ostavite|deixe (?:seu|o seu|um)|deja (?:un|tu)|laissez un|las\u0103 un|tinggalkan) (?:komentar|coment\u00e1rio|comentario|commentaire|comentariu)\.?"
                          r"|.{0,80}\b(?:sva prava zadr\u017eana|todos os direitos reservados|todos los derechos reservados|tous droits r\u00e9serv\u00e9s"
                          r"|alle rechte vorbehalten|tutti i diritti riservati|toate drepturile rezervate|hak cipta dilindungi)\b.{0,80}"
                          r"|this (?:article|story|page) will be updated\.?", _I), True),
    ("share", re.compile(r"\W{0,3}\s*(?:urm\u0103re\u0219te-ne|abonea\u0219\u0103-te|aboneaz\u0103-te|pratite nas|siga-nos|inscreva-se|suscr\u00edbete|abonnez-vous|folgen sie uns|seguici|ikuti kami|receba)\s+(?-i:[a-z\u00e0-\u00ff]).{0,120}", _I), True),
    ("byline", re.compile(r"(?i:filed by) [A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,3}(?:,.{0,60})?"), True),
    # a rubric before a headline: "EXPLAINER: Why are the border villages still shelled?" (a
    # dateline "KABUL: ..." opens a paragraph, which ends with a full stop)
    ("rubric", re.compile(r"(?:EXPLAINER|ANALYSIS|OPINION|EDITORIAL|FACTBOX|FACT CHECK|INTERVIEW|WATCH|LISTEN|PODCAST|VIDEO|PHOTOS|GALLERY|LIVE|UPDATE|MORE)S?\s*:\s*[^.]{3,160}[?!]?"), True),
    # the outlet speaking of itself: "Listen to us on 101.4 FM", "Our news bulletins are broadcast every hour",
    # "Listeners can send news tips to our WhatsApp line"
    (
        "subscription",
        re.compile(
            r"[^\u201c\u201d\"]{0,120}\b(?:listen to us|our (?:news )?bulletins?|our (?:whatsapp|telegram|news) (?:line|number|channel)|tips? to our)\b[^\u201c\u201d\"]{0,160}",
            _I,
        ),
        True,
    ),
    ("translation", re.compile(r".{1,80}\((?:(?i:english) (?:version|edition)|translated from [A-Z][\w ]{1,30})[^)]{0,80}\)"), True),
    ("list heading", re.compile(r"follow (?:us|[A-Z][\w .'\u2019-]{1,40}?) (?:on|for)\b.{0,80}|follow .{1,80} at https?://\S+", _I), True),
    ("subscription", re.compile(r"[^\u201c\u201d\"]{0,80}\b(?:newsletter|morning email|evening email|daily briefing|in your inbox)\b[^\u201c\u201d\"]{0,80}", _I), True),
    ("separator", re.compile(r"[\W_]+"), True),
    ("notice", re.compile(r"disclaimer\s*:.{0,500}|your email address will not be published\b.{0,120}|stay connected\b.{0,120}", _I), True),
    # an image's file name or a logo's alt text: "Philadelphia-Firefighters-Trapped", "IE Logo"
    ("label", re.compile(r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+){2,}|.{1,30}\blogo", _I), True),
    # a caption between its credits, as alt text and credit print it: "Reuters A man stands ...Reuters"
    ("caption", re.compile(rf"{_AGENCY}\b.{{5,200}}{_AGENCY}"), True),
    ("stamp", re.compile(r"(?:(?:and )?(?:last )?(?:posted|published|updated)\s*:?\s*)+", _I), True),
    # a byline's pieces on lines of their own, or emptied ("By  |"); a desk's name ("Express News Service")
    ("byline", re.compile(r"(?:by|and|(?:[A-Z][\w-]* ){0,3}(?:wire|news) services?|agencies)[\s|,:\u00b7\u2022-]*", _I), True),
    ("navigation", re.compile(r"you are here\s*:.{0,120}", _I), True),
    ("label", re.compile(r"thumbnail for\b.{0,200}", _I), True),
    ("caption", re.compile(r"screen ?grab (?:of|from)\b.{0,200}", _I), True),
    # a caption marked as a stock picture or a clip: "... (Representational)", "... Video by AP"
    ("caption", re.compile(r".{5,300}\s[-\u2013\u2014]\s*(?:file|archive) (?:photo|picture|image)\.?", _I), True),  # "Herd of cattle in the north - File Photo"
    ("caption", re.compile(r".{5,300}\((?:(?:representational|representative|file|symbolic)(?: (?:image|photo|picture))?|(?:image|photo|picture) used for illustrat\w*(?: purposes?)?)\).{0,80}|.{5,300}\bvideo by [A-Z][\w .'/-]{1,40}", _I), True),
    ("notice", re.compile(r"\(?(?:except for the headline, )?this (?:story|article|report) has not been edited by\b.{0,200}", _I), True),
    # a site's notices: "Dear visitor, the comments section ...", "Please enter your comment!",
    # "Your browser doesn't support HTML5", a player's prompts ("Watch the video above."), a rights notice ("While citing and using any materials ...")
    ("notice", re.compile(
        r"dear (?:visitor|reader|user)s?\b.{0,200}|please enter your (?:comment|name|e-?mail)\b.{0,60}"
        r"|your browser (?:does ?n[o'\u2019]t|does not|cannot) (?:support|play)\b.{0,80}"
        r"|media playback is (?:unsupported|not supported) on your device\.?|(?:to )?continue reading\b.{0,80}"
        r"|your (?:web )?browser is (?:no longer supported|not supported|out of date|outdated)\b.{0,100}|(?:we['\u2019]re|we are) sorry, this feature is\b.{0,160}"
        r"|send (?:us )?your (?:stories|news tips|tips|photos|videos)\b.{0,100}|(?:log ?in|sign in) to (?:add|view|post|leave)\b.{0,40}\bcomments?"
        r"|be the first (?:one )?to (?:comment|review|share|fix)\b.{0,40}|this (?:article |story )?was published \d+ (?:years?|months?|weeks?|days?) ago"
        r"|(?:(?:tap|click|press) (?:above|below|here) to watch|watch the (?:video|clip|full video|report|press conference) (?:above|below|here)"
        r"|you can watch\b.{0,60}\b(?:here|above|below))\b.{0,80}"
        r"|(?:while )?(?:citing|quoting|using|reproduction of) (?:and using )?(?:any )?materials\b.{0,600}|.{0,40}\bmedia identifier\b.{0,40}", _I), True),
    # a stamp in the past tense of the page's clock: "3 days ago", "2 hours ago"
    # (a section's name may be glued before it: "US News7 hours ago")
    # (and a live page's short forms, "18m ago", "2h ago", alone or before its entry's heading in a
    # list of key events: "7h ago Shooting reported at shopping centre")
    ("label", re.compile(r"(?:[A-Z][\w ]{1,20}?)?(?:about |updated )?\d{1,2}\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|[smhd])\s+ago"
                         r"(?:\s+(?-i:[A-Z])[^.!?\n]{2,100}(?<![.!?:]))?", _I), True),
    # a live page's own lines: its controls, its team's credit, the correspondent who files an
    # entry ("Show key events only", "Refresh", "Load more", "Live coverage by X (Maribor) and Y",
    # "Eurovox live team: X in London", "From our correspondent X in Y:")
    ("navigation", re.compile(r"(?:show )?key events(?: only)?|refresh(?: (?:this|the) page)?(?: for (?:the )?latest updates?)?|load (?:more|earlier|older)(?: posts| updates| entries)?"
                              r"|auto-?refresh(?: on| off)?|(?:this )?live (?:page|blog|coverage) (?:will be|is being) updated\.?", _I), True),
    ("byline", re.compile(r"(?![^\n]*\b(?:said|says|showed|shows|was|were|is|are|has|had)\b)(?:[A-Z][\w&.'\u2019-]* ){0,3}(?i:live (?:team|coverage|reporting|blog))"
                          rf"(?i: by| team)?\s*(?::|(?i:by|in))\s+{_CAPITAL}[^\n]{{0,160}}(?<![.!?])"
                          r"|(?i:from|by) (?i:our|the) (?i:own )?(?i:correspondents?|reporters?|team)\b[^.!?\n]{0,80}:"), True),
    # a betting advertisement's line, a helpline's box, an advertising contact, a wire's "more to
    # follow", a channel to join, a translation's credit, a wire's note of what an update adds
    ("advertisement", re.compile(r"(?:please )?(?:bet|gamble|play) responsibly\b.{0,80}|18\+ only\.?|to advertise (?:in|with|on)\b.{0,160}", _I), True),
    ("notice", re.compile(r"(?:do you )?need (?:someone )?to talk(?: to)?\?.{0,300}|more (?:details )?to follow\.?|more news in english"
                          r"|.{0,60}\bis (?:now )?on (?:whatsapp|telegram)\b.{0,80}|click here to (?:join|subscribe)\b.{0,40}"
                          r"|(?:english version )?translated from (?-i:[A-Z])\w+ by\b.{0,80}|this (?:article|story|report) is a translation of\b.{0,200}"
                          r"|updated?\s+\d{1,2}[:.]\d{2}\s*:\s*(?:adds|updates|recasts|corrects|changes|rewrites|writes through)\b.{0,160}"
                          r"|why you can trust\b.{0,60}|send us your feedback\.?", _I), True),
    # a blog's and a site's own lines: comment prompts, a server error, a links disclaimer,
    # an image's file name, share icons, a photo label, an agency's sign-off ("-- BERNAMA")
    ("notice", re.compile(
        r"no comments(?: yet)?\s*[:.\u2026]*|post a comment|note: only a member of this blog may post a comment\.?|\[an error occurred while processing this directive\]"
        r"|(?:the )?[\w .]{1,40} is not responsible for the content of external\b.{0,60}|.{0,200}\bwe are not responsible for the content of\b.{0,200}", _I), True),
    ("label", re.compile(r"\S{1,80}\.(?:jpe?g|png|gif|webp)|(?:(?:fb|tw|wa|li|email|print|x)\b\s*){3,}|[A-Z]{2,10} (?:Photo|Pic|Picture|Image)s?", _I), True),
    ("credit", re.compile(r"[-\u2013\u2014]{1,2}\s*[A-Z]{3,12}\s*[-\u2013\u2014]*"), True),
    # a desk's or a source's line with its date: "Greenwatch Desk World News 2025-05-19, 3:13pm",
    # "The Jakarta Globe, December 11, 2012"
    ("stamp", re.compile(r"[A-Z][\w ]{2,40}\s\d{4}-\d{2}-\d{2},?\s+\d{1,2}[:.]\d{2}\s*(?:am|pm)?", _I), True),
    ("stamp", re.compile(r"(?!(?i:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b)(?:The )?[A-Z][\w.]*(?: [A-Z][\w.]*){0,4}, "
                           rf"(?:{MONTH_NAMES}) \d{{1,2}}, \d{{4}}"), True),
    # a live blog's or a page's byline: "From CNN's Jane Doe and John Roe", "From Jane Doe, Makurdi"
    ("byline", re.compile(r"From (?:[A-Z][\w.]*['\u2019]s )?[A-Z][\w'\u2019.-]+(?: [A-Z][\w'\u2019.-]+)+(?:(?:,| and) [A-Z][\w'\u2019.-]+(?: [A-Z][\w'\u2019.-]+)*)*"), True),
    ("label", re.compile(r"update\s*:", _I), True),
    # a news ticker's items ("• Bomb kills 12 in Congo     |"), a reporter's contact line, "Also Read"
    ("related", re.compile(r"[\u2022\u00b7]\s*.{3,200}?\s*\|"), True),
    ("notice", re.compile(r"contact (?:the )?(?:reporter|editor|writer|author)s?\b.{0,300}", _I), True),
    ("list heading", re.compile(r"also read|see more|more news|must read|keep reading|similar stories", _I), True),
    # a page's widget labels ("Article content", "Advertisement 2", "Article written by",
    # "Post Reply") and a failed player's messages
    ("label", re.compile(r"article content|advertisement\s*\d{1,2}|(?:article )?written by|post (?:a )?reply|follow|short url|reporter\s*:|audio files?", _I), True),
    # a broadcast transcript's notices and clip markers: "(BEGIN VIDEO CLIP)", "THIS IS A RUSH TRANSCRIPT. ..."
    ("label", re.compile(r"\((?:begin|end) (?:video ?clip|videotape|audio ?clip|clip)\)|return to transcripts? main page"
                         r"|this is a rush transcript\b.{0,160}", _I), True),
    # a machine translation's note, a browser prompt: "( Translated using Google Translate )", "Make your home page"
    ("notice", re.compile(r"\(?\s*(?:machine[- ])?translated (?:using|by|with) (?:google translate|deepl|machine translation)\s*\)?\.?|make (?:\w+ )?(?:your|my) home ?page", _I), True),
    # a profile's counters and an app banner: "686705 followers • 13169 follow", "Download the Mobile App"
    ("label", re.compile(r"[\d,.]+\s*followers\b.{0,80}|.{0,40}download (?:the|our) (?:mobile |free )?app\b.{0,40}", _I), True),
    ("notice", re.compile(r"we apologi[sz]e,? but this video (?:has )?failed to load\.?|try refreshing your browser,? or\b.{0,60}"
                          r"|tap here to see other videos from our team\.?", _I), True),
    # a content warning: "WARNING: This story contains content that readers may find distressing"
    ("notice", re.compile(r"(?:content )?warning\s*:\s*this (?:story|article|report|video|page|content) (?:contains|includes|has)\b.{0,200}", _I), True),
    ("related", re.compile(r"(?:you (?:can|may|might) )?also read\s*:.{3,200}", _I), True),  # "YOU CAN ALSO READ: ..."
    # a caption with its copyright and agency: "... on 24 March 2024 © PHOTO NAME / AFP", "... HANDOUT / AFP"
    ("caption", re.compile(rf".{{10,400}}(?:\u00a9|\bHANDOUT).{{0,80}}/\s*{_AGENCY}"), True),
    # a byline or an agency with its stamp, its label capitalised as a page prints it: "Name
    # (@handle) Published November 01, 2024 | 11:51 AM", "By AFP - Jul 28,2024 - Last updated at
    # Jul 28,2024", "Reuters | Updated: 26-03-2023 19:14 IST"
    ("stamp", re.compile(r"(?:(?!, )[^.!?]){1,80}?\b(?-i:Last [Uu]pdated|Updated|Published|Posted|Created|UPDATED|PUBLISHED)(?: on| at)?\s*[:\-\u2013\u2014]?\s*[A-Z0-9][^.!?]{0,40}\d{4}[^.!?]{0,40}", _I), True),
    ("related", re.compile(r"read\s*:\s*.{3,200}", _I), True),  # "Read: Man mistaken for ..."
    # a caption signed by its photographer or source: "... on Friday. — Photo by Name Surname",
    # "— Photo provided by Name", "— Screengrab via Geo News"
    ("caption", re.compile(r".{0,300}[\u2014\u2013-]\s*(?:(?:photo|picture|image)s?\s+(?:by|courtesy(?: of)?|provided by|via)|screen ?grab\s+(?:via|from|by)|source\s*:)"
                           r"\s+[A-Z][\w.' /-]{2,60}", _I), True),
    # a page's widgets and prompts: labels alone on a line, reading time, reactions,
    # alerts and read-aloud offers, tip lines, a syndicated copy's source link
    ("label", re.compile(
        r"author|avatar|article image|featured image|[\u00b7\u2022|\s]*\d+[\s-]*min(?:ute)?s?(?:[\s-]+read)?|spread the love|source link|\[ad_?\d*\]|save|bookmark|copy link"
        r"|(?:slideshow|gallery|photos)\s*\(\s*\d+\s*(?:images?|photos?|pictures?)\s*\)|connect with us|(?:hi, )?what are you looking for\??", _I), True),
    ("notice", re.compile(
        r"what['\u2019]s your reaction\??|get (?:instant |breaking |the latest )?(?:news )?(?:alerts|notifications|updates)\b.{0,160}"
        r"|listen(?:ing)? to (?:this |these )?articles?\b.{0,200}|do you have a (?:story|news tip|tip)\b.{0,240}"
        r"|this (?:article|story|post) was (?:originally|orignally|first) (?:posted|published)\b.{0,120}", _I), True),
    # a photographer's credit: "RNZ / Name Surname", "Regional Administration/Handout via Reuters"
    ("credit", re.compile(r"(?:[A-Z][\w.'\u2019-]*\s){0,3}[A-Z][\w.'\u2019-]*\s?/\s?(?:[A-Z][\w.'\u2019-]*\s?){1,3}"), True),
    ("credit", re.compile(rf"[^.!?]{{2,80}}\b(?:via |[Hh]andout ?/ ?){_AGENCY}"), True),  # "... handout/AFP"
    # a credit, then the caption: "Name/AFP via Getty Images - PHOTO: A police investigator ..."
    ("caption", re.compile(r".{0,80}\s[-|\u2013]\s(?:photo|image|picture)s?\s*:.{0,300}", _I), True),
    ("notice", re.compile(r"error|sorry, your comment\b.{0,200}|(?:sorry,? )?we are (?:not currently|currently not|not) accepting comments\b.{0,80}", _I), True),
    ("source", re.compile(r"(?:source\s*:\s*)?(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|uk|co|in|ng|ke|za|info|news|tv|io|gov|edu)(?:/\S*)?", _I), True),
    # a reporter's address alone ("name@agency.co.kr"); a wire's name alone ("• Kyodo", "(Yonhap)");
    # an editor's note on an updated story; a browser's or a reading app's notice
    ("contact", re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"), True),
    ("credit", re.compile(r"[\u2022\u00b7(\s-]*(?:Kyodo|Yonhap|Bernama|Antara|IANS|PTI|ANI|UNB|TASS|Sputnik|IRNA|dpa|EFE|KUNA|WAM|MENA|Xinhua|AFP|AP|Reuters)\s*\)?"), True),
    ("notice", re.compile(r"(?:would you like to|sign in to|log in to|register to) comment\b.{0,80}|register \(it['\u2019]s quick and free\).{0,60}"
                          r"|adverti[sz]e with us", _I), True),
    ("notice", re.compile(r"\(ATTN:[^)]*\)|javascript is (?:disabled|required|not enabled)\b.{0,100}|read time\s*:?\s*\d+\s*min(?:ute)?s?", _I), True),
    # an embedded social post: its signature ("— Name (@handle) December 16, 2020"), or a
    # line of handles and hashtags
    ("embed", re.compile(r"(?:.{0,300}\s)?[\u2014\u2013-]\s*[^()]{1,60}\(@\w{1,15}\)\s+.{0,40}\d{4}"), True),
    # a live post's promise, an audio player's placeholder, a generated image's disclaimer,
    # a picture agency's caption ("... EDITORIAL USE ONLY Copyright: ...")
    ("notice", re.compile(
        r"(?:we['\u2019]ll|we will) (?:continue to )?update this (?:post|story|article|page)\b.{0,100}|getting your .{0,30}player ready.{0,10}"
        r"|this (?:image|picture|photo) (?:is|was) (?:ai-generated|generated|created)\b.{0,200}", _I), True),
    ("caption", re.compile(r".{0,400}\b(?:editorial use only|copyright\s*:).{0,200}", _I), True),
    ("label", re.compile(r"(?:representational|representative|file|symbolic|stock) (?:image|photo|picture)", _I), True),
    # an image's file name left where the picture was ("Whatsappimage2024 05 08at15.09.11", "IMG_20240508_150911.jpg")
    ("file name", re.compile(r"(?:whats ?app ?image|img|image|photo|pic|dsc|screenshot|screen shot)[\s_-]*(?:\d{4}[\s_.-]*\d{2}[\s_.-]*\d{2}|\d{3,})[\w .:-]{0,40}", _I), True),
    # a byline run into its date: "Lydia Chantler-Hicks6 October 2022"
    ("stamp", re.compile(r"(?:[A-Z][\w'\u2019-]+ ){1,3}[A-Z][\w'\u2019-]+" + GLUED_DAY.pattern), True),
    # (not a paragraph that quotes a post and names its writer: "“Targeting of @Agency #Gaza office
    # is ...,” the minister said on Twitter")
    ("embed", re.compile(r"(?!.*[\u201d\"\u2019']\s*,?\s+(?:[\w.'\u2019-]+\s+){0,8}(?:said|says|wrote|writes|tweeted|posted|added)\b)"
                         r"(?:(?:.*?(?<![\w.])[@#]\w{2,}){2}.*|.*\bpic\.twitter\.com/\S+.*)"), True),
    # a page's boxes and widgets of today: a market ticker (its arrows), a weather strip of
    # several places, a summary box and its AI disclaimer, a read-aloud or translation notice,
    # a video's region lock, a newsletter form, closed comments, a radio station's player
    ("ticker", re.compile(r"(?=.*\d).{0,200}[\u25b2\u25bc].{0,200}"), True),
    ("weather", re.compile(r"(?:[^|]{1,40}-?\d{1,3}\s*\u00b0\s*[CF][^|]{0,30}(?:\|\s*|$)){2,}"), True),
    ("list heading", re.compile(r"(?:key (?:points|takeaways|facts)|takeaways|highlights|at a glance|in brief|summary|recommended(?: for you)?|more for you)\s*:?", _I), True),
    # a press release's back matter: its notes, its contacts, the issuer's other releases
    ("list heading", re.compile(r"notes? (?:to|for) (?:editors?|the editor)\s*:?|media contacts?\s*:?|(?:related|other|latest|more|recent) (?:statements|(?:press |news )?releases)\s*:?", _I), True),
    ("notice", re.compile(
        r".{0,80}\b(?:(?:generated|written|summari[sz]ed|produced) (?:by|with)(?: the help of)? (?:an? )?(?:AI|artificial intelligence)(?: tool)?|AI[- ]generated"
        r"|text-to-speech|(?:automatic|machine) translation(?: tool)?)\b.{0,200}"
        r"|(?:this )?video (?:is )?(?:not available|unavailable)\b.{0,100}|this (?:video|content) is not available in your (?:region|country)\.?"
        r"|your video will (?:play|begin|start) after (?:this|the) (?:advertisement|ad)\.?|comments (?:are|have been) (?:closed|disabled|turned off)\b.{0,80}"
        r"|we value your privacy\b.{0,400}|your privacy choices|we and our \d+ partners\b.{0,400}", _I), True),
    ("subscription", re.compile(
        r"enter your e-?mail(?: address)?\b.{0,80}|e-?mail address\s*\|\s*(?:subscribe|sign up)\b.{0,20}"
        r"|by (?:signing up|subscribing|clicking|continuing|registering)\b.{0,40}\byou agree\b[^\u201c\u201d\"]{0,200}|get the .{1,60} (?:newsletter|briefing)\b.{0,200}", _I), True),
    ("label", re.compile(r"listen live\b.{0,120}|now playing\s*:.{0,160}|on air now\b.{0,120}|listen\s*[\u25b7\u25b6].{0,80}", _I), True),
    ("advertisement", re.compile(r"(?:advertisement|sponsored)\s*:.{0,200}", _I), True),
    ("byline", re.compile(r"(?i:editor|edited by)\s*:\s*[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,3}"), True),
    # a row of credits, each a role and a name only: "Reporter: Name Surname | Editor: Name Surname"
    ("byline", re.compile(r"(?:(?i:reporter|writer|author|editor|journalist|photographer|photos?|text|translator|translation)\s*:\s*"
                          r"[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,4}\s*(?:[|\u00b7\u2022/]\s*|$)){2,}"), True),
    # a newsletter's own lines: "View this email in your browser", "Forwarded this email? Subscribe here.",
    # its sign-off ("... Reply to this email to tell us what you think."), "Enjoying X? Forward it to a
    # friend.", "You are receiving this email because ...", its subject and issue number
    ("subscription", re.compile(r"view (?:this|the) (?:e-?mail|newsletter) (?:in|on) (?:your|a|the) (?:web )?browser\b.{0,40}|forwarded this (?:e-?mail|newsletter)\b.{0,80}"
                                r"|(?:.{0,200}[.!?]\s+)?(?-i:Reply) to this (?:e-?mail|newsletter)\b.{0,160}"
                                r"|enjoying [^?]{1,60}\?.{0,100}|you are receiving this (?:e-?mail|newsletter|message|because)\b.{0,200}|having trouble (?:viewing|reading) this (?:e-?mail|newsletter|message)\?.{0,100}|subject:\s*.{3,200}"
                                r"|.{0,60}\bissue #\d+", _I), True),
    # an outlet's appeal closing its line: "We do not take money from the state. Support our work"
    ("subscription", re.compile(r"(?!.*[\u201c\u201d\u00ab\u00bb\"]).{0,300}\bsupport (?:us|our (?:work|reporting|journalism|newsroom)|independent (?:journalism|media|reporting))\W{0,3}", _I), True),
    # a translated page's notes: "[EN] This article was translated from ...", "This page was translated
    # automatically from French. See the original | Report a translation error"
    ("translation", re.compile(r"read (?:this (?:article|story) )?in (?-i:[A-Z])\w+\b.{0,80}"
                               # the same language switch in the page's own language: "Lire cet article en
                               # français", "Leer en inglés", "Ler em português", "Auf Deutsch lesen"
                               r"|(?:lire|leer|ler|leggi|lees|lesen sie)(?: (?:cet|cette|ce|este|esta|questo|questa|dit|dieses|diesen) (?:article|art\u00edculo|artigo|articolo|artikel|nota|not\u00edcia|noticia|texte|texto))? (?:en|em|in|auf) \w+"
                               r"|auf (?:deutsch|englisch|franz\u00f6sisch) lesen|version (?:fran\u00e7aise|anglaise|en fran\u00e7ais)|versi\u00f3n en (?:espa\u00f1ol|ingl\u00e9s)"
                               r"|(?:\[[A-Z]{2}\]\s*)?this (?:page|article|story|text) (?:has been|was|is) (?:automatically |machine[- ])?translated\b.{0,300}"
                               r"|the translation (?:was|is|has been) (?:produced|made|generated|done|provided|checked)\b.{0,200}"
                               r"|(?:show|see|read) (?:the )?original\b.{0,80}|translation may contain errors\.?|report a translation error\.?", _I), True),
    ("share", re.compile(r"share\s*:.{0,300}", _I), True),
    ("credit", re.compile(r"(?:additional|associated) reporting (?:contributed )?(?:from|by)\b.{0,100}", _I), True),
    # a local page's own lines: the weather in the masthead ("Welch 71° Partly Cloudy"), the
    # outlet's tagline ("Serving X, Y and Z since 1921", "Independent local news for X and Y
    # counties"), a station's name and frequency, a video link, a "written by:" credit line
    ("weather", re.compile(r"(?:[A-Z][\w.'\u2019 -]{1,30}\s)?-?\d{1,3}\s*\u00b0\s*[CF]?(?:\s+(?:(?:partly|mostly)\s+)?(?:cloudy|sunny|clear|rain|showers|snow|fog|overcast|windy|fair|storms?|thunderstorms?|drizzle))?", _I), True),
    ("masthead", re.compile(r"(?i:serving) [A-Z].{1,150}\b(?:since \d{4}|for (?:over |more than )?\d+ years)\.?"
                            r"|(?i:(?:(?:independent|trusted|local|community|nonprofit|regional)\s+)*news (?:for|from)) "
                            r"[A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*)*(?:(?:,|,? and) [A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*)*)*(?: (?:count(?:y|ies)|regions?|areas?|districts?))?"
                            r"|(?:[A-Z][\w'\u2019-]*\s){1,5}\d{2,3}(?:\.\d)?\s?(?:FM|AM)"
                            # ("Independent news from X since 2021", "Community radio and news for the X valley")
                            r"|(?i:(?:(?:independent|trusted|local|community|nonprofit|regional|your)\s+){1,3}(?:news|reporting|journalism|radio|voice)\b.{0,100})"), True),
    ("related", re.compile(r"[\u25b6\u25ba\u25b7]\s*(?:watch|listen|video|look|see)\s*:.{3,200}|\[(?:video|photos?|gallery|audio|watch)\].{3,200}", _I), True),
    ("byline", re.compile(r"(?:written|posted|compiled|edited) by\s*:\s*[A-Z].{0,160}", _I), True),
    # a page speaking to its readers and listeners: error reports, story tips, "stay tuned",
    # "listen to the full interview", help lines, membership and donation appeals, a letters page's rules
    ("notice", re.compile(
        r"see an? (?:spelling|typo|grammar|grammatical|factual)? ?(?:or grammar )?(?:error|mistake|typo)\b.{0,160}|.{0,120}\bclick here to report\b.{0,80}"
        r"|have a (?:story|news)(?: idea| tip)?\?.{0,200}"
        r"|(?![^\n]*[\u201c\u201d\u00ab\u00bb\"]).{0,200}\b(?:stay (?:with us|tuned)|tune in)\b.{0,40}\b(?:for (?:more |further )?updates|on air|online)\b.{0,120}"
        r"|listen to the full (?:interview|recording|meeting|report|programme|program|bulletin|conversation)\b.{0,120}"
        r"|(?:watch|listen to|tune in to) .{1,60}\b(?:weeknights|weekdays|nightly|every (?:morning|evening|night|day|weekday|week))\b.{0,80}"
        r"|if you or someone you know\b.{0,300}|(?:some )?names (?:of [\w ]{1,30} )?have been changed\b.{0,160}"
        r"|(?![^\n]*[\u201c\u201d\u00ab\u00bb\"]).{0,200}\b(?:listener|reader|member)[- ]supported\b.{0,300}"
        r"|(?![^\n]*[\u201c\u201d\u00ab\u00bb\"]).{0,200}[.!?]\s+become a (?:member|subscriber|supporter)\b.{0,100}"
        r"|can you help\b.{0,300}"
        r"|(?![^\n]*[\u201c\u201d\u00ab\u00bb\"]).{0,200}\bletters (?:to the editor )?(?:must|may|should|reflect)\b.{0,300}"
        r"|the following letter was (?:submitted|sent|written)\b.{0,300}", _I), True),
    ("list heading", re.compile(r"other (?:news|stories|headlines)\s*:?|more in (?:[\w&'\u2019]+ ){0,2}[\w&'\u2019]+", _I), True),
    ("credit", re.compile(r"(?:.{0,120}\s)?\u00a9\s*\d{4}\b.{0,120}"), True),
    # syndication, machine translation and aggregation notes: "Originally published by X.
    # Republished under licence", "This article is auto-generated from a syndicated feed.",
    # "This page was translated automatically from French. See the original | ..."
    ("source", re.compile(r"originally published by\b.{0,300}|republished (?:by|under|with)\b.{0,200}"
                          r"|(?:this (?:article|story|item) (?:is|was) )?(?:auto(?:matically)?-?generated|published automatically) from an? (?:syndicated |news )?feed\b.{0,200}"
                          r"|.{0,120}\bhas not (?:been )?edited (?:this|the text|the story|the article)\b.{0,120}"
                          r"|.{0,80}\b(?:collects|aggregates) headlines from\b.{0,200}"
                          r"|\(?only the headline (?:and (?:the )?picture )?of this (?:report|story|article)\b.{0,300}", _I), True),
    # a gallery's counters and controls, a print page's running heads and jumps, an app's and a
    # newsletter's own lines
    ("navigation", re.compile(r"\d{1,3} of \d{1,3}|swipe (?:for|to see) more|end of (?:the )?gallery\b.{0,30}|more galleries"
                              r"|share this (?:gallery|slideshow|video)\b.{0,120}|(?:photos|pictures|images) may not be reproduced\b.{0,80}"
                              r"|read next\s*[\u203a>\u00bb]?"
                              # a post's links to its neighbours, the next title often glued to the label
                              # when a theme sets them in two boxes ("Previous articlePalestinian prisoner dies ...")
                              r"|(?:previous|prev\.?|next|older|newer) (?:article|post|story)(?:(?-i:[A-Z]).{0,200}|\s*[:|\u203a>\u00bb\u2039<\u00ab]\s*.{0,200}|s)?"
                              r"|report an? (?:issue|problem|error) with this (?:article|story|page)\.?|(?-i:Search [A-Z]\w*(?: [A-Z]\w*){0,2})"
                              r"|you are reading (?:in|on) the\b.{0,80}|open in (?:the )?browser"
                              r"|(?:[A-Z]+\s+)?[\u25c2\u25c0<]?\s*continued (?:from|on) page \d+\b.{0,40}|photo on page \d+\b.{0,200}|inside:\s*.{3,200}"
                              r"|[\u25a0\u25aa\u2022]\s*.{3,120},? p\.\s*\d{1,3}", _I), True),
    ("advertisement", re.compile(r"rekl[a\u0101]ma|reklame|mainos|hirdet\u00e9s|oglas|publicitate", _I), True),
    ("credit", re.compile(r"(?:.{10,400}\s)?\u00a9\s*[A-Z][\w.' -]{1,40}(?:\s*/\s*[\w.' -]{1,40}){0,2}\.?"), True),
    # bylines with their roles: "Reported By: X | Edited By: Y", "Published By: X", "Yonatan Elbaz,
    # military correspondent", "Redacción Guerrero Hoy | Chilpancingo"
    ("byline", re.compile(r"(?:(?:reported|published|edited|written|compiled|curated|produced)\s+by\s*:\s*[^|]{1,60}?(?:\s*\|\s*|$))+"
                          r"|(?:written|posted)\s+by\s+(?-i:[A-Z])[^.!?|:]{1,60}"
                          r"|(?-i:[A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+){1,3}),\s+(?:[a-z]+\s+){0,2}(?:correspondent|reporter|editor|writer)"
                          r"|redacci[o\u00f3]n\b.{0,60}", _I), True),
    # more of a byline's lines: "By A in X and B in Y", "Writer: A and B",
    # "Chronicle staff, Aden"; a summary box's heading; a press office's phone line; "UPDATE, 07:30:"
    ("byline", re.compile(r"(?i:by)\s+(?:[A-Z][\w.'\u2019-]*\s){1,4}in\s+[A-Z][\w'\u2019-]*(?:\s[A-Z][\w'\u2019-]*)?"
                          r"(?:,?\s+and\s+(?:[A-Z][\w.'\u2019-]*\s){1,4}in\s+[A-Z][\w'\u2019-]*(?:\s[A-Z][\w'\u2019-]*)?)*"
                          r"|(?i:writers?|reporters?|authors?)\s*:\s*[A-Z][\w.'\u2019-]*(?:\s[A-Z][\w.'\u2019-]*){0,3}(?:\s+and\s+[A-Z][\w.'\u2019-]*(?:\s[A-Z][\w.'\u2019-]*){0,3})?"
                          r"|(?:[A-Z][\w'\u2019-]*\s){0,2}(?i:staff|desk|bureau)(?:,\s*[A-Z][\w'\u2019 /-]{1,60})?"), True),
    ("list heading", re.compile(r"what we know(?: so far)?\s*:?|facts and figures\s*:?.{0,80}", _I), True),
    ("contact", re.compile(r".{0,100}\b(?:tel|telephone|phone|mob|mobile)\.?\s*[:.]?\s*\+?\d[\d ()./-]{6,}", _I), True),
    ("label", re.compile(r"update,?\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?\s*:", _I), True),
    # the popular press's page chrome (UK, Irish, Australian, New Zealand sites): a video
    # player's button, a caption opened by where its picture stands ("Pictured: ...",
    # "Above: ...") or closed by its credit glued on ("... 'never hurt a fly'Credit: Facebook"),
    # the tip line, the comment box's notes, a police appeal's contact line and a broadcaster's
    # programme promo
    ("label", re.compile(r"(?:[\u25b6\u25ba]\s*)?(?:play|watch|replay) (?:the )?(?:video|segment|clip|audio)(?:\s*\|.{0,100})?|click to play(?: video)?", _I), True),
    # the popular press's caption with "(pictured)" in it and no full stop after it: in its prose the
    # same word stands inside sentences that end as sentences do
    ("caption", re.compile(r".{3,300}\([^()]{0,60}\bpictured\b[^()]{0,160}\)[^.!?]{0,120}", _I), True),
    ("caption", re.compile(r"(?:pictured|above|below|inset|top|left|right|main picture)(?:\s*\((?:left|right|centre|center|top|above|below)\))?\s*:\s*.{3,400}"
                           r"|.{3,300}[^\s:](?-i:Credit):\s*[^.!?]{1,60}", _I), True),
    ("notice", re.compile(r"do you know more\?.{0,200}|share or comment on this (?:article|story)\s*:?|(?:the )?comments below (?:have|has) not been moderated\.?"
                          r"|by posting (?:your |a )?comments? you agree\b.{0,120}", _I), True),
    ("contact", re.compile(r"(?![^\n]*[\u201c\u201d\"\u2018])anyone with (?:any )?information\b.{0,300}?(?:\b\d{3}\b|crimestoppers|@\w+).{0,200}", _I), True),
    ("subscription", re.compile(r"(?![^\n]*\b(?:said|says|told|tells)\b)(?:watch|listen to|catch) .{1,60}\bat \d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\.?\s+on\b.{0,100}"
                                r"|listen (?:back|again) to\b.{0,120}"
                                r"|get (?:the|our) .{1,60}\b(?:straight )?(?:to|in) your inbox|we use your sign-up\b.{0,400}|sign up", _I), True),
    # more of a page's own lines: "Words by A and B", "Download the full report (PDF, 2.1 MB)",
    # "The X welcomes corrections. Email ...", "Subscribers: log in to ...", "WEATHER ALERT: ..."
    ("byline", re.compile(r"(?i:words|text)(?: and (?:pictures|photos))? by [A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,3}(?:,? and [A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,3})?"), True),
    ("notice", re.compile(r"download (?:the |our )?(?:full )?(?:report|pdf|document|study|briefing)\b.{0,80}|.{0,80}\bwelcomes corrections\b.{0,120}", _I), True),
    ("subscription", re.compile(r"subscribers?\s*:\s*.{0,80}", _I), True),
    ("rubric", re.compile(r"(?:[A-Z]+ )?ALERT\s*:\s*.{3,200}"), True),
    # a local station's widgets and a local paper's lines: "Traffic: I-70 EB at SR 4 – crash",
    # "Delays: X Schools 2 hrs", "First Alert Weather: ...", "Reach X at x@y.com or on X at @x.",
    # "... (Photo courtesy of Kentucky State Police)", "Donate today to support local reporting.",
    # "Community Voices: Have a story idea? Send it to ..."
    ("rubric", re.compile(r"(?:traffic(?: alert)?|delays|closings|(?:first alert )?weather(?: alert)?)\s*:\s*.{3,200}", _I), True),
    ("contact", re.compile(r"reach (?-i:[A-Z])[\w.'\u2019 -]{1,40} at \S+@\S+.{0,100}", _I), True),
    ("caption", re.compile(r".{10,400}?\s*\((?:photo|image|video|picture)s?\s+(?:courtesy|credit)\s+(?:of\s+)?[^)]{1,80}\)\.?", _I), True),
    ("subscription", re.compile(r"(?![^\n]*[\u201c\u201d\"]).{0,120}\bdonate (?:today|now)\b.{0,120}|.{0,40}\bhave a story (?:idea|tip)\?.{0,200}", _I), True),
    # a print page's running head copied from a PDF: the paper's name in capitals, its
    # edition's date after a run of spaces or a middle dot, the page number ("THE DNIPRO
    # COURIER      Friday, October 10, 2031", "THE X · Friday, October 10, 2031     3")
    ("stamp", re.compile(r"(?:\d{1,3}\s+)?[A-Z][A-Z0-9.'&\u2019-]*(?: [A-Z0-9.'&\u2019-]+){0,5}(?: {3,}|\s+\u00b7\s+)"
                         r"[A-Z][a-z]+,? [^|]{3,30}\d{4}(?: {3,}\d{1,3})?"), True),
    # the same lines in the page's own language and in a few more shapes: "BACA JUGA (READ ALSO):",
    # "À lire aussi / Also read", "Also in X Report:", "Par A et B", "Written by A | 9 min read",
    # "Advertisement – continue reading below", "Read the preliminary report (PDF, 2.1 MB)",
    # "Abonnez-vous / Subscribe – ...", "Soutenez-nous sur Tipeee", "Buy us a coffee", "Update: This
    # article was updated at 11:40 with ..."
    ("list heading", re.compile(r"(?:(?:baca juga|(?:\u00e0 )?lire (?:aussi|\u00e9galement)|le[ae\u00e9] tambi\u00e9n|ver tambi\u00e9n|leia (?:tamb\u00e9m|mais)|veja tamb\u00e9m|saiba mais"
                                r"|leggi anche|lesen sie auch|zie ook|read also|also read|m\u00e1s informaci\u00f3n|articoli correlati|notizie correlate|sur le m\u00eame sujet"
                                r"|not[i\u00ed]cias relacionadas|te puede interesar|pode interessar|ultime notizie|\u00faltimas not[i\u00ed]cias)"
                                r"(?:\s*(?:\(|/)\s*(?:read also|also read)\)?)?|also (?:in|on|from) (?:the )?(?-i:[A-Z])[\w'\u2019 .-]{1,40}|pro[\u010dc]itajte (?:jo[\u0161s]|i)|przeczytaj (?:te[\u017cz]|tak[\u017cz]e)|[\u010dc]t[\u011be]te (?:tak[\u00e9e]|d[\u00e1a]le)|preberite (?:[\u0161s]e|tudi))\s*:?", _I), True),
    ("byline", re.compile(r"(?i:par|por|di|von|door|av) (?:[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,3})(?: (?i:et|y|e|und|en|og|och) [A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,3})?"
                          r"|(?i:written by) [A-Z][\w.'\u2019 -]{1,60}\|\s*\d{1,3}\s*(?i:min(?:ute)?s?)\s+(?i:read)"), True),
    ("advertisement", re.compile(r"advertisement\s*[-\u2013\u2014:|]?\s*(?:continue reading below|story continues below|scroll to continue)\.?"
                                 # the same notice in Portuguese, Spanish, French and Italian; a stamp's label left alone
                                 r"|continua (?:depois|após) (?:da|a) publicidade|contin[u\u00fa]a (?:despu[e\u00e9]s de|tras) (?:la )?publicidad"
                                 r"|la suite apr\u00e8s (?:la|cette) publicit\u00e9|continua (?:dopo|sotto) (?:la )?pubblicit\u00e0", _I), True),
    ("label", re.compile(r"(?:published|posted|updated|last updated)(?: on)?\s*:?", _I), True),
    ("notice", re.compile(r"(?:read|download|see) (?:the |our )?.{1,80}\((?:pdf|docx?)(?:,\s*[\d.,]+\s*[km]b)?\)"
                          r"|(?:update|correction|editor['\u2019]s note)\s*:\s*this (?:story|article|report) (?:has been|was) (?:corrected|updated|amended|changed)\b.{0,240}", _I), True),
    ("subscription", re.compile(r"(?:abonnez-vous|abonne-toi|suscr\u00edbete|assine|abbonati|abonnieren sie)\b.{0,160}"
                                r"|(?![^\n]*[\u201c\u201d\"]).{0,160}\b(?:buy (?:us|me) a coffee|soutenez-nous|support us on (?:patreon|tipeee|ko-fi))\b.{0,80}"
                                r"|(?:cet article vous est offert|this article is free to read)\b.{0,300}", _I), True),
    # a wire's or a syndicator's credit alone in brackets at the story's foot: "(NAN)", "(tib/ats)",
    # "(MENAFN- Live Mint)"; a breadcrumb's piece, "| News"; "Main Stories"; a broadcaster's "watch" line in Spanish
    ("credit", re.compile(r"\([A-Z][\w'&/-]*(?:\s*-?\s*[A-Z][\w'&/-]*){0,3}\)|\([a-z]{2,6}/[a-z]{2,6}\)"), True),
    ("navigation", re.compile(r"[|\u203a>\u00bb]\s*(?-i:[A-Z])[\w&' ]{1,20}|main stories", _I), True),
    ("subscription", re.compile(r"(?:mira|vea|assista|regardez)\s+(?:la |el |o |a |le )?(?:programaci\u00f3n|v[i\u00ed]deo|transmisi\u00f3n|emisi\u00f3n|programa\u00e7\u00e3o|replay)\b.{0,80}", _I), True),
    # the page's own lines in Spanish, Portuguese, French and Italian, as the English rules above
    # read them (their related-article headings are with "BACA JUGA" above): newsletters, listening and watching, sharing and
    # following, bylines of the newsroom or a contributor, picture credits, rights reserved, a
    # line a play symbol opens
    ("subscription", re.compile(r"(?![^\n]*[\u201c\u201d\u00ab\u00bb\"])(?:(?:rec[ií]b[eí]|reciba|receba|recevez|ricevi)\b.{0,120}\b(?:correo|e-?mail|courriel|casella|whatsapp"
                                r"|newsletter|bolet[ií]n|notizie|noticias|not[ií]cias|nouvelles)\b.{0,120}"
                                r"|(?:iscriviti|inscr[ií]bete|inscreva-se|suscr[ií]bete|reg[ií]strate|infolettre|bolet[ií]n|newsletter|vous avez une information"
                                r"|vous avez rep\u00e9r\u00e9 une erreur)\b.{0,200})", _I), True),
    ("label", re.compile(r"(?:\u00e9couter|escuchar|ouvir|ascolta(?:re)?)\s+(?:l['\u2019]article|el art\u00edculo|la nota|o artigo|a mat\u00e9ria|l['\u2019]articolo)\b.{0,30}"
                         r"|(?:escuch[a\u00e1]|escuche|ou\u00e7a|\u00e9coutez)\b.{0,160}|(?:ascolta|guarda)\s+(?:l['\u2019]intervista|la diretta|il podcast|il video|le immagini)\b.{0,160}"
                         r"|[\u25b6\u25ba]\s*.{2,160}", _I), True),
    ("share", re.compile(r"(?:compartir|compartilhar|partager|condividi|imprimir|imprimer|stampa)(?:\s*[:|\u202f]\s*.{0,120})?"
                         r"|(?:seguinos|s[i\u00ed]guenos|siga-nos|suivez-nous|seguici)\b.{0,120}", _I), True),
    ("byline", re.compile(r"(?i:escribe|por|par|di|de)\s*:?\s*(?i:la\s+)?(?i:redacci\u00f3n|reda\u00e7\u00e3o|r\u00e9daction|redazione)\b.{0,100}"
                          r"|(?:[A-Z][\w'\u2019.-]+ ){1,3}[A-Z][\w'\u2019.-]+, (?i:collaboration sp\u00e9ciale|collaborat(?:eur|rice)|corresponsal|correspondant(?:e)?|envoy\u00e9e? sp\u00e9ciale?|inviat[oa]|corrispondente)"), True),
    ("caption", re.compile(r"(?:foto|fotos|photo)\s*:\s*.{3,300}|.{3,300}\s[\u2014\u2013-]\s*(?:foto|fotos|photo|imagen|imagem)\s*:\s*.{2,80}", _I), True),
    ("credit", re.compile(r".{0,200}\b(?:tutti i diritti riservati|todos los derechos reservados|tous droits r\u00e9serv\u00e9s|todos os direitos reservados)\b.{0,80}", _I), True),
)
# A photo's credit alone on its line: "Reuters", "AFP via Getty Images", "EPA-EFE/Name".
AGENCY_LINE = re.compile(rf"(?:[-\u2013\u2014]\s*)?(?:[A-Z][\w.'\u2019-]* ){{0,3}}(?:via )?{_AGENCY}(?:/[\w .'\u2019-]{{2,40}}| (?:Archive|File|Photos?|Pictures))?")
# A print page's number after its date: "Thu, Mar 11, 2032 · Page 2", "12 May 2031 | p. 4"
PRINT_PAGE = re.compile(r"\s*[|\u00b7\u2022,]\s*(?:page|p\.|pg\.?)\s*[A-Z]?\d{1,3}\s*$", _I)


def _present(verb: str) -> str:
    """A verb's plain and third-person present forms as a pattern ("carry|carries")."""
    if re.search(r"[^aeiou]y$", verb):
        return f"{verb}|{verb[:-1]}ies"
    return f"{verb}|{verb}{'es' if re.search(r'(?:s|sh|ch|x|z|o)$', verb) else 's'}"


# Heuristic: a photo's caption without its credit tells what the picture shows in the
# present tense ("Mourners carry the body ... on Sunday", "Smoke rises over ..."), where
# the story's prose reports in the past. Only a line of one sentence whose verb, within
# its first six words (after no auxiliary), is one of what photos show; a present-tense sentence of prose
# is about speech, belief or a state ("Officials fear ...", "The group inflates its
# figures") and has other verbs. Where it breaks: a caption with another verb is kept,
# and a story told in the present ("Rescuers search the rubble.") on a line of its own
# would be dropped, as would prose opening with a pronoun were pronouns allowed.
_SCENE_VERBS = (
    "attend battle billow bury carry check clear collect comfort cordon cry dig display douse embrace evacuate examine "
    "extinguish gather gesture guard help hold hug inspect lay lie lift light line load look march mourn patrol pose "
    "pray queue react remove rest ride rise salvage search sift sit sort stand survey sweep wait walk watch wave"
).split()
_NOT_BEFORE_VERB = "a|an|the|this|that|these|those|of|in|on|at|for|to|by|his|her|their|its|our|my|your|both|each"
_SCENE_CAPTION = re.compile(
    r"(?!(?:They|He|She|It|We|I|You|This|That|These|Those|Here|There|In|On|At|For|After|Before|During|With|As|By|From)\b)"
    r"[A-Z][\w'\u2019.-]*"
    r"(?:\s+(?!(?:could|would|will|may|might|can|should|must|to|do|does|did|is|are|was|were|has|have|had|be)\b)[\w'\u2019.-]+){0,5}?"
    + "".join(rf"(?<!\b{v})" for w in _NOT_BEFORE_VERB.split("|") for v in (w, w.capitalize()))
    + r"(?<!['\u2019]s)\s+"  # "a look", "in light", "The search": nouns
    + rf"(?:{'|'.join(_present(v) for v in _SCENE_VERBS)})\b"
    r"(?!\s+\w+ed\b|\s+\w+s\s+\w+ed\b)"  # "stand accused", "search teams recovered": no scene
    r"[^\"\u201c\u201d.!?]{10,300}\."
)
SPEECH_WORDS = "said|says|told|tells|according"
SPEECH = re.compile(rf"\b(?:{SPEECH_WORDS})\b")
# "have been exchanged", "was killed": a finite verb of narration, which a caption's scene has not.
AUXILIARY = re.compile(r"\b(?:has|have|had|was|were|is|are|will|would)\b", re.I)
# A verb in the past with its object ("managed to unblock", "issued a warning"): prose. A
# caption's participles are followed by a preposition ("militants killed in a strike").
_PAST_WITH_OBJECT = re.compile(r"\b\w+ed\s+(?:to|the|a|an|his|her|their|its|\d+|two|three|four|five|six|seven|eight|nine|ten)\b")


def classify_line(line: str) -> str | None:
    for kind, pattern, whole in _RULES:
        if (pattern.fullmatch(line) if whole else pattern.search(line)):
            # a paragraph quoting a post, hashtags and all ("“... #Kabul,” tweeted X"), is prose
            return None if kind == "embed" and SAID_AFTER_QUOTE.search(line) else kind
    if AGENCY_LINE.fullmatch(line):
        return "credit"
    if _LINK_LABEL.search(line):
        return "related"
    if (_SCENE_CAPTION.fullmatch(line) and not SPEECH.search(line) and not _PAST_WITH_OBJECT.search(line)
            and not AUXILIARY.search(line) and word_count(line) <= 45):
        return "caption"
    if bracketed := re.fullmatch(r"\[\s*(.+?)\s*\]", line):  # "[ Read more: ... ]": a link set in the text
        return classify_line(bracketed.group(1))
    if bulleted := re.fullmatch(r"[-\u2022*]\s+(.+)", line):  # "- Share via"
        return classify_line(bulleted.group(1))
    if len(line) > 2 and unicodedata.category(line[0]) == "So":  # "📌 Read more: ...", "👉 Follow us"
        return classify_line(line[1:].lstrip("\ufe0f \t"))
    return "date" if _only_a_date(PRINT_PAGE.sub("", line)) or running_head(line) else None


# A printed page's running head, as text taken from a PDF or a print edition keeps it: cells
# set apart by wide gaps or a dash, one the edition's date, one the page's number, the others
# the paper's or the section's name ("THE DAILY COURIER - Thursday, 12 March 2026      3",
# "PROVINCES      THE MORNING POST      Friday, September 25, 2026    5", "4      THE POST -
# Thursday, 12 March 2026", "Bulletin - 16/09/2026      Page 1 of 4"). Heuristic: a line of
# prose has no gap of three spaces.
_HEAD_CELLS = re.compile(r"\s{3,}|\s[-\u2013\u2014|]\s")
_PAGE_NUMBER = re.compile(r"(?:page\s+)?\d{1,3}(?:\s+of\s+\d{1,3})?", _I)
_HEAD_NAME_WORDS = 6


def running_head(line: str) -> bool:
    if not re.search(r"\S\s{3,}\S", line):
        return False
    cells = [c.strip() for c in _HEAD_CELLS.split(line) if c.strip()]
    dated = [c for c in cells if stamp_dates(c)]
    numbered = [c for c in cells if _PAGE_NUMBER.fullmatch(c)]
    named = [c for c in cells if c not in dated and c not in numbered]
    return len(dated) == 1 and len(numbered) == 1 and all(word_count(c) <= _HEAD_NAME_WORDS and not ends_sentence(c) for c in named)


# What screen readers are told of a link: the line is a link, not prose.
_LINK_LABEL = re.compile(r"opens in (?:a )?new (?:window|tab)\W*$", _I)


def _only_a_date(line: str) -> bool:
    """A line that is just a date (and time): a masthead date or a timestamp."""
    return bool(stamp_dates(line))


def ends_sentence(line: str) -> bool:
    """Whether a line ends a sentence: the article's prose (headlines and standfirsts don't,
    nor a teaser or breadcrumb cut off with "...")."""
    return line[-1] in ".!?\"\u201d\u2019" and not line.endswith("...")


SAID_AFTER_QUOTE = re.compile(r"[\u201d\"\u2019']\s*,?\s+(?:[\w.'\u2019-]+\s+){0,4}(?:said|says|added|told|wrote|tweeted|posted)\b")


def word_count(line: str) -> int:
    return len(re.findall(r"\w+", line))
