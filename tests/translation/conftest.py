"""Users of the real groups (made by migrations) and an article to translate."""

import pytest
from django.contrib.auth.models import Group
from django.test import Client

from tests import factories
from tests.conftest import translate


def logged_in(django_user_model, username: str, group: str) -> Client:
    user = django_user_model.objects.create_user(username, f"{username}@example.org", "pw")
    user.groups.add(Group.objects.get(name=group))
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def translator(client, django_user_model):
    user = django_user_model.objects.create_user("ilze", "ilze@example.org", "pw")
    user.groups.add(Group.objects.get(name="Translators"))
    client.force_login(user)
    return client


@pytest.fixture
def moderator(django_user_model):
    return logged_in(django_user_model, "mara", "Moderators")


@pytest.fixture
def article(home):
    library = factories.ArticleIndexPageFactory(parent=home, slug="library")
    translate(home, "lv", title="Sākums")
    translate(library, "lv", title="Bibliotēka")
    article = factories.ArticlePageFactory(
        parent=library, slug="parents", title="A platform for single parents in Lithuania"
    )
    article.save_revision().publish()
    return article
