import pytest

from summarizer.cost import estimate
from summarizer.schema import Usage


def test_known_model_priced_per_million_tokens():
    assert estimate("gpt-4o-mini", Usage(prompt_tokens=1_000_000, completion_tokens=1_000_000, total_tokens=2_000_000)) == pytest.approx(0.75)


def test_dated_snapshot_uses_base_price_and_longest_prefix_wins():
    u = Usage(prompt_tokens=1_000_000, completion_tokens=0, total_tokens=1_000_000)
    assert estimate("gpt-4o-mini-2024-07-18", u) == pytest.approx(0.15)
    assert estimate("gpt-4o-2024-08-06", u) == pytest.approx(2.50)


def test_unknown_and_local_models():
    u = Usage(prompt_tokens=10, completion_tokens=10, total_tokens=20)
    assert estimate("mystery-model", u) is None
    assert estimate("local:qwen2.5-coder-0.5b-instruct", u) == 0.0


def test_price_table_can_be_replaced(tmp_path, monkeypatch):
    table = tmp_path / "p.toml"
    table.write_text('[models."mystery-model"]\ninput = 1.0\noutput = 2.0\n')
    monkeypatch.setenv("SUMMARIZER_PRICES", str(table))
    assert estimate("mystery-model", Usage(prompt_tokens=1_000_000, completion_tokens=1_000_000, total_tokens=2_000_000)) == pytest.approx(3.0)
