"""Multilingual full-text search over visible pages and directory entries.

Why not Wagtail's search backend: its database backend keeps one `SEARCH_CONFIG` per backend
(every language stemmed the same way), indexes drafts and private pages that we would have to
filter again, and its index is only as fresh as the last `update_index`. Our content is a few
thousand pages and the directory's entries, so the database can match them directly with the
right text-search configuration per locale, through the same visibility filters every other
API path uses (`visible_pages`, `visible_entries`). For much larger deployments, point
`WAGTAILSEARCH_BACKENDS` at Elasticsearch/OpenSearch (see README) and swap `search()` here.

- PostgreSQL: `to_tsvector(config, ...) @@ websearch_to_tsquery(config, query)`, ranked with
  `ts_rank` (title weighs most), highlighted with `ts_headline`. Locales PostgreSQL has a
  stemmer for use it (a Danish query stems as Danish); the others (Latvian, Estonian, Polish)
  use `baltic_unaccent` (simple + unaccent, made by graphql_api's migration), so "Liepaja"
  finds "Liepāja".
- SQLite (development, tests): every word must occur (case-insensitive, ASCII folding only)
  in one of the fields; the score counts the weighted fields that contain it.
"""

import html
import json
import re
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.postgres.search import (
    SearchConfig,
    SearchQuery,
    SearchRank,
    SearchVector,
    SearchVectorField,
)
from django.db import connection, connections
from django.db.models import Case, CharField, F, FloatField, Func, Q, Subquery, Value, When
from django.db.models.expressions import CombinedExpression
from django.db.models.functions import Greatest
from django.utils.html import strip_tags
from wagtail.models import Locale, Page, Site

from cms import models as cms_models
from cms.models.mixins import BasePage
from cms.visibility import visible_pages
from directory import models as directory_models

# PostgreSQL text-search configurations per locale: the language's stemmer (`SELECT cfgname
# FROM pg_ts_config`) after unaccent, made by graphql_api's migrations; a locale without one
# uses UNACCENT_CONFIG. SEARCH_TEXT_CONFIGS in settings overrides entries.
TEXT_CONFIGS = {
    "en": "baltic_english",
    "da": "baltic_danish",
    "de": "baltic_german",
    "fi": "baltic_finnish",
    "lt": "baltic_lithuanian",
    "nb": "baltic_norwegian",
    "sv": "baltic_swedish",
}
UNACCENT_CONFIG = "baltic_unaccent"
MAX_QUERY_LENGTH = 200
# Minimum pg_trgm word_similarity for an autocomplete suggestion that is not a prefix match.
AUTOCOMPLETE_SIMILARITY = 0.45
# Shorter texts match by prefix only (three letters are similar to too much).
AUTOCOMPLETE_FUZZY_FROM = 4
HEADLINE_OPTIONS = "StartSel=<mark>, StopSel=</mark>, MaxWords=30, MinWords=12, MaxFragments=2"
SNIPPET_CHARS = 200
# Text beyond this is not highlighted (ts_headline's cost grows with the document).
HEADLINE_TEXT_LIMIT = 20_000

# Searchable models: kind (a stable name) -> model, weighted fields (A weighs most).
PAGE_FIELDS = [("title", "A"), ("seo_title", "A"), ("search_description", "B"), ("intro", "B")]
SEARCHABLE = {
    "homepage": (cms_models.HomePage, PAGE_FIELDS),
    "articleindexpage": (cms_models.ArticleIndexPage, PAGE_FIELDS),
    "articlepage": (cms_models.ArticlePage, PAGE_FIELDS),
    "policyrecommendationindexpage": (cms_models.PolicyRecommendationIndexPage, PAGE_FIELDS),
    "policyrecommendationpage": (
        cms_models.PolicyRecommendationPage,
        [*PAGE_FIELDS, ("summary", "B"), ("target_audience", "C")],
    ),
    "teachingmaterialindexpage": (cms_models.TeachingMaterialIndexPage, PAGE_FIELDS),
    "teachingmaterialpage": (cms_models.TeachingMaterialPage, PAGE_FIELDS),
    "eventindexpage": (cms_models.EventIndexPage, PAGE_FIELDS),
    "eventpage": (cms_models.EventPage, [*PAGE_FIELDS, ("venue_name", "C"), ("city", "C")]),
    "socialenterprise": (
        directory_models.SocialEnterprise,
        [("name", "A"), ("short_description", "B"), ("description", "C"), ("city", "C")],
    ),
    "supportorganisation": (
        directory_models.SupportOrganisation,
        [("name", "A"), ("short_description", "B"), ("description", "C"), ("city", "C")],
    ),
}
WEIGHT_SCORES = {"A": 1.0, "B": 0.4, "C": 0.2, "D": 0.1}


