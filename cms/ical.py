"""The event calendar as iCalendar (RFC 5545), per locale, with time zones."""

import datetime
from zoneinfo import ZoneInfo

from django.conf import settings
from django.http import HttpResponse, HttpResponseBadRequest
from django.utils import timezone
from django.views.decorators.http import require_GET
from icalendar import Calendar, Event
from icalendar.prop import vRecur

from cms.models import EventPage
from core.locales import locale_codes
from core.visibility import frontend_path, visible_pages
from headless.frontends import frontends_for

STATUS = {"scheduled": "CONFIRMED", "cancelled": "CANCELLED", "postponed": "TENTATIVE"}
# Past events stay in the feed for a while so subscribed calendars keep recent history.
HISTORY = datetime.timedelta(days=365)


def calendar_for(locale: str, base_url: str) -> Calendar:
    """A VCALENDAR with the locale's published events (recent and coming), VTIMEZONEs included."""
    calendar = Calendar()
    calendar.add("prodid", "-//Baltic Commons//Event calendar//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", f"{settings.WAGTAIL_SITE_NAME} ({locale})")
    events = visible_pages(
        EventPage.objects.filter(
            locale__language_code=locale, last_ends_at__gte=timezone.now() - HISTORY
        )
    ).select_related("country")
    for page in events.order_by("starts_at", "pk"):
        calendar.add_component(vevent(page, locale, base_url))
    calendar.add_missing_timezones()
    return calendar


def vevent(page: EventPage, locale: str, base_url: str) -> Event:
    zone = ZoneInfo(page.time_zone)
    event = Event()
    event.add("uid", f"{page.translation_key}-{locale}@baltic-commons")
    event.add("summary", page.title)
    if page.all_day:
        event.add("dtstart", page.starts_at.astimezone(zone).date())
        event.add("dtend", page.ends_at.astimezone(zone).date() + datetime.timedelta(days=1))
    else:
        event.add("dtstart", page.starts_at.astimezone(zone))
        event.add("dtend", page.ends_at.astimezone(zone))
    event.add(
        "dtstamp", page.last_published_at or page.latest_revision_created_at or timezone.now()
    )
    if page.recurrence:
        event.add("rrule", _rrule(page.recurrence))
    description = page.intro
    if page.english_summary and page.language != "en":
        description = f"{description}\n\n{page.english_summary}".strip()
    if description:
        event.add("description", description)
    place = ", ".join(
        part
        for part in (page.venue_name, page.address, page.city, page.country and page.country.name)
        if part
    )
    if place or page.online_url:
        event.add("location", place or page.online_url)
    event.add("url", base_url.rstrip("/") + frontend_path(locale, page.url_path))
    event.add("status", STATUS.get(page.status, "CONFIRMED"))
    return event


def _rrule(text: str):
    return vRecur.from_ical(text.strip().removeprefix("RRULE:"))


@require_GET
def events_ics(request):
    """/events.ics?locale=lv: subscribe to a locale's calendar."""
    codes = locale_codes()
    locale = request.GET.get("locale", settings.LANGUAGE_CODE)
    if locale not in codes:
        return HttpResponseBadRequest(
            f"Unknown locale {locale!r}; use one of {', '.join(codes)}.", content_type="text/plain"
        )
    # Links point at the frontend that serves the locale, else at the CMS.
    serving = frontends_for(locale)
    base_url = serving[0].url if serving else settings.WAGTAILADMIN_BASE_URL
    body = calendar_for(locale, base_url).to_ical()
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="events-{locale}.ics"'
    response["Cache-Control"] = "public, max-age=300"
    return response
