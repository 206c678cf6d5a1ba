"""Which files the command-line arguments name: a file itself, the article files in a
directory (recursively, sorted, hidden ones skipped), or a glob's matches. Links are
followed, but each real directory is entered once, so a link to a parent cannot make
a walk read the same files again and again."""

from __future__ import annotations

import fnmatch
import os
import re
from collections import deque
from collections.abc import Iterator
from pathlib import Path

from .errors import InputError

# Article files by suffix, with how `ingest` parses each: what a directory or `**` yields.
KINDS = {".txt": "text", ".html": "html", ".htm": "html", ".jsonl": "jsonl"}

_GLOB_CHARS = re.compile(r"[*?[]")


def expand(raw: str) -> Iterator[Path | InputError]:
    """The files one command-line argument names: itself, the article files in
    a directory (recursively, sorted, hidden ones skipped), or a glob's matches."""
    path = Path(raw)
    if path.is_dir():
        yield from _directory(path, raw)
    elif path.exists() or not _GLOB_CHARS.search(raw):
        yield path
    else:
        matches = sorted(set(_glob(path)))
        if not matches:
            yield InputError(raw, "no files match this pattern")
        for match in matches:
            yield from (_directory(match, str(match)) if match.is_dir() else [match])


def _directory(root: Path, raw: str) -> Iterator[Path | InputError]:
    files = sorted(
        directory / entry.name
        for directory in _directories(root)
        for entry in _entries(directory)
        if Path(entry.name).suffix.lower() in KINDS and not entry.name.startswith(".") and _is_file(entry)
    )
    if not files:
        yield InputError(raw, f"no {', '.join(KINDS)} files in this directory")
    yield from files


def _glob(pattern: Path) -> Iterator[Path]:
    """What glob.glob(pattern, recursive=True) matches, except that `**` enters
    each real directory once: glob follows a link to a parent directory until
    the path is too long, reading the same files dozens of times (or, with a
    few such links, for ever). A trailing `**` names the directory it starts
    from, whose article files are then read."""
    if pattern.anchor:
        return _match(Path(pattern.anchor), pattern.parts[1:])
    return _match(Path(), pattern.parts)


def _match(base: Path, parts: tuple[str, ...]) -> Iterator[Path]:
    if not parts:
        if os.path.lexists(base):
            yield base
        return
    head, rest = parts[0], parts[1:]
    if head == "**" and not rest:
        yield base
    elif head == "**":
        for directory in _directories(base):
            yield from _match(directory, rest)
    elif not _GLOB_CHARS.search(head):
        yield from _match(base / head, rest)
    else:
        for entry in _entries(base):
            if fnmatch.fnmatch(entry.name, head) and (head.startswith(".") or not entry.name.startswith(".")):
                yield from _match(base / entry.name, rest)


def _directories(root: Path) -> Iterator[Path]:
    """`root` and every directory below it, hidden ones skipped, shallowest
    first. Links are followed, but each real directory is entered once, by its
    first path (real directories before links at each level)."""
    seen: set[tuple[int, int]] = set()
    queue = deque([root])
    while queue:
        directory = queue.popleft()
        identity = file_identity(directory)
        if identity is None or identity in seen:
            continue
        seen.add(identity)
        yield directory
        subdirectories = [e for e in _entries(directory) if not e.name.startswith(".") and _is_dir(e)]
        queue.extend(directory / e.name for e in sorted(subdirectories, key=lambda e: (e.is_symlink(), e.name)))


def _entries(directory: Path) -> list[os.DirEntry]:
    try:
        with os.scandir(directory) as entries:
            return sorted(entries, key=lambda e: e.name)
    except OSError:
        return []


def _is_dir(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def _is_file(entry: os.DirEntry) -> bool:
    try:
        return entry.is_file()
    except OSError:
        return False


def file_identity(path: Path) -> tuple[int, int] | None:
    """(device, inode): the same file or directory whatever path or link names it."""
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_dev, st.st_ino
