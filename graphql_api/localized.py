"""Helpers for types of translatable models: enums from choices, links followed to a locale."""

from collections import defaultdict
from enum import Enum

import strawberry
from django.db.models import prefetch_related_objects

from .batching import load_for


def choices_enum(choices, name, description):
    """A GraphQL enum from Django TextChoices, so clients get the values in the schema."""
    enum = Enum(name, {value.upper(): value for value in choices.values})
    return strawberry.enum(enum, name=name, description=description)


def localized_related(obj, field_name: str):
    """The translatable objects obj (a page or an entry) links to, in obj's locale if they exist.

    Links to translatable snippets are synchronised to translations as they are, so a Danish
    page may point to the English topic; the API follows it to the Danish topic.
    """

    def loader(pages):
        # Objects that came as a list (search hits, mixed page types) are not prefetched by the
        # optimizer: fetch the links of each model's objects at once (prefetched ones are kept).
        # Previews hold their links in memory (modelcluster), unsaved pages have none stored.
        by_model = defaultdict(list)
        for p in pages:
            in_memory = getattr(p, "_cluster_related_objects", {})
            if hasattr(type(p), field_name) and p.pk is not None and field_name not in in_memory:
                by_model[type(p)].append(p)
        for objects in by_model.values():
            prefetch_related_objects(objects, field_name)
        linked = {}
        for p in pages:
            # A batch may mix models (page listings, search): some lack the field.
            value = getattr(p, field_name, None)
            linked[p.pk] = list(value.all()) if hasattr(value, "all") else [value] if value else []
        wanted = {
            (obj.translation_key, p.locale_id)
            for p in pages
            for obj in linked[p.pk]
            if obj.locale_id != p.locale_id
        }
        versions = {}
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

    return load_for(obj, f"localized:{field_name}", loader) or []


def localized_hints(field_name: str) -> dict:
    """Optimizer hints for a field resolved by localized_one: join it, keep what mapping needs."""
    return {
        "select_related": [field_name],
        "only": ["locale", f"{field_name}__locale", f"{field_name}__translation_key"],
    }


def localized_one(page, field_name: str):
    found = localized_related(page, field_name)
    return found[0] if found else None


def other_versions(objects, visible, field: str, make) -> dict:
    """{pk: [make(locale_code, value of field)]} for the visible versions of each object in the
    other locales, by locale code. visible: a queryset of versions the public may see."""
    rows = visible.filter(translation_key__in={obj.translation_key for obj in objects})
    by_key = defaultdict(list)
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
