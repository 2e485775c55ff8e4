"""Wagtail's publish, unpublish, move and delete signals, turned into frontend webhooks."""

import threading

from django.apps import apps
from django.db.models.signals import post_delete, pre_delete
from wagtail.models import Page
from wagtail.signals import post_page_move, published, unpublished

from core.visibility import relative_url_path

from .cdn import purge_paths
from .preview import HeadlessPreviewMixin
from .webhooks import notify


def describe(instance, event: str, **extra) -> tuple[dict, str | None]:
    """The webhook payload for one of our pages or directory entries, and its locale code."""
    code = instance.locale.language_code if instance.locale_id else None
    payload = {
        "event": event,
        "type": type(instance).__name__,
        "id": str(instance.pk),
        "locale": code,
        "urlPath": None,
        "path": None,
        "slug": getattr(instance, "slug", None),
    }
    if isinstance(instance, Page):
        payload["urlPath"] = relative_url_path(instance.url_path)
        payload["path"] = instance.preview_path()
    payload.update(extra)
    return payload, code


def announce(payload: dict, language_code: str | None):
    """Tell the frontends by webhook, and purge their CDN copies of the page if configured."""
    notify(payload, language_code)
    purge_paths([payload.get("path"), payload.get("oldPath")], language_code)


def ours(instance):
    """The specific object if it is one of our content models, else None."""
    if isinstance(instance, Page) and not isinstance(instance, HeadlessPreviewMixin):
        instance = instance.specific
    return instance if isinstance(instance, HeadlessPreviewMixin) else None


def on_published(sender, instance, **kwargs):
    if instance := ours(instance):
        announce(*describe(instance, "publish"))


# Objects being deleted in this thread: Wagtail unpublishes a page as it deletes it, and the
# frontend should hear "delete" once, not "unpublish" as well.
_deleting = threading.local()


def deleting() -> set:
    if not hasattr(_deleting, "keys"):
        _deleting.keys = set()
    return _deleting.keys


def deletion_key(instance) -> tuple:
    # A page's rows (Page and its specific model) share one id.
    return ("page" if isinstance(instance, Page) else type(instance).__name__, instance.pk)


def on_unpublished(sender, instance, **kwargs):
    if deletion_key(instance) in deleting():
        return
    if instance := ours(instance):
        announce(*describe(instance, "unpublish"))


def on_moved(sender, instance, url_path_before, url_path_after, **kwargs):
    instance = ours(instance)
    # Reordering among siblings keeps the path; only a live page's new path matters outside.
    if instance is None or url_path_before == url_path_after or not instance.live:
        return
    code = instance.locale.language_code
    old, new = relative_url_path(url_path_before), relative_url_path(url_path_after)
    announce(
        *describe(
            instance,
            "move",
            urlPath=new,
            path=f"/{code}{new}",
            oldUrlPath=old,
            oldPath=f"/{code}{old}",
        )
    )


def on_deleting(sender, instance, **kwargs):
    # Before the row goes (its locale and path are still readable); drafts were never public.
    # Django sends pre_delete for a page's specific row before its Page row, so this runs
    # before Wagtail's own pre_delete handler unpublishes the Page.
    if instance.live:
        deleting().add(deletion_key(instance))
        announce(*describe(instance, "delete"))


def on_deleted(sender, instance, **kwargs):
    # Every pre_delete of a deletion comes before any post_delete, so Wagtail's unpublish is past.
    deleting().discard(deletion_key(instance))


def connect():
    published.connect(on_published, dispatch_uid="headless_published")
    unpublished.connect(on_unpublished, dispatch_uid="headless_unpublished")
    post_page_move.connect(on_moved, dispatch_uid="headless_moved")
    # Only for our models: a receiver for every sender would stop Django's fast deletes.
    for model in apps.get_models():
        if issubclass(model, HeadlessPreviewMixin):
            uid = f"headless_{model._meta.label_lower}"
            pre_delete.connect(on_deleting, sender=model, dispatch_uid=f"{uid}_deleting")
            post_delete.connect(on_deleted, sender=model, dispatch_uid=f"{uid}_deleted")
