"""/events.ics: the calendar as RFC 5545 with time zones, per locale, published events only."""

import datetime
from zoneinfo import ZoneInfo

from icalendar import Calendar

from tests.cms.factories import EventIndexPageFactory, EventPageFactory, translate

WARSAW = ZoneInfo("Europe/Warsaw")


def test_events_feed_per_locale_with_time_zones(client, home):
    events = EventIndexPageFactory(parent=home, slug="events")
    start = datetime.datetime.now(WARSAW).replace(microsecond=0) + datetime.timedelta(days=10)
    meeting = EventPageFactory(
        parent=events,
        slug="senbs-gdansk",
        title="SENBS partner meeting in Gdańsk",
        intro="Partners from five countries meet.",
        starts_at=start,
        ends_at=start + datetime.timedelta(hours=6),
        time_zone="Europe/Warsaw",
        venue_name="Gdańsk Science and Technology Park",
        recurrence="FREQ=MONTHLY;COUNT=3",
    )
    EventPageFactory(parent=events, slug="draft", title="Not yet", live=False)
    translate(home, "lv", title="Sākums")
    translate(events, "lv", title="Pasākumi")
    translate(meeting, "lv", title="SENBS partneru tikšanās Gdańskā")

    response = client.get("/events.ics")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = Calendar.from_ical(response.content)
    [event] = calendar.walk("VEVENT")
    assert str(event["SUMMARY"]) == "SENBS partner meeting in Gdańsk"
    assert event.decoded("DTSTART") == start
    assert event["DTSTART"].params["TZID"] == "Europe/Warsaw"
    assert event["RRULE"].to_ical() == b"FREQ=MONTHLY;COUNT=3"
    assert str(event["URL"]).endswith("/en/events/senbs-gdansk/")
    assert "Gdańsk Science and Technology Park" in str(event["LOCATION"])
    # The zone the event uses is described in the file itself (RFC 5545 VTIMEZONE).
    assert [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")] == ["Europe/Warsaw"]

    latvian = Calendar.from_ical(client.get("/events.ics", {"locale": "lv"}).content)
    [event] = latvian.walk("VEVENT")
    assert str(event["SUMMARY"]) == "SENBS partneru tikšanās Gdańskā"
    assert str(event["URL"]).endswith("/lv/events/senbs-gdansk/")

    assert client.get("/events.ics", {"locale": "xx"}).status_code == 400
