"""What the design promises about where things live (the import directions are checked by
import-linter in `make check`)."""

import importlib.util

from django.apps import apps
from wagtail.models import Page

from search.engine import searchable_models
from search.models import Searchable


def test_graphql_api_owns_no_database_objects():
    config = apps.get_app_config("graphql_api")
    assert list(config.get_models()) == []
    assert importlib.util.find_spec("graphql_api.migrations") is None


def test_every_content_page_and_directory_entry_is_searchable_by_being_a_model():
    pages = {
        model
        for model in apps.get_models()
        if issubclass(model, Page) and model._meta.app_label == "cms"
    }
    entries = set(apps.get_app_config("directory").get_models()) & {
        model for model in apps.get_models() if issubclass(model, Searchable)
    }
    kinds = searchable_models()
    assert pages <= set(kinds.values())
    assert {model._meta.model_name for model in entries} == {
        "socialenterprise",
        "supportorganisation",
    }
    for kind, model in kinds.items():
        assert kind == model._meta.model_name
        assert model.search_weights, f"{model.__name__} declares no search_weights"
