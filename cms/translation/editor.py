"""What wagtail-localize's translation editor offers each user.

The editor is a React app that renders its footer from the view's props: it always offers "Stop
synced translation", and "Delete" or "Convert to alias" whenever the user may edit. Here:
removing a translation (delete, convert to alias, stop syncing) is for those who may publish it;
translators submit for moderation instead, from a footer of our own, and moderators get the
workflow's actions (approve, request changes) while the translation waits for them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from django.contrib.admin.utils import quote
from django.urls import reverse
from wagtail.admin.ui.side_panels import StatusSidePanel
from wagtail.models import DraftStateMixin, Page
from wagtail.snippets.side_panels import SnippetStatusSidePanel

from .views import may_remove, submittable


@dataclass
class WorkflowAction:
    """One action of the workflow task the object waits in (Wagtail's dashboard markup)."""

    label: str
    url: str
    modal: bool


@dataclass
class EditorActions:
    props: str
    may_remove: bool
    submit: bool = False
    awaiting_moderation: bool = False
    workflow_actions: list[WorkflowAction] = field(default_factory=list)
    preview_url: str | None = None
    side_panels: list = field(default_factory=list)
    # What Wagtail's snippet status panel reads from the view's context (see snippet_panels).
    panel_context: dict = field(default_factory=dict)

    @property
    def own_footer(self) -> bool:
        """Our footer replaces the editor's when it has the user's main action."""
        return self.submit or bool(self.workflow_actions)


def snippet_panels(instance, side_panels: list) -> tuple[list, dict]:
    """wagtail-localize gives snippets the generic StatusSidePanel, which lacks the view's
    workflow URLs: once a directory entry's translation waits in a workflow, its status panel
    fails to render (NoReverseMatch) and so does the editor. Wagtail's snippet panel inherits
    them from the context given here."""
    if isinstance(instance, Page) or not isinstance(instance, DraftStateMixin):
        return side_panels, {}
    viewset = instance.snippet_viewset
    panels = [
        SnippetStatusSidePanel(
            panel.object,
            panel.request,
            show_schedule_publishing_toggle=panel.show_schedule_publishing_toggle,
            live_object=panel.live_object,
            scheduled_object=panel.scheduled_object,
            locale=panel.locale,
            translations=panel.translations,
            usage_url=panel.usage_url,
            history_url=panel.history_url,
            last_updated_info=panel.last_updated_info,
        )
        if type(panel) is StatusSidePanel
        else panel
        for panel in side_panels
    ]
    return panels, {
        "revisions_compare_url_name": viewset.get_url_name("revisions_compare"),
        "workflow_history_url": reverse(
            viewset.get_url_name("workflow_history"), args=(quote(instance.pk),)
        ),
        "revision_enabled": True,
        "draftstate_enabled": True,
    }


def workflow_actions(instance, user) -> list[WorkflowAction]:
    """The current task's actions the user may take, with the URLs Wagtail's dashboard uses."""
    if not isinstance(instance, DraftStateMixin) or not instance.workflow_in_progress:
        return []
    task_state = instance.current_workflow_task_state
    if task_state is None:
        return []
    if isinstance(instance, Page):
        url_name = "wagtailadmin_pages:workflow_action"
    else:
        url_name = instance.snippet_viewset.get_url_name("workflow_action")
    return [
        WorkflowAction(
            label=str(label),
            url=reverse(url_name, args=(quote(instance.pk), name, task_state.pk)),
            modal=modal,
        )
        for name, label, modal in task_state.task.specific.get_actions(instance, user)
    ]


def editor_actions(translation, instance, user, props: str, side_panels: list) -> EditorActions:
    data = json.loads(props)
    removable = may_remove(user, instance)
    if not removable:
        data["perms"]["canDelete"] = False
        data["links"]["convertToAliasUrl"] = None
    actions = workflow_actions(instance, user)
    submit = submittable(translation) and not data["perms"]["canPublish"] and not actions
    previews = data.get("previewModes") or []
    panels, panel_context = snippet_panels(instance, side_panels)
    return EditorActions(
        props=json.dumps(data),
        may_remove=removable,
        submit=submit,
        awaiting_moderation=submit and instance.workflow_in_progress,
        workflow_actions=actions,
        preview_url=previews[0]["url"] if previews else None,
        side_panels=panels,
        panel_context=panel_context,
    )
