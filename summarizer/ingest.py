"""Reading articles: files, directories, globs (found by `walk`), JSONL and stdin into `Article`s.

The text an Article holds is the text every span indexes into, so after
decoding it is only ever shortened by removing invisible characters (which no
quote can be checked against), never rewritten. Page furniture (ads,
subscription prompts, captions, "ALSO READ |" lines, timestamps) stays in the
text, so offsets stay true, and is marked as character ranges instead.

Bad inputs are values, not exceptions: `iter_inputs` yields an `InputError`
for each file or JSONL line it cannot read and goes on with the rest.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import NamedTuple

import charset_normalizer

from .dates import parse_published
from .errors import InputError
from .page import TextRange, find_furniture, guess_title
from .published import publication
from .walk import KINDS, expand, file_identity

MAX_ARTICLE_BYTES = 2_000_000  # a text file, one JSONL line, or stdin
MAX_HTML_BYTES = 10_000_000  # pages carry scripts and markup around the article
MAX_JSONL_BYTES = 500_000_000
MIN_HTML_WORDS = 20  # fewer, outside page furniture, is a page of links, not an article
_WORD = re.compile(r"\w+")
_LIMITS = {"text": MAX_ARTICLE_BYTES, "html": MAX_HTML_BYTES, "jsonl": MAX_JSONL_BYTES}


@dataclass(frozen=True)
class Article:
    id: str
    text: str
    path: str | None = None
    title: str | None = None
    url: str | None = None
    published: str | None = None
    published_basis: str | None = None
    encoding: str = "utf-8"
    furniture: tuple[TextRange, ...] = ()

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8", "surrogatepass")).hexdigest()

    def is_furniture(self, start: int, end: int) -> bool:
        """Whether text[start:end] lies inside page furniture, where nothing should be extracted from."""
        return any(r.start <= start and end <= r.end for r in self.furniture)


# --- decoding --------------------------------------------------------------

# Characters a reader cannot see but that would break matching a quote against
# the text: C0/C1 controls (except tab and line breaks), soft hyphen, zero-width
# space/non-joiner/joiner, word joiner and invisible operators, bidi controls,
# BOMs inside the text, and Unicode tag characters.
_INVISIBLE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f"
    "\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\U000e0000-\U000e007f]"
)
_CHAOS_MARGIN = 0.1  # how much less clean a cp1252 reading may be than the best guess
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


# Paragraph and line tags a feed or a scraper left in plain text ("... soldier.</p><p>Psaki said").
_BREAK_TAGS = re.compile(r"</?(?:p|br|div)\b[^<>\n]{0,200}>", re.IGNORECASE)


def clean(text: str) -> str:
    """The text without invisible and control characters, and with paragraph tags left in
    plain text read as the line breaks they stand for (a break and spaces, the same length)."""
    text = _INVISIBLE.sub("", text)
    return _BREAK_TAGS.sub(lambda m: "\n" + " " * (len(m.group()) - 1), text) if "<" in text else text


def decode(data: bytes, source: str, *, fallback: bool = True) -> tuple[str, str]:
    """Bytes to (text, encoding name), or InputError saying why not.

    UTF-8 (with or without BOM) first, since nearly everything is; UTF-16/32
    only with a BOM; otherwise, with `fallback`, charset-normalizer's best
    guess (cp1252 and friends from older sites and Windows editors).
    """
    if not data.strip():
        raise InputError(source, "empty file")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _checked(data.decode(encoding, errors="replace"), encoding, source)
    if b"\0" in data[:8192]:
        raise InputError(source, "binary file (contains NUL bytes), not an article")
    try:
        return _checked(data.decode("utf-8-sig"), "utf-8-sig" if data.startswith(codecs.BOM_UTF8) else "utf-8", source)
    except UnicodeDecodeError as e:
        if not fallback:
            raise InputError(source, f"not UTF-8 text (invalid byte at offset {e.start})") from None
        guess = _guess_encoding(data)
        if guess is None:
            raise InputError(source, f"not UTF-8, and no other text encoding fits (invalid byte at offset {e.start})") from None
        return _checked(str(guess), guess.encoding, source)


def _guess_encoding(data: bytes):
    """charset-normalizer's best match, except that cp1252 wins when it reads
    the bytes about as cleanly: short Western text fits several single-byte
    code pages equally well, and cp1252 is by far the most common on the web
    (what browsers use even for pages labelled latin-1)."""
    matches = charset_normalizer.from_bytes(data)
    best = matches.best()
    if best is None:
        return None
    return next((m for m in matches if m.encoding == "cp1252" and m.chaos <= best.chaos + _CHAOS_MARGIN), best)


def _checked(text: str, encoding: str, source: str) -> tuple[str, str]:
    if not clean(text).strip():
        raise InputError(source, "no text")
    return text, encoding


def _dated(article: Article, metadata: date | None, override: date | None, today: date) -> Article:
    """The article with its publication date: the caller's override, else
    metadata, else what the text says."""
    if override:
        return replace(article, published=override.isoformat(), published_basis="given")
    if metadata:
        return replace(article, published=metadata.isoformat(), published_basis="metadata")
    found = publication(article.text, today=today)
    return replace(article, published=found[0], published_basis=found[1]) if found else article


# --- building articles -----------------------------------------------------


class _Parsed(NamedTuple):
    """One article as read, before its publication date is worked out."""

    article: Article
    published: date | None  # from metadata


def _article(article_id: str, text: str, *, source: str, path: str | None, encoding: str, title=None, url=None) -> Article:
    text = clean(text)
    if not text.strip():
        raise InputError(source, "no text")
    return Article(
        id=article_id,
        text=text,
        path=path,
        title=title or guess_title(text),
        url=url,
        encoding=encoding,
        furniture=find_furniture(text),
    )


def _parse(source: str, data: bytes, kind: str, *, fallback: bool = True) -> Iterator[_Parsed | InputError]:
    """The articles in one input's bytes; errors as values."""
    limit = _LIMITS[kind]
    if len(data) > limit:
        yield InputError(source, f"too large ({len(data):,} bytes; the limit is {limit:,})")
        return
    if kind == "jsonl":
        yield from _parse_jsonl(source, data)
        return
    try:
        text, encoding = decode(data, source, fallback=fallback)
        path = None if source == "-" else source
        article_id = "stdin-" + hashlib.sha256(data).hexdigest()[:12] if source == "-" else Path(source).stem
        if kind == "html":
            yield _parse_html(article_id, text, source=source, path=path, encoding=encoding)
        else:
            yield _Parsed(_article(article_id, text, source=source, path=path, encoding=encoding), None)
    except InputError as e:
        yield e


