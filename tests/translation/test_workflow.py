"""Translators translate and submit; moderators publish. Through the real admin views."""

from urllib.parse import urlencode

import pytest
from django.contrib.auth.models import Group
from wagtail.models import GroupPagePermission, Locale, Page, Workflow, WorkflowState
from wagtail_localize.models import StringSegment, Translation, TranslationSource

from tests.cms.factories import (
    ArticleIndexPageFactory,
    RecommendationGroupFactory,
    TopicFactory,
    translate,
)
from tests.directory.factories import (
    ProjectFactory,
    SocialEnterpriseFactory,
    SupportOrganisationFactory,
)

TITLE_LV = "Lietuvas vientuļo vecāku platforma: ā ē ī ū ļ ņ ķ ģ š ž č"

QUERY = """{ page(urlPath: "/library/parents/", locale: "lv", fallbackLocales: []) { title } }"""


@pytest.mark.django_db
def test_translators_group_can_translate_but_not_publish():
    translators = Group.objects.get(name="Translators")
    codenames = set(translators.permissions.values_list("codename", flat=True))
    assert {"access_admin", "submit_translation", "change_socialenterprise"} <= codenames
    assert not {c for c in codenames if c.startswith(("publish_", "delete_"))}
    page_permissions = set(
        GroupPagePermission.objects.filter(group=translators).values_list(
            "permission__codename", flat=True
        )
    )
    assert page_permissions == {"add_page", "change_page"}


def submit_for_translation(client, page):
    lv = Locale.objects.get(language_code="lv")
    response = client.post(f"/admin/localize/submit/page/{page.pk}/", {"locales": [lv.pk]})
    assert response.status_code == 302
    return Translation.objects.get(source__object_id=page.translation_key, target_locale=lv)


