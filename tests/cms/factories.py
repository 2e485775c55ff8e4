"""Factories for the cms app: pages, their snippets and StreamField bodies (wagtail_factories).

A page's body is built from block factories, in wagtail_factories' syntax:
`ArticlePageFactory(body__0__heading__text="Why", body__1__paragraph__value="<p>…</p>")`, or
`body__0="quote"` for a block with its defaults. Raw StreamField data (`body=[…]`) still works
where a test needs fixed block ids.
"""

import datetime

import factory
import wagtail_factories
from django.utils import timezone
from wagtail.blocks import RichTextBlock
from wagtail.blocks.list_block import ListValue
from wagtail.embeds.blocks import EmbedBlock
from wagtail.models import Locale

from cms import blocks, models
from directory.models import Country

ImageFactory = wagtail_factories.ImageFactory
DocumentFactory = wagtail_factories.DocumentFactory


# StreamField bodies (cms.blocks.ContentStreamBlock).


class NativeValueBlockFactory(wagtail_factories.blocks.BlockFactory):
    """A leaf block given by its stored form (`value`), e.g. rich text's HTML or an embed's URL."""

    class Meta:
        abstract = True

    @classmethod
    def _construct_block(cls, block_class, *args, **kwargs):
        return block_class().to_python(kwargs["value"])


class RichTextBlockFactory(NativeValueBlockFactory):
    value = "<p>A paragraph about the social economy.</p>"

    class Meta:
        model = RichTextBlock


class EmbedBlockFactory(NativeValueBlockFactory):
    value = "https://www.youtube.com/watch?v=abc"

    class Meta:
        model = EmbedBlock


class HeadingBlockFactory(wagtail_factories.StructBlockFactory):
    text = factory.Sequence(lambda n: f"Heading {n}")
    level = "h2"

    class Meta:
        model = blocks.HeadingBlock


class CaptionedImageBlockFactory(wagtail_factories.StructBlockFactory):
    image = factory.SubFactory(wagtail_factories.ImageChooserBlockFactory)
    alt_text = "Boats in the harbour"
    caption = ""

    class Meta:
        model = blocks.CaptionedImageBlock


class QuoteBlockFactory(wagtail_factories.StructBlockFactory):
    quote = "Start small."
    attribution = "A founder"

    class Meta:
        model = blocks.QuoteBlock


class DocumentLinkBlockFactory(wagtail_factories.StructBlockFactory):
    document = factory.SubFactory(wagtail_factories.DocumentChooserBlockFactory)
    label = ""

    class Meta:
        model = blocks.DocumentLinkBlock


class CallToActionBlockFactory(wagtail_factories.StructBlockFactory):
    """Links to an external URL by default; pass page=… and url="" for a page."""

    title = "Join"
    text = "Meet partners"
    button_label = "Go"
    page = None
    url = "https://example.org/join"

    class Meta:
        model = blocks.CallToActionBlock


class KeyFigureBlockFactory(wagtail_factories.StructBlockFactory):
    value = "300"
    label = "jobs created"
    source = ""

    class Meta:
        model = blocks.KeyFigureBlock


class TableRowBlockFactory(factory.Factory):
    """A table row, its cells by position (wagtail_factories has no list of lists)."""

    _builder_class = factory.builder.StepBuilder

    class Meta:
        # Called for the block definition: the table's own row block.
        model = staticmethod(lambda: blocks.TableBlock.base_blocks["rows"].child_block)

    @classmethod
    def _build(cls, row_block, *args, **cells):
        return ListValue(row_block(), [cells[str(n)] for n in range(len(cells))])

    _create = _build


class TableBlockFactory(wagtail_factories.StructBlockFactory):
    """Cells by position: header__0="Indicator", rows__0__0="New companies"."""

    caption = ""
    header = wagtail_factories.ListBlockFactory(wagtail_factories.CharBlockFactory)
    rows = wagtail_factories.ListBlockFactory(TableRowBlockFactory)

    class Meta:
        model = blocks.TableBlock


class FAQItemBlockFactory(wagtail_factories.StructBlockFactory):
    question = "Who can join?"
    answer = factory.SubFactory(RichTextBlockFactory, value="<p>Anyone.</p>")

    class Meta:
        model = blocks.FAQItemBlock


class FAQBlockFactory(wagtail_factories.StructBlockFactory):
    title = "FAQ"
    items = wagtail_factories.ListBlockFactory(FAQItemBlockFactory)

    class Meta:
        model = blocks.FAQBlock


