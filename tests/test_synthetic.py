"""The events benchmark's synthetic articles: copies of the dev corpus whose events stay their own."""

from __future__ import annotations

from collections import Counter

from summarizer.events import build_report

from .synthetic import copy_of_corpus, synthetic, synthetic_batches


def _copy(article_id: str) -> str:
    return article_id.rpartition(".c")[2] if ".c" in article_id else "0"


def _groups(report) -> Counter:
    """Each event's incidents as corpus articles and indexes, whichever copy they are from."""
    return Counter(
        tuple(sorted((r.article_id.partition(".c")[0], r.index) for r in e.incidents)) for e in report.events
    )


def test_two_copies_report_twice_the_events_of_one_grouped_alike():
    one, one_texts = synthetic(28)
    two, two_texts = synthetic(56)
    single, double = build_report(one, one_texts), build_report(two, two_texts)
    assert len(single.events) > 30
    assert len(double.events) == 2 * len(single.events)
    assert _groups(double) == Counter({g: 2 * n for g, n in _groups(single).items()})
    assert all(len({_copy(r.article_id) for r in e.incidents}) == 1 for e in double.events)


def test_a_copy_renames_its_places_in_summary_and_text_alike_and_is_dated_a_year_later():
    (base, base_texts), (copy, texts) = copy_of_corpus(0), copy_of_corpus(1)
    renamed = 0
    for a, b in zip(base, copy, strict=True):
        assert b.source.id == f"{a.source.id}.c1"
        assert len(texts[b.source.id]) == b.source.chars > len(base_texts[a.source.id])
        for x, y in zip(a.incidents, b.incidents, strict=True):
            if x.date and x.date.value:
                assert int(y.date.value[:4]) == int(x.date.value[:4]) + 1 and y.date.value[4:] == x.date.value[4:]
            for j, (p, q) in enumerate(zip(x.places, y.places, strict=True)):
                if ev := y.evidence.get(f"places[{j}]"):
                    span = ev.spans[0]
                    assert texts[b.source.id][span.start : span.end] == q.name
                    renamed += q.name != p.name  # a country's name stays
    assert renamed > 20


def test_batches_are_the_articles_of_one_set_in_order_each_with_its_texts():
    whole, texts = synthetic(130)
    batches = list(synthetic_batches(130, 50, start=20))
    assert [len(b) for b, _ in batches] == [50, 50, 10]
    assert [s.source.id for b, _ in batches for s in b] == [s.source.id for s in whole[20:]]
    assert all(t == {s.source.id: texts[s.source.id] for s in b} for b, t in batches)
