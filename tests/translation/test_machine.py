"""The offline machine translator behind the translation editor's "Machine translate"."""

import pytest
from wagtail.models import Locale
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.models import StringTranslation, Translation

from cms.translation.machine import translate_terms
from tests import factories
from tests.conftest import translate


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


@pytest.mark.django_db
def test_machine_translate_button_fills_segments_marked_as_machine(client, django_user_model, home):
    client.force_login(django_user_model.objects.create_superuser("a", "a@example.org", "pw"))
    library = factories.ArticleIndexPageFactory(parent=home, slug="library")
    translate(home, "lv", title="Sākums")
    translate(library, "lv", title="Bibliotēka")
    article = factories.ArticlePageFactory(
        parent=library, title="Impact measurement for social enterprises"
    )
    lv = Locale.objects.get(language_code="lv")
    client.post(f"/admin/localize/submit/page/{article.pk}/", {"locales": [lv.pk]})
    translation = Translation.objects.get(target_locale=lv)
    draft = translation.get_target_instance()

    response = client.post(
        f"/admin/localize/translate/{translation.pk}/machine_translate/",
        {"next": f"/admin/pages/{draft.pk}/edit/"},
    )
    assert response.status_code == 302
    title = StringTranslation.objects.get(
        locale=lv, translation_of__data="Impact measurement for social enterprises"
    )
    assert title.data == "Ietekmes mērīšana for sociālie uzņēmumi"
    assert title.translation_type == StringTranslation.TRANSLATION_TYPE_MACHINE
    assert title.tool_name == "Baltic Commons glossary (offline)"
