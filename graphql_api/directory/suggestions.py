"""Partner suggestions: who could work with a given social enterprise, and why."""

import re
from dataclasses import dataclass, field
from enum import Enum
from typing import Annotated, NamedTuple

import strawberry
from django.db.models import Q
from django.utils.translation import gettext as _

from directory import models

from ..batching import attach_batch
from ..common import resolve_locale
from ..errors import ApiError
from ..fallback import Chain, Fallback, FallbackLocales, best_versions, chain_for, mark
from .types import SocialEnterpriseType, SupportOrganisationType

MAX_CANDIDATES = 500
WORD = re.compile(r"[^\W\d_]{5,}")  # words of five letters or more, in any alphabet


@strawberry.enum(description="Why a partner is suggested.")
class MatchKind(Enum):
    SHARED_SECTORS = "shared_sectors"
    SHARED_TARGET_GROUPS = "shared_target_groups"
    SERVES_COUNTRY = "serves_country"
    SAME_COUNTRY = "same_country"
    OFFERS_WHAT_IS_SOUGHT = "offers_what_is_sought"
    SEEKS_WHAT_IS_OFFERED = "seeks_what_is_offered"


# Points per shared item; a support organisation serving the enterprise's country weighs most.
WEIGHTS = {
    MatchKind.SHARED_SECTORS: 3,
    MatchKind.SHARED_TARGET_GROUPS: 2,
    MatchKind.SERVES_COUNTRY: 4,
    MatchKind.SAME_COUNTRY: 1,
    MatchKind.OFFERS_WHAT_IS_SOUGHT: 1,
    MatchKind.SEEKS_WHAT_IS_OFFERED: 1,
}
MAX_WORDS_COUNTED = 3


@strawberry.type(name="MatchReason", description="One reason for a suggestion.")
class MatchReasonType:
    kind: MatchKind = strawberry.field(description="What matches.")
    values: list[str] = strawberry.field(
        description="What is shared: sector or target-group slugs, country codes, or words."
    )


Partner = Annotated[
    SocialEnterpriseType | SupportOrganisationType,
    strawberry.union("Partner", description="A suggested partner: enterprise or organisation."),
]


@strawberry.type(name="PartnerSuggestion", description="A possible partner and why.")
class PartnerSuggestionType:
    partner: Partner = strawberry.field(description="The suggested partner.")
    score: int = strawberry.field(description="Higher is a better match.")
    reasons: list[MatchReasonType] = strawberry.field(description="Why it is suggested.")


@dataclass
class Profile:
    """What matching looks at in one entry."""

    sectors: set[str] = field(default_factory=set)
    target_groups: set[str] = field(default_factory=set)
    country: str = ""
    served: set[str] = field(default_factory=set)
    offers: set[str] = field(default_factory=set)
    seeks: set[str] = field(default_factory=set)

    @classmethod
    def of(cls, entry: models.DirectoryEntry) -> "Profile":
        return cls(
            sectors={s.slug for s in entry.sectors.all()},
            target_groups={t.slug for t in entry.target_groups.all()},
            country=entry.country.code,
            served={c.code for c in entry.countries_served.all()}
            if isinstance(entry, models.SupportOrganisation)
            else set(),
            offers=words(getattr(entry, "offers", "") + " " + entry.short_description)
            if isinstance(entry, models.SocialEnterprise)
            else words(entry.short_description + " " + entry.description),
            seeks=words(getattr(entry, "seeks", "")),
        )


def words(text: str) -> set[str]:
    return {word.lower() for word in WORD.findall(text or "")}


