"""Translation state in the API: per-object status and a per-locale progress dashboard."""

from enum import Enum
from typing import Annotated, Any

import strawberry
import strawberry_django

from cms.translation import status
from core.locales import locale_codes

from .batching import load_for
from .common import resolve_locale


@strawberry.enum(name="TranslationState", description="Where a translation stands.")
class TranslationState(Enum):
    MISSING = "missing"
    IN_PROGRESS = "in_progress"
    MACHINE = "machine"
    STALE = "stale"
    COMPLETE = "complete"


@strawberry.type(
    name="TranslationStatus",
    description="How far one object is translated into one locale. It reveals no content: "
    "drafts are only counted, never served.",
)
class TranslationStatusType:
    locale: str = strawberry.field(description="Locale code.")
    is_source: bool = strawberry.field(description="Whether this locale holds the source.")
    exists: bool = strawberry.field(description="Whether a version exists (live or draft).")
    live: bool = strawberry.field(description="Whether that version is published.")
    percent_translated: int | None = strawberry.field(
        description="Share of the source's text segments translated or confirmed by a person "
        "(0-100); null for a version written by hand outside the translation editor."
    )
    machine_translated: int | None = strawberry.field(
        description="Share of the source's text segments filled by a machine translator and not "
        "yet edited or confirmed by a person (0-100), apart from percentTranslated; null like it."
    )
    stale: bool = strawberry.field(
        description="Whether the source was published again after this translation was last "
        "synced (or, for versions written by hand, last edited)."
    )
    state: TranslationState = strawberry.field(
        description="Summary: missing, stale, in progress, machine (every segment filled, some "
        "only by a machine) or complete (every segment translated or confirmed by a person)."
    )


def translation_status(root: Any) -> list[TranslationStatusType]:
    """The status of root's translations; computed once for all objects fetched together."""
    statuses = load_for(root, "translation_status", status.translation_statuses) or []
    return [
        TranslationStatusType(
            locale=s.locale,
            is_source=s.is_source,
            exists=s.exists,
            live=s.live,
            percent_translated=s.percent_translated,
            machine_translated=s.percent_machine_translated,
            stale=s.stale,
            state=TranslationState(s.state),
        )
        for s in statuses
    ]


TRANSLATION_STATUS_DESCRIPTION = (
    "For each configured locale: whether a translation exists, is live, how much of it is "
    "translated and whether it is stale."
)


@strawberry.type(
    name="TranslationProgress",
    description="How many objects of one kind are in each translation state in a locale.",
)
class TranslationProgressType:
    kind: str = strawberry.field(
        description="`pages`, or the model name of a translatable snippet, e.g. `socialenterprise`."
    )
    locale: str = strawberry.field(description="Target locale code.")
    total: int = strawberry.field(description="Objects whose source is in another locale.")
    missing: int = strawberry.field(description="Not translated at all.")
    in_progress: int = strawberry.field(description="Translation started, segments missing.")
    machine_translated: int = strawberry.field(
        description="Every segment filled, some only by a machine translator: awaiting review."
    )
    stale: int = strawberry.field(description="Source published again since the last sync.")
    complete: int = strawberry.field(description="Fully translated and up to date.")


@strawberry.type
class TranslationQuery:
    @strawberry_django.field(
        description="Translation dashboard: per kind of content, counts by state for a locale "
        "(every locale but the default if none is given)."
    )
    def translation_progress(
        self,
        locale: Annotated[
            str | None, strawberry.argument(description="Target locale code.")
        ] = None,
    ) -> list[TranslationProgressType]:
        codes = [resolve_locale(locale)] if locale else locale_codes()[1:]
        return [
            TranslationProgressType(machine_translated=row.pop("machine"), **row)
            for row in status.progress(codes)
        ]
