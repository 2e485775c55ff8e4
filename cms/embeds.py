"""An embed finder that needs no network, so editors can save embed blocks offline.

Wagtail's default finder asks each provider's oEmbed endpoint. This one builds the embed from
the URL alone: a privacy-friendly player for YouTube and Vimeo, a plain link for anything else.
Set EMBED_FINDER=oembed to use Wagtail's oEmbed finder instead.
"""

import re
from urllib.parse import urlparse

from django.utils.html import escape
from wagtail.embeds.finders.base import EmbedFinder

PLAYERS = [
    (
        re.compile(r"(?:youtube\.com/watch\?v=|youtu\.be/)([\w-]{6,})"),
        "YouTube",
        "https://www.youtube-nocookie.com/embed/{}",
    ),
    (re.compile(r"vimeo\.com/(\d+)"), "Vimeo", "https://player.vimeo.com/video/{}"),
]


class OfflineEmbedFinder(EmbedFinder):
    """Embeds from the URL alone: video players for known hosts, links for the rest."""

    def accept(self, url):
        return urlparse(url).scheme in {"http", "https"}

    def find_embed(self, url, max_width=None, max_height=None):
        for pattern, provider, player in PLAYERS:
            match = pattern.search(url)
            if match:
                src = escape(player.format(match.group(1)))
                html = (
                    f'<iframe src="{src}" width="640" height="360" allowfullscreen '
                    'loading="lazy" title="Video"></iframe>'
                )
                return self.embed(url, "video", provider, html, 640, 360)
        host = urlparse(url).hostname or url
        return self.embed(url, "link", host, f'<a href="{escape(url)}">{escape(url)}</a>')

    @staticmethod
    def embed(url, kind, provider, html, width=None, height=None):
        return {
            "title": url,
            "author_name": "",
            "provider_name": provider,
            "type": kind,
            "thumbnail_url": None,
            "width": width,
            "height": height,
            "html": html,
        }
