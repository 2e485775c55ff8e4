from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _
from wagtail.users import apps as wagtail_users


class CmsConfig(AppConfig):
    """Wagtail pages, shared blocks and editorial tooling."""

    name = "cms"
    verbose_name = _("Content")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        translate_chooser_tabs()


def translate_chooser_tabs() -> None:
    """Wagtail 8.0's ChooserViewSet sets its "Search" tab and "Create" labels with gettext when
    it is imported, before any language is active, so every chooser (images, documents,
    snippets) showed them in English. Wagtail's catalogues translate both; look them up when
    the modal is drawn instead."""
    from django.utils.translation import gettext_lazy
    from wagtail.admin.viewsets.chooser import ChooserViewSet

    for attribute in ("search_tab_label", "create_action_label"):
        english = getattr(ChooserViewSet, attribute)
        setattr(ChooserViewSet, attribute, gettext_lazy(english))


class UsersConfig(wagtail_users.WagtailUsersAppConfig):
    """wagtail.users with our group listing (Wagtail's documented way to swap its viewsets)."""

    # Named in INSTALLED_APPS; not a candidate when Django picks the config of "cms".
    default = False
    group_viewset = "cms.groups.GroupViewSet"

    def ready(self) -> None:
        from django.contrib.auth.models import Group

        from cms.groups import group_name

        super().ready()
        # Everywhere else the admin names a group it goes through str(), and Group has no other
        # hook for that: see cms.groups.
        Group.__str__ = group_name  # type: ignore[method-assign,assignment]  # the point of it
