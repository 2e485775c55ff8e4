"""`preview(token)`: the draft behind a preview link, as the same types the live API returns."""

from typing import Annotated, TypeAlias, Union

import strawberry

from headless.preview import PreviewError, object_for_token

from .cache import never_store
from .cms.types import PAGE_TYPES
from .directory.types import ENTRY_TYPES
from .errors import ApiError

# A union built from the registered kinds is no type mypy can check (the alias is Any to it).
PreviewContent: TypeAlias = Annotated[  # type: ignore[valid-type]
    Union[tuple(PAGE_TYPES + ENTRY_TYPES)],  # noqa: UP007 (a union built from a list)
    strawberry.union(
        "PreviewContent",
        description="A draft page or directory entry: render it with the code for its type.",
    ),
]


@strawberry.type
class PreviewQuery:
    @strawberry.field(
        description="The draft a preview link names, unsaved edits included. The CMS's Preview "
        "opens the frontend's preview route with `?token=...`; tokens are signed, name one "
        "object and revision, and expire (errors `PREVIEW_TOKEN_EXPIRED`, "
        "`INVALID_PREVIEW_TOKEN`, with no data)."
    )
    def preview(
        self,
        info: strawberry.Info,
        token: Annotated[
            str, strawberry.argument(description="The `token` parameter of the preview URL.")
        ],
    ) -> PreviewContent | None:
        # Drafts, and errors that say whether a token was once valid: never kept anywhere.
        never_store(info.context.request)
        try:
            return object_for_token(token)
        except PreviewError as error:
            raise ApiError(str(error), error.code) from error
