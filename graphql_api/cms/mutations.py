"""Visitors propose events for the calendar; moderators review them before they appear."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import strawberry
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_email
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from strawberry.types import Info
from wagtail.models import Locale

from cms import models
from cms.models.pages import EVENT_TIME_ZONES, MATERIAL_LANGUAGES
from directory.models import Country

from ..common import resolve_locale
from ..directory.mutations import FieldErrorType, SubmissionPayload, camel, check_rate

LIMITS = {"name": 255, "description": 2000, "english_summary": 1000, "venue": 255, "city": 100}


@strawberry.input(description="A proposed calendar event; moderators review it before it is shown.")
class EventSubmission:
    name: str = strawberry.field(description="Title of the event, up to 255 characters.")
    description: str = strawberry.field(description="What it is about, up to 2000 characters.")
    starts_at: datetime = strawberry.field(
        description="Start, ISO 8601 with offset or in `timeZone` if it has none."
    )
    ends_at: datetime = strawberry.field(description="End, as for the start.")
    contact_name: str = strawberry.field(description="Who proposes it (not published).")
    contact_email: str = strawberry.field(description="How moderators reach the submitter.")
    time_zone: str = strawberry.field(
        default="Europe/Riga", description="IANA zone of the venue, e.g. `Europe/Warsaw`."
    )
    venue: str = strawberry.field(default="", description="Venue name.")
    address: str = strawberry.field(default="", description="Street address.")
    city: str = strawberry.field(default="", description="City; a city or an online URL is needed.")
    country: str = strawberry.field(default="", description="ISO 3166-1 alpha-2 code of the venue.")
    online_url: str = strawberry.field(default="", description="Where to join online.")
    registration_url: str = strawberry.field(default="", description="Where to register.")
    organiser: str = strawberry.field(default="", description="Who organises it.")
    event_type: str = strawberry.field(
        default="", description="Event type slug, e.g. `conference`, `workshop`."
    )
    language: str = strawberry.field(
        default="en", description="Language the event is held in (ISO 639-1)."
    )
    english_summary: str = strawberry.field(
        default="", description="Required when `language` is not `en`."
    )
    locale: str | None = strawberry.field(
        default=None, description="Whose calendar: the locale's site (default locale if omitted)."
    )
    homepage: str = strawberry.field(
        default="", description="Leave empty. (A trap for bots: forms keep this field hidden.)"
    )


def aware(moment: datetime, zone_name: str) -> datetime:
    """A naive time is wall-clock time at the venue."""
    if timezone.is_naive(moment):
        return moment.replace(tzinfo=ZoneInfo(zone_name))
    return moment


def check(data: EventSubmission, locale) -> tuple[dict, list]:
    """The event page's fields, or the field errors."""
    errors = []
    for field in ("name", "description", "contact_name"):
        if not getattr(data, field).strip():
            errors.append((field, _("This field is required.")))
    for field, limit in LIMITS.items():
        if len(getattr(data, field, "") or "") > limit:
            errors.append((field, _("At most %(limit)s characters.") % {"limit": limit}))
    try:
        validate_email(data.contact_email)
    except ValidationError:
        errors.append(("contact_email", _("Enter a valid e-mail address.")))
    for field in ("online_url", "registration_url"):
        if getattr(data, field):
            try:
                URLValidator(schemes=["http", "https"])(getattr(data, field))
            except ValidationError:
                errors.append((field, _("Enter a web address starting with https://.")))
    if not data.city.strip() and not data.online_url.strip():
        errors.append(("city", _("Say where it takes place, or give an online URL.")))
    zones = {name for name, _label in EVENT_TIME_ZONES}
    zone = data.time_zone if data.time_zone in zones else None
    if zone is None:
        errors.append(
            ("time_zone", _("Use one of: %(zones)s.") % {"zones": ", ".join(sorted(zones))})
        )
        zone = "UTC"
    starts, ends = aware(data.starts_at, zone), aware(data.ends_at, zone)
    if ends <= starts:
        errors.append(("ends_at", _("The event must end after it starts.")))
    days = settings.EVENT_SUBMISSION_MIN_DAYS_AHEAD
    if starts < timezone.now() + timedelta(days=days):
        errors.append(
            (
                "starts_at",
                _("Events must be proposed at least %(days)s days before they start.")
                % {"days": days},
            )
        )
    languages = {code for code, _label in MATERIAL_LANGUAGES}
    if data.language not in languages:
        errors.append(("language", _("Use a language code such as en, lv or sv.")))
    elif data.language != "en" and not data.english_summary.strip():
        errors.append(
            ("english_summary", _("Add a short English summary: the event is not held in English."))
        )
    country = None
    if data.country:
        country = Country.objects.filter(
            code=data.country.upper(), locale=Locale.get_default()
        ).first()
        if country is None:
            errors.append(
                (
                    "country",
                    _("Unknown country code %(code)s; use ISO codes like LV.")
                    % {"code": repr(data.country)},
                )
            )
    event_type = None
    if data.event_type:
        event_type = models.EventType.objects.filter(
            slug=data.event_type, locale=Locale.get_default()
        ).first()
        if event_type is None:
            slugs = models.EventType.objects.filter(locale=Locale.get_default()).values_list(
                "slug", flat=True
            )
            errors.append(
                (
                    "event_type",
                    _("Unknown event type; use one of: %(types)s.") % {"types": ", ".join(slugs)},
                )
            )
    fields = {
        "title": data.name.strip(),
        "intro": data.description.strip(),
        "starts_at": starts,
        "ends_at": ends,
        "time_zone": zone,
        "venue_name": data.venue.strip(),
        "address": data.address.strip(),
        "city": data.city.strip(),
        "country": country,
        "online_url": data.online_url.strip(),
        "registration_url": data.registration_url.strip(),
        "organiser": data.organiser.strip(),
        "event_type": event_type,
        "language": data.language,
        "english_summary": data.english_summary.strip(),
        "attendance_mode": "online"
        if not data.city.strip()
        else "mixed"
        if data.online_url.strip()
        else "offline",
        "submitter_contact": f"{data.contact_name.strip()} <{data.contact_email.strip()}>",
        "locale": locale,
        "live": False,
    }
    return fields, errors


