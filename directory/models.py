"""The directory: social enterprises, support organisations and their taxonomies.

Translation rule (wagtail-localize): human-language fields (names, descriptions, offers and
needs) are translated per locale. Identifiers (ISO codes, slugs), numbers, dates, coordinates,
URLs, e-mail and phone, postal data (region, city, address, written as the post expects them),
choices and links to other snippets are synchronised from the source: links are followed to the
linked snippet's version in the reader's locale by the API, not re-pointed per translation.
Logos are synchronised, and translators may override them per locale.
"""

import datetime
from decimal import Decimal
from typing import Any, TypeVar

from django import forms
from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Orderable,
    PreviewableMixin,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core import schema_org
from core.fields import ChoiceListField
from core.taxonomy import Taxonomy
from core.validators import web_address
from core.visibility import Chain, best_versions, in_schedule_q
from headless.preview import HeadlessPreviewMixin
from search.models import Searchable

SERVICE_LANGUAGES = [
    ("en", "English"),
    ("da", "Dansk"),
    ("de", "Deutsch"),
    ("et", "Eesti"),
    ("fi", "Suomi"),
    ("is", "Íslenska"),
    ("lv", "Latviešu"),
    ("lt", "Lietuvių"),
    ("nb", "Norsk"),
    ("pl", "Polski"),
    ("sv", "Svenska"),
    ("ru", "Русский"),
    ("uk", "Українська"),
]


class Country(TranslatableMixin, index.Indexed, models.Model):
    """A country, identified by its ISO 3166-1 alpha-2 code, with its name in each locale."""

    class Role(models.TextChoices):
        MEMBER_STATE = "member_state", _("EU member state")
        NEIGHBOUR = "neighbour", _("neighbouring country")
        OTHER = "other", _("other")

    class Cooperation(models.TextChoices):
        ACTIVE = "active", _("active")
        SUSPENDED = "suspended", _("suspended")

    code = models.CharField(
        _("ISO code"), max_length=2, help_text=_("ISO 3166-1 alpha-2 code, e.g. LV.")
    )
    name = models.CharField(_("name"), max_length=100)
    eusbsr_role = models.CharField(
        _("role in the EU Strategy for the Baltic Sea Region"),
        max_length=20,
        choices=Role.choices,
        default=Role.OTHER,
    )
    cooperation = models.CharField(
        _("cooperation"),
        max_length=20,
        choices=Cooperation.choices,
        default=Cooperation.ACTIVE,
        help_text=_(
            "Entries in countries whose cooperation is suspended are left out of directory "
            "listings and facets unless a query asks for them."
        ),
    )

    override_translatable_fields = [SynchronizedField("code", overridable=False)]

    search_fields = [index.SearchField("name"), index.FilterField("code")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("country")
        verbose_name_plural = _("countries")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["code", "locale"], name="unique_country_code_locale")
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.code = self.code.upper()
        super().save(*args, **kwargs)


class Project(TranslatableMixin, index.Indexed, models.Model):
    """A funded project behind content and directory entries, such as SEMPRE or SENBS."""

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=100)
    programme = models.CharField(
        _("programme"), max_length=200, blank=True, help_text=_("e.g. Interreg Baltic Sea Region")
    )
    description = models.TextField(_("description"), blank=True)
    start_year = models.PositiveSmallIntegerField(_("start year"), null=True, blank=True)
    end_year = models.PositiveSmallIntegerField(_("end year"), null=True, blank=True)
    website = models.URLField(_("website"), blank=True)

    override_translatable_fields = [SynchronizedField("slug", overridable=False)]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("programme"),
        index.AutocompleteField("name"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("project")
        verbose_name_plural = _("projects")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_project_slug_locale")
        ]

    def __str__(self):
        return self.name

    def clean(self):
        if self.start_year and self.end_year and self.end_year < self.start_year:
            raise ValidationError({"end_year": _("The end year cannot be before the start year.")})


