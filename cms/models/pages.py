"""The page types of the platform: home, library articles, policy recommendations,
teaching materials and events, each with its listing page.

Translation rule (wagtail-localize): titles, slugs (localised URLs), leads, summaries and the
text in StreamField blocks (including image alt texts and captions) are translated. Dates,
numbers, choices, URLs, time zones, images, documents, venue addresses and links to snippets are
synchronised; the API follows links to translatable snippets to their version in the page's
locale. Images and documents may be overridden per locale by translators.
"""

from datetime import datetime
from itertools import islice
from typing import NamedTuple
from zoneinfo import ZoneInfo

from dateutil.rrule import rrulestr
from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from cms.blocks import LearningOutcomesBlock
from cms.forms import ArticlePageForm, EventPageForm
from core import schema_org
from core.fields import ChoiceListField
from core.validators import web_address
from directory.models import SocialEnterprise, visible_entries

from .mixins import BasePage

MATERIAL_LANGUAGES = [
    ("en", "English"),
    ("da", "Dansk"),
    ("de", "Deutsch"),
    ("et", "Eesti"),
    ("fi", "Suomi"),
    ("lv", "Latviešu"),
    ("lt", "Lietuvių"),
    ("nb", "Norsk bokmål"),
    ("pl", "Polski"),
    ("sv", "Svenska"),
    ("ru", "Русский"),
]

EVENT_TIME_ZONES = [
    (name, name)
    for name in (
        "Europe/Copenhagen",
        "Europe/Tallinn",
        "Europe/Helsinki",
        "Europe/Berlin",
        "Europe/Riga",
        "Europe/Vilnius",
        "Europe/Oslo",
        "Europe/Warsaw",
        "Europe/Stockholm",
        "Atlantic/Reykjavik",
        "Europe/Brussels",
        "UTC",
    )
]


class HomePage(BasePage):
    """The root of one locale's site: there is one per locale, each a translation of the others."""

    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")


class ArticleIndexPage(BasePage):
    """The library: lists articles on social entrepreneurship and impact measurement."""

    parent_page_types = ["cms.HomePage"]
    subpage_types = ["cms.ArticlePage", "cms.CaseStudyPage"]

    class Meta:
        verbose_name = _("library")
        verbose_name_plural = _("libraries")


