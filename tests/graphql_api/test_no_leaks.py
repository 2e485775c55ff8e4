"""No hidden content through any field: walk the schema, query every Query field anonymously.

The database holds, beside visible content, every way content is hidden from the public:
draft, unpublished and view-restricted pages, children of a view-restricted page, expired
pages (past `expire_at` before and after cron flagged them), scheduled pages (live with
`go_live_at` ahead, and waiting for cron), a draft translation, an unpublished revision of a
live page; unapproved (draft, in moderation), expired and scheduled directory entries, an
entry's draft translation and an unpublished revision of a live entry; images and documents in
a view-restricted collection. Every one carries the marker `hidn` in its title or name, slug,
descriptions and file name, and hidden entries' impact values are HIDDEN_FIGURE or more, so
facet counts and sums that include them show too. Pages of every kind the API has a type for
(graphql_api.kinds) are made, hidden in each way and visible, by the model's factory in
tests/<app>/factories.py: a new kind is walked without a change here (and fails it if it has no
factory).

For every Query field a query is built from the schema itself: every scalar field, and nested
objects and lists (translations, related pages, bodies, blocks, results, facets, search hits)
down to DEPTH levels, with a fragment for every type behind an interface or union. Each field
is run with the arguments in VISIBLE (no marker may appear in the response) and with the
hidden items' own slugs, paths and words in HIDDEN (the response must be exactly the one for a
value that does not exist, `hidn` swapped for `nope`). A Query field that is neither covered
nor in SKIP fails the test, so a new field must be added here.
"""

import datetime
import json
import re
from collections import defaultdict

import pytest
from django.utils import timezone
from graphql import (
    GraphQLInterfaceType,
    GraphQLObjectType,
    GraphQLUnionType,
    get_named_type,
    is_leaf_type,
    is_non_null_type,
)
from graphql.pyutils import Undefined
from wagtail.models import Collection, CollectionViewRestriction, Locale, PageViewRestriction

from cms import models
from core.visibility import relative_url_path
from directory.models import (
    Country,
    Sector,
    SocialEnterprise,
    SupportOrganisation,
)
from graphql_api.kinds import PAGE_KINDS
from graphql_api.schema import schema
from tests.cms.factories import (
    ArticlePageFactory,
    DocumentFactory,
    ImageFactory,
    TopicFactory,
    block,
    translate,
)
from tests.directory.factories import (
    IndicatorValueFactory,
    JourneyEntryFactory,
    SectorFactory,
    SocialEnterpriseFactory,
    SupportOrganisationFactory,
    TargetGroupFactory,
)
from tests.helpers import factory_for

MARK = "hidn"
HIDDEN_FIGURE = 9_000_000
# Object levels expanded below each Query field; deeper objects get their scalar fields only.
DEPTH = 4

# Query fields not walked, each with the reason. Every other Query field must be in VISIBLE.
SKIP: dict[str, str] = {
    # Taxonomies have no drafts or privacy: every term is public vocabulary, listed in full
    # (also one only hidden entries use). Tested in tests/directory/test_taxonomies.py.
    "countries": "taxonomy terms are public vocabulary, not publishable content",
    "sectors": "taxonomy terms are public vocabulary, not publishable content",
    "targetGroups": "taxonomy terms are public vocabulary, not publishable content",
}


class Enum(str):
    """An enum value: written bare in a query."""


