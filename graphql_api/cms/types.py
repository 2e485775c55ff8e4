"""GraphQL types of the page models: one `Page` interface, one concrete type per page model."""

from collections.abc import Iterable
from datetime import date, datetime
from typing import Annotated, Any, TypeAlias
from zoneinfo import ZoneInfo

import strawberry
import strawberry_django
from django.conf import settings
from django.utils.translation import gettext as _
from graphql import GraphQLAbstractType, GraphQLResolveInfo
from strawberry.scalars import JSON
from strawberry.types import Info
from wagtail.models import Page

from cms import models
from cms.blocks import MAX_BODY_BLOCKS
from cms.models.pages import MAX_OCCURRENCES, Occurrence
from core.visibility import frontend_path, relative_url_path, visible_pages

from ..batching import load_for
from ..common import DocumentType, ImageType, public_image, visible_documents
from ..cost import ListSize, one_per_locale
from ..directory.types import CountryType, ProjectType, SocialEnterpriseType
from ..errors import ApiError
from ..kinds import JSON_LD_DESCRIPTION, PAGE_KINDS, page_type, type_name
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
from .blocks import BlockInterface, resolve_body

# Enums made from Django choices at import are no class mypy can check (the alias is Any to it).
GovernanceLevel: TypeAlias = choices_enum(  # type: ignore[valid-type]
    models.PolicyRecommendationPage.GovernanceLevel, "GovernanceLevel", "Level of government."
)
ResourceType: TypeAlias = choices_enum(  # type: ignore[valid-type]
    models.TeachingMaterialPage.ResourceType, "ResourceType", "Kind of learning resource."
)
EducationalLevel: TypeAlias = choices_enum(  # type: ignore[valid-type]
    models.TeachingMaterialPage.EducationalLevel, "EducationalLevel", "Level of a learner."
)
Audience: TypeAlias = choices_enum(  # type: ignore[valid-type]
    models.TeachingMaterialPage.Audience, "Audience", "Who a material is for."
)
AttendanceMode: TypeAlias = choices_enum(  # type: ignore[valid-type]
    models.EventPage.AttendanceMode, "AttendanceMode", "How people take part (schema.org)."
)
EventStatus: TypeAlias = choices_enum(  # type: ignore[valid-type]
    models.EventPage.Status, "EventStatus", "Whether it happens as planned."
)


def load_translations(pages: Iterable[models.BasePage]) -> dict[int, list["TranslationType"]]:
    """Visible pages sharing each page's translation key, in other locales."""
    return other_versions(
        pages,
        visible_pages(),
        "url_path",
        lambda code, path: TranslationType(
            locale=code, url_path=relative_url_path(path), path=frontend_path(code, path)
        ),
    )


def load_related_recommendations(
    pages: Iterable[models.BasePage],
) -> dict[int, list[models.PolicyRecommendationPage]]:
    """Each page's related recommendations, as their visible versions in the page's locale."""
    # A batch may mix page types (page listings, search): only recommendations have links.
    pages = [page for page in pages if hasattr(page, "related_recommendations")]
    linked = {
        page.pk: [link.related for link in page.related_recommendations.all()] for page in pages
    }
    keys = {related.translation_key for items in linked.values() for related in items}
    candidates = visible_pages(
        models.PolicyRecommendationPage.objects.filter(
            translation_key__in=keys, locale_id__in={page.locale_id for page in pages}
        )
    )
    versions = {(page.translation_key, page.locale_id): page for page in candidates}
    return {
        page.pk: [
            versions[key]
            for key in ((related.translation_key, page.locale_id) for related in linked[page.pk])
            if key in versions
        ]
        for page in pages
    }


@strawberry.type(name="Translation", description="The same page in another locale.")
class TranslationType:
    locale: str = strawberry.field(description="Locale code of the translation.")
    url_path: str = strawberry.field(description="Path under that locale's home page.")
    path: str = strawberry.field(description="Full frontend path, e.g. `/lv/library/impact/`.")


@strawberry_django.type(models.Topic, name="Topic", description="A library subject.")
class TopicType:
    name: str = strawberry_django.field(description="Name in the page's locale.")
    slug: str = strawberry_django.field(description="Identifier, the same in every locale.")
    description: str = strawberry_django.field(description="What the topic covers.")


