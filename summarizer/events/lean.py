"""Lighter report objects: one shared fields set for every model instance of one shape.

pydantic gives each instance its own set of the fields it was given (216 bytes,
more than a text mention's values), and a report holds about a hundred small
instances per article (mentions, spans, claims, headlines): 1,000 synthetic
articles' report is 82 MB with its own sets, 48 MB with shared ones. Nothing here
reads those sets (they serve `exclude_unset`), so instances of one class given
the same fields share one, read-only.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

from pydantic import BaseModel

M = TypeVar("M", bound=BaseModel)


class _Shared(set):
    """A fields set many instances share. Changing it in place raises (assigning a
    field of a shared instance would change them all); a copy, as `model_copy`
    makes, is a plain set of its own."""

    def add(self, element: object) -> None:
        raise TypeError("a shared fields set is read-only: assign fields before `lean`, or use model_copy")

    def update(self, *others: Iterable[object]) -> None:
        raise TypeError("a shared fields set is read-only: assign fields before `lean`, or use model_copy")

    def __copy__(self) -> set:
        return set(self)


_SHAPES: dict[tuple[type, frozenset[str]], _Shared] = {}


def lean(model: M) -> M:
    """`model` with the shared fields set of its shape (see the module docstring);
    its fields must not be assigned afterwards. Returns it, for use inline."""
    fields = model.__pydantic_fields_set__
    if not isinstance(fields, _Shared):
        key = (type(model), frozenset(fields))
        shared = _SHAPES.get(key)
        if shared is None:
            shared = _SHAPES[key] = _Shared(fields)
        object.__setattr__(model, "__pydantic_fields_set__", shared)
    return model


def lean_tree(value: object) -> None:
    """`lean` every model in `value` and the models, lists and dicts it holds."""
    if isinstance(value, BaseModel):
        lean(value)
        children: Iterable[object] = value.__dict__.values()
    elif isinstance(value, dict):
        children = value.values()
    elif isinstance(value, list):
        children = value
    else:
        return
    for item in children:
        if isinstance(item, BaseModel | list | dict):
            lean_tree(item)