class Sector(Taxonomy):
    """A field of activity, mapped to a NACE Rev. 2 section where one fits."""

    class NaceSection(models.TextChoices):
        A = "A", _("A · Agriculture, forestry and fishing")
        C = "C", _("C · Manufacturing")
        F = "F", _("F · Construction")
        G = "G", _("G · Wholesale and retail trade")
        H = "H", _("H · Transportation and storage")
        I = "I", _("I · Accommodation and food service")  # noqa: E741
        J = "J", _("J · Information and communication")
        M = "M", _("M · Professional, scientific and technical")
        N = "N", _("N · Administrative and support services")
        P = "P", _("P · Education")
        Q = "Q", _("Q · Human health and social work")
        R = "R", _("R · Arts, entertainment and recreation")
        S = "S", _("S · Other service activities")

    nace_section = models.CharField(
        _("NACE section"), max_length=1, choices=NaceSection.choices, blank=True
    )

    class Meta(Taxonomy.Meta):
        verbose_name = _("sector")
        verbose_name_plural = _("sectors")


class TargetGroup(Taxonomy):
    """People an organisation serves or employs, e.g. people with disabilities."""

    class Meta(Taxonomy.Meta):
        verbose_name = _("target group")
        verbose_name_plural = _("target groups")


class LegalForm(Taxonomy):
    """A legal form; editors add the forms each country has (blank country: any country)."""

    country = models.ForeignKey(
        Country,
        verbose_name=_("country"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Leave empty for forms found in every country, e.g. association."),
    )

    override_translatable_fields = [
        *Taxonomy.override_translatable_fields,
        SynchronizedField("country", overridable=False),
    ]

    class Meta(Taxonomy.Meta):
        verbose_name = _("legal form")
        verbose_name_plural = _("legal forms")


class SustainableDevelopmentGoal(TranslatableMixin, models.Model):
    """One of the 17 UN Sustainable Development Goals."""

    number = models.PositiveSmallIntegerField(
        _("number"), validators=[MinValueValidator(1), MaxValueValidator(17)]
    )
    name = models.CharField(_("name"), max_length=150)

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("sustainable development goal")
        verbose_name_plural = _("sustainable development goals")
        ordering = ["number"]
        constraints = [
            models.UniqueConstraint(fields=["number", "locale"], name="unique_sdg_number_locale")
        ]

    def __str__(self):
        return f"{self.number}. {self.name}"


def degrees(value) -> Decimal | None:
    """A coordinate from a float as the decimal degrees the fields keep (5 places, about 1 m).

    Django would otherwise turn 57.36 into 57.360000 and then refuse it for having 6 places.
    """
    return None if value is None else Decimal(str(round(float(value), 5)))


def current_year() -> int:
    return datetime.date.today().year


class DirectoryEntry(
    HeadlessPreviewMixin,
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    PreviewableMixin,
    TranslatableMixin,
    Searchable,
    index.Indexed,
    ClusterableModel,
):
    """What enterprises and support organisations share: identity, place, contact, focus.

    Translation rule: name, descriptions and offers/needs are translated; slug, coordinates,
    contact details, dates, numbers and links to taxonomies are synchronised.
    """

    class Verification(models.TextChoices):
        UNVERIFIED = "unverified", _("Not verified")
        SELF_REPORTED = "self_reported", _("Self-reported")
        VERIFIED = "verified", _("Verified by a curator")

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=120, help_text=_("The same in every locale."))
    short_description = models.CharField(
        _("short description"), max_length=300, blank=True, help_text=_("One sentence.")
    )
    description = models.TextField(_("description"), blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    country = models.ForeignKey(
        Country, verbose_name=_("country"), on_delete=models.PROTECT, related_name="+"
    )
    region = models.CharField(_("region"), max_length=100, blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    address = models.CharField(_("address"), max_length=255, blank=True)
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
        help_text=_("WGS84 decimal degrees, -90 to 90 (Riga: 56.94965)."),
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
        help_text=_("WGS84 decimal degrees, -180 to 180 (Riga: 24.10519)."),
    )
    website = models.URLField(_("website"), blank=True, validators=[web_address])
    email = models.EmailField(_("contact e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    sectors = ParentalManyToManyField(Sector, verbose_name=_("sectors"), blank=True)
    target_groups = ParentalManyToManyField(
        TargetGroup, verbose_name=_("target groups"), blank=True
    )
    languages = ChoiceListField(
        _("languages of service"), item_choices=SERVICE_LANGUAGES, blank=True
    )
    source_projects = ParentalManyToManyField(
        Project, verbose_name=_("source projects"), blank=True
    )
    verification_status = models.CharField(
        _("verification"),
        max_length=20,
        choices=Verification.choices,
        default=Verification.UNVERIFIED,
    )
    last_reviewed = models.DateField(_("last reviewed"), null=True, blank=True)
    submitter_contact = models.TextField(
        _("submitted by"),
        blank=True,
        help_text=_("Who proposed this entry and how to reach them. Never published."),
    )

    search_weights = (
        ("name", "A"),
        ("short_description", "B"),
        ("description", "C"),
        ("city", "C"),
    )
    search_excerpt_fields = ("short_description", "description")

    # schema.org structured data: what json_ld() loads beside the entry's own fields.
    json_ld_select_related = ("country",)
    json_ld_prefetch_related = ()

    # Identifiers, postal data, contacts and links to taxonomies are the same in every locale.
    override_translatable_fields = [
        SynchronizedField(name, overridable=False)
        for name in (
            "slug",
            "country",
            "region",
            "city",
            "address",
            "phone",
            "submitter_contact",
        )
    ]

    search_fields = [
        index.SearchField("name", boost=3),
        index.AutocompleteField("name"),
        index.SearchField("short_description"),
        index.SearchField("description"),
        index.SearchField("city"),
        index.FilterField("locale"),
        index.FilterField("live"),
    ]

    identity_panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("short_description"),
        FieldPanel("description"),
        FieldPanel("logo"),
    ]
    place_panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("country"), FieldPanel("region"), FieldPanel("city")]),
                FieldPanel("address"),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            heading=_("Place"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("website"),
                FieldRowPanel([FieldPanel("email"), FieldPanel("phone")]),
            ],
            heading=_("Contact"),
        ),
    ]
    review_panels = [
        MultiFieldPanel(
            [
                FieldPanel("source_projects"),
                FieldRowPanel([FieldPanel("verification_status"), FieldPanel("last_reviewed")]),
                FieldPanel("submitter_contact"),
            ],
            heading=_("Sources and review"),
        )
    ]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_%(class)s_slug_locale")
        ]
        indexes = [
            # Listings filter by locale and country; with visibility (live and schedule), id and
            # name included, PostgreSQL answers that filter, and picks a page in name order,
            # from the index alone (bench/directory_listing.py).
            models.Index(
                fields=["locale", "country"],
                include=["live", "go_live_at", "expire_at", "id", "name"],
                name="%(class)s_listing",
            ),
            # Pages in name order: PostgreSQL walks this index and stops after a page of
            # matches (the unfiltered first page reads 20 entries instead of sorting all of
            # them); a filter whose matches all sort late costs at most one pass over it.
            models.Index(
                fields=["locale", "name", "id"],
                include=["country", "live", "go_live_at", "expire_at"],
                name="%(class)s_by_name",
            ),
        ]

    def __str__(self):
        return self.name

    @classmethod
    def searchable_set(cls, chain: Chain) -> models.QuerySet:
        return best_versions(cls.objects.all(), chain, visible_entries)

    def json_ld(self) -> dict:
        """schema.org JSON-LD: the entry as an Organization."""
        address = {
            "@type": "PostalAddress",
            "streetAddress": self.address,
            "addressLocality": self.city,
            "addressRegion": self.region,
            "addressCountry": self.country.code if self.country_id else None,
        }
        geo = None
        if self.latitude is not None and self.longitude is not None:
            geo = {
                "@type": "GeoCoordinates",
                "latitude": float(self.latitude),
                "longitude": float(self.longitude),
            }
        founded = getattr(self, "year_founded", None)
        return schema_org.clean(
            {
                "@context": schema_org.CONTEXT,
                "@type": "Organization",
                "name": self.name,
                "description": self.short_description,
                "url": self.website,
                "email": self.email,
                "telephone": self.phone,
                "address": schema_org.clean(address),
                "geo": schema_org.clean(geo) if geo else None,
                "foundingDate": str(founded) if founded else None,
            }
        )

    @property
    def revisions(self):
        # Each concrete model declares its own _revisions relation (its query name differs).
        return self._revisions

    def clean(self):
        super().clean()
        if (self.latitude is None) != (self.longitude is None):
            message = _("Give both latitude and longitude, or neither.")
            raise ValidationError({"latitude": message, "longitude": message})