@strawberry_django.type(models.EventType, name="EventType", description="A kind of event.")
class EventTypeType:
    name: str = strawberry_django.field(description="Name in the page's locale.")
    slug: str = strawberry_django.field(description="Identifier, the same in every locale.")


@strawberry_django.type(models.Author, name="Author", description="A credited author.")
class AuthorType:
    name: str = strawberry_django.field(description="Name of the person or organisation.")
    organisation: str = strawberry_django.field(description="Affiliation.")
    website: str = strawberry_django.field(description="Website or profile URL.")


@strawberry_django.type(
    models.RecommendationGroup, name="RecommendationGroup", description="A recommendation group."
)
class RecommendationGroupType:
    name: str = strawberry_django.field(description="Name in the page's locale.")
    slug: str = strawberry_django.field(description="Identifier, the same in every locale.")
    description: str = strawberry_django.field(description="What the group covers.")


@strawberry_django.interface(Page, name="Page", description="Any published page.")
class PageInterface:
    id: strawberry.ID = strawberry_django.field(description="Page id.")
    title: str = strawberry_django.field(description="Title.")
    slug: str = strawberry_django.field(description="Last part of the URL path.")
    seo_title: str = strawberry_django.field(description="Title for search engines, if set.")
    search_description: str = strawberry_django.field(description="Meta description.")
    first_published_at: datetime | None = strawberry_django.field(
        description="When it was first published."
    )
    last_published_at: datetime | None = strawberry_django.field(
        description="When it was last published."
    )

    @strawberry_django.field(
        description="Path under the locale's home page; `/` is the home.", only=["url_path"]
    )
    def url_path(self, root: models.BasePage) -> str:
        return relative_url_path(root.url_path)

    @strawberry_django.field(
        description="Locale code of this version, e.g. `lv`; another than the one asked for "
        "when `isFallback`.",
        select_related=["locale"],
    )
    def locale(self, root: models.BasePage) -> str:
        code: str = root.locale.language_code
        return code

    @strawberry_django.field(
        description="Whether this page is shown from a fallback locale because the requested "
        "locale has no published version of it (`locale` says which)."
    )
    def is_fallback(self, root: models.BasePage) -> bool:
        return getattr(root, "is_fallback", False)

    @strawberry_django.field(
        description="Full frontend path in the reader's site, e.g. `/lv/library/impact/` (for a "
        "fallback page too: `page(urlPath, locale)` serves it there).",
        only=["url_path"],
        select_related=["locale"],
    )
    def path(self, root: models.BasePage) -> str:
        reader = getattr(root, "reader_locale", None) or root.locale.language_code
        return frontend_path(reader, root.url_path)

    @strawberry_django.field(
        description="The same page in other locales where it is published.",
        only=["translation_key"],
        directives=one_per_locale(),
    )
    def translations(self, root: models.BasePage) -> list[TranslationType]:
        return load_for(root, "translations", load_translations) or []

    @strawberry_django.field(
        description=TRANSLATION_STATUS_DESCRIPTION,
        only=["translation_key", "locale"],
        directives=one_per_locale(),
    )
    def translation_status(self, root: models.BasePage) -> list[TranslationStatusType]:
        return translation_status(root)

    @strawberry_django.field(
        description="Lead text shown in listings and at the top.", only=["intro"]
    )
    def intro(self, root: models.BasePage) -> str:
        return root.intro

    @strawberry_django.field(
        description="The page body as typed blocks.",
        only=["body"],
        directives=[ListSize(assumed_size=MAX_BODY_BLOCKS)],
    )
    def body(self, root: models.BasePage, info: Info) -> list[BlockInterface]:
        return resolve_body(root, info)

    @strawberry_django.field(
        description="Estimated minutes to read the lead and body.", only=["intro", "body"]
    )
    def reading_time(self, root: models.BasePage) -> int:
        return root.reading_time

    @strawberry_django.field(
        description=JSON_LD_DESCRIPTION,
        only=list(models.BasePage.json_ld_only),
        select_related=list(models.BasePage.json_ld_select_related),
    )
    def json_ld(self, root: models.BasePage) -> JSON:
        # Each page type's own jsonLd field (see kinds.page_type) loads what its model reads.
        return JSON(root.json_ld())

    @classmethod
    def resolve_type(
        cls, obj: object, info: GraphQLResolveInfo[Any], abstract_type: GraphQLAbstractType
    ) -> str | None:
        return type_name(obj)


