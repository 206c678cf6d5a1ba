"""The embedded model: which model a run picks, how its file is assembled and
verified, and what the in-process backend hands llama.cpp. Everything but the
last test runs without llama.cpp or a real model (fake registry entries, fake
Llama objects); the last runs the real default model (`make test-local`)."""

from __future__ import annotations

import asyncio
import functools
import hashlib
import json
from dataclasses import replace

import pytest

from summarizer import local
from summarizer.errors import ConfigError, ModelCallError
from summarizer.ingest import read_article
from summarizer.llm import StructuredClient
from summarizer.local import LlamaBackend, LocalModel, backend_for, llama_request, model_file, resolve_local
from summarizer.pipeline import summarize_articles
from summarizer.schema import MAX_INCIDENTS, MAX_STATEMENTS, Extraction, Status
from summarizer.settings import HOW_TO_CONFIGURE, Mode, Settings, resolve_settings

from .conftest import DATA

TINY_PARTS = (b"GGUF" + b"a" * 1000, b"b" * 500)
TINY_SHA = hashlib.sha256(b"".join(TINY_PARTS)).hexdigest()


def tiny_model(sha256: str = TINY_SHA) -> LocalModel:
    return LocalModel(
        name="tiny",
        filename="tiny.gguf",
        sha256=sha256,
        size=sum(map(len, TINY_PARTS)),
        parts=(("tiny_model_pkg", "data/part1.bin"), ("tiny_model_pkg", "data/part2.bin")),
        description="test model",
    )


@pytest.fixture
def tiny(monkeypatch, tmp_path):
    """A two-part model in an importable temp package, registered as the default,
    with llama.cpp reported installed."""
    package = tmp_path / "site" / "tiny_model_pkg"
    (package / "data").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    for i, data in enumerate(TINY_PARTS, 1):
        (package / "data" / f"part{i}.bin").write_bytes(data)
    monkeypatch.syspath_prepend(str(tmp_path / "site"))
    monkeypatch.setitem(local.MODELS, "tiny", tiny_model())
    monkeypatch.setattr(local, "DEFAULT_LOCAL_MODEL", "tiny")
    monkeypatch.setattr(local, "llama_available", lambda: True)
    return package


@pytest.fixture
def gguf(tmp_path):
    path = tmp_path / "my model.gguf"
    path.write_bytes(b"GGUF" + b"\0" * 60)
    return path


# --------------------------------------------------------------------------
# Model resolution
# --------------------------------------------------------------------------


def test_no_key_and_extra_installed_runs_the_default_model_locally(tiny):
    choice = resolve_local()
    assert choice.settings.model == "local:tiny"
    assert choice.settings.mode is Mode.json_grammar
    assert choice.sha256 == TINY_SHA
    assert choice.path.read_bytes() == b"".join(TINY_PARTS)


@pytest.mark.parametrize("env", [{"OPENAI_API_KEY": "sk-test"}, {"OPENAI_BASE_URL": "http://localhost:8080/v1"}])
def test_a_configured_server_wins_over_the_installed_extra(tiny, monkeypatch, env):
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert resolve_local() is None


def test_base_url_flag_and_remote_model_names_are_not_local(tiny):
    assert resolve_local(base_url="http://localhost:8080/v1") is None
    assert resolve_local(model="gpt-4o-mini") is None


def test_without_the_extra_an_unconfigured_run_still_explains_every_option(monkeypatch):
    monkeypatch.setattr(local, "llama_available", lambda: False)
    assert resolve_local() is None
    with pytest.raises(ConfigError) as e:
        resolve_settings()
    assert str(e.value) == HOW_TO_CONFIGURE


@pytest.mark.parametrize("how", ["flag", "env"])
def test_asking_for_local_without_the_extra_says_how_to_install_it(monkeypatch, how):
    monkeypatch.setattr(local, "llama_available", lambda: False)
    if how == "env":
        monkeypatch.setenv("SUMMARIZER_LOCAL_MODEL", "smollm2-135m-instruct")
    with pytest.raises(ConfigError, match=r"pip install 'summarizer\[local\]'.*make demo"):
        resolve_local(model="local" if how == "flag" else None)