def _parse_html(article_id: str, html: str, *, source: str, path: str | None, encoding: str) -> _Parsed:
    """The main text, title and publication date of an HTML page. Dates come
    from the page's metadata only (trafilatura's extensive search would guess
    from any date in the page, such as the day it was viewed)."""
    import trafilatura  # imported here: it loads lxml and dateparser, needed only for HTML

    doc = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, date_extraction_params={"extensive_search": False, "original_date": True}
    )
    # A dict only with its deprecated as_dict=True, which this call does not pass.
    assert not isinstance(doc, dict), "trafilatura.bare_extraction returned a dict without as_dict"
    if doc is None or not doc.text or not doc.text.strip():
        raise InputError(source, "no article text found in the HTML")
    article = _article(article_id, doc.text, source=source, path=path, encoding=encoding, title=doc.title, url=doc.url)
    words = len(_WORD.findall(_outside_furniture(article)))
    if words < MIN_HTML_WORDS:  # trafilatura's best guess on a page of menus is a menu
        raise InputError(source, f"no article text found in the HTML (only {words} word(s) outside menus and page furniture)")
    return _Parsed(article, parse_published(doc.date) if doc.date else None)


def _outside_furniture(article: Article) -> str:
    kept, pos = [], 0
    for r in article.furniture:
        kept.append(article.text[pos : r.start])
        pos = r.end
    return "".join(kept) + article.text[pos:]


