"""Two editors never silently overwrite each other: locks refuse, conflicts are flagged."""

import re

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse

from directory.models import SocialEnterprise
from tests.cms.factories import ArticleIndexPageFactory, ArticlePageFactory
from tests.directory.factories import SocialEnterpriseFactory

pytestmark = pytest.mark.django_db


def member(django_user_model, username, *groups):
    user = django_user_model.objects.create_user(username, f"{username}@example.org", "pw")
    user.groups.add(*Group.objects.filter(name__in=groups))
    return user


def logged_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def article(home):
    library = ArticleIndexPageFactory(parent=home)
    page = ArticlePageFactory(parent=library, title="Measuring impact")
    page.save_revision().publish()
    return page


def edit_form(client, page) -> dict:
    """The edit form's data as the browser would post it back, hidden revision fields included."""
    response = client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,)))
    assert response.status_code == 200
    html = response.content.decode()
    hidden = dict(re.findall(r'name="(loaded_revision_\w+)" value="([^"]*)"', html))
    assert hidden["loaded_revision_id"] == str(page.latest_revision_id)
    return {
        "title": page.title,
        "slug": page.slug,
        "intro": page.intro,
        "publication_date": "2026-03-01",
        "body-count": "0",
        **hidden,
    }


def save(client, page, data, **headers):
    return client.post(reverse("wagtailadmin_pages:edit", args=(page.pk,)), data, **headers)


def test_locked_page_refuses_another_editors_save(django_user_model, article):
    moderator = logged_in(member(django_user_model, "moderator", "Moderators"))
    editor = logged_in(member(django_user_model, "editor", "Editors"))
    form = edit_form(editor, article)

    response = moderator.post(reverse("wagtailadmin_pages:lock", args=(article.pk,)))
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.locked

    before = article.latest_revision_id
    response = save(editor, article, {**form, "title": "Overwritten"}, follow=True)
    assert "The page could not be saved as it is locked." in response.content.decode()
    article.refresh_from_db()
    assert article.latest_revision_id == before
    assert article.get_latest_revision_as_object().title == "Measuring impact"

    moderator.post(reverse("wagtailadmin_pages:unlock", args=(article.pk,)))
    response = save(editor, article, {**edit_form(editor, article), "title": "Edited"})
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.get_latest_revision_as_object().title == "Edited"


def test_editors_cannot_lock_pages(django_user_model, article):
    editor = logged_in(member(django_user_model, "editor", "Editors"))
    response = editor.post(reverse("wagtailadmin_pages:lock", args=(article.pk,)))
    # The admin answers PermissionDenied by sending the user back to its dashboard.
    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_home")
    article.refresh_from_db()
    assert not article.locked


def test_second_editor_is_warned_and_their_stale_autosave_refused(django_user_model, article):
    anna = logged_in(member(django_user_model, "anna", "Editors"))
    ben = logged_in(member(django_user_model, "ben", "Editors"))
    annas_form = edit_form(anna, article)
    bens_form = edit_form(ben, article)

    # Anna saves first.
    assert save(anna, article, {**annas_form, "title": "Anna's title"}).status_code == 302
    article.refresh_from_db()
    annas_revision = article.latest_revision_id

    # Ben's editor pings the server, which tells him Anna saved a newer revision.
    ping = reverse("wagtailadmin_editing_sessions:ping", args=("cms", "articlepage", article.pk, 0))
    anna.post(ping, {"is_editing": "1"})
    response = ben.post(ping, {"revision_id": bens_form["loaded_revision_id"], "is_editing": "1"})
    others = response.json()["other_sessions"]
    assert [(other["user"], other["revision_id"]) for other in others] == [("anna", annas_revision)]

    # Ben's autosave, made from the revision he loaded, is refused rather than overwriting.
    response = save(
        ben, article, {**bens_form, "title": "Ben's title"}, HTTP_ACCEPT="application/json"
    )
    assert response.status_code == 400
    assert response.json()["error_code"] == "invalid_revision"
    article.refresh_from_db()
    assert article.latest_revision_id == annas_revision
    assert article.get_latest_revision_as_object().title == "Anna's title"


def test_locked_directory_entry_refuses_another_curators_save(django_user_model):
    entry = SocialEnterpriseFactory(name="Stop-over café", slug="stop-over")
    entry.save_revision().publish()
    first = logged_in(member(django_user_model, "first", "Directory curators"))
    second = logged_in(member(django_user_model, "second", "Directory curators"))
    urls = "wagtailsnippets_directory_socialenterprise"

    assert first.post(reverse(f"{urls}:lock", args=(entry.pk,))).status_code == 302
    entry.refresh_from_db()
    assert entry.locked and entry.locked_by.username == "first"

    response = second.post(
        reverse(f"{urls}:edit", args=(entry.pk,)),
        {
            "name": "Overwritten",
            "slug": "stop-over",
            "country": entry.country_id,
            "verification_status": "unverified",
        },
    )
    assert response.status_code == 200
    assert "could not be saved as it is locked" in response.content.decode()
    assert SocialEnterprise.objects.get(pk=entry.pk).latest_revision.as_object().name == (
        "Stop-over café"
    )
