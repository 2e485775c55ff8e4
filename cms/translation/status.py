"""How far each object is translated, per locale.

For every configured locale: whether a version exists, whether it is live, the share of the
source's segments translated (for translations managed by wagtail-localize), and whether it is
stale. Segments filled by a machine translator count apart from those a person translated or
confirmed, until a person does. wagtail-localize syncs from the *live* source, so "the source
changed" means it was published after its translation source was last synced (or, for
translations edited by hand, after the translation was last edited). Models without publishing
(taxonomies) are never stale.
"""

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from django.db.models import Count, F
from modelcluster.fields import ParentalKey
from wagtail.models import DraftStateMixin, Page, RevisionMixin, get_translatable_models
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from core.locales import locale_codes


@dataclass(frozen=True)
class LocaleStatus:
    """One locale's state of one object's translation."""

    locale: str
    is_source: bool
    exists: bool
    live: bool
    percent_translated: int | None
    stale: bool
    percent_machine_translated: int | None = None
    object_id: int | None = None  # this locale's version, for links

    @property
    def state(self) -> str:
        """missing, stale, in_progress, machine or complete (each object counts once, in that
        order): machine when every segment is filled but some only by a machine."""
        if not self.exists:
            return "missing"
        if self.stale:
            return "stale"
        if self.percent_translated is not None and self.percent_translated < 100:
            filled = self.percent_translated + (self.percent_machine_translated or 0)
            return "machine" if filled >= 100 else "in_progress"
        return "complete"


@dataclass(frozen=True)
class Version:
    pk: int
    locale: str
    live: bool
    published_at: datetime | None
    edited_at: datetime | None


def base_model(model):
    """The model holding translation_key: Page for every page type."""
    return Page if issubclass(model, Page) else model.get_translation_model()


def load_versions(model, keys) -> dict:
    """{translation_key: {locale code: Version}} for every version of the given objects."""
    fields = ["pk", "translation_key", "locale__language_code"]
    publishes = issubclass(model, DraftStateMixin)
    if publishes:
        fields += ["live", "last_published_at"]
    if issubclass(model, Page):
        fields.append("latest_revision_created_at")
    elif issubclass(model, RevisionMixin):
        fields.append("latest_revision__created_at")
    versions: defaultdict[str, dict[str, Version]] = defaultdict(dict)
    for row in model.objects.filter(translation_key__in=keys).values(*fields):
        edited = row.get("latest_revision_created_at") or row.get("latest_revision__created_at")
        versions[row["translation_key"]][row["locale__language_code"]] = Version(
            pk=row["pk"],
            locale=row["locale__language_code"],
            live=row.get("live", True),
            published_at=row.get("last_published_at"),
            edited_at=edited or row.get("last_published_at"),
        )
    return versions


def load_sources(keys) -> dict:
    """{translation_key: (source id, locale code, last synced)}: the latest-synced source."""
    sources = {}
    rows = (
        TranslationSource.objects.filter(object_id__in=keys)
        .order_by("last_updated_at")
        .values_list("pk", "object_id", "locale__language_code", "last_updated_at")
    )
    for pk, key, code, synced in rows:
        sources[key] = (pk, code, synced)
    return sources


def load_progress(source_ids) -> tuple[dict, dict, dict, set]:
    """Segments per source, segments translated by a person and by a machine per (source,
    locale), and managed pairs."""
    totals = dict(
        StringSegment.objects.filter(source_id__in=source_ids)
        .values_list("source_id")
        .annotate(Count("pk"))
    )
    # One join: a segment is translated into a locale when a translation of its string exists
    # in the same context without an error (what wagtail-localize's progress counts).
    done: dict = defaultdict(int)
    machine: dict = defaultdict(int)
    for source_id, code, kind, count in (
        StringSegment.objects.filter(
            source_id__in=source_ids,
            string__translations__context_id=F("context_id"),
            string__translations__has_error=False,
        )
        .values_list(
            "source_id",
            "string__translations__locale__language_code",
            "string__translations__translation_type",
        )
        .annotate(Count("pk"))
    ):
        counts = machine if kind == StringTranslation.TRANSLATION_TYPE_MACHINE else done
        counts[(source_id, code)] += count
    managed = set(
        Translation.objects.filter(source_id__in=source_ids, enabled=True).values_list(
            "source_id", "target_locale__language_code"
        )
    )
    return totals, done, machine, managed


