"""Users of the real groups (made by migrations) and an article to translate."""

import pytest
from django.contrib.auth.models import Group

from tests.cms.factories import ArticleIndexPageFactory, ArticlePageFactory, translate
from tests.helpers import logged_in


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
    library = ArticleIndexPageFactory(parent=home, slug="library")
    translate(home, "lv", title="Sākums")
    translate(library, "lv", title="Bibliotēka")
    article = ArticlePageFactory(
        parent=library, slug="parents", title="A platform for single parents in Lithuania"
    )
    article.save_revision().publish()
    return article
