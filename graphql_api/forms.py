"""What the mutations' model forms share."""

from typing import Any

from django import forms
from django.db import models


def web_first(field: models.Field[Any, Any], **kwargs: Any) -> forms.Field | None:
    """A model field's form field, where a link given without a scheme reads as https://
    (Django 6's default; Django 5 would read http:// and warn)."""
    if isinstance(field, models.URLField):
        kwargs.setdefault("assume_scheme", "https")
    return field.formfield(**kwargs)
