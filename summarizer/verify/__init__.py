"""Checking a summary against its source text.

Pure functions, no network, no files. Every statement and incident field is
checked against the article and gets `Evidence`: spans into the original text, a
status and the reasons a reader should look twice.

- `quotes`: a quote located exactly, after folding typography, word by word with
  editorial brackets and elisions, or fuzzily (flagged, with the differing words).
- `attribution`: the quote lies inside quotation marks and the article attributes
  it to the claimed speaker (alias-aware, pronouns resolved).
- `facts`: places and actors named, figures stated as their own field's figures
  (killed, wounded, sites), dates that follow from their words and the publication date.
- `places` (with `gazetteer`, GeoNames loaded lazily): a place is used as a place,
  not a person, organisation, nationality or dateline.
- `roles`: the public kind-trigger table and role cues (agent, target, claimant,
  speaker) of a sentence, for checking and for constraining a model's choices.
- `incident`: an incident's description, kind and roles against its own sentence;
  planted instructions support nothing.
- `report`: every check of one summary, the totals, and what `--strict` keeps.

Everything that depends only on the article is computed once per text by
`text.source_index` and cached, so each check is a handful of lookups.
"""

from .quotes import FUZZY_MIN, ground_quote
from .report import STRICT_FAILURES, CheckedItem, VerificationReport, grounded_only, totals, value_grounded, verify, verify_summary

__all__ = [
    "FUZZY_MIN",
    "STRICT_FAILURES",
    "CheckedItem",
    "VerificationReport",
    "ground_quote",
    "grounded_only",
    "totals",
    "value_grounded",
    "verify",
    "verify_summary",
]