@dataclass
class Hit:
    obj: object
    score: float
    highlight: str = ""


@dataclass
class SearchResult:
    total_count: int
    hits: list[Hit] = field(default_factory=list)


def is_postgres() -> bool:
    return connection.vendor == "postgresql"


def text_config(locale_code: str) -> str:
    configs = {**TEXT_CONFIGS, **getattr(settings, "SEARCH_TEXT_CONFIGS", {})}
    return configs.get(locale_code, UNACCENT_CONFIG)


def is_page_model(model) -> bool:
    return issubclass(model, BasePage)


def base_queryset(model, locale_id: int):
    """Visible objects of model in the locale (pages: under the locale's home)."""
    if is_page_model(model):
        # Under the default site's home in that locale, as every page listing.
        root_key = Site.objects.filter(is_default_site=True).values("root_page__translation_key")
        home = Page.objects.filter(
            translation_key=Subquery(root_key[:1]), locale_id=locale_id
        ).values("path")
        return visible_pages(
            model.objects.filter(locale_id=locale_id, path__startswith=Subquery(home[:1]))
        )
    return directory_models.visible_entries(model.objects.filter(locale_id=locale_id))


class JsonbToTsvector(Func):
    """Words of the strings in a JSON document (StreamField bodies), keys left out."""

    function = "jsonb_to_tsvector"
    template = "%(function)s(%(expressions)s, '[\"string\"]')"


def document_vector(fields, with_body: bool, config):
    """The weighted tsvector of fields (and a page's body strings at weight D) in config, a
    configuration name or an expression giving one per row."""
    vector = None
    for name, weight in fields:
        part = SearchVector(name, config=config, weight=weight)
        vector = part if vector is None else vector + part
    if with_body:
        body = JsonbToTsvector(SearchConfig.from_parameter(config), F("body"))
        body = Func(body, Value("D"), function="setweight", output_field=SearchVectorField())
        vector = CombinedExpression(vector, "||", body, output_field=SearchVectorField())
    return vector


SEARCHABLE_FIELDS = {model: fields for model, fields in SEARCHABLE.values()}


def locale_config_expression(locale_field: str = "locale__language_code"):
    """Each row's text-search configuration, chosen by its locale (as text_config does)."""
    configs = {**TEXT_CONFIGS, **getattr(settings, "SEARCH_TEXT_CONFIGS", {})}
    return Case(
        *[When(**{locale_field: code}, then=Value(name)) for code, name in configs.items()],
        default=Value(UNACCENT_CONFIG),
        output_field=CharField(),
    )


def store_documents(model, fields, with_body: bool, pks=None, using: str = "default") -> int:
    """PostgreSQL: compute and store the `search_document` of model's rows (all, or those
    with these pks) in one UPDATE, each in its locale's configuration. Returns rows updated.

    Takes the fields explicitly so that migrations can call it with their historical models.
    """
    if connections[using].vendor != "postgresql":
        return 0
    queryset = model._base_manager.using(using).all()
    if pks is not None:
        queryset = queryset.filter(pk__in=list(pks))
    documents = (
        queryset.annotate(document=document_vector(fields, with_body, locale_config_expression()))
        .order_by()
        .values_list("pk", "document")
    )
    sql, params = documents.query.sql_with_params()
    table = connections[using].ops.quote_name(model._meta.db_table)
    pk_column = connections[using].ops.quote_name(model._meta.pk.column)
    with connections[using].cursor() as cursor:
        cursor.execute(
            f"UPDATE {table} SET search_document = d.document FROM ({sql}) AS d(pk, document) "
            f"WHERE {table}.{pk_column} = d.pk",
            params,
        )
        return cursor.rowcount


