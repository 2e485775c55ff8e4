"""Model fields shared by the directory and the content pages (cms imports them, not back)."""

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Cast
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise

_M = TypeVar("_M", bound=models.Model)


class ChoiceListField(models.JSONField):
    """Several values from a fixed list, stored as a JSON list and edited as checkboxes."""

    def __init__(
        self, *args: Any, item_choices: Iterable[tuple[str, "StrOrPromise"]] = (), **kwargs: Any
    ) -> None:
        self.item_choices = list(item_choices)
        kwargs.setdefault("default", list)
        super().__init__(*args, **kwargs)

    def deconstruct(self) -> Any:
        name, path, args, kwargs = super().deconstruct()
        kwargs["item_choices"] = self.item_choices
        return name, path, args, kwargs

    def validate(self, value: Any, model_instance: models.Model | None) -> None:
        super().validate(value, model_instance)
        allowed = {key for key, _label in self.item_choices}
        unknown = [item for item in value or [] if item not in allowed]
        if unknown:
            raise ValidationError(
                _("Unknown choice(s): %(items)s"), params={"items": ", ".join(map(str, unknown))}
            )

    def formfield(self, **kwargs: Any) -> forms.MultipleChoiceField:
        return forms.MultipleChoiceField(
            choices=self.item_choices,
            required=not self.blank,
            label=capfirst(self.verbose_name),
            help_text=self.help_text,
            widget=forms.CheckboxSelectMultiple,
        )

    def labels(self, values: Sequence[str] | None) -> list["StrOrPromise"]:
        """The human labels of the stored values, in choice order."""
        return [label for key, label in self.item_choices if key in (values or [])]


def filter_list_contains(
    queryset: models.QuerySet[_M], field_name: str, value: str
) -> models.QuerySet[_M]:
    """Rows whose ChoiceListField holds value, on SQLite and PostgreSQL alike.

    JSON containment (`__contains` on a JSONField) is PostgreSQL-only, so match the quoted item
    in the JSON text instead; choice keys never contain quotes.
    """
    alias = f"{field_name}_text"
    # django-stubs types an alias() with computed names as a queryset of Any rows.
    aliased: models.QuerySet[_M] = queryset.alias(**{alias: Cast(field_name, models.TextField())})
    return aliased.filter(**{f"{alias}__contains": f'"{value}"'})
