"""Curators edit directory entries in the Wagtail admin: drafts, validation, filters."""

import pytest
from django.urls import reverse

from directory.models import Country, LegalForm, Sector, SocialEnterprise
from tests.helpers import empty_inlines

pytestmark = pytest.mark.django_db

ADD = "wagtailsnippets_directory_socialenterprise:add"
LIST = "wagtailsnippets_directory_socialenterprise:list"


@pytest.fixture
def curator(client, django_user_model):
    user = django_user_model.objects.create_superuser("curator", "c@example.org", "pw")
    client.force_login(user)
    return user


def enterprise_form(**overrides):
    data = {
        "name": "Stop-over kafejnīca",
        "slug": "stop-over",
        "short_description": "A café run by young people in Liepa.",
        "description": "",
        "country": Country.objects.get(code="LV", locale__language_code="en").pk,
        "city": "Liepa",
        "latitude": "57.36",
        "longitude": "25.41",
        "sectors": [Sector.objects.get(slug="food-catering", locale__language_code="en").pk],
        "verification_status": "self_reported",
        "stage": "start_up",
        # The journey inline: one dated step.
        "journey-TOTAL_FORMS": "1",
        "journey-INITIAL_FORMS": "0",
        "journey-MIN_NUM_FORMS": "0",
        "journey-MAX_NUM_FORMS": "1000",
        "journey-0-date": "2021-03-01",
        "journey-0-title": "Kafejnīca atver durvis",
        "journey-0-text": "",
        "journey-0-ORDER": "1",
        **empty_inlines("impact"),
    }
    data.update(overrides)
    return data


def test_draft_is_saved_but_not_live(client, curator):
    response = client.post(reverse(ADD), enterprise_form())
    assert response.status_code == 302
    enterprise = SocialEnterprise.objects.get(slug="stop-over")
    assert enterprise.live is False
    assert enterprise.name == "Stop-over kafejnīca"
    assert enterprise.latest_revision is not None
    assert enterprise.stage == "start_up"
    assert [(e.title, e.locale.language_code) for e in enterprise.journey.all()] == [
        ("Kafejnīca atver durvis", "en")
    ]


def test_publish_makes_it_live(client, curator):
    response = client.post(reverse(ADD), {**enterprise_form(), "action-publish": "publish"})
    assert response.status_code == 302
    enterprise = SocialEnterprise.objects.get(slug="stop-over")
    assert enterprise.live is True
    assert list(enterprise.sectors.values_list("slug", flat=True)) == ["food-catering"]


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"latitude": "95"}, "latitude", "less than or equal to 90"),
        ({"longitude": "-181"}, "longitude", "greater than or equal to -180"),
        ({"longitude": ""}, "longitude", "Give both latitude and longitude"),
        ({"year_founded": "1500"}, "year_founded", "greater than or equal to 1800"),
        ({"email": "not-an-address"}, "email", "valid email"),
    ],
)
def test_invalid_input_is_a_form_error(client, curator, overrides, field, message):
    response = client.post(reverse(ADD), enterprise_form(**overrides))
    assert response.status_code == 200
    assert message in str(response.context["form"].errors[field])
    assert not SocialEnterprise.objects.exists()


def test_legal_form_must_fit_the_country(client, curator):
    danish = LegalForm.objects.create(
        name="Registreret socialøkonomisk virksomhed",
        slug="rsv",
        country=Country.objects.get(code="DK", locale__language_code="en"),
        locale=Country.objects.get(code="DK", locale__language_code="en").locale,
    )
    response = client.post(reverse(ADD), enterprise_form(legal_form=danish.pk))
    assert response.status_code == 200
    assert "another country" in str(response.context["form"].errors["legal_form"])


def test_listing_filters_by_country(client, curator):
    client.post(reverse(ADD), enterprise_form())
    client.post(
        reverse(ADD),
        enterprise_form(
            name="Hear me out",
            slug="hear-me-out",
            country=Country.objects.get(code="DK", locale__language_code="en").pk,
        ),
    )
    latvia = Country.objects.get(code="LV", locale__language_code="en")
    response = client.get(reverse(LIST), {"country": latvia.pk})
    assert response.status_code == 200
    assert [entry.name for entry in response.context["object_list"]] == ["Stop-over kafejnīca"]


def test_entries_can_be_translated_with_wagtail_localize(client, curator, locale):
    client.post(reverse(ADD), {**enterprise_form(), "action-publish": "publish"})
    enterprise = SocialEnterprise.objects.get(slug="stop-over")
    url = reverse(
        "wagtail_localize:submit_snippet_translation",
        args=("directory", "socialenterprise", enterprise.pk),
    )
    response = client.post(url, {"locales": [locale("da").pk]})
    assert response.status_code == 302
    danish = enterprise.get_translation(locale("da"))
    # Structural fields are synchronised; the translation waits for the translator.
    assert danish.slug == "stop-over"
    assert danish.latitude == enterprise.latitude
    assert list(danish.sectors.values_list("slug", flat=True)) == ["food-catering"]
