"""Types and helpers every part of the schema uses: locales, media, listings."""

import re
from typing import Any, Self, TypeVar
from urllib.parse import urljoin

import strawberry
import strawberry_django
from django.conf import settings
from django.db.models import Model, QuerySet
from django.utils.translation import get_language_info
from django.utils.translation import gettext as _
from strawberry.types import Info, get_object_definition
from strawberry_django.pagination import (
    OffsetPaginated,
    OffsetPaginationInfo,
    OffsetPaginationInput,
)
from wagtail.documents import get_document_model
from wagtail.documents.models import AbstractDocument
from wagtail.images import get_image_model
from wagtail.images.models import AbstractImage, AbstractRendition, Filter

from cms.media import original_image_path
from core.locales import locale_codes
from core.visibility import per_request, public_collections_q

from .batching import attach_batch, load_for
from .errors import ApiError

NodeType = TypeVar("NodeType")


def resolve_locale(code: str | None) -> str:
    """The locale code to use: the given one if configured, the default if none given."""
    if code is None:
        return settings.LANGUAGE_CODE
    if code not in locale_codes():
        raise ApiError(
            _('Unknown locale "%(code)s". Use one of: %(codes)s.')
            % {"code": code, "codes": ", ".join(locale_codes())},
            "UNKNOWN_LOCALE",
        )
    return code


def locale_chain(code: str | None, fallback_locales: list[str] | None) -> list[str]:
    """The locales to try in order: the requested one, then the given fallbacks or, if none
    were given, the chain in settings.LOCALE_FALLBACKS followed by the default locale."""
    first = resolve_locale(code)
    if fallback_locales is None:
        fallback_locales = [*settings.LOCALE_FALLBACKS.get(first, []), settings.LANGUAGE_CODE]
    chain = [first]
    for fallback in fallback_locales:
        if resolve_locale(fallback) not in chain:
            chain.append(fallback)
    return chain


FALLBACK_DESCRIPTION = (
    "Locales to try, in order, when there is no published version in `locale`; `[]` for none. "
    "If omitted, the platform's chain for the locale (e.g. nb, da, sv, en) is used. The "
    "result's `locale` says which one answered."
)


def absolute_url(url: str) -> str:
    """Media and document URLs are served by the CMS; frontends need them absolute. They are
    built from MEDIA_BASE_URL, never from the request's Host or X-Forwarded-Proto: answers are
    cached and shared, and one forged header would otherwise poison every visitor's links."""
    return urljoin(settings.MEDIA_BASE_URL, url)


@strawberry.type(name="Locale", description="A content language of the platform.")
class LocaleType:
    code: str = strawberry.field(description="Language code, e.g. `lv`.")
    name: str = strawberry.field(description="English name of the language.")
    native_name: str = strawberry.field(description="Name of the language in itself.")
    is_default: bool = strawberry.field(description="Whether this is the default source locale.")

    @classmethod
    def from_code(cls, code: str) -> "LocaleType":
        info = get_language_info(code)
        return cls(
            code=code,
            name=info["name"],
            native_name=info["name_local"],
            is_default=code == settings.LANGUAGE_CODE,
        )


# Renditions are generated on demand and stored; an open-ended spec would let anyone fill the
# disk (GHSA-f2p5-j6fg-5cxf), so only these operations, and sizes up to MAX_RENDITION_SIZE.
RENDITION_SPEC = re.compile(
    r"^(?:(?P<op>fill|max|min)-(?P<w>\d{1,4})x(?P<h>\d{1,4})|(?P<dim>width|height)-(?P<n>\d{1,4}))"
    r"(?:\|format-(?:webp|jpeg|png|avif))?$"
)
MAX_RENDITION_SIZE = 3000


def validate_rendition_spec(spec: str) -> str:
    match = RENDITION_SPEC.match(spec)
    sizes = [int(v) for v in (match.group("w", "h", "n") if match else ()) if v]
    if not match or not all(1 <= size <= MAX_RENDITION_SIZE for size in sizes):
        raise ApiError(
            _(
                'Unsupported image spec "%(spec)s". Use fill-WxH, max-WxH, min-WxH, width-N or '
                "height-N (sizes 1-%(max)s), optionally with |format-webp."
            )
            % {"spec": spec, "max": MAX_RENDITION_SIZE},
            "INVALID_IMAGE_SPEC",
        )
    return spec


