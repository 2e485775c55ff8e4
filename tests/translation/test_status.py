"""Translate -> edit -> publish -> source changes -> stale -> sync, through the real admin
views of wagtail-localize and the real /graphql/ endpoint."""

from urllib.parse import urlencode

import pytest
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, Translation, TranslationSource

from tests.cms.factories import ArticleIndexPageFactory, ArticlePageFactory, translate

LATVIAN_TITLE = "Sociālā ekonomika Liepājā: ļaudis, ņiprums, ķēdes, ģimenes, šūnas, žogi, čaklums"
LATVIAN_INTRO = "Kā kafejnīca Liepā nodarbina cilvēkus ar invaliditāti — ā ē ī ū ļ ņ ķ ģ š ž č."

STATUS_QUERY = """
query($path: String!, $locale: String) {
  page(urlPath: $path, locale: $locale, fallbackLocales: []) {
    title intro locale
    translationStatus { locale isSource exists live percentTranslated stale state }
  }
}
"""


@pytest.fixture
def article(home):
    library = ArticleIndexPageFactory(parent=home, slug="library", title="Library")
    translate(home, "lv", title="Sākums")
    translate(library, "lv", title="Bibliotēka")
    return ArticlePageFactory(
        parent=library,
        slug="liepaja",
        title="Social economy in Liepāja",
        intro="How a café in Liepa employs people with disabilities.",
    )


def status_of(graphql, locale_code, path="/library/liepaja/"):
    page = graphql(STATUS_QUERY, {"path": path, "locale": "en"})["data"]["page"]
    return next(s for s in page["translationStatus"] if s["locale"] == locale_code)


def submit_translation(admin_client, page, code):
    """The "Translate" action: wagtail-localize's submit view."""
    lv = Locale.objects.get(language_code=code)
    response = admin_client.post(f"/admin/localize/submit/page/{page.pk}/", {"locales": [lv.pk]})
    assert response.status_code == 302, response.content
    return Translation.objects.get(source__object_id=page.translation_key, target_locale=lv)


def edit_segment(admin_client, translation, source_text, value):
    """What the translation editor sends when a translator saves one segment."""
    segment = StringSegment.objects.get(source=translation.source, string__data=source_text)
    response = admin_client.put(
        f"/admin/localize/translate/{translation.pk}/strings/{segment.pk}/edit/",
        urlencode({"value": value}),
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code in (200, 201), response.content


def test_translate_edit_publish_stale_sync(
    admin_client, graphql, article, django_capture_on_commit_callbacks
):
    assert status_of(graphql, "lv") == {
        "locale": "lv",
        "isSource": False,
        "exists": False,
        "live": False,
        "percentTranslated": 0,
        "stale": False,
        "state": "MISSING",
    }

    translation = submit_translation(admin_client, article, "lv")
    draft = translation.get_target_instance()
    # A new translation is a draft even though its source is live: it goes through moderation.
    assert not draft.live
    started = status_of(graphql, "lv")
    assert (started["exists"], started["live"], started["percentTranslated"]) == (True, False, 0)
    assert started["state"] == "IN_PROGRESS"

    edit_segment(admin_client, translation, "Social economy in Liepāja", LATVIAN_TITLE)
    # Three segments: title, lead and slug.
    assert status_of(graphql, "lv")["percentTranslated"] == 33
    edit_segment(admin_client, translation, "liepaja", "liepaja")
    edit_segment(
        admin_client,
        translation,
        "How a café in Liepa employs people with disabilities.",
        LATVIAN_INTRO,
    )
    # wagtail-localize publishes on commit.
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(f"/admin/pages/{draft.pk}/edit/", {"action": "publish"})
    assert response.status_code == 302

    lv = graphql(STATUS_QUERY, {"path": "/library/liepaja/", "locale": "lv"})["data"]["page"]
    # Byte-exact: the text typed in the editor is what the API serves.
    assert lv["title"] == LATVIAN_TITLE
    assert lv["intro"] == LATVIAN_INTRO
    assert lv["locale"] == "lv"
    mine = next(s for s in lv["translationStatus"] if s["locale"] == "lv")
    assert mine == {
        "locale": "lv",
        "isSource": False,
        "exists": True,
        "live": True,
        "percentTranslated": 100,
        "stale": False,
        "state": "COMPLETE",
    }
    english = next(s for s in lv["translationStatus"] if s["locale"] == "en")
    assert english["isSource"] and english["state"] == "COMPLETE"

    # The source is edited and published again: the translation is now behind.
    article.refresh_from_db()
    article.title = "Social economy in Liepāja, Latvia"
    article.save_revision().publish()
    assert status_of(graphql, "lv")["stale"] is True
    assert status_of(graphql, "lv")["state"] == "STALE"
    # Locales never translated stay missing, not stale.
    assert status_of(graphql, "sv")["state"] == "MISSING"

    # "Sync translated pages" brings the new source text in: no longer stale, but the new
    # title is a segment still to translate.
    source = TranslationSource.objects.get(object_id=article.translation_key)
    response = admin_client.post(f"/admin/localize/update/{source.pk}/", {})
    assert response.status_code == 302
    synced = status_of(graphql, "lv")
    assert synced["stale"] is False
    assert synced["percentTranslated"] == 66
    assert synced["state"] == "IN_PROGRESS"


def test_edited_by_hand_translation_is_stale_until_edited_again(graphql, article):
    article.save_revision().publish()
    danish = translate(article, "da", title="Socialøkonomi i Liepāja")
    status = status_of(graphql, "da")
    # Written by hand, outside the translation editor: no segment count.
    assert (status["percentTranslated"], status["stale"], status["state"]) == (
        None,
        False,
        "COMPLETE",
    )
    article.title = "Social economy in Liepāja (updated)"
    article.save_revision().publish()
    assert status_of(graphql, "da")["stale"] is True
    danish.title = "Socialøkonomi i Liepāja (opdateret)"
    danish.save_revision().publish()
    assert status_of(graphql, "da")["stale"] is False


def test_translation_progress_counts_by_state(admin_client, graphql, article):
    article.save_revision().publish()
    query = """query($locale: String) { translationProgress(locale: $locale) {
        kind locale total missing inProgress stale complete } }"""
    pages = next(
        row
        for row in graphql(query, {"locale": "lv"})["data"]["translationProgress"]
        if row["kind"] == "pages"
    )
    # home and library are translated by hand, the article is missing.
    assert pages == {
        "kind": "pages",
        "locale": "lv",
        "total": 3,
        "missing": 1,
        "inProgress": 0,
        "stale": 0,
        "complete": 2,
    }
    submit_translation(admin_client, article, "lv")
    pages = next(
        row
        for row in graphql(query, {"locale": "lv"})["data"]["translationProgress"]
        if row["kind"] == "pages"
    )
    assert (pages["missing"], pages["inProgress"], pages["complete"]) == (0, 1, 2)
    everything = graphql(query)["data"]["translationProgress"]
    assert {row["locale"] for row in everything} == {
        "da",
        "de",
        "et",
        "fi",
        "lv",
        "lt",
        "nb",
        "pl",
        "sv",
    }
    kinds = {row["kind"] for row in everything}
    assert {"pages", "socialenterprise", "supportorganisation", "country", "topic"} <= kinds
    assert "journeyentry" not in kinds
