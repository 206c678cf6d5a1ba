"""Checking a summary against its source text.

Pure functions, no network: every item gets `Evidence` (spans into the original
text and a status). Quotes are located exactly, then after a normalisation that
keeps a map back to original offsets.
"""

from __future__ import annotations

from dataclasses import dataclass

from .schema import ArticleSummary, Evidence, Span, Status, Totals

_QUOTE_MARKS = {
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'",
}
_DASHES = dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-")
_FOLD = {**_QUOTE_MARKS, **_DASHES}


@dataclass(frozen=True)
class Normalized:
    """A normalised text and, for each of its characters, the offset in the original."""

    text: str
    offsets: list[int]

    def span(self, start: int, end: int) -> Span:
        """The original-text span covering normalised characters [start, end)."""
        return Span(start=self.offsets[start], end=self.offsets[end - 1] + 1)


def normalize(text: str) -> Normalized:
    """Fold quotation marks, dashes, case and runs of whitespace (NBSP included)."""
    out: list[str] = []
    offsets: list[int] = []
    in_space = False
    for i, ch in enumerate(text):
        if ch.isspace():
            if not in_space and out:
                out.append(" ")
                offsets.append(i)
            in_space = True
            continue
        in_space = False
        folded = _FOLD.get(ch, ch).lower()
        for c in folded:  # lower() can lengthen a character; every piece maps back to it
            out.append(c)
            offsets.append(i)
    if out and out[-1] == " ":
        out.pop()
        offsets.pop()
    return Normalized("".join(out), offsets)


def ground_quote(source: str, quote: str, normalized_source: Normalized | None = None) -> Evidence:
    """Find `quote` in `source`: exact substring first, then normalised."""
    quote = quote.strip()
    if not quote:
        return Evidence(status=Status.unsupported, reasons=["empty quote"])
    start = source.find(quote)
    if start >= 0:
        return Evidence(status=Status.exact, spans=[Span(start=start, end=start + len(quote))])
    norm = normalized_source or normalize(source)
    needle = normalize(quote).text
    at = norm.text.find(needle) if needle else -1
    if at >= 0:
        return Evidence(
            status=Status.normalized,
            spans=[norm.span(at, at + len(needle))],
            reasons=["matches after folding quotation marks, dashes, case and whitespace"],
        )
    return Evidence(status=Status.unsupported, reasons=["quote not found in the article"])


def verify_summary(summary: ArticleSummary, source: str) -> ArticleSummary:
    """A copy of `summary` with evidence for every statement and totals filled in."""
    norm = normalize(source)
    statements = [
        s.model_copy(update={"evidence": {**s.evidence, "quote": ground_quote(source, s.quote, norm)}})
        for s in summary.statements
    ]
    checked = summary.model_copy(update={"statements": statements})
    return checked.model_copy(update={"totals": totals(checked)})


def totals(summary: ArticleSummary) -> Totals:
    """Count items by their worst field: grounded, flagged (found but not quoted or
    misattributed) or unsupported."""
    counts = Totals()
    for item in [*summary.incidents, *summary.statements]:
        statuses = [e.status for e in item.evidence.values()]
        if not statuses:
            continue
        if Status.unsupported in statuses:
            counts.unsupported += 1
        elif all(s.grounded for s in statuses):
            counts.grounded += 1
        else:
            counts.flagged += 1
    return counts
