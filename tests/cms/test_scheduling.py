"""Scheduled publishing and expiry: `publish_scheduled` acts on time, the API at once."""

import datetime
import time

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from cms.models import ArticlePage
from directory.models import SocialEnterprise
from tests.cms.factories import ArticleIndexPageFactory, ArticlePageFactory
from tests.directory.factories import SocialEnterpriseFactory

pytestmark = pytest.mark.django_db

PAGE_QUERY = '{ page(urlPath: "/library/measuring-impact/") { title } }'
LIST_QUERY = "{ articles { totalCount results { title } } pages { results { title } } }"
ENTRY_QUERY = (
    '{ socialEnterprise(slug: "stop-over-cafe") { name }'
    " socialEnterprises { totalCount results { name } } }"
)
# Long enough for the admin round trip, short enough for a test to wait it out.
DELAY = 2


@pytest.fixture
def moderator(client, django_user_model):
    user = django_user_model.objects.create_superuser("moderator", "m@example.org", "pw")
    client.force_login(user)
    return user


@pytest.fixture
def library(home):
    return ArticleIndexPageFactory(parent=home)


def admin_time(moment: datetime.datetime) -> str:
    """A moment as the admin's date-time field takes it, to the second, in local time."""
    return timezone.localtime(moment).strftime("%Y-%m-%d %H:%M:%S")


def publish_article(client, library, **fields):
    url = reverse("wagtailadmin_pages:add", args=("cms", "articlepage", library.pk))
    data = {
        "title": "Measuring impact",
        "slug": "measuring-impact",
        "intro": "How social enterprises show what they change.",
        "publication_date": "2026-03-01",
        "body-count": "0",
        "action-publish": "publish",
        **fields,
    }
    response = client.post(url, data)
    assert response.status_code == 302, response.context["form"].errors
    return ArticlePage.objects.get(slug="measuring-impact")


def wait_until(moment: datetime.datetime):
    time.sleep(max(0.0, (moment - timezone.now()).total_seconds()) + 0.2)


def test_scheduled_page_goes_live_only_after_its_time(client, moderator, library, graphql):
    go_live = timezone.now() + datetime.timedelta(seconds=DELAY)
    page = publish_article(client, library, go_live_at=admin_time(go_live))
    assert not page.live
    assert page.latest_revision.approved_go_live_at is not None

    call_command("publish_scheduled")  # too early: nothing happens
    assert graphql(PAGE_QUERY)["data"]["page"] is None

    wait_until(go_live)
    # Not live until the scheduler runs (the API does not publish drafts by itself).
    assert graphql(PAGE_QUERY)["data"]["page"] is None
    call_command("publish_scheduled")
    assert graphql(PAGE_QUERY)["data"]["page"] == {"title": "Measuring impact"}
    page.refresh_from_db()
    assert page.live


def test_expired_page_disappears_at_once_then_is_unpublished(client, moderator, library, graphql):
    expiry = timezone.now() + datetime.timedelta(seconds=DELAY)
    page = publish_article(client, library, expire_at=admin_time(expiry))
    assert page.live
    assert graphql(PAGE_QUERY)["data"]["page"] == {"title": "Measuring impact"}

    wait_until(expiry)
    # Gone from every route before any command runs.
    assert graphql(PAGE_QUERY)["data"]["page"] is None
    listing = graphql(LIST_QUERY)["data"]
    assert listing["articles"]["totalCount"] == 0
    assert "Measuring impact" not in [item["title"] for item in listing["pages"]["results"]]

    call_command("publish_scheduled")
    page.refresh_from_db()
    assert not page.live
    assert page.expired


def test_live_page_with_go_live_in_the_future_is_withheld(library, graphql):
    page = ArticlePageFactory(parent=library, slug="measuring-impact")
    assert graphql(PAGE_QUERY)["data"]["page"] is not None
    ArticlePage.objects.filter(pk=page.pk).update(
        go_live_at=timezone.now() + datetime.timedelta(hours=1)
    )
    assert graphql(PAGE_QUERY)["data"]["page"] is None


def test_expired_directory_entry_disappears_at_once(graphql):
    entry = SocialEnterpriseFactory(name="Stop-over café", slug="stop-over-cafe")
    data = graphql(ENTRY_QUERY)["data"]
    assert data["socialEnterprise"] == {"name": "Stop-over café"}

    SocialEnterprise.objects.filter(pk=entry.pk).update(
        expire_at=timezone.now() - datetime.timedelta(seconds=1)
    )
    data = graphql(ENTRY_QUERY)["data"]
    assert data["socialEnterprise"] is None
    assert data["socialEnterprises"]["totalCount"] == 0

    call_command("publish_scheduled")
    entry.refresh_from_db()
    assert not entry.live
    assert entry.expired


def test_scheduled_directory_entry_goes_live_after_its_time(graphql):
    entry = SocialEnterpriseFactory(name="Stop-over café", slug="stop-over-cafe", live=False)
    go_live = timezone.now() + datetime.timedelta(seconds=DELAY)
    entry.go_live_at = go_live
    entry.save_revision().publish()
    entry.refresh_from_db()
    assert not entry.live

    call_command("publish_scheduled")
    assert graphql(ENTRY_QUERY)["data"]["socialEnterprise"] is None

    wait_until(go_live)
    call_command("publish_scheduled")
    assert graphql(ENTRY_QUERY)["data"]["socialEnterprise"] == {"name": "Stop-over café"}
