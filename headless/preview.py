"""Headless preview: the admin's Preview sends the editor to a frontend with a signed token.

The token names one object (content type and id), the revision the editor started from and a
snapshot of exactly what they previewed, unsaved edits included. It is signed with SECRET_KEY
and expires after PREVIEW_TOKEN_MAX_AGE seconds; the frontend trades it for the draft through
GraphQL `preview(token)`.
"""

import datetime
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core import signing
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext as _

from .frontends import frontend, frontends, frontends_for
from .models import PreviewSnapshot

SALT = "baltic-commons.headless-preview"


class PreviewError(Exception):
    """A token that cannot be used; `code` says whether it expired or is simply invalid."""

    def __init__(self, message: str, code: str):
        super().__init__(message)
        self.code = code


def max_age() -> int:
    return settings.PREVIEW_TOKEN_MAX_AGE


def take_snapshot(obj) -> PreviewSnapshot:
    """Keep obj's current (possibly unsaved) content for the frontend; drop expired snapshots."""
    PreviewSnapshot.objects.filter(
        created_at__lt=timezone.now() - datetime.timedelta(seconds=max_age())
    ).delete()
    return PreviewSnapshot.objects.create(
        content_type=ContentType.objects.get_for_model(obj),
        object_id="" if obj.pk is None else str(obj.pk),
        revision_id=getattr(obj, "latest_revision_id", None),
        content=obj.serializable_data(),
    )


def make_token(obj, *, revision_id=None, snapshot: PreviewSnapshot | None = None) -> str:
    """A signed token for one object: a snapshot of it, or one of its revisions."""
    payload = {
        "ct": ContentType.objects.get_for_model(obj).pk,
        "id": None if obj.pk is None else str(obj.pk),
        "rev": snapshot.revision_id if snapshot else revision_id,
        "snap": str(snapshot.pk) if snapshot else None,
    }
    return signing.dumps(payload, salt=SALT, compress=True)


def read_token(token: str) -> dict:
    """The token's payload; PreviewError if it was tampered with or is too old."""
    try:
        return signing.loads(token, salt=SALT, max_age=max_age())
    except signing.SignatureExpired as error:
        raise PreviewError(_("This preview link has expired."), "PREVIEW_TOKEN_EXPIRED") from error
    except signing.BadSignature as error:
        raise PreviewError(_("This preview link is not valid."), "INVALID_PREVIEW_TOKEN") from error


def object_for_token(token: str):
    """The draft a token names, built from its snapshot or revision (never saved)."""
    payload = read_token(token)
    invalid = PreviewError(_("This preview link is not valid."), "INVALID_PREVIEW_TOKEN")
    try:
        # A Wagtail model (untyped): its manager, revisions and serialisation are its own.
        model: Any = ContentType.objects.get_for_id(payload["ct"]).model_class()
    except ContentType.DoesNotExist as error:
        raise invalid from error
    if model is None or not issubclass(model, HeadlessPreviewMixin):
        raise invalid
    base = None
    if payload["id"] is not None:
        base = model.objects.filter(pk=payload["id"]).first()
        if base is None:
            raise invalid
    if payload["snap"]:
        snapshot = PreviewSnapshot.objects.filter(
            pk=payload["snap"],
            content_type_id=payload["ct"],
            object_id=payload["id"] or "",
            revision_id=payload["rev"],
        ).first()
        if snapshot is None:
            raise invalid
        content = snapshot.content
    elif base is not None and payload["rev"] is not None:
        revision = base.revisions.filter(pk=payload["rev"]).first()
        if revision is None:
            raise invalid
        content = revision.content
    else:
        raise invalid
    if base is None:
        return model.from_serializable_data(content, check_fks=False)
    return base.with_content_json(content)


class HeadlessPreviewMixin:
    """Preview modes are the configured frontends; Preview redirects to the chosen one."""

    if TYPE_CHECKING:
        locale: Any  # the model's (Wagtail's TranslatableMixin)

    @property
    def preview_modes(self):
        code = self.preview_language_code()
        return [(item.name, item.label) for item in frontends_for(code) or frontends()]

    def preview_language_code(self) -> str | None:
        locale_id = getattr(self, "locale_id", None)
        if locale_id is None:
            return None
        return self.locale.language_code

    def preview_path(self) -> str | None:
        """The frontend path of the object, if it has one; the frontend routes the preview."""
        return None

    def serve_preview(self, request, mode_name):
        target = frontend(mode_name) or (frontends() or [None])[0]
        snapshot = take_snapshot(self)
        token = make_token(self, snapshot=snapshot)
        return redirect(target.preview_url(token, self.preview_path()))