def type_title(client, translation, source_title, value):
    segment = StringSegment.objects.get(source=translation.source, string__data=source_title)
    response = client.put(
        f"/admin/localize/translate/{translation.pk}/strings/{segment.pk}/edit/",
        urlencode({"value": value}),
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code in (200, 201)


def task_state(page):
    return WorkflowState.objects.for_instance(page).get().current_task_state


def test_translator_submits_and_moderator_publishes(translator, moderator, graphql, article):
    translation = submit_for_translation(translator, article)
    draft = translation.get_target_instance()
    assert not draft.live

    editor = translator.get(f"/admin/pages/{draft.pk}/edit/")
    assert editor.status_code == 200
    html = editor.content.decode()
    assert "Submit the Latviešu translation for moderation" in html
    # wagtail-localize's React editor gets canPublish from these props.
    assert "&quot;canPublish&quot;: false" in html

    type_title(translator, translation, "A platform for single parents in Lithuania", TITLE_LV)
    # The editor's own "Publish in Latvian" is refused for translators.
    refused = translator.post(f"/admin/pages/{draft.pk}/edit/", {"action": "publish"})
    assert (refused.status_code, refused.url) == (302, "/admin/")
    draft.refresh_from_db()
    assert not draft.live

    response = translator.post(f"/admin/translations/{translation.pk}/submit/", follow=True)
    assert "was submitted for moderation" in response.content.decode()
    draft.refresh_from_db()
    assert draft.workflow_in_progress
    assert draft.get_latest_revision_as_object().title == TITLE_LV
    assert graphql(QUERY)["data"]["page"] is None

    state = task_state(draft)
    response = moderator.post(
        f"/admin/pages/workflow/action/{draft.pk}/approve/{state.pk}/", {"comment": "Labi!"}
    )
    assert response.status_code in (200, 302)
    draft.refresh_from_db()
    assert draft.live
    assert graphql(QUERY)["data"]["page"] == {"title": TITLE_LV}


def test_rejected_translation_goes_back_and_can_be_resubmitted(translator, moderator, article):
    translation = submit_for_translation(translator, article)
    draft = translation.get_target_instance()
    translator.post(f"/admin/translations/{translation.pk}/submit/")
    moderator.post(
        f"/admin/pages/workflow/action/{draft.pk}/reject/{task_state(draft).pk}/",
        {"comment": "Lūdzu, pārbaudiet virsrakstu."},
    )
    state = WorkflowState.objects.for_instance(draft).get()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert not draft.specific.live

    type_title(translator, translation, "A platform for single parents in Lithuania", TITLE_LV)
    translator.post(f"/admin/translations/{translation.pk}/submit/")
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    # Submitting again while it waits changes nothing.
    response = translator.post(f"/admin/translations/{translation.pk}/submit/", follow=True)
    assert "already awaiting moderation" in response.content.decode()


def test_sync_does_not_let_translators_publish(translator, article):
    translation = submit_for_translation(translator, article)
    source = TranslationSource.objects.get(object_id=article.translation_key)
    page = translator.get(f"/admin/localize/update/{source.pk}/")
    assert page.status_code == 200
    assert "publish_translations" not in page.content.decode()
    translator.post(f"/admin/localize/update/{source.pk}/", {"publish_translations": "on"})
    assert not translation.get_target_instance().live


def test_sync_still_offers_publishing_to_superusers(admin_client, article):
    submit_for_translation(admin_client, article)
    source = TranslationSource.objects.get(object_id=article.translation_key)
    assert (
        "publish_translations"
        in admin_client.get(f"/admin/localize/update/{source.pk}/").content.decode()
    )


def test_directory_entry_translation_goes_to_directory_review(translator, locale):
    entry = SocialEnterpriseFactory(name="Harkujärve kogukond", slug="harkujarve")
    entry.save_revision().publish()
    response = translator.post(
        f"/admin/localize/submit/snippet/directory/socialenterprise/{entry.pk}/",
        {"locales": [locale("lv").pk]},
    )
    assert response.status_code == 302
    translation = Translation.objects.get(
        source__object_id=entry.translation_key, target_locale=locale("lv")
    )
    translator.post(f"/admin/translations/{translation.pk}/submit/")
    latvian = translation.get_target_instance()
    state = WorkflowState.objects.for_instance(latvian).get()
    assert state.workflow == Workflow.objects.get(name="Directory review")
    assert not latvian.live


def test_new_pages_appear_as_drafts_in_locales_that_opt_in(admin_client, home, locale):
    library = ArticleIndexPageFactory(parent=home, slug="library")
    translate(home, "lv", title="Sākums")
    translate(library, "lv", title="Bibliotēka")
    lv = locale("lv")
    # The locale's admin page offers the opt-in.
    edit_locale = admin_client.get(f"/admin/locales/edit/{lv.pk}/")
    assert "Draft translations of new pages" in edit_locale.content.decode()
    response = admin_client.post(
        f"/admin/locales/edit/{lv.pk}/",
        {
            "language_code": "lv",
            "component-cms_drafttranslations-enabled": "on",
            "component-cms_drafttranslations-source_locale": locale("en").pk,
        },
    )
    assert response.status_code == 302

    response = admin_client.post(
        f"/admin/pages/add/cms/articlepage/{library.pk}/",
        {
            "title": "Hear me out",
            "slug": "hear-me-out",
            "intro": "A Danish start-up that listens.",
            "publication_date": "2022-05-01",
            "body-count": "0",
        },
    )
    assert response.status_code == 302
    english = Page.objects.get(slug="hear-me-out", locale__language_code="en")
    latvian = english.get_translation(lv)
    assert not latvian.live
    assert Translation.objects.filter(
        source__object_id=english.translation_key, target_locale=lv
    ).exists()
    # Locales that did not opt in get nothing.
    assert not english.get_translations().exclude(locale=lv).exists()


SNIPPET_FACTORIES = {
    "topic": lambda: TopicFactory(),
    "recommendationgroup": lambda: RecommendationGroupFactory(),
    "project": lambda: ProjectFactory(),
    "socialenterprise": lambda: SocialEnterpriseFactory(),
    "supportorganisation": lambda: SupportOrganisationFactory(),
}


@pytest.mark.parametrize(
    "app, model",
    [
        ("cms", "topic"),
        ("cms", "recommendationgroup"),
        ("directory", "country"),
        ("directory", "project"),
        ("directory", "sector"),
        ("directory", "targetgroup"),
        ("directory", "legalform"),
        ("directory", "sustainabledevelopmentgoal"),
        ("directory", "socialenterprise"),
        ("directory", "supportorganisation"),
    ],
)
def test_every_translatable_snippet_can_be_translated(admin_client, locale, app, model):
    from django.apps import apps

    model_class = apps.get_model(app, model)
    instance = (
        SNIPPET_FACTORIES[model]()
        if model in SNIPPET_FACTORIES
        else model_class.objects.filter(locale=locale("en")).first()
    )
    url = f"/admin/localize/submit/snippet/{app}/{model}/{instance.pk}/"
    assert admin_client.get(url).status_code == 200
    versions = model_class.objects.filter(translation_key=instance.translation_key)
    # Seeded taxonomies exist in every locale (migrations); without its Polish version the term
    # is like one an editor added, still to be translated.
    target = "pl"
    versions.filter(locale__language_code=target).delete()
    response = admin_client.post(url, {"locales": [locale(target).pk]})
    assert response.status_code == 302
    assert versions.filter(locale__language_code=target).exists()


@pytest.mark.django_db
def test_groups_cover_the_newer_snippets():
    def codenames(name):
        return set(Group.objects.get(name=name).permissions.values_list("codename", flat=True))

    assert {"change_eventtype", "change_impactindicator"} <= codenames("Translators")
    assert not {"publish_eventtype", "delete_eventtype"} & codenames("Translators")
    assert {"change_indicatorvalue", "change_impactindicator"} <= codenames("Directory curators")
    assert "change_eventtype" in codenames("Editors")
