"""jsonLd on pages and entries, and sitemap(locale) with alternates for hreflang."""

import datetime
from zoneinfo import ZoneInfo

from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.cms.factories import (
    ArticleIndexPageFactory,
    ArticlePageFactory,
    AuthorFactory,
    EventIndexPageFactory,
    EventPageFactory,
    translate,
)
from tests.directory.factories import SocialEnterpriseFactory


def test_event_and_article_json_ld(graphql, home):
    events = EventIndexPageFactory(parent=home, slug="events")
    warsaw = ZoneInfo("Europe/Warsaw")
    EventPageFactory(
        parent=events,
        slug="senbs-gdansk",
        title="SENBS partner meeting",
        starts_at=datetime.datetime(2027, 1, 24, 10, 0, tzinfo=warsaw),
        ends_at=datetime.datetime(2027, 1, 24, 16, 0, tzinfo=warsaw),
        time_zone="Europe/Warsaw",
        attendance_mode="mixed",
        online_url="https://example.org/meet",
        venue_name="Science Park",
    )
    data = graphql('{ page(urlPath: "/events/senbs-gdansk/") { jsonLd } }')["data"]["page"][
        "jsonLd"
    ]
    assert data["@type"] == "Event"
    assert data["startDate"] == "2027-01-24T10:00:00+01:00"
    assert data["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    assert data["location"][0]["address"] == {
        "@type": "PostalAddress",
        "addressLocality": "Gdańsk",
        "addressCountry": "PL",
    }
    assert data["location"][1] == {"@type": "VirtualLocation", "url": "https://example.org/meet"}
    assert data["url"].endswith("/en/events/senbs-gdansk/")

    library = ArticleIndexPageFactory(parent=home, slug="library")
    article = ArticlePageFactory(parent=library, slug="impact", title="Impact")
    article.authors.add(AuthorFactory(name="Ilze Ozola"))
    article.save_revision().publish()
    query = "{ articles { results { jsonLd } } }"
    [result] = graphql(query)["data"]["articles"]["results"]
    assert result["jsonLd"]["@type"] == "Article"
    assert result["jsonLd"]["author"] == [{"@type": "Person", "name": "Ilze Ozola"}]

    def count():
        with CaptureQueriesContext(connection) as captured:
            graphql(query)
        return len(captured)

    few = count()
    for n in range(3):
        ArticlePageFactory(parent=library, slug=f"more-{n}")
    assert count() == few


def test_organisation_json_ld(graphql, db):
    SocialEnterpriseFactory(slug="aiidi", name="AIIDi", city="Rīga", website="https://example.lv")
    data = graphql('{ socialEnterprise(slug: "aiidi") { jsonLd } }')["data"]["socialEnterprise"]
    assert data["jsonLd"]["@type"] == "Organization"
    assert data["jsonLd"]["address"]["addressLocality"] == "Rīga"
    assert data["jsonLd"]["address"]["addressCountry"] == "LV"


def test_sitemap_with_alternates(graphql, home):
    home.save_revision().publish()
    library = ArticleIndexPageFactory(parent=home, slug="library")
    library.save_revision().publish()
    ArticlePageFactory(parent=library, slug="draft", live=False)
    translate(home, "lv", title="Sākums")
    translate(library, "lv", title="Bibliotēka")
    entries = graphql(
        '{ sitemap(locale: "en") { urlPath path lastmod alternates { locale path } } }'
    )["data"]["sitemap"]
    assert [e["urlPath"] for e in entries] == ["/", "/library/"]
    assert entries[1]["alternates"] == [{"locale": "lv", "path": "/lv/library/"}]
    assert entries[1]["lastmod"] is not None
