from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.admin.ui.tables import LiveStatusTagColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import (
    Country,
    ImpactIndicator,
    IndicatorValue,
    LegalForm,
    Project,
    Sector,
    SocialEnterprise,
    SupportOrganisation,
    SustainableDevelopmentGoal,
    TargetGroup,
)


def live_status_column() -> LiveStatusTagColumn:
    """Wagtail's live/draft column. Its default label is looked up (gettext) when the column is
    made, which is here at import, before any language is active: it said "Status" in every
    language. Lazily, Wagtail's own catalogues translate it."""
    wagtail_msgid = "Status"
    return LiveStatusTagColumn(label=_(wagtail_msgid))


class SocialEnterpriseViewSet(SnippetViewSet):
    model = SocialEnterprise
    icon = "group"
    menu_label = _("Social enterprises")
    list_display = [
        "name",
        "country",
        "city",
        "verification_status",
        "locale",
        live_status_column(),
    ]
    list_filter = ["country", "sectors", "target_groups", "verification_status", "live"]
    search_fields = ["name", "short_description", "city"]
    list_per_page = 50


class SupportOrganisationViewSet(SnippetViewSet):
    model = SupportOrganisation
    icon = "site"
    menu_label = _("Support organisations")
    list_display = [
        "name",
        "organisation_type",
        "country",
        "city",
        "locale",
        live_status_column(),
    ]
    list_filter = ["organisation_type", "country", "sectors", "verification_status", "live"]
    search_fields = ["name", "short_description", "city"]
    list_per_page = 50


class TaxonomyViewSet(SnippetViewSet):
    list_display = ["name", "slug", "locale"]
    search_fields = ["name"]


class SectorViewSet(TaxonomyViewSet):
    model = Sector
    icon = "tag"
    list_display = ["name", "slug", "nace_section", "locale"]


class TargetGroupViewSet(TaxonomyViewSet):
    model = TargetGroup
    icon = "group"


class LegalFormViewSet(TaxonomyViewSet):
    model = LegalForm
    icon = "doc-full"
    list_display = ["name", "country", "locale"]


class SdgViewSet(SnippetViewSet):
    model = SustainableDevelopmentGoal
    icon = "pick"
    menu_label = _("SDGs")
    list_display = ["number", "name", "locale"]


class CountryViewSet(SnippetViewSet):
    model = Country
    icon = "globe"
    list_display = ["name", "code", "eusbsr_role", "cooperation", "locale"]
    list_filter = ["eusbsr_role", "cooperation"]
    search_fields = ["name", "code"]


class ProjectViewSet(SnippetViewSet):
    model = Project
    icon = "folder-open-inverse"
    list_display = ["name", "programme", "start_year", "end_year", "locale"]
    search_fields = ["name", "programme"]


class ImpactIndicatorViewSet(SnippetViewSet):
    model = ImpactIndicator
    icon = "pick"
    list_display = ["code", "name", "scheme", "unit", "locale"]
    list_filter = ["scheme"]
    search_fields = ["code", "name"]


class IndicatorValueViewSet(SnippetViewSet):
    """All indicator values, so editors find inconsistent or unverified figures (and enter a
    project's values, which have no inline on the project)."""

    model = IndicatorValue
    icon = "table"
    list_display = [
        "indicator",
        "enterprise",
        "organisation",
        "project",
        "period_start",
        "period_end",
        "total",
        "verified",
        "inconsistent",
    ]
    list_filter = ["inconsistent", "verified", "indicator"]
    panels = [
        FieldRowPanel(
            [FieldPanel("enterprise"), FieldPanel("organisation"), FieldPanel("project")]
        ),
        *IndicatorValue.panels,
    ]


class DirectoryViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Directory")
    menu_icon = "list-ul"
    menu_order = 300
    items = (
        SocialEnterpriseViewSet,
        SupportOrganisationViewSet,
        SectorViewSet,
        TargetGroupViewSet,
        LegalFormViewSet,
        SdgViewSet,
        CountryViewSet,
        ProjectViewSet,
        ImpactIndicatorViewSet,
        IndicatorValueViewSet,
    )


register_snippet(DirectoryViewSetGroup)
