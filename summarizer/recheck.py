"""Re-checking saved output: summarizer's JSON (possibly edited by hand) against article texts.

This is the `verify` command's reading layer: it parses the JSON, finds each
summary's article text and runs the pure verifier on it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from pathlib import PurePath

from pydantic import ValidationError

from .errors import SummarizerError
from .schema import ArticleSummary
from .verify import VerificationReport, verify


class VerifyInputError(SummarizerError):
    """A summary file or its sources cannot be checked. The message says which."""


def _summaries(summary_json: str) -> list[dict]:
    """The ArticleSummary objects of summarizer's JSON output: one object, or a report
    {"articles": [...], ...}. Evidence and totals are dropped: they are recomputed,
    and a hand edit may have left them stale."""
    try:
        data = json.loads(summary_json)
    except json.JSONDecodeError as e:
        raise VerifyInputError(f"not JSON: {e}") from None
    except RecursionError:
        raise VerifyInputError("not a summary: nested too deeply to read") from None
    raw = data.get("articles") if isinstance(data, dict) and "articles" in data else data
    raw = raw if isinstance(raw, list) else [raw]
    if not all(isinstance(a, dict) and isinstance(a.get("source"), dict) for a in raw):
        raise VerifyInputError("expected an article summary or a report with 'articles', each with a 'source'")
    out = []
    for n, a in enumerate(raw):
        a = {k: v for k, v in a.items() if k != "totals"}
        where = f"article {a['source'].get('id') or n}"
        for key in ("statements", "incidents"):
            items = a.get(key) or []
            if not isinstance(items, list):
                raise VerifyInputError(f"{where}: '{key}' must be a list, not {type(items).__name__}")
            # Junk is an error, never silently dropped: a checked file must say what it checked.
            for i, item in enumerate(items):
                if not isinstance(item, dict):
                    raise VerifyInputError(f"{where}: {key}[{i}] must be an object, not {json.dumps(item)[:40]}")
            a[key] = [{k: v for k, v in item.items() if k != "evidence"} for item in items]
        out.append(a)
    return out


def _source_text(source: dict, sources: Mapping[str, str]) -> str:
    """The article text for a summary's source, by id, path, file name or stem."""
    path = source.get("path") or ""
    keys = [source.get("id"), path, PurePath(path).name if path else None, PurePath(path).stem if path else None]
    for key in filter(None, keys):
        if key in sources:
            return sources[key]
    by_stem = {PurePath(k).stem: v for k, v in sources.items()}
    for key in filter(None, keys):
        if PurePath(key).stem in by_stem:
            return by_stem[PurePath(key).stem]
    raise VerifyInputError(f"no source text given for article '{source.get('id') or path}' (pass it with --source)")


def verify_file(summary_json: str, sources: Mapping[str, str], *, aliases: Mapping[str, Iterable[str]] | None = None) -> list[VerificationReport]:
    """Check summarizer's JSON output (possibly edited by hand) against article texts.

    `sources` maps an article id or path to its text; each summary is matched by
    its source id, path, file name or stem.
    """
    reports = []
    for raw in _summaries(summary_json):
        text = _source_text(raw["source"], sources)
        raw["source"] = {"sha256": "", "chars": len(text), **raw["source"]}
        try:
            summary = ArticleSummary.model_validate(raw)
        except ValidationError as e:
            raise VerifyInputError(f"article '{raw['source'].get('id')}': invalid summary: {e}") from None
        report = verify(summary, text, aliases=aliases)
        digest = _sha256(text)
        if summary.source.sha256 and summary.source.sha256 != digest:
            report.warnings.append("the source text differs from the one summarized (sha256 mismatch); spans refer to the text given")
        reports.append(report)
    return reports


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()