def renditions(image: AbstractImage, specs: list[str]) -> dict[str, AbstractRendition]:
    """The image's renditions for specs. Existing ones are free; each one that must be made
    counts against GRAPHQL_MAX_NEW_RENDITIONS per request, so nobody fills the disk with sizes
    (files are made before the answer, and stay)."""
    filters = {spec: Filter(spec=spec) for spec in dict.fromkeys(specs)}
    found = image.find_existing_renditions(*filters.values())
    missing = [f for f in filters.values() if f not in found]
    if missing:
        made = per_request("new renditions", lambda: [0])
        if made[0] + len(missing) > settings.GRAPHQL_MAX_NEW_RENDITIONS:
            raise ApiError(
                _(
                    "This request would make more than %(max)s new image sizes; use sizes "
                    "already in use or ask for fewer at once."
                )
                % {"max": settings.GRAPHQL_MAX_NEW_RENDITIONS},
                "TOO_MANY_RENDITIONS",
            )
        made[0] += len(missing)
        found |= image.create_renditions(*missing)
    return {spec: found[f] for spec, f in filters.items()}


@strawberry.type(name="Rendition", description="A resized version of an image.")
class RenditionType:
    url: str = strawberry.field(description="Absolute URL of the resized file.")
    width: int = strawberry.field(description="Width in pixels.")
    height: int = strawberry.field(description="Height in pixels.")


@strawberry_django.type(get_image_model(), name="Image", description="An image from the library.")
class ImageType:
    id: strawberry.ID = strawberry_django.field(description="Image id.")
    title: str = strawberry_django.field(description="Title given by the editor.")
    width: int = strawberry_django.field(description="Width of the original in pixels.")
    height: int = strawberry_django.field(description="Height of the original in pixels.")

    @strawberry_django.field(description="Absolute URL of the original file.", only=["file"])
    def url(self, root: AbstractImage) -> str:
        # The checked view, not the storage URL: the original of an image that is public now
        # must not stay reachable after its collection becomes private.
        return absolute_url(original_image_path(root))

    @strawberry_django.field(
        description="Default alternative text (the image's description, else its title). "
        "Blocks may give a more specific text.",
        only=["description", "title"],
    )
    def alt(self, root: AbstractImage) -> str:
        alt: str = root.default_alt_text
        return alt

    @strawberry_django.field(
        description="A resized version, e.g. `fill-800x450` or `width-1200`. Sizes nobody "
        "asked for before are made on the spot, a few per request (`TOO_MANY_RENDITIONS`)."
    )
    def rendition(self, root: AbstractImage, spec: str) -> RenditionType:
        rendition = renditions(root, [validate_rendition_spec(spec)])[spec]
        return RenditionType(
            url=absolute_url(rendition.url), width=rendition.width, height=rendition.height
        )

    @strawberry_django.field(
        description="A `srcset` attribute value with one rendition per requested width."
    )
    def src_set(self, root: AbstractImage, widths: list[int]) -> str:
        if not 1 <= len(widths) <= 8:
            raise ApiError(_("Ask for between 1 and 8 widths."), "INVALID_IMAGE_SPEC")
        specs = [validate_rendition_spec(f"width-{width}") for width in widths]
        found = renditions(root, specs)
        return ", ".join(f"{absolute_url(found[spec].url)} {found[spec].width}w" for spec in specs)


@strawberry_django.type(get_document_model(), name="Document", description="A downloadable file.")
class DocumentType:
    id: strawberry.ID = strawberry_django.field(description="Document id.")
    title: str = strawberry_django.field(description="Title given by the editor.")

    @strawberry_django.field(description="Absolute download URL.", only=["file", "title"])
    def url(self, root: AbstractDocument) -> str:
        return absolute_url(root.url)

    file_size: int | None = strawberry_django.field(description="Size in bytes, if known.")

    @strawberry_django.field(description="File extension, e.g. `pdf`.", only=["file"])
    def file_extension(self, root: AbstractDocument) -> str:
        extension: str = root.file_extension
        return extension


