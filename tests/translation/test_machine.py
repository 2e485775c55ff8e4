"""The offline machine translator behind the translation editor's "Machine translate"."""

import pytest
from wagtail.models import Locale
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from cms.translation.machine import translate_completely, translate_terms
from tests.cms.factories import ArticleIndexPageFactory, ArticlePageFactory, translate
from tests.translation.test_status import edit_segment


def test_glossary_terms_are_replaced_outside_tags_only():
    html = 'Social enterprises in the <a id="a1">Baltic Sea Region</a> and social economy'
    assert translate_terms(
        html,
        {
            "social enterprises": "sociālie uzņēmumi",
            "Baltic Sea Region": "Baltijas jūras reģions",
            "social economy": "sociālā ekonomika",
        },
    ) == ('Sociālie uzņēmumi in the <a id="a1">Baltijas jūras reģions</a> and sociālā ekonomika')
    # A term inside an attribute or a longer word is left alone.
    assert translate_terms('<a id="incubator">incubators</a>', {"incubator": "x"}) == (
        '<a id="incubator">incubators</a>'
    )


@pytest.mark.django_db
def test_offline_translator_is_the_default():
    translator = get_machine_translator()
    assert translator.display_name == "Baltic Commons glossary (offline)"
    en, lv = Locale.objects.get(language_code="en"), Locale.objects.get(language_code="lv")
    assert translator.can_translate(en, lv)
    assert not translator.can_translate(lv, en)


STATUS = """query($path: String!) {
  page(urlPath: $path, locale: "en") {
    translationStatus { locale percentTranslated machineTranslated state }
  }
}"""
PROGRESS = """{ translationProgress(locale: "lv") {
  kind total missing inProgress machineTranslated stale complete
} }"""


def latvian_status(graphql) -> dict:
    page = graphql(STATUS, {"path": "/library/social-enterprises/"})["data"]["page"]
    status = next(s for s in page["translationStatus"] if s["locale"] == "lv")
    return {k: v for k, v in status.items() if k != "locale"}


def test_glossary_fills_only_what_it_translates_completely():
    glossary = {"social economy": "sociālā ekonomika", "cooperative": "kooperatīvs"}
    assert translate_completely("<b>Social economy</b>", glossary) == "<b>Sociālā ekonomika</b>"
    # Entities are no words.
    assert translate_completely("Cooperative &amp; social economy!", glossary) == (
        "Kooperatīvs &amp; sociālā ekonomika!"
    )
    assert translate_completely("Cooperative, social economy: 2024", glossary) == (
        "Kooperatīvs, sociālā ekonomika: 2024"
    )
    assert translate_completely("A cooperative in Riga", glossary) is None


@pytest.mark.django_db
def test_machine_translation_is_reported_apart_until_a_person_confirms(
    client, django_user_model, home, graphql
):
    client.force_login(django_user_model.objects.create_superuser("a", "a@example.org", "pw"))
    library = ArticleIndexPageFactory(parent=home, slug="library")
    translate(home, "lv", title="Sākums")
    translate(library, "lv", title="Bibliotēka")
    article = ArticlePageFactory(
        parent=library,
        slug="social-enterprises",
        title="Social enterprises",
        intro="Impact measurement for social enterprises",
    )
    article.save_revision().publish()
    lv = Locale.objects.get(language_code="lv")
    client.post(f"/admin/localize/submit/page/{article.pk}/", {"locales": [lv.pk]})
    translation = Translation.objects.get(target_locale=lv)
    draft = translation.get_target_instance()
    segments = StringSegment.objects.filter(source=translation.source).count()

    response = client.post(
        f"/admin/localize/translate/{translation.pk}/machine_translate/",
        {"next": f"/admin/pages/{draft.pk}/edit/"},
    )
    assert response.status_code == 302
    title = StringTranslation.objects.get(locale=lv, translation_of__data="Social enterprises")
    assert title.data == "Sociālie uzņēmumi"
    assert title.translation_type == StringTranslation.TRANSLATION_TYPE_MACHINE
    assert title.tool_name == "Baltic Commons glossary (offline)"
    # "for" is no glossary term: the intro stays untranslated rather than half English.
    assert not StringTranslation.objects.filter(
        locale=lv, translation_of__data="Impact measurement for social enterprises"
    ).exists()
    machine_share = 100 // segments
    assert latvian_status(graphql) == {
        "percentTranslated": 0,
        "machineTranslated": machine_share,
        "state": "IN_PROGRESS",
    }

    # A translator fills in the rest: every segment is filled, one only by the machine.
    for segment in StringSegment.objects.filter(source=translation.source).exclude(
        string__data="Social enterprises"
    ):
        edit_segment(client, translation, segment.string.data, f"LV {segment.string.data}")
    status = latvian_status(graphql)
    assert status["state"] == "MACHINE"
    assert status["percentTranslated"] + status["machineTranslated"] == 100
    pages = next(
        row for row in graphql(PROGRESS)["data"]["translationProgress"] if row["kind"] == "pages"
    )
    assert (pages["machineTranslated"], pages["complete"]) == (1, 2)

    # Confirming the machine's title (saving it unchanged) makes it a person's translation.
    edit_segment(client, translation, "Social enterprises", "Sociālie uzņēmumi")
    assert latvian_status(graphql) == {
        "percentTranslated": 100,
        "machineTranslated": 0,
        "state": "COMPLETE",
    }
