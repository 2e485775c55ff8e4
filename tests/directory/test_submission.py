"""Visitors propose entries; they stay drafts in the curators' workflow until approved."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from directory.models import SocialEnterprise, SupportOrganisation

pytestmark = pytest.mark.django_db

SUBMIT = """
mutation($entry: DirectoryEntrySubmission!) {
  submitDirectoryEntry(entry: $entry) { accepted errors { field message } }
}
"""


def proposal(**overrides):
    entry = {
        "kind": "SOCIAL_ENTERPRISE",
        "name": "Hear me out",
        "shortDescription": "People with mental health difficulties speak for themselves.",
        "country": "dk",
        "contactName": "Mette",
        "contactEmail": "mette@example.org",
        "sectors": ["culture-media"],
        "latitude": 55.48,
        "longitude": 9.11,
    }
    entry.update(overrides)
    return {"entry": entry}


def submit(graphql, **overrides):
    return graphql(SUBMIT, proposal(**overrides))["data"]["submitDirectoryEntry"]


def test_submission_is_a_draft_in_review_and_not_public(graphql):
    assert submit(graphql) == {"accepted": True, "errors": []}
    entry = SocialEnterprise.objects.get()
    assert entry.live is False
    assert entry.slug == "hear-me-out"
    assert entry.submitter_contact == "Mette <mette@example.org>"
    assert entry.workflow_in_progress
    assert entry.current_workflow_task.name == "Curator review"
    listed = graphql(
        '{ socialEnterprises { totalCount } socialEnterprise(slug: "hear-me-out") { name } }'
    )
    assert listed["data"] == {"socialEnterprises": {"totalCount": 0}, "socialEnterprise": None}


def test_curator_approves_it_in_the_admin_and_it_is_published(graphql, client, django_user_model):
    submit(graphql)
    entry = SocialEnterprise.objects.get()
    curator = django_user_model.objects.create_user("curator", password="pw", is_staff=True)
    curator.groups.add(Group.objects.get(name="Directory curators"))
    client.force_login(curator)
    task_state = entry.current_workflow_state.current_task_state
    url = reverse(
        "wagtailsnippets_directory_socialenterprise:workflow_action",
        args=(entry.pk, "approve", task_state.pk),
    )
    response = client.post(url, {"comment": "Checked with the organisation."})
    assert response.status_code in (200, 302)
    entry.refresh_from_db()
    assert entry.live is True
    data = graphql(
        '{ socialEnterprise(slug: "hear-me-out") { name country { code } sectors { slug } } }'
    )
    assert data["data"]["socialEnterprise"] == {
        "name": "Hear me out",
        "country": {"code": "DK"},
        "sectors": [{"slug": "culture-media"}],
    }


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"contactEmail": "nope"}, "contactEmail", "valid email"),
        ({"country": "XX"}, "country", "Unknown country code 'XX'"),
        ({"latitude": 91.0}, "latitude", "less than or equal to 90"),
        ({"longitude": -200.0}, "longitude", "greater than or equal to -180"),
        ({"name": "x" * 201}, "name", "at most 200 characters"),
        ({"website": "not a url"}, "website", "valid URL"),
        ({"website": "ftp://example.org"}, "website", "valid URL"),
        ({"name": ""}, "name", "required"),
        ({"sectors": ["space-travel"]}, "sectors", "Unknown: space-travel"),
        ({"shortDescription": ""}, "shortDescription", "required"),
    ],
)
def test_invalid_submissions_get_field_errors(graphql, overrides, field, message):
    result = submit(graphql, **overrides)
    assert result["accepted"] is False
    assert any(e["field"] == field and message in e["message"] for e in result["errors"]), result
    assert not SocialEnterprise.objects.exists()


def test_support_organisation_submission(graphql):
    result = submit(
        graphql, kind="SUPPORT_ORGANISATION", name="Involved NGO", organisationType="ngo"
    )
    assert result["accepted"] is True
    assert SupportOrganisation.objects.get().organisation_type == "ngo"


def test_honeypot_is_silently_dropped(graphql):
    assert submit(graphql, homepage="http://spam.example")["accepted"] is True
    assert not SocialEnterprise.objects.exists()


def test_rate_limit_per_address(graphql, settings):
    settings.DIRECTORY_SUBMISSIONS_PER_HOUR = 2
    for n in range(2):
        assert submit(graphql, name=f"Entry {n}")["accepted"] is True
    body = graphql(SUBMIT, proposal(name="One too many"), errors=True)
    assert body["errors"][0]["extensions"]["code"] == "RATE_LIMITED"
    assert SocialEnterprise.objects.count() == 2
