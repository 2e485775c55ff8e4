from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Locale, Site


class Command(BaseCommand):
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
                f'"{code}" is not a configured content language. Add it to the environment '
                f'first, e.g. EXTRA_CONTENT_LANGUAGES="{code}:<name in the language>", and run '
                "this command again with that environment."
            )
        locale, created = Locale.objects.get_or_create(language_code=code)
        self.stdout.write(f"{'Created' if created else 'Kept'} locale {code} ({configured[code]}).")
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        if site is None:
            self.stdout.write("No default site yet: translate its home page once there is one.")
            return
        home = site.root_page.specific
        if home.has_translation(locale):
            self.stdout.write("The home page already exists in this language.")
        else:
            draft = home.copy_for_translation(locale)
            self.stdout.write(
                f"Created a draft home page in {code} (id {draft.pk}); translate it with the "
                "admin's Translate action or export_translations, then publish it. Until pages "
                "are published in this language, the API answers with the fallback chain."
            )
        self.stdout.write(self.style.SUCCESS(f"{configured[code]} is ready for translators."))
