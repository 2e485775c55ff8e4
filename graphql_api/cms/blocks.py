"""StreamField bodies as typed GraphQL blocks.

Bodies are read from their raw JSON. The images, documents and pages that blocks point to are
collected across every page of a response first and fetched once per kind, because the
optimizer cannot see inside StreamField JSON.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import strawberry
from strawberry.types import Info
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.rich_text import expand_db_html

from cms.blocks import ContentStreamBlock
from core.visibility import page_paths

from ..batching import load_for
from ..common import DocumentType, ImageType, visible_documents, visible_images

LINKED_PAGE = re.compile(r'<a[^>]*\blinktype="page"[^>]*\bid="(\d+)"')
CONTENT_BLOCK = ContentStreamBlock()


@dataclass
class StreamRefs:
    """What the blocks of a batch of pages point to, fetched once."""

    image_ids: set[int] = field(default_factory=set)
    document_ids: set[int] = field(default_factory=set)
    page_ids: set[int] = field(default_factory=set)
    images: dict[int, Any] = field(default_factory=dict)
    documents: dict[int, Any] = field(default_factory=dict)

    def collect(self, block: blocks.Block, raw: Any) -> None:
        """Note every chooser id (and rich-text page link) inside a raw block value."""
        if raw in (None, "", [], {}):
            return
        if isinstance(block, blocks.StreamBlock):
            for child in raw:
                child_block = block.child_blocks.get(child.get("type"))
                if child_block is not None:
                    self.collect(child_block, child.get("value"))
        elif isinstance(block, blocks.ListBlock):
            for item in list_items(raw):
                self.collect(block.child_block, item)
        elif isinstance(block, blocks.StructBlock):
            for name, child_block in block.child_blocks.items():
                self.collect(child_block, raw.get(name))
        elif isinstance(block, ImageChooserBlock):
            self.image_ids.add(int(raw))
        elif isinstance(block, DocumentChooserBlock):
            self.document_ids.add(int(raw))
        elif isinstance(block, blocks.PageChooserBlock):
            self.page_ids.add(int(raw))
        elif isinstance(block, blocks.RichTextBlock):
            self.page_ids.update(int(pk) for pk in LINKED_PAGE.findall(raw))

    def fetch(self) -> "StreamRefs":
        if self.image_ids:
            self.images = visible_images().in_bulk(self.image_ids)
        if self.document_ids:
            self.documents = visible_documents().in_bulk(self.document_ids)
        # Fills the request's page-path cache that rich text and call-to-action links read.
        page_paths(self.page_ids)
        return self


def list_items(raw: Any) -> list[Any]:
    """ListBlock raw data is either plain values or {"type": "item", "value": ...} dicts."""
    return [
        item["value"] if isinstance(item, dict) and item.get("type") == "item" else item
        for item in raw or []
    ]


def load_stream_refs(pages: list[Any]) -> dict[int, StreamRefs]:
    refs = StreamRefs()
    for page in pages:
        refs.collect(CONTENT_BLOCK, list(page.body.raw_data))
    refs.fetch()
    return {page.pk: refs for page in pages}


def rich_text(html: str) -> str:
    """Rich text as HTML, internal links turned into frontend paths."""
    expanded: str = expand_db_html(html or "")
    return expanded


@strawberry.interface(name="Block", description="One block of a StreamField body.")
class BlockInterface:
    id: strawberry.ID = strawberry.field(description="Stable id of the block within the body.")
    block_type: str = strawberry.field(description="The block's name, e.g. `heading`.")


@strawberry.type(name="HeadingBlock", description="A section heading.")
class HeadingBlockType(BlockInterface):
    text: str = strawberry.field(description="Heading text.")
    level: int = strawberry.field(description="Heading level, 2 to 4.")


@strawberry.type(name="RichTextBlock", description="Formatted text.")
class RichTextBlockType(BlockInterface):
    html: str = strawberry.field(description="HTML with internal links as frontend paths.")


@strawberry.type(name="ImageBlock", description="An image with alternative text and caption.")
class ImageBlockType(BlockInterface):
    image: ImageType | None = strawberry.field(description="The image, null if it was deleted.")
    alt: str = strawberry.field(description="Alternative text; empty means decorative.")
    caption: str = strawberry.field(description="Caption shown with the image.")


@strawberry.type(name="QuoteBlock", description="A quotation.")
class QuoteBlockType(BlockInterface):
    quote: str = strawberry.field(description="The quoted words.")
    attribution: str = strawberry.field(description="Who or what is quoted.")


@strawberry.type(name="EmbedBlock", description="Embedded media such as a video.")
class EmbedBlockType(BlockInterface):
    url: str = strawberry.field(description="URL of the media; render it with oEmbed or a link.")


@strawberry.type(name="DocumentBlock", description="A link to a document.")
class DocumentBlockType(BlockInterface):
    document: DocumentType | None = strawberry.field(description="The document, if available.")
    label: str = strawberry.field(description="Link text (the document's title if none given).")


@strawberry.type(name="CallToActionBlock", description="An invitation to act with a button.")
class CallToActionBlockType(BlockInterface):
    title: str = strawberry.field(description="Title.")
    text: str = strawberry.field(description="Supporting text.")
    button_label: str = strawberry.field(description="Text of the button.")
    href: str | None = strawberry.field(
        description="Where the button leads: a frontend path for internal pages, else a URL. "
        "Null when the linked page is not published."
    )


@strawberry.type(name="KeyFigureBlock", description='A headline number, e.g. "300 jobs created".')
class KeyFigureBlockType(BlockInterface):
    value: str = strawberry.field(description="The figure, e.g. `300`.")
    label: str = strawberry.field(description="What it counts, e.g. `jobs created`.")
    source: str = strawberry.field(description="Where the figure comes from.")


@strawberry.type(name="TableBlock", description="A table of text cells.")
class TableBlockType(BlockInterface):
    caption: str = strawberry.field(description="Table caption.")
    header: list[str] = strawberry.field(description="Column headings.")
    rows: list[list[str]] = strawberry.field(description="Rows of cells.")


@strawberry.type(name="FaqItem", description="A question and its answer.")
class FaqItemType:
    question: str = strawberry.field(description="The question.")
    answer_html: str = strawberry.field(description="The answer as HTML.")


@strawberry.type(name="FaqBlock", description="Questions and answers, shown as an accordion.")
class FaqBlockType(BlockInterface):
    title: str = strawberry.field(description="Title of the FAQ.")
    items: list[FaqItemType] = strawberry.field(description="Questions in order.")


BLOCK_TYPES = [
    HeadingBlockType,
    RichTextBlockType,
    ImageBlockType,
    QuoteBlockType,
    EmbedBlockType,
    DocumentBlockType,
    CallToActionBlockType,
    KeyFigureBlockType,
    TableBlockType,
    FaqBlockType,
]


# A block's raw value and the batch's references -> its GraphQL type and that type's fields.
Converter = Callable[[Any, StreamRefs], tuple[type[BlockInterface], dict[str, Any]]]


def _heading(v: Any, refs: StreamRefs) -> tuple[type[BlockInterface], dict[str, Any]]:
    return HeadingBlockType, {"text": v.get("text", ""), "level": int(v.get("level", "h2")[1:])}


def _image(v: Any, refs: StreamRefs) -> tuple[type[BlockInterface], dict[str, Any]]:
    image = refs.images.get(v.get("image"))
    alt = v.get("alt_text") or ""
    return ImageBlockType, {"image": image, "alt": alt, "caption": v.get("caption") or ""}


def _document(v: Any, refs: StreamRefs) -> tuple[type[BlockInterface], dict[str, Any]]:
    document = refs.documents.get(v.get("document"))
    label = v.get("label") or (document.title if document else "")
    return DocumentBlockType, {"document": document, "label": label}


def _call_to_action(v: Any, refs: StreamRefs) -> tuple[type[BlockInterface], dict[str, Any]]:
    href = page_paths([v["page"]]).get(int(v["page"])) if v.get("page") else v.get("url") or None
    return CallToActionBlockType, {
        "title": v.get("title", ""),
        "text": v.get("text") or "",
        "button_label": v.get("button_label", ""),
        "href": href,
    }


def _table(v: Any, refs: StreamRefs) -> tuple[type[BlockInterface], dict[str, Any]]:
    return TableBlockType, {
        "caption": v.get("caption") or "",
        "header": [cell or "" for cell in list_items(v.get("header"))],
        "rows": [[cell or "" for cell in list_items(row)] for row in list_items(v.get("rows"))],
    }


def _faq(v: Any, refs: StreamRefs) -> tuple[type[BlockInterface], dict[str, Any]]:
    items = [
        FaqItemType(question=item.get("question", ""), answer_html=rich_text(item.get("answer")))
        for item in list_items(v.get("items"))
    ]
    return FaqBlockType, {"title": v.get("title") or "", "items": items}


CONVERTERS: dict[str, Converter] = {
    "heading": _heading,
    "paragraph": lambda v, refs: (RichTextBlockType, {"html": rich_text(v)}),
    "image": _image,
    "quote": lambda v, refs: (
        QuoteBlockType,
        {"quote": v.get("quote", ""), "attribution": v.get("attribution") or ""},
    ),
    "embed": lambda v, refs: (EmbedBlockType, {"url": v or ""}),
    "document": _document,
    "call_to_action": _call_to_action,
    "key_figure": lambda v, refs: (
        KeyFigureBlockType,
        {"value": v.get("value", ""), "label": v.get("label", ""), "source": v.get("source") or ""},
    ),
    "table": _table,
    "faq": _faq,
}


def resolve_body(page: Any, info: Info) -> list[BlockInterface]:
    """A page's body as typed blocks, with references fetched for the whole batch."""
    refs: StreamRefs = load_for(page, "stream_refs", load_stream_refs)
    result: list[BlockInterface] = []
    for raw in page.body.raw_data:
        converter = CONVERTERS.get(raw.get("type"))
        if converter is None:  # a block type removed from the code but still in old data
            continue
        block_type, values = converter(raw.get("value"), refs)
        block_id = strawberry.ID(raw.get("id") or "")
        result.append(block_type(id=block_id, block_type=raw["type"], **values))
    return result