def calendar(locale):
    """The event listing page of the locale's site, where proposals are filed."""
    return models.EventIndexPage.objects.filter(locale=locale).order_by("path").first()


@strawberry.type
class CmsMutation:
    @strawberry.mutation(
        description="Propose an event for the calendar. It is saved as a draft event with the "
        "submitter's contact and sent to moderation; it appears only once approved. Events must "
        "be proposed a number of days ahead (7 by default)."
    )
    def submit_event(self, info: Info, event: EventSubmission) -> SubmissionPayload:
        check_rate(info, "event-submissions", settings.EVENT_SUBMISSIONS_PER_HOUR)
        if event.homepage:
            # Looks like success to the bot; nothing is stored.
            return SubmissionPayload(accepted=True, errors=[])
        locale = Locale.objects.get(language_code=resolve_locale(event.locale))
        fields, errors = check(event, locale)
        parent = calendar(locale)
        if parent is None:
            errors.append(("locale", _("This locale has no event calendar yet.")))
        if errors:
            unique = dict.fromkeys((camel(field), message) for field, message in errors)
            return SubmissionPayload(
                accepted=False, errors=[FieldErrorType(field=f, message=m) for f, m in unique]
            )
        base = slugify(fields["title"])[:80] or "event"
        slug, n = base, 1
        while parent.get_children().filter(slug=slug).exists():
            n += 1
            slug = f"{base}-{n}"
        with transaction.atomic():
            page = parent.add_child(instance=models.EventPage(slug=slug, **fields))
            page.save_revision(log_action=True)
            workflow = page.get_workflow()
            if workflow is not None:
                workflow.start(page, user=None)
        return SubmissionPayload(accepted=True, errors=[])
