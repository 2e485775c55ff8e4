"""Visitors propose directory entries; curators review them before anything is published."""

from enum import Enum
from typing import NamedTuple

import strawberry
from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _
from strawberry.types import Info
from wagtail.models import Locale

from core.requests import over_rate
from core.taxonomy import Taxonomy
from directory import models

from ..common import resolve_locale
from ..errors import ApiError, FieldErrorType, field_errors
from ..forms import web_first


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


@strawberry.type(description="The outcome of a submission.")
class SubmissionPayload:
    accepted: bool = strawberry.field(description="Whether the proposal was received.")
    errors: list[FieldErrorType] = strawberry.field(description="Problems to fix, per field.")


def check_rate(
    info: Info, kind: str = "directory-submissions", per_hour: int | None = None
) -> None:
    """Refuse a client that has submitted per_hour times this hour (directory submissions:
    DIRECTORY_SUBMISSIONS_PER_HOUR)."""
    limit = settings.DIRECTORY_SUBMISSIONS_PER_HOUR if per_hour is None else per_hour
    if over_rate(kind, info.context.request, limit, 3600):
        raise ApiError(
            _("Too many submissions from your address; try again in an hour."), "RATE_LIMITED"
        )


def unique_slug(model: type[models.DirectoryEntry], name: str, locale: Locale) -> str:
    base = slugify(name)[:100] or "entry"
    slug, n = base, 1
    while model.objects.filter(slug=slug, locale=locale).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug


# Fields a proposal may fill in, per kind; each has the input field's name.
PROPOSED = ["name", "short_description", "description", "city", "address", "latitude"]
PROPOSED += ["longitude", "website", "email", "phone"]
OWN_FIELDS: dict[DirectoryKind, tuple[type[models.DirectoryEntry], list[str]]] = {
    DirectoryKind.SOCIAL_ENTERPRISE: (models.SocialEnterprise, ["offers", "seeks"]),
    DirectoryKind.SUPPORT_ORGANISATION: (models.SupportOrganisation, ["organisation_type"]),
}


class EntryProposalForm(forms.ModelForm[models.DirectoryEntry]):
    """A visitor's proposal: the entry's own fields, limits and clean() (the rules the admin
    applies), plus what only a proposal asks for."""

    short_description = forms.CharField(max_length=300)
    contact_name = forms.CharField(max_length=200)
    contact_email = forms.EmailField()


class ProposedEntry(NamedTuple):
    form: forms.ModelForm[models.DirectoryEntry]  # bound, over the unsaved draft
    links: dict[str, list[Taxonomy]]  # taxonomy field -> the terms to link once saved
    errors: dict[str, ValidationError]  # field -> what the lookups found wrong


def build_entry(data: DirectoryEntrySubmission, locale: Locale) -> ProposedEntry:
    """The bound form over the unsaved draft entry, its taxonomy links, and the errors of the
    country and taxonomies, looked up here by code and slug (a form would not name them)."""
    model, own = OWN_FIELDS[data.kind]
    errors: dict[str, ValidationError] = {}
    country = models.Country.objects.filter(
        code=data.country.upper(), locale=Locale.get_default()
    ).first()
    if country is None:
        message = _("Unknown country code %(code)s; use ISO codes like LV.")
        params = {"code": repr(data.country)}
        errors["country"] = ValidationError(message, code="invalid_choice", params=params)
    links: dict[str, list[Taxonomy]] = {}
    for field, taxonomy in (("sectors", models.Sector), ("target_groups", models.TargetGroup)):
        slugs = list(dict.fromkeys(getattr(data, field)))
        found = list(taxonomy.objects.filter(slug__in=slugs, locale=Locale.get_default()))
        unknown = sorted(set(slugs) - {row.slug for row in found})
        if unknown:
            message = _("Unknown: %(slugs)s.")
            params = {"slugs": ", ".join(unknown)}
            errors[field] = ValidationError(message, code="invalid_choice", params=params)
        links[field] = found
    fields = PROPOSED + own
    values = {name: getattr(data, name) for name in [*fields, "contact_name", "contact_email"]}
    values["latitude"] = models.degrees(data.latitude)
    values["longitude"] = models.degrees(data.longitude)
    if "organisation_type" in own and not data.organisation_type:
        # Only support organisations have one (the kind own fields name it for).
        own_field = models.SupportOrganisation._meta.get_field("organisation_type")
        values["organisation_type"] = own_field.get_default()
    entry = model(
        country=country,
        locale=locale,
        slug=unique_slug(model, data.name, locale),
        live=False,
        verification_status=models.DirectoryEntry.Verification.SELF_REPORTED,
        submitter_contact=f"{data.contact_name.strip()} <{data.contact_email.strip()}>",
    )
    form_class = forms.modelform_factory(
        model, form=EntryProposalForm, fields=fields, formfield_callback=web_first
    )
    return ProposedEntry(form_class(values, instance=entry), links, errors)


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
        form, links, lookups = build_entry(entry, locale)
        invalid = form.errors.as_data()
        for field, error in lookups.items():
            invalid.setdefault(field, []).append(error)
        if invalid:
            return SubmissionPayload(accepted=False, errors=field_errors(ValidationError(invalid)))
        draft = form.save(commit=False)
        with transaction.atomic():
            draft.save()
            for field, values in links.items():
                getattr(draft, field).set(values)
            draft.save_revision(log_action=True)
            workflow = draft.get_workflow()
            if workflow is not None:
                workflow.start(draft, user=None)
        return SubmissionPayload(accepted=True, errors=[])
