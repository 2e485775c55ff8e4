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
from wagtail.models import DraftStateMixin, Page

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

    @property
    def own_footer(self) -> bool:
        """Our footer replaces the editor's when it has the user's main action."""
        return self.submit or bool(self.workflow_actions)


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


def editor_actions(translation, instance, user, props: str) -> EditorActions:
    data = json.loads(props)
    removable = may_remove(user, instance)
    if not removable:
        data["perms"]["canDelete"] = False
        data["links"]["convertToAliasUrl"] = None
    actions = workflow_actions(instance, user)
    submit = submittable(translation) and not data["perms"]["canPublish"] and not actions
    previews = data.get("previewModes") or []
    return EditorActions(
        props=json.dumps(data),
        may_remove=removable,
        submit=submit,
        awaiting_moderation=submit and instance.workflow_in_progress,
        workflow_actions=actions,
        preview_url=previews[0]["url"] if previews else None,
    )
