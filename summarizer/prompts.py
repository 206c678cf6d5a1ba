"""Prompt templates: loaded from files, validated, hashed, rendered.

A template is a pair of Jinja2 files in `prompts/`: `NAME.system.j2` (static
instructions, no variables, so providers can cache the prefix) and
`NAME.user.j2` (the article, last, inside delimiters). Templates render in a
sandbox with StrictUndefined. Article text is only ever a variable's *value*,
so it is never parsed as a template.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from jinja2 import StrictUndefined, TemplateSyntaxError, meta
from jinja2.sandbox import SandboxedEnvironment

from .errors import PromptError

USER_VARIABLES = {"article", "tag", "published"}
REQUIRED_USER_VARIABLES = {"article", "tag"}

_env = SandboxedEnvironment(undefined=StrictUndefined, keep_trailing_newline=False, autoescape=False)


def prompts_dir() -> Path:
    """Where templates live: $SUMMARIZER_PROMPTS, else the copy inside an installed
    wheel, else the source tree's `prompts/`."""
    if env := os.environ.get("SUMMARIZER_PROMPTS"):
        return Path(env)
    here = Path(__file__).resolve().parent
    for candidate in (here / "prompts", here.parent / "prompts"):
        if candidate.is_dir():
            return candidate
    raise PromptError(f"no prompts directory found (looked in {here / 'prompts'} and {here.parent / 'prompts'})")


@dataclass(frozen=True)
class PromptTemplate:
    name: str
    system_source: str
    user_source: str

    @property
    def sha256(self) -> str:
        """Content hash of both files: goes into every result, so a result says
        exactly which prompt produced it."""
        h = hashlib.sha256()
        h.update(self.system_source.encode())
        h.update(b"\0")
        h.update(self.user_source.encode())
        return h.hexdigest()

    def messages(self, article: str, published: str | None = None) -> list[dict[str, str]]:
        """Chat messages for one article: static system first, the article last."""
        system = _env.from_string(self.system_source).render()
        user = _env.from_string(self.user_source).render(article=article, tag=delimiter_tag(article), published=published)
        return [{"role": "system", "content": system}, {"role": "user", "content": user}]


def delimiter_tag(article: str) -> str:
    """A tag name the article cannot close: derived from the article's hash (so the
    same article always gets the same tag and replayed requests match), and
    lengthened until neither the tag nor its closing form occurs in the text."""
    digest = hashlib.sha256(article.encode("utf-8", "surrogatepass")).hexdigest()
    for length in range(12, len(digest) + 1, 4):
        tag = f"article-{digest[:length]}"
        if tag not in article:
            return tag
    raise PromptError("could not derive a delimiter absent from the article")  # needs a 2**-256 coincidence


def load_template(name: str = "extract", directory: Path | None = None) -> PromptTemplate:
    """Read and validate a template, raising PromptError naming the file and problem."""
    directory = directory or prompts_dir()
    sources = {}
    for part in ("system", "user"):
        path = directory / f"{name}.{part}.j2"
        try:
            sources[part] = path.read_text(encoding="utf-8")
        except OSError as e:
            raise PromptError(f"{path}: cannot read prompt template ({e.strerror or e})") from e
        try:
            used = meta.find_undeclared_variables(_env.parse(sources[part]))
        except TemplateSyntaxError as e:
            raise PromptError(f"{path}:{e.lineno}: template syntax error: {e.message}") from e
        allowed = set() if part == "system" else USER_VARIABLES
        if unknown := used - allowed:
            raise PromptError(
                f"{path}: unknown variable(s) {', '.join(sorted(unknown))}; "
                + ("the system template must be static" if part == "system" else f"allowed: {', '.join(sorted(allowed))}")
            )
        if part == "user" and (missing := REQUIRED_USER_VARIABLES - used):
            raise PromptError(f"{path}: must use {', '.join(sorted(missing))}")
    return PromptTemplate(name=name, system_source=sources["system"], user_source=sources["user"])
