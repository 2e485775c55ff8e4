"""Helpers for types of translatable models: enums from choices, links followed to a locale."""

from collections import defaultdict
from collections.abc import Callable, Iterable
from enum import Enum
from typing import Any, TypedDict, TypeVar

import strawberry
from django.db.models import Choices, QuerySet, prefetch_related_objects

from .batching import load_for

T = TypeVar("T")


def choices_enum(choices: type[Choices], name: str, description: str) -> type[Enum]:
    """A GraphQL enum from Django TextChoices, so clients get the values in the schema."""
    enum = Enum(name, {value.upper(): value for value in choices.values})  # type: ignore[misc]  # made from the choices at import
    made: type[Enum] = strawberry.enum(enum, name=name, description=description)
    return made


def localized_related(obj: Any, field_name: str) -> list[Any]:
    """The translatable objects obj (a page or an entry) links to, in obj's locale if they exist.

    Links to translatable snippets are synchronised to translations as they are, so a Danish
    page may point to the English topic; the API follows it to the Danish topic.
    """

    def loader(pages: list[Any]) -> dict[int, list[Any]]:
        # Objects that came as a list (search hits, mixed page types) are not prefetched by the
        # optimizer: fetch the links of each model's objects at once (prefetched ones are kept).
        # Previews hold their links in memory (modelcluster), unsaved pages have none stored.
        by_model: dict[type[Any], list[Any]] = defaultdict(list)
        for p in pages:
            in_memory = getattr(p, "_cluster_related_objects", {})
            if hasattr(type(p), field_name) and p.pk is not None and field_name not in in_memory:
                by_model[type(p)].append(p)
        for objects in by_model.values():
            prefetch_related_objects(objects, field_name)
        linked: dict[int, list[Any]] = {}
        for p in pages:
            # A batch may mix models (page listings, search): some lack the field.
            value: Any = getattr(p, field_name, None)
            linked[p.pk] = list(value.all()) if hasattr(value, "all") else [value] if value else []
        wanted = {
            (obj.translation_key, p.locale_id)
            for p in pages
            for obj in linked[p.pk]
            if obj.locale_id != p.locale_id
        }
        versions: dict[tuple[str, int], Any] = {}
        if wanted:
            model = type(next(obj for objs in linked.values() for obj in objs))
            rows = model.objects.filter(
                translation_key__in={key for key, _ in wanted},
                locale_id__in={locale for _, locale in wanted},
            )
            versions = {(obj.translation_key, obj.locale_id): obj for obj in rows}
        return {
            p.pk: [versions.get((obj.translation_key, p.locale_id), obj) for obj in linked[p.pk]]
            for p in pages
        }

    found: list[Any] | None = load_for(obj, f"localized:{field_name}", loader)
    return found or []


class OptimizerHints(TypedDict):
    select_related: list[str]
    only: list[str]


def localized_hints(field_name: str) -> OptimizerHints:
    """Optimizer hints for a field resolved by localized_one: join it, keep what mapping needs."""
    return {
        "select_related": [field_name],
        "only": ["locale", f"{field_name}__locale", f"{field_name}__translation_key"],
    }


def localized_one(page: Any, field_name: str) -> Any:
    found = localized_related(page, field_name)
    return found[0] if found else None


def other_versions(
    objects: Iterable[Any],
    visible: QuerySet[Any],
    field: str,
    make: Callable[[str, Any], T],
) -> dict[int, list[T]]:
    """{pk: [make(locale_code, value of field)]} for the visible versions of each object in the
    other locales, by locale code. visible: a queryset of versions the public may see."""
    rows = visible.filter(translation_key__in={obj.translation_key for obj in objects})
    by_key: dict[str, list[tuple[str, int, Any]]] = defaultdict(list)
    for key, pk, code, value in rows.values_list(
        "translation_key", "pk", "locale__language_code", field
    ):
        by_key[key].append((code, pk, value))
    return {
        obj.pk: [
            make(code, value)
            for code, pk, value in sorted(by_key[obj.translation_key])
            if pk != obj.pk
        ]
        for obj in objects
    }
