"""Every ```python block of README.md runs, from the repository root: blocks that
replay cassettes answer offline, and `Summarizer()` configured from the environment
talks to the fake server on loopback. Blocks reading ../shared follow its rule (conftest)."""

from __future__ import annotations

import re

import pytest

from .conftest import ROOT
from .fakeserver import fake_server  # noqa: F401 - the fixture

README = ROOT / "README.md"
_BLOCK = re.compile(r"^```python\n(.*?)^```$", re.MULTILINE | re.DOTALL)


def python_blocks() -> list[tuple[int, str]]:
    """(first line number, code) of each python block."""
    text = README.read_text(encoding="utf-8")
    return [(text.count("\n", 0, m.start(1)) + 1, m.group(1)) for m in _BLOCK.finditer(text)]


def test_the_readme_shows_the_library_in_python():
    code = "".join(block for _, block in python_blocks())
    assert len(python_blocks()) >= 4
    for shown in ("with Summarizer(", "async with Summarizer(", "await s.asummarize", "summarize_many(", "summarize_article("):
        assert shown in code, shown


@pytest.mark.parametrize(
    "line, code",
    [pytest.param(line, code, id=f"README.md:{line}", marks=[pytest.mark.shared] if "../shared" in code else [])
     for line, code in python_blocks()],
)
def test_readme_example_runs(line, code, fake_server, monkeypatch, capsys):
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("OPENAI_BASE_URL", fake_server.base_url)
    monkeypatch.setenv("SUMMARIZER_MODEL", "fake-model")
    # Line numbers in a traceback are README.md's own.
    exec(compile("\n" * (line - 1) + code, str(README), "exec"), {"__name__": "readme_example"})
    assert capsys.readouterr().out.strip(), "an example shows what it does"
