"""What a searchable kind declares about itself; search.engine derives the rest from it."""

from typing import TYPE_CHECKING, Any, ClassVar

from django.contrib.postgres.search import SearchVectorField
from django.db import models

from core.visibility import Chain


class Searchable(models.Model):
    """A model whose published objects site search finds (pages, directory entries).

    A concrete subclass is searchable by being a model: the engine lists them from the app
    registry, keyed by model name (the `kind` of a hit), and stores their documents on save.
    """

    # PostgreSQL: the weighted words of `search_weights` (and the body) in the locale's
    # text-search configuration, stored on save and GIN-indexed; NULL on SQLite, where the
    # words go to the owning app's FTS5 table instead.
    search_document = SearchVectorField(null=True, blank=True, editable=False, serialize=False)

    # (field, weight) pairs, A weighs most; the first field is the object's title or name.
    search_weights: ClassVar[tuple[tuple[str, str], ...]] = ()
    # Whether the strings of the StreamField `body` count (with the lowest weight).
    search_body: ClassVar[bool] = False
    # Fields whose text a hit's excerpt is taken from, in order (then the body, if it counts).
    search_excerpt_fields: ClassVar[tuple[str, ...]] = ()

    if TYPE_CHECKING:
        # Every searchable kind is translatable (Wagtail's TranslatableMixin, untyped); kinds
        # with `search_body` have a StreamField `body`.
        locale: Any
        locale_id: int
        body: Any

    class Meta:
        abstract = True

    @classmethod
    def searchable_set(cls, chain: Chain) -> models.QuerySet[Any]:
        """The objects search looks through for a locale chain: each visible object once, in
        the first locale of the chain that has it."""
        raise NotImplementedError(f"{cls.__name__} must say which of its objects are visible")

    def search_title(self) -> str:
        """The object's name as a hit shows it."""
        return str(getattr(self, self.search_weights[0][0]))
