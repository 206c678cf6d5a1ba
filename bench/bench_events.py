"""Events benchmark: event reports of 1k, 10k and 100k synthetic articles.

    python bench/bench_events.py [--sizes 1000,10000,100000] [--ways scratch,incremental,last] [--quick]

The articles are copies of the project's dev corpus, its gold annotations as
summaries, each copy dated later and with its names varied so its events stay
its own (`tests/synthetic.py`). For each size:

- from scratch: `build_report` on all the articles at once;
- incrementally: `Store(path).add(batch, texts)` for batches of 100 articles
  into a fresh SQLite store, each batch made when it is added (a feed holds one
  batch, the store the rest); "last 100 s" is the last batch's time, adding 100
  articles to a store holding all the others;
- last: the same last batch only, into a store filled with the others in one
  `add` by another process (so the peak is the update's own): the update's cost
  at sizes where adding everything 100 at a time takes hours.

Columns: seconds, CPU seconds (what a busy shared machine changes least), ms per
article, peak memory (the child process's maximum
resident set, generated inputs included; "inputs" is the resident set once they
are made). Each size and each way runs in its own process, so peaks do not mix.
Targets on 2 cores: ms per article at the largest size no more than 1.5 x that
at the smallest; the largest within 4 GB; adding 100 articles to the largest
store under 5 s. Exits 1 when a target is missed (not in --quick mode).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # for tests.synthetic

BATCH = 100
SLOWDOWN_TARGET = 1.5
MEMORY_TARGET_MB = 4096
BATCH_TARGET_S = 5.0
QUICK_SIZES = (300, 1000)


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux


def _child(way: str, n: int, path: str | None = None) -> dict:
    """Measure one size one way, in this process; the result as a dict."""
    from tests.synthetic import synthetic, synthetic_batches

    if way == "scratch":
        from summarizer.events import build_report

        started = time.perf_counter()
        summaries, texts = synthetic(n)
        made = time.perf_counter() - started
        inputs = _peak_mb()
        started, cpu = time.perf_counter(), time.process_time()
        report = build_report(summaries, texts)
        return {"seconds": time.perf_counter() - started, "cpu_s": time.process_time() - cpu, "peak_mb": _peak_mb(),
                "inputs_mb": inputs, "generated_s": made, "events": len(report.events)}
    try:
        from summarizer.store import Store
    except ImportError:
        return {"missing": "n/a (no store)"}
    if way in ("fill", "last"):
        assert path is not None
        start = 0 if way == "fill" else max(n - BATCH, 0)
        end = max(n - BATCH, 0) if way == "fill" else n
        summaries, texts = next(synthetic_batches(end, end - start, start), ([], {}))
        inputs = _peak_mb()
        with Store(path) as store:
            started, cpu = time.perf_counter(), time.process_time()
            store.add(summaries, texts)
            return {"seconds": time.perf_counter() - started, "cpu_s": time.process_time() - cpu,
                    "peak_mb": _peak_mb(), "inputs_mb": inputs}
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.db") as store:
        inputs = _peak_mb()
        seconds = cpu_s = last = 0.0
        for batch, texts in synthetic_batches(n, BATCH):
            started, cpu = time.perf_counter(), time.process_time()
            store.add(batch, texts)
            last = time.perf_counter() - started
            seconds, cpu_s = seconds + last, cpu_s + time.process_time() - cpu
        return {"seconds": seconds, "cpu_s": cpu_s, "peak_mb": _peak_mb(), "inputs_mb": inputs, "last_batch_s": last}


def _measure(way: str, n: int) -> dict:
    """One size one way, in a fresh process (for "last", two: one fills the store)."""
    if way != "last":
        return _run(way, n)
    with tempfile.TemporaryDirectory() as tmp:
        path = str(Path(tmp) / "bench.db")
        filled = _run("fill", n, path)
        return filled if "missing" in filled else _run("last", n, path)


def _run(way: str, n: int, *path: str) -> dict:
    done = subprocess.run(
        [sys.executable, __file__, "--child", way, str(n), *path], capture_output=True, text=True, check=False
    )
    if done.returncode:
        return {"missing": f"failed: {done.stderr.strip().splitlines()[-1] if done.stderr.strip() else done.returncode}"}
    return json.loads(done.stdout.strip().splitlines()[-1])


def _cells(n: int, r: dict, last: bool) -> list[str]:
    if "missing" in r:
        return [r["missing"], "", "", "", ""] + ([""] if last else [])
    cells = [f"{r['seconds']:.1f}", f"{r['cpu_s']:.1f}", f"{1000 * r['seconds'] / n:.2f}", f"{r['peak_mb']:.0f}",
             f"{r['inputs_mb']:.0f}"]
    return cells + ([f"{r['last_batch_s']:.2f}"] if last else [])


def _last_cells(r: dict) -> list[str]:
    if "missing" in r:
        return [r["missing"], "", ""]
    return [f"{r['seconds']:.2f}", f"{r['cpu_s']:.2f}", f"{r['peak_mb']:.0f}"]


def _row(cells: list[str]) -> str:
    """A Markdown table row, so the table can go into the README as printed."""
    return "| " + " | ".join(cells) + " |"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000,100000", help="comma-separated numbers of articles")
    parser.add_argument("--quick", action="store_true", help=f"smoke test: sizes {QUICK_SIZES}, no target enforced")
    parser.add_argument("--ways", default="scratch,incremental,last",
                        help="which to measure, comma-separated: scratch, incremental, last")
    parser.add_argument("--child", nargs="+", metavar="WAY N [STORE]", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(_child(args.child[0], int(args.child[1]), *args.child[2:])))
        return 0
    try:
        sizes = list(QUICK_SIZES) if args.quick else [int(s) for s in args.sizes.split(",")]
    except ValueError:
        parser.error(f"--sizes: not comma-separated numbers: {args.sizes!r}")
    header = ["articles", "scratch s", "cpu s", "ms/article", "peak MB", "inputs MB",
              "incremental s", "cpu s", "ms/article", "peak MB", "inputs MB", "last 100 s",
              "last 100 into a filled store s", "cpu s", "peak MB"]
    rows, results = [], {}
    print(_row(header), _row(["---"] * len(header)), sep="\n", flush=True)
    for n in sizes:
        ways = args.ways.split(",")
        skipped = {"missing": "not measured (--ways)"}
        scratch = _measure("scratch", n) if "scratch" in ways else skipped
        incremental = _measure("incremental", n) if "incremental" in ways else skipped
        last = _measure("last", n) if "last" in ways else skipped
        results[n] = (scratch, incremental, last)
        rows.append([f"{n:,}", *_cells(n, scratch, False), *_cells(n, incremental, True), *_last_cells(last)])
        print(_row(rows[-1]), flush=True)
        if "generated_s" in scratch:
            print(f"  ({n:,} articles generated in {scratch['generated_s']:.1f} s; {scratch['events']:,} events)", flush=True)
    missed = []
    small, large = min(sizes), max(sizes)
    for way, column in ((0, "scratch"), (1, "incremental")):
        a, b = results[small][way], results[large][way]
        if "missing" in a or "missing" in b:
            continue
        ratio = (b["seconds"] / large) / (a["seconds"] / small)
        print(f"{column}: ms per article at {large:,} is {ratio:.2f} x that at {small:,} (target <= {SLOWDOWN_TARGET})")
        if ratio > SLOWDOWN_TARGET and large > small:
            missed.append(f"{column} slowdown {ratio:.2f}")
        if b["peak_mb"] > MEMORY_TARGET_MB:
            missed.append(f"{column} peak {b['peak_mb']:.0f} MB at {large:,}")
        if way == 1 and b["last_batch_s"] > BATCH_TARGET_S:
            missed.append(f"last batch of 100 into {large:,} took {b['last_batch_s']:.1f} s")
    if "missing" not in (last := results[large][2]):
        if last["peak_mb"] > MEMORY_TARGET_MB:
            missed.append(f"last peak {last['peak_mb']:.0f} MB at {large:,}")
        if last["seconds"] > BATCH_TARGET_S:
            missed.append(f"100 into a filled store of {large - BATCH:,} took {last['seconds']:.1f} s")
    if missed:
        print("targets missed: " + "; ".join(missed))
    return 1 if missed and not args.quick else 0


if __name__ == "__main__":
    sys.exit(main())
