"""Reading articles: from files or stdin into `Article`s, with clear errors.

The text an Article holds is the text every span indexes into, so it is kept as
read (after decoding), never rewritten.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError

MAX_ARTICLE_BYTES = 2_000_000


@dataclass(frozen=True)
class Article:
    id: str
    text: str
    path: str | None = None
    title: str | None = None
    url: str | None = None
    published: str | None = None
    published_basis: str | None = None

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8", "surrogatepass")).hexdigest()


def decode(data: bytes, source: str) -> str:
    """Bytes to text, or InputError saying why not."""
    if not data.strip():
        raise InputError(source, "empty file")
    if len(data) > MAX_ARTICLE_BYTES:
        raise InputError(source, f"too large ({len(data):,} bytes; the limit is {MAX_ARTICLE_BYTES:,})")
    if b"\0" in data[:8192]:
        raise InputError(source, "binary file (contains NUL bytes), not an article")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(source, f"not UTF-8 text (invalid byte at offset {e.start})") from None
    if not text.strip():
        raise InputError(source, "no text")
    return text


def guess_title(text: str) -> str | None:
    """The first short non-empty line, which in saved articles is the headline."""
    for line in text.splitlines():
        line = line.strip()
        if line:
            return line if len(line) <= 200 else None
    return None


def read_article(path: str | Path, data: bytes | None = None) -> Article:
    """Read one article file ('-' for stdin when `data` is given)."""
    source = str(path)
    if data is None:
        p = Path(path)
        if p.is_dir():
            raise InputError(source, "is a directory")
        try:
            data = p.read_bytes()
        except FileNotFoundError:
            raise InputError(source, "no such file") from None
        except OSError as e:
            raise InputError(source, f"cannot read ({e.strerror or e})") from None
    text = decode(data, source)
    if source == "-":
        article_id = "stdin-" + hashlib.sha256(data).hexdigest()[:12]
        return Article(id=article_id, text=text, path=None, title=guess_title(text))
    return Article(id=Path(path).stem, text=text, path=source, title=guess_title(text))