class ArticlePage(BasePage):
    """A library article."""

    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    publication_date = models.DateField(_("publication date"), default=timezone.localdate)
    topics = ParentalManyToManyField("cms.Topic", verbose_name=_("topics"), blank=True)
    authors = ParentalManyToManyField("cms.Author", verbose_name=_("authors"), blank=True)

    content_panels = [
        *BasePage.lead_panels,
        FieldPanel("hero_image"),
        MultiFieldPanel(
            [
                FieldPanel("publication_date"),
                FieldPanel("authors", widget=forms.CheckboxSelectMultiple),
                FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Publication"),
        ),
        FieldPanel("body"),
    ]
    search_fields = [*BasePage.search_fields, index.FilterField("publication_date")]
    parent_page_types = ["cms.ArticleIndexPage"]
    subpage_types: list[str] = []
    base_form_class = ArticlePageForm

    schema_type = "Article"
    json_ld_only = (*BasePage.json_ld_only, "publication_date")
    json_ld_prefetch_related = ("authors",)

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")

    def json_ld_properties(self) -> dict:
        return {
            "datePublished": self.publication_date.isoformat(),
            "author": [
                schema_org.clean({"@type": "Person", "name": author.name})
                for author in self.authors.all()
            ],
        }


class CaseStudyPage(BasePage):
    """A successful business model from the region, told as a library case study: which
    enterprise, where, how it earns its income and what it changed (schema.org Article about
    the Organization)."""

    enterprise = models.ForeignKey(
        "directory.SocialEnterprise",
        verbose_name=_("enterprise"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    country = models.ForeignKey(
        "directory.Country",
        verbose_name=_("country"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    business_model = models.CharField(
        _("business model"),
        max_length=255,
        blank=True,
        help_text=_("How it earns its income and for whom, in a line."),
    )
    outcome = models.TextField(
        _("outcome"), blank=True, help_text=_("What it achieved: results and social impact.")
    )

    override_translatable_fields = [
        SynchronizedField(name, overridable=False) for name in ("enterprise", "country")
    ]
    content_panels = [
        *BasePage.lead_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("enterprise"), FieldPanel("country")]),
                FieldPanel("business_model"),
                FieldPanel("outcome"),
            ],
            heading=_("Case study"),
        ),
        FieldPanel("body"),
    ]
    search_weights = (*BasePage.search_weights, ("business_model", "B"), ("outcome", "C"))
    search_excerpt_fields = (*BasePage.search_excerpt_fields, "outcome")
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("business_model"),
        index.SearchField("outcome"),
    ]
    parent_page_types = ["cms.ArticleIndexPage"]
    subpage_types: list[str] = []

    schema_type = "Article"
    json_ld_only = (*BasePage.json_ld_only, "business_model", "outcome", "enterprise")
    json_ld_select_related = (*BasePage.json_ld_select_related, "country")

    class Meta:
        verbose_name = _("case study")
        verbose_name_plural = _("case studies")

    def visible_enterprise(self) -> SocialEnterprise | None:
        """The enterprise as the public may see it: its version in the page's locale, else the
        linked one; None if neither is published."""
        if self.enterprise_id is None:
            return None
        linked = SocialEnterprise.objects.filter(pk=self.enterprise_id).values("translation_key")
        versions = visible_entries(
            SocialEnterprise.objects.filter(translation_key__in=linked)
        ).filter(Q(locale_id=self.locale_id) | Q(pk=self.enterprise_id))
        return min(versions, key=lambda entry: entry.locale_id != self.locale_id, default=None)

    def json_ld_properties(self) -> dict:
        enterprise = self.visible_enterprise()
        about = None
        if enterprise is not None:
            about = {"@type": "Organization", "name": enterprise.name, "url": enterprise.website}
        place = None
        if self.country is not None:
            place = {
                "@type": "Place",
                "address": {"@type": "PostalAddress", "addressCountry": self.country.code},
            }
        return {
            "about": schema_org.clean(about) if about else None,
            "contentLocation": place,
            "abstract": self.outcome,
        }


class PolicyRecommendationIndexPage(BasePage):
    """Lists recommendations to decision makers."""

    parent_page_types = ["cms.HomePage"]
    subpage_types = ["cms.PolicyRecommendationPage"]

    class Meta:
        verbose_name = _("policy recommendations")
        verbose_name_plural = _("policy recommendations")


