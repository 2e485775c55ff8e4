"""StreamField blocks shared by every page type.

Every block is built from Wagtail's translatable primitives (CharBlock, TextBlock, RichTextBlock,
choosers), so wagtail-localize extracts a segment for each piece of human text. That is also why
the table is our own StructBlock of CharBlocks: Wagtail's TableBlock is not translatable.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["h2", "h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"]


class HeadingBlock(blocks.StructBlock):
    """A section heading at level 2 to 4."""

    text = blocks.CharBlock(label=_("text"), max_length=255)
    level = blocks.ChoiceBlock(
        label=_("level"), choices=[("h2", "H2"), ("h3", "H3"), ("h4", "H4")], default="h2"
    )

    class Meta:
        icon = "title"
        label = _("Heading")


class CaptionedImageBlock(blocks.StructBlock):
    """An image with its alternative text and an optional caption, both translatable."""

    image = ImageChooserBlock(label=_("image"))
    alt_text = blocks.CharBlock(
        label=_("alternative text"),
        max_length=255,
        required=False,
        help_text=_("Describe the image for people who cannot see it. Empty means decorative."),
    )
    caption = blocks.CharBlock(label=_("caption"), max_length=255, required=False)

    class Meta:
        icon = "image"
        label = _("Image")


class QuoteBlock(blocks.StructBlock):
    """A quotation with the person or source it comes from."""

    quote = blocks.TextBlock(label=_("quote"))
    attribution = blocks.CharBlock(label=_("attribution"), max_length=255, required=False)

    class Meta:
        icon = "openquote"
        label = _("Quote")


class DocumentLinkBlock(blocks.StructBlock):
    """A link to a document in the library, with an optional label."""

    document = DocumentChooserBlock(label=_("document"))
    label = blocks.CharBlock(
        label=_("label"), max_length=255, required=False, help_text=_("Defaults to the title.")
    )

    class Meta:
        icon = "doc-full"
        label = _("Document link")


class CallToActionBlock(blocks.StructBlock):
    """A prominent invitation to act, linking to a page or an external address."""

    title = blocks.CharBlock(label=_("title"), max_length=255)
    text = blocks.TextBlock(label=_("text"), required=False)
    button_label = blocks.CharBlock(label=_("button label"), max_length=100)
    page = blocks.PageChooserBlock(label=_("page"), required=False)
    url = blocks.URLBlock(label=_("external URL"), required=False)

    class Meta:
        icon = "pick"
        label = _("Call to action")

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            message = _("Choose a page or enter an external URL (one of them, not both).")
            raise StructBlockValidationError(
                block_errors={"page": ValidationError(message), "url": ValidationError(message)}
            )
        return value


class KeyFigureBlock(blocks.StructBlock):
    """A headline number with its meaning, e.g. "300" / "jobs created"."""

    value = blocks.CharBlock(label=_("value"), max_length=50)
    label = blocks.CharBlock(label=_("label"), max_length=255)
    source = blocks.CharBlock(label=_("source"), max_length=255, required=False)

    class Meta:
        icon = "pick"
        label = _("Key figure")


class TableBlock(blocks.StructBlock):
    """A simple table whose every cell is translatable text."""

    caption = blocks.CharBlock(label=_("caption"), max_length=255, required=False)
    header = blocks.ListBlock(blocks.CharBlock(label=_("column heading")), label=_("header row"))
    rows = blocks.ListBlock(
        blocks.ListBlock(blocks.CharBlock(label=_("cell"), required=False), label=_("row")),
        label=_("rows"),
    )

    class Meta:
        icon = "table"
        label = _("Table")


class FAQItemBlock(blocks.StructBlock):
    """One question and its answer."""

    question = blocks.CharBlock(label=_("question"), max_length=255)
    answer = blocks.RichTextBlock(label=_("answer"), features=RICH_TEXT_FEATURES)


class FAQBlock(blocks.StructBlock):
    """Questions and answers shown as an accordion."""

    title = blocks.CharBlock(label=_("title"), max_length=255, required=False)
    items = blocks.ListBlock(FAQItemBlock(), label=_("questions"), min_num=1)

    class Meta:
        icon = "help"
        label = _("FAQ / accordion")


# The API's query cost limit counts a body as this many blocks (graphql_api/cost.py), so the
# editor may not exceed it.
MAX_BODY_BLOCKS = 50


class ContentStreamBlock(blocks.StreamBlock):
    """The body of every page: text, media and structured highlights."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Rich text"), icon="pilcrow", features=RICH_TEXT_FEATURES
    )
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    embed = EmbedBlock(label=_("Embed"), icon="media", help_text=_("A video or other media URL."))
    document = DocumentLinkBlock()
    call_to_action = CallToActionBlock()
    key_figure = KeyFigureBlock()
    table = TableBlock()
    faq = FAQBlock()

    class Meta:
        max_num = MAX_BODY_BLOCKS


class LearningOutcomesBlock(blocks.StreamBlock):
    """What a learner can do after using a teaching material."""

    outcome = blocks.CharBlock(label=_("Learning outcome"), max_length=300, icon="tick")