@page_type(models.HomePage, description="A locale's home page.")
class HomePageType(PageInterface):
    pass


@page_type(models.ArticleIndexPage, description="The library's listing page.")
class ArticleIndexPageType(PageInterface):
    pass


@page_type(models.ArticlePage, description="A library article.")
class ArticlePageType(PageInterface):
    @strawberry_django.field(description="Main image.", only=["hero_image"])
    def hero_image(self, root: models.ArticlePage) -> ImageType | None:
        return public_image(root, "hero_image")

    publication_date: date = strawberry_django.field(description="Date of publication.")
    authors: list[AuthorType] = strawberry_django.field(description="Credited authors.")

    @strawberry_django.field(
        description="Subjects, in the page's locale.", only=["locale"], prefetch_related=["topics"]
    )
    def topics(self, root: models.ArticlePage) -> list[TopicType]:
        return localized_related(root, "topics")


@page_type(
    models.CaseStudyPage,
    description="A successful business model from the region, told as a case study.",
)
class CaseStudyPageType(PageInterface):
    business_model: str = strawberry_django.field(
        description="How it earns its income and for whom, in a line."
    )
    outcome: str = strawberry_django.field(
        description="What it achieved: results and social impact."
    )

    @strawberry_django.field(
        description="The enterprise it is about, in the page's locale where published there; "
        "null if it is not published.",
        only=["enterprise", "locale"],
    )
    def enterprise(self, root: models.CaseStudyPage) -> SocialEnterpriseType | None:
        # The model instance, as the type shows it.
        enterprise: SocialEnterpriseType | None = root.visible_enterprise()
        return enterprise

    @strawberry_django.field(description="Country it comes from.", **localized_hints("country"))
    def country(self, root: models.CaseStudyPage) -> CountryType | None:
        # The model instance (in the page's locale), as the type shows it.
        country: CountryType | None = localized_one(root, "country")
        return country


@page_type(
    models.PolicyRecommendationIndexPage,
    description="The listing page of policy recommendations.",
)
class PolicyRecommendationIndexPageType(PageInterface):
    pass


@page_type(
    models.PolicyRecommendationPage,
    description="A recommendation to decision makers.",
)
class PolicyRecommendationPageType(PageInterface):
    number: int | None = strawberry_django.field(description="Position within its set.")
    target_audience: str = strawberry_django.field(description="Who should act on it.")
    summary: str = strawberry_django.field(description="Short summary.")

    @strawberry_django.field(description="The recommendation's group.", **localized_hints("group"))
    def group(self, root: models.PolicyRecommendationPage) -> RecommendationGroupType | None:
        # The model instance (in the page's locale), as the type shows it.
        group: RecommendationGroupType | None = localized_one(root, "group")
        return group

    @strawberry_django.field(
        description="Levels of government addressed.", only=["governance_levels"]
    )
    def governance_levels(self, root: models.PolicyRecommendationPage) -> list[GovernanceLevel]:
        return [GovernanceLevel(value) for value in root.governance_levels]

    @strawberry_django.field(
        description="The project it comes from.", **localized_hints("source_project")
    )
    def source_project(self, root: models.PolicyRecommendationPage) -> ProjectType | None:
        # The model instance (in the page's locale), as the type shows it.
        source_project: ProjectType | None = localized_one(root, "source_project")
        return source_project

    @strawberry_django.field(
        description="Related recommendations published in this page's locale.",
        only=["locale"],
        prefetch_related=["related_recommendations__related"],
    )
    def related_recommendations(
        self, root: models.PolicyRecommendationPage
    ) -> list["PolicyRecommendationPageType"]:
        return load_for(root, "related_recommendations", load_related_recommendations) or []


@page_type(
    models.TeachingMaterialIndexPage,
    description="The listing page of teaching materials.",
)
class TeachingMaterialIndexPageType(PageInterface):
    pass


@strawberry_django.type(
    models.TeachingMaterialAttachment,
    name="TeachingMaterialFile",
    description="A file of a teaching material in one language and edition.",
)
class TeachingMaterialFileType:
    document: DocumentType = strawberry_django.field(description="The file.")
    language: str = strawberry_django.field(description="ISO 639-1 language of the file.")
    edition: str = strawberry_django.field(description="Edition, e.g. pocket or full.")


