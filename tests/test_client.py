"""The library's client, as a Python user holds it: the fake server on loopback
answers over real HTTP, and a fake llama.cpp stands in for the embedded model."""

from __future__ import annotations

import asyncio
import functools
import logging

import pytest

import summarizer.client
from summarizer import Summarizer, summarize_article
from summarizer.errors import BudgetError, ConfigError, EventLoopError, InputError, ModelCallError
from summarizer.llm import StructuredClient
from summarizer.local import LlamaBackend

from .fakeserver import QUOTA, FakeServer, fake_server  # noqa: F401 - the fixture
from .test_local import FakeLlama, tiny  # noqa: F401 - the fixture

QUOTE = "We will rebuild the depot."


def text(n: int = 0) -> str:
    """An article the fake server answers with a quote verification grounds."""
    return f'A drone struck fuel depot {n} on Tuesday.\nMayor Anna Ostrik said: "{QUOTE}"\n'


def client(server: FakeServer, **options) -> Summarizer:
    return Summarizer("fake-model", base_url=server.base_url, cache=False, **options)


@pytest.fixture
def made_clients(monkeypatch) -> list[StructuredClient]:
    """Every model client a Summarizer makes."""
    made: list[StructuredClient] = []

    def counted(*args, **kwargs):
        made.append(StructuredClient(*args, **kwargs))
        return made[-1]

    monkeypatch.setattr(summarizer.client, "StructuredClient", counted)
    return made


# ---- one article: text and path kept apart ----------------------------------


def test_text_and_path_are_kept_apart(fake_server, tmp_path):
    path = tmp_path / "depot.txt"
    path.write_text(text(), encoding="utf-8")
    with client(fake_server) as s:
        by_text = s.summarize(text=text())
        by_path = s.summarize(path=path)
    assert by_text.statements[0].quote == by_path.statements[0].quote == QUOTE
    assert by_path.source.id == "depot" and by_path.source.path == str(path)
    assert by_text.source.path is None


def test_a_missing_path_is_an_error_and_never_summarized_as_text(fake_server, tmp_path):
    with client(fake_server) as s, pytest.raises(InputError) as error:
        s.summarize(path=tmp_path / "artcle.txt")
    assert str(error.value) == f"{tmp_path / 'artcle.txt'}: no such file"
    assert fake_server.count() == 0


@pytest.mark.parametrize("call", [
    lambda s: s.summarize(),
    lambda s: s.summarize(text="a", path="b.txt"),
    lambda s: s.summarize("article.txt"),  # positional: text or path? neither
    lambda s: s.summarize_many(paths="a.txt"),  # one string is not a list of paths
])
def test_ambiguous_calls_are_type_errors(fake_server, call):
    with client(fake_server) as s, pytest.raises(TypeError):
        call(s)
    assert fake_server.count() == 0


def test_a_path_naming_several_articles_points_at_summarize_many(fake_server, tmp_path):
    for n in range(2):
        (tmp_path / f"{n}.txt").write_text(text(n), encoding="utf-8")
    with client(fake_server) as s, pytest.raises(InputError, match=r"names 2 articles; summarize_many"):
        s.summarize(path=tmp_path)


def test_a_publication_date_given_once_dates_every_article(fake_server):
    with client(fake_server, published="24 January 2024") as s:
        one = s.summarize(text=text())
        many = s.summarize_many(texts=[text(1)])
    assert [(x.source.published, x.source.published_basis) for x in (one, *many.summaries)] == [("2024-01-24", "given")] * 2
    with pytest.raises(ValueError, match="cannot read 'someday' as a date"):
        client(fake_server, published="someday")


def test_a_failed_model_call_is_raised(fake_server):
    fake_server.script(QUOTA)
    with client(fake_server) as s, pytest.raises(ModelCallError) as error:
        s.summarize(text=text())
    assert error.value.kind == "quota"


# ---- many articles ----------------------------------------------------------


def test_summarize_many_returns_summaries_failures_and_a_report(fake_server, tmp_path):
    (tmp_path / "a.txt").write_text(text(1), encoding="utf-8")
    (tmp_path / "b.txt").write_text(text(2) + "BROKE\n", encoding="utf-8")
    fake_server.script_article("BROKE", QUOTA)
    seen = []
    with client(fake_server) as s:
        result = s.summarize_many(paths=[tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "gone.txt"], texts=[text(3)],
                                  on_result=seen.append)
    assert [x.source.id for x in result.summaries] == ["a", result.summaries[1].source.id]
    assert result.summaries[1].source.id.startswith("stdin-")
    assert sorted((f.source, f.kind) for f in result.failures) == [
        (str(tmp_path / "b.txt"), "quota"), (str(tmp_path / "gone.txt"), "input")
    ]
    assert len(seen) == 4 and set(result.texts) == {"a", "b", result.summaries[1].source.id}
    report = result.report()
    assert [a.source.id for a in report.articles] == [x.source.id for x in result.summaries]
    assert {f.kind for f in report.failures} == {"quota", "input"}


def test_the_budget_holds_across_calls(fake_server):
    with Summarizer("gpt-4o-mini", base_url=fake_server.base_url, cache=False, max_cost=1e-9) as s:
        s.summarize(text=text(1))
        assert s.cost > 0 and s.usage.total_tokens > 0
        with pytest.raises(BudgetError, match=r"budget of \$1e-09 was reached"):
            s.summarize(text=text(2))
    assert fake_server.count() == 1


