"""Module boundaries from the design: the checking, grouping, dating and rendering
code is pure and never loads a model client."""

import subprocess
import sys


def test_pure_modules_never_import_a_model_client():
    code = (
        "import sys\n"
        "import summarizer.verify, summarizer.events, summarizer.dates, summarizer.render, summarizer.ingest\n"
        "print(sorted(m for m in ('openai', 'instructor', 'httpx2', 'llama_cpp') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_the_package_exports_the_library_and_loads_model_layers_on_first_use():
    code = (
        "import sys\n"
        "from summarizer.verify import normalize\n"  # the module first: the package still exports the function
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
        "summarizer.verify summarizer.render summarizer.events EventReport",
        "summarizer.client summarizer.client RunResult",
        "[]",
    ]
