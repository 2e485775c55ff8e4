from django.utils.html import escape
from wagtail.documents.rich_text import DocumentLinkHandler
from wagtail.rich_text.pages import PageLinkHandler

from core.visibility import is_public_media, page_paths


class HeadlessPageLinkHandler(PageLinkHandler):
    """Render internal page links as frontend paths (/lv/library/...), and drop the href of
    links to pages that are not visible, so rich text never points at drafts or private pages."""

    @classmethod
    def expand_db_attributes_many(cls, attrs_list: list[dict]) -> list[str]:
        ids = [attrs["id"] for attrs in attrs_list if str(attrs.get("id", "")).isdigit()]
        paths = page_paths(ids)
        html = []
        for attrs in attrs_list:
            path = paths.get(int(attrs["id"])) if str(attrs.get("id", "")).isdigit() else None
            html.append(f'<a href="{escape(path)}">' if path else "<a>")
        return html


class HeadlessDocumentLinkHandler(DocumentLinkHandler):
    """Drop the href of links to documents in view-restricted collections (their URL names the
    file), as for pages that are not visible."""

    @classmethod
    def expand_db_attributes_many(cls, attrs_list: list[dict]) -> list[str]:
        return [
            f'<a href="{escape(doc.url)}">' if is_public_media(doc) else "<a>"
            for doc in cls.get_many(attrs_list)
        ]