class SocialEnterprise(DirectoryEntry):
    """A social-economy enterprise: a business whose primary aim is social."""

    class Employees(models.TextChoices):
        NONE = "0", _("No employees")
        MICRO = "1-9", "1-9"
        SMALL = "10-49", "10-49"
        MEDIUM = "50-249", "50-249"
        LARGE = "250+", "250+"

    class Stage(models.TextChoices):
        IDEA = "idea", _("idea or micro-project")
        START_UP = "start_up", _("start-up")
        ESTABLISHED = "established", _("established")
        INACTIVE = "inactive", _("inactive")

    stage = models.CharField(
        _("stage"), max_length=20, choices=Stage.choices, default=Stage.ESTABLISHED
    )
    sdgs = ParentalManyToManyField(
        SustainableDevelopmentGoal, verbose_name=_("sustainable development goals"), blank=True
    )
    legal_form = models.ForeignKey(
        LegalForm,
        verbose_name=_("legal form"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    year_founded = models.PositiveSmallIntegerField(
        _("year founded"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1800), MaxValueValidator(current_year)],
    )
    employees = models.CharField(
        _("employees"), max_length=10, choices=Employees.choices, blank=True
    )
    employees_from_target_groups = models.PositiveIntegerField(
        _("of whom from target groups"), null=True, blank=True
    )
    offers = models.TextField(_("what it offers partners"), blank=True)
    seeks = models.TextField(_("what it seeks from partners"), blank=True)
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="social_enterprise")

    override_translatable_fields = [
        *DirectoryEntry.override_translatable_fields,
        SynchronizedField("legal_form", overridable=False),
    ]

    panels = [
        *DirectoryEntry.identity_panels,
        *DirectoryEntry.place_panels,
        MultiFieldPanel(
            [
                FieldPanel("sectors", widget=forms.CheckboxSelectMultiple),
                FieldPanel("target_groups", widget=forms.CheckboxSelectMultiple),
                FieldPanel("sdgs", widget=forms.CheckboxSelectMultiple),
                FieldPanel("languages"),
            ],
            heading=_("Focus"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("stage"), FieldPanel("legal_form")]),
                FieldRowPanel([FieldPanel("year_founded"), FieldPanel("employees")]),
                FieldPanel("employees_from_target_groups"),
            ],
            heading=_("Organisation"),
        ),
        MultiFieldPanel([FieldPanel("offers"), FieldPanel("seeks")], heading=_("Collaboration")),
        InlinePanel("journey", heading=_("Journey"), label=_("journey entry")),
        InlinePanel("impact", heading=_("Impact"), label=_("indicator value")),
        *DirectoryEntry.review_panels,
    ]

    class Meta(DirectoryEntry.Meta):
        verbose_name = _("social enterprise")
        verbose_name_plural = _("social enterprises")

    def clean(self):
        super().clean()
        if (
            self.legal_form
            and self.legal_form.country_id
            and self.country_id
            and self.legal_form.country.code != self.country.code
        ):
            raise ValidationError({"legal_form": _("This legal form belongs to another country.")})


