from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HeadlessConfig(AppConfig):
    """What a headless CMS owes its frontends: previews of drafts and publish notifications."""

    name = "headless"
    verbose_name = _("Frontends")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import signals

        signals.connect()
