"""One article in, one checked ArticleSummary out."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from typing import NamedTuple

from .cache import AnswerCache
from .errors import ModelCallError
from .focused import FocusedPrompts, ask_focused, passage_ranges
from .ingest import Article
from .llm import CallStats, StructuredClient
from .prompts import PromptTemplate
from .schema import ArticleSummary, Extraction, Incident, IncidentDraft, RunInfo, Source, Statement, StatementDraft, Usage
from .text import chunk_ranges, normalize
from .verify import grounded_only, verify_summary

# Articles longer than this are extracted in chunks (about 3,000 tokens each).
CHUNK_CHARS = 12_000
CHUNK_OVERLAP = 600


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def source_of(article: Article) -> Source:
    return Source(
        id=article.id,
        path=article.path,
        title=article.title,
        url=article.url,
        published=article.published,
        published_basis=article.published_basis,
        sha256=article.sha256,
        chars=len(article.text),
    )


def from_extraction(article: Article, extraction: Extraction) -> ArticleSummary:
    """Wrap what the model said in output models, before any checking."""
    return ArticleSummary(
        source=source_of(article),
        incidents=[Incident(**d.model_dump()) for d in extraction.incidents],
        statements=[Statement(**d.model_dump()) for d in extraction.statements],
    )


def drop_unsupported(summary: ArticleSummary) -> ArticleSummary:
    """--strict: keep only what is grounded (see `verify.grounded_only`)."""
    return grounded_only(summary)


def problems(summary: ArticleSummary) -> list[str]:
    """One line per item whose fields the verifier could not ground, saying why:
    the feedback the model gets in its one second chance."""
    items: list[tuple[str, Statement | Incident, str]] = [
        *((f"statements[{i}]", st, f'quote "{_clip(st.quote)}" by {st.speaker}') for i, st in enumerate(summary.statements)),
        *((f"incidents[{i}]", inc, inc.description) for i, inc in enumerate(summary.incidents)),
    ]
    lines = []
    for where, item, label in items:
        bad = [
            f"{field} {e.status.value}" + (f" ({'; '.join(e.reasons)})" if e.reasons else "")
            for field, e in item.evidence.items()
            if not e.status.grounded
        ]
        if bad:
            lines.append(f"{where} ({_clip(label)}): {', '.join(bad)}")
    return lines


def _clip(text: str, limit: int = 120) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _trust(summary: ArticleSummary) -> tuple[int, int]:
    t = summary.totals
    return (t.grounded, -(t.flagged + t.unsupported))


class _Answer(NamedTuple):
    """The model's answer for a text: the extraction, what it cost, how many
    verification follow-ups were asked and how many chunks the text was asked in."""

    extraction: Extraction
    stats: CallStats
    rounds: int
    chunks: int = 1


async def _answer(
    article: Article, client: StructuredClient, template: PromptTemplate, replayed_from: str | None, feedback: bool
) -> _Answer:
    """The model's best answer for one text: extract, verify, and when the verifier
    finds problems re-ask once with them, keeping whichever answer it trusts more."""
    messages = template.messages(article.text, article.published)
    extraction, stats = await client.extract(messages, Extraction)
    if not feedback:
        return _Answer(extraction, stats, 0)
    first = verify_summary(from_extraction(article, extraction), article.text)
    if not (found := problems(first)):
        return _Answer(extraction, stats, 0)
    followup = [
        *messages,
        {"role": "assistant", "content": extraction.model_dump_json()},
        {"role": "user", "content": template.feedback(found, article.text)},
    ]
    try:
        revised, more = await client.extract(followup, Extraction)
    except ModelCallError as error:
        if replayed_from and error.kind == "transport":
            raise  # offline, a transport error is a cassette miss: the recording is stale
        # The first answer stands and its problems stay flagged; the failed round is paid for.
        return _Answer(extraction, stats + CallStats(http_calls=error.attempts, usage=error.usage or Usage()), 0)
    better = _trust(verify_summary(from_extraction(article, revised), article.text)) >= _trust(first)
    return _Answer(revised if better else extraction, stats + more, 1)


def merge_extractions(extractions: list[Extraction]) -> Extraction:
    """One extraction from one or several chunks' answers: duplicates (same quote by
    the same speaker, or same incident kind, date and description; small models
    repeat items until a list is full) kept once, and statement-to-incident links
    re-pointed at the merged list."""
    incidents: list[IncidentDraft] = []
    statements: list[StatementDraft] = []
    seen_incidents: dict[tuple[str, str | None, str], int] = {}  # (kind, date, description) -> merged index
    seen_quotes: set[tuple[str, str]] = set()  # (speaker, quote)
    for extraction in extractions:
        index_map: dict[int, int] = {}
        for i, incident in enumerate(extraction.incidents):
            incident_key = (incident.kind, incident.date.value if incident.date else None, normalize(incident.description).text)
            if incident_key not in seen_incidents:
                seen_incidents[incident_key] = len(incidents)
                incidents.append(incident)
            index_map[i] = seen_incidents[incident_key]
        for statement in extraction.statements:
            quote_key = (normalize(statement.speaker).text, normalize(statement.quote).text)
            if quote_key not in seen_quotes:
                seen_quotes.add(quote_key)
                linked = index_map.get(statement.incident) if statement.incident is not None else None
                statements.append(statement.model_copy(update={"incident": linked}))
    # Already validated item by item; the merged lists may exceed one answer's bounds.
    return Extraction.model_construct(incidents=incidents, statements=statements)


async def _ask(
    article: Article, client: StructuredClient, template: PromptTemplate, replayed_from: str | None, feedback: bool, chunk_chars: int
) -> _Answer:
    """The model's answer for a whole article, chunk by chunk."""
    answers: list[Extraction] = []
    stats, rounds = CallStats(), 0
    for start, end in chunk_ranges(article.text, chunk_chars, CHUNK_OVERLAP):
        part = article if (start, end) == (0, len(article.text)) else replace(article, text=article.text[start:end])
        answer = await _answer(part, client, template, replayed_from, feedback)
        answers.append(answer.extraction)
        stats, rounds = stats + answer.stats, rounds + answer.rounds
    return _Answer(merge_extractions(answers), stats, rounds, len(answers))  # merging also drops items a looping model repeated


