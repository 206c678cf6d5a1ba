"""One article through extraction, verification and the one feedback round."""

from __future__ import annotations

import asyncio
import json

from summarizer.extract import extract_article, problems
from summarizer.ingest import Article
from summarizer.prompts import load_template

from .test_llm import Script, completion, run_client

MADE_UP = {"incidents": [], "statements": [{"speaker": "Ostrik", "quote": "We shall never surrender the harbour.", "kind": "direct"}]}
REAL = {"incidents": [], "statements": [{"speaker": "Ostrik", "quote": "Nobody should doubt our resolve", "kind": "partial"}]}


def answer(payload):
    return (200, completion(content=json.dumps(payload)), {})


def extract(sample_text, script, **kw):
    article = Article(id="sample", text=sample_text)
    return asyncio.run(run_client(script, lambda client: extract_article(article, client, load_template(), **kw)))


def test_verifier_failures_are_sent_back_once_and_the_better_answer_kept(sample_text):
    script = Script(answer(MADE_UP), answer(REAL))
    summary = extract(sample_text, script)
    assert len(script.requests) == 2
    followup = script.requests[1]["messages"]
    assert followup[-2]["role"] == "assistant" and "surrender" in followup[-2]["content"]
    assert "statements[0]" in followup[-1]["content"] and "unsupported" in followup[-1]["content"]
    assert [s.quote for s in summary.statements] == [REAL["statements"][0]["quote"]]
    assert summary.run.verification_reasks == 1 and summary.run.http_calls == 2
    assert summary.run.usage.total_tokens == 30  # both calls are paid for


def test_a_worse_second_answer_does_not_replace_the_first(sample_text):
    half = {"incidents": [], "statements": [REAL["statements"][0], MADE_UP["statements"][0]]}
    script = Script(answer(half), answer(MADE_UP))
    summary = extract(sample_text, script)
    assert len(summary.statements) == 2 and summary.totals.grounded == 1 and summary.totals.unsupported == 1


def test_no_feedback_round_when_everything_is_grounded(sample_text):
    script = Script(answer(REAL))
    summary = extract(sample_text, script)
    assert len(script.requests) == 1 and summary.run.verification_reasks == 0


def test_strict_drops_what_stays_unsupported(sample_text):
    half = {"incidents": [], "statements": [REAL["statements"][0], MADE_UP["statements"][0]]}
    script = Script(answer(half), answer(half))
    summary = extract(sample_text, script, strict=True)
    assert [s.quote for s in summary.statements] == [REAL["statements"][0]["quote"]]


def test_problems_name_the_item_and_the_reason(sample_text):
    script = Script(answer(MADE_UP))
    summary = extract(sample_text, script, feedback=False)
    [line] = problems(summary)
    assert line.startswith("statements[0]") and "surrender" in line and "quote unsupported" in line


# ---- long articles ------------------------------------------------------------

from hypothesis import given, settings as hsettings, strategies as st  # noqa: E402

from summarizer.text import chunk_ranges  # noqa: E402


@hsettings(max_examples=200, deadline=None)
@given(
    sentences=st.lists(st.text(alphabet="abc xyz", min_size=1, max_size=80), min_size=1, max_size=120),
    size=st.integers(200, 2000),
)
def test_chunks_cover_the_text_within_the_size(sentences, size):
    text = ". ".join(sentences) + "."
    ranges = chunk_ranges(text, size=size, overlap=size // 10)
    assert ranges[0][0] == 0 and ranges[-1][1] == len(text)
    for (a, b), (c, d) in zip(ranges, ranges[1:]):
        assert c <= b, "no gap between chunks"
        assert a < c, "chunks advance"
    assert all(b - a <= size for a, b in ranges)


def test_chunks_cut_after_sentences_and_overlap():
    text = " ".join(f"Sentence number {i} is here." for i in range(400))
    ranges = chunk_ranges(text, size=1000, overlap=100)
    assert len(ranges) > 5
    for a, b in ranges[:-1]:
        assert text[b - 2 : b] == ". ", "cut just after a sentence end"
    assert all(c < b for (_, b), (c, _) in zip(ranges, ranges[1:])), "neighbours overlap"


def test_long_article_is_extracted_per_chunk_and_merged(sample_text):
    filler = " ".join(f"Residents described scene {i} to reporters." for i in range(700))
    text = sample_text + "\n\n" + filler + "\n\n" + sample_text  # same quote near both ends
    article = Article(id="long", text=text)
    script = Script(answer(REAL))
    summary = asyncio.run(
        run_client(script, lambda client: extract_article(article, client, load_template(), chunk_chars=12_000))
    )
    assert summary.run.chunks > 1
    assert len(script.requests) == summary.run.chunks + summary.run.verification_reasks
    assert [s.quote for s in summary.statements] == [REAL["statements"][0]["quote"]], "duplicates merged"
    span = summary.statements[0].evidence["quote"].spans[0]
    assert text[span.start : span.end] == REAL["statements"][0]["quote"], "span indexes the whole original text"


DEPOT = "A drone struck a fuel depot on the outskirts of Port Halden early on Monday, killing three workers and wounding seven others"


def test_strict_drops_unsupported_incidents_and_repoints_statement_links(sample_text):
    from summarizer.extract import drop_unsupported, from_extraction
    from summarizer.schema import Extraction
    from summarizer.verify import verify_summary

    extraction = Extraction.model_validate({
        "incidents": [
            {"kind": "bombing", "description": "Invented.", "places": [{"name": "Atlantis"}]},
            {"kind": "drone strike", "description": DEPOT, "places": [{"name": "Port Halden"}, {"name": "Tal Renn"}],
             "killed": {"exact": 3, "words": "killing three workers"}, "wounded": {"exact": 3}},
        ],
        "statements": [{"speaker": "Ostrik", "quote": "Nobody should doubt our resolve", "kind": "partial", "incident": 1}],
    })
    summary = verify_summary(from_extraction(Article(id="s", text=sample_text), extraction), sample_text)
    strict = drop_unsupported(summary)
    assert [i.description for i in strict.incidents] == [DEPOT]
    assert strict.statements[0].incident == 0
    [kept] = strict.incidents
    # Values that are not grounded go; the grounded ones stay with their evidence.
    assert [p.name for p in kept.places] == ["Port Halden"] and kept.wounded is None and kept.killed.exact == 3
    assert set(kept.evidence) == {"description", "kind", "places[0]", "killed"}
    assert all(e.status.grounded for e in kept.evidence.values())


def test_items_a_looping_model_repeats_are_kept_once(sample_text):
    repeated = {"incidents": [{"kind": "drone strike", "description": "Depot hit."}] * 3,
                "statements": [REAL["statements"][0]] * 4}
    summary = extract(sample_text, Script(answer(repeated)))
    assert len(summary.incidents) == 1 and len(summary.statements) == 1
