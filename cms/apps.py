from django.apps import AppConfig


class CmsConfig(AppConfig):
    """Wagtail pages, shared blocks and editorial tooling."""

    name = "cms"
    verbose_name = "Content"
    default_auto_field = "django.db.models.BigAutoField"
