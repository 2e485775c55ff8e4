"""Helpers for tests of any app that are neither fixtures nor factories."""

from django.contrib.auth.models import Group
from django.test import Client


def logged_in(django_user_model, username: str, group: str) -> Client:
    """A client logged in as a new user of one of the real groups (made by migrations)."""
    user = django_user_model.objects.create_user(username, f"{username}@example.org", "pw")
    user.groups.add(Group.objects.get(name=group))
    client = Client()
    client.force_login(user)
    return client


def empty_inlines(*prefixes) -> dict:
    """Management data of inline panels posted without rows, as the admin form sends it."""
    return {
        f"{prefix}-{field}": "0"
        for prefix in prefixes
        for field in ("TOTAL_FORMS", "INITIAL_FORMS", "MIN_NUM_FORMS")
    }
