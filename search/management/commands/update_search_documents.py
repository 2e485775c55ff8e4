"""Recompute the search documents of every searchable kind: the stored `search_document`
columns on PostgreSQL, the FTS5 index on SQLite."""

from typing import Any

from django.core.management.base import BaseCommand

from search.engine import searchable_models, update_search_documents


class Command(BaseCommand):
    help = __doc__

    def handle(self, **options: Any) -> None:
        for kind, model in searchable_models().items():
            count = update_search_documents(model)
            self.stdout.write(f"{kind}: {count} search documents")