def test_the_cache_answers_a_repeated_article(fake_server, tmp_path):
    with Summarizer("fake-model", base_url=fake_server.base_url, cache=tmp_path / "answers.sqlite") as s:
        first, again = s.summarize(text=text()), s.summarize(text=text())
    assert (first.run.cached, again.run.cached, fake_server.count()) == (False, True, 1)


# ---- one client per Summarizer, reused --------------------------------------


def test_sync_calls_reuse_one_client_and_close_it(fake_server, made_clients):
    s = client(fake_server)
    for n in range(3):
        s.summarize(text=text(n))
    s.summarize_many(texts=[text(4), text(5)])
    assert len(made_clients) == 1 and fake_server.count() == 5
    s.close()
    assert made_clients[0]._client.is_closed()


def test_async_twins_run_in_the_callers_loop_and_reuse_one_client(fake_server, made_clients):
    async def main():
        async with client(fake_server) as s:
            one = await s.asummarize(text=text(1))
            many = await s.asummarize_many(texts=[text(2), text(3)])
        return one, many

    one, many = asyncio.run(main())
    assert one.statements[0].quote == QUOTE and len(many.summaries) == 2
    assert len(made_clients) == 1 and made_clients[0]._client.is_closed()


def test_a_new_event_loop_gets_a_new_client_once_the_old_one_is_closed(fake_server, made_clients):
    s = client(fake_server)
    asyncio.run(s.asummarize(text=text(1)))
    asyncio.run(s.asummarize(text=text(2)))
    asyncio.run(s.aclose())
    assert len(made_clients) == 2 and fake_server.count() == 2


def test_synchronous_calls_inside_a_running_loop_say_what_to_use(fake_server):
    async def main():
        s = client(fake_server)
        with pytest.raises(EventLoopError, match=r"summarize\(\) cannot run inside a running event loop.*asummarize"):
            s.summarize(text=text())
        with pytest.raises(EventLoopError, match=r"await Summarizer\(\.\.\.\)\.asummarize\(\.\.\.\)"):
            summarize_article(text=text(), model="fake-model", base_url=fake_server.base_url)
        await s.aclose()

    asyncio.run(main())
    assert fake_server.count() == 0


def test_one_summarizer_is_either_synchronous_or_async(fake_server):
    s = client(fake_server)
    s.summarize(text=text(1))
    with pytest.raises(EventLoopError, match="use either the synchronous or the async methods"):
        asyncio.run(s.asummarize(text=text(2)))
    s.close()


# ---- the embedded model: loaded once, closed with the Summarizer -----------


@pytest.fixture
def fake_llama(tiny, monkeypatch):  # noqa: F811 - the fixture
    """The embedded model resolves (tiny registry entry) and runs on FakeLlama."""
    FakeLlama.instances = []
    monkeypatch.setattr(summarizer.client, "LlamaBackend", functools.partial(LlamaBackend, llama_factory=FakeLlama))


def test_the_embedded_model_is_loaded_once_and_freed_on_close(fake_llama):
    steps: list[str] = []
    with Summarizer("local", strategy="whole", cache=False) as s:
        s.summarize(text="“We will rebuild.” Ostrik said.")
        s.summarize_many(texts=["Ostrik said “We will rebuild.” again."], on_step=steps.append)
        (llama,) = FakeLlama.instances
        assert len(llama.requests) == 2 and not llama.closed
    assert llama.closed and steps == ["Reading article…"]


def test_an_automatically_chosen_embedded_model_is_announced_once(fake_llama, caplog):
    with caplog.at_level(logging.WARNING, logger="summarizer"):
        s = Summarizer(strategy="whole", cache=False)
        s.summarize(text="“We will rebuild.” Ostrik said.")
        s.close()
    (record,) = caplog.records
    assert s.notice == record.getMessage()
    assert "No model configured: running the embedded model tiny" in s.notice
    assert all(how in s.notice for how in ("--model", "OPENAI_API_KEY", "--base-url"))


@pytest.mark.parametrize("options", [{"model": "local"}, {"api_key": "sk-test"}])
def test_a_configured_model_is_not_announced(fake_llama, caplog, options):
    with caplog.at_level(logging.WARNING, logger="summarizer"):
        s = Summarizer(**options)
    assert s.notice is None and not caplog.records
    assert s.settings.model == ("local:tiny" if "model" in options else "gpt-4o-mini")


def test_recording_the_embedded_model_is_refused(fake_llama, tmp_path):
    with pytest.raises(ConfigError, match="embedded model makes none"):
        Summarizer("local", record=tmp_path)


# ---- the convenience function -----------------------------------------------


def test_summarize_article_takes_named_parameters(fake_server, tmp_path):
    path = tmp_path / "depot.txt"
    path.write_text(text(), encoding="utf-8")
    summary = summarize_article(path=path, model="fake-model", base_url=fake_server.base_url, max_tokens=500, cache=False)
    assert summary.source.id == "depot" and summary.statements[0].quote == QUOTE
    with pytest.raises(TypeError):
        summarize_article(str(path), model="fake-model", base_url=fake_server.base_url)  # noqa - positional on purpose