class JourneyEntry(TranslatableMixin, Orderable):
    """A dated step of an enterprise's journey, as the SEMPRE Accelerators start-ups reported it.

    Translated with its enterprise (title and text); the date and image are synchronised.
    """

    enterprise = ParentalKey(SocialEnterprise, on_delete=models.CASCADE, related_name="journey")
    date = models.DateField(_("date"))
    title = models.CharField(_("title"), max_length=200)
    text = models.TextField(_("text"), blank=True)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldRowPanel([FieldPanel("date"), FieldPanel("title")]),
        FieldPanel("text"),
        FieldPanel("image"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("journey entry")
        verbose_name_plural = _("journey entries")
        ordering = ["date", "sort_order"]


class SupportOrganisation(DirectoryEntry):
    """An organisation that supports social entrepreneurs: incubator, funder, network..."""

    class Type(models.TextChoices):
        INCUBATOR = "incubator", _("Incubator")
        ACCELERATOR = "accelerator", _("Accelerator")
        FUNDER = "funder", _("Funder or investor")
        NETWORK = "network", _("Network or umbrella body")
        UNIVERSITY = "university", _("University or research")
        PUBLIC_AUTHORITY = "public_authority", _("Public authority")
        NGO = "ngo", _("NGO or consultancy")

    class Service(models.TextChoices):
        TRAINING = "training", _("Training")
        MENTORING = "mentoring", _("Mentoring")
        FUNDING = "funding", _("Funding")
        LEGAL_ADVICE = "legal_advice", _("Legal and business advice")
        NETWORKING = "networking", _("Networking")
        PREMISES = "premises", _("Premises")
        IMPACT_MEASUREMENT = "impact_measurement", _("Impact measurement")

    organisation_type = models.CharField(
        _("organisation type"), max_length=20, choices=Type.choices, default=Type.NGO
    )
    services = ChoiceListField(_("services"), item_choices=Service.choices, blank=True)
    countries_served = ParentalManyToManyField(
        Country, verbose_name=_("countries served"), blank=True, related_name="+"
    )
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="support_organisation")

    panels = [
        *DirectoryEntry.identity_panels,
        FieldRowPanel([FieldPanel("organisation_type")]),
        FieldPanel("services"),
        *DirectoryEntry.place_panels,
        MultiFieldPanel(
            [
                FieldPanel("countries_served", widget=forms.CheckboxSelectMultiple),
                FieldPanel("sectors", widget=forms.CheckboxSelectMultiple),
                FieldPanel("target_groups", widget=forms.CheckboxSelectMultiple),
                FieldPanel("languages"),
            ],
            heading=_("Focus"),
        ),
        InlinePanel("impact", heading=_("Impact"), label=_("indicator value")),
        *DirectoryEntry.review_panels,
    ]

    class Meta(DirectoryEntry.Meta):
        verbose_name = _("support organisation")
        verbose_name_plural = _("support organisations")


