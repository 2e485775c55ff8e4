from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from cms.models import Author, RecommendationGroup, Topic
from cms.rich_text import HeadlessPageLinkHandler


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    list_display = ["name", "slug", "locale"]
    search_fields = ["name"]


class RecommendationGroupViewSet(SnippetViewSet):
    model = RecommendationGroup
    icon = "list-ol"
    list_display = ["name", "sort_order", "locale"]


class AuthorViewSet(SnippetViewSet):
    model = Author
    icon = "user"
    list_display = ["name", "organisation"]
    search_fields = ["name", "organisation"]


class TaxonomyViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Taxonomies")
    menu_icon = "tag"
    menu_order = 200
    items = (TopicViewSet, RecommendationGroupViewSet, AuthorViewSet)


register_snippet(TaxonomyViewSetGroup)


# order=1: run after Wagtail's own hook, so our handler replaces its "page" link type.
@hooks.register("register_rich_text_features", order=1)
def register_headless_page_links(features):
    features.register_link_type(HeadlessPageLinkHandler)
