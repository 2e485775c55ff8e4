"""Print how much of the admin each language has translated, per package; fail below target."""

from django.core.management.base import BaseCommand, CommandError

from cms.translation.coverage import coverage, gap_catalogue, languages, our_file, packages


class Command(BaseCommand):
    help = (
        "Per language and package (Wagtail, wagtail-localize, this project): messages, "
        "translated, percent. Fails below the target (da, lv, sv 100 %, others 98 %) or on a "
        "broken placeholder or plural. --update writes the missing messages into locales/."
    )

    def add_arguments(self, parser):
        parser.add_argument("--locale", "-l", action="append", help="Only this language.")
        parser.add_argument(
            "--update",
            action="store_true",
            help="Write each package's untranslated messages into "
            "locales/<lang>/LC_MESSAGES/<package>.po, keeping our translations, for translators.",
        )

    def handle(self, *args, locale=None, update=False, **options):
        chosen = locale or languages()
        unknown = set(chosen) - set(languages())
        if unknown:
            raise CommandError(
                f"Unknown language {', '.join(sorted(unknown))}; "
                f"choose from {', '.join(languages())}."
            )
        if update:
            for language in chosen:
                for package in packages():
                    if package.name == "baltic_commons":
                        continue  # `make messages` keeps the project's own django.po
                    gaps = gap_catalogue(package, language)
                    path = our_file(package, language)
                    if len(gaps):
                        path.parent.mkdir(parents=True, exist_ok=True)
                        gaps.save(str(path))
                        self.stdout.write(f"{path}: {len(gaps)} messages")
                    elif path.exists():
                        path.unlink()
            return
        failures = []
        self.stdout.write(
            f"{'lang':<5} {'package':<28} {'messages':>8} {'translated':>10} {'%':>7}"
        )
        for language in chosen:
            for package in packages():
                result = coverage(package, language)
                name = package.file_name.removesuffix(".po")
                name = package.name if package.domain == "django" else name
                below = result.percent < result.target
                self.stdout.write(
                    f"{language:<5} {name:<28} {result.messages:>8} {result.translated:>10} "
                    f"{result.percent:>6.1f}%" + (f"  below {result.target:g} %" if below else "")
                )
                failures += result.problems
                if below:
                    missing = result.messages - result.translated
                    failures.append(
                        f"{language} {name}: {result.percent:.1f} % translated, "
                        f"{result.target:g} % needed ({missing} missing)"
                    )
        if failures:
            for failure in failures:
                self.stderr.write(failure)
            raise CommandError(
                f"{len(failures)} problems. Fill the empty msgstr in locales/<lang>/LC_MESSAGES/ "
                "(manage.py translation_coverage --update lists them), then make locales."
            )
