"""Every block of ContentStreamBlock serialises to its GraphQL type."""

import pytest

from cms.blocks import ContentStreamBlock
from tests.cms.factories import (
    ArticleIndexPageFactory,
    ArticlePageFactory,
    DocumentFactory,
    ImageFactory,
    every_block_body,
)

pytestmark = pytest.mark.django_db

BODY_QUERY = """
query($path: String!) { page(urlPath: $path) { body {
  __typename id blockType
  ... on HeadingBlock { text level }
  ... on RichTextBlock { html }
  ... on ImageBlock { alt caption image { title rendition(spec: "fill-80x60") { url width height }
                                          srcSet(widths: [40, 80]) } }
  ... on QuoteBlock { quote attribution }
  ... on EmbedBlock { url }
  ... on DocumentBlock { label document { title url } }
  ... on CallToActionBlock { title text buttonLabel href }
  ... on KeyFigureBlock { value label source }
  ... on TableBlock { caption header rows }
  ... on FaqBlock { title items { question answerHtml } }
} } }
"""


def test_every_block_type_serialises(graphql, home):
    library = ArticleIndexPageFactory(parent=home)
    target = ArticlePageFactory(parent=library, slug="target")
    image = ImageFactory(title="Harbour", file__width=160, file__height=120)
    document = DocumentFactory(title="Handbook")
    body = every_block_body(target, image, document)
    # The test covers every block the stream offers; a new block needs a case here.
    assert {b["type"] for b in body} == set(ContentStreamBlock.base_blocks)
    ArticlePageFactory(parent=library, slug="blocks", body=body)

    blocks = graphql(BODY_QUERY, {"path": "/library/blocks/"})["data"]["page"]["body"]
    by_id = {b["id"]: b for b in blocks}
    assert [b["__typename"] for b in blocks] == [
        "HeadingBlock",
        "RichTextBlock",
        "ImageBlock",
        "QuoteBlock",
        "EmbedBlock",
        "DocumentBlock",
        "CallToActionBlock",
        "KeyFigureBlock",
        "TableBlock",
        "FaqBlock",
    ]
    assert by_id["b1"] == {
        "__typename": "HeadingBlock",
        "id": "b1",
        "blockType": "heading",
        "text": "Why it matters",
        "level": 3,
    }
    assert by_id["b2"]["html"] == '<p>See <a href="/en/library/target/">the target</a>.</p>'
    assert by_id["b3"]["alt"] == "Boats"
    assert by_id["b3"]["caption"] == "Liepāja"
    assert by_id["b3"]["image"]["title"] == "Harbour"
    rendition = by_id["b3"]["image"]["rendition"]
    assert (rendition["width"], rendition["height"]) == (80, 60)
    assert rendition["url"].startswith("http://testserver/media/images/")
    assert by_id["b3"]["image"]["srcSet"].count("w, ") == 1
    assert by_id["b3"]["image"]["srcSet"].endswith(" 80w")
    assert by_id["b4"]["quote"] == "Start small."
    assert by_id["b4"]["attribution"] == "A founder"
    assert by_id["b5"]["url"] == "https://www.youtube.com/watch?v=abc"
    assert by_id["b6"]["label"] == "Handbook"
    assert by_id["b6"]["document"]["url"].startswith("http://testserver/documents/")
    assert by_id["b7"]["href"] == "/en/library/target/"
    assert by_id["b7"]["buttonLabel"] == "Go"
    assert by_id["b8"] == {
        "__typename": "KeyFigureBlock",
        "id": "b8",
        "blockType": "key_figure",
        "value": "300",
        "label": "jobs created",
        "source": "2021",
    }
    assert by_id["b9"]["header"] == ["Indicator", "Men"]
    assert by_id["b9"]["rows"] == [["New companies", "12"]]
    assert by_id["b10"]["items"] == [{"question": "Who?", "answerHtml": "<p>You.</p>"}]


def test_blocks_saved_through_python_values_serialise_too(graphql, home):
    """Bodies built with Python values (as the admin and wagtail-localize save them)."""
    library = ArticleIndexPageFactory(parent=home)
    article = ArticlePageFactory(parent=library, slug="native")
    article.body = [
        ("heading", {"text": "Native", "level": "h2"}),
        ("table", {"caption": "", "header": ["A"], "rows": [["1"], ["2"]]}),
    ]
    article.save_revision().publish()
    blocks = graphql(BODY_QUERY, {"path": "/library/native/"})["data"]["page"]["body"]
    assert blocks[0]["text"] == "Native"
    assert blocks[1]["header"] == ["A"]
    assert blocks[1]["rows"] == [["1"], ["2"]]