def statuses_for_keys(model, keys) -> dict:
    """{translation_key: [LocaleStatus per configured locale]} in five queries."""
    keys = set(keys)
    model = base_model(model)
    versions = load_versions(model, keys)
    sources = load_sources(keys)
    totals, done, machine, managed = load_progress([pk for pk, _code, _synced in sources.values()])
    codes = locale_codes()
    result = {}
    for key in keys:
        by_locale = versions.get(key, {})
        if not by_locale:
            continue
        source_id, source_code, synced_at = sources.get(key, (None, None, None))
        if source_code not in by_locale:
            # Never submitted for translation: the default locale's version is the source,
            # else the oldest one.
            source_code = (
                codes[0]
                if codes[0] in by_locale
                else min(by_locale.values(), key=lambda v: v.pk).locale
            )
            source_id = None
        changed_at = by_locale[source_code].published_at
        statuses = []
        for code in codes:
            version = by_locale.get(code)
            is_source = code == source_code
            is_managed = (source_id, code) in managed
            by_machine: int | None = None
            if version is None:
                percent = 0
            elif is_source:
                percent = 100
            elif is_managed:
                total = totals.get(source_id, 0)
                human = done.get((source_id, code), 0)
                filled = human + machine.get((source_id, code), 0)
                percent = 100 if not total else human * 100 // total
                # So that both add up to 100 exactly when every segment is filled.
                by_machine = 0 if not total else filled * 100 // total - percent
            else:
                percent = None
            last_sync = synced_at if is_managed else version.edited_at if version else None
            stale = bool(
                version and not is_source and changed_at and last_sync and changed_at > last_sync
            )
            statuses.append(
                LocaleStatus(
                    locale=code,
                    is_source=is_source,
                    exists=version is not None,
                    live=bool(version and version.live),
                    percent_translated=percent,
                    stale=stale,
                    percent_machine_translated=by_machine,
                    object_id=version.pk if version else None,
                )
            )
        result[key] = statuses
    return result


def translation_statuses(objects) -> dict:
    """{obj.pk: [LocaleStatus]} for objects of one model family (pages, or one snippet model)."""
    objects = list(objects)
    if not objects:
        return {}
    by_key = statuses_for_keys(type(objects[0]), {obj.translation_key for obj in objects})
    return {obj.pk: by_key.get(obj.translation_key, []) for obj in objects}


def translatable_kinds() -> list:
    """Page first, then every translatable snippet model, as (name, model). Inline children
    (e.g. journey entries) are translated with their parent, so they are not a kind."""
    kinds = [("pages", Page)]
    for model in get_translatable_models():
        inline = any(isinstance(field, ParentalKey) for field in model._meta.get_fields())
        if not issubclass(model, Page) and not inline:
            kinds.append((model._meta.model_name, model))
    return kinds


def progress(locales: list[str]) -> list[dict]:
    """Per locale and kind of content: how many objects are missing, in progress, machine
    translated, stale or complete, not counting objects whose source is in that locale. Five
    queries per kind."""
    rows = []
    for name, model in translatable_kinds():
        queryset = model.objects.all()
        if model is Page:
            # Not the tree root nor bare wagtailcore pages (Wagtail's "welcome" page).
            queryset = queryset.filter(depth__gt=1).exclude(content_type__app_label="wagtailcore")
        keys = set(queryset.values_list("translation_key", flat=True))
        all_statuses = list(statuses_for_keys(model, keys).values())
        for locale in locales:
            counts = {"missing": 0, "in_progress": 0, "machine": 0, "stale": 0, "complete": 0}
            for statuses in all_statuses:
                found = next(s for s in statuses if s.locale == locale)
                if not found.is_source:
                    counts[found.state] += 1
            rows.append({"kind": name, "locale": locale, "total": sum(counts.values()), **counts})
    return rows
