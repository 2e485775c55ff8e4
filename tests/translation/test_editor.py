"""The translation editor offers each user the actions they may take: translators submit (a
footer of its own, always in view), moderators approve or request changes. Real admin views."""

import html
import json
import re

from wagtail.models import WorkflowState
from wagtail_localize.models import Translation

from tests.cms.factories import TopicFactory
from tests.directory.factories import SocialEnterpriseFactory
from tests.helpers import logged_in
from tests.translation.test_workflow import submit_for_translation, task_state


def editor_props(response) -> dict:
    match = re.search(
        r'class="js-translation-editor" data-props="([^"]*)"', response.content.decode()
    )
    return json.loads(html.unescape(match.group(1)))


def wrapper_classes(response) -> set[str]:
    match = re.search(r'<div class="(bc-translation-editor[^"]*)"', response.content.decode())
    return set(match.group(1).split())


def footer(response) -> str:
    content = response.content.decode()
    start = content.find("data-translation-footer")
    return "" if start < 0 else content[start : content.index("</footer>", start)]


def test_translators_submit_from_a_footer_of_their_own(translator, article):
    translation = submit_for_translation(translator, article)
    draft = translation.get_target_instance()
    response = translator.get(f"/admin/pages/{draft.pk}/edit/")
    props = editor_props(response)
    # Nothing that removes the translation: the editor would make "Delete" its main action.
    assert props["perms"]["canDelete"] is False
    assert props["perms"]["canPublish"] is False
    assert props["links"]["convertToAliasUrl"] is None
    # The editor's own footer (and its "Stop synced translation") is hidden by the override.
    assert {"bc-translation-editor--own-footer", "bc-translation-editor--keep"} <= (
        wrapper_classes(response)
    )
    ours = footer(response)
    # Submitting is the primary button (Wagtail's .footer stays fixed at the bottom).
    assert re.search(r'<button type="submit" class="button">\s*<svg[^>]*icon-resubmit', ours)
    assert "Submit the Latviešu translation for moderation" in ours
    assert f"/admin/localize/translate/{translation.pk}/preview/" in ours

    translator.post(f"/admin/translations/{translation.pk}/submit/")
    waiting = footer(translator.get(f"/admin/pages/{draft.pk}/edit/"))
    assert "awaiting moderation" in waiting
    assert "data-translation-submit" not in waiting


def test_translators_may_not_stop_or_alias_a_translation(translator, article):
    translation = submit_for_translation(translator, article)
    draft = translation.get_target_instance()
    # Wagtail's admin answers PermissionDenied with a redirect to the dashboard.
    stop = translator.post(f"/admin/localize/translate/{translation.pk}/disable/")
    assert (stop.status_code, stop.url) == (302, "/admin/")
    alias = translator.post(f"/admin/localize/page/{draft.pk}/convert_to_alias/")
    assert (alias.status_code, alias.url) == (302, "/admin/")
    translation.refresh_from_db()
    assert translation.enabled
    draft.refresh_from_db()
    assert draft.alias_of_id is None


def test_moderators_keep_the_editors_own_actions(moderator, translator, article):
    translation = submit_for_translation(translator, article)
    draft = translation.get_target_instance()
    response = moderator.get(f"/admin/pages/{draft.pk}/edit/")
    props = editor_props(response)
    assert props["perms"]["canPublish"] is True
    assert props["links"]["convertToAliasUrl"]
    assert "data-translation-footer" not in response.content.decode()
    assert wrapper_classes(response) == {"bc-translation-editor"}
    response = moderator.post(
        f"/admin/localize/translate/{translation.pk}/disable/",
        {"next": f"/admin/pages/{draft.pk}/edit/"},
    )
    assert response.status_code == 302
    assert not Translation.objects.get(pk=translation.pk).enabled


