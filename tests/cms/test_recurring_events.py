"""Recurring events: an RRULE expanded at the venue's wall-clock time, across DST."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse

from cms.models import EventPage
from tests.cms.factories import EventIndexPageFactory, EventPageFactory
from tests.cms.test_admin import event_form

WARSAW = ZoneInfo("Europe/Warsaw")
QUERY = """query($after: DateTime) {
  events(startsAfter: $after, order: START_ASC) { results {
    title recurrence occurrences(after: $after) { startsAt endsAt } } }
}"""


@pytest.fixture
def weekly(home):
    events = EventIndexPageFactory(parent=home)
    return EventPageFactory(
        parent=events,
        title="SENBS weekly call",
        starts_at=datetime.datetime(2027, 3, 16, 10, 0, tzinfo=WARSAW),
        ends_at=datetime.datetime(2027, 3, 16, 11, 0, tzinfo=WARSAW),
        time_zone="Europe/Warsaw",
        recurrence="FREQ=WEEKLY;COUNT=4",
    )


def test_occurrences_keep_the_wall_clock_time_across_dst(graphql, weekly):
    assert weekly.last_ends_at == datetime.datetime(2027, 4, 6, 11, 0, tzinfo=WARSAW)
    data = graphql(QUERY, {"after": "2027-03-20T00:00:00Z"})["data"]["events"]["results"]
    assert [event["title"] for event in data] == ["SENBS weekly call"]
    assert data[0]["recurrence"] == "FREQ=WEEKLY;COUNT=4"
    # Summer time starts on 28 March 2027: 10:00 stays 10:00, the offset changes.
    assert [o["startsAt"] for o in data[0]["occurrences"]] == [
        "2027-03-23T10:00:00+01:00",
        "2027-03-30T10:00:00+02:00",
        "2027-04-06T10:00:00+02:00",
    ]
    # After the last occurrence the event no longer counts as coming.
    later = graphql(QUERY, {"after": "2027-04-07T00:00:00Z"})["data"]["events"]["results"]
    assert later == []


def test_rule_without_an_end_is_a_form_error(client, django_user_model, home):
    client.force_login(django_user_model.objects.create_superuser("e", "e@example.org", "pw"))
    events = EventIndexPageFactory(parent=home)
    url = reverse("wagtailadmin_pages:add", args=("cms", "eventpage", events.pk))
    response = client.post(url, event_form(recurrence="FREQ=WEEKLY"))
    assert response.status_code == 200
    assert "Give the rule an end: COUNT=... or UNTIL=..." in response.content.decode()
    response = client.post(url, event_form(recurrence="FREQ=SOMETIMES;COUNT=2"))
    assert "Not an RRULE" in response.content.decode()
    assert not EventPage.objects.exists()


CALENDAR = """query($after: DateTime!, $before: DateTime!) {
  calendar(startsAfter: $after, startsBefore: $before) { startsAt event { title } }
}"""


def test_calendar_expands_occurrences_in_a_range(graphql, weekly):
    EventPageFactory(
        parent=weekly.get_parent(),
        title="SENBS partner meeting",
        starts_at=datetime.datetime(2027, 3, 31, 9, 0, tzinfo=WARSAW),
        ends_at=datetime.datetime(2027, 3, 31, 15, 0, tzinfo=WARSAW),
        time_zone="Europe/Warsaw",
    )
    entries = graphql(
        CALENDAR, {"after": "2027-03-20T00:00:00Z", "before": "2027-04-30T00:00:00Z"}
    )["data"]["calendar"]
    assert [(e["startsAt"], e["event"]["title"]) for e in entries] == [
        ("2027-03-23T10:00:00+01:00", "SENBS weekly call"),
        ("2027-03-30T10:00:00+02:00", "SENBS weekly call"),
        ("2027-03-31T09:00:00+02:00", "SENBS partner meeting"),
        ("2027-04-06T10:00:00+02:00", "SENBS weekly call"),
    ]
    body = graphql(
        CALENDAR, {"after": "2027-01-01T00:00:00Z", "before": "2029-01-01T00:00:00Z"}, errors=True
    )
    assert body["errors"][0]["extensions"]["code"] == "INVALID_RANGE"
