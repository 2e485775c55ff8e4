from django.db import transaction
from django.dispatch import receiver
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.models import Locale
from wagtail.signals import published
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup
from wagtail_localize.operations import TranslationCreator

from cms.models import Author, DraftTranslations, EventType, RecommendationGroup, Topic
from cms.rich_text import HeadlessDocumentLinkHandler, HeadlessPageLinkHandler
from cms.translation.dashboard import dashboard, may_translate, notify_stale_translations
from cms.translation.views import (
    guarded_convert_to_alias,
    guarded_stop_translation,
    submit_translation,
)


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


class EventTypeViewSet(SnippetViewSet):
    model = EventType
    icon = "date"
    list_display = ["name", "slug", "sort_order", "locale"]


class TaxonomyViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Taxonomies")
    menu_icon = "tag"
    menu_order = 200
    items = (TopicViewSet, RecommendationGroupViewSet, AuthorViewSet, EventTypeViewSet)


register_snippet(TaxonomyViewSetGroup)


# order=1: run after Wagtail's own hooks, so our handlers replace its "page" and "document"
# link types.
@hooks.register("register_rich_text_features", order=1)
def register_headless_page_links(features):
    features.register_link_type(HeadlessPageLinkHandler)
    features.register_link_type(HeadlessDocumentLinkHandler)


@hooks.register("register_admin_urls")
def register_translation_urls():
    return [
        path(
            "translations/<int:translation_id>/submit/",
            submit_translation,
            name="cms_submit_translation",
        ),
        # Same paths as wagtail-localize's views, which come later (cms is the first app), so
        # these answer: translators may not stop or alias a translation.
        path("localize/translate/<int:translation_id>/disable/", guarded_stop_translation),
        path("localize/page/<int:page_id>/convert_to_alias/", guarded_convert_to_alias),
        path("translations/dashboard/", dashboard, name="cms_translation_dashboard"),
    ]


class TranslationDashboardMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return may_translate(request.user)


@hooks.register("register_admin_menu_item")
def register_translation_dashboard_menu_item():
    return TranslationDashboardMenuItem(
        _("Translation dashboard"),
        reverse("cms_translation_dashboard"),
        icon_name="globe",
        order=250,
    )


@receiver(published)
def tell_translators_their_translation_is_stale(sender, instance, **kwargs):
    """A source published again makes its translations stale: tell who translated them."""
    if getattr(instance, "translation_key", None) is not None:
        transaction.on_commit(lambda: notify_stale_translations(instance))


@hooks.register("after_create_page")
def create_draft_translations(request, page):
    """New pages appear as drafts in the locales that opted in (DraftTranslations)."""
    targets = Locale.objects.filter(
        pk__in=DraftTranslations.objects.filter(source_locale=page.locale_id).values("locale")
    )
    if targets:
        # Parents missing in a target locale are copied too; everything stays a draft.
        TranslationCreator(request.user, list(targets)).create_translations(page)
