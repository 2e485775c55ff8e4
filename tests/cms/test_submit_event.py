"""submitEvent: a public proposal lands as a draft event in moderation, or gets field errors."""

from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from django.utils import timezone

from cms.models import EventPage
from tests.cms.factories import EventIndexPageFactory

MUTATION = """mutation($event: EventSubmission!) {
  submitEvent(event: $event) { accepted errors { field message } }
}"""


@pytest.fixture
def calendar(home):
    home.save_revision().publish()
    return EventIndexPageFactory(parent=home, slug="events")


def proposal(**changes):
    start = timezone.now() + timedelta(days=30)
    event = {
        "name": "Sociālās uzņēmējdarbības darbnīca Gdańskā",
        "description": "A workshop for social entrepreneurs from Poland and Latvia.",
        "startsAt": start.replace(tzinfo=None).isoformat(timespec="minutes"),
        "endsAt": (start + timedelta(hours=3)).replace(tzinfo=None).isoformat(timespec="minutes"),
        "timeZone": "Europe/Warsaw",
        "city": "Gdańsk",
        "country": "PL",
        "eventType": "workshop",
        "language": "pl",
        "englishSummary": "A hands-on workshop on impact measurement.",
        "contactName": "Łucja Wąsowska",
        "contactEmail": "lucja@example.org",
    }
    event.update(changes)
    return {"event": event}


def submit(graphql, **changes):
    return graphql(MUTATION, proposal(**changes))["data"]["submitEvent"]


def test_proposal_becomes_a_draft_event_in_moderation(graphql, calendar):
    sent = proposal()
    assert graphql(MUTATION, sent)["data"]["submitEvent"] == {"accepted": True, "errors": []}
    event = EventPage.objects.get()
    assert not event.live
    assert event.get_parent().specific == calendar
    assert event.workflow_in_progress
    assert event.submitter_contact == "Łucja Wąsowska <lucja@example.org>"
    assert (event.city, event.country.code, event.event_type.slug) == ("Gdańsk", "PL", "workshop")
    # A time without offset is wall-clock time at the venue.
    assert event.time_zone == "Europe/Warsaw"
    local = event.starts_at.astimezone(ZoneInfo("Europe/Warsaw")).replace(tzinfo=None)
    assert local.isoformat(timespec="minutes") == sent["event"]["startsAt"]
    listed = graphql("{ events { results { title } } }")["data"]["events"]["results"]
    assert listed == []


def test_field_errors(graphql, calendar):
    soon = (timezone.now() + timedelta(days=3)).replace(tzinfo=None).isoformat(timespec="minutes")
    result = submit(
        graphql,
        name="",
        contactEmail="not-an-address",
        startsAt=soon,
        endsAt=soon,
        language="lv",
        englishSummary="",
        city="",
        onlineUrl="",
        eventType="party",
        country="XX",
    )
    assert result["accepted"] is False
    fields = {error["field"] for error in result["errors"]}
    assert fields == {
        "name",
        "contactEmail",
        "startsAt",
        "endsAt",
        "englishSummary",
        "city",
        "eventType",
        "country",
    }
    messages = {error["field"]: error["message"] for error in result["errors"]}
    assert messages["startsAt"] == "Events must be proposed at least 7 days before they start."
    assert "conference" in messages["eventType"]
    assert not EventPage.objects.exists()


def test_online_event_in_english_needs_no_summary(graphql, calendar):
    result = submit(
        graphql,
        city="",
        country="",
        onlineUrl="https://example.org/live",
        language="en",
        englishSummary="",
    )
    assert result == {"accepted": True, "errors": []}
    assert EventPage.objects.get().attendance_mode == "online"


def test_days_ahead_is_a_setting(graphql, calendar, settings):
    settings.EVENT_SUBMISSION_MIN_DAYS_AHEAD = 60
    result = submit(graphql)
    assert [e["field"] for e in result["errors"]] == ["startsAt"]


def test_honeypot_and_rate_limit(graphql, calendar, settings):
    assert submit(graphql, homepage="http://spam.example") == {"accepted": True, "errors": []}
    assert not EventPage.objects.exists()
    settings.EVENT_SUBMISSIONS_PER_HOUR = 2
    submit(graphql, name="Second")
    body = graphql(MUTATION, proposal(name="Third"), errors=True)
    assert body["errors"][0]["extensions"]["code"] == "RATE_LIMITED"
    assert EventPage.objects.count() == 1