def match(me: Profile, other: Profile) -> list[MatchReasonType]:
    found = {
        MatchKind.SHARED_SECTORS: sorted(me.sectors & other.sectors),
        MatchKind.SHARED_TARGET_GROUPS: sorted(me.target_groups & other.target_groups),
        MatchKind.SERVES_COUNTRY: [me.country] if me.country in other.served else [],
        MatchKind.SAME_COUNTRY: [me.country] if me.country == other.country else [],
        MatchKind.OFFERS_WHAT_IS_SOUGHT: sorted(me.seeks & other.offers)[:MAX_WORDS_COUNTED],
        MatchKind.SEEKS_WHAT_IS_OFFERED: sorted(me.offers & other.seeks)[:MAX_WORDS_COUNTED],
    }
    return [MatchReasonType(kind=kind, values=values) for kind, values in found.items() if values]


class Scored(NamedTuple):
    """A candidate partner with its score and the reasons for it."""

    score: int
    partner: models.DirectoryEntry
    reasons: list[MatchReasonType]


def candidates(
    model: type[models.DirectoryEntry],
    me: Profile,
    chain: Chain,
    exclude: models.DirectoryEntry | None = None,
) -> list[models.DirectoryEntry]:
    near = Q(sectors__slug__in=me.sectors) | Q(target_groups__slug__in=me.target_groups)
    near |= Q(country__code=me.country)
    if model is models.SupportOrganisation:
        near |= Q(countries_served__code=me.country)
    ids = (
        best_versions(model.objects.all(), chain, models.visible_entries)
        .filter(near)
        .exclude(translation_key=exclude.translation_key if isinstance(exclude, model) else None)
        .values_list("pk", flat=True)
        .distinct()[:MAX_CANDIDATES]
    )
    related = ["sectors", "target_groups"]
    if model is models.SupportOrganisation:
        related.append("countries_served")
    found = (
        model.objects.filter(pk__in=list(ids))
        .select_related("country", "locale")
        .prefetch_related(*related)
    )
    return [mark(entry, chain) for entry in found]


@strawberry.type
class SuggestionQuery:
    @strawberry.field(
        description="Support organisations and enterprises that suit a social enterprise: shared "
        "sectors and target groups, countries served, and offers that meet its needs. Best first. "
        "The enterprise and its partners fall back across locales like listings."
    )
    def partner_suggestions(
        self,
        enterprise_slug: str,
        locale: str | None = None,
        limit: Annotated[int, strawberry.argument(description="At most 50.")] = 10,
        fallback_locales: FallbackLocales = None,
        fallback: Fallback = True,
    ) -> list[PartnerSuggestionType]:
        code = resolve_locale(locale)
        if not 1 <= limit <= 50:
            raise ApiError(_("limit must be between 1 and 50."), "INVALID_PAGINATION")
        chain = chain_for(code, fallback_locales, fallback)
        enterprise = (
            best_versions(models.SocialEnterprise.objects.all(), chain, models.visible_entries)
            .filter(slug=enterprise_slug)
            .select_related("country")
            .prefetch_related("sectors", "target_groups")
            .first()
        )
        if enterprise is None:
            raise ApiError(
                _('No published social enterprise "%(slug)s" in locale %(locale)s.')
                % {"slug": enterprise_slug, "locale": code},
                "NOT_FOUND",
            )
        me = Profile.of(enterprise)
        scored: list[Scored] = []
        kinds: tuple[type[models.DirectoryEntry], ...] = (
            models.SupportOrganisation,
            models.SocialEnterprise,
        )
        for model in kinds:
            for other in candidates(model, me, chain, exclude=enterprise):
                reasons = match(me, Profile.of(other))
                score = sum(WEIGHTS[r.kind] * len(r.values) for r in reasons)
                if score:
                    scored.append(Scored(score, other, reasons))
        scored.sort(key=lambda item: (-item.score, item.partner.name))
        best = scored[:limit]
        # One batch per model: per-entry loaders (impact, translations) read one table each.
        for model in kinds:
            attach_batch([item.partner for item in best if isinstance(item.partner, model)])
        return [
            PartnerSuggestionType(partner=item.partner, score=item.score, reasons=item.reasons)
            for item in best
        ]
