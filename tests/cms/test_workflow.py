"""Editorial workflow through the real admin views: Editors submit, Moderators decide."""

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse
from wagtail.models import (
    Page,
    PageLogEntry,
    TaskState,
    Workflow,
    WorkflowState,
)

from cms.models import ArticlePage
from tests.cms.factories import ArticleIndexPageFactory
from tests.helpers import empty_inlines

pytestmark = pytest.mark.django_db

ARTICLE_QUERY = '{ page(urlPath: "/library/measuring-impact/") { title } }'


def member(django_user_model, username, group):
    user = django_user_model.objects.create_user(username, f"{username}@example.org", "pw")
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def editor(django_user_model):
    return member(django_user_model, "editor", "Editors")


@pytest.fixture
def moderator(django_user_model):
    return member(django_user_model, "moderator", "Moderators")


@pytest.fixture
def library(home):
    return ArticleIndexPageFactory(parent=home)


def article_form(**overrides):
    data = {
        "title": "Measuring impact",
        "slug": "measuring-impact",
        "intro": "How social enterprises show what they change.",
        "publication_date": "2026-03-01",
        "body-count": "0",
    }
    data.update(overrides)
    return data


def submit_article(client, editor, library, **overrides):
    """The editor adds an article and submits it for moderation; returns the draft page."""
    client.force_login(editor)
    url = reverse("wagtailadmin_pages:add", args=("cms", "articlepage", library.pk))
    response = client.post(url, {**article_form(**overrides), "action-submit": "submit"})
    assert response.status_code == 302, response.context["form"].errors
    return ArticlePage.objects.get(slug="measuring-impact")


def task_action(client, page, action, **data):
    """A moderator's decision on the page's current task, as the admin's buttons post it."""
    task_state = TaskState.objects.get(
        workflow_state__object_id=str(page.pk), status=TaskState.STATUS_IN_PROGRESS
    )
    url = reverse("wagtailadmin_pages:workflow_action", args=(page.pk, action, task_state.pk))
    return client.post(url, data)


def test_migration_creates_groups_and_page_review_workflow():
    editors = Group.objects.get(name="Editors")
    moderators = Group.objects.get(name="Moderators")
    root = Page.get_first_root_node()
    editor_codes = set(
        editors.page_permissions.filter(page=root).values_list("permission__codename", flat=True)
    )
    moderator_codes = set(
        moderators.page_permissions.filter(page=root).values_list("permission__codename", flat=True)
    )
    assert {"add_page", "change_page"} <= editor_codes
    assert "publish_page" not in editor_codes
    assert {"publish_page", "lock_page", "unlock_page"} <= moderator_codes

    workflow = root.get_workflow()
    assert workflow.name == "Page review"
    (task,) = [task.specific for task in workflow.tasks.all()]
    assert list(task.groups.all()) == [moderators]
    assert not Workflow.objects.get(name="Moderators approval").active
    # The directory keeps its own workflow, made by the directory's migration.
    assert Workflow.objects.get(name="Directory review").active


def test_editor_cannot_publish(client, editor, library):
    client.force_login(editor)
    url = reverse("wagtailadmin_pages:add", args=("cms", "articlepage", library.pk))
    client.post(url, {**article_form(), "action-publish": "publish"})
    page = ArticlePage.objects.get(slug="measuring-impact")
    assert not page.live


def test_submitted_page_appears_in_graphql_after_moderator_approves(
    client, editor, moderator, library, graphql
):
    page = submit_article(client, editor, library)
    assert page.workflow_in_progress
    assert graphql(ARTICLE_QUERY)["data"]["page"] is None

    client.force_login(moderator)
    response = task_action(client, page, "approve", comment="Clear and well sourced.")
    assert response.status_code == 302

    page.refresh_from_db()
    assert page.live
    assert graphql(ARTICLE_QUERY)["data"]["page"] == {"title": "Measuring impact"}
    state = WorkflowState.objects.get(object_id=str(page.pk))
    assert state.status == WorkflowState.STATUS_APPROVED
    actions = list(
        PageLogEntry.objects.filter(page=page)
        .order_by("timestamp")
        .values_list("action", flat=True)
    )
    assert "wagtail.workflow.start" in actions
    assert "wagtail.workflow.approve" in actions
    assert "wagtail.publish" in actions


def test_rejection_returns_the_page_to_its_author_with_the_comment(
    client, editor, moderator, library, graphql
):
    page = submit_article(client, editor, library)
    client.force_login(moderator)
    response = task_action(client, page, "reject", comment="Please cite the survey.")
    assert response.status_code == 302

    page.refresh_from_db()
    assert not page.live
    assert graphql(ARTICLE_QUERY)["data"]["page"] is None
    state = WorkflowState.objects.get(object_id=str(page.pk))
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert state.current_task_state.comment == "Please cite the survey."
    reject = PageLogEntry.objects.get(page=page, action="wagtail.workflow.reject")
    assert reject.user == moderator
    # Wagtail tells the author by email, comment included.
    to_author = [message for message in mail.outbox if editor.email in message.to]
    assert to_author and "Please cite the survey." in to_author[-1].body

    # The author sees it in the edit view and may resubmit.
    client.force_login(editor)
    edit = client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,)))
    assert edit.status_code == 200
    assert "Please cite the survey." in edit.content.decode()


def test_workflow_report_and_history_show_the_submission(client, editor, moderator, library):
    page = submit_article(client, editor, library)
    client.force_login(moderator)
    report = client.get(reverse("wagtailadmin_reports:workflow"))
    assert report.status_code == 200
    assert "Measuring impact" in report.content.decode()
    history = client.get(reverse("wagtailadmin_pages:history", args=(page.pk,)))
    assert history.status_code == 200
    assert "Page review" in history.content.decode()


def test_directory_entry_rejected_with_a_comment_returns_to_its_author(client, django_user_model):
    from directory.models import Country, SocialEnterprise

    author = member(django_user_model, "author", "Directory curators")
    reviewer = member(django_user_model, "reviewer", "Directory curators")
    client.force_login(author)
    response = client.post(
        reverse("wagtailsnippets_directory_socialenterprise:add"),
        {
            "name": "Stop-over café",
            "slug": "stop-over",
            "country": Country.objects.get(code="LV", locale__language_code="en").pk,
            "verification_status": "unverified",
            "stage": "idea",
            **empty_inlines("journey", "impact"),
            "action-submit": "submit",
        },
    )
    assert response.status_code == 302
    entry = SocialEnterprise.objects.get(slug="stop-over")
    assert entry.current_workflow_task.name == "Curator review"

    client.force_login(reviewer)
    task_state = entry.current_workflow_state.current_task_state
    url = reverse(
        "wagtailsnippets_directory_socialenterprise:workflow_action",
        args=(entry.pk, "reject", task_state.pk),
    )
    assert client.post(url, {"comment": "Add the city, please."}).status_code == 302
    entry.refresh_from_db()
    assert not entry.live
    state = entry.workflow_states.get()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    to_author = [message for message in mail.outbox if author.email in message.to]
    assert to_author and "Add the city, please." in to_author[-1].body