def cache_key(cache: AnswerCache, client: StructuredClient, template: PromptTemplate | FocusedPrompts, article: Article, feedback: bool, chunk_chars: int) -> str:
    """Everything that shapes the final extraction: the request parameters, plus
    the follow-up and chunking choices that change which requests are made."""
    settings = client.settings
    return cache.key(
        parameters={**settings.request_parameters(), "feedback": feedback, "chunk_chars": chunk_chars},
        mode=settings.mode.value,
        prompt_sha256=template.sha256,
        article_text=article.text,
        published=article.published,
    )


async def extract_article(
    article: Article,
    client: StructuredClient,
    template: PromptTemplate | FocusedPrompts,
    *,
    strict: bool = False,
    replayed_from: str | None = None,
    feedback: bool = True,
    chunk_chars: int = CHUNK_CHARS,
    cache: AnswerCache | None = None,
) -> ArticleSummary:
    """One article to a verified summary: from one whole-article answer (`PromptTemplate`),
    or from small questions (`FocusedPrompts`, for small models, asked passage by passage; no
    verification round). Long articles are extracted chunk by chunk; every span is
    computed against the whole original text, so offsets need no mapping.
    With `cache`, a stored answer replaces the model calls (and costs nothing this
    run); a new answer is stored, committed, before the article is verified."""
    started = now()
    key = cache_key(cache, client, template, article, feedback, chunk_chars) if cache else None
    hit = cache.get(key) if cache and key else None
    if hit:
        chunks = len(passage_ranges(article.text) if isinstance(template, FocusedPrompts) else chunk_ranges(article.text, chunk_chars, CHUNK_OVERLAP))
        extraction, stats, rounds = hit.extraction(), CallStats(), 0
    else:
        if isinstance(template, FocusedPrompts):
            (extraction, stats), rounds = await ask_focused(article, client, template), 0
            chunks = len(passage_ranges(article.text))
        else:
            extraction, stats, rounds, chunks = await _ask(article, client, template, replayed_from, feedback, chunk_chars)
        if cache and key:
            cache.put(key, extraction.model_dump_json(), stats.usage)
    summary = verify_summary(from_extraction(article, extraction), article.text)
    settings = client.settings
    summary.run = RunInfo(
        model=settings.model,
        model_sha256=settings.model_sha256,
        base_url_host=settings.base_url_host,
        mode=settings.mode.value,
        prompt=template.name,
        prompt_sha256=template.sha256,
        usage=stats.usage,
        http_calls=stats.http_calls,
        reasks=stats.reasks,
        verification_reasks=rounds,
        chunks=chunks,
        started_at=started,
        finished_at=now(),
        replayed_from=replayed_from,
        cached=hit is not None,
    )
    return drop_unsupported(summary) if strict else summary
