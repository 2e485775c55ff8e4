from django.conf import settings
from django.core.management.base import CommandError
from django.utils.translation import gettext as _
from wagtail.models import Locale, Site

from cms.management.base import EditorCommand


class Command(EditorCommand):
    help = (
        "Add a content language configured in EXTRA_CONTENT_LANGUAGES: create its locale and a "
        "draft translation of the home page, so editors and translators can start. Safe to run "
        "again."
    )

    def add_arguments(self, parser):
        parser.add_argument("code", help="Language code, e.g. ru or is.")

    def handle(self, code, **options):
        configured = dict(settings.WAGTAIL_CONTENT_LANGUAGES)
        if code not in configured:
            raise CommandError(
                _(
                    '"%(code)s" is not a configured content language. Add it to the environment '
                    'first, e.g. EXTRA_CONTENT_LANGUAGES="%(code)s:<name in the language>", and '
                    "run this command again with that environment."
                )
                % {"code": code}
            )
        locale, created = Locale.objects.get_or_create(language_code=code)
        message = (
            _("Created locale %(code)s (%(name)s).")
            if created
            else _("Kept locale %(code)s (%(name)s).")
        )
        self.stdout.write(message % {"code": code, "name": configured[code]})
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        if site is None:
            self.stdout.write(_("No default site yet: translate its home page once there is one."))
            return
        home = site.root_page.specific
        if home.has_translation(locale):
            self.stdout.write(_("The home page already exists in this language."))
        else:
            draft = home.copy_for_translation(locale)
            self.stdout.write(
                _(
                    "Created a draft home page in %(code)s (id %(id)s); translate it with the "
                    "admin's Translate action or export_translations, then publish it. Until "
                    "pages are published in this language, the API answers with the fallback "
                    "chain."
                )
                % {"code": code, "id": draft.pk}
            )
        self.stdout.write(
            self.style.SUCCESS(_("%(name)s is ready for translators.") % {"name": configured[code]})
        )
