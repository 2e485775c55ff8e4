"""Per-object look-ups done once for every object fetched together.

A listing attaches one Batch to all of its results. When a resolver needs something per object
(translations, localised taxonomies, images inside StreamField bodies), the first object asks
the loader for the whole batch and the others read the answer: one query instead of one each.
"""

_ATTR = "_api_batch"


class Batch:
    """Objects fetched together, and what loaders computed for all of them."""

    def __init__(self, objects):
        self.objects = list(objects)
        self.loaded = {}

    def load(self, name, loader):
        if name not in self.loaded:
            self.loaded[name] = loader(self.objects)
        return self.loaded[name]


def attach_batch(objects):
    """Mark objects as fetched together; returns them as a list."""
    objects = list(objects)
    batch = Batch(objects)
    for obj in objects:
        setattr(obj, _ATTR, batch)
    return objects


def load_for(obj, name, loader):
    """loader(objects) -> {pk: value} run once per batch; returns obj's value (None if absent)."""
    batch = getattr(obj, _ATTR, None)
    if batch is None:
        attach_batch([obj])
        batch = getattr(obj, _ATTR)
    return batch.load(name, loader).get(obj.pk)
