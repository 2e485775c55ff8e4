"""Per-object look-ups done once for every object fetched together.

A listing attaches one Batch to all of its results. When a resolver needs something per object
(translations, localised taxonomies, images inside StreamField bodies), the first object asks
the loader for the whole batch and the others read the answer: one query instead of one each.
"""

from collections.abc import Callable, Iterable
from typing import Any

_ATTR = "_api_batch"

# loader(objects) -> {pk: value}
Loader = Callable[[list[Any]], dict[Any, Any]]


class Batch:
    """Objects fetched together, and what loaders computed for all of them."""

    def __init__(self, objects: Iterable[Any]) -> None:
        self.objects = list(objects)
        self.loaded: dict[str, dict[Any, Any]] = {}

    def load(self, name: str, loader: Loader) -> dict[Any, Any]:
        if name not in self.loaded:
            self.loaded[name] = loader(self.objects)
        return self.loaded[name]


def attach_batch(objects: Iterable[Any]) -> list[Any]:
    """Mark objects as fetched together; returns them as a list."""
    listed = list(objects)
    batch = Batch(listed)
    for obj in listed:
        setattr(obj, _ATTR, batch)
    return listed


def load_for(obj: Any, name: str, loader: Loader) -> Any:
    """loader(objects) -> {pk: value} run once per batch; returns obj's value (None if absent)."""
    batch = getattr(obj, _ATTR, None)
    if batch is None:
        attach_batch([obj])
        batch = getattr(obj, _ATTR)
    assert isinstance(batch, Batch)
    return batch.load(name, loader).get(obj.pk)
