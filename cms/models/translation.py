"""Per-locale translation settings, edited on the locale's page in the admin."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail_localize.locales.components import LocaleComponentModelForm, register_locale_component


class DraftTranslationsForm(LocaleComponentModelForm):
    def validate_with_locale(self, locale):
        source = self.cleaned_data.get("source_locale")
        if source and source.language_code == locale.language_code:
            raise ValidationError({"source_locale": _("A locale cannot translate from itself.")})


@register_locale_component(
    heading=_("Draft translations of new pages"),
    help_text=_(
        "Pages created in the chosen locale also appear in this one, as drafts for translators: "
        "not published until a moderator approves the translation."
    ),
)
class DraftTranslations(models.Model):
    """A locale's opt-in: new pages of another locale appear in it as draft translations."""

    locale = models.OneToOneField(
        "wagtailcore.Locale", verbose_name=_("locale"), on_delete=models.CASCADE, related_name="+"
    )
    source_locale = models.ForeignKey(
        "wagtailcore.Locale",
        verbose_name=_("from locale"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    base_form_class = DraftTranslationsForm

    class Meta:
        verbose_name = _("draft translations of new pages")
        verbose_name_plural = _("draft translations of new pages")

    def __str__(self):
        return f"{self.source_locale} → {self.locale}"
