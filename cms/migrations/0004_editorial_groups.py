"""Editors and Moderators with their page and snippet permissions, and the "Page review" workflow.

Wagtail's own initial migration already makes both groups with a few page permissions and a
"Moderators approval" workflow on the root page; this completes the permissions and puts our
named workflow in its place, so a fresh database and an upgraded one end up the same.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

PAGE_PERMISSIONS = {
    # Editors write and submit for moderation; publishing is the moderators' decision.
    "Editors": ["add_page", "change_page", "view_page"],
    "Moderators": [
        "add_page",
        "change_page",
        "view_page",
        "publish_page",
        "lock_page",
        "unlock_page",
        "bulk_delete_page",
    ],
}
SNIPPETS = ["topic", "author", "recommendationgroup"]
SNIPPET_ACTIONS = {
    "Editors": ["add", "change", "view"],
    "Moderators": ["add", "change", "delete", "view"],
}
MEDIA_PERMISSIONS = [
    ("wagtailimages", "image", ["add", "change", "choose"]),
    ("wagtaildocs", "document", ["add", "change", "choose"]),
]


def forwards(apps, schema_editor):
    # Permissions of new models are normally made after migrating; the groups need them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")

    root = Page.objects.filter(depth=1).order_by("path").first()
    page_type = ContentType.objects.get(app_label="wagtailcore", model="page")
    groups = {}
    for name, codenames in PAGE_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=name)
        groups[name] = group
        group.permissions.add(
            Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
        )
        for codename in codenames:
            permission, _ = Permission.objects.get_or_create(
                content_type=page_type,
                codename=codename,
                defaults={"name": f"Can {codename.replace('_', ' ')}"},
            )
            if root is not None:
                GroupPagePermission.objects.get_or_create(
                    group=group, page=root, permission=permission
                )
        group.permissions.add(
            *Permission.objects.filter(
                content_type__app_label="cms",
                codename__in=[
                    f"{action}_{model}" for model in SNIPPETS for action in SNIPPET_ACTIONS[name]
                ],
            )
        )
        for app_label, model, actions in MEDIA_PERMISSIONS:
            group.permissions.add(
                *Permission.objects.filter(
                    content_type__app_label=app_label,
                    codename__in=[f"{action}_{model}" for action in actions],
                )
            )

    workflow, created = Workflow.objects.get_or_create(name="Page review")
    if created:
        task_type = ContentType.objects.get_for_model(GroupApprovalTask)
        task = GroupApprovalTask.objects.create(name="Review", content_type=task_type)
        task.groups.add(groups["Moderators"])
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    if root is not None:
        # One workflow per page: ours replaces Wagtail's default for the whole tree.
        WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})
    Workflow.objects.filter(name="Moderators approval", workflow_pages__isnull=True).update(
        active=False
    )


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0003_draft_translations"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