def visible_args(world):
    """Arguments per Query field for the visible content; each list item is one request."""
    listing = {"pagination": {"limit": 100}}
    return {
        "locales": [{}],
        "page": [
            {"urlPath": relative_url_path(page.url_path), "locale": code}
            for page in world["visible_pages"]
            for code in ("en", "lv", "da")
        ],
        "pages": [{**listing, "locale": code} for code in ("en", "lv", "da", "nb")],
        "articles": [{**listing, "locale": code} for code in ("en", "lv", "da", "nb")],
        "policyRecommendations": [listing],
        "teachingMaterials": [listing],
        "events": [listing, {**listing, "order": Enum("START_DESC")}],
        "sitemap": [{"locale": code} for code in ("en", "lv", "da", "nb")],
        "calendar": [
            {
                "startsAfter": (timezone.now() - datetime.timedelta(days=200)).isoformat(),
                "startsBefore": (timezone.now() + datetime.timedelta(days=190)).isoformat(),
                "locale": code,
            }
            for code in ("en", "lv", "da")
        ],
        "socialEnterprises": [
            {**listing, "locale": code, "filter": {"includeSuspendedCountries": True}}
            for code in ("en", "lv", "da")
        ]
        + [{**listing, "filter": {"search": "Baltic"}}],
        "supportOrganisations": [
            {**listing, "filter": {"includeSuspendedCountries": True}},
            {**listing, "filter": {"countriesServed": ["LV"]}},
        ],
        "socialEnterprise": [
            {"slug": slug, "locale": code}
            for slug in ("open-enterprise", "revised-enterprise")
            for code in ("en", "lv", "da")
        ],
        "supportOrganisation": [{"slug": "open-organisation"}],
        "partnerSuggestions": [{"enterpriseSlug": "open-enterprise", "limit": 50}],
        "search": [
            {"query": "Baltic", "locale": code, "pagination": {"limit": 100}}
            for code in ("en", "lv", "da")
        ],
        "autocomplete": [
            {"query": text, "locale": code, "limit": 20}
            for text in ("Balt", "Baltic")
            for code in ("en", "lv", "da")
        ],
        "impactSummary": [
            {"indicator": "PI3687"},
            {
                "indicator": "PI3687",
                "includeSuspendedCountries": True,
                "sectors": ["food-catering"],
            },
        ],
        "translationProgress": [{}, {"locale": "da"}],
        # A valid token shows its draft by design: it is the editor's authorisation.
        "preview": [],
    }


def hidden_args(world):
    """Arguments that name hidden things; each must answer as a non-existent name does."""
    pages = [
        {"urlPath": relative_url_path(page.url_path), "locale": page.locale.language_code}
        for page in world["hidden_pages"]
    ]
    entries = defaultdict(list)
    for entry in world["hidden_entries"]:
        entries[type(entry)].append({"slug": entry.slug, "locale": entry.locale.language_code})
    listing = {"pagination": {"limit": 100}}
    return {
        "page": pages
        + [{**page, "fallbackLocales": []} for page in pages if page["locale"] != "en"],
        "socialEnterprise": entries[SocialEnterprise],
        "supportOrganisation": entries[SupportOrganisation],
        "partnerSuggestions": [
            {"enterpriseSlug": args["slug"], "locale": args["locale"]}
            for args in entries[SocialEnterprise]
        ],
        "socialEnterprises": [
            {**listing, "filter": {"sectors": [f"{MARK}-sector"]}},
            {**listing, "filter": {"targetGroups": [f"{MARK}-group"]}},
            {**listing, "filter": {"search": MARK}},
            {**listing, "locale": "da", "filter": {"search": MARK}},
        ],
        "supportOrganisations": [{**listing, "filter": {"sectors": [f"{MARK}-sector"]}}],
        "search": [{"query": MARK, "locale": code} for code in ("en", "lv", "da", "nb")],
        "autocomplete": [{"query": MARK, "locale": code} for code in ("en", "lv", "da", "nb")],
        "impactSummary": [{"indicator": "PI3687", "sectors": [f"{MARK}-sector"]}],
        "preview": [{"token": f"{MARK}-token"}, {"token": f"{MARK}:1:2:{MARK}"}],
    }


# Arguments of nested fields that require some.
NESTED_ARGS = {
    ("TeachingMaterialPage", "file"): {"language": "lv"},
    ("Image", "rendition"): {"spec": "width-40"},
    ("Image", "srcSet"): {"widths": [40, 80]},
}


# --- building queries from the schema -------------------------------------------------------

GRAPHQL_SCHEMA = schema._schema


