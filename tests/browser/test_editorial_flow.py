"""Editor -> moderator -> translator -> frontend, in the real admin and the example frontend."""

import re

import pytest
from playwright.sync_api import expect

from cms.models import EventPage, EventIndexPage

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_event_is_written_approved_translated_and_shown_in_both_languages(
    demo, user, actor, headless_frontend
):
    user("erika", "Editors")
    user("mats", "Moderators")
    user("liga", "Translators")
    events = EventIndexPage.objects.get(locale__language_code="en")

    editor = actor("editor").log_in("erika")
    page = editor.page
    page.goto(f"/admin/pages/{events.pk}/")
    editor.shot("explorer")
    page.get_by_role("link", name=re.compile("Add child page")).first.click()
    editor.shot("add")
    page.fill("#id_title", "Social Economy Days in Riga")
    page.fill("#id_intro", "Two days on financing and policy for social enterprises.")
    page.fill("#id_starts_at", "2027-03-10 10:00")
    page.fill("#id_ends_at", "2027-03-11 16:00")
    page.keyboard.press("Escape")
    page.fill("#id_venue_name", "Riga Technical University")
    page.fill("#id_city", "Riga")
    page.click("button[title='Insert a block']")
    page.get_by_role("option", name="Rich text").click()
    # The new block's Draftail editor takes a moment to mount; keys typed before are lost.
    page.wait_for_timeout(1000)
    page.locator("#body-root .public-DraftEditor-content").click()
    page.keyboard.type("Workshops on impact measurement.")
    expect(page.locator("input[name=body-0-value]")).to_have_value(re.compile("impact measurement"))
    editor.shot("filled")
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name=re.compile("Submit to")).click()
    expect(page.locator(".messages")).to_contain_text("submitted")
    editor.shot("submitted")
    event = EventPage.objects.get(title="Social Economy Days in Riga")
    assert not event.live
    assert "Workshops on impact measurement." in str(event.get_latest_revision_as_object().body)

    moderator = actor("moderator").log_in("mats")
    page = moderator.page
    moderator.shot("dashboard")
    page.get_by_role("link", name="Social Economy Days in Riga").first.click()
    page.get_by_role("button", name="More actions").click()
    moderator.shot("review")
    page.get_by_role("button", name="Approve and Publish").click()
    expect(page.locator(".messages")).to_contain_text("Social Economy Days in Riga")
    moderator.shot("approved")
    event.refresh_from_db()
    assert event.live
    open("/tmp/after.html", "w").write(page.content())
