"""Cost estimates from token usage and a small editable price table."""

from __future__ import annotations

import os
import tomllib
from functools import lru_cache
from pathlib import Path

from .schema import Usage

DEFAULT_PRICES = Path(__file__).with_name("prices.toml")


@lru_cache(maxsize=4)
def _load(path: str) -> dict[str, dict[str, float]]:
    with open(path, "rb") as f:
        return tomllib.load(f).get("models", {})


def prices_path() -> str:
    return os.environ.get("SUMMARIZER_PRICES") or str(DEFAULT_PRICES)


def prices() -> dict[str, dict[str, float]]:
    return _load(prices_path())


def has_price(model: str) -> bool:
    """Whether `estimate` can price `model` (local models are free)."""
    return estimate(model, Usage(prompt_tokens=1, completion_tokens=1, total_tokens=2)) is not None


def estimate(model: str, usage: Usage) -> float | None:
    """USD for `usage` on `model`; 0 for local models; None when the price is unknown.
    Dated snapshots ("gpt-4o-mini-2024-07-18") use their base model's price."""
    if model.startswith("local") or usage.total_tokens == 0:
        return 0.0
    table = prices()
    name = model.split("/")[-1]
    price = table.get(name) or next((table[k] for k in sorted(table, key=len, reverse=True) if name.startswith(k + "-")), None)
    if price is None:
        return None
    return (usage.prompt_tokens * price["input"] + usage.completion_tokens * price["output"]) / 1_000_000


def add_cost(total: float | None, model: str, usage: Usage) -> float | None:
    """A running cost plus `usage`'s: unknown once any part is unknown, never
    silently counted as zero."""
    price = estimate(model, usage)
    return None if price is None or total is None else total + price