def literal(value) -> str:
    if isinstance(value, Enum):
        return str(value)
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {literal(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(literal(v) for v in value) + "]"
    return json.dumps(value)


def arguments(args: dict) -> str:
    return "(" + ", ".join(f"{k}: {literal(v)}" for k, v in args.items()) + ")" if args else ""


def required_args(field) -> set[str]:
    return {
        name
        for name, arg in field.args.items()
        if is_non_null_type(arg.type) and arg.default_value is Undefined
    }


def field_selection(parent, name, field, depth, path, alias=None) -> str:
    args = NESTED_ARGS.get((parent.name, name), {})
    missing = required_args(field) - args.keys()
    assert not missing, f"{parent.name}.{name} needs {missing}: add them to NESTED_ARGS"
    head = (f"{alias}: {name}" if alias else name) + arguments(args)
    target = get_named_type(field.type)
    if is_leaf_type(target):
        return head
    expand = depth > 0 and target.name not in path
    inner = selection(target, depth - 1 if expand else 0, path | {target.name})
    return f"{head} {{ {inner} }}"


def wanted(field, depth) -> bool:
    """At depth 0 only leaves (scalars and enums) are selected."""
    return depth > 0 or is_leaf_type(get_named_type(field.type))


def selection(named, depth, path) -> str:
    """Every field of an object type; behind an interface or union, a fragment per type."""
    if isinstance(named, GraphQLObjectType):
        parts = [
            field_selection(named, name, field, depth, path)
            for name, field in named.fields.items()
            if wanted(field, depth)
        ]
        return " ".join(["__typename", *parts])
    assert isinstance(named, GraphQLInterfaceType | GraphQLUnionType), named
    shared = named.fields if isinstance(named, GraphQLInterfaceType) else {}
    types = GRAPHQL_SCHEMA.get_possible_types(named)
    parts = ["__typename"] + [
        field_selection(named, name, field, depth, path)
        for name, field in shared.items()
        if wanted(field, depth)
    ]
    # Fields of the same name but different types in two fragments cannot be merged: alias them.
    kinds = defaultdict(set)
    for type_ in types:
        for name, field in type_.fields.items():
            kinds[name].add(str(field.type))
    for type_ in types:
        inner = [
            field_selection(
                type_,
                name,
                field,
                depth,
                path | {type_.name},
                alias=f"{name}_{type_.name}" if len(kinds[name]) > 1 else None,
            )
            for name, field in type_.fields.items()
            if name not in shared and wanted(field, depth)
        ]
        if inner:
            parts.append(f"... on {type_.name} {{ {' '.join(inner)} }}")
    return " ".join(parts)


def build_query(field_name: str, args: dict) -> str:
    field = GRAPHQL_SCHEMA.query_type.fields[field_name]
    missing = required_args(field) - args.keys()
    assert not missing, f"Query.{field_name} needs {missing}: add them to the argument tables"
    head = f"{field_name}{arguments(args)}"
    target = get_named_type(field.type)
    if is_leaf_type(target):
        return f"{{ {head} }}"
    return f"{{ {head} {{ {selection(target, DEPTH, frozenset({target.name}))} }} }}"


# --- the database ---------------------------------------------------------------------------

PAST = datetime.timedelta(days=-2)
FUTURE = datetime.timedelta(days=2)
HIDING = [
    "draft",
    "unpublished",
    "private",
    "privatechild",
    "expired",
    "expiredflag",
    "scheduled",
    "scheduledwaiting",
]


def page_kinds() -> list:
    """Every kind of page the API has a type for, but the home page (the root of each site)."""
    return [model for model in PAGE_KINDS if model is not models.HomePage]


def parent_kind(model):
    """The first kind of page a page of this kind may be put under."""
    return model.allowed_parent_page_models()[0]


def rich_links(pages, document) -> str:
    links = "".join(f'<a linktype="page" id="{page.pk}">a link</a> ' for page in pages)
    return f'<p>{links}<a linktype="document" id="{document.pk}">a file</a></p>'


def hide(page, kind):
    """Hide a page in one of the ways an editor (or time) can."""
    now = timezone.now()
    if kind == "draft":
        page.live = False
        page.has_unpublished_changes = True
        page.save()
    elif kind == "unpublished":
        page.unpublish()
    elif kind == "private":
        PageViewRestriction.objects.create(page=page, restriction_type="password", password="x")
    elif kind == "expired":
        page.expire_at = now + PAST
        page.save()
    elif kind == "expiredflag":
        page.expire_at = now + PAST
        page.expired = True
        page.live = False
        page.save()
    elif kind == "scheduled":
        page.go_live_at = now + FUTURE
        page.save()
    elif kind == "scheduledwaiting":
        page.live = False
        page.save()
        page.go_live_at = now + FUTURE
        page.save_revision(approved_go_live_at=now + FUTURE)


def build_world(home):
    """Visible content with links to hidden content everywhere, and the hidden content."""
    en = Locale.objects.get(language_code="en")
    private = Collection.get_first_root_node().add_child(name=f"Board {MARK}")
    CollectionViewRestriction.objects.create(collection=private, restriction_type="login")
    secret_image = ImageFactory(
        title=f"Baltic {MARK} image", collection=private, file__filename=f"{MARK}-image.png"
    )
    secret_document = DocumentFactory(
        title=f"Baltic {MARK} document",
        collection=private,
        file__filename=f"{MARK}-document.pdf",
    )
    image = ImageFactory(title="Baltic open image", file__filename="open-image.png")
    document = DocumentFactory(title="Handbook", file__filename="handbook.pdf")

    topic = TopicFactory(name="Baltic topic", slug="baltic-topic")
    containers = {models.HomePage: home}

    def container(model):
        """The visible page of a kind that pages of other kinds are put under."""
        if model not in containers:
            containers[model] = factory_for(model)(
                parent=container(parent_kind(model)), title=f"Baltic {model._meta.model_name}"
            )
        return containers[model]

    # Every kind of page, hidden in every way.
    hidden_pages = []
    for model in page_kinds():
        name = model._meta.model_name
        make = factory_for(model)
        # A private page of the kind's parent kind (of the kind itself, under the home page).
        holder = model if parent_kind(model) is models.HomePage else parent_kind(model)
        private_parent = factory_for(holder)(
            parent=container(parent_kind(holder)),
            title=f"Baltic {MARK} members {name}",
            slug=f"{MARK}-members-{name}",
        )
        PageViewRestriction.objects.create(page=private_parent, restriction_type="login")
        hidden_pages.append(private_parent)
        for kind in HIDING:
            page = make(
                parent=private_parent if kind == "privatechild" else container(parent_kind(model)),
                title=f"Baltic {MARK} {kind} {name}",
                slug=f"{MARK}-{kind}-{name}",
                intro=f"Baltic {MARK} intro",
                seo_title=f"Baltic {MARK} seo",
                search_description=f"Baltic {MARK} description",
            )
            if model is models.ArticlePage:
                page.topics.add(topic)
                page.save()
            hide(page, kind)
            hidden_pages.append(page)
    hidden_recommendations = [
        page for page in hidden_pages if isinstance(page, models.PolicyRecommendationPage)
    ]

    # Visible pages, every one linking to every hidden page: one of every kind.
    links = rich_links(hidden_pages, secret_document)
    body = [
        block("paragraph", links, "p"),
        block(
            "faq",
            {"title": "FAQ", "items": [{"question": "Where?", "answer": links}]},
            "f",
        ),
        block("image", {"image": secret_image.pk, "alt_text": "", "caption": ""}, "i"),
        block("image", {"image": image.pk, "alt_text": "", "caption": ""}, "i2"),
        block("document", {"document": secret_document.pk, "label": ""}, "d"),
        block("document", {"document": document.pk, "label": ""}, "d2"),
        *[
            block(
                "call_to_action",
                {"title": "Go", "text": "", "button_label": "Go", "page": page.pk, "url": ""},
                f"c{page.pk}",
            )
            for page in hidden_pages
        ],
    ]
    visible = {}
    for model in page_kinds():
        name = model._meta.model_name
        page = visible[model] = factory_for(model)(
            parent=container(parent_kind(model)),
            title=f"Baltic open {name}",
            slug=f"open-{name}",
            body=body,
        )
        # Links of the kinds' own to hidden things.
        if model is models.ArticlePage:
            page.hero_image = secret_image
            page.topics.add(topic)
        if model is models.PolicyRecommendationPage:
            for related in hidden_recommendations:
                page.related_recommendations.create(related=related)
        if model is models.TeachingMaterialPage:
            page.attachments.create(document=secret_document, language="en")
            page.attachments.create(document=document, language="en")
        page.save_revision().publish()
    article = visible[models.ArticlePage]

    # A live page whose newer revision is not published.
    revised = ArticlePageFactory(
        parent=container(models.ArticleIndexPage),
        title="Baltic revised article",
        slug="revised-article",
    )
    revised.title = f"Baltic {MARK} unpublished revision"
    revised.intro = f"Baltic {MARK} unpublished intro"
    revised.save_revision()

    # Translations: Latvian published, Danish a draft.
    for page in (home, container(models.ArticleIndexPage), article):
        translate(page, "lv", title=page.title.replace("Baltic", "Baltic lv"))
    danish = article.copy_for_translation(Locale.objects.get(language_code="da"), copy_parents=True)
    danish.title = f"Baltic {MARK} draft translation"
    danish.slug = f"{MARK}-draft-translation"
    danish.live = False
    danish.save()
    hidden_pages.append(danish)

    # Directory: taxonomies only hidden entries use, so facets that count them show.
    sector = SectorFactory(name=f"Baltic {MARK} sector", slug=f"{MARK}-sector")
    group = TargetGroupFactory(name=f"Baltic {MARK} group", slug=f"{MARK}-group")

    def impact(entry, total):
        field = "enterprise" if isinstance(entry, SocialEnterprise) else "organisation"
        IndicatorValueFactory(
            total=total,
            women=total,
            period_start=datetime.date(2024, 1, 1),
            period_end=datetime.date(2024, 12, 31),
            **{field: entry},
        )

    enterprise = SocialEnterpriseFactory(
        name="Baltic open enterprise",
        slug="open-enterprise",
        sectors=["food-catering"],
        offers="training mentoring",
        seeks="funding partners",
        logo=secret_image,
    )
    JourneyEntryFactory(
        enterprise=enterprise, date=datetime.date(2024, 1, 1), title="Start", image=secret_image
    )
    JourneyEntryFactory(
        enterprise=enterprise, date=datetime.date(2024, 2, 1), title="Grow", image=image
    )
    impact(enterprise, 10)
    organisation = SupportOrganisationFactory(
        name="Baltic open organisation",
        slug="open-organisation",
        countries_served=["LV"],
        short_description="Baltic funding partners",
    )
    organisation.sectors.add(Sector.objects.get(slug="food-catering", locale=en))
    impact(organisation, 10)
    latvian = enterprise.copy_for_translation(Locale.objects.get(language_code="lv"))
    latvian.name = "Baltic lv open enterprise"
    latvian.save()

    revised_entry = SocialEnterpriseFactory(
        name="Baltic revised enterprise", slug="revised-enterprise"
    )
    revised_entry.name = f"Baltic {MARK} unpublished entry revision"
    revised_entry.description = f"Baltic {MARK} unpublished description"
    revised_entry.save_revision()

    now = timezone.now()
    entry_states = {
        "draft": {"live": False},
        "moderation": {"live": False},
        "expired": {"expire_at": now + PAST},
        "expiredflag": {"expire_at": now + PAST, "expired": True, "live": False},
        "scheduled": {"go_live_at": now + FUTURE},
        "scheduledwaiting": {"go_live_at": now + FUTURE, "live": False},
    }
    hidden_entries = []
    for factory in (SocialEnterpriseFactory, SupportOrganisationFactory):
        for kind, state in entry_states.items():
            entry = factory(
                name=f"Baltic {MARK} {kind} entry",
                slug=f"{MARK}-{kind}-entry",
                short_description=f"Baltic {MARK} funding partners training",
                description=f"Baltic {MARK} description",
                city=f"{MARK}ville",
                **state,
            )
            entry.sectors.set([sector, Sector.objects.get(slug="food-catering", locale=en)])
            entry.target_groups.set([group])
            if isinstance(entry, SupportOrganisation):
                entry.countries_served.set(Country.objects.filter(code="LV", locale=en))
            if isinstance(entry, SocialEnterprise):
                entry.offers = f"funding partners {MARK}offer"
                entry.seeks = f"training mentoring {MARK}seek"
                entry.save()
            impact(entry, HIDDEN_FIGURE)
            if kind == "moderation":
                entry.save_revision()
                entry.get_workflow().start(entry, factories_user())
            hidden_entries.append(entry)
    draft_translation = enterprise.copy_for_translation(Locale.objects.get(language_code="da"))
    draft_translation.name = f"Baltic {MARK} draft entry translation"
    draft_translation.slug = f"{MARK}-draft-entry-translation"
    draft_translation.live = False
    draft_translation.save()
    impact(draft_translation, HIDDEN_FIGURE)
    hidden_entries.append(draft_translation)
    for entry in hidden_entries:
        entry.refresh_from_db()
    return {
        "hidden_pages": hidden_pages,
        "hidden_entries": hidden_entries,
        "visible_pages": [*containers.values(), *visible.values(), revised],
    }


def factories_user():
    from django.contrib.auth import get_user_model

    return get_user_model().objects.get_or_create(username="curator")[0]


# --- the walk -------------------------------------------------------------------------------


def query_fields() -> set[str]:
    return set(GRAPHQL_SCHEMA.query_type.fields)


def test_every_query_field_is_walked_or_skipped():
    nothing_hidden = {"hidden_pages": [], "hidden_entries": [], "visible_pages": []}
    covered = {name for name, variants in visible_args(nothing_hidden).items() if variants}
    covered |= set(hidden_args(nothing_hidden))
    assert covered == query_fields() - SKIP.keys(), (
        "A Query field is not covered by the leak walk: add arguments for it to visible_args "
        "or hidden_args in tests/graphql_api/test_no_leaks.py (or, with a reason, to SKIP)."
    )
    assert not covered & SKIP.keys()


def leaks(body) -> list[str]:
    """Markers of hidden content in a response: the word, or a hidden entry's figures."""
    found = []
    text = json.dumps(body, ensure_ascii=False)
    found += sorted(
        {match.group(0) for match in re.finditer(rf"\S{{0,30}}{MARK}\S{{0,30}}", text, re.I)}
    )

    def numbers(value):
        if isinstance(value, dict):
            for item in value.values():
                yield from numbers(item)
        elif isinstance(value, list):
            for item in value:
                yield from numbers(item)
        elif isinstance(value, int | float) and not isinstance(value, bool):
            yield value

    found += [f"figure {n}" for n in numbers(body) if n >= HIDDEN_FIGURE]
    return found


EXPECTED_ERRORS = {"NOT_FOUND", "INVALID_PREVIEW_TOKEN"}


@pytest.mark.django_db
def test_no_hidden_content_through_any_field(graphql, home, settings):
    # The walk's queries select everything, far beyond what the public limits allow.
    settings.GRAPHQL_MAX_TOKENS = settings.GRAPHQL_MAX_ALIASES = 10**6
    settings.GRAPHQL_MAX_COST = settings.GRAPHQL_MAX_BODY_BYTES = 10**9
    world = build_world(home)
    assert len(world["hidden_pages"]) == len(page_kinds()) * (len(HIDING) + 1) + 1
    # Fields with a visible variant must find something, or the walk proves nothing.
    must_find = {"page", "pages", "articles", "socialEnterprises", "search", "autocomplete"}

    failures, walked, requests = [], set(), 0
    for name, variants in visible_args(world).items():
        found_something = False
        for args in variants:
            query = build_query(name, args)
            body = graphql(query, errors=True)
            requests += 1
            walked.add(name)
            if body.get("errors"):
                failures.append(f"{name}{arguments(args)}: errors {body['errors']}")
            if found := leaks(body):
                failures.append(f"{name}{arguments(args)} leaks {found}")
            found_something |= bool(json.dumps(body.get("data")).count("Baltic"))
        if name in must_find and not found_something:
            failures.append(f"{name}: no visible content found; the walk is not looking")

    for name, variants in hidden_args(world).items():
        for args in variants:
            query = build_query(name, args)
            body = graphql(query, errors=True)
            nothing = graphql(query.replace(MARK, "nope"), errors=True)
            requests += 2
            walked.add(name)
            if leaks(nothing):
                failures.append(f"{name} (no such thing) leaks {leaks(nothing)}")
            if json.dumps(body).replace(MARK, "nope") != json.dumps(nothing):
                failures.append(
                    f"{name}{arguments(args)} answers {body} but for a non-existent name {nothing}"
                )
            codes = {e.get("extensions", {}).get("code") for e in body.get("errors", [])}
            if codes - EXPECTED_ERRORS:
                failures.append(f"{name}{arguments(args)}: unexpected errors {body['errors']}")

    assert walked == query_fields() - SKIP.keys()
    assert not failures, f"{len(failures)} of {requests} requests:\n" + "\n".join(failures)