def test_taxonomy_translators_keep_saving_but_not_stopping(translator, locale):
    """Topics have no drafts: "Publish" saves them, so the editor's footer stays."""
    topic = TopicFactory()
    translator.post(
        f"/admin/localize/submit/snippet/cms/topic/{topic.pk}/", {"locales": [locale("lv").pk]}
    )
    translation = Translation.objects.get(source__object_id=topic.translation_key)
    latvian = translation.get_target_instance()
    response = translator.get(f"/admin/snippets/cms/topic/edit/{latvian.pk}/")
    assert "data-translation-footer" not in response.content.decode()
    assert wrapper_classes(response) == {"bc-translation-editor", "bc-translation-editor--keep"}
    translator.post(f"/admin/localize/translate/{translation.pk}/disable/")
    translation.refresh_from_db()
    assert translation.enabled


def workflow_buttons(response) -> list[tuple[str, str, bool]]:
    return [
        (label.strip(), url, bool(modal))
        for url, modal, label in re.findall(
            r'data-workflow-action-url="([^"]+)"( data-launch-modal)?>([^<]+)</button>',
            footer(response),
        )
    ]


def test_moderators_approve_or_request_changes_in_the_editor(moderator, translator, article):
    translation = submit_for_translation(translator, article)
    draft = translation.get_target_instance()
    translator.post(f"/admin/translations/{translation.pk}/submit/")
    state = task_state(draft)

    response = moderator.get(f"/admin/pages/{draft.pk}/edit/")
    buttons = workflow_buttons(response)
    base = f"/admin/pages/workflow/action/{draft.pk}"
    assert buttons == [
        ("Request changes", f"{base}/reject/{state.pk}/", True),
        ("Approve", f"{base}/approve/{state.pk}/", False),
        ("Approve with comment", f"{base}/approve/{state.pk}/", True),
    ]
    assert "bc-translation-editor--own-footer" in wrapper_classes(response)
    assert "wagtailadmin/js/workflow-action.js" in response.content.decode()
    # The translator waiting for the review has no say in it.
    assert workflow_buttons(translator.get(f"/admin/pages/{draft.pk}/edit/")) == []

    # What the "Request changes" modal posts; the translator then sees it back in their hands.
    moderator.post(buttons[0][1], {"comment": "Lūdzu, pārbaudiet virsrakstu."})
    assert WorkflowState.objects.for_instance(draft).get().status == "needs_changes"
    again = translator.get(f"/admin/pages/{draft.pk}/edit/")
    assert "data-translation-submit" in footer(again)
    assert workflow_buttons(moderator.get(f"/admin/pages/{draft.pk}/edit/")) == []

    translator.post(f"/admin/translations/{translation.pk}/submit/")
    approve = workflow_buttons(moderator.get(f"/admin/pages/{draft.pk}/edit/"))[1][1]
    assert moderator.post(approve).status_code == 302
    draft.refresh_from_db()
    assert draft.live


def test_curators_review_directory_translations_in_the_editor(
    translator, locale, django_user_model
):
    entry = SocialEnterpriseFactory(name="Harkujärve kogukond", slug="harkujarve")
    entry.save_revision().publish()
    translator.post(
        f"/admin/localize/submit/snippet/directory/socialenterprise/{entry.pk}/",
        {"locales": [locale("lv").pk]},
    )
    translation = Translation.objects.get(source__object_id=entry.translation_key)
    translator.post(f"/admin/translations/{translation.pk}/submit/")
    latvian = translation.get_target_instance()
    curator = logged_in(django_user_model, "kaja", "Directory curators")
    edit_url = f"/admin/snippets/directory/socialenterprise/edit/{latvian.pk}/"
    buttons = workflow_buttons(curator.get(edit_url))
    approve = next(url for label, url, modal in buttons if label == "Approve")
    assert approve.startswith(
        f"/admin/snippets/directory/socialenterprise/workflow/action/{latvian.pk}/approve/"
    )
    curator.post(approve)
    latvian.refresh_from_db()
    assert latvian.live
