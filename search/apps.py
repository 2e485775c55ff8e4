from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    """Full-text search over every model that declares itself searchable (search.models)."""

    name = "search"
    label = "search"
    verbose_name = _("Search")

    def ready(self) -> None:
        from django.db.models.signals import post_delete, post_migrate, post_save

        from .engine import ensure_search_tables, forget_on_delete, refresh_on_save

        # Searchable objects keep their stored search document (PostgreSQL) or FTS5 row
        # (SQLite) up to date.
        post_save.connect(refresh_on_save, dispatch_uid="search.refresh_on_save")
        post_delete.connect(forget_on_delete, dispatch_uid="search.forget_on_delete")
        # A kind added later needs no search migration of its own: its index (or its app's
        # FTS5 tables) is made after every migrate.
        post_migrate.connect(ensure_search_tables, sender=self, dispatch_uid="search.tables")
