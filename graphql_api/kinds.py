"""The kinds of content the API serves, each registered once with its GraphQL type.

`@page_type(models.ArticlePage, ...)` and `@entry_type(models.SocialEnterprise, ...)` wrap
`strawberry_django.type`: they give the type its `jsonLd` field (what the model's `json_ld()`
builds, loading what the model says it reads) and record the pair model -> type. Everything
that lists kinds derives from these records: the concrete types in the schema, the `Page`
interface's type resolution, the `PageKind` and `SearchableType` enums, the unions of search
and preview, and the page listings and sitemap. A new page model needs one registration.
"""

import re
from collections.abc import Callable, Iterable
from enum import Enum
from typing import Any, TypeVar

import strawberry
import strawberry_django
from django.db.models import Model
from strawberry.scalars import JSON
from strawberry.types import get_object_definition

T = TypeVar("T", bound=type)

JSON_LD_DESCRIPTION = "schema.org JSON-LD for this object, ready for a <script> element."

# Model -> GraphQL type, in registration order (the order of the enums and unions).
PAGE_KINDS: dict[type[Model], type] = {}
ENTRY_KINDS: dict[type[Model], type] = {}


def kind_name(model: type[Model]) -> str:
    """The enum name of a kind: ArticleIndexPage -> ARTICLE_INDEX, SocialEnterprise ->
    SOCIAL_ENTERPRISE (a page model's "Page" suffix is left out)."""
    name = model.__name__.removesuffix("Page") or model.__name__
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).upper()


def kind_value(model: type[Model]) -> str:
    """The enum value of a kind: the model name, as content types and search know it."""
    return str(model._meta.model_name)


def kind_enum(name: str, models: Iterable[type[Model]], description: str) -> type[Enum]:
    """A GraphQL enum with one value per model: kind_name -> kind_value."""
    values = {kind_name(model): kind_value(model) for model in models}
    # The functional API: the members are only known once the models are.
    enum: type[Enum] = Enum(name, values)  # type: ignore[misc]
    return strawberry.enum(enum, description=description)


def with_json_ld(cls: T, model: type[Model]) -> T:
    """Give a type the `jsonLd` field: the model's json_ld(), with what it reads as hints."""

    def json_ld(self: Any, root: Any) -> JSON:
        return JSON(root.json_ld())

    cls.json_ld = strawberry_django.field(  # type: ignore[attr-defined]  # set on the class
        description=JSON_LD_DESCRIPTION,
        only=list(getattr(model, "json_ld_only", ())) or None,
        select_related=list(getattr(model, "json_ld_select_related", ())),
        prefetch_related=list(getattr(model, "json_ld_prefetch_related", ())),
    )(json_ld)
    return cls


def registered_type(
    registry: dict[type[Model], type], model: type[Model], **options: Any
) -> Callable[[type], type]:
    options.setdefault("name", model.__name__)

    def register(cls: type) -> type:
        if model in registry:
            raise ValueError(f"{model.__name__} already has a GraphQL type")
        registry[model] = strawberry_django.type(model, **options)(with_json_ld(cls, model))
        return registry[model]

    return register


def page_type(model: type[Model], **options: Any) -> Callable[[type], type]:
    """Register the GraphQL type of a page model (use instead of strawberry_django.type)."""
    return registered_type(PAGE_KINDS, model, **options)


def entry_type(model: type[Model], **options: Any) -> Callable[[type], type]:
    """Register the GraphQL type of a directory entry model."""
    return registered_type(ENTRY_KINDS, model, **options)


def type_name(obj: object) -> str | None:
    """The GraphQL type name of a page or entry (or of its model): its registered type."""
    model = obj if isinstance(obj, type) else type(obj)
    found = PAGE_KINDS.get(model) or ENTRY_KINDS.get(model)
    definition = get_object_definition(found) if found else None
    return definition.name if definition else None
