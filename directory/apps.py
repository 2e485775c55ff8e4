from django.apps import AppConfig


class DirectoryConfig(AppConfig):
    """Social enterprises, support organisations and their taxonomies."""

    name = "directory"
    verbose_name = "Directory"
    default_auto_field = "django.db.models.BigAutoField"