def material_files(page: models.TeachingMaterialPage) -> list[models.TeachingMaterialAttachment]:
    """A material's attachments whose documents the public may download."""
    attachments = list(page.attachments.all())
    ids = [attachment.document_id for attachment in attachments]
    visible = set(visible_documents().filter(pk__in=ids).values_list("pk", flat=True))
    return [attachment for attachment in attachments if attachment.document_id in visible]


@page_type(
    models.TeachingMaterialPage,
    description="A learning resource (schema.org LearningResource).",
)
class TeachingMaterialPageType(PageInterface):
    time_required_minutes: int | None = strawberry_django.field(description="Minutes needed.")
    licence: str = strawberry_django.field(description="SPDX-style licence identifier.")
    is_accessible_for_free: bool = strawberry_django.field(description="Free of charge.")
    languages: list[str] = strawberry_django.field(description="ISO 639-1 languages of it.")

    @strawberry_django.field(description="Kind of resource.", only=["resource_type"])
    def resource_type(self, root: models.TeachingMaterialPage) -> ResourceType:
        return ResourceType(root.resource_type)

    @strawberry_django.field(description="Level of the learner.", only=["educational_level"])
    def educational_level(self, root: models.TeachingMaterialPage) -> EducationalLevel:
        return EducationalLevel(root.educational_level)

    @strawberry_django.field(description="Who it is for.", only=["audiences"])
    def audiences(self, root: models.TeachingMaterialPage) -> list[Audience]:
        return [Audience(value) for value in root.audiences]

    @strawberry_django.field(
        description="Time required as an ISO 8601 duration, e.g. PT1H30M.",
        only=["time_required_minutes"],
    )
    def time_required(self, root: models.TeachingMaterialPage) -> str | None:
        return root.time_required_iso

    @strawberry_django.field(description="URL of the licence text.", only=["licence"])
    def licence_url(self, root: models.TeachingMaterialPage) -> str:
        return root.licence_url

    @strawberry_django.field(
        description="What a learner can do afterwards.", only=["learning_outcomes"]
    )
    def learning_outcomes(self, root: models.TeachingMaterialPage) -> list[str]:
        return [block.get("value", "") for block in root.learning_outcomes.raw_data]

    @strawberry_django.field(
        description="Downloadable files by language and edition.",
        prefetch_related=["attachments__document"],
    )
    def files(self, root: models.TeachingMaterialPage) -> list[TeachingMaterialFileType]:
        # Attachments, which strawberry-django resolves as TeachingMaterialFileType.
        return material_files(root)  # type: ignore[return-value]

    @strawberry_django.field(
        description="The file to offer a reader of `language`: in that language if there is "
        "one, else in the first of `fallbackLanguages` (by default the platform's chain for "
        "the language, then English) that has one; null if none does.",
        prefetch_related=["attachments__document"],
    )
    def file(
        self,
        root: models.TeachingMaterialPage,
        language: Annotated[str, strawberry.argument(description="ISO 639-1, e.g. `lv`.")],
        edition: Annotated[
            str | None, strawberry.argument(description="Only this edition, e.g. `pocket`.")
        ] = None,
        fallback_languages: Annotated[
            list[str] | None, strawberry.argument(description="Languages to try next, in order.")
        ] = None,
    ) -> TeachingMaterialFileType | None:
        if fallback_languages is None:
            fallback_languages = [
                *settings.LOCALE_FALLBACKS.get(language, []),
                settings.LANGUAGE_CODE,
            ]
        files = [
            f
            for f in material_files(root)
            if edition is None or f.edition.lower() == edition.lower()
        ]
        for code in [language, *fallback_languages]:
            for candidate in files:
                if candidate.language == code:
                    return candidate
        return None


@page_type(models.EventIndexPage, description="The event calendar page.")
class EventIndexPageType(PageInterface):
    pass


@strawberry.type(name="SitemapEntry", description="A published page for a sitemap.")
class SitemapEntryType:
    url_path: str = strawberry.field(description="Path under the locale's home page.")
    path: str = strawberry.field(description="Full frontend path, e.g. `/lv/library/impact/`.")
    lastmod: datetime | None = strawberry.field(description="When it was last published.")
    alternates: list[TranslationType] = strawberry.field(
        description="The same page in other locales (for hreflang links).",
        directives=one_per_locale(),
    )


