"""Regenerate tests/data/golden_messages.json after a deliberate prompt change."""

import json
from pathlib import Path

from summarizer.prompts import load_template

data = Path(__file__).parent / "data"
text = (data / "sample_article.txt").read_text(encoding="utf-8")
messages = load_template().messages(text, published="2025-03-03")
(data / "golden_messages.json").write_text(json.dumps(messages, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
print("wrote", data / "golden_messages.json")
