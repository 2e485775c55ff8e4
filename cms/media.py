"""Serving uploads without bypassing the view restrictions of their collections.

A storage path (`/media/original_images/board-minutes.png`) carries no check and file names are
guessable, so the app's `/media/` serves only what may be public: renditions (`images/`) of
images whose collection is not view-restricted. Originals never have a public path: documents
go through Wagtail's `/documents/<id>/<name>` (WAGTAILDOCS_SERVE_METHOD = "serve_view") and
images through `serve_original_image` below, which apply the collection's restrictions (login,
groups or shared password) to every request.

We do not use Wagtail's image ServeView for originals: it checks a URL signature only, never a
view restriction, so a signed URL would keep working after its collection became private.
"""

import posixpath

from django.conf import settings
from django.http import FileResponse, Http404, HttpRequest
from django.http.response import HttpResponseBase
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.views.static import serve
from wagtail.documents import get_document_model
from wagtail.documents.views.serve import serve as wagtail_serve_document
from wagtail.images import get_image_model
from wagtail.images.models import AbstractImage
from wagtail.models import CollectionMember
from wagtail.permissions import policy_registry

RENDITIONS_PREFIX = "images/"
# wagtail.users' profile pictures (upload_avatar_to).
AVATARS_PREFIX = "avatar_images/"


def is_restricted(media: CollectionMember) -> bool:
    """Whether the image's or document's collection (or one above it) has a view restriction."""
    return media.collection.get_view_restrictions().exists()


def harden(response: HttpResponseBase, *, restricted: bool) -> HttpResponseBase:
    """Headers for an uploaded file served from the CMS's own origin."""
    # An uploaded SVG or HTML-like file must not run script in the admin's origin.
    response["Content-Security-Policy"] = "default-src 'none'"
    response["X-Content-Type-Options"] = "nosniff"
    if restricted:
        # A shared cache (CDN, proxy) would hand a private file to the next visitor.
        patch_cache_control(response, private=True)
    return response


def serve_media(request: HttpRequest, path: str) -> HttpResponseBase:
    """MEDIA_URL: renditions of images in unrestricted collections, and little else.

    Renditions of restricted images are served only to users who may work with the image in
    the admin (its listings and choosers show them by this path); visitors who pass the
    restriction get the original through its checked URL instead. Profile pictures appear only
    in the admin, so only its users get them.
    """
    # Checked per request (not when the URLs are built) so the setting can change under tests
    # and the route is the same in every environment.
    # The prefixes below decide what is served: "avatar_images/../documents/..." must not pass.
    if not settings.SERVE_MEDIA or posixpath.normpath(path) != path:
        raise Http404
    if path.startswith(RENDITIONS_PREFIX):
        private = rendition_access(request, path)
    elif path.startswith(AVATARS_PREFIX):
        private = True if request.user.has_perm("wagtailadmin.access_admin") else None
    else:
        private = None
    if private is None:
        raise Http404
    return harden(serve(request, path, document_root=str(settings.MEDIA_ROOT)), restricted=private)


def rendition_access(request: HttpRequest, path: str) -> bool | None:
    """None if the request may not have the rendition at path, else whether it is private."""
    # Only files the database knows as renditions, which also rules out "images/../...".
    rendition = (
        get_image_model()
        .get_rendition_model()
        .objects.select_related("image__collection")
        .filter(file=path)
        .first()
    )
    if rendition is None:
        return None
    image = rendition.image
    if not is_restricted(image):
        return False
    may_edit = policy_registry.get_by_type(get_image_model()).user_has_any_permission_for_instance(
        request.user, ["change", "choose"], image
    )
    return True if may_edit else None


def original_image_path(image: AbstractImage) -> str:
    """The checked URL path of an image's original file."""
    return reverse("image_original", args=[image.pk, image.filename])


def serve_original_image(request: HttpRequest, image_id: int, filename: str) -> HttpResponseBase:
    """An image's original file, for those its collection's view restrictions admit."""
    image = get_object_or_404(get_image_model().objects.select_related("collection"), pk=image_id)
    # As for documents: the id alone must not be enough to walk through the library.
    if image.filename != filename:
        raise Http404
    # Wagtail's own check for documents (same CollectionViewRestriction, same answers: login
    # redirect or shared-password form); it reads only `.collection` of what it is given.
    # Imported here: importing a wagtail_hooks module while the URLs load would register its
    # hooks ahead of the apps listed before it and change the order hooks run in.
    from wagtail.documents.wagtail_hooks import check_view_restrictions

    denied = check_view_restrictions(image, request)
    if denied is not None:
        return denied
    response = FileResponse(image.file.open("rb"))
    return harden(response, restricted=is_restricted(image))


def serve_document(request: HttpRequest, document_id: str, filename: str) -> HttpResponseBase:
    """Wagtail's checked document view, marked private when the collection is restricted: it
    sends no Cache-Control, and a shared cache would give a member's copy to the next visitor."""
    response = wagtail_serve_document(request, document_id, filename)  # Http404 if none
    document = get_document_model().objects.select_related("collection").get(pk=document_id)
    if is_restricted(document):
        patch_cache_control(response, private=True)
    return response
