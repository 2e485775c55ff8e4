from pathlib import Path

from django.core.management.base import CommandError
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from cms.management.base import EditorCommand
from cms.translation.po import PoError, import_files


class Command(EditorCommand):
    help = (
        "Apply translated PO or XLIFF 2.0 files (a file or a folder of them) written by "
        "export_translations. "
        "Every file is checked first; if any entry is wrong nothing is applied."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", type=Path, help="A .po/.xlf file or a folder of them.")
        parser.add_argument("--locale", help="Refuse files that translate into another locale.")
        parser.add_argument(
            "--publish",
            action="store_true",
            help="Publish the translations instead of saving them as drafts for moderation.",
        )

    def handle(self, path, locale, publish, **options):
        if not path.exists():
            raise CommandError(_("%(path)s does not exist.") % {"path": path})
        try:
            uploads = import_files(path, locale=locale, publish=publish)
        except PoError as error:
            for problem in error.problems:
                self.stderr.write(problem)
            count = len(error.problems)
            raise CommandError(
                ngettext(
                    "%(count)s problem; nothing was imported. Fix the files and run the command "
                    "again.",
                    "%(count)s problems; nothing was imported. Fix the files and run the command "
                    "again.",
                    count,
                )
                % {"count": count}
            ) from None
        for upload in uploads:
            self.stdout.write(f"  {upload.path}: {upload.translation.source.object_repr}")
        if publish:
            done = _("Files imported: %(count)s (published).")
        else:
            done = _("Files imported: %(count)s (saved as drafts).")
        self.stdout.write(self.style.SUCCESS(done % {"count": len(uploads)}))
