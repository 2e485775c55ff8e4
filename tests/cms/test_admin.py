"""The Wagtail admin as editors and translators meet it."""

import pytest
from django.urls import reverse
from wagtail.models import Page

from cms.models import EventPage
from tests.cms.factories import (
    ArticleIndexPageFactory,
    ArticlePageFactory,
    EventIndexPageFactory,
    PolicyRecommendationIndexPageFactory,
    TeachingMaterialIndexPageFactory,
    TopicFactory,
    translate,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(user)
    return user


@pytest.fixture
def events(home):
    return EventIndexPageFactory(parent=home)


def event_form(**overrides):
    data = {
        "title": "SENBS partner meeting",
        "slug": "senbs-meeting",
        "intro": "Partners meet in Gdańsk.",
        "body-count": "0",
        "starts_at": "2022-01-24 10:00",
        "ends_at": "2022-01-24 16:00",
        "time_zone": "Europe/Warsaw",
        "attendance_mode": "mixed",
        "status": "scheduled",
        "city": "Gdańsk",
        "online_url": "https://example.org/meet",
        "language": "pl",
        "english_summary": "SENBS partners meet in Gdańsk.",
    }
    data.update(overrides)
    return data


def add_event_url(parent):
    return reverse("wagtailadmin_pages:add", args=("cms", "eventpage", parent.pk))


def test_event_ending_before_it_starts_is_a_form_error(client, editor, events):
    response = client.post(add_event_url(events), event_form(ends_at="2022-01-23 16:00"))
    assert response.status_code == 200
    assert "The event must end after it starts." in response.content.decode()
    assert not EventPage.objects.exists()


def test_valid_event_is_saved_as_a_draft(client, editor, events):
    response = client.post(add_event_url(events), event_form())
    assert response.status_code == 302
    event = EventPage.objects.get(slug="senbs-meeting")
    assert not event.live
    assert event.city == "Gdańsk"


@pytest.mark.parametrize(
    "model", ["articlepage", "policyrecommendationpage", "teachingmaterialpage"]
)
def test_add_forms_render(client, editor, home, model):
    parents = {
        "articlepage": ArticleIndexPageFactory,
        "policyrecommendationpage": PolicyRecommendationIndexPageFactory,
        "teachingmaterialpage": TeachingMaterialIndexPageFactory,
    }
    parent = parents[model](parent=home)
    response = client.get(reverse("wagtailadmin_pages:add", args=("cms", model, parent.pk)))
    assert response.status_code == 200
    assert 'name="title"' in response.content.decode()


def test_translate_action_is_offered_for_pages(client, editor, home):
    response = client.get(reverse("wagtail_localize:submit_page_translation", args=(home.pk,)))
    assert response.status_code == 200
    assert "Latviešu" in response.content.decode() or "Latvian" in response.content.decode()


def test_translate_action_submits_a_page_translation(client, editor, home, locale):
    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=(home.pk,)),
        {"locales": [locale("lv").pk]},
    )
    assert response.status_code == 302
    latvian = Page.objects.get(translation_key=home.translation_key, locale=locale("lv"))
    assert not latvian.live  # a draft for the translator, not published content


def test_snippets_can_be_translated(client, editor, locale):
    topic = TopicFactory(name="Impact measurement")
    url = reverse("wagtail_localize:submit_snippet_translation", args=("cms", "topic", topic.pk))
    response = client.post(url, {"locales": [locale("da").pk]})
    assert response.status_code == 302
    assert topic.get_translation(locale("da")).name == "Impact measurement"


def test_admin_speaks_the_editors_language(client, editor):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "lv"
    profile.save()
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    assert '<html lang="lv"' in response.content.decode()


def test_admin_login_page(client, db):
    response = client.get(reverse("wagtailadmin_login"))
    assert response.status_code == 200


def test_event_times_are_entered_in_the_events_time_zone(client, editor, events, graphql):
    """An editor in Riga enters a Gdańsk meeting at 10:00: it starts at 10:00 Gdańsk time."""
    response = client.post(
        add_event_url(events), {**event_form(), "action-publish": "action-publish"}
    )
    assert response.status_code == 302
    event = EventPage.objects.get(slug="senbs-meeting")
    assert event.starts_at.isoformat() == "2022-01-24T09:00:00+00:00"

    data = graphql(
        '{ page(urlPath: "/events/senbs-meeting/") { ... on EventPage { startsAt endsAt } } }'
    )
    assert data["data"]["page"] == {
        "startsAt": "2022-01-24T10:00:00+01:00",
        "endsAt": "2022-01-24T16:00:00+01:00",
    }
    edit = client.get(reverse("wagtailadmin_pages:edit", args=(event.pk,))).content.decode()
    assert 'value="2022-01-24 10:00"' in edit


def test_article_form_offers_topics_in_the_pages_locale(client, editor, home, locale):
    library = ArticleIndexPageFactory(parent=home)
    finance = TopicFactory(name="Social finance")
    danish_finance = finance.copy_for_translation(locale("da"))
    danish_finance.name = "Social finansiering"
    danish_finance.save()
    english_only = TopicFactory(name="Policy")
    article = ArticlePageFactory(parent=library)
    article.topics.set([finance, english_only])
    article.save_revision().publish()
    translate(home, "da")
    translate(library, "da")
    danish = translate(article, "da")

    form = client.get(reverse("wagtailadmin_pages:edit", args=(danish.pk,))).context["form"]
    choices = {topic.pk for topic in form.fields["topics"].queryset}
    # Danish topics, plus the English-only one the page already has (never silently dropped).
    assert choices == {danish_finance.pk, english_only.pk}
    assert set(form.initial["topics"]) == {danish_finance.pk, english_only.pk}
