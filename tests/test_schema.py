"""The data model's own checks: what the model's answer must satisfy to be accepted
(failing ones are re-asked with the error)."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from summarizer.schema import DateValue, IncidentDraft


@pytest.mark.parametrize("value", ["2024-02-29", "2024-02", "2024", "2019-12-31", None, "early 2024"])
def test_real_dates_are_accepted(value):
    assert DateValue(value=value).value == value


@pytest.mark.parametrize("value", ["2024-02-30", "2023-02-29", "2024-13", "2024-00-10", "2024-04-31", "2024-01-00"])
def test_impossible_dates_are_rejected_with_a_reason_the_model_can_act_on(value):
    with pytest.raises(ValidationError, match=f"{value} is not a date"):
        IncidentDraft.model_validate({"kind": "air strike", "description": "x", "date": {"value": value}})
