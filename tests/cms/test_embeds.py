"""Embeds work offline: the default finder builds them from the URL."""

import pytest
from wagtail.embeds.embeds import get_embed

pytestmark = pytest.mark.django_db


def test_youtube_becomes_a_privacy_friendly_player():
    embed = get_embed("https://www.youtube.com/watch?v=dQw4w9WgXcQ")
    assert embed.type == "video"
    assert 'src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"' in embed.html


def test_other_urls_become_links():
    embed = get_embed("https://example.org/video/impact")
    assert embed.type == "link"
    assert (
        embed.html
        == '<a href="https://example.org/video/impact">https://example.org/video/impact</a>'
    )
