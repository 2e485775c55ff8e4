"""Creates the versions of seeded terms in other locales, for data migrations.

Kept under migrations/ (Django's loader skips modules starting with "_") so that later changes
to the app's code cannot change what past migrations did. It does what wagtail-localize's
copy_for_translation does for a snippet, with historical models: every field is copied from the
English row, the locale is set and the translation_key kept, then only the translatable text is
replaced. Parental many-to-many links are copied as they are (copy_for_translation copies them
too; the API follows them to the reader's locale).
"""

from collections.abc import Iterable, Mapping
from typing import Any

from django.apps.registry import Apps
from django.db import models

SOURCE_LOCALE = "en"


def add_translations(
    apps: Apps,
    app_label: str,
    model_name: str,
    key: str,
    translations: Mapping[str, Mapping[str, Mapping[str, str]]],
    many_to_many: Iterable[str] = (),
) -> int:
    """Create the missing versions of terms from {key value: {locale: {field: text}}}.

    A version is left alone when the term already has one in that locale (same translation_key)
    or when a row with the same key value exists there (made by hand before this ran): running
    again, or after editors translated some terms, changes nothing they made.
    """
    model = apps.get_model(app_label, model_name)
    locales = {
        locale.language_code: locale
        for locale in apps.get_model("wagtailcore", "Locale").objects.all()
    }
    source_locale = locales.get(SOURCE_LOCALE)
    if source_locale is None:
        return 0
    created = 0
    sources = model.objects.filter(locale=source_locale, **{f"{key}__in": list(translations)})
    for source in sources:
        for code, texts in translations[getattr(source, key)].items():
            locale = locales.get(code)
            if locale is None or code == SOURCE_LOCALE:
                continue
            existing = model.objects.filter(locale=locale)
            if (
                existing.filter(translation_key=source.translation_key).exists()
                or existing.filter(**{key: getattr(source, key)}).exists()
            ):
                continue
            copy = model.objects.get(pk=source.pk)
            copy.pk = None
            copy.id = None
            copy._state.adding = True
            copy.locale = locale
            for field, text in texts.items():
                setattr(copy, field, text)
            copy.save()
            for name in many_to_many:
                through = getattr(model, name).through
                source_column = f"{model._meta.model_name}_id"
                links = through.objects.filter(**{source_column: source.pk})
                through.objects.bulk_create(
                    through(**{**_link_values(link, through), source_column: copy.pk})
                    for link in links
                )
            created += 1
    return created


def _link_values(link: models.Model, through: type[models.Model]) -> dict[str, Any]:
    """The columns of a link row other than its primary key."""
    return {
        field.attname: getattr(link, field.attname)
        for field in through._meta.concrete_fields
        if not field.primary_key
    }