_Entries = TypeVar("_Entries", bound=models.QuerySet[Any])


def visible_entries(queryset: _Entries) -> _Entries:
    """Entries the public may see: live, their go-live time come and not past their expiry.

    Checked here rather than left to `publish_scheduled`, so expiry applies at once.
    """
    return queryset.filter(live=True).filter(in_schedule_q())


class ImpactIndicator(TranslatableMixin, index.Indexed, ClusterableModel):
    """A measure of social impact from a standard (IRIS+, ERDF) or defined by the platform."""

    class Scheme(models.TextChoices):
        IRIS_PLUS = "iris_plus", "IRIS+"
        # Acronyms differ by language (EFRU in Danish, ERAF in Latvian); IRIS+ is a brand.
        ERDF = "erdf", _("ERDF")
        CUSTOM = "custom", _("custom")

    code = models.CharField(
        _("code"), max_length=40, help_text=_("The scheme's code, e.g. OI8869 or CO05.")
    )
    scheme = models.CharField(_("scheme"), max_length=20, choices=Scheme.choices)
    unit = models.CharField(_("unit"), max_length=60, help_text=_("e.g. people, enterprises, %"))
    name = models.CharField(_("name"), max_length=200)
    definition = models.TextField(_("definition"), blank=True)
    sdgs = ParentalManyToManyField(
        SustainableDevelopmentGoal, verbose_name=_("related SDGs"), blank=True
    )

    override_translatable_fields = [SynchronizedField("code", overridable=False)]
    panels = [
        FieldRowPanel([FieldPanel("code"), FieldPanel("scheme")]),
        FieldPanel("name"),
        FieldPanel("unit"),
        FieldPanel("definition"),
        FieldPanel("sdgs", widget=forms.CheckboxSelectMultiple),
    ]
    search_fields = [index.SearchField("name"), index.SearchField("code")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("impact indicator")
        verbose_name_plural = _("impact indicators")
        ordering = ["scheme", "code"]
        constraints = [
            models.UniqueConstraint(fields=["code", "locale"], name="unique_indicator_code_locale")
        ]

    def __str__(self):
        return f"{self.code} {self.name}"


class IndicatorValue(models.Model):
    """Figures for one indicator over one period, for an enterprise, organisation or project.

    Figures are kept exactly as entered. When women + men + other/unknown do not add up to the
    total, the value is flagged inconsistent for editors and in the API; nothing is corrected.
    Values are synchronised, not translated: a translated entry carries the same figures.
    """

    indicator = models.ForeignKey(
        ImpactIndicator, verbose_name=_("indicator"), on_delete=models.PROTECT, related_name="+"
    )
    enterprise = ParentalKey(
        SocialEnterprise,
        verbose_name=_("social enterprise"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="impact",
    )
    organisation = ParentalKey(
        SupportOrganisation,
        verbose_name=_("support organisation"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="impact",
    )
    project = models.ForeignKey(
        Project,
        verbose_name=_("project"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="impact",
    )
    period_start = models.DateField(_("period start"))
    period_end = models.DateField(_("period end"))
    total = models.DecimalField(_("total"), max_digits=14, decimal_places=2, null=True, blank=True)
    women = models.DecimalField(_("women"), max_digits=14, decimal_places=2, null=True, blank=True)
    men = models.DecimalField(_("men"), max_digits=14, decimal_places=2, null=True, blank=True)
    other = models.DecimalField(
        _("other or unknown"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    baseline = models.DecimalField(
        _("baseline"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    target = models.DecimalField(
        _("target"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    evidence_url = models.URLField(_("evidence URL"), blank=True)
    verified = models.BooleanField(_("verified"), default=False)
    method_note = models.TextField(_("method note"), blank=True)
    inconsistent = models.BooleanField(
        _("parts do not add up"),
        default=False,
        editable=False,
        help_text=_("Set when women, men and other/unknown do not add up to the total."),
    )

    panels = [
        FieldPanel("indicator"),
        FieldRowPanel([FieldPanel("period_start"), FieldPanel("period_end")]),
        FieldRowPanel(
            [FieldPanel("total"), FieldPanel("women"), FieldPanel("men"), FieldPanel("other")]
        ),
        FieldRowPanel([FieldPanel("baseline"), FieldPanel("target")]),
        FieldPanel("evidence_url"),
        FieldRowPanel([FieldPanel("verified")]),
        FieldPanel("method_note"),
    ]

    class Meta:
        verbose_name = _("indicator value")
        verbose_name_plural = _("indicator values")
        ordering = ["period_start", "pk"]

    def __str__(self):
        return f"{self.indicator.code} {self.period_start} to {self.period_end}: {self.total}"

    def save(self, *args, **kwargs):
        parts = self.parts_sum
        self.inconsistent = bool(
            self.total is not None and parts is not None and parts != self.total
        )
        super().save(*args, **kwargs)

    @property
    def parts_sum(self):
        parts = [part for part in (self.women, self.men, self.other) if part is not None]
        return sum(parts) if parts else None

    def clean(self):
        errors = {}
        if self.period_start and self.period_end and self.period_end < self.period_start:
            errors["period_end"] = _("The period cannot end before it starts.")
        owners = [self.enterprise_id, self.organisation_id, self.project_id]
        # Inline on an entry, the owner is set when the parent is saved; only a value edited on
        # its own must name exactly one owner.
        if sum(owner is not None for owner in owners) > 1:
            errors["project"] = _("A value belongs to one enterprise, organisation or project.")
        for name in ("total", "women", "men", "other"):
            value = getattr(self, name)
            if value is not None and value < 0:
                errors[name] = _("Figures cannot be negative.")
        if errors:
            raise ValidationError(errors)
