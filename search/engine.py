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
  use `baltic_unaccent` (simple + unaccent, made by the search app's migrations), so "Liepaja"
  finds "Liepāja".
- SQLite (the embedded default): an FTS5 index per app (`cms_search_index` for pages,
  `directory_search_index` for entries, created by their apps' migrations) with the
  `unicode61 remove_diacritics 2` tokenizer, so case and accents are ignored as on PostgreSQL.
  Each query word matches as a prefix or whole word ("liepa" finds "Liepājas"), ranked with
  `bm25` (title weighs most), highlighted with `highlight()`/`snippet()`. User text never
  reaches FTS5 as syntax: every word becomes a quoted string (see `fts_query`).

  The index is an external-content FTS5 table: `<app>_search_text` keeps the original text,
  which `highlight()` and `snippet()` read, while the index holds the words folded by
  `fold_text` as well (Ł→L, ø→o, ß→ss: letters that `remove_diacritics` keeps), so "Lodz" finds
  "Łódź". Folding maps letters to letters, so both texts split into the same tokens and the
  highlights fall on the right words. Hence the index is only ever written through
  `store_fts_documents`, never with FTS5's 'rebuild' (which would index the unfolded text).

Both are refreshed on save (`refresh_on_save`) and delete (`forget_on_delete`), and by
`update_search_documents`. Search looks at the merged set of a locale chain, as listings do
(`core.visibility.best_versions`): each object once, in the first locale of the chain that has
it visible, and a hit is an object of that set whose text matches, each row in its own
locale's configuration on PostgreSQL.
"""

import html
import json
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple, overload

from django.apps import apps
from django.conf import settings
from django.contrib.postgres.search import (
    SearchConfig,
    SearchQuery,
    SearchRank,
    SearchVector,
    SearchVectorField,
)
from django.db import connection, connections, transaction
from django.db.backends.base.schema import BaseDatabaseSchemaEditor
from django.db.models import (
    Case,
    CharField,
    F,
    FloatField,
    Func,
    Manager,
    Model,
    Q,
    QuerySet,
    TextField,
    Value,
    When,
)
from django.db.models.expressions import Combinable, CombinedExpression
from django.db.models.functions import Cast
from django.utils.html import strip_tags
from wagtail.models import Page

from core.visibility import Chain

from .models import Searchable

# PostgreSQL text-search configurations per locale: the language's stemmer (`SELECT cfgname
# FROM pg_ts_config`) after unaccent, made by the search app's migrations; a locale without one
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
# At most this many query words are matched (each is a prefix search on SQLite).
MAX_QUERY_WORDS = 10
# Minimum pg_trgm word_similarity for an autocomplete suggestion that is not a prefix match.
AUTOCOMPLETE_SIMILARITY = 0.45
# Shorter texts match by prefix only (three letters are similar to too much).
AUTOCOMPLETE_FUZZY_FROM = 4
HEADLINE_OPTIONS = "StartSel=<mark>, StopSel=</mark>, MaxWords=30, MinWords=12, MaxFragments=2"
# Text beyond this is not highlighted (ts_headline's cost grows with the document).
HEADLINE_TEXT_LIMIT = 20_000


def kind_of(model: type[Model]) -> str:
    """The `kind` of a model's hits: its model name."""
    name = model._meta.model_name
    assert name is not None  # set when the model class is made
    return name


def searchable_models() -> dict[str, type[Searchable]]:
    """Every searchable kind, by model name (the `kind` of a hit), in app registry order."""
    return {kind_of(model): model for model in apps.get_models() if issubclass(model, Searchable)}


# SQLite FTS5: the columns of `<app>_search_text` and `<app>_search_index`, by weight: the title
# (or name) alone, so autocomplete and highlights can use it; the other A fields; B; C; the
# strings of a page's body (D). bm25 weighs them as ts_rank weighs A-D.
FTS_COLUMNS = ("title", "a", "b", "c", "d")
FTS_WEIGHTS = (1.0, 1.0, 0.4, 0.2, 0.1)
FTS_TOKENIZER = "unicode61 remove_diacritics 2"
# Text columns an excerpt is taken from, in order of preference, and its length in words.
EXCERPT_COLUMNS = (2, 4, 3)
EXCERPT_WORDS = 30
# Letters that NFD does not split into a base letter and a diacritic, so that
# `remove_diacritics` keeps them; PostgreSQL's unaccent folds them the same way.
FOLDED = str.maketrans(
    {
        "Ł": "L", "ł": "l", "Ø": "O", "ø": "o", "Đ": "D", "đ": "d", "Ð": "D", "ð": "d",
        "Ħ": "H", "ħ": "h", "\u0131": "i", "Ŧ": "T", "ŧ": "t", "Æ": "AE", "æ": "ae",
        "Œ": "OE", "œ": "oe", "ß": "ss", "Þ": "TH", "þ": "th",
    }
)  # fmt: skip
# Markers for highlight()/snippet(): control characters, removed from the stored text.
MARK_START, MARK_END, ELLIPSIS = "\x01", "\x02", "\x03"
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
# A word the tokenizer keeps something of (unicode61 splits on everything else, "_" too).
HAS_TOKEN = re.compile(r"[^\W_]")
QUERY_TERM = re.compile(r'(-?)(?:"([^"]*)"?|([^\s"]+))')


# (field, weight) pairs, as Searchable.search_weights.
Weights = Sequence[tuple[str, str]]
# SQL and its parameters.
Sql = tuple[str, list[Any]]


class Match(NamedTuple):
    """A matching object, as the search SQL gives it."""

    kind: str
    pk: int
    score: float


class Suggestion(NamedTuple):
    """An autocomplete match, as the suggestion SQL gives it."""

    kind: str
    pk: int
    score: float
    name: str


class Completion(NamedTuple):
    """An autocomplete suggestion: the object and how well its name matches."""

    kind: str
    obj: Searchable
    score: float


@dataclass
class Hit:
    obj: Searchable
    score: float
    highlight: str = ""


@dataclass
class SearchResult:
    total_count: int
    hits: list[Hit] = field(default_factory=list)


def is_postgres() -> bool:
    return connection.vendor == "postgresql"


def text_config(locale_code: str) -> str:
    configs: dict[str, str] = {**TEXT_CONFIGS, **getattr(settings, "SEARCH_TEXT_CONFIGS", {})}
    return configs.get(locale_code, UNACCENT_CONFIG)


def searchable_queryset(model: type[Searchable], chain: Chain) -> QuerySet[Any]:
    """The merged set of a locale chain that search looks through: each visible object of model
    once, in the first locale of the chain that has it."""
    return model.searchable_set(chain)


class JsonbToTsvector(Func):
    """Words of the strings in a JSON document (StreamField bodies), keys left out."""

    function = "jsonb_to_tsvector"
    template = "%(function)s(%(expressions)s, '[\"string\"]')"


def document_vector(fields: Weights, with_body: bool, config: str | Combinable) -> Combinable:
    """The weighted tsvector of fields (and a page's body strings at weight D) in config, a
    configuration name or an expression giving one per row."""
    vector: Combinable | None = None
    for name, weight in fields:
        part = SearchVector(name, config=config, weight=weight)
        vector = part if vector is None else vector + part
    assert vector is not None  # a searchable kind has at least its title field
    if with_body:
        words = JsonbToTsvector(SearchConfig.from_parameter(config), F("body"))
        body = Func(words, Value("D"), function="setweight", output_field=SearchVectorField())
        vector = CombinedExpression(vector, "||", body, output_field=SearchVectorField())
    return vector


def locale_config_expression(locale_field: str = "locale__language_code") -> Case:
    """Each row's text-search configuration, chosen by its locale (as text_config does)."""
    configs: dict[str, str] = {**TEXT_CONFIGS, **getattr(settings, "SEARCH_TEXT_CONFIGS", {})}
    return Case(
        *[When(**{locale_field: code}, then=Value(name)) for code, name in configs.items()],
        default=Value(UNACCENT_CONFIG),
        output_field=CharField(),
    )


def store_documents(
    model: type[Model],
    fields: Weights,
    with_body: bool,
    pks: Iterable[int] | None = None,
    using: str = "default",
) -> int:
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
    primary_key = model._meta.pk
    assert primary_key is not None and primary_key.column is not None  # a concrete model's
    pk_column = connections[using].ops.quote_name(primary_key.column)
    with connections[using].cursor() as cursor:
        cursor.execute(
            f"UPDATE {table} SET search_document = d.document FROM ({sql}) AS d(pk, document) "
            f"WHERE {table}.{pk_column} = d.pk",
            params,
        )
        rowcount: int = cursor.rowcount
        return rowcount


@overload
def fold_text(text: str) -> str: ...
@overload
def fold_text(text: None) -> None: ...
def fold_text(text: str | None) -> str | None:
    """text with the letters `remove_diacritics` keeps folded (see the module docstring)."""
    return text.translate(FOLDED) if text else text


def clean_text(text: str | None) -> str:
    """Plain text of a field that may hold HTML: tags removed, entities decoded, spaces
    collapsed, and no control characters (they mark highlights)."""
    if not text:
        return ""
    return CONTROL.sub(" ", html.unescape(" ".join(strip_tags(text).split())))


def fts_tables(app_label: str) -> tuple[str, str]:
    """The content table and the FTS5 index of an app's searchable models (SQLite)."""
    return f"{app_label}_search_text", f"{app_label}_search_index"


def create_fts_tables(app_label: str, schema_editor: BaseDatabaseSchemaEditor) -> None:
    """SQLite: the FTS5 tables of an app (for its migration)."""
    content, index = fts_tables(app_label)
    columns = ", ".join(FTS_COLUMNS)
    schema_editor.execute(
        f"CREATE TABLE IF NOT EXISTS {content} (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, "
        f"object_id INTEGER NOT NULL, locale_id INTEGER NOT NULL, "
        f"{', '.join(f'{name} TEXT' for name in FTS_COLUMNS)}, UNIQUE (kind, object_id))"
    )
    schema_editor.execute(
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {index} USING fts5({columns}, "
        f"content='{content}', content_rowid='id', tokenize='{FTS_TOKENIZER}')"
    )


def ensure_search_tables(using: str = "default", **kwargs: Any) -> None:
    """post_migrate: the GIN index of every searchable table (PostgreSQL) or the FTS5 tables of
    every app with searchable models (SQLite), made if missing."""
    connection = connections[using]
    models = searchable_models().values()
    with connection.schema_editor() as editor:
        if connection.vendor == "postgresql":
            for model in models:
                table = model._meta.db_table
                editor.execute(
                    f"CREATE INDEX IF NOT EXISTS {table}_search_document ON {table} "
                    "USING gin (search_document)"
                )
        elif connection.vendor == "sqlite":
            for app_label in sorted({model._meta.app_label for model in models}):
                create_fts_tables(app_label, editor)


def drop_fts_tables(app_label: str, schema_editor: BaseDatabaseSchemaEditor) -> None:
    for table in reversed(fts_tables(app_label)):
        schema_editor.execute(f"DROP TABLE IF EXISTS {table}")


def fts_row(fields: Weights, values: Sequence[str | None], body_json: str | None) -> list[str]:
    """The FTS5 columns of one object from its field values and its body's JSON."""
    columns: dict[str, list[str]] = {name: [] for name in FTS_COLUMNS}
    for position, ((_name, weight), value) in enumerate(zip(fields, values, strict=True)):
        column = "title" if position == 0 else weight.lower()
        columns[column].append(clean_text(value))
    if body_json:
        columns["d"] += [clean_text(text) for text in stream_strings(json.loads(body_json))]
    return [" ".join(part for part in columns[name] if part) for name in FTS_COLUMNS]


def chunked(pks: Iterable[int] | None, size: int = 500) -> list[list[int] | None]:
    """pks in slices (SQLite limits a statement's parameters); [None] for all rows."""
    if pks is None:
        return [None]
    listed = list(pks)
    return [listed[start : start + size] for start in range(0, len(listed), size)]


def store_fts_documents(
    model: type[Model],
    fields: Weights,
    with_body: bool,
    pks: Iterable[int] | None = None,
    using: str = "default",
) -> int:
    """SQLite: replace the FTS5 rows of model's objects (all, or those with these pks; objects
    that no longer exist lose theirs). Returns the rows written.

    Takes the fields explicitly so that migrations can call it with their historical models.
    """
    db = connections[using]
    if db.vendor != "sqlite":
        return 0
    content, index = fts_tables(model._meta.app_label)
    kind = kind_of(model)
    columns = ", ".join(FTS_COLUMNS)
    placeholders = ", ".join(["%s"] * len(FTS_COLUMNS))
    names = [name for name, _weight in fields]
    rows: QuerySet[Any] = model._base_manager.using(using).order_by("pk")
    if with_body:
        rows = rows.annotate(body_json=Cast("body", TextField()))
    rows = rows.values_list("pk", "locale_id", *names, *(["body_json"] if with_body else []))

    def index_rows(where: str, params: list[Any], delete: bool = False) -> None:
        """Add the content rows matching where to the index, folded; or take them out (an
        external-content index forgets a row given the text it indexed)."""
        cursor.execute(f"SELECT id, {columns} FROM {content} WHERE {where}", params)
        found = [(pk, *map(fold_text, texts)) for pk, *texts in cursor.fetchall()]
        if delete:
            target, values = f"{index}, rowid, {columns}", f"'delete', %s, {placeholders}"
        else:
            target, values = f"rowid, {columns}", f"%s, {placeholders}"
        cursor.executemany(f"INSERT INTO {index} ({target}) VALUES ({values})", found)

    written = 0
    with transaction.atomic(using=using), db.cursor() as cursor:
        for chunk in chunked(pks):
            where = "kind = %s"
            params: list[Any] = [kind]
            if chunk is not None:
                where += f" AND object_id IN ({', '.join(['%s'] * len(chunk))})"
                params += chunk
            index_rows(where, params, delete=True)
            cursor.execute(f"DELETE FROM {content} WHERE {where}", params)
            found = rows if chunk is None else rows.filter(pk__in=chunk)
            documents = [
                (
                    kind,
                    pk,
                    locale_id,
                    *fts_row(fields, values[: len(fields)], values[-1] if with_body else None),
                )
                for pk, locale_id, *values in found.iterator(chunk_size=2000)
            ]
            cursor.executemany(
                f"INSERT INTO {content} (kind, object_id, locale_id, {columns}) "
                f"VALUES (%s, %s, %s, {placeholders})",
                documents,
            )
            index_rows(where, params)
            written += len(documents)
    return written


def update_search_documents(
    model: type[Searchable], pks: Iterable[int] | None = None, using: str = "default"
) -> int:
    """Refresh the stored search documents (PostgreSQL) or FTS5 rows (SQLite) of a searchable
    model, all or those with these pks (after bulk_create, raw updates, or a change of
    SEARCH_TEXT_CONFIGS)."""
    store = store_fts_documents if connections[using].vendor == "sqlite" else store_documents
    return store(model, model.search_weights, model.search_body, pks, using)


def searchable_model(instance: Model) -> type[Searchable] | None:
    """The searchable model that holds instance's search document, or None."""
    model = type(instance)
    if issubclass(model, Searchable):
        return model
    if isinstance(instance, Page):
        # A plain Page saved (e.g. by a generic admin action): refresh its specific row.
        specific = instance.specific_class
        return specific if specific and issubclass(specific, Searchable) else None
    return None


def refresh_on_save(
    sender: type[Model],
    instance: Model,
    raw: bool = False,
    using: str = "default",
    update_fields: Iterable[str] | None = None,
    **kwargs: Any,
) -> None:
    """post_save: store the saved object's search document (PostgreSQL) or FTS5 row (SQLite),
    from the row as saved in the database."""
    if raw or connections[using].vendor not in ("postgresql", "sqlite"):
        return
    model = searchable_model(instance)
    if model is None:
        return
    if update_fields is not None:
        wanted = {name for name, _weight in model.search_weights} | {"locale", "locale_id"}
        if model.search_body:
            wanted.add("body")
        if not wanted & set(update_fields):
            return
    update_search_documents(model, [instance.pk], using)


def forget_on_delete(
    sender: type[Model], instance: Model, using: str = "default", **kwargs: Any
) -> None:
    """post_delete: drop a deleted object's FTS5 row (SQLite; on PostgreSQL the document goes
    with the row). Deleting a page deletes its specific row, which sends this too."""
    if connections[using].vendor == "sqlite" and isinstance(instance, Searchable):
        update_search_documents(type(instance), [instance.pk], using)


def chain_configs(chain: Chain) -> dict[str, list[int]]:
    """The chain's locale ids by text-search configuration."""
    configs: dict[str, list[int]] = {}
    for code, locale_id in zip(chain.codes, chain.ids, strict=True):
        configs.setdefault(text_config(code), []).append(locale_id)
    return configs


def ranked_postgres(kind: str, queryset: QuerySet[Any], chain: Chain, text: str) -> QuerySet[Any]:
    """Rows whose stored search document matches the query in the row's own locale's
    configuration (one constant tsquery per configuration, so the GIN index serves each)."""
    matches, ranks = Q(), []
    for config, ids in chain_configs(chain).items():
        query = SearchQuery(text, config=config, search_type="websearch")
        matches |= Q(locale_id__in=ids, search_document=query)
        ranks.append(When(locale_id__in=ids, then=SearchRank(F("search_document"), query)))
    ranked: QuerySet[Any] = (
        queryset.filter(matches)
        .annotate(kind=Value(kind), score=Case(*ranks, output_field=FloatField()))
        .order_by()
        .values_list("kind", "pk", "score")
    )
    return ranked


def matches_postgres(text: str, chain: Chain, kinds: list[str]) -> Sql:
    """SQL of the matching (kind, pk, score) rows of kinds in the chain's merged set."""
    parts = [
        ranked_postgres(kind, searchable_queryset(searchable_models()[kind], chain), chain, text)
        for kind in kinds
    ]
    combined = parts[0].union(*parts[1:], all=True) if len(parts) > 1 else parts[0]
    sql, params = combined.query.sql_with_params()
    return f"SELECT * FROM ({sql}) AS m(kind, pk, score)", list(params)


def fts_string(text: str) -> str:
    """text as an FTS5 string: quoted, so none of it is syntax ("AND", "*", ":", "NEAR(")."""
    return '"' + fold_text(text).replace('"', '""') + '"'


def fts_query(text: str) -> str | None:
    """A websearch-style query (words, "quoted phrases", `or`, `-word`) as FTS5 syntax, or None
    if nothing in it can match. Each word matches as a whole word or a prefix."""
    groups: list[tuple[list[str], list[str]]] = [([], [])]
    terms = 0
    for negated, phrase, word in QUERY_TERM.findall(text):
        if word.lower() == "or" and not negated:
            groups.append(([], []))
            continue
        words = phrase or word
        if not HAS_TOKEN.search(words) or terms == MAX_QUERY_WORDS:
            continue
        terms += 1
        term = fts_string(words) if phrase else fts_string(words) + "*"
        groups[-1][1 if negated else 0].append(term)
    alternatives = [
        "(" + " AND ".join(positive) + ")" + "".join(f" NOT {term}" for term in negative)
        for positive, negative in groups
        if positive
    ]
    return " OR ".join(alternatives) or None


def fts_in_merged_set(chain: Chain, kinds: Iterable[str]) -> dict[str, Sql]:
    """Per app: an SQL condition on the content table `t` keeping rows of kinds whose object is
    in the chain's merged set, and its parameters."""
    conditions: dict[str, tuple[list[str], list[Any]]] = {}
    for kind in kinds:
        model = searchable_models()[kind]
        sql, params = searchable_queryset(model, chain).values("pk").query.sql_with_params()
        where, where_params = conditions.setdefault(model._meta.app_label, ([], []))
        where.append(f"(t.kind = %s AND t.object_id IN ({sql}))")
        where_params += [kind, *params]
    return {app: (" OR ".join(where), params) for app, (where, params) in conditions.items()}


def matches_sqlite(text: str, chain: Chain, kinds: list[str]) -> Sql | None:
    """SQL of the matching (kind, pk, score) rows of kinds in the chain's merged set."""
    query = fts_query(text)
    if query is None:
        return None
    weights = ", ".join(str(weight) for weight in FTS_WEIGHTS)
    parts: list[str] = []
    params: list[Any] = []
    for app, (merged, merged_params) in fts_in_merged_set(chain, kinds).items():
        content, index = fts_tables(app)
        parts.append(
            f"SELECT t.kind AS kind, t.object_id AS pk, -bm25({index}, {weights}) AS score "
            f"FROM {index} JOIN {content} t ON t.id = {index}.rowid "
            f"WHERE {index} MATCH %s AND ({merged})"
        )
        params += [query, *merged_params]
    return " UNION ALL ".join(parts), params


def counted_page(sql: str, params: list[Any], offset: int, limit: int) -> tuple[int, list[Match]]:
    """A page of the (kind, pk, score) rows of sql, best first, and their number, in one query
    when the page is not empty (a window count: the matching runs once, not once for the count
    and once for the page)."""
    with connection.cursor() as cursor:
        if limit > 0:
            cursor.execute(
                f"SELECT u.kind, u.pk, u.score, COUNT(*) OVER () FROM ({sql}) AS u "
                "ORDER BY u.score DESC, u.kind ASC, u.pk ASC LIMIT %s OFFSET %s",
                [*params, limit, offset],
            )
            found = cursor.fetchall()
            if found:
                total: int = found[0][3]
                return total, [Match(kind, pk, score) for kind, pk, score, _total in found]
        cursor.execute(f"SELECT COUNT(*) FROM ({sql}) AS u", params)
        (count,) = cursor.fetchone()
        return count, []


def plain_text(obj: Searchable) -> str:
    """The human-readable text of an object, for snippets."""
    parts = [getattr(obj, name) for name in obj.search_excerpt_fields]
    if obj.search_body:
        parts += list(stream_strings(list(obj.body.raw_data)))
    text = " ".join(clean_text(part) for part in parts if part)
    return text[:HEADLINE_TEXT_LIMIT]


def title_of(obj: Searchable) -> str:
    return obj.search_title()


def stream_strings(raw: object) -> Iterator[str]:
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


def headlines_postgres(texts: list[str], configs: list[str], query: str) -> list[str]:
    """ts_headline of each text, in its own configuration."""
    if not texts:
        return []
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT ts_headline(c::regconfig, t, websearch_to_tsquery(c::regconfig, %s), %s) "
            "FROM unnest(%s::text[], %s::text[]) WITH ORDINALITY AS x(t, c, n) ORDER BY n",
            [query, HEADLINE_OPTIONS, [html.escape(t) for t in texts], configs],
        )
        return [headline for (headline,) in cursor.fetchall()]


def highlights_postgres(objects: list[Searchable], text: str) -> list[str]:
    """An excerpt of each object's text with the matches marked; the title when only the title
    (or name) matched."""
    if not objects:
        return []
    configs = [text_config(obj.locale.language_code) for obj in objects]
    texts = [plain_text(obj) for obj in objects] + [title_of(obj) for obj in objects]
    marked = headlines_postgres(texts, configs * 2, text)
    bodies, titles = marked[: len(objects)], marked[len(objects) :]
    return [
        title if "<mark>" not in body and "<mark>" in title else body
        for body, title in zip(bodies, titles, strict=True)
    ]


def marked_html(text: str) -> str:
    """highlight()/snippet() output, HTML-escaped, its markers as `<mark>` and "…"."""
    escaped = html.escape(text or "")
    return escaped.replace(MARK_START, "<mark>").replace(MARK_END, "</mark>").replace(ELLIPSIS, "…")


def highlights_sqlite(rows: list[Match], text: str) -> dict[tuple[str, int], str]:
    """(kind, pk) -> an excerpt of the first text column with a match (the description, then
    the body, then the rest), else the title if it matched, as highlights_postgres."""
    query = fts_query(text)
    by_app: dict[str, list[tuple[str, int]]] = {}
    for row in rows:
        app_label = searchable_models()[row.kind]._meta.app_label
        by_app.setdefault(app_label, []).append((row.kind, row.pk))
    marks = f"char({ord(MARK_START)}), char({ord(MARK_END)})"
    found: dict[tuple[str, int], str] = {}
    for app, keys in by_app.items():
        content, index = fts_tables(app)
        snippets = ", ".join(
            f"snippet({index}, {column}, {marks}, char({ord(ELLIPSIS)}), {EXCERPT_WORDS})"
            for column in EXCERPT_COLUMNS
        )
        wanted = " OR ".join(["(t.kind = %s AND t.object_id = %s)"] * len(keys))
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT t.kind, t.object_id, highlight({index}, 0, {marks}), {snippets} "
                f"FROM {index} JOIN {content} t ON t.id = {index}.rowid "
                f"WHERE {index} MATCH %s AND ({wanted})",
                [query, *[value for key in keys for value in key]],
            )
            for kind, pk, title, *excerpts in cursor.fetchall():
                matched = [excerpt for excerpt in excerpts if excerpt and MARK_START in excerpt]
                if matched:
                    chosen = matched[0]
                elif title and MARK_START in title:
                    chosen = title
                else:
                    chosen = next((excerpt for excerpt in excerpts if excerpt), "")
                found[kind, pk] = marked_html(chosen)
    return found


def load_objects(rows: Iterable[Match | Suggestion]) -> dict[tuple[str, int], Searchable]:
    """(kind, pk) -> the object of each row: one query per kind."""
    by_kind: dict[str, list[int]] = {}
    for row in rows:
        by_kind.setdefault(row.kind, []).append(row.pk)
    objects: dict[tuple[str, int], Searchable] = {}
    for kind, pks in by_kind.items():
        manager: Manager[Searchable] = searchable_models()[kind]._default_manager
        # The plugin knows no `locale` on the abstract Searchable; every concrete kind has one.
        for obj in manager.filter(pk__in=pks).select_related("locale"):  # type: ignore[misc]
            objects[(kind, obj.pk)] = obj
    return objects


def search(text: str, chain: Chain, kinds: list[str], offset: int, limit: int) -> SearchResult:
    """Objects of kinds in the chain's merged set (visible pages and entries, each once, in the
    first locale of the chain that has it) whose text matches, best first."""
    matches: Sql | None = None
    if kinds:
        matches = (matches_postgres if is_postgres() else matches_sqlite)(text, chain, kinds)
    if matches is None:
        return SearchResult(total_count=0)
    total, found = counted_page(*matches, offset, limit)
    objects = load_objects(found)
    rows = [row for row in found if (row.kind, row.pk) in objects]
    hits = [Hit(objects[row.kind, row.pk], float(row.score)) for row in rows]
    if is_postgres():
        highlights = highlights_postgres([hit.obj for hit in hits], text)
    else:
        by_key = highlights_sqlite(rows, text) if rows else {}
        highlights = [by_key.get((row.kind, row.pk), "") for row in rows]
    for hit, highlight in zip(hits, highlights, strict=True):
        hit.highlight = highlight
    return SearchResult(total_count=total, hits=hits)


class UnaccentLower(Func):
    function = "baltic_unaccent_lower"
    output_field = CharField()


def autocomplete_where(model: type[Model], fuzzy: bool) -> str:
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


def suggestions_postgres(text: str, chain: Chain, kinds: list[str], limit: int) -> list[Suggestion]:
    """(kind, pk, score, name) of names starting with text (or a word of them) or close to it."""
    set_similarity_threshold()
    wanted = text.lower()
    fuzzy = len(text) >= AUTOCOMPLETE_FUZZY_FROM
    parts = []
    for kind in kinds:
        model = searchable_models()[kind]
        # baltic_unaccent_lower(name) has a trigram index: LIKE and <% use it.
        queryset = (
            searchable_queryset(model, chain)
            .annotate(kind=Value(kind), plain=UnaccentLower("name"))
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
        parts.append(queryset.order_by().values_list("kind", "pk", "score", "name"))
    combined = parts[0].union(*parts[1:], all=True) if len(parts) > 1 else parts[0]
    return [Suggestion(*row) for row in combined.order_by("-score", "name", "pk")[:limit]]


def suggestions_sqlite(text: str, chain: Chain, kinds: list[str], limit: int) -> list[Suggestion]:
    """(kind, pk, score, name) of names with the text at the start of a word (accents and case
    ignored), those starting with it first."""
    if not HAS_TOKEN.search(text):
        return []
    phrase = fts_string(text) + "*"
    parts: list[str] = []
    params: list[Any] = []
    for app, (merged, merged_params) in fts_in_merged_set(chain, kinds).items():
        content, index = fts_tables(app)
        parts.append(
            f"SELECT t.kind AS kind, t.object_id AS pk, CASE WHEN {index}.rowid IN "
            f"(SELECT rowid FROM {index} WHERE {index} MATCH %s) THEN 2.0 ELSE 1.0 END AS score, "
            f"t.title AS name FROM {index} JOIN {content} t ON t.id = {index}.rowid "
            f"WHERE {index} MATCH %s AND ({merged})"
        )
        params += [f"title : ^ {phrase}", f"title : {phrase}", *merged_params]
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT * FROM ({' UNION ALL '.join(parts)}) AS u "
            "ORDER BY u.score DESC, u.name ASC, u.pk ASC LIMIT %s",
            [*params, limit],
        )
        return [Suggestion(*row) for row in cursor.fetchall()]


def autocomplete(text: str, chain: Chain, kinds: list[str], limit: int) -> list[Completion]:
    """Directory entries of the chain's merged set whose name starts with text (any word of it,
    accents ignored), or, on PostgreSQL, is close to it (pg_trgm word similarity):
    [(kind, entry, score)]."""
    text = text.strip()
    if not kinds:
        return []
    find: Callable[[str, Chain, list[str], int], list[Suggestion]] = (
        suggestions_postgres if is_postgres() else suggestions_sqlite
    )
    rows = find(text, chain, kinds, limit)
    objects = load_objects(rows)
    return [
        Completion(row.kind, objects[(row.kind, row.pk)], float(row.score))
        for row in rows
        if (row.kind, row.pk) in objects
    ]
