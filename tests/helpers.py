"""Helpers for tests of any app that are neither fixtures nor factories."""

import importlib

import factory
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


def factory_for(model):
    """The factory of a model, from its app's factories module (tests/<app>/factories.py).
    Tests that walk every kind of content use it, so a new kind without a factory fails them
    by name."""
    module = importlib.import_module(f"tests.{model._meta.app_label}.factories")
    found = [
        item
        for item in vars(module).values()
        if isinstance(item, type)
        and issubclass(item, factory.base.BaseFactory)
        and getattr(item._meta, "model", None) is model
    ]
    assert found, (
        f"No factory for {model.__name__}: add {model.__name__}Factory to {module.__file__}"
    )
    return found[0]