def update_search_documents(model, pks=None, using: str = "default") -> int:
    """Refresh the stored search documents of a searchable model (after bulk_create, raw
    updates, or a change of SEARCH_TEXT_CONFIGS); no-op on SQLite."""
    return store_documents(model, SEARCHABLE_FIELDS[model], is_page_model(model), pks, using)


def searchable_model(instance):
    """The model in SEARCHABLE that holds instance's search document, or None."""
    model = type(instance)
    if model in SEARCHABLE_FIELDS:
        return model
    if isinstance(instance, Page) and not isinstance(instance, BasePage):
        # A plain Page saved (e.g. by a generic admin action): refresh its specific row.
        specific = instance.specific_class
        return specific if specific in SEARCHABLE_FIELDS else None
    return None


def refresh_on_save(sender, instance, raw=False, using="default", update_fields=None, **kwargs):
    """post_save: store the saved object's search document (PostgreSQL)."""
    if raw or connections[using].vendor != "postgresql":
        return
    model = searchable_model(instance)
    if model is None:
        return
    if update_fields is not None:
        wanted = {name for name, _weight in SEARCHABLE_FIELDS[model]} | {"locale", "locale_id"}
        if is_page_model(model):
            wanted.add("body")
        if not wanted & set(update_fields):
            return
    update_search_documents(model, [instance.pk], using)


def ranked_postgres(model, kind, queryset, config, text):
    """Rows whose stored search document matches (GIN index), ranked as before."""
    query = SearchQuery(text, config=config, search_type="websearch")
    return (
        queryset.filter(search_document=query)
        .annotate(kind=Value(kind), score=SearchRank(F("search_document"), query))
        .order_by()
        .values_list("kind", "pk", "score")
    )


def json_escaped(word: str) -> str:
    """How a word appears inside JSON text (StreamField bodies are stored with \\u escapes)."""
    return json.dumps(word)[1:-1]


def ranked_fallback(model, kind, queryset, text):
    words = [word for word in re.split(r"\W+", text) if word][:10]
    if not words:
        return (
            queryset.none()
            .annotate(kind=Value(kind), score=Value(0.0))
            .values_list("kind", "pk", "score")
        )
    fields = SEARCHABLE_FIELDS[model]
    score = Value(0.0)
    for word in words:
        matches = Q()
        for name, weight in fields:
            matches |= Q(**{f"{name}__icontains": word})
            score = score + Case(
                When(**{f"{name}__icontains": word}, then=Value(WEIGHT_SCORES[weight])),
                default=Value(0.0),
                output_field=FloatField(),
            )
        if is_page_model(model):
            matches |= Q(body__icontains=word) | Q(body__icontains=json_escaped(word))
        queryset = queryset.filter(matches)
    return (
        queryset.annotate(kind=Value(kind), score=Greatest(score, Value(0.1)))
        .order_by()
        .values_list("kind", "pk", "score")
    )


def plain_text(obj) -> str:
    """The human-readable text of an object, for snippets."""
    parts = []
    if is_page_model(type(obj)):
        parts += [obj.search_description, obj.intro]
        parts += [getattr(obj, "summary", "")]
        parts += list(stream_strings(list(obj.body.raw_data)))
    else:
        parts += [obj.short_description, obj.description]
    text = " ".join(" ".join(strip_tags(part).split()) for part in parts if part)
    return html.unescape(text)[:HEADLINE_TEXT_LIMIT]


def title_of(obj) -> str:
    return obj.title if is_page_model(type(obj)) else obj.name


