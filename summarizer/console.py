"""What a command shows and writes: results to stdout or a file (atomically, and saved
elsewhere when the file cannot be written), and the progress of a run on stderr."""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from pathlib import Path

import click

from .cost import add_cost
from .pipeline import Failure
from .schema import ArticleSummary


def write_output(text: str, output: Path | None) -> None:
    """Write to stdout, or to a file. The results were paid for: when the file
    cannot be written (its directory gone, the disk full), they are saved
    elsewhere and the error says where."""
    if output is None:
        click.echo(text, nl=not text.endswith("\n"))
        return
    try:
        _write_file(text, output)
    except OSError as error:
        raise click.ClickException(f"cannot write {output}: {error.strerror or error}; {save_elsewhere(text, output.suffix)}") from None


def save_elsewhere(text: str, suffix: str) -> str:
    """Results that cannot go where they were asked for: into a file in the
    temporary directory, or failing that to stdout. Says where."""
    try:
        fd, path = tempfile.mkstemp(prefix="summarizer-", suffix=suffix)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
    except OSError:
        click.echo(text, nl=not text.endswith("\n"))
        return "the results are on stdout instead"
    return f"the results are in {path} instead"


def _write_file(text: str, output: Path) -> None:
    """Atomically, so a crash never leaves half a file; with the mode a new
    file gets (or the one of the file replaced), not the temporary file's 0600."""
    output.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=output.parent, prefix=f".{output.name}.")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.chmod(tmp, _mode_for(output))
        os.replace(tmp, output)
    finally:
        Path(tmp).unlink(missing_ok=True)


def _mode_for(output: Path) -> int:
    try:
        return stat.S_IMODE(output.stat().st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def check_writable(output: Path | None) -> None:
    """Refuse an output that cannot be written before anything is paid for."""
    if output is None:
        return
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        if output.is_dir():
            raise IsADirectoryError(errno.EISDIR, "it is a directory")
        fd, tmp = tempfile.mkstemp(dir=output.parent, prefix=f".{output.name}.")
        os.close(fd)
        os.unlink(tmp)
    except OSError as error:
        raise click.ClickException(f"cannot write {output}: {error.strerror or error}") from None


def _cost(cost: float | None) -> str:
    return "cost unknown" if cost is None else f"${cost:.4f}"


def run_summary(result) -> str:
    total = len(result.summaries) + len(result.failures)
    return (
        f"{total} article(s): {len(result.summaries)} done, {len(result.failures)} failed · "
        f"{result.usage.total_tokens:,} tokens · {_cost(result.cost)}"
    )


class ProgressReport:
    """A progress bar on stderr with done/failed/cached counts and running cost;
    stdout stays for results only."""

    def __init__(self, total: int, model: str, enabled: bool):
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        self._model = model
        self._counts = {"done": 0, "failed": 0, "cached": 0}
        self._tokens = 0
        self._cost: float | None = 0.0
        self._progress = Progress(
            SpinnerColumn(), TextColumn("summarizing"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[status]}"),
            TimeElapsedColumn(), console=Console(stderr=True), disable=not enabled, transient=False,
        )
        self._task = self._progress.add_task("summarizing", total=total, status="")

    def __enter__(self) -> ProgressReport:
        self._progress.start()
        return self

    def __exit__(self, *exc) -> None:
        self._progress.stop()

    def step(self, text: str) -> None:
        """What the embedded model is doing ("Loading model…", "Reading article…"):
        each step takes seconds to minutes on a CPU, and a silent terminal looks hung."""
        self._progress.update(self._task, status=text)

    def update(self, outcome: ArticleSummary | Failure) -> None:
        """Count one finished article (done, cached or failed) and what it cost."""
        if isinstance(outcome, ArticleSummary):
            assert outcome.run is not None, "every summary of a run records its run"
            usage = outcome.run.usage
            self._counts["cached" if outcome.run.cached else "done"] += 1
        else:
            usage = outcome.usage
            self._counts["failed"] += 1
        self._tokens += usage.total_tokens
        self._cost = add_cost(self._cost, self._model, usage)
        status = ", ".join(f"{v} {k}" for k, v in self._counts.items()) + f" · {self._tokens:,} tokens · {_cost(self._cost)}"
        self._progress.update(self._task, advance=1, status=status)
