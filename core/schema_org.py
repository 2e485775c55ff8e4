"""Helpers for schema.org structured data (JSON-LD), which content models build about themselves."""

CONTEXT = "https://schema.org"


def clean(data: dict) -> dict:
    """Leave out empty values: search engines prefer no property to an empty one."""
    return {key: value for key, value in data.items() if value not in (None, "", [], {})}
