from argparse import ArgumentParser
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from graphql_api.schema import schema

DEFAULT_PATH = Path(settings.BASE_DIR) / "schema.graphql"


def schema_sdl() -> str:
    return schema.as_str() + "\n"


class Command(BaseCommand):
    help = "Write the GraphQL schema (SDL) to schema.graphql, or check that it is up to date."

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("path", nargs="?", default=str(DEFAULT_PATH))
        parser.add_argument(
            "--check", action="store_true", help="Fail if the file differs from the code."
        )

    def handle(self, path: str, check: bool, **options: Any) -> None:
        target = Path(path)
        sdl = schema_sdl()
        if check:
            if not target.exists() or target.read_text() != sdl:
                raise CommandError(
                    f"{target} is out of date with the code. Run `make schema` and commit it."
                )
            self.stdout.write(f"{target} matches the code.")
            return
        target.write_text(sdl)
        self.stdout.write(self.style.SUCCESS(f"Wrote {target} ({len(sdl.splitlines())} lines)."))
