"""Factories for the page tree and its snippets (wagtail_factories / factory_boy)."""

import datetime

import factory
import wagtail_factories
from django.utils import timezone
from wagtail.models import Locale

from cms import models
from directory.models import (
    Country,
    Project,
    Sector,
    SocialEnterprise,
    SupportOrganisation,
    SustainableDevelopmentGoal,
    TargetGroup,
)


class LocaleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Locale
        django_get_or_create = ["language_code"]

    language_code = "en"


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Baltic Commons"
    slug = factory.Sequence(lambda n: f"home-{n}")
    intro = "A knowledge platform for the social economy."

    class Meta:
        model = models.HomePage


class ArticleIndexPageFactory(wagtail_factories.PageFactory):
    title = "Library"
    slug = "library"

    class Meta:
        model = models.ArticleIndexPage


class TopicFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Topic {n}")
    slug = factory.Sequence(lambda n: f"topic-{n}")
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = models.Topic


class AuthorFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Editorial team {n}")
    organisation = "SENBS"

    class Meta:
        model = models.Author


class RecommendationGroupFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Group {n}")
    slug = factory.Sequence(lambda n: f"group-{n}")
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = models.RecommendationGroup


class ProjectFactory(factory.django.DjangoModelFactory):
    name = "SEMPRE Accelerators"
    slug = factory.Sequence(lambda n: f"project-{n}")
    programme = "Interreg Baltic Sea Region"
    start_year = 2019
    end_year = 2021
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = Project


class ArticlePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Article {n}")
    slug = factory.Sequence(lambda n: f"article-{n}")
    intro = "Why impact measurement matters."
    publication_date = datetime.date(2022, 3, 1)

    class Meta:
        model = models.ArticlePage


class CaseStudyPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Case study {n}")
    slug = factory.Sequence(lambda n: f"case-study-{n}")
    intro = "A café that is also a workplace."
    business_model = "A village café run as a training workplace"
    outcome = "Young people without a job gained work experience."
    country = factory.LazyFunction(
        lambda: Country.objects.get(code="LV", locale__language_code="en")
    )

    class Meta:
        model = models.CaseStudyPage


class PolicyRecommendationIndexPageFactory(wagtail_factories.PageFactory):
    title = "Recommendations"
    slug = "recommendations"

    class Meta:
        model = models.PolicyRecommendationIndexPage


class PolicyRecommendationPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Recommendation {n}")
    slug = factory.Sequence(lambda n: f"recommendation-{n}")
    summary = "Support informal networks."
    target_audience = "Municipalities"
    governance_levels = factory.LazyFunction(lambda: ["local", "regional"])

    class Meta:
        model = models.PolicyRecommendationPage


class TeachingMaterialIndexPageFactory(wagtail_factories.PageFactory):
    title = "Teaching materials"
    slug = "teaching-materials"

    class Meta:
        model = models.TeachingMaterialIndexPage


class TeachingMaterialPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Toolkit {n}")
    slug = factory.Sequence(lambda n: f"toolkit-{n}")
    resource_type = "toolkit"
    educational_level = "intermediate"
    audiences = factory.LazyFunction(lambda: ["entrepreneur"])
    languages = factory.LazyFunction(lambda: ["en", "lv"])
    time_required_minutes = 90

    class Meta:
        model = models.TeachingMaterialPage


class EventIndexPageFactory(wagtail_factories.PageFactory):
    title = "Events"
    slug = "events"

    class Meta:
        model = models.EventIndexPage


class EventPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Event {n}")
    slug = factory.Sequence(lambda n: f"event-{n}")
    starts_at = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=30))
    ends_at = factory.LazyAttribute(lambda o: o.starts_at + datetime.timedelta(hours=6))
    city = "Gdańsk"
    country = factory.LazyFunction(
        lambda: Country.objects.get(code="PL", locale__language_code="en")
    )

    class Meta:
        model = models.EventPage


ImageFactory = wagtail_factories.ImageFactory
DocumentFactory = wagtail_factories.DocumentFactory


def directory_taxonomy(model, **lookup):
    """A seeded taxonomy row (English) by its identifying field."""
    return model.objects.get(locale__language_code="en", **lookup)


class ClusterFactory(factory.django.DjangoModelFactory):
    """For ClusterableModels: their ParentalManyToManyFields are written on save."""

    class Meta:
        abstract = True
        skip_postgeneration_save = True

    @classmethod
    def _after_postgeneration(cls, instance, create, results=None):
        if create and results:
            instance.save()


