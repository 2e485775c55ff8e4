import math
from typing import ClassVar

from django.conf import settings
from django.db import models
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from cms.blocks import ContentStreamBlock
from core import schema_org
from core.visibility import (
    Chain,
    best_versions,
    frontend_path,
    relative_url_path,
    visible_pages,
    within_site,
)
from headless.frontends import frontends_for
from headless.preview import HeadlessPreviewMixin
from search.models import Searchable

WORDS_PER_MINUTE = 200


class BasePage(HeadlessPreviewMixin, Searchable, Page):
    """Fields and behaviour every Baltic Commons page shares: a lead, a body and search."""

    intro = models.TextField(
        _("lead"), blank=True, help_text=_("One or two sentences shown in listings and at the top.")
    )
    body = StreamField(ContentStreamBlock(), blank=True, verbose_name=_("body"))

    # Subclasses put their own fields between the lead and the body.
    lead_panels = [*Page.content_panels, FieldPanel("intro")]
    content_panels = [*lead_panels, FieldPanel("body")]

    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
        index.FilterField("locale"),
    ]

    search_weights: ClassVar[tuple[tuple[str, str], ...]] = (
        ("title", "A"),
        ("seo_title", "A"),
        ("search_description", "B"),
        ("intro", "B"),
    )
    search_body = True
    search_excerpt_fields: ClassVar[tuple[str, ...]] = ("search_description", "intro")

    # schema.org structured data: the type of the page's JSON-LD, and what json_ld() reads, so
    # an API can load it up front (subclasses add their own fields).
    schema_type = "WebPage"
    json_ld_only: ClassVar[tuple[str, ...]] = (
        "title",
        "search_description",
        "intro",
        "url_path",
        "last_published_at",
    )
    json_ld_select_related: ClassVar[tuple[str, ...]] = ("locale",)
    json_ld_prefetch_related: ClassVar[tuple[str, ...]] = ()

    class Meta:
        abstract = True

    def json_ld(self) -> dict:
        """schema.org JSON-LD for the page: what every page says, then json_ld_properties()."""
        data = schema_org.clean(
            {
                "@context": schema_org.CONTEXT,
                "@type": self.schema_type,
                "name": self.title,
                "headline": self.title if self.schema_type == "Article" else None,
                "description": self.search_description or self.intro,
                "url": self.frontend_url(),
                "inLanguage": self.locale.language_code,
                "dateModified": self.last_published_at.isoformat()
                if self.last_published_at
                else None,
            }
        )
        data.update(schema_org.clean(self.json_ld_properties()))
        return data

    def json_ld_properties(self) -> dict:
        """The properties of the page's schema.org type beyond those of every page."""
        return {}

    def frontend_url(self) -> str:
        """Absolute URL of the page on the first frontend serving its locale (else the CMS)."""
        code = self.locale.language_code
        serving = frontends_for(code)
        base = serving[0].url if serving else settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        return base + frontend_path(code, self.url_path)

    @classmethod
    def searchable_set(cls, chain: Chain):
        # Pages of a locale count only inside that locale's site.
        return best_versions(cls.objects.all(), chain, visible_pages, within_site)

    def preview_path(self) -> str | None:
        """Where the frontend shows this page: /<locale>/<path> (none before it has a path)."""
        if not self.url_path or self.locale_id is None:
            return None
        return f"/{self.locale.language_code}{relative_url_path(self.url_path)}"

    @property
    def relative_url_path(self) -> str:
        """The path under this locale's home page, as a frontend routes it ("/" is the home)."""
        return relative_url_path(self.url_path)

    @property
    def word_count(self) -> int:
        return len(self.intro.split()) + count_words(list(self.body.raw_data))

    @property
    def reading_time(self) -> int:
        """Minutes a reader needs for the lead and body, at least one."""
        return max(1, math.ceil(self.word_count / WORDS_PER_MINUTE))


def count_words(raw) -> int:
    """Words of human text in raw StreamField data (strings in any nesting, HTML stripped)."""
    if isinstance(raw, str):
        return len(strip_tags(raw).split())
    if isinstance(raw, dict):
        # Raw blocks keep their content under "value"; skip "type"/"id" bookkeeping.
        if "type" in raw and "value" in raw:
            return count_words(raw["value"])
        return sum(count_words(value) for value in raw.values())
    if isinstance(raw, list | tuple):
        return sum(count_words(item) for item in raw)
    return 0
