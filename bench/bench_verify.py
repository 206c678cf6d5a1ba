"""Benchmark the verifier: speed, and accuracy side by side with langextract's aligner.

    python bench/bench_verify.py

Pairs: every gold (article, quote) of ../shared, and mutations of each quote (a
word replaced, a word inserted, "not" added, a number changed, the speaker
swapped, narration passed off as a quote). A mutation is *caught* when it is not
reported as grounded (summarizer: exact/normalized; langextract: an exact,
lesser or greater match: its fuzzy matches count as caught, in its favour).
langextract aligns text only, so it cannot catch swapped speakers or narration.
"""

from __future__ import annotations

import json
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from summarizer.schema import ArticleSummary, Source, Statement  # noqa: E402
from summarizer.text import source_index  # noqa: E402
from summarizer.verify import ground_quote, verify  # noqa: E402

SHARED = ROOT.parent / "shared"
PERSONS = ["Lloyd Austin", "Qassem al-Araji", "Joe Biden", "Jon Finer", "Mohammed Shia al-Sudani",
           "Jonathan Hoffman", "Mark Esper", "Hadi al-Amiri"]
NUMBER_WORDS = {"two": "three", "three": "four", "four": "six", "five": "six"}


def load():
    gold = json.loads((SHARED / "gold" / "seeds.gold.json").read_text(encoding="utf-8"))
    seeds = {p.stem: p.read_text(encoding="utf-8") for p in sorted((SHARED / "seeds").glob("*.txt"))}
    return gold, seeds


def mutations(quote: str) -> dict[str, str]:
    words = quote.split()
    mid = len(words) // 2
    out = {
        "replace": " ".join(words[:mid] + ["purple"] + words[mid + 1 :]),
        "insert": " ".join(words[:mid] + ["purple"] + words[mid:]),
        "negate": " ".join(words[:1] + ["not"] + words[1:]),
    }
    for i, w in enumerate(words):
        if w.lower() in NUMBER_WORDS or w.isdigit():
            out["number"] = " ".join(words[:i] + [NUMBER_WORDS.get(w.lower(), str(int(w) + 1) if w.isdigit() else w)] + words[i + 1 :])
            break
    return out


def narration(text: str) -> list[str]:
    idx = source_index(text)
    sentences = (text[slice(*idx.sentence_span(k))].strip() for k in range(len(idx.sent_starts)))
    return [s for s in sentences if len(s) >= 40 and not re.search("[\"'\u201c\u201d\u2018\u2019]", s)]


def cases(gold, seeds):
    """(kind, article text, quote, speaker, true speaker or None)."""
    out = []
    for aid, art in gold["articles"].items():
        text = seeds[aid]
        present = [p for p in PERSONS if any(f in text for f in gold["entities"][p])]
        for s in art["statements"]:
            speaker = s.get("speaker_as_written") or s["speaker"]
            out.append(("gold", text, s["quote"], speaker))
            for kind, mutated in mutations(s["quote"]).items():
                if mutated.lower() not in text.lower():
                    out.append((kind, text, mutated, speaker))
            out += [("swap", text, s["quote"], p) for p in present if p != s["speaker"]]
        out += [("narration", text, sentence, "Lloyd Austin") for sentence in narration(text)]
    return out


def summary(speaker: str, quote: str) -> ArticleSummary:
    return ArticleSummary(source=Source(id="b", sha256="0" * 64, chars=0), statements=[Statement(speaker=speaker, quote=quote)])


def summarizer_grounded(text: str, quote: str, speaker: str) -> bool:
    """Grounded = every field of the statement exact or normalised."""
    return verify(summary(speaker, quote), text).totals.grounded == 1


def langextract_aligner():
    try:
        from langextract import resolver
        from langextract.core import data
    except ImportError:
        return None
    grounded = {data.AlignmentStatus.MATCH_EXACT, data.AlignmentStatus.MATCH_GREATER, data.AlignmentStatus.MATCH_LESSER}
    res = resolver.Resolver()

    def aligned(text: str, quote: str, speaker: str) -> bool:
        [ex] = list(res.align([data.Extraction(extraction_class="quote", extraction_text=quote)], text, token_offset=0, char_offset=0))
        return ex.alignment_status in grounded

    return aligned


def timed(check, pairs):
    """Per-check seconds and results."""
    times, results = [], []
    for text, quote, speaker in pairs:
        t0 = time.perf_counter()
        results.append(check(text, quote, speaker))
        times.append(time.perf_counter() - t0)
    return times, results


def rate(times) -> str:
    return f"{len(times) / sum(times):>10,.0f}/s  median {statistics.median(times) * 1e3:6.3f} ms  max {max(times) * 1e3:6.3f} ms"


