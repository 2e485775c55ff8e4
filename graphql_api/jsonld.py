"""schema.org structured data (JSON-LD) for pages and directory entries, so frontends put it in
their HTML for search engines without writing it themselves."""

from zoneinfo import ZoneInfo

from django.conf import settings
from strawberry.scalars import JSON

from core.visibility import frontend_path
from headless.frontends import frontends_for

JSON_LD_DESCRIPTION = "schema.org JSON-LD for this object, ready for a <script> element."
ATTENDANCE = {
    "offline": "https://schema.org/OfflineEventAttendanceMode",
    "online": "https://schema.org/OnlineEventAttendanceMode",
    "mixed": "https://schema.org/MixedEventAttendanceMode",
}
EVENT_STATUS = {
    "scheduled": "https://schema.org/EventScheduled",
    "postponed": "https://schema.org/EventPostponed",
    "rescheduled": "https://schema.org/EventRescheduled",
    "cancelled": "https://schema.org/EventCancelled",
}


def page_url(page) -> str:
    code = page.locale.language_code
    serving = frontends_for(code)
    base = serving[0].url if serving else settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    return base + frontend_path(code, page.url_path)


def clean(data: dict) -> JSON:
    """Leave out empty values: search engines prefer no property to an empty one."""
    return {key: value for key, value in data.items() if value not in (None, "", [], {})}


def web_page(page, kind="WebPage") -> JSON:
    return clean(
        {
            "@context": "https://schema.org",
            "@type": kind,
            "name": page.title,
            "headline": page.title if kind == "Article" else None,
            "description": page.search_description or page.intro,
            "url": page_url(page),
            "inLanguage": page.locale.language_code,
            "dateModified": page.last_published_at.isoformat() if page.last_published_at else None,
        }
    )


def article(page) -> JSON:
    data = web_page(page, "Article")
    data.update(
        clean(
            {
                "datePublished": page.publication_date.isoformat(),
                "author": [
                    clean({"@type": "Person", "name": author.name}) for author in page.authors.all()
                ],
            }
        )
    )
    return data


def learning_resource(page) -> JSON:
    data = web_page(page, "LearningResource")
    data.update(
        clean(
            {
                "learningResourceType": page.resource_type,
                "educationalLevel": page.educational_level,
                "timeRequired": page.time_required_iso,
                "license": page.licence,
                "isAccessibleForFree": page.is_accessible_for_free,
            }
        )
    )
    return data


def event(page) -> JSON:
    zone = ZoneInfo(page.time_zone)
    places = []
    if page.city or page.venue_name:
        places.append(
            clean(
                {
                    "@type": "Place",
                    "name": page.venue_name,
                    "address": clean(
                        {
                            "@type": "PostalAddress",
                            "streetAddress": page.address,
                            "addressLocality": page.city,
                            "addressCountry": page.country.code if page.country else None,
                        }
                    ),
                }
            )
        )
    if page.online_url:
        places.append({"@type": "VirtualLocation", "url": page.online_url})
    data = web_page(page, "Event")
    data.update(
        clean(
            {
                "startDate": page.starts_at.astimezone(zone).isoformat(),
                "endDate": page.ends_at.astimezone(zone).isoformat(),
                "eventAttendanceMode": ATTENDANCE.get(page.attendance_mode),
                "eventStatus": EVENT_STATUS.get(page.status),
                "location": places[0] if len(places) == 1 else places,
                "organizer": clean({"@type": "Organization", "name": page.organiser}),
            }
        )
    )
    return data


def organisation(entry) -> JSON:
    return clean(
        {
            "@context": "https://schema.org",
            "@type": "Organization",
            "name": entry.name,
            "description": entry.short_description,
            "url": entry.website,
            "email": entry.email,
            "telephone": entry.phone,
            "address": clean(
                {
                    "@type": "PostalAddress",
                    "streetAddress": entry.address,
                    "addressLocality": entry.city,
                    "addressRegion": entry.region,
                    "addressCountry": entry.country.code if entry.country_id else None,
                }
            ),
            "geo": clean(
                {
                    "@type": "GeoCoordinates",
                    "latitude": float(entry.latitude),
                    "longitude": float(entry.longitude),
                }
            )
            if entry.latitude is not None and entry.longitude is not None
            else None,
            "foundingDate": str(entry.year_founded)
            if getattr(entry, "year_founded", None)
            else None,
        }
    )
