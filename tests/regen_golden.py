"""Regenerate tests/data/golden_messages.json after a deliberate prompt change:
python -m tests.regen_golden"""

import json
from pathlib import Path

from summarizer.focused import load_focused, passage_ranges, quote_questions, sentence_questions
from summarizer.ingest import Article
from summarizer.prompts import load_template

DATA = Path(__file__).parent / "data"
GOLDEN = DATA / "golden_messages.json"


def rendered() -> dict[str, list[dict[str, str]]]:
    """The messages every template renders for the sample article: the whole-article
    prompt, and the first question of each kind of the focused strategy."""
    text = (DATA / "sample_article.txt").read_text(encoding="utf-8")
    article = Article(id="sample", text=text, published="2025-03-03")
    focused = load_focused()
    sentence, quote = sentence_questions(article)[0], quote_questions(article)[0]
    [(start, end)] = passage_ranges(text)  # the sample is one passage
    passage = text[start:end].strip()
    return {
        "extract": load_template().messages(text, published="2025-03-03"),
        "incident": focused.incident.messages(passage, article.published, focus=sentence.sentence),
        "speaker": focused.speaker.messages(passage, article.published, focus=quote.quote, choices=quote.speakers),
    }


if __name__ == "__main__":
    GOLDEN.write_text(json.dumps(rendered(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print("wrote", GOLDEN)