def visible_images(queryset: QuerySet[Any] | None = None) -> QuerySet[Any]:
    queryset = get_image_model().objects.all() if queryset is None else queryset
    return queryset.filter(public_collections_q())


def public_image(root: Model, field_name: str) -> AbstractImage | None:
    """The image root's foreign key field_name points to, unless it is in a view-restricted
    collection; fetched once for all objects of a batch (a listing's results)."""

    def loader(objects: list[Model]) -> dict[Any, AbstractImage | None]:
        ids = {getattr(obj, f"{field_name}_id", None) for obj in objects} - {None}
        images = visible_images().in_bulk(ids) if ids else {}
        return {obj.pk: images.get(getattr(obj, f"{field_name}_id", None)) for obj in objects}

    return load_for(root, f"image:{field_name}", loader)


def visible_documents(queryset: QuerySet[Any] | None = None) -> QuerySet[Any]:
    queryset = get_document_model().objects.all() if queryset is None else queryset
    return queryset.filter(public_collections_q())


@strawberry.type(description="One page of a list of results.")
class Listing(OffsetPaginated[NodeType]):
    """Offset pagination that refuses bad limits (instead of silently clamping them) and lets
    the results share per-item look-ups (see batching)."""

    @classmethod
    def resolve_paginated(
        cls,
        queryset: QuerySet[Any],
        *,
        info: Info,
        pagination: OffsetPaginationInput | None = None,
        **kwargs: Any,
    ) -> Self:
        validate_pagination(pagination)
        return super().resolve_paginated(queryset, info=info, pagination=pagination, **kwargs)

    @strawberry.field(description="The items of this page of results.")
    def results(self) -> list[NodeType]:
        queryset = self.get_paginated_queryset()
        return attach_batch(queryset) if queryset is not None else []

    @strawberry.field(
        description="How many items of the whole listing (not only this page) are shown from "
        "a fallback locale because the requested locale has no visible version of them."
    )
    def fallback_count(self) -> int:
        queryset = self.queryset
        if queryset is None or "is_fallback" not in queryset.query.annotations:
            return 0
        return queryset.filter(is_fallback=True).order_by().count()


def validate_pagination(pagination: OffsetPaginationInput | None) -> None:
    if pagination is None:
        return
    maximum = settings.GRAPHQL_MAX_LIMIT
    if pagination.offset is not None and pagination.offset < 0:
        raise ApiError(_("pagination.offset must be 0 or more."), "INVALID_PAGINATION")
    limit = pagination.limit
    if limit is not strawberry.UNSET and limit is not None and not 0 <= limit <= maximum:
        raise ApiError(
            _(
                "pagination.limit must be between 0 and %(maximum)s; "
                "ask for further pages with offset."
            )
            % {"maximum": maximum},
            "INVALID_PAGINATION",
        )


def describe(cls: type, description: str, **fields: str) -> None:
    """Document a type that a library defines without descriptions (the schema is our docs).

    No public API sets a description on a type someone else declared: strawberry-django makes
    every `pagination` argument an `OffsetPaginationInput` (a subclass cannot take its place)
    and its `pageInfo` an `OffsetPaginationInfo`. So the definition, reached through strawberry's
    public `get_object_definition`, is edited in place before the schema is built; checked with
    strawberry-graphql 0.341.2 and strawberry-graphql-django 0.93.0 (pinned in pyproject.toml)
    by tests/graphql_api/test_dependency_contracts.py."""
    definition = get_object_definition(cls, strict=True)
    definition.description = description
    for field in definition.fields:
        if field.python_name in fields:
            field.description = fields[field.python_name]


describe(
    OffsetPaginationInput,
    "Which slice of a list to return.",
    offset="Number of items to skip, 0 or more.",
    limit=f"Number of items to return, 0 to {settings.GRAPHQL_MAX_LIMIT} (default 20).",
)
describe(
    OffsetPaginationInfo,
    "The slice of a list that was returned.",
    offset="Number of items skipped.",
    limit="Number of items asked for.",
)
describe(Listing, "One page of a list of results.", page_info="The offset and limit applied.")
