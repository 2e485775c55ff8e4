"""Visitors propose events for the calendar; moderators review them before they appear."""

from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import strawberry
from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from strawberry.types import Info
from wagtail.models import Locale

from cms import models
from directory.models import Country

from ..common import resolve_locale
from ..directory.mutations import SubmissionPayload, check_rate
from ..errors import FieldErrorType, field_errors
from ..forms import web_first

# The input's fields that have another name on the event page (snake case).
INPUTS = {"title": "name", "intro": "description", "venue_name": "venue"}


class EventProposalForm(forms.ModelForm[models.EventPage]):
    """A visitor's proposal: the event page's own fields, limits, choices and clean() (the
    rules the admin applies), plus what only a proposal asks for."""

    intro = forms.CharField(max_length=2000)
    english_summary = forms.CharField(max_length=1000, required=False)
    contact_name = forms.CharField(max_length=200)
    contact_email = forms.EmailField()

    class Meta:
        model = models.EventPage
        fields = [
            "title",
            "intro",
            "starts_at",
            "ends_at",
            "time_zone",
            "venue_name",
            "address",
            "city",
            "online_url",
            "registration_url",
            "organiser",
            "language",
            "english_summary",
        ]
        formfield_callback = web_first

    def clean(self) -> dict[str, Any]:
        super().clean()  # the model form's: returns its cleaned_data (typed as maybe None)
        cleaned_data = self.cleaned_data
        if not cleaned_data.get("city") and not cleaned_data.get("online_url"):
            message = _("Say where it takes place, or give an online URL.")
            self.add_error("city", ValidationError(message, code="no_place"))
        return cleaned_data


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


def proposal_form(
    data: EventSubmission, locale: Locale
) -> tuple[EventProposalForm, dict[str, ValidationError]]:
    """The proposal as a bound form over an unsaved draft, and the errors the form leaves to
    the mutation: its country and type, looked up by code and slug (a form would not name the
    valid ones), and the calendar's notice period (outside the form, so that a start too soon
    still reaches the page's own rules, such as ending after it)."""
    errors: dict[str, ValidationError] = {}
    zones = dict(models.EventPage._meta.get_field("time_zone").flatchoices)
    # An unknown zone is the form's error; the times are read in UTC meanwhile.
    zone = data.time_zone if data.time_zone in zones else "UTC"
    starts, ends = aware(data.starts_at, zone), aware(data.ends_at, zone)
    days = settings.EVENT_SUBMISSION_MIN_DAYS_AHEAD
    if starts < timezone.now() + timedelta(days=days):
        message = _("Events must be proposed at least %(days)s days before they start.")
        errors["starts_at"] = ValidationError(message, code="too_soon", params={"days": days})
    country = None
    if data.country:
        country = Country.objects.filter(
            code=data.country.upper(), locale=Locale.get_default()
        ).first()
        if country is None:
            message = _("Unknown country code %(code)s; use ISO codes like LV.")
            errors["country"] = ValidationError(
                message, code="invalid_choice", params={"code": repr(data.country)}
            )
    event_type = None
    if data.event_type:
        types = models.EventType.objects.filter(locale=Locale.get_default())
        event_type = types.filter(slug=data.event_type).first()
        if event_type is None:
            slugs = ", ".join(types.values_list("slug", flat=True))
            message = _("Unknown event type; use one of: %(types)s.")
            errors["event_type"] = ValidationError(
                message, code="invalid_choice", params={"types": slugs}
            )
    city, online_url = data.city.strip(), data.online_url.strip()
    draft = models.EventPage(
        country=country,
        event_type=event_type,
        attendance_mode="online" if not city else "mixed" if online_url else "offline",
        submitter_contact=f"{data.contact_name.strip()} <{data.contact_email.strip()}>",
        locale=locale,
        live=False,
    )
    values = {
        field: getattr(data, INPUTS.get(field, field)) for field in EventProposalForm.base_fields
    }
    values.update(starts_at=starts, ends_at=ends, city=city)
    return EventProposalForm(values, instance=draft), errors


def calendar(locale: Locale) -> models.EventIndexPage | None:
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
        form, lookups = proposal_form(event, locale)
        invalid = form.errors.as_data()
        for field, error in lookups.items():
            invalid.setdefault(field, []).append(error)
        errors = field_errors(ValidationError(invalid), INPUTS) if invalid else []
        parent = calendar(locale)
        if parent is None:
            message = _("This locale has no event calendar yet.")
            errors.append(FieldErrorType(field="locale", message=message, code="invalid"))
        if errors or parent is None:  # no calendar is among the errors
            return SubmissionPayload(accepted=False, errors=errors)
        page = form.save(commit=False)
        base = slugify(page.title)[:80] or "event"
        slug, n = base, 1
        while parent.get_children().filter(slug=slug).exists():
            n += 1
            slug = f"{base}-{n}"
        page.slug = slug
        with transaction.atomic():
            page = parent.add_child(instance=page)
            page.save_revision(log_action=True)
            workflow = page.get_workflow()
            if workflow is not None:
                workflow.start(page, user=None)
        return SubmissionPayload(accepted=True, errors=[])
