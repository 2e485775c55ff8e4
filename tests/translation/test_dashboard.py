"""The translators' dashboard (real admin view) and the stale-translation e-mail (mail.outbox)."""

from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.cms.factories import ArticleIndexPageFactory, ArticlePageFactory
from tests.directory.factories import SocialEnterpriseFactory, SupportOrganisationFactory
from tests.translation.test_workflow import submit_for_translation, type_title

DASHBOARD = "/admin/translations/dashboard/"


def test_translators_see_their_locale_by_state_with_links(translator, article):
    translation = submit_for_translation(translator, article)
    draft = translation.get_target_instance()
    assert "/admin/translations/dashboard/" in translator.get("/admin/").content.decode()
    html = translator.get(DASHBOARD, {"locale": "lv"}).content.decode()
    assert f'<a href="/admin/pages/{draft.pk}/edit/">' in html
    assert "In progress" in html
    # The German column has nothing yet: every page is missing.
    assert 'data-state="missing"' in translator.get(DASHBOARD, {"locale": "de"}).content.decode()


def test_section_filter_and_constant_queries(translator, article):
    library = article.get_parent()
    other = ArticleIndexPageFactory(parent=library.get_parent(), slug="news")
    filtered = translator.get(DASHBOARD, {"locale": "lv", "section": other.pk}).content.decode()
    assert article.title not in filtered
    SocialEnterpriseFactory(slug="se-first")
    SupportOrganisationFactory(slug="so-first")
    with CaptureQueriesContext(connection) as few:
        translator.get(DASHBOARD, {"locale": "lv"})
    for number in range(5):
        ArticlePageFactory(parent=library, slug=f"more-{number}")
        SocialEnterpriseFactory(slug=f"se-{number}")
    with CaptureQueriesContext(connection) as many:
        assert article.title in translator.get(DASHBOARD, {"locale": "lv"}).content.decode()
    assert len(many) == len(few)


def test_translators_hear_when_their_translation_goes_stale(
    translator, article, django_capture_on_commit_callbacks
):
    translation = submit_for_translation(translator, article)
    type_title(translator, translation, article.title, "Platforma vientuļajiem vecākiem")
    with django_capture_on_commit_callbacks(execute=True):
        article.title = "A platform for single parents in Lithuania and Latvia"
        article.save_revision().publish()
    assert [m.to for m in mail.outbox] == [["ilze@example.org"]]
    assert "/admin/translations/dashboard/?locale=lv" in mail.outbox[0].body