def stream_strings(raw):
    if isinstance(raw, str):
        yield raw
    elif isinstance(raw, dict):
        if "type" in raw and "value" in raw:
            yield from stream_strings(raw["value"])
        else:
            for value in raw.values():
                yield from stream_strings(value)
    elif isinstance(raw, list | tuple):
        for item in raw:
            yield from stream_strings(item)


def headlines_postgres(texts: list[str], config: str, query: str) -> list[str]:
    if not texts:
        return []
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT ts_headline(%s::regconfig, t, websearch_to_tsquery(%s::regconfig, %s), %s) "
            "FROM unnest(%s::text[]) WITH ORDINALITY AS x(t, n) ORDER BY n",
            [config, config, query, HEADLINE_OPTIONS, [html.escape(t) for t in texts]],
        )
        return [row[0] for row in cursor.fetchall()]


def snippet_fallback(text: str, query: str) -> str:
    """A window of text around the first query word, the words marked (HTML-escaped)."""
    words = [re.escape(word) for word in re.split(r"\W+", query) if word][:10]
    if not words:
        return html.escape(text[:SNIPPET_CHARS])
    pattern = re.compile("|".join(words), re.IGNORECASE)
    match = pattern.search(text)
    start = max(0, match.start() - SNIPPET_CHARS // 3) if match else 0
    if start:
        start = text.find(" ", start) + 1 or start
    window = text[start : start + SNIPPET_CHARS]
    out, last = [], 0
    for found in pattern.finditer(window):
        out += [html.escape(window[last : found.start()]), f"<mark>{html.escape(found[0])}</mark>"]
        last = found.end()
    out.append(html.escape(window[last:]))
    more = start + SNIPPET_CHARS < len(text)
    return ("… " if start else "") + "".join(out) + (" …" if more else "")


def counted_page_postgres(combined, offset: int, limit: int):
    """One query for a page of (kind, pk, score) rows, best first, and the number of matches
    (a window count): the matching runs once instead of once for the count and once for the
    page. (None, []) when the page is past the end (the count is then unknown)."""
    sql, params = combined.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT u.kind, u.pk, u.score, COUNT(*) OVER () "
            f"FROM ({sql}) AS u(kind, pk, score) "
            "ORDER BY u.score DESC, u.kind ASC, u.pk ASC LIMIT %s OFFSET %s",
            [*params, limit, offset],
        )
        found = cursor.fetchall()
    if not found:
        return None, []
    return found[0][3], [row[:3] for row in found]


def search(text: str, locale_code: str, kinds: list[str], offset: int, limit: int) -> SearchResult:
    """Visible pages and entries of kinds in the locale matching text, best first."""
    config = text_config(locale_code)
    locale_id = Locale.objects.get(language_code=locale_code).pk
    parts = []
    for kind in kinds:
        model, _fields = SEARCHABLE[kind]
        queryset = base_queryset(model, locale_id)
        if is_postgres():
            parts.append(ranked_postgres(model, kind, queryset, config, text))
        else:
            parts.append(ranked_fallback(model, kind, queryset, text))
    if not parts:
        return SearchResult(total_count=0)
    combined = parts[0].union(*parts[1:], all=True) if len(parts) > 1 else parts[0]
    if is_postgres() and limit > 0:
        total, rows = counted_page_postgres(combined, offset, limit)
    else:
        total, rows = None, []
    if total is None:
        total = combined.count()
        if total == 0 or limit == 0:
            return SearchResult(total_count=total)
        rows = list(combined.order_by("-score", "kind", "pk")[offset : offset + limit])
    if not rows:
        return SearchResult(total_count=total)
    by_kind: dict[str, list[int]] = {}
    for kind, pk, _score in rows:
        by_kind.setdefault(kind, []).append(pk)
    objects = {}
    for kind, pks in by_kind.items():
        model, _fields = SEARCHABLE[kind]
        for obj in model.objects.filter(pk__in=pks).select_related("locale"):
            objects[(kind, obj.pk)] = obj
    hits = [Hit(objects[key[:2]], float(key[2])) for key in rows if key[:2] in objects]
    # The excerpt comes from the text; when only the title (or name) matched, from the title.
    texts = [plain_text(hit.obj) for hit in hits] + [title_of(hit.obj) for hit in hits]
    if is_postgres():
        highlights = headlines_postgres(texts, config, text)
    else:
        highlights = [snippet_fallback(t, text) for t in texts]
    pairs = zip(highlights[: len(hits)], highlights[len(hits) :], strict=True)
    for hit, (body, title) in zip(hits, pairs, strict=True):
        hit.highlight = title if "<mark>" not in body and "<mark>" in title else body
    return SearchResult(total_count=total, hits=hits)