def speed(check, pairs, repeat: int = 5) -> str:
    """Throughput over all runs; the slowest pair by its best of `repeat` runs (a single
    run's maximum on a busy machine measures the scheduler, so both are shown)."""
    runs = [timed(check, pairs)[0] for _ in range(repeat)]
    every = [t for run in runs for t in run]
    best = [min(ts) for ts in zip(*runs)]
    return f"{rate(every)}  slowest pair (best of {repeat}) {max(best) * 1e3:6.3f} ms"


def big_article(seeds) -> str:
    """Over 50,000 characters: the seeds, then again with words swapped, numbers changed, sentences reordered."""
    parts, n = [], 0
    texts = list(seeds.values())
    while sum(map(len, parts)) < 50_000:
        t = texts[n % len(texts)]
        if n >= len(texts):
            t = t.replace("strikes", "raids" if n % 2 else "attacks").replace("two", str(n)).replace("Iraq", "Iraq" if n % 3 else "Syria")
            t = "\n\n".join(reversed(t.split("\n\n"))) if n % 2 else t
        parts.append(t)
        n += 1
    return "\n\n".join(parts)


def main() -> None:
    if not (SHARED / "gold").is_dir():
        print("../shared is absent: nothing to benchmark")
        return
    gold, seeds = load()
    all_cases = cases(gold, seeds)
    pairs = [(text, quote, speaker) for _, text, quote, speaker in all_cases]
    for text in seeds.values():
        source_index(text)  # per-source work is done once; time the checks

    quote_only = lambda text, quote, speaker: ground_quote(text, quote).status.grounded  # noqa: E731
    gold_pairs = [(text, quote, speaker) for kind, text, quote, speaker in all_cases if kind == "gold"]
    print(f"Seeds: {len(seeds)} articles; {len(gold_pairs)} gold pairs; {len(pairs)} pairs with the mutations")
    for label, chosen in (("gold pairs", gold_pairs), ("gold + mutated pairs", pairs)):
        print(f"\n {label}")
        for name, check in (("ground_quote", quote_only), ("full statement check (verify)", summarizer_grounded)):
            print(f"  {name:<32}{speed(check, chosen)}")

    big = big_article(seeds)
    t0 = time.perf_counter()
    source_index(big)
    build = time.perf_counter() - t0
    gold_quotes = [s["quote"] for art in gold["articles"].values() for s in art["statements"]]
    big_pairs = [(big, q, "Lloyd Austin") for q in gold_quotes]
    big_pairs += [(big, m, "Lloyd Austin") for q in gold_quotes for m in mutations(q).values()]
    big_pairs += [(big, big[i : i + 120], "Lloyd Austin") for i in range(0, len(big) - 120, 997)]
    print(f"\n{len(big):,}-character article: index built once in {build * 1e3:.1f} ms; {len(big_pairs)} quotes")
    for name, check in (("ground_quote", quote_only), ("full statement check (verify)", summarizer_grounded)):
        print(f"  {name:<32}{speed(check, big_pairs)}")

    aligner = langextract_aligner()
    checkers = [("summarizer", summarizer_grounded)] + ([("langextract", aligner)] if aligner else [])
    print("\nAccuracy on the seed pairs (gold: grounded; mutations: caught = not grounded)")
    kinds = list(dict.fromkeys(kind for kind, *_ in all_cases))
    header = f"  {'kind':<10}{'n':>5}" + "".join(f"{name:>14}" for name, _ in checkers)
    print(header)
    outcomes = {name: timed(check, pairs) for name, check in checkers}
    for kind in kinds:
        rows = [i for i, c in enumerate(all_cases) if c[0] == kind]
        cells = []
        for name, _ in checkers:
            results = outcomes[name][1]
            good = sum(results[i] if kind == "gold" else not results[i] for i in rows)
            cells.append(f"{good:>8}/{len(rows):<5}")
        print(f"  {kind:<10}{len(rows):>5}" + "".join(cells))
    mutated = [i for i, c in enumerate(all_cases) if c[0] != "gold"]
    text_only = [i for i in mutated if all_cases[i][0] in ("replace", "insert", "negate", "number")]
    for label, rows in (("all mutations", mutated), ("text mutations", text_only)):
        cells = "".join(f"{sum(not outcomes[n][1][i] for i in rows):>8}/{len(rows):<5}" for n, _ in checkers)
        print(f"  {label:<15}" + cells)
    print("\nSpeed on the same pairs (one run each)")
    for name, _ in checkers:
        print(f"  {name:<14}{rate(outcomes[name][0])}")
    if aligner is None:
        print("\nlangextract is not installed: `pip install langextract` to compare with its aligner")


if __name__ == "__main__":
    main()