class SocialEnterpriseFactory(ClusterFactory):
    name = factory.Sequence(lambda n: f"Enterprise {n}")
    slug = factory.Sequence(lambda n: f"enterprise-{n}")
    short_description = "A social enterprise."
    country = factory.LazyFunction(lambda: directory_taxonomy(Country, code="LV"))
    locale = factory.LazyFunction(Locale.get_default)
    live = True

    class Meta:
        model = SocialEnterprise

    @factory.post_generation
    def sectors(self, create, slugs):
        if create and slugs:
            self.sectors.set([directory_taxonomy(Sector, slug=slug) for slug in slugs])

    @factory.post_generation
    def target_groups(self, create, slugs):
        if create and slugs:
            self.target_groups.set([directory_taxonomy(TargetGroup, slug=slug) for slug in slugs])

    @factory.post_generation
    def sdgs(self, create, numbers):
        if create and numbers:
            goals = [directory_taxonomy(SustainableDevelopmentGoal, number=n) for n in numbers]
            self.sdgs.set(goals)


class SupportOrganisationFactory(ClusterFactory):
    name = factory.Sequence(lambda n: f"Organisation {n}")
    slug = factory.Sequence(lambda n: f"organisation-{n}")
    country = factory.LazyFunction(lambda: directory_taxonomy(Country, code="DK"))
    locale = factory.LazyFunction(Locale.get_default)
    organisation_type = "incubator"
    live = True

    class Meta:
        model = SupportOrganisation

    @factory.post_generation
    def countries_served(self, create, codes):
        if create and codes:
            self.countries_served.set([directory_taxonomy(Country, code=code) for code in codes])


def block(type_, value, id_):
    return {"type": type_, "value": value, "id": id_}


def every_block_body(target, image, document) -> list:
    """Raw StreamField data with one block of every kind ContentStreamBlock offers."""
    return [
        block("heading", {"text": "Why it matters", "level": "h3"}, "b1"),
        block(
            "paragraph",
            f'<p>See <a linktype="page" id="{target.pk}">the target</a>.</p>',
            "b2",
        ),
        block("image", {"image": image.pk, "alt_text": "Boats", "caption": "Liepāja"}, "b3"),
        block("quote", {"quote": "Start small.", "attribution": "A founder"}, "b4"),
        block("embed", "https://www.youtube.com/watch?v=abc", "b5"),
        block("document", {"document": document.pk, "label": ""}, "b6"),
        block(
            "call_to_action",
            {
                "title": "Join",
                "text": "Meet partners",
                "button_label": "Go",
                "page": target.pk,
                "url": "",
            },
            "b7",
        ),
        block("key_figure", {"value": "300", "label": "jobs created", "source": "2021"}, "b8"),
        block(
            "table",
            {
                "caption": "Targets",
                "header": [
                    {"type": "item", "value": "Indicator", "id": "h1"},
                    {"type": "item", "value": "Men", "id": "h2"},
                ],
                "rows": [
                    {
                        "type": "item",
                        "id": "r1",
                        "value": [
                            {"type": "item", "value": "New companies", "id": "c1"},
                            {"type": "item", "value": "12", "id": "c2"},
                        ],
                    }
                ],
            },
            "b9",
        ),
        block(
            "faq",
            {
                "title": "FAQ",
                "items": [
                    {
                        "type": "item",
                        "id": "q1",
                        "value": {"question": "Who?", "answer": "<p>You.</p>"},
                    }
                ],
            },
            "b10",
        ),
    ]


def empty_inlines(*prefixes) -> dict:
    """Management data of inline panels posted without rows, as the admin form sends it."""
    return {
        f"{prefix}-{field}": "0"
        for prefix in prefixes
        for field in ("TOTAL_FORMS", "INITIAL_FORMS", "MIN_NUM_FORMS")
    }


def factory_for(model):
    """The factory of a model in this module, looked up by model (tests that walk every kind
    of content use it, so a new kind without a factory fails them by name)."""
    found = [
        item
        for item in globals().values()
        if isinstance(item, type)
        and issubclass(item, factory.base.BaseFactory)
        and getattr(item._meta, "model", None) is model
    ]
    assert found, (
        f"No factory for {model.__name__}: add {model.__name__}Factory to tests/factories.py"
    )
    return found[0]