class PolicyRecommendationPage(BasePage):
    """A recommendation to local, regional, national or EU decision makers."""

    class GovernanceLevel(models.TextChoices):
        LOCAL = "local", _("Local")
        REGIONAL = "regional", _("Regional")
        NATIONAL = "national", _("National")
        EU = "eu", _("European Union")

    number = models.PositiveSmallIntegerField(
        _("number"), null=True, blank=True, help_text=_("Position within its set, e.g. 3 of 8.")
    )
    group = models.ForeignKey(
        "cms.RecommendationGroup",
        verbose_name=_("group"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    governance_levels = ChoiceListField(
        _("governance levels addressed"), item_choices=GovernanceLevel.choices, blank=True
    )
    target_audience = models.CharField(
        _("target audience"),
        max_length=255,
        blank=True,
        help_text=_("Who should act on it, e.g. municipalities and regional councils."),
    )
    source_project = models.ForeignKey(
        "directory.Project",
        verbose_name=_("source project"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    summary = models.TextField(_("short summary"), blank=True)

    override_translatable_fields = [
        SynchronizedField(name, overridable=False)
        for name in (
            "group",
            "source_project",
        )
    ]
    content_panels = [
        *BasePage.lead_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("number"), FieldPanel("group")]),
                FieldPanel("governance_levels"),
                FieldPanel("target_audience"),
                FieldPanel("source_project"),
            ],
            heading=_("Recommendation"),
        ),
        FieldPanel("summary"),
        FieldPanel("body", heading=_("Evidence and explanation")),
        InlinePanel("related_recommendations", label=_("Related recommendations")),
    ]
    search_weights = (*BasePage.search_weights, ("summary", "B"), ("target_audience", "C"))
    search_excerpt_fields = (*BasePage.search_excerpt_fields, "summary")
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary"),
        index.SearchField("target_audience"),
    ]
    parent_page_types = ["cms.PolicyRecommendationIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("policy recommendation")
        verbose_name_plural = _("policy recommendations")


class RelatedRecommendation(Orderable):
    """A link from one recommendation to another; synchronised across translations."""

    page = ParentalKey(
        PolicyRecommendationPage, on_delete=models.CASCADE, related_name="related_recommendations"
    )
    related = models.ForeignKey(
        PolicyRecommendationPage,
        verbose_name=_("recommendation"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("related")]

    class Meta(Orderable.Meta):
        verbose_name = _("related recommendation")
        verbose_name_plural = _("related recommendations")

    def clean(self):
        if self.page_id and self.related_id == self.page_id:
            raise ValidationError({"related": _("A recommendation cannot relate to itself.")})


class TeachingMaterialIndexPage(BasePage):
    """Lists teaching materials."""

    parent_page_types = ["cms.HomePage"]
    subpage_types = ["cms.TeachingMaterialPage"]

    class Meta:
        verbose_name = _("teaching materials")
        verbose_name_plural = _("teaching materials")


class TeachingMaterialPage(BasePage):
    """A learning resource, described after schema.org LearningResource / LRMI."""

    class ResourceType(models.TextChoices):
        COURSE = "course", _("Course")
        TOOLKIT = "toolkit", _("Toolkit")
        GUIDE = "guide", _("Guide")
        HANDBOOK = "handbook", _("Handbook")
        CASE_STUDY = "case_study", _("Case study")
        VIDEO = "video", _("Video")
        TEMPLATE = "template", _("Template")
        PRESENTATION = "presentation", _("Presentation")
        OTHER = "other", _("Other")

    class EducationalLevel(models.TextChoices):
        INTRODUCTORY = "introductory", _("Introductory")
        INTERMEDIATE = "intermediate", _("Intermediate")
        ADVANCED = "advanced", _("Advanced")

    class Audience(models.TextChoices):
        ENTREPRENEUR = "entrepreneur", _("Social entrepreneurs")
        TRAINER = "trainer", _("Trainers and educators")
        SOCIAL_WORKER = "social_worker", _("Social workers")
        OFFICIAL = "official", _("Public officials")
        STUDENT = "student", _("Students")

    class Licence(models.TextChoices):
        CC_BY = "CC-BY-4.0", "CC BY 4.0"
        CC_BY_SA = "CC-BY-SA-4.0", "CC BY-SA 4.0"
        CC_BY_NC = "CC-BY-NC-4.0", "CC BY-NC 4.0"
        CC_BY_NC_SA = "CC-BY-NC-SA-4.0", "CC BY-NC-SA 4.0"
        CC0 = "CC0-1.0", "CC0 1.0"
        ALL_RIGHTS_RESERVED = "all-rights-reserved", _("All rights reserved")

    LICENCE_URLS = {
        "CC-BY-4.0": "https://creativecommons.org/licenses/by/4.0/",
        "CC-BY-SA-4.0": "https://creativecommons.org/licenses/by-sa/4.0/",
        "CC-BY-NC-4.0": "https://creativecommons.org/licenses/by-nc/4.0/",
        "CC-BY-NC-SA-4.0": "https://creativecommons.org/licenses/by-nc-sa/4.0/",
        "CC0-1.0": "https://creativecommons.org/publicdomain/zero/1.0/",
    }

    resource_type = models.CharField(
        _("resource type"), max_length=20, choices=ResourceType.choices, default=ResourceType.GUIDE
    )
    educational_level = models.CharField(
        _("educational level"),
        max_length=20,
        choices=EducationalLevel.choices,
        default=EducationalLevel.INTRODUCTORY,
    )
    audiences = ChoiceListField(_("audience"), item_choices=Audience.choices, blank=True)
    time_required_minutes = models.PositiveIntegerField(
        _("time required (minutes)"), null=True, blank=True
    )
    licence = models.CharField(
        _("licence"), max_length=20, choices=Licence.choices, default=Licence.CC_BY
    )
    is_accessible_for_free = models.BooleanField(_("free of charge"), default=True)
    languages = ChoiceListField(
        _("languages of the material"), item_choices=MATERIAL_LANGUAGES, blank=True
    )
    learning_outcomes = StreamField(
        LearningOutcomesBlock(), blank=True, verbose_name=_("learning outcomes")
    )

    content_panels = [
        *BasePage.lead_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("resource_type"), FieldPanel("educational_level")]),
                FieldPanel("audiences"),
                FieldRowPanel([FieldPanel("time_required_minutes"), FieldPanel("licence")]),
                FieldPanel("is_accessible_for_free"),
                FieldPanel("languages"),
            ],
            heading=_("About the material"),
        ),
        FieldPanel("learning_outcomes"),
        InlinePanel("attachments", label=_("Files")),
        FieldPanel("body"),
    ]
    search_fields = [*BasePage.search_fields, index.FilterField("resource_type")]
    parent_page_types = ["cms.TeachingMaterialIndexPage"]
    subpage_types: list[str] = []

    schema_type = "LearningResource"
    json_ld_only = (
        *BasePage.json_ld_only,
        "resource_type",
        "educational_level",
        "time_required_minutes",
        "licence",
        "is_accessible_for_free",
    )

    class Meta:
        verbose_name = _("teaching material")
        verbose_name_plural = _("teaching materials")

    def json_ld_properties(self) -> dict:
        return {
            "learningResourceType": self.resource_type,
            "educationalLevel": self.educational_level,
            "timeRequired": self.time_required_iso,
            "license": self.licence,
            "isAccessibleForFree": self.is_accessible_for_free,
        }

    @property
    def licence_url(self) -> str:
        return self.LICENCE_URLS.get(self.licence, "")

    @property
    def time_required_iso(self) -> str | None:
        """The time required as an ISO 8601 duration, e.g. PT1H30M."""
        if not self.time_required_minutes:
            return None
        hours, minutes = divmod(self.time_required_minutes, 60)
        return "PT" + (f"{hours}H" if hours else "") + (f"{minutes}M" if minutes else "")


