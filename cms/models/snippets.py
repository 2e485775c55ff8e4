"""Taxonomies and people the pages refer to.

Translation rule: names and descriptions are translated; slugs and URLs are synchronised.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

# Slugs identify a term in the API and must be the same in every locale.
SYNCHRONISED_SLUG = [SynchronizedField("slug", overridable=False)]


class Topic(TranslatableMixin, index.Indexed, models.Model):
    """A library subject such as impact measurement or social finance."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100, help_text=_("The same in every locale."))
    description = models.TextField(_("description"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    override_translatable_fields = SYNCHRONISED_SLUG
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_topic_slug_locale")
        ]

    def __str__(self):
        return self.name


class RecommendationGroup(TranslatableMixin, models.Model):
    """A group of policy recommendations, e.g. financing; editors may add more."""

    name = models.CharField(_("name"), max_length=150)
    slug = models.SlugField(_("slug"), max_length=100, help_text=_("The same in every locale."))
    description = models.TextField(_("description"), blank=True)
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
    ]
    override_translatable_fields = SYNCHRONISED_SLUG

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("recommendation group")
        verbose_name_plural = _("recommendation groups")
        ordering = ["sort_order", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["slug", "locale"], name="unique_recommendationgroup_slug_locale"
            )
        ]

    def __str__(self):
        return self.name


class Author(index.Indexed, models.Model):
    """A person or organisation credited for a library article; names are not translated."""

    name = models.CharField(_("name"), max_length=150)
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    website = models.URLField(_("website"), blank=True)

    search_fields = [index.SearchField("name"), index.SearchField("organisation")]

    class Meta:
        verbose_name = _("author")
        verbose_name_plural = _("authors")
        ordering = ["name"]

    def __str__(self):
        return f"{self.name} ({self.organisation})" if self.organisation else self.name


class EventType(TranslatableMixin, models.Model):
    """A kind of event, e.g. conference or workshop; editors may add more."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100, help_text=_("The same in every locale."))
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=0)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]
    override_translatable_fields = SYNCHRONISED_SLUG

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("event type")
        verbose_name_plural = _("event types")
        ordering = ["sort_order", "name"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_eventtype_slug_locale")
        ]

    def __str__(self):
        return self.name
