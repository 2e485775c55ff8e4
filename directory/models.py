"""Directory data the content pages refer to. Issue #3 grows this into the full directory.

Translation rule: human-language fields (names, descriptions) are translated per locale;
identifiers (ISO codes, slugs, years, URLs) are synchronised from the source.
"""

import datetime
from decimal import Decimal

from django import forms
from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    PreviewableMixin,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)
from wagtail.search import index

from headless.preview import HeadlessPreviewMixin

from .fields import ChoiceListField

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

    code = models.CharField(
        _("ISO code"), max_length=2, help_text=_("ISO 3166-1 alpha-2 code, e.g. LV.")
    )
    name = models.CharField(_("name"), max_length=100)

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


class Taxonomy(TranslatableMixin, index.Indexed, models.Model):
    """A translatable term identified by a slug that is the same in every locale."""

    name = models.CharField(_("name"), max_length=150)
    slug = models.SlugField(_("slug"), max_length=100, help_text=_("The same in every locale."))

    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_%(class)s_slug_locale")
        ]

    def __str__(self):
        return self.name


class Sector(Taxonomy):
    """A field of activity, mapped to a NACE Rev. 2 section where one fits."""

    class NaceSection(models.TextChoices):
        A = "A", "A · Agriculture, forestry and fishing"
        C = "C", "C · Manufacturing"
        F = "F", "F · Construction"
        G = "G", "G · Wholesale and retail trade"
        H = "H", "H · Transportation and storage"
        I = "I", "I · Accommodation and food service"  # noqa: E741
        J = "J", "J · Information and communication"
        M = "M", "M · Professional, scientific and technical"
        N = "N", "N · Administrative and support services"
        P = "P", "P · Education"
        Q = "Q", "Q · Human health and social work"
        R = "R", "R · Arts, entertainment and recreation"
        S = "S", "S · Other service activities"

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
    website = models.URLField(_("website"), blank=True)
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
            # Listings filter by locale and country; with visibility (live and schedule) and id
            # included, PostgreSQL answers that filter from the index alone
            # (bench/directory_listing.py).
            models.Index(
                fields=["locale", "country"],
                include=["live", "go_live_at", "expire_at", "id"],
                name="%(class)s_list",
            )
        ]

    def __str__(self):
        return self.name

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
                FieldRowPanel([FieldPanel("legal_form"), FieldPanel("year_founded")]),
                FieldRowPanel(
                    [FieldPanel("employees"), FieldPanel("employees_from_target_groups")]
                ),
            ],
            heading=_("Organisation"),
        ),
        MultiFieldPanel([FieldPanel("offers"), FieldPanel("seeks")], heading=_("Collaboration")),
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
        *DirectoryEntry.review_panels,
    ]

    class Meta(DirectoryEntry.Meta):
        verbose_name = _("support organisation")
        verbose_name_plural = _("support organisations")


def visible_entries(queryset):
    """Entries the public may see: live, their go-live time come and not past their expiry.

    Checked here rather than left to `publish_scheduled`, so expiry applies at once.
    """
    now = timezone.now()
    return queryset.filter(live=True).filter(
        Q(go_live_at__isnull=True) | Q(go_live_at__lte=now),
        Q(expire_at__isnull=True) | Q(expire_at__gt=now),
    )
