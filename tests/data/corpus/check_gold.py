#!/usr/bin/env python3
"""Consistency checks for the corpus gold files in this folder (stdlib only).

Every `<part>.gold.json` next to this script annotates the articles in the
folder `<part>/` (`dev.gold.json` -> `dev/<id>.txt`). The format is the one of
shared/gold/seeds.gold.json (see shared/gold/README.md).

Checked, per gold file:
- the top-level keys (about, version 1, entities, events, articles, conflicts);
- every annotated article has its .txt, and every .txt is annotated;
- `published` is YYYY-MM-DD or null, and has a `published_basis`;
- every boilerplate string and every statement quote is an exact substring of
  its article; a quote starts right after an opening quotation mark (or after
  the space French typography puts inside « », or after a transcript's
  upper-case speaker label at the start of a line, "SHERIFF SMITH: ") and is
  not found only inside page furniture;
- every incident's (and statement's `about_event`) event exists in `events`;
  roles are main|context; figures are a number, a {min, max} range, a string
  or null; places are written as in the article; an event id starts with its
  date;
- every conflict's event exists, has two or more claims, and each claim's
  article exists and reports that event.

Usage: python3 check_gold.py [--coverage] [PART ...]
  --coverage  also list quoted passages of each article that no statement
              covers (a reading aid: some are titles or scare quotes).
  PART        check only these parts (`fresh` for fresh.gold.json); default all.
Prints the problems found and exits 1 if there are any.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TOP_KEYS = ("about", "version", "entities", "events", "articles", "conflicts")
OPENING_MARKS = "\"'“‘«„‹‚»"  # (» opens a quotation in German and Danish: »Wir sind ...«)
# French guillemets take a (narrow) no-break or plain space inside: « Yo boule »; a dash
# opens a turn of dialogue: – We ran, she said.
SPACED_MARKS = "«‹–—"
SPACES = " \u00a0\u202f"
# A press-conference transcript has no quotation marks: "SHERIFF SMITH: We ...".
SPEAKER_LABEL = re.compile(r"[A-Z][A-Z.'-]*(?: [A-Z][A-Z.'-]*)*: ")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
EVENT_ID = re.compile(r"^E(\d{4}(?:-\d{2}(?:-\d{2})?)?)-[a-z0-9-]+$")
ARTICLE_ID = re.compile(r"^[a-z]\d{2}_[a-z0-9_]+$")
# Quotation regions for --coverage: paired marks of one style.
QUOTED = re.compile(r"“([^”\n]+)”|«([^»\n]+)»|„([^“”\n]+)[“”]|\"([^\"\n]+)\"")


def occurrences(text: str, needle: str) -> list[int]:
    found, at = [], text.find(needle)
    while needle and at >= 0:
        found.append(at)
        at = text.find(needle, at + 1)
    return found


def after_opening_mark(text: str, at: int) -> bool:
    """Whether a quote found at `at` starts right after an opening quotation mark,
    or right after a transcript's speaker label at the start of a line."""
    if at > 0 and text[at - 1] in OPENING_MARKS:
        return True
    if SPEAKER_LABEL.fullmatch(text[text.rfind("\n", 0, at) + 1 : at]):
        return True
    return at > 1 and text[at - 1] in SPACES and text[at - 2] in SPACED_MARKS


def check_figure(value, where: str, problems: list[str]) -> None:
    if value is None or isinstance(value, str) or (isinstance(value, int) and not isinstance(value, bool)):
        return
    if isinstance(value, dict) and set(value) == {"min", "max"}:
        lo, hi = value["min"], value["max"]
        if isinstance(lo, int) and (hi is None or (isinstance(hi, int) and hi >= lo)):
            return
    problems.append(f"{where}: figure must be a number, {{min, max}} (max may be null), a string or null: {value!r}")


