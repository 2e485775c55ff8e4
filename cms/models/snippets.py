"""Taxonomies and people the pages refer to.

Translation rule: names and descriptions are translated; slugs and URLs are synchronised.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from core.taxonomy import Taxonomy


class Topic(Taxonomy):
    """A library subject such as impact measurement or social finance."""

    description = models.TextField(_("description"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]

    class Meta(Taxonomy.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")


class RecommendationGroup(Taxonomy):
    """A group of policy recommendations, e.g. financing; editors may add more."""

    description = models.TextField(_("description"), blank=True)
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
    ]

    class Meta(Taxonomy.Meta):
        verbose_name = _("recommendation group")
        verbose_name_plural = _("recommendation groups")
        ordering = ["sort_order", "name"]


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


class EventType(Taxonomy):
    """A kind of event, e.g. conference or workshop; editors may add more."""

    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=0)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]

    class Meta(Taxonomy.Meta):
        verbose_name = _("event type")
        verbose_name_plural = _("event types")
        ordering = ["sort_order", "name"]
