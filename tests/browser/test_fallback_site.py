"""Every language is a whole site: in Swedish and Estonian the example frontend's home, calendar
and directory show what exists only in English, each such item marked "shown in English" in the
reader's language, and the language switcher offers every language on every page."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone
from playwright.sync_api import Locator, expect
from wagtail.models import Locale

from cms import models
from directory.models import Country
from tests.cms.factories import ArticlePageFactory, EventPageFactory, translate
from tests.directory.factories import SocialEnterpriseFactory

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

# What a reader of each language sees beside an English item (the frontend's src/i18n.ts).
SHOWN_IN_ENGLISH = {"sv": "visas på engelska", "et": "kuvatakse inglise keeles"}
# The switcher's note beside a language without its own version, in that language.
NOT_TRANSLATED = {"en": "not translated", "sv": "inte översatt", "et": "tõlkimata"}

ARTICLE = "Social clauses in public procurement: a checklist"
TRANSLATED_ARTICLE = "Patient capital for social start-ups"
TRANSLATED_ARTICLE_SV = "Tålmodigt kapital för sociala uppstartsföretag"
EVENT = "Social procurement clinic"
ENTERPRISE = "Abava Repair Café"
TRANSLATED_ENTERPRISE = "Abruka Bicycle Kitchen"
TRANSLATED_ENTERPRISE_SV = "Abruka cykelkök"


@pytest.fixture
def english_content(demo):
    """On top of the demo: an article, an event in May 2027 and a directory entry only in
    English, and an article and an entry with a Swedish version."""
    library = models.ArticleIndexPage.objects.get(locale__language_code="en")
    today = timezone.localdate()
    ArticlePageFactory(
        parent=library, slug="social-clauses-checklist", title=ARTICLE, publication_date=today
    )
    capital = ArticlePageFactory(
        parent=library, slug="patient-capital", title=TRANSLATED_ARTICLE, publication_date=today
    )
    translate(capital, "sv", title=TRANSLATED_ARTICLE_SV)

    tallinn = ZoneInfo("Europe/Tallinn")
    EventPageFactory(
        parent=models.EventIndexPage.objects.get(locale__language_code="en"),
        slug="social-procurement-clinic-2027",
        title=EVENT,
        starts_at=datetime.datetime(2027, 5, 12, 10, tzinfo=tallinn),
        ends_at=datetime.datetime(2027, 5, 12, 14, tzinfo=tallinn),
        time_zone="Europe/Tallinn",
        city="Tallinn",
        country=Country.objects.get(code="EE", locale__language_code="en"),
    )

    SocialEnterpriseFactory(
        name=ENTERPRISE, slug="abava-repair-cafe", short_description="Repairs instead of waste."
    )
    kitchen = SocialEnterpriseFactory(
        name=TRANSLATED_ENTERPRISE, slug="abruka-bicycle-kitchen", short_description="Bicycles."
    )
    swedish = kitchen.copy_for_translation(Locale.objects.get(language_code="sv"))
    swedish.name = TRANSLATED_ENTERPRISE_SV
    swedish.short_description = "Cyklar."
    swedish.live = True
    swedish.save()


def item(listing: Locator, text: str) -> Locator:
    found = listing.filter(has_text=text)
    expect(found).to_have_count(1)
    return found


def expect_marked(listed: Locator, code: str) -> None:
    """An English item on a page in `code`: the note in the page's language, the title in English."""
    mark = listed.locator(".fallback-mark")
    expect(mark).to_be_visible()
    expect(mark).to_have_text(SHOWN_IN_ENGLISH[code])
    expect(mark).to_have_attribute("lang", code)
    expect(listed.locator("[lang=en]").first).to_be_visible()


def expect_unmarked(listed: Locator) -> None:
    expect(listed.locator(".fallback-mark")).to_have_count(0)
    expect(listed.locator("[lang]")).to_have_count(0)


