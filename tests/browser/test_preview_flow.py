"""An editor previews a draft in the admin and sees it rendered by the example frontend."""

import re

import pytest
from playwright.sync_api import expect

from cms.models import ArticlePage

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

DRAFT_TITLE = "Measuring impact together (draft)"


def test_preview_of_a_draft_is_rendered_by_the_frontend(demo, user, actor, headless_frontend):
    user("erika", "Editors")
    article = ArticlePage.objects.filter(locale__language_code="en").live().first()
    live_title = article.title

    editor = actor("editor").log_in("erika")
    page = editor.page
    page.goto(f"/admin/pages/{article.pk}/edit/")
    page.fill("#id_title", DRAFT_TITLE)
    page.get_by_role("button", name="Save draft").click()
    expect(page.locator(".messages")).to_contain_text(DRAFT_TITLE)
    # An unsaved change on top of the draft: Preview shows what is in the form.
    page.fill("#id_intro", "Unsaved words the editor is still weighing.")
    page.get_by_role("button", name="Toggle preview").click()
    frame = page.frame_locator("iframe[title]").first
    expect(frame.locator("div.preview-banner")).to_be_visible()
    expect(frame.locator("h1")).to_have_text(DRAFT_TITLE)
    expect(frame.locator("body")).to_contain_text("Unsaved words the editor is still weighing.")
    editor.shot("preview-panel")

    with page.expect_popup() as popup:
        page.get_by_role("link", name=re.compile("Preview in new tab")).click()
    tab = popup.value
    expect(tab).to_have_url(re.compile(rf"^{re.escape(headless_frontend)}/api/preview\?token="))
    expect(tab.locator("h1")).to_have_text(DRAFT_TITLE)
    tab.screenshot(path=editor.shots.folder / "99-editor-preview-tab.png", full_page=True)

    # The public site still shows the published version.
    visitor = actor("visitor", base_url=headless_frontend)
    visitor.page.goto(f"/en/library/{article.slug}/")
    expect(visitor.page.locator("h1")).to_have_text(live_title)
    expect(visitor.page.locator("div.preview-banner")).to_have_count(0)
    visitor.shot("public-page")
