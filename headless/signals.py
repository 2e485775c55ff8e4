"""Wagtail's publish, unpublish, move and delete signals, turned into frontend webhooks."""

from django.db.models.signals import pre_delete
from wagtail.models import Page
from wagtail.signals import post_page_move, published, unpublished

from cms.models.mixins import relative_url_path

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


def ours(instance):
    """The specific object if it is one of our content models, else None."""
    if isinstance(instance, Page) and not isinstance(instance, HeadlessPreviewMixin):
        instance = instance.specific
    return instance if isinstance(instance, HeadlessPreviewMixin) else None


def on_published(sender, instance, **kwargs):
    if instance := ours(instance):
        notify(*describe(instance, "publish"))


def on_unpublished(sender, instance, **kwargs):
    if instance := ours(instance):
        notify(*describe(instance, "unpublish"))


def on_moved(sender, instance, url_path_before, url_path_after, **kwargs):
    instance = ours(instance)
    # Reordering among siblings keeps the path; only a live page's new path matters outside.
    if instance is None or url_path_before == url_path_after or not instance.live:
        return
    code = instance.locale.language_code
    old, new = relative_url_path(url_path_before), relative_url_path(url_path_after)
    notify(
        *describe(
            instance,
            "move",
            urlPath=new,
            path=f"/{code}{new}",
            oldUrlPath=old,
            oldPath=f"/{code}{old}",
        )
    )


def on_deleted(sender, instance, **kwargs):
    # Before the row goes (its locale and path are still readable); drafts were never public.
    if isinstance(instance, HeadlessPreviewMixin) and instance.live:
        notify(*describe(instance, "delete"))


def connect():
    published.connect(on_published, dispatch_uid="headless_published")
    unpublished.connect(on_unpublished, dispatch_uid="headless_unpublished")
    post_page_move.connect(on_moved, dispatch_uid="headless_moved")
    pre_delete.connect(on_deleted, dispatch_uid="headless_deleted")
