"""The translation rule: what translators translate and what stays the same in every locale."""

import pytest
from wagtail_localize.models import StringSegment, TranslationSource
from wagtail_localize.operations import TranslationCreator

from tests.cms.factories import (
    ArticleIndexPageFactory,
    ArticlePageFactory,
    DocumentFactory,
    ImageFactory,
    TopicFactory,
    every_block_body,
)
from tests.directory.factories import ProjectFactory, SocialEnterpriseFactory


def segment_texts(instance) -> dict:
    """{context path: source text} of what translators are asked to translate."""
    source, _ = TranslationSource.get_or_create_from_instance(instance)
    return dict(
        StringSegment.objects.filter(source=source).values_list("context__path", "string__data")
    )


@pytest.mark.django_db
def test_entry_identifiers_contacts_and_places_are_synchronised(locale):
    entry = SocialEnterpriseFactory(
        name="Kafejnīca Liepā",
        slug="cafe-liepa",
        short_description="A café employing people with disabilities.",
        city="Liepa",
        address="Skolas iela 1",
        phone="+371 2000 0000",
        email="info@example.lv",
    )
    assert set(segment_texts(entry)) == {"name", "short_description"}

    TranslationCreator(None, [locale("lv")]).create_translations(entry)
    latvian = entry.get_translation(locale("lv"))
    same = ("slug", "city", "address", "phone", "email", "latitude", "longitude", "country_id")
    assert {f: getattr(latvian, f) for f in same} == {f: getattr(entry, f) for f in same}


@pytest.mark.django_db
def test_taxonomy_slugs_and_codes_are_not_offered_for_translation():
    topic = TopicFactory(name="Social finance", slug="social-finance")
    assert set(segment_texts(topic)) == {"name"}
    project = ProjectFactory(name="SEMPRE Accelerators", slug="sempre-accelerators")
    assert "slug" not in segment_texts(project)


def test_every_block_offers_its_text_for_translation(home):
    library = ArticleIndexPageFactory(parent=home)
    target = ArticlePageFactory(parent=library, slug="target")
    image = ImageFactory(title="Harbour")
    document = DocumentFactory(title="Handbook")
    page = ArticlePageFactory(parent=library, body=every_block_body(target, image, document))
    texts = segment_texts(page)
    body_blocks = {path.split(".")[1] for path in texts if path.startswith("body.")}
    # Every block with text offers it (the embed is a URL, the document's label is empty
    # here): wagtail-localize silently skips blocks it cannot read, e.g. Wagtail's TableBlock.
    assert body_blocks == {"b1", "b2", "b3", "b4", "b7", "b8", "b9", "b10"}
    # Image alt text and caption, and table cells, are among them.
    assert {"Boats", "Liepāja", "Indicator", "New companies"} <= set(texts.values())
