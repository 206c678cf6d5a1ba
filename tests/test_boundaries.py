"""Module boundaries from the design, read from the static import graph.

The checking, grouping, dating and rendering code is pure: it never reaches a model
client or the model layers, whatever is imported lazily or at run time. The graph
is built from every module's `import` statements (function bodies included), so a
`from .llm import X` hidden inside a function is found too.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "summarizer"
PURE = ("text", "names", "verify", "events", "dates", "render")
FORBIDDEN = ("openai", "instructor", "llama_cpp", "summarizer.llm", "summarizer.local", "summarizer.pipeline",
             "summarizer.extract", "summarizer.focused")


def _module_name(root: Path, path: Path) -> str:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph(root: Path) -> dict[str, set[str]]:
    """Module name -> the modules it imports (absolute names; for `from X import y`,
    both X and X.y, since y may be a submodule)."""
    graph: dict[str, set[str]] = {}
    for path in root.rglob("*.py"):
        name = _module_name(root, path)
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        targets: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets |= {alias.name for alias in node.names}
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    base = package.split(".")[: len(package.split(".")) - node.level + 1]
                    module = ".".join(base + ([node.module] if node.module else []))
                else:
                    module = node.module or ""
                targets.add(module)
                targets |= {f"{module}.{alias.name}" for alias in node.names}
        graph[name] = targets
    return graph


def reachable(graph: dict[str, set[str]], start: str) -> dict[str, str]:
    """Every module reachable from `start`, with the module that first imported it.
    Importing a submodule runs its packages' __init__ too, so those are followed, all
    but the top-level `summarizer/__init__.py`: that is the public facade, which
    exports the client too, and the boundary is about what the pure code needs."""
    seen: dict[str, str] = {start: ""}
    todo = [start]
    while todo:
        current = todo.pop()
        for target in graph.get(current, ()):
            parts = target.split(".")
            for n in range(1, len(parts) + 1):
                prefix = ".".join(parts[:n])
                if prefix != "summarizer" and prefix not in seen and (prefix in graph or n == len(parts)):
                    seen[prefix] = current
                    todo.append(prefix)
    return seen


def violations(root: Path) -> list[str]:
    """'pure -> forbidden (via importer)' for every forbidden module a pure one reaches."""
    graph = import_graph(root)
    found = []
    for pure in PURE:
        for module, importer in reachable(graph, f"summarizer.{pure}").items():
            if any(module == f or module.startswith(f + ".") for f in FORBIDDEN):
                found.append(f"summarizer.{pure} -> {module} (imported by {importer})")
    return sorted(found)


def test_pure_modules_never_reach_a_model_layer():
    assert violations(PACKAGE) == []


def test_the_check_finds_a_planted_import(tmp_path):
    """A throwaway module that imports the model layer, imported lazily by a pure one, is named."""
    tree = tmp_path / "summarizer"
    shutil.copytree(PACKAGE, tree, ignore=shutil.ignore_patterns("__pycache__"))
    (tree / "planted.py").write_text("def load():\n    from .llm import StructuredClient\n    return StructuredClient\n")
    (tree / "names.py").write_text((tree / "names.py").read_text() + "\n\ndef _later():\n    from . import planted\n")
    found = violations(tree)
    assert "summarizer.names -> summarizer.llm (imported by summarizer.planted)" in found
    assert any(v.startswith("summarizer.verify -> summarizer.llm") for v in found), "verify reaches names"


def test_the_package_exports_the_library_and_loads_model_layers_on_first_use():
    code = (
        "import sys\n"
        "from summarizer.verify import verify_summary\n"  # the package first: the top level still exports the function
        "import summarizer\n"
        "print(sorted(m for m in ('summarizer.pipeline', 'summarizer.client', 'summarizer.llm', 'jinja2') if m in sys.modules))\n"
        "from summarizer import *\n"
        "print(verify.__module__, render.__module__, build_report.__module__, EventReport.__name__)\n"
        "print(Summarizer.__module__, summarize_article.__module__, RunResult.__name__)\n"
        "print(sorted(set(summarizer.__all__) - set(dir(summarizer))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.splitlines()
    assert out == [
        "[]",
        "summarizer.verify.report summarizer.render summarizer.events.report EventReport",
        "summarizer.client summarizer.client RunResult",
        "[]",
    ]
