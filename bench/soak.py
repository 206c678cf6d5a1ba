"""Soak test: nothing lost, nothing hung, nothing leaked (`make soak`; not in CI).

    python bench/soak.py [--seed N] [--chaos 0.3]

500 inputs (490 articles in ten folders, some sharing file names, and ten
unreadable files) go through the real command, `python -m summarizer summarize`,
as two concurrent processes over overlapping halves (300 inputs each, 100 in
both) sharing one response cache, against the fake server in its own process in
chaos mode: a seeded random share of answers are faults (500s, 429s, reset
connections, hangs past the deadline, byte trickles, invalid, truncated, refused
and filtered answers, HTML pages, 401s echoing the key). The key is a canary
and the base URL carries a second one as user:password. Then the first process
is run again (it must answer everything it summarized from the cache), a run
over all 500 inputs with its own cache is stopped by SIGTERM after 4 s, and 20
articles are recorded and replayed offline.

Checks, each printed: every run ends (no hang) with exit 0 or 3 (143 for the
stopped one) and no traceback; every input is either summarized or reported
with a typed failure, exactly once, in every run, the stopped one included; the
rerun answers every summarized article from the cache; every recorded article
replays; both caches pass `PRAGMA integrity_check`; neither canary appears in
any output, error message, cassette or cache file. Exits 1 when a check fails.
About a minute on 2 cores.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections import Counter
from contextlib import closing
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = 10
PER_FOLDER = 50
UNREADABLE = 10  # one per folder: empty or binary
RECORDED = 20
STOP_AFTER = 4  # seconds before the stopped run gets SIGTERM
CANARY_KEY = "sk-soakcanary-" + "K" * 32
CANARY_URL = "urlcanary" + "U" * 24
TIMEOUT = 2  # --timeout: the chaos server's hangs (3 s) and trickles exceed it
DEADLINE = 240  # seconds a run may take before it counts as hung
# Every kind a failure may have: ModelCallError's, plus input, budget, interrupted (not internal_error).
TYPED = {
    "transport", "timeout", "rate_limited", "quota", "auth", "not_found", "bad_request", "context_length",
    "server_error", "truncated", "refused", "content_filter", "empty", "bad_response", "invalid_output",
    "not_recorded", "input", "budget", "interrupted",
}


class Checks:
    def __init__(self):
        self.failed: list[str] = []

    def __call__(self, ok: bool, what: str) -> None:
        print(f"  {'ok  ' if ok else 'FAIL'} {what}")
        if not ok:
            self.failed.append(what)


def write_inputs(root: Path) -> list[Path]:
    """Ten folders of articles; every fifth file name also appears in the next
    folder (ids must stay unique); the last file of each folder is unreadable."""
    folders = []
    for f in range(FOLDERS):
        folder = root / f"f{f}"
        folder.mkdir(parents=True)
        for i in range(PER_FOLDER - 1):
            name = f"art{i:03d}" if i % 5 == 0 else f"art{f}-{i:03d}"
            (folder / f"{name}.txt").write_text(
                f"Drone strike hits depot in Town{f}x{i}\n\n"
                f"TOWN{f}X{i}, May {1 + i % 28} - A drone struck a fuel depot near Town{f}x{i} early on Tuesday, "
                f"killing {i % 7} people, officials said.\n"
                f'Mayor Anna Ostrik said: "We will rebuild the depot in Town{f}x{i}."\n',
                encoding="utf-8",
            )
        (folder / "zz-unreadable.txt").write_bytes(b"" if f % 2 else b"\x89PNG\r\n\x1a\n\0\0\0IHDR")
        folders.append(folder)
    return folders


def files_in(folders: list[Path]) -> set[str]:
    return {str(p) for folder in folders for p in folder.glob("*.txt")}


class ServerProcess:
    def __init__(self, chaos: float, seed: int):
        command = [sys.executable, "-m", "tests.fakeserver", "--chaos", str(chaos), "--seed", str(seed),
                   "--hang", str(TIMEOUT + 1), "--latency", "0.02"]
        self._process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT)
        self.base_url = self._process.stdout.readline().strip()
        if not self.base_url.startswith("http"):
            raise SystemExit("the fake server did not start")

    def kinds(self) -> Counter:
        url = self.base_url.removesuffix("/v1") + "/_control/log"
        return Counter(row["kind"] for row in json.loads(urllib.request.urlopen(url, timeout=10).read()))

    def __enter__(self) -> ServerProcess:
        return self

    def __exit__(self, *exc) -> None:
        self._process.stdin.close()
        self._process.wait(10)


def start(args: list[str], env: dict[str, str], log: Path) -> tuple[subprocess.Popen, float]:
    command = [sys.executable, "-m", "summarizer", "summarize", *args]
    with log.open("w") as err:
        return subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=err), time.monotonic()


def finish(process: subprocess.Popen, started: float, name: str, log: Path, check: Checks,
           expected: tuple[int, ...] = (0, 3)) -> tuple[int | None, float]:
    try:
        code = process.wait(DEADLINE - (time.monotonic() - started))
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
        code = None
    seconds = time.monotonic() - started
    stderr = log.read_text()
    check(code in expected, f"{name}: ended in {seconds:.1f} s with exit {code} ({' or '.join(map(str, expected))})")
    check("Traceback" not in stderr, f"{name}: no traceback on stderr")
    return code, seconds


def account(report: dict, expected: set[str], name: str, check: Checks) -> tuple[Counter, list[str]]:
    """Every expected input exactly once, as a summary or a typed failure."""
    seen = [a["source"]["path"] for a in report.get("articles", [])] + [f["source"] for f in report.get("failures", [])]
    kinds = Counter(f["kind"] for f in report.get("failures", []))
    ids = [a["source"]["id"] for a in report.get("articles", [])]
    check(sorted(seen) == sorted(expected), f"{name}: each of its {len(expected)} inputs reported exactly once "
                                            f"({len(report.get('articles', []))} summarized, {sum(kinds.values())} failed)")
    check(set(kinds) <= TYPED, f"{name}: every failure typed ({', '.join(f'{k} {n}' for k, n in kinds.most_common())})")
    check(len(ids) == len(set(ids)), f"{name}: article ids unique")
    return kinds, [a["source"]["path"] for a in report.get("articles", [])]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--chaos", type=float, default=0.3, help="share of answers that are faults")
    options = parser.parse_args()
    check = Checks()
    began = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="summarizer-soak-") as tmp, \
            ServerProcess(options.chaos, options.seed) as server:
        work = Path(tmp)
        folders = write_inputs(work / "inputs")
        url = server.base_url.replace("http://", f"http://soak:{CANARY_URL}@")
        env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "SUMMARIZER_"))}
        env |= {"OPENAI_API_KEY": CANARY_KEY, "SUMMARIZER_CACHE_DIR": str(work / "cache")}
        common = ["--base-url", url, "--model", "fake-model", "--mode", "json", "--timeout", str(TIMEOUT), "--no-progress"]
        halves = {"A": folders[:6], "B": folders[4:]}
        print(f"soak: {FOLDERS * PER_FOLDER} inputs ({FOLDERS * (PER_FOLDER - 1)} articles, {UNREADABLE} unreadable); "
              f"processes A and B over {len(files_in(halves['A']))} each, {len(files_in(folders[4:6]))} shared; "
              f"chaos {options.chaos:.0%} of answers, seed {options.seed}")

        runs = {
            name: start([*map(str, half), *common, "-j", "16", "-o", str(work / f"{name}.json")], env, work / f"{name}.err")
            for name, half in halves.items()
        }
        results = {}
        for name, (process, started) in runs.items():
            finish(process, started, f"run {name}", work / f"{name}.err", check)
            report = json.loads((work / f"{name}.json").read_text()) if (work / f"{name}.json").exists() else {}
            results[name] = account(report, files_in(halves[name]), f"run {name}", check)
        warnings = sum(log.read_text().count("warning: response cache") for log in work.glob("*.err"))
        print(f"  (cache warnings from the two runs: {warnings})")

        process, started = start([*map(str, halves["A"]), *common, "-j", "16", "-o", str(work / "A2.json")], env, work / "A2.err")
        finish(process, started, "rerun A", work / "A2.err", check)
        again = json.loads((work / "A2.json").read_text()) if (work / "A2.json").exists() else {}
        account(again, files_in(halves["A"]), "rerun A", check)
        cached = {a["source"]["path"] for a in again.get("articles", []) if a["run"]["cached"]}
        summarized = set(results["A"][1])
        check(summarized <= cached, f"rerun A: all {len(summarized)} articles summarized before answered from the cache "
                                    f"({len(cached & summarized)}; {len(again.get('articles', [])) - len(cached)} newly summarized)")

        stopped_env = {**env, "SUMMARIZER_CACHE_DIR": str(work / "cache-stopped")}
        process, started = start([*map(str, folders), *common, "-j", "16", "-o", str(work / "stopped.json")], stopped_env,
                                 work / "stopped.err")
        time.sleep(STOP_AFTER)
        process.send_signal(signal.SIGTERM)
        code, _ = finish(process, started, "stopped run", work / "stopped.err", check, expected=(143,))
        stopped = json.loads((work / "stopped.json").read_text()) if (work / "stopped.json").exists() else {}
        kinds, _ = account(stopped, files_in(folders), "stopped run", check)
        check(kinds["interrupted"] > 0, f"stopped run: SIGTERM after {STOP_AFTER} s left {kinds['interrupted']} "
                                        "articles listed as interrupted")

        chosen = sorted(folders[0].glob("art*.txt"))[:RECORDED]
        cassettes = work / "cassettes"
        process, started = start([*map(str, chosen), *common, "--record", str(cassettes), "-o", str(work / "rec.json")],
                                 env, work / "rec.err")
        finish(process, started, "record", work / "rec.err", check)
        recorded = json.loads((work / "rec.json").read_text()) if (work / "rec.json").exists() else {}
        process, started = start([*map(str, chosen), "--replay", str(cassettes), "--no-progress", "-o", str(work / "replay.json")],
                                 {**env, "OPENAI_API_KEY": ""}, work / "replay.err")
        finish(process, started, "replay", work / "replay.err", check)
        replayed = json.loads((work / "replay.json").read_text()) if (work / "replay.json").exists() else {}
        ok_recorded = {a["source"]["id"] for a in recorded.get("articles", [])}
        ok_replayed = {a["source"]["id"] for a in replayed.get("articles", [])}
        check(bool(ok_recorded) and ok_recorded <= ok_replayed,
              f"record: {len(ok_recorded)} of {RECORDED} recorded (the rest failed for good), all replay offline "
              f"({len(ok_recorded & ok_replayed)}), {len(list(cassettes.glob('*.yaml')))} cassettes")


        files = [  # as the runs left them, before the integrity checks open the caches
            p for p in work.rglob("*") if p.is_file() and "inputs" not in p.parts
        ]
        leaks = [str(p.relative_to(work)) for p in files if any(c.encode() in p.read_bytes() for c in (CANARY_KEY, CANARY_URL))]
        check(not leaks, f"secrets: neither canary in any of {len(files)} outputs, logs, cassettes and cache files"
                         + (f" (found in {', '.join(leaks)})" if leaks else ""))
        for cache in ("cache", "cache-stopped"):
            with closing(sqlite3.connect(work / cache / "responses.sqlite")) as con:
                integrity = con.execute("PRAGMA integrity_check").fetchone()[0]
                entries = con.execute("SELECT COUNT(*) FROM responses").fetchone()[0]
            check(integrity == "ok", f"{cache}: integrity_check {integrity}, {entries} answers")
        served = server.kinds()
    print(f"server: {sum(served.values())} requests: " + ", ".join(f"{k} {n}" for k, n in served.most_common()))
    print(f"soak: {len(check.failed)} check(s) failed in {time.monotonic() - began:.0f} s")
    return 1 if check.failed else 0


if __name__ == "__main__":
    sys.exit(main())