def check_gold(path: Path, coverage: bool) -> tuple[list[str], list[str], dict]:
    problems: list[str] = []
    notes: list[str] = []
    part = path.name[: -len(".gold.json")]
    folder = path.parent / part
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        return [f"{path.name}: cannot read: {exc}"], notes, {}

    for key in TOP_KEYS:
        if key not in gold:
            problems.append(f"{path.name}: missing top-level key {key!r}")
    if gold.get("version") != 1:
        problems.append(f"{path.name}: version must be 1")
    events = gold.get("events", {})
    articles = gold.get("articles", {})

    for eid, event in events.items():
        m = EVENT_ID.match(eid)
        if not m:
            problems.append(f"event {eid}: id must be E<date>-<slug> (lowercase)")
        elif event.get("date") and not str(event["date"]).startswith(m.group(1)):
            problems.append(f"event {eid}: date {event['date']} does not match the id")
        if not event.get("what"):
            problems.append(f"event {eid}: no 'what'")

    if not folder.is_dir():
        problems.append(f"{path.name}: no article folder {folder.name}/")
    else:
        on_disk = {p.stem for p in folder.glob("*.txt")}
        for extra in sorted(on_disk - set(articles)):
            problems.append(f"{folder.name}/{extra}.txt has no entry in {path.name}")

    stats = {"articles": 0, "statements": 0, "incidents": 0, "boilerplate": 0, "conflicts": len(gold.get("conflicts", []))}
    for aid, art in articles.items():
        where = f"{part}/{aid}"
        if not ARTICLE_ID.match(aid):
            problems.append(f"{where}: article id should be lowercase like d01_place_kind_outlet")
        txt = folder / f"{aid}.txt"
        if not txt.is_file():
            problems.append(f"{where}: no file {txt.name}")
            continue
        text = txt.read_text(encoding="utf-8")
        stats["articles"] += 1

        pub = art.get("published")
        if pub is not None and not (isinstance(pub, str) and DATE.match(pub)):
            problems.append(f"{where}: published must be YYYY-MM-DD or null: {pub!r}")
        if not art.get("published_basis"):
            problems.append(f"{where}: no published_basis")

        zones = []
        for b in art.get("boilerplate", []):
            stats["boilerplate"] += 1
            hits = occurrences(text, b)
            if not hits:
                problems.append(f"{where}: boilerplate not in article: {b!r}")
            zones += [(at, at + len(b)) for at in hits]

        reported = set()
        for i, inc in enumerate(art.get("incidents", [])):
            stats["incidents"] += 1
            w = f"{where} incident {i}"
            if inc.get("event") not in events:
                problems.append(f"{w}: unknown event {inc.get('event')!r}")
            reported.add(inc.get("event"))
            if inc.get("role") not in ("main", "context"):
                problems.append(f"{w}: role must be main or context")
            d = inc.get("date")
            if d is not None and not re.match(r"^\d{4}(-\d{2}(-\d{2})?)?$", str(d)):
                problems.append(f"{w}: date must be YYYY[-MM[-DD]] or null: {d!r}")
            for field in ("killed", "wounded"):
                check_figure(inc.get(field), f"{w} {field}", problems)
            if not isinstance(inc.get("places", []), list):
                problems.append(f"{w}: places must be a list")
            for place in inc.get("places", []) or []:
                if place not in text:
                    problems.append(f"{w}: place not written so in the article: {place!r}")
            for field in inc.get("scope", {}) or {}:
                if field not in ("killed", "wounded", "sites", "places"):
                    problems.append(f"{w}: scope for unknown field {field!r}")
        if not any(inc.get("role") == "main" for inc in art.get("incidents", [])):
            problems.append(f"{where}: no main incident")
        art["_reported"] = reported

        covered = []
        for j, st in enumerate(art.get("statements", [])):
            stats["statements"] += 1
            w = f"{where} statement {j}"
            quote = st.get("quote", "")
            if not st.get("speaker"):
                problems.append(f"{w}: no speaker")
            if st.get("kind") not in ("direct", "fragment"):
                problems.append(f"{w}: kind must be direct or fragment")
            if st.get("about_event") is not None and st["about_event"] not in events:
                problems.append(f"{w}: unknown about_event {st['about_event']!r}")
            hits = occurrences(text, quote)
            if not hits:
                problems.append(f"{w}: quote not in article: {quote!r}")
                continue
            if not any(after_opening_mark(text, at) for at in hits):
                problems.append(f"{w}: quote does not start right after an opening quotation mark: {quote[:60]!r}")
            if all(any(s <= at and at + len(quote) <= e for s, e in zones) for at in hits):
                problems.append(f"{w}: quote found only inside boilerplate: {quote[:60]!r}")
            covered += [(at, at + len(quote)) for at in hits]

        if coverage:
            for m in QUOTED.finditer(text):
                s, e = m.span()
                inner = next(g for g in m.groups() if g is not None)
                if any(a < e and s < b for a, b in covered) or any(a <= s and e <= b for a, b in zones):
                    continue
                notes.append(f"{where}: quoted passage with no statement: {inner[:70]!r}")

    for k, conflict in enumerate(gold.get("conflicts", [])):
        w = f"{path.name} conflict {k} ({conflict.get('event')}, {conflict.get('field')})"
        if conflict.get("event") not in events:
            problems.append(f"{w}: unknown event")
        if not conflict.get("field"):
            problems.append(f"{w}: no field")
        claims = conflict.get("claims", [])
        if len(claims) < 2:
            problems.append(f"{w}: a conflict needs two or more claims")
        for claim in claims:
            art = articles.get(claim.get("article"))
            if art is None:
                problems.append(f"{w}: unknown article {claim.get('article')!r}")
            elif conflict.get("event") not in art.get("_reported", set()):
                problems.append(f"{w}: article {claim['article']} does not report this event")
            if "value" not in claim or not claim.get("by"):
                problems.append(f"{w}: each claim needs a value and a 'by'")
    return problems, notes, stats


def main(argv: list[str]) -> int:
    coverage = "--coverage" in argv
    parts = [a for a in argv if not a.startswith("--")]
    golds = [HERE / f"{p}.gold.json" for p in parts] if parts else sorted(HERE.glob("*.gold.json"))
    missing = [g.name for g in golds if not g.is_file()]
    if not golds or missing:
        print(f"no {', '.join(missing) or '*.gold.json'} in {HERE}")
        return 1
    failed = False
    for path in golds:
        problems, notes, stats = check_gold(path, coverage)
        for line in notes:
            print(f"note: {line}")
        for line in problems:
            print(f"PROBLEM: {line}")
        summary = ", ".join(f"{v} {k}" for k, v in stats.items())
        print(f"{path.name}: {'FAILED, ' + str(len(problems)) + ' problem(s)' if problems else 'ok'} ({summary})")
        failed |= bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