class UnaccentLower(Func):
    function = "baltic_unaccent_lower"
    output_field = CharField()


def autocomplete_where(model, fuzzy: bool) -> str:
    """Name starts with the text, has a word starting with it, or (fuzzy) is close to it."""
    name = f'baltic_unaccent_lower("{model._meta.db_table}"."name")'
    typed = "baltic_unaccent_lower(%s)"
    conditions = [
        f"{name} LIKE replace(replace({typed}, '%%', '\\%%'), '_', '\\_') || '%%'",
        f"{name} LIKE '%% ' || replace(replace({typed}, '%%', '\\%%'), '_', '\\_') || '%%'",
    ]
    if fuzzy:
        conditions.append(f"{typed} <%% {name}")
    return "(" + " OR ".join(conditions) + ")"


def set_similarity_threshold() -> None:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT set_config('pg_trgm.word_similarity_threshold', %s, false)",
            [str(AUTOCOMPLETE_SIMILARITY)],
        )


def autocomplete(text: str, locale_code: str, kinds: list[str], limit: int) -> list[tuple]:
    """Directory entries whose name starts with text (any word of it), or, on PostgreSQL, is
    close to it (pg_trgm word similarity, accents ignored): [(kind, entry, score)]."""
    text = text.strip()
    locale_id = Locale.objects.get(language_code=locale_code).pk
    if is_postgres():
        set_similarity_threshold()
    parts = []
    for kind in kinds:
        model, _fields = SEARCHABLE[kind]
        queryset = base_queryset(model, locale_id)
        if is_postgres():
            # baltic_unaccent_lower(name) has a trigram index: LIKE and <% use it.
            wanted = text.lower()
            fuzzy = len(text) >= AUTOCOMPLETE_FUZZY_FROM
            queryset = (
                queryset.annotate(kind=Value(kind), plain=UnaccentLower("name"))
                .extra(
                    where=[autocomplete_where(model, fuzzy)],
                    params=[wanted] * (3 if fuzzy else 2),
                )
                .annotate(
                    score=Case(
                        When(plain__startswith=UnaccentLower(Value(wanted)), then=Value(2.0)),
                        default=Value(0.0),
                        output_field=FloatField(),
                    )
                    + Func(
                        UnaccentLower(Value(wanted)),
                        F("plain"),
                        function="word_similarity",
                        output_field=FloatField(),
                    )
                )
            )
        else:
            queryset = queryset.filter(
                Q(name__istartswith=text) | Q(name__icontains=f" {text}")
            ).annotate(
                kind=Value(kind),
                score=Case(
                    When(name__istartswith=text, then=Value(2.0)),
                    default=Value(1.0),
                    output_field=FloatField(),
                ),
            )
        parts.append(queryset.order_by().values_list("kind", "pk", "score", "name"))
    if not parts:
        return []
    combined = parts[0].union(*parts[1:], all=True) if len(parts) > 1 else parts[0]
    rows = list(combined.order_by("-score", "name", "pk")[:limit])
    objects = {}
    for kind in {row[0] for row in rows}:
        model, _fields = SEARCHABLE[kind]
        pks = [pk for k, pk, _s, _n in rows if k == kind]
        for obj in model.objects.filter(pk__in=pks).select_related("locale"):
            objects[(kind, obj.pk)] = obj
    return [
        (kind, objects[(kind, pk)], float(score))
        for kind, pk, score, _name in rows
        if (kind, pk) in objects
    ]
