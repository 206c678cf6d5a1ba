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
