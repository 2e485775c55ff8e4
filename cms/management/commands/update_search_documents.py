"""Recompute the stored search documents of all pages and directory entries (PostgreSQL)."""

from django.core.management.base import BaseCommand
from django.db import connection

from cms import search


class Command(BaseCommand):
    help = __doc__

    def handle(self, **options):
        if connection.vendor != "postgresql":
            self.stdout.write("Nothing to do: search documents are stored on PostgreSQL only.")
            return
        for kind, (model, _fields) in search.SEARCHABLE.items():
            count = search.update_search_documents(model)
            self.stdout.write(f"{kind}: {count} search documents")