def _parse_jsonl(source: str, data: bytes) -> Iterator[_Parsed | InputError]:
    """One article per line: {"text": ..., "id"?, "title"?, "url"?, "published"?}.
    Blank lines are skipped; a bad line is an InputError named file:LINE."""
    stem = "stdin" if source == "-" else Path(source).stem
    lines = 0
    for number, raw in enumerate(data.split(b"\n"), 1):
        if not raw.strip():
            continue
        lines += 1
        where = f"{source}:{number}"
        try:
            yield _parse_jsonl_line(raw, number, where=where, stem=stem, path=None if source == "-" else where)
        except InputError as e:
            yield e
    if not lines:
        yield InputError(source, "empty file")


def _parse_jsonl_line(raw: bytes, number: int, *, where: str, stem: str, path: str | None) -> _Parsed:
    if len(raw) > MAX_ARTICLE_BYTES:
        raise InputError(where, f"line too long ({len(raw):,} bytes; the limit is {MAX_ARTICLE_BYTES:,})")
    try:
        record = json.loads(raw.decode("utf-8-sig" if number == 1 else "utf-8"))
    except UnicodeDecodeError as e:
        raise InputError(where, f"not UTF-8 (invalid byte at offset {e.start})") from None
    except json.JSONDecodeError as e:
        at = "" if e.msg.endswith(" at") else " at"  # "Unterminated string starting at"
        raise InputError(where, f"invalid JSON ({e.msg}{at} column {e.colno})") from None
    if not isinstance(record, dict):
        raise InputError(where, f"expected a JSON object, got {type(record).__name__}")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(where, 'no "text" (a non-empty string)')
    fields = {}
    for key in ("id", "title", "url", "published"):
        value = record.get(key)
        if isinstance(value, bool) or not isinstance(value, (str, int, type(None))):
            raise InputError(where, f'"{key}" must be a string, not {type(value).__name__}')
        fields[key] = None if value is None else str(value)
    try:
        published = parse_published(fields["published"])
    except ValueError as e:
        raise InputError(where, f'"published": {e}') from None
    article_id = fields["id"] or f"{stem}-{number}"
    article = _article(article_id, text, source=where, path=path, encoding="utf-8", title=fields["title"], url=fields["url"])
    return _Parsed(article, published)


def _kind_of_path(path: Path) -> str:
    """By suffix; a file named explicitly with another suffix is read as text."""
    return KINDS.get(path.suffix.lower(), "text")


_SNIFF_BYTES = 4096


def _sniff(data: bytes) -> str:
    """What stdin holds: HTML, JSONL or plain text, from its first bytes."""
    head = data[:_SNIFF_BYTES].lstrip(codecs.BOM_UTF8 + b" \t\r\n")
    if head.startswith(b"<") and re.search(rb"<(?:!doctype html|html|head|body|article|p|div)\b", head, re.IGNORECASE):
        return "html"
    if head.startswith(b"{"):
        return "jsonl"
    return "text"


def read_limited(path: str | Path, limit: int = MAX_JSONL_BYTES) -> bytes:
    """A file's bytes, at most `limit` of them, else InputError: for files of
    summaries, scores and batch lines, which may be large but never endless."""
    return _read_file(Path(path), str(path), limit)


def _read_file(path: Path, source: str, limit: int) -> bytes:
    """The file's bytes, without reading files over the size limit. The read
    is bounded too: devices and pipes (/dev/zero, a FIFO) report a size of 0."""
    try:
        size = path.stat().st_size
        if size > limit:
            raise InputError(source, f"too large ({size:,} bytes; the limit is {limit:,})")
        with path.open("rb") as f:
            return _read_bounded(f, source, limit)
    except FileNotFoundError:
        raise InputError(source, "no such file") from None
    except IsADirectoryError:
        raise InputError(source, "is a directory") from None
    except OSError as e:
        raise InputError(source, f"cannot read ({e.strerror or e})") from None