CODED = """mutation($event: EventSubmission!) {
  submitEvent(event: $event) { accepted errors { field message code } }
}"""


def coded_errors(graphql, **changes):
    result = graphql(CODED, proposal(**changes))["data"]["submitEvent"]
    assert result["accepted"] is False
    return {error["field"]: (error["message"], error["code"]) for error in result["errors"]}


def test_errors_carry_codes(graphql, calendar):
    soon = (timezone.now() + timedelta(days=3)).replace(tzinfo=None).isoformat(timespec="minutes")
    errors = coded_errors(
        graphql,
        name="x" * 256,
        description="",
        contactEmail="not-an-address",
        startsAt=soon,
        endsAt=soon,
        timeZone="Mars/Olympus",
        language="xx",
        city="",
        eventType="party",
    )
    assert {field: code for field, (_message, code) in errors.items()} == {
        "name": "max_length",
        "description": "required",
        "contactEmail": "invalid",
        "startsAt": "too_soon",
        "endsAt": "ends_before_start",
        "timeZone": "invalid_choice",
        "language": "invalid_choice",
        "city": "no_place",
        "eventType": "invalid_choice",
    }
    assert errors["name"][0] == "Ensure this value has at most 255 characters (it has 256)."
    assert errors["timeZone"][0] == (
        "Select a valid choice. Mars/Olympus is not one of the available choices."
    )


def test_messages_follow_the_request_language(client, calendar):
    response = client.post(
        "/graphql/",
        {
            "query": CODED,
            "variables": proposal(name="x" * 256, endsAt=proposal()["event"]["startsAt"]),
        },
        content_type="application/json",
        headers={"Accept-Language": "lv"},
    )
    errors = {
        error["field"]: (error["message"], error["code"])
        for error in response.json()["data"]["submitEvent"]["errors"]
    }
    # Django's own catalogue for its rule, ours for the model's.
    assert errors["name"] == (
        "Vērtībai jābūt ne vairāk kā 255 zīmei (tajā ir 256).",
        "max_length",
    )
    assert errors["endsAt"] == ("Pasākumam jābeidzas pēc tā sākuma.", "ends_before_start")


def admin_event_errors(admin_client, calendar, **changes):
    """Save an event in the admin's page editor; the form's errors per field."""
    start = timezone.now() + timedelta(days=30)
    data = {
        "title": "Workshop",
        "slug": "workshop",
        "starts_at": start.strftime("%Y-%m-%d %H:%M"),
        "ends_at": (start + timedelta(hours=2)).strftime("%Y-%m-%d %H:%M"),
        "time_zone": "Europe/Riga",
        "attendance_mode": "offline",
        "status": "scheduled",
        "language": "en",
        "body-count": "0",
    }
    data.update(changes)
    url = reverse("wagtailadmin_pages:add", args=("cms", "eventpage", calendar.pk))
    response = admin_client.post(url, data)
    assert response.status_code == 200, "the admin saved it"
    return {
        field: [(error.message % (error.params or {}), error.code) for error in errors]
        for field, errors in response.context["form"].errors.as_data().items()
    }


def test_end_equal_to_start_is_refused_alike_in_the_admin_and_the_api(
    graphql, admin_client, calendar
):
    start = proposal()["event"]["startsAt"]
    api = coded_errors(graphql, endsAt=start)
    assert api == {"endsAt": ("The event must end after it starts.", "ends_before_start")}
    admin = admin_event_errors(admin_client, calendar, ends_at=start.replace("T", " "))
    assert admin["ends_at"] == [("The event must end after it starts.", "ends_before_start")]


def test_only_web_links_alike_in_the_admin_and_the_api(graphql, admin_client, calendar):
    link = "ftp://example.org/programme.pdf"
    api = coded_errors(graphql, registrationUrl=link)
    assert api == {"registrationUrl": ("Enter a valid URL.", "invalid")}
    admin = admin_event_errors(admin_client, calendar, registration_url=link)
    assert admin["registration_url"] == [("Enter a valid URL.", "invalid")]
    assert submit(graphql, registrationUrl="https://example.org/register")["accepted"] is True
