from django.apps import AppConfig


class CmsConfig(AppConfig):
    """Wagtail pages, shared blocks and editorial tooling."""

    name = "cms"
    verbose_name = "Content"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_save

        from cms.search import refresh_on_save

        # Pages and directory entries keep their stored search document up to date.
        post_save.connect(refresh_on_save, dispatch_uid="cms.search.refresh_on_save")