def test_swedish_and_estonian_sites_show_english_content_marked(
    english_content, actor, headless_frontend
):
    visitor = actor("visitor", base_url=headless_frontend)
    page = visitor.page
    for code in ("sv", "et"):
        # Estonian has no pages of its own yet: its home is the English one, in the Estonian site.
        page.goto(f"/{code}/")
        expect(page.locator("html")).to_have_attribute("lang", code)
        articles = page.locator("ul.article-list li")
        expect_marked(item(articles, ARTICLE), code)
        if code == "sv":
            expect_unmarked(item(articles, TRANSLATED_ARTICLE_SV))
        else:
            expect_marked(item(articles, TRANSLATED_ARTICLE), code)
        event = item(page.locator("ul.event-list li"), EVENT)
        expect_marked(event, code)
        # Paths stay in the reader's site.
        expect(event.locator("a")).to_have_attribute(
            "href", f"/{code}/events/social-procurement-clinic-2027/"
        )
        visitor.shot(f"home-{code}")

        page.goto(f"/{code}/calendar/?month=2027-05")
        occurrence = item(page.locator("table.calendar-month a.calendar-event"), EVENT)
        expect_marked(occurrence, code)
        visitor.shot(f"calendar-{code}")

        page.goto(f"/{code}/directory/")
        entries = page.locator("ul.directory-results li")
        expect_marked(item(entries, ENTERPRISE), code)
        if code == "sv":
            expect_unmarked(item(entries, TRANSLATED_ENTERPRISE_SV))
        else:
            expect_marked(item(entries, TRANSLATED_ENTERPRISE), code)
        visitor.shot(f"directory-{code}")

        # The English article in this site: the page, then every language in the switcher.
        page.goto(f"/{code}/library/social-clauses-checklist/")
        expect(page.locator("h1")).to_have_text(ARTICLE)
        expect(page.locator(".fallback-notice")).to_be_visible()
        visitor.shot(f"article-{code}")


def switcher_entry(page, code: str) -> Locator:
    return page.locator(f".language-switcher [lang={code}]")


def test_the_language_switcher_offers_every_language_marking_fallbacks(
    english_content, actor, headless_frontend
):
    visitor = actor("visitor", base_url=headless_frontend)
    page = visitor.page
    codes = list(Locale.objects.values_list("language_code", flat=True))
    assert len(codes) == 10

    # Only in English: every other language shows it as a fallback, at the same path.
    page.goto("/sv/library/social-clauses-checklist/")
    expect(page.locator(".language-switcher > *")).to_have_count(len(codes))
    expect(switcher_entry(page, "sv")).to_have_attribute("aria-current", "true")
    expect(switcher_entry(page, "sv")).to_contain_text(NOT_TRANSLATED["sv"])
    expect(switcher_entry(page, "en")).not_to_contain_text(NOT_TRANSLATED["en"])
    expect(switcher_entry(page, "en")).to_have_attribute(
        "href", "/en/library/social-clauses-checklist/"
    )
    estonian = switcher_entry(page, "et")
    expect(estonian).to_contain_text(NOT_TRANSLATED["et"])
    expect(estonian).to_have_attribute("href", "/et/library/social-clauses-checklist/")
    # The alternates for search engines are the versions that exist, not the fallbacks.
    expect(page.locator("link[rel=alternate]")).to_have_count(1)
    expect(page.locator("link[rel=alternate]")).to_have_attribute("hreflang", "en")
    visitor.shot("switcher-english-only")
    estonian.click()
    expect(page.locator("html")).to_have_attribute("lang", "et")
    expect(page.locator("h1")).to_have_text(ARTICLE)

    # Translated into Swedish: Swedish and English are its own, Estonian a fallback.
    page.goto("/en/library/patient-capital/")
    expect(page.locator(".language-switcher > *")).to_have_count(len(codes))
    expect(switcher_entry(page, "sv")).not_to_contain_text(NOT_TRANSLATED["sv"])
    expect(switcher_entry(page, "en")).not_to_contain_text(NOT_TRANSLATED["en"])
    expect(switcher_entry(page, "et")).to_contain_text(NOT_TRANSLATED["et"])
    visitor.shot("switcher-translated")
    switcher_entry(page, "sv").click()
    expect(page.locator("h1")).to_have_text(TRANSLATED_ARTICLE_SV)
    expect(page.locator(".fallback-notice")).to_have_count(0)

    # A directory entry only in English, read in Estonian.
    page.goto("/et/directory/enterprises/abava-repair-cafe/")
    expect(page.locator("h1")).to_have_text(ENTERPRISE)
    expect(page.locator(".language-switcher > *")).to_have_count(len(codes))
    expect(switcher_entry(page, "et")).to_contain_text(NOT_TRANSLATED["et"])
    expect(switcher_entry(page, "en")).to_have_attribute(
        "href", "/en/directory/enterprises/abava-repair-cafe/"
    )
    visitor.shot("switcher-entry")
