"""Recompute the search documents of all pages and directory entries: the stored
`search_document` columns on PostgreSQL, the FTS5 index on SQLite."""

from django.core.management.base import BaseCommand

from cms import search


class Command(BaseCommand):
    help = __doc__

    def handle(self, **options):
        for kind, (model, _fields) in search.SEARCHABLE.items():
            count = search.update_search_documents(model)
            self.stdout.write(f"{kind}: {count} search documents")
