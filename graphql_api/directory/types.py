"""GraphQL types of the directory: enterprises, support organisations and their taxonomies."""

from datetime import date
from typing import TypeAlias

import strawberry
import strawberry_django
from strawberry.scalars import JSON

from core.visibility import public_media
from directory import models

from ..batching import load_for
from ..common import ImageType, public_image
from ..cost import one_per_locale
from ..kinds import ENTRY_KINDS, JSON_LD_DESCRIPTION, entry_type
from ..localized import (
    choices_enum,
    localized_hints,
    localized_one,
    localized_related,
    other_versions,
)
from ..translation import (
    TRANSLATION_STATUS_DESCRIPTION,
    TranslationStatusType,
    translation_status,
)
from .impact import IMPACT_DESCRIPTION, IndicatorValueType, impact_of

# Enums made from Django choices at import are no class mypy can check (the alias is Any to it).
CountryRole: TypeAlias = choices_enum(  # type: ignore[valid-type]
    models.Country.Role, "CountryRole", "Role in the EU Strategy for the Baltic Sea Region."
)
CountryCooperation: TypeAlias = choices_enum(  # type: ignore[valid-type]
    models.Country.Cooperation, "CountryCooperation", "State of cooperation with a country."
)
EnterpriseStage: TypeAlias = choices_enum(  # type: ignore[valid-type]
    models.SocialEnterprise.Stage, "EnterpriseStage", "Where an enterprise stands."
)
OrganisationType: TypeAlias = choices_enum(  # type: ignore[valid-type]
    models.SupportOrganisation.Type, "OrganisationType", "Kind of support organisation."
)
Service: TypeAlias = choices_enum(  # type: ignore[valid-type]
    models.SupportOrganisation.Service, "Service", "What a support organisation offers."
)
VerificationStatus: TypeAlias = choices_enum(  # type: ignore[valid-type]
    models.DirectoryEntry.Verification, "VerificationStatus", "How an entry was checked."
)


@strawberry_django.type(models.Country, name="Country", description="A country (ISO 3166-1).")
class CountryType:
    code: str = strawberry_django.field(description="ISO 3166-1 alpha-2 code, e.g. `LV`.")
    name: str = strawberry_django.field(description="Name in the requested locale.")

    @strawberry_django.field(
        description="Role in the EU Strategy for the Baltic Sea Region.", only=["eusbsr_role"]
    )
    def eusbsr_role(self, root: models.Country) -> CountryRole:
        return CountryRole(root.eusbsr_role)

    @strawberry_django.field(
        description="Whether cooperation with the country is active or suspended.",
        only=["cooperation"],
    )
    def cooperation(self, root: models.Country) -> CountryCooperation:
        return CountryCooperation(root.cooperation)


@strawberry_django.type(models.Project, name="Project", description="A funded project.")
class ProjectType:
    id: strawberry.ID = strawberry_django.field(description="Project id.")
    name: str = strawberry_django.field(description="Project name.")
    slug: str = strawberry_django.field(description="Identifier, the same in every locale.")
    programme: str = strawberry_django.field(description="Funding programme.")
    description: str = strawberry_django.field(description="What the project did.")
    start_year: int | None = strawberry_django.field(description="First year.")
    end_year: int | None = strawberry_django.field(description="Last year.")
    website: str = strawberry_django.field(description="Project website.")

    @strawberry_django.field(description=IMPACT_DESCRIPTION, only=["locale"])
    def impact(self, root: models.Project) -> list[IndicatorValueType]:
        return impact_of(root, "project")


@strawberry_django.type(models.Sector, name="Sector", description="A field of activity.")
class SectorType:
    name: str = strawberry_django.field(description="Name in the requested locale.")
    slug: str = strawberry_django.field(description="Identifier, the same in every locale.")
    nace_section: str = strawberry_django.field(description="NACE Rev. 2 section letter, if any.")


@strawberry_django.type(
    models.TargetGroup, name="TargetGroup", description="People an entry serves or employs."
)
class TargetGroupType:
    name: str = strawberry_django.field(description="Name in the requested locale.")
    slug: str = strawberry_django.field(description="Identifier, the same in every locale.")


@strawberry_django.type(models.LegalForm, name="LegalForm", description="A legal form.")
class LegalFormType:
    name: str = strawberry_django.field(description="Name in the requested locale.")
    slug: str = strawberry_django.field(description="Identifier, the same in every locale.")


