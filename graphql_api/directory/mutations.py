"""Visitors propose directory entries; curators review them before anything is published."""

from enum import Enum

import strawberry
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _
from strawberry.types import Info
from wagtail.models import Locale

from core.requests import over_rate
from directory import models

from ..common import resolve_locale
from ..errors import ApiError


@strawberry.enum(description="Which directory an entry belongs to.")
class DirectoryKind(Enum):
    SOCIAL_ENTERPRISE = "social_enterprise"
    SUPPORT_ORGANISATION = "support_organisation"


@strawberry.input(description="A proposed directory entry; curators review it before it is shown.")
class DirectoryEntrySubmission:
    kind: DirectoryKind = strawberry.field(description="Enterprise or support organisation.")
    name: str = strawberry.field(description="Name, up to 200 characters.")
    short_description: str = strawberry.field(description="One sentence, up to 300 characters.")
    country: str = strawberry.field(description="ISO 3166-1 alpha-2 code, e.g. `LV`.")
    contact_name: str = strawberry.field(description="Who submits it (not published).")
    contact_email: str = strawberry.field(description="How curators reach the submitter.")
    description: str = strawberry.field(default="", description="Longer description.")
    city: str = strawberry.field(default="", description="City or town.")
    address: str = strawberry.field(default="", description="Street address.")
    latitude: float | None = strawberry.field(default=None, description="-90 to 90.")
    longitude: float | None = strawberry.field(default=None, description="-180 to 180.")
    website: str = strawberry.field(default="", description="Website URL.")
    email: str = strawberry.field(default="", description="Public contact e-mail.")
    phone: str = strawberry.field(default="", description="Public phone number.")
    sectors: list[str] = strawberry.field(default_factory=list, description="Sector slugs.")
    target_groups: list[str] = strawberry.field(
        default_factory=list, description="Target group slugs."
    )
    offers: str = strawberry.field(default="", description="What it offers partners.")
    seeks: str = strawberry.field(default="", description="What it seeks from partners.")
    organisation_type: str = strawberry.field(
        default="", description="For support organisations: incubator, funder, network..."
    )
    locale: str | None = strawberry.field(default=None, description="Language it is written in.")
    homepage: str = strawberry.field(
        default="", description="Leave empty. (A trap for bots: forms keep this field hidden.)"
    )


@strawberry.type(name="FieldError", description="Why a submitted value was not accepted.")
class FieldErrorType:
    field: str = strawberry.field(description="The input field, in camelCase.")
    message: str = strawberry.field(description="What is wrong and how to fix it.")


@strawberry.type(description="The outcome of a submission.")
class SubmissionPayload:
    accepted: bool = strawberry.field(description="Whether the proposal was received.")
    errors: list[FieldErrorType] = strawberry.field(description="Problems to fix, per field.")


def camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)


def check_rate(info: Info, kind: str = "directory-submissions", per_hour: int | None = None):
    """Refuse a client that has submitted per_hour times this hour (directory submissions:
    DIRECTORY_SUBMISSIONS_PER_HOUR)."""
    limit = settings.DIRECTORY_SUBMISSIONS_PER_HOUR if per_hour is None else per_hour
    if over_rate(kind, info.context.request, limit, 3600):
        raise ApiError(
            _("Too many submissions from your address; try again in an hour."), "RATE_LIMITED"
        )


def unique_slug(model, name, locale):
    base = slugify(name)[:100] or "entry"
    slug, n = base, 1
    while model.objects.filter(slug=slug, locale=locale).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug


def build_entry(data: DirectoryEntrySubmission, locale):
    """The unsaved draft entry and its links, or the list of field errors."""
    model = (
        models.SocialEnterprise
        if data.kind is DirectoryKind.SOCIAL_ENTERPRISE
        else models.SupportOrganisation
    )
    errors = []
    if not data.contact_name.strip():
        errors.append(("contact_name", _("Tell us who you are.")))
    try:
        validate_email(data.contact_email)
    except ValidationError:
        errors.append(("contact_email", _("Enter a valid e-mail address.")))
    country = models.Country.objects.filter(
        code=data.country.upper(), locale=Locale.get_default()
    ).first()
    if country is None:
        message = _("Unknown country code %(code)s; use ISO codes like LV.")
        errors.append(("country", message % {"code": repr(data.country)}))
    links = {}
    for field, taxonomy in (("sectors", models.Sector), ("target_groups", models.TargetGroup)):
        slugs = list(dict.fromkeys(getattr(data, field)))
        found = list(taxonomy.objects.filter(slug__in=slugs, locale=Locale.get_default()))
        unknown = sorted(set(slugs) - {row.slug for row in found})
        if unknown:
            errors.append((field, _("Unknown: %(slugs)s.") % {"slugs": ", ".join(unknown)}))
        links[field] = found
    fields = {
        name: getattr(data, name)
        for name in (
            "name",
            "short_description",
            "description",
            "city",
            "address",
            "latitude",
            "longitude",
            "website",
            "email",
            "phone",
        )
    }
    fields["latitude"] = models.degrees(data.latitude)
    fields["longitude"] = models.degrees(data.longitude)
    if model is models.SocialEnterprise:
        fields.update(offers=data.offers, seeks=data.seeks)
    elif data.organisation_type:
        fields["organisation_type"] = data.organisation_type
    entry = model(
        **fields,
        country=country,
        locale=locale,
        slug=unique_slug(model, data.name, locale),
        live=False,
        verification_status=models.DirectoryEntry.Verification.SELF_REPORTED,
        submitter_contact=f"{data.contact_name.strip()} <{data.contact_email.strip()}>",
    )
    try:
        entry.full_clean(exclude=["country", "translation_key", "latest_revision", "live_revision"])
    except ValidationError as error:
        errors += [(field, " ".join(messages)) for field, messages in error.message_dict.items()]
    if not data.name.strip():
        errors.append(("name", _("A name is required.")))
    if not data.short_description.strip():
        errors.append(("short_description", _("A short description is required.")))
    return entry, links, errors


@strawberry.type
class DirectoryMutation:
    @strawberry.mutation(
        description="Propose a social enterprise or support organisation. It is saved as a "
        "draft and sent to the curators' review; it appears only once they approve it."
    )
    def submit_directory_entry(
        self, info: Info, entry: DirectoryEntrySubmission
    ) -> SubmissionPayload:
        check_rate(info)
        if entry.homepage:
            # Looks like success to the bot; nothing is stored.
            return SubmissionPayload(accepted=True, errors=[])
        locale = Locale.objects.get(language_code=resolve_locale(entry.locale))
        draft, links, errors = build_entry(entry, locale)
        if errors:
            unique = dict.fromkeys((camel(field), message) for field, message in errors)
            return SubmissionPayload(
                accepted=False,
                errors=[FieldErrorType(field=f, message=m) for f, m in unique],
            )
        with transaction.atomic():
            draft.save()
            for field, values in links.items():
                getattr(draft, field).set(values)
            draft.save_revision(log_action=True)
            workflow = draft.get_workflow()
            if workflow is not None:
                workflow.start(draft, user=None)
        return SubmissionPayload(accepted=True, errors=[])
