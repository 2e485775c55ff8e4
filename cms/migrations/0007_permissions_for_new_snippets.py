"""Groups get the snippets added since they were made: event types and impact indicators."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GRANTS = {
    "Translators": [("cms", "eventtype", "add change view"), ("directory", "impactindicator", "add change view")],
    "Editors": [("cms", "eventtype", "add change view")],
    "Moderators": [("cms", "eventtype", "add change delete view")],
    "Directory curators": [
        ("directory", "impactindicator", "add change delete view"),
        ("directory", "indicatorvalue", "add change delete view"),
    ],
}


def forwards(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, grants in GRANTS.items():
        group = Group.objects.filter(name=name).first()
        if group is None:
            continue
        for app, model, actions in grants:
            group.permissions.add(
                *Permission.objects.filter(
                    content_type__app_label=app,
                    codename__in=[f"{action}_{model}" for action in actions.split()],
                )
            )


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0006_event_recurrence"),
        ("directory", "0013_impact_indicators"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
