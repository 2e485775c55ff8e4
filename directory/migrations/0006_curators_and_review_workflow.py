"""The Directory curators group and the review workflow that every directory entry goes through."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

MODELS = [
    "socialenterprise",
    "supportorganisation",
    "sector",
    "targetgroup",
    "legalform",
    "sustainabledevelopmentgoal",
    "country",
    "project",
]
ENTRY_MODELS = ["socialenterprise", "supportorganisation"]


def forwards(apps, schema_editor):
    # Permissions of new models are normally made after migrating; the group needs them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")

    curators, _ = Group.objects.get_or_create(name="Directory curators")
    codenames = [
        f"{action}_{model}" for model in MODELS for action in ("add", "change", "delete", "view")
    ]
    permissions = list(
        Permission.objects.filter(content_type__app_label="directory", codename__in=codenames)
    )
    # Wagtail adds publish/lock/unlock permissions to draftable, lockable models at run time;
    # historical models lack them, so create them here as Wagtail names them.
    for model in ENTRY_MODELS:
        content_type = ContentType.objects.get(app_label="directory", model=model)
        for action in ("publish", "lock", "unlock"):
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type,
                codename=f"{action}_{model}",
                defaults={"name": f"Can {action} {model}"},
            )
            permissions.append(permission)
    curators.permissions.add(*permissions)
    curators.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )

    workflow, created = Workflow.objects.get_or_create(name="Directory review")
    if created:
        task_type = ContentType.objects.get_for_model(GroupApprovalTask)
        task = GroupApprovalTask.objects.create(name="Curator review", content_type=task_type)
        task.groups.add(curators)
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    for model in ENTRY_MODELS:
        content_type = ContentType.objects.get(app_label="directory", model=model)
        WorkflowContentType.objects.get_or_create(
            content_type=content_type, defaults={"workflow": workflow}
        )


class Migration(migrations.Migration):
    dependencies = [
        ("directory", "0005_workflow_and_submitter"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
