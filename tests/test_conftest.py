"""The rule for tests that stand on ../shared: skipped with one note elsewhere,
a failed run in CI. Checked on a copy of this conftest in a checkout without ../shared."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

TESTS = '''
import pytest

def test_with_seeds(seeds):
    pass

@pytest.mark.shared
def test_marked():
    pass

def test_on_its_own():
    pass
'''


def run_without_shared(tmp_path: Path, ci: str | None) -> subprocess.CompletedProcess:
    tests = tmp_path / "checkout" / "tests"
    tests.mkdir(parents=True)
    shutil.copy(Path(__file__).with_name("conftest.py"), tests / "conftest.py")
    (tests / "test_some.py").write_text(TESTS, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "CI"} | ({"CI": ci} if ci is not None else {})
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tests)],
        cwd=tests.parent, env=env, capture_output=True, text=True, timeout=120,
    )


def test_outside_ci_tests_needing_shared_skip_with_one_note(tmp_path):
    result = run_without_shared(tmp_path, None)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 passed, 2 skipped" in result.stdout
    missing = str(tmp_path / "shared")
    assert result.stdout.count(missing) == 1, result.stdout  # one note, not one line per test
    assert f"note: {missing} (seed articles and gold annotations) is missing: 2 test(s) skipped" in result.stdout


def test_in_ci_a_missing_shared_fails_the_run(tmp_path):
    result = run_without_shared(tmp_path, "true")
    assert result.returncode != 0
    assert f"CI=true: {tmp_path / 'shared'} (seed articles and gold annotations) is missing; 2 test(s) need it" in (
        result.stdout + result.stderr
    )
    assert "passed" not in result.stdout
