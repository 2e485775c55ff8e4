from django.apps import AppConfig


class CmsConfig(AppConfig):
    """Wagtail pages, shared blocks and editorial tooling."""

    name = "cms"
    verbose_name = "Content"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from cms.search import forget_on_delete, refresh_on_save

        # Pages and directory entries keep their stored search document (PostgreSQL) or FTS5
        # row (SQLite) up to date.
        post_save.connect(refresh_on_save, dispatch_uid="cms.search.refresh_on_save")
        post_delete.connect(forget_on_delete, dispatch_uid="cms.search.forget_on_delete")
