from django.apps import AppConfig


class HeadlessConfig(AppConfig):
    """What a headless CMS owes its frontends: previews of drafts and publish notifications."""

    name = "headless"
    verbose_name = "Frontends"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import signals

        signals.connect()
