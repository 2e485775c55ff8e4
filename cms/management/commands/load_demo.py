import os

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

from cms.demo.loader import DemoLoader

DEFAULT_PASSWORD = "baltic-commons"


class Command(BaseCommand):
    help = (
        "Load the demo site: the home and section pages in all ten languages, other pages in "
        "English with Danish, Latvian and Swedish versions, taxonomies, images and documents, "
        "and an admin user. Safe to run again: existing content is kept as it is."
    )

    def add_arguments(self, parser):
        parser.add_argument("--no-admin", action="store_true", help="Do not create the admin user.")
        parser.add_argument(
            "--address",
            default="127.0.0.1:8000",
            help="Where the server will listen, for the login line (make run passes its own).",
        )

    def handle(self, no_admin, address, **options):
        DemoLoader(report=self.stdout.write).run()
        if not no_admin:
            self.ensure_admin(address)

    def ensure_admin(self, address: str):
        username = os.environ.get("DEMO_ADMIN_USERNAME", "admin")
        password = os.environ.get("DEMO_ADMIN_PASSWORD", DEFAULT_PASSWORD)
        User = get_user_model()
        login = f"{username} / {password}"
        if User.objects.filter(username=username).exists():
            login = f"{username} (password unchanged)"
            self.stdout.write(
                f"Admin user '{username}' already exists; its password was left as is."
            )
        else:
            User.objects.create_superuser(username, f"{username}@example.org", password)
            self.stdout.write(self.style.SUCCESS(f"Created admin user '{username}'."))
        self.stdout.write(
            self.style.SUCCESS(
                f"Log in at http://{address}/admin/ as {login}. "
                f"GraphQL is at http://{address}/graphql/."
            )
        )