class ContentStreamBlockFactory(wagtail_factories.StreamBlockFactory):
    heading = factory.SubFactory(HeadingBlockFactory)
    paragraph = factory.SubFactory(RichTextBlockFactory)
    image = factory.SubFactory(CaptionedImageBlockFactory)
    quote = factory.SubFactory(QuoteBlockFactory)
    embed = factory.SubFactory(EmbedBlockFactory)
    document = factory.SubFactory(DocumentLinkBlockFactory)
    call_to_action = factory.SubFactory(CallToActionBlockFactory)
    key_figure = factory.SubFactory(KeyFigureBlockFactory)
    table = factory.SubFactory(TableBlockFactory)
    faq = factory.SubFactory(FAQBlockFactory)

    class Meta:
        model = blocks.ContentStreamBlock


def block(type_, value, id_):
    """One block of raw StreamField data."""
    return {"type": type_, "value": value, "id": id_}


def every_block_body(target, image, document) -> list:
    """Raw StreamField data with one block of every kind ContentStreamBlock offers.

    Raw rather than factory-built: the translation tests name segments by these block ids.
    """
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


# Pages.


class BasePageFactory(wagtail_factories.PageFactory):
    """Every page type has a body (cms.models.BasePage); empty unless body__… says otherwise."""

    body = wagtail_factories.StreamFieldFactory(ContentStreamBlockFactory)

    class Meta:
        abstract = True


class HomePageFactory(BasePageFactory):
    title = "Baltic Commons"
    slug = factory.Sequence(lambda n: f"home-{n}")
    intro = "A knowledge platform for the social economy."

    class Meta:
        model = models.HomePage


class ArticleIndexPageFactory(BasePageFactory):
    title = "Library"
    slug = "library"

    class Meta:
        model = models.ArticleIndexPage


class ArticlePageFactory(BasePageFactory):
    title = factory.Sequence(lambda n: f"Article {n}")
    slug = factory.Sequence(lambda n: f"article-{n}")
    intro = "Why impact measurement matters."
    publication_date = datetime.date(2022, 3, 1)

    class Meta:
        model = models.ArticlePage


class CaseStudyPageFactory(BasePageFactory):
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


class PolicyRecommendationIndexPageFactory(BasePageFactory):
    title = "Recommendations"
    slug = "recommendations"

    class Meta:
        model = models.PolicyRecommendationIndexPage


class PolicyRecommendationPageFactory(BasePageFactory):
    title = factory.Sequence(lambda n: f"Recommendation {n}")
    slug = factory.Sequence(lambda n: f"recommendation-{n}")
    summary = "Support informal networks."
    target_audience = "Municipalities"
    governance_levels = factory.LazyFunction(lambda: ["local", "regional"])

    class Meta:
        model = models.PolicyRecommendationPage


class TeachingMaterialIndexPageFactory(BasePageFactory):
    title = "Teaching materials"
    slug = "teaching-materials"

    class Meta:
        model = models.TeachingMaterialIndexPage


class TeachingMaterialPageFactory(BasePageFactory):
    title = factory.Sequence(lambda n: f"Toolkit {n}")
    slug = factory.Sequence(lambda n: f"toolkit-{n}")
    resource_type = "toolkit"
    educational_level = "intermediate"
    audiences = factory.LazyFunction(lambda: ["entrepreneur"])
    languages = factory.LazyFunction(lambda: ["en", "lv"])
    time_required_minutes = 90

    class Meta:
        model = models.TeachingMaterialPage


class EventIndexPageFactory(BasePageFactory):
    title = "Events"
    slug = "events"

    class Meta:
        model = models.EventIndexPage


class EventPageFactory(BasePageFactory):
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


def translate(page, code, **fields):
    """Publish a copy of page in locale code (its parents must exist there), with fields set."""
    copy = page.copy_for_translation(Locale.objects.get(language_code=code), copy_parents=True)
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save_revision().publish()
    copy.refresh_from_db()
    return copy


# Snippets.


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


class EventTypeFactory(factory.django.DjangoModelFactory):
    """Migrations seed the usual types (workshop, conference…); this makes further ones."""

    name = factory.Sequence(lambda n: f"Event type {n}")
    slug = factory.Sequence(lambda n: f"event-type-{n}")
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = models.EventType