@strawberry.type(name="EventOccurrence", description="One occurrence of a (repeating) event.")
class EventOccurrenceType:
    starts_at: datetime = strawberry.field(description="Start, in the event's time zone.")
    ends_at: datetime = strawberry.field(description="End, in the event's time zone.")


@strawberry.type(
    name="CalendarEntry", description="One occurrence of an event in a calendar range."
)
class CalendarEntryType:
    event: "EventPageType" = strawberry.field(description="The event.")
    starts_at: datetime = strawberry.field(description="Start, in the event's time zone.")
    ends_at: datetime = strawberry.field(description="End, in the event's time zone.")


@page_type(models.EventPage, description="A calendar entry.")
class EventPageType(PageInterface):
    all_day: bool = strawberry_django.field(description="Show dates only, no times.")
    time_zone: str = strawberry_django.field(description="IANA time zone of the venue.")
    venue_name: str = strawberry_django.field(description="Name of the venue.")
    address: str = strawberry_django.field(description="Street address.")
    city: str = strawberry_django.field(description="City.")
    online_url: str = strawberry_django.field(description="Where to join online.")
    registration_url: str = strawberry_django.field(description="Where to register.")
    organiser: str = strawberry_django.field(description="Who organises it.")
    language: str = strawberry_django.field(description="Language it is held in (ISO 639-1).")
    english_summary: str = strawberry_django.field(
        description="Short English summary, for events not held in English."
    )

    @strawberry_django.field(description="Kind of event.", **localized_hints("event_type"))
    def event_type(self, root: models.EventPage) -> EventTypeType | None:
        # The model instance (in the page's locale), as the type shows it.
        event_type: EventTypeType | None = localized_one(root, "event_type")
        return event_type

    @strawberry_django.field(
        description="Start, in the event's time zone.", only=["starts_at", "time_zone"]
    )
    def starts_at(self, root: models.EventPage) -> datetime:
        return root.starts_at.astimezone(ZoneInfo(root.time_zone))

    @strawberry_django.field(
        description="End, in the event's time zone.", only=["ends_at", "time_zone"]
    )
    def ends_at(self, root: models.EventPage) -> datetime:
        return root.ends_at.astimezone(ZoneInfo(root.time_zone))

    recurrence: str = strawberry_django.field(
        description="iCalendar RRULE if the event repeats, else empty."
    )

    @strawberry_django.field(
        description="Each occurrence (the first is startsAt/endsAt), in the event's time zone; "
        "repeats keep the venue's wall-clock time across daylight-saving changes.",
        only=["starts_at", "ends_at", "time_zone", "recurrence"],
    )
    def occurrences(
        self,
        root: models.EventPage,
        after: Annotated[
            datetime | None, strawberry.argument(description="Only those ending after this.")
        ] = None,
        before: Annotated[
            datetime | None, strawberry.argument(description="Only those starting before this.")
        ] = None,
        limit: Annotated[int, strawberry.argument(description="At most this many (1-500).")] = 50,
    ) -> list[EventOccurrenceType]:
        if not 1 <= limit <= MAX_OCCURRENCES:
            raise ApiError(
                _("limit must be between 1 and %(max)s.") % {"max": MAX_OCCURRENCES},
                "INVALID_PAGINATION",
            )
        try:
            found = root.occurrences()
        except ValueError:
            found = [Occurrence(root.starts_at, root.ends_at)]
        zone = ZoneInfo(root.time_zone)
        return [
            EventOccurrenceType(starts_at=start.astimezone(zone), ends_at=end.astimezone(zone))
            for start, end in found
            if (after is None or end > after) and (before is None or start < before)
        ][:limit]

    @strawberry_django.field(description="How people take part.", only=["attendance_mode"])
    def attendance_mode(self, root: models.EventPage) -> AttendanceMode:
        return AttendanceMode(root.attendance_mode)

    @strawberry_django.field(description="Whether it happens as planned.", only=["status"])
    def status(self, root: models.EventPage) -> EventStatus:
        return EventStatus(root.status)

    @strawberry_django.field(description="Country of the venue.", **localized_hints("country"))
    def country(self, root: models.EventPage) -> CountryType | None:
        # The model instance (in the page's locale), as the type shows it.
        country: CountryType | None = localized_one(root, "country")
        return country


# Every page type, as registered above.
PAGE_TYPES = list(PAGE_KINDS.values())