def test_explicit_local_wins_over_an_api_key(tiny, monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    assert resolve_local(model="local").settings.model == "local:tiny"
    monkeypatch.setenv("SUMMARIZER_MODEL", "local:tiny")
    assert resolve_local().settings.model == "local:tiny"


def test_registry_name_after_local_prefix(tiny, monkeypatch):
    monkeypatch.setattr(local, "DEFAULT_LOCAL_MODEL", "qwen2.5-coder-0.5b-instruct")
    assert resolve_local(model="local:tiny").sha256 == TINY_SHA


def test_path_after_local_prefix_is_hashed_and_reported(tiny, gguf):
    choice = resolve_local(model=f"local:{gguf}")
    assert choice.path == gguf.resolve()
    assert choice.settings.model == f"local:{gguf.resolve()}"
    assert choice.sha256 == hashlib.sha256(gguf.read_bytes()).hexdigest()


def test_env_local_model_selects_the_file_when_nothing_else_is_configured(tiny, gguf, monkeypatch):
    monkeypatch.setenv("SUMMARIZER_LOCAL_MODEL", str(gguf))
    assert resolve_local().path == gguf.resolve()
    assert resolve_local(model="local").path == gguf.resolve()


def test_missing_path_is_named(tiny, tmp_path):
    missing = tmp_path / "nope.gguf"
    with pytest.raises(ConfigError, match=rf"{missing}: no such model file.*qwen2.5-coder-0.5b-instruct"):
        resolve_local(model=f"local:{missing}")


def test_non_gguf_file_is_named(tiny, tmp_path):
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    with pytest.raises(ConfigError, match=rf"{text}: not a GGUF model file"):
        resolve_local(model=f"local:{text}")


def test_incompatible_flags_are_config_errors(tiny):
    with pytest.raises(ConfigError, match="--base-url"):
        resolve_local(model="local", base_url="http://localhost:8080/v1")
    with pytest.raises(ConfigError, match="--mode tools"):
        resolve_local(model="local", mode="tools")
    assert resolve_local(model="local", mode="json_grammar").settings.mode is Mode.json_grammar


def test_the_settings_alone_name_the_backend(tiny, gguf):
    assert backend_for(resolve_local(model="local").settings).path == model_file("tiny")
    assert backend_for(resolve_local(model=f"local:{gguf}").settings).path == gguf.resolve()
    assert backend_for(Settings(model="gpt-4o-mini", api_key="sk-test")) is None


def test_overrides_reach_the_settings(tiny):
    settings = resolve_local(model="local", max_tokens=512, timeout=None).settings
    assert (settings.max_tokens, settings.timeout, settings.transport_retries) == (512, 60.0, 0)


# --------------------------------------------------------------------------
# Assembling the model file
# --------------------------------------------------------------------------


def test_assembly_writes_a_verified_file_and_sidecar(tiny):
    path = model_file("tiny")
    assert path.read_bytes() == b"".join(TINY_PARTS)
    assert path.with_suffix(".gguf.sha256").read_text().strip() == TINY_SHA


def test_verified_cache_is_reused_without_the_packages(tiny, monkeypatch):
    first = model_file("tiny")
    monkeypatch.setattr(local, "_part_file", lambda *a: pytest.fail("re-read the parts"))
    assert model_file("tiny") == first


def test_damaged_cache_is_rebuilt(tiny):
    path = model_file("tiny")
    path.write_bytes(b"truncated")
    assert model_file("tiny").read_bytes() == b"".join(TINY_PARTS)


def test_hash_mismatch_is_refused_and_leaves_no_file(tiny, monkeypatch):
    monkeypatch.setitem(local.MODELS, "tiny", tiny_model(sha256="0" * 64))
    with pytest.raises(ConfigError, match="expected 0000.*reinstall"):
        resolve_local(model="local")
    assert list((local.cache_dir() / "models").iterdir()) == []


def test_missing_part_package_says_how_to_install(tiny, monkeypatch):
    monkeypatch.setitem(local.MODELS, "tiny", replace(tiny_model(), parts=(("no_such_model_pkg", "data/part1.bin"),)))
    with pytest.raises(ConfigError, match=r"'no_such_model_pkg'.*pip install 'summarizer\[local\]'"):
        model_file("tiny")


# --------------------------------------------------------------------------
# The in-process backend, with a fake Llama
# --------------------------------------------------------------------------

ANSWER = {"incidents": [], "statements": [{"speaker": "Ostrik", "quote": "We will rebuild.", "kind": "direct"}]}


class FakeLlama:
    """Records how it was built and what it was asked; answers with ANSWER."""

    instances: list[FakeLlama] = []

    def __init__(self, *, model_path, n_ctx, n_threads, verbose, trained=32768, error=None):
        self.kwargs = dict(model_path=model_path, n_ctx=n_ctx, n_threads=n_threads, verbose=verbose)
        self.metadata = {"general.architecture": "qwen2", "qwen2.context_length": str(trained)}
        self.requests: list[dict] = []
        self.closed = False
        self.error = error
        FakeLlama.instances.append(self)

    def n_ctx(self) -> int:
        return self.kwargs["n_ctx"]

    def close(self) -> None:
        self.closed = True

    def create_chat_completion(self, **request):
        self.requests.append(request)
        if self.error:
            raise self.error
        return {
            "id": "chatcmpl-1", "object": "chat.completion", "created": 0, "model": self.kwargs["model_path"],
            "choices": [{"index": 0, "finish_reason": "stop", "logprobs": None,
                         "message": {"role": "assistant", "content": json.dumps(ANSWER)}}],
            "usage": {"prompt_tokens": 100, "completion_tokens": 20, "total_tokens": 120},
        }


def fake_backend(tmp_path, steps=None, **fake_options) -> LlamaBackend:
    FakeLlama.instances = []
    return LlamaBackend(tmp_path / "m.gguf", progress=steps.append if steps is not None else None,
                        llama_factory=functools.partial(FakeLlama, **fake_options))


def extract(backend, max_tokens=None):
    settings = Settings(model="local:m", api_key="not-needed", mode=Mode.json_grammar, transport_retries=0,
                        max_tokens=max_tokens)
    return asyncio.run(StructuredClient(settings, backend=backend).extract([{"role": "user", "content": "a"}], Extraction))


def test_the_schema_with_its_list_bounds_reaches_the_decoder(tmp_path):
    (result, stats) = extract(fake_backend(tmp_path))
    request = FakeLlama.instances[0].requests[0]
    schema = request["response_format"]["schema"]
    assert request["response_format"]["type"] == "json_object"
    assert schema["properties"]["incidents"]["maxItems"] == MAX_INCIDENTS
    assert schema["properties"]["statements"]["maxItems"] == MAX_STATEMENTS
    assert result.statements[0].quote == "We will rebuild."
    assert stats.usage.total_tokens == 120


def test_max_tokens_comes_from_the_settings_or_the_remaining_context(tmp_path):
    backend = fake_backend(tmp_path)
    extract(backend)
    extract(backend, max_tokens=300)
    requests = FakeLlama.instances[0].requests
    assert [r["max_tokens"] for r in requests] == [None, 300]  # None: llama.cpp uses n_ctx minus the prompt
    assert all(r["temperature"] == 0.0 for r in requests)


def test_the_model_loads_once_with_a_capped_context(tmp_path):
    steps: list[str] = []
    backend = fake_backend(tmp_path, steps)
    extract(backend)
    extract(backend)
    (llama,) = FakeLlama.instances
    assert llama.kwargs["n_ctx"] == local.CONTEXT_CAP and llama.kwargs["verbose"] is False
    assert steps == ["Loading model m.gguf…", "Reading article…", "Reading article…"]


def test_a_model_trained_on_less_context_is_loaded_with_its_own(tmp_path):
    extract(fake_backend(tmp_path, trained=2048))
    first, second = FakeLlama.instances
    assert first.closed and second.kwargs["n_ctx"] == 2048


def test_a_prompt_longer_than_the_context_is_a_context_length_error(tmp_path):
    backend = fake_backend(tmp_path, error=ValueError("Requested tokens (9000) exceed context window of 8192"))
    with pytest.raises(ModelCallError) as e:
        extract(backend)
    assert e.value.kind == "context_length" and "8192 tokens" in e.value.message


def test_schema_rides_in_extra_body_only_in_json_grammar_mode():
    plain = llama_request({"messages": [], "response_format": {"type": "json_object"}, "model": "m"})
    assert plain == {"messages": [], "response_format": {"type": "json_object"}, "max_tokens": None}
    grammar = llama_request({"messages": [], "response_format": {"type": "json_object"},
                             "extra_body": {"response_format": {"type": "json_object", "schema": {"type": "object"}}}})
    assert grammar["response_format"]["schema"] == {"type": "object"}


def test_llama_cpp_compiles_the_bounds_into_its_grammar():
    """llama.cpp silently falls back to plain JSON when a schema does not convert:
    check that ours converts and that the list bounds survive."""
    grammar_module = pytest.importorskip("llama_cpp.llama_grammar")
    gbnf = grammar_module.json_schema_to_gbnf(json.dumps(Extraction.model_json_schema()))
    rules = dict(line.split(" ::= ", 1) for line in gbnf.splitlines() if " ::= " in line)
    assert rules["incidents"].count("incidents-item") == MAX_INCIDENTS
    assert rules["statements"].count("statements-item") == MAX_STATEMENTS


def test_importing_summarizer_does_not_import_llama_cpp():
    import subprocess
    import sys

    code = "import sys, summarizer.local, summarizer.pipeline, summarizer.cli; print('llama_cpp' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip() == "False"


# --------------------------------------------------------------------------
# The real embedded model (slow: make test-local)
# --------------------------------------------------------------------------


@pytest.mark.local_model
def test_the_embedded_model_summarizes_the_sample_with_grounded_quotes(monkeypatch):
    pytest.importorskip("llama_cpp")
    monkeypatch.delenv("SUMMARIZER_CACHE_DIR")  # the real user cache, where the model is assembled once
    choice = resolve_local(model="local")
    article = read_article(DATA / "sample_article.txt")
    result = asyncio.run(summarize_articles([article], choice.settings, backend=backend_for(choice.settings)))
    assert result.failures == []
    (summary,) = result.summaries
    type(summary).model_validate_json(summary.model_dump_json())
    assert summary.run.model == "local:qwen2.5-coder-0.5b-instruct"
    assert summary.statements, "the sample has three quoted statements"
    for statement in summary.statements:
        assert statement.evidence["quote"].status in (Status.exact, Status.normalized, Status.fuzzy), statement