@strawberry_django.type(
    models.SustainableDevelopmentGoal,
    name="SustainableDevelopmentGoal",
    description="One of the UN's 17 Sustainable Development Goals.",
)
class SdgType:
    number: int = strawberry_django.field(description="Goal number, 1 to 17.")
    name: str = strawberry_django.field(description="Name in the requested locale.")


@strawberry.type(name="GeoPoint", description="A WGS84 position.")
class GeoPointType:
    latitude: float = strawberry.field(description="Decimal degrees north.")
    longitude: float = strawberry.field(description="Decimal degrees east.")


@strawberry.type(name="EntryTranslation", description="The same entry in another locale.")
class EntryTranslationType:
    locale: str = strawberry.field(description="Locale code.")
    slug: str = strawberry.field(description="Slug (the same in every locale).")


def load_entry_translations(
    entries: list[models.DirectoryEntry],
) -> dict[int, list[EntryTranslationType]]:
    """Live versions of each entry in other locales."""
    visible = models.visible_entries(type(entries[0]).objects.all())
    return other_versions(
        entries, visible, "slug", lambda code, slug: EntryTranslationType(locale=code, slug=slug)
    )


@strawberry_django.interface(
    models.DirectoryEntry, name="DirectoryEntry", description="A published directory entry."
)
class DirectoryEntryInterface:
    id: strawberry.ID = strawberry_django.field(description="Entry id (differs per locale).")
    name: str = strawberry_django.field(description="Name.")
    slug: str = strawberry_django.field(description="Identifier, the same in every locale.")
    short_description: str = strawberry_django.field(description="One-sentence description.")
    description: str = strawberry_django.field(description="Full description (plain text).")
    region: str = strawberry_django.field(description="Region or county.")
    city: str = strawberry_django.field(description="City or town.")
    address: str = strawberry_django.field(description="Street address.")
    website: str = strawberry_django.field(description="Website.")
    email: str = strawberry_django.field(description="Contact e-mail.")
    phone: str = strawberry_django.field(description="Contact phone.")
    languages: list[str] = strawberry_django.field(description="ISO 639-1 languages of service.")
    last_reviewed: date | None = strawberry_django.field(
        description="When a curator last checked it."
    )

    @strawberry_django.field(description="Logo.", only=["logo"])
    def logo(self, root: models.DirectoryEntry) -> ImageType | None:
        logo: ImageType | None = public_image(root, "logo")  # the image, as ImageType shows it
        return logo

    @strawberry_django.field(
        description=JSON_LD_DESCRIPTION,
        select_related=list(models.DirectoryEntry.json_ld_select_related),
    )
    def json_ld(self, root: models.DirectoryEntry) -> JSON:
        return JSON(root.json_ld())

    @strawberry_django.field(
        description="Locale code of this version; another than the one asked for when "
        "`isFallback`.",
        select_related=["locale"],
    )
    def locale(self, root: models.DirectoryEntry) -> str:
        code: str = root.locale.language_code
        return code

    @strawberry_django.field(
        description="Whether this entry is shown from a fallback locale because the requested "
        "locale has no published version of it (`locale` says which)."
    )
    def is_fallback(self, root: models.DirectoryEntry) -> bool:
        return getattr(root, "is_fallback", False)

    @strawberry_django.field(description="Where it is.", only=["latitude", "longitude"])
    def location(self, root: models.DirectoryEntry) -> GeoPointType | None:
        if root.latitude is None or root.longitude is None:
            return None
        return GeoPointType(latitude=float(root.latitude), longitude=float(root.longitude))

    @strawberry_django.field(
        description="Distance in km from the `near` point of the query, if one was given."
    )
    def distance_km(self, root: models.DirectoryEntry) -> float | None:
        distance = getattr(root, "distance_km", None)
        return round(distance, 2) if distance is not None else None

    @strawberry_django.field(description="Country.", **localized_hints("country"))
    def country(self, root: models.DirectoryEntry) -> CountryType:
        country: CountryType = localized_one(root, "country")
        return country

    @strawberry_django.field(
        description="Fields of activity.", only=["locale"], prefetch_related=["sectors"]
    )
    def sectors(self, root: models.DirectoryEntry) -> list[SectorType]:
        return localized_related(root, "sectors")

    @strawberry_django.field(
        description="People it serves or employs.",
        only=["locale"],
        prefetch_related=["target_groups"],
    )
    def target_groups(self, root: models.DirectoryEntry) -> list[TargetGroupType]:
        return localized_related(root, "target_groups")

    @strawberry_django.field(
        description="Projects it came through.",
        only=["locale"],
        prefetch_related=["source_projects"],
    )
    def source_projects(self, root: models.DirectoryEntry) -> list[ProjectType]:
        return localized_related(root, "source_projects")

    @strawberry_django.field(description="How it was checked.", only=["verification_status"])
    def verification_status(self, root: models.DirectoryEntry) -> VerificationStatus:
        return VerificationStatus(root.verification_status)

    @strawberry_django.field(
        description="The same entry in other locales where it is published.",
        only=["translation_key"],
        directives=one_per_locale(),
    )
    def translations(self, root: models.DirectoryEntry) -> list[EntryTranslationType]:
        return load_for(root, "translations", load_entry_translations) or []

    @strawberry_django.field(
        description=TRANSLATION_STATUS_DESCRIPTION,
        only=["translation_key", "locale"],
        directives=one_per_locale(),
    )
    def translation_status(self, root: models.DirectoryEntry) -> list[TranslationStatusType]:
        return translation_status(root)