class TeachingMaterialAttachment(Orderable):
    """A file of a teaching material in one language and edition (e.g. pocket or full)."""

    page = ParentalKey(TeachingMaterialPage, on_delete=models.CASCADE, related_name="attachments")
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    language = models.CharField(
        _("language"), max_length=5, choices=MATERIAL_LANGUAGES, default="en"
    )
    edition = models.CharField(
        _("edition"), max_length=100, blank=True, help_text=_("e.g. pocket or full version")
    )

    panels = [
        FieldPanel("document"),
        FieldRowPanel([FieldPanel("language"), FieldPanel("edition")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")


class EventIndexPage(BasePage):
    """The event calendar."""

    parent_page_types = ["cms.HomePage"]
    subpage_types = ["cms.EventPage"]

    class Meta:
        verbose_name = _("event calendar")
        verbose_name_plural = _("event calendars")


class Occurrence(NamedTuple):
    """One occurrence of an event."""

    starts_at: datetime
    ends_at: datetime


class EventPage(BasePage):
    """A calendar entry, after schema.org Event."""

    class AttendanceMode(models.TextChoices):
        OFFLINE = "offline", _("In person")
        ONLINE = "online", _("Online")
        MIXED = "mixed", _("Hybrid")

    class Status(models.TextChoices):
        SCHEDULED = "scheduled", _("Scheduled")
        POSTPONED = "postponed", _("Postponed")
        RESCHEDULED = "rescheduled", _("Rescheduled")
        CANCELLED = "cancelled", _("Cancelled")
        MOVED_ONLINE = "moved_online", _("Moved online")

    starts_at = models.DateTimeField(_("starts at"), help_text=_("Local time at the venue."))
    ends_at = models.DateTimeField(_("ends at"), help_text=_("Local time at the venue."))
    all_day = models.BooleanField(
        _("all day"), default=False, help_text=_("Frontends show dates only, no times.")
    )
    time_zone = models.CharField(
        _("time zone"),
        max_length=40,
        choices=EVENT_TIME_ZONES,
        default="Europe/Riga",
        help_text=_("Of the venue (or the organiser, online); start and end are in this zone."),
    )
    attendance_mode = models.CharField(
        _("attendance"),
        max_length=10,
        choices=AttendanceMode.choices,
        default=AttendanceMode.OFFLINE,
    )
    status = models.CharField(
        _("status"), max_length=15, choices=Status.choices, default=Status.SCHEDULED
    )
    venue_name = models.CharField(_("venue"), max_length=255, blank=True)
    address = models.CharField(_("address"), max_length=255, blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    country = models.ForeignKey(
        "directory.Country",
        verbose_name=_("country"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    online_url = models.URLField(_("online URL"), blank=True, validators=[web_address])
    registration_url = models.URLField(_("registration URL"), blank=True, validators=[web_address])
    organiser = models.CharField(_("organiser"), max_length=255, blank=True)
    event_type = models.ForeignKey(
        "cms.EventType",
        verbose_name=_("type of event"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    language = models.CharField(
        _("language of the event"), max_length=5, choices=MATERIAL_LANGUAGES, default="en"
    )
    english_summary = models.TextField(
        _("English summary"),
        blank=True,
        help_text=_("Required when the event is not held in English."),
    )
    recurrence = models.CharField(
        _("repeats"),
        max_length=255,
        blank=True,
        help_text=_(
            "An iCalendar RRULE, e.g. FREQ=WEEKLY;BYDAY=TU;COUNT=10 or "
            "FREQ=MONTHLY;BYMONTHDAY=1;UNTIL=20271231. Times repeat at the venue's wall-clock time."
        ),
    )
    last_ends_at = models.DateTimeField(
        _("last occurrence ends"), null=True, editable=False, db_index=True
    )
    submitter_contact = models.TextField(
        _("submitted by"),
        blank=True,
        help_text=_("Name and e-mail of whoever proposed the event; never published."),
    )

    override_translatable_fields = [
        SynchronizedField(name, overridable=False)
        for name in (
            "country",
            "city",
            "address",
            "event_type",
            "submitter_contact",
            "recurrence",
        )
    ]
    content_panels = [
        *BasePage.lead_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
                FieldRowPanel([FieldPanel("all_day"), FieldPanel("time_zone")]),
                FieldRowPanel([FieldPanel("attendance_mode"), FieldPanel("status")]),
                FieldPanel("recurrence"),
            ],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("venue_name"),
                FieldPanel("address"),
                FieldRowPanel([FieldPanel("city"), FieldPanel("country")]),
                FieldPanel("online_url"),
            ],
            heading=_("Where"),
        ),
        FieldRowPanel([FieldPanel("organiser"), FieldPanel("registration_url")]),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("event_type"), FieldPanel("language")]),
                FieldPanel("english_summary"),
                FieldPanel("submitter_contact"),
            ],
            heading=_("About the event"),
        ),
        FieldPanel("body"),
    ]
    search_weights = (*BasePage.search_weights, ("venue_name", "C"), ("city", "C"))
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("venue_name"),
        index.SearchField("city"),
        index.FilterField("starts_at"),
    ]
    parent_page_types = ["cms.EventIndexPage"]
    subpage_types: list[str] = []
    base_form_class = EventPageForm

    schema_type = "Event"
    json_ld_only = (
        *BasePage.json_ld_only,
        "starts_at",
        "ends_at",
        "time_zone",
        "city",
        "venue_name",
        "address",
        "online_url",
        "attendance_mode",
        "status",
        "organiser",
    )
    json_ld_select_related = (*BasePage.json_ld_select_related, "country")
    SCHEMA_ATTENDANCE = {
        "offline": "https://schema.org/OfflineEventAttendanceMode",
        "online": "https://schema.org/OnlineEventAttendanceMode",
        "mixed": "https://schema.org/MixedEventAttendanceMode",
    }
    SCHEMA_STATUS = {
        "scheduled": "https://schema.org/EventScheduled",
        "postponed": "https://schema.org/EventPostponed",
        "rescheduled": "https://schema.org/EventRescheduled",
        "cancelled": "https://schema.org/EventCancelled",
    }

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def json_ld_properties(self) -> dict:
        zone = ZoneInfo(self.time_zone)
        places = []
        if self.city or self.venue_name:
            address = {
                "@type": "PostalAddress",
                "streetAddress": self.address,
                "addressLocality": self.city,
                "addressCountry": self.country.code if self.country else None,
            }
            places.append(
                schema_org.clean(
                    {
                        "@type": "Place",
                        "name": self.venue_name,
                        "address": schema_org.clean(address),
                    }
                )
            )
        if self.online_url:
            places.append({"@type": "VirtualLocation", "url": self.online_url})
        return {
            "startDate": self.starts_at.astimezone(zone).isoformat(),
            "endDate": self.ends_at.astimezone(zone).isoformat(),
            "eventAttendanceMode": self.SCHEMA_ATTENDANCE.get(self.attendance_mode),
            "eventStatus": self.SCHEMA_STATUS.get(self.status),
            "location": places[0] if len(places) == 1 else places,
            "organizer": schema_org.clean({"@type": "Organization", "name": self.organiser}),
        }

    def save(self, *args, **kwargs):
        # Listings filter on when the last occurrence ends; an unreadable rule counts as none.
        try:
            self.last_ends_at = self.occurrences()[-1].ends_at if self.starts_at else None
        except ValueError:
            self.last_ends_at = self.ends_at
        super().save(*args, **kwargs)

    def occurrences(self) -> list[Occurrence]:
        """Start and end of every occurrence, repeated at the venue's wall-clock time."""
        return expand_recurrence(self.starts_at, self.ends_at, self.time_zone, self.recurrence)

    def clean(self):
        super().clean()
        errors = {}
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            errors["ends_at"] = ValidationError(
                _("The event must end after it starts."), code="ends_before_start"
            )
        if self.recurrence:
            try:
                self.occurrences()
            except ValueError as error:
                errors["recurrence"] = ValidationError(str(error), code="invalid")
        if self.language != "en" and not self.english_summary.strip():
            # The platform's calendar is read across the region: an English summary is the
            # common ground for events held in other languages.
            errors["english_summary"] = ValidationError(
                _("Add a short English summary: the event is not held in English."),
                code="required",
            )
        if errors:
            raise ValidationError(errors)


