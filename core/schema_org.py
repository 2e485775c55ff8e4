"""Helpers for schema.org structured data (JSON-LD), which content models build about themselves."""

from typing import Any

CONTEXT = "https://schema.org"


def clean(data: dict[str, Any]) -> dict[str, Any]:
    """Leave out empty values: search engines prefer no property to an empty one."""
    return {key: value for key, value in data.items() if value not in (None, "", [], {})}