def _read_bounded(stream, source: str, limit: int, head: bytes = b"") -> bytes:
    """At most `limit` bytes of a stream that may never end, after `head` (read already)."""
    data = head + stream.read(limit + 1 - len(head))
    if len(data) > limit:
        raise InputError(source, f"too large (more than {limit:,} bytes; the limit is {limit:,})")
    return data


def _read_stdin() -> tuple[bytes, str]:
    """stdin's bytes and kind, read no further than the kind's size limit."""
    head = sys.stdin.buffer.read(_SNIFF_BYTES)
    kind = _sniff(head)
    return _read_bounded(sys.stdin.buffer, "-", _LIMITS[kind], head), kind


def read_article(path: str | Path, data: bytes | None = None) -> Article:
    """Read one article file ('-' for stdin when `data` is given) as the CLI
    has so far: UTF-8 only and no publication date worked out, so prompts match
    the recorded cassettes. `iter_inputs` is the full reader."""
    source = str(path)
    if data is None:
        kind = _kind_of_path(Path(path))
        data = _read_file(Path(path), source, _LIMITS[kind])
    else:
        kind = "text" if source == "-" else _kind_of_path(Path(path))
    if kind == "jsonl":
        raise InputError(source, "a JSONL file holds many articles; read it with iter_inputs")
    item = next(_parse(source, data, kind, fallback=False))
    if isinstance(item, InputError):
        raise item
    return item.article


def iter_inputs(
    paths: list[str], stdin: bytes | None = None, published: str | None = None, *, today: date | None = None
) -> Iterator[Article | InputError]:
    """Every article the arguments name, in order, each with its publication
    date; one InputError per unreadable file or JSONL line, never an exception.

    `paths`: files (.txt, .html/.htm, .jsonl; others read as text),
    directories, glob patterns, or '-' for stdin (`stdin` bytes, else read from
    sys.stdin). `published` (ISO or an explicit date in words) overrides every
    article's date; a bad one raises ValueError at once. `today` bounds inferred
    dates (default: the real today).
    """
    override = parse_published(published)
    return _iter_inputs(paths, stdin, override, today or date.today())


def _iter_inputs(paths: list[str], stdin: bytes | None, override: date | None, today: date) -> Iterator[Article | InputError]:
    seen: set[tuple[int, int]] = set()  # files already read: one file named twice is one article
    ids: set[str] = set()
    for raw in paths:
        if raw == "-":
            try:
                data, kind = _read_stdin() if stdin is None else (stdin, _sniff(stdin))
            except InputError as e:
                yield e
                continue
            items = _parse("-", data, kind)
        else:
            items = _parse_paths(raw, seen)
        for item in items:
            if isinstance(item, InputError):
                yield item
            else:
                article = replace(item.article, id=_unique(item.article.id, ids))
                yield _dated(article, item.published, override, today)


def _unique(article_id: str, taken: set[str]) -> str:
    """The id, with the first free suffix -2, -3, ... when an earlier article
    has it (the same file name in two folders, a repeated JSONL id): ids key
    the report's texts and sources and the cassettes' file names."""
    unique, n = article_id, 1
    while unique in taken:
        n += 1
        unique = f"{article_id}-{n}"
    taken.add(unique)
    return unique


def _parse_paths(raw: str, seen: set[tuple[int, int]]) -> Iterator[_Parsed | InputError]:
    for path in expand(raw):
        if isinstance(path, InputError):
            yield path
            continue
        identity = file_identity(path)
        if identity in seen:
            continue
        if identity:
            seen.add(identity)
        kind = _kind_of_path(path)
        try:
            data = _read_file(path, str(path), _LIMITS[kind])
        except InputError as e:
            yield e
            continue
        yield from _parse(str(path), data, kind)
