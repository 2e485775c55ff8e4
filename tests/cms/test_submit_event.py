"""submitEvent: a public proposal lands as a draft event in moderation, or gets field errors."""

from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
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