# A field named "date" would shadow the type inside the class body.
Day = date


@strawberry_django.type(
    models.JourneyEntry, name="JourneyEntry", description="A dated step of a start-up's journey."
)
class JourneyEntryType:
    date: Day = strawberry_django.field(description="When it happened.")
    title: str = strawberry_django.field(description="What happened, in a line.")
    text: str = strawberry_django.field(description="The story (plain text).")

    @strawberry_django.field(description="A picture of it.", select_related=["image"])
    def image(self, root: models.JourneyEntry) -> ImageType | None:
        return public_media(root.image)


@entry_type(
    models.SocialEnterprise,
    description="A social-economy enterprise.",
)
class SocialEnterpriseType(DirectoryEntryInterface):
    journey: list[JourneyEntryType] = strawberry_django.field(
        description="Dated steps of its journey, oldest first."
    )
    year_founded: int | None = strawberry_django.field(description="Year founded.")
    employees: str = strawberry_django.field(description="Employee range, e.g. `10-49`.")
    employees_from_target_groups: int | None = strawberry_django.field(
        description="Employees who come from its target groups."
    )
    offers: str = strawberry_django.field(description="What it offers partners.")
    seeks: str = strawberry_django.field(description="What it seeks from partners.")

    @strawberry_django.field(description=IMPACT_DESCRIPTION, only=["locale"])
    def impact(self, root: models.SocialEnterprise) -> list[IndicatorValueType]:
        return impact_of(root, "enterprise")

    @strawberry_django.field(
        description="Where it stands, from idea to established.", only=["stage"]
    )
    def stage(self, root: models.SocialEnterprise) -> EnterpriseStage:
        return EnterpriseStage(root.stage)

    @strawberry_django.field(description="Legal form.", **localized_hints("legal_form"))
    def legal_form(self, root: models.SocialEnterprise) -> LegalFormType | None:
        legal_form: LegalFormType | None = localized_one(root, "legal_form")
        return legal_form

    @strawberry_django.field(
        description="Sustainable Development Goals it works towards.",
        only=["locale"],
        prefetch_related=["sdgs"],
    )
    def sdgs(self, root: models.SocialEnterprise) -> list[SdgType]:
        return sorted(localized_related(root, "sdgs"), key=lambda goal: goal.number)


@entry_type(
    models.SupportOrganisation,
    description="An organisation that supports social entrepreneurs.",
)
class SupportOrganisationType(DirectoryEntryInterface):
    @strawberry_django.field(description=IMPACT_DESCRIPTION, only=["locale"])
    def impact(self, root: models.SupportOrganisation) -> list[IndicatorValueType]:
        return impact_of(root, "organisation")

    @strawberry_django.field(description="Kind of organisation.", only=["organisation_type"])
    def organisation_type(self, root: models.SupportOrganisation) -> OrganisationType:
        return OrganisationType(root.organisation_type)

    @strawberry_django.field(description="What it offers.", only=["services"])
    def services(self, root: models.SupportOrganisation) -> list[Service]:
        return [Service(value) for value in root.services]

    @strawberry_django.field(
        description="Countries it works in.", only=["locale"], prefetch_related=["countries_served"]
    )
    def countries_served(self, root: models.SupportOrganisation) -> list[CountryType]:
        return localized_related(root, "countries_served")


# Every directory entry type, as registered above.
ENTRY_TYPES = list(ENTRY_KINDS.values())