MAX_OCCURRENCES = 500


def expand_recurrence(
    starts_at: datetime, ends_at: datetime, zone_name: str, rule: str
) -> list[Occurrence]:
    """Occurrences of an event under an RRULE; ValueError (with a message for editors) if the
    rule cannot be read, never ends, or yields too many."""
    if not rule:
        return [Occurrence(starts_at, ends_at)]
    zone = ZoneInfo(zone_name)
    local_start = starts_at.astimezone(zone).replace(tzinfo=None)
    duration = ends_at - starts_at
    text = rule.strip().removeprefix("RRULE:")
    if "COUNT=" not in text.upper() and "UNTIL=" not in text.upper():
        raise ValueError(_("Give the rule an end: COUNT=... or UNTIL=..."))
    try:
        dates = list(
            islice(rrulestr(text, dtstart=local_start, ignoretz=True), MAX_OCCURRENCES + 1)
        )
    except (ValueError, TypeError) as error:
        raise ValueError(_("Not an RRULE: %(error)s") % {"error": error}) from None
    if len(dates) > MAX_OCCURRENCES:
        raise ValueError(
            _("At most %(max)s occurrences; shorten the rule.") % {"max": MAX_OCCURRENCES}
        )
    # Wall-clock time at the venue, so a 10:00 meeting stays at 10:00 across DST changes.
    starts = [moment.replace(tzinfo=zone) for moment in dates]
    return [Occurrence(start, start + duration) for start in starts]
