"""Directory data the content pages refer to. Issue #3 grows this into the full directory.

Translation rule: human-language fields (names, descriptions) are translated per locale;
identifiers (ISO codes, slugs, years, URLs) are synchronised from the source.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import TranslatableMixin
from wagtail.search import index


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
