"""The Translators group: translate pages and snippets and submit them for moderation, but
never publish (a translator who should publish is also made a moderator or curator)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

SNIPPETS = {
    "cms": ["topic", "recommendationgroup"],
    "directory": [
        "socialenterprise",
        "supportorganisation",
        "country",
        "project",
        "sector",
        "targetgroup",
        "legalform",
        "sustainabledevelopmentgoal",
    ],
}
PAGE_ACTIONS = ["add_page", "change_page"]


def forwards(apps, schema_editor):
    # Permissions of new models are normally made after migrating; the group needs them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")

    translators, _ = Group.objects.get_or_create(name="Translators")
    wanted = [
        ("wagtailadmin", "access_admin"),
        ("wagtail_localize", "submit_translation"),
        ("wagtailimages", "choose_image"),
        ("wagtaildocs", "choose_document"),
    ] + [
        (app, f"{action}_{model}")
        for app, models in SNIPPETS.items()
        for model in models
        for action in ("add", "change", "view")
    ]
    for app, codename in wanted:
        translators.permissions.add(
            Permission.objects.get(content_type__app_label=app, codename=codename)
        )

    # Page permissions apply to a subtree: the whole tree, every locale.
    page_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="page")
    root = Page.objects.filter(depth=1).first()
    for codename in PAGE_ACTIONS:
        permission, _ = Permission.objects.get_or_create(
            content_type=page_type,
            codename=codename,
            defaults={"name": f"Can {codename.replace('_', ' ')}"},
        )
        GroupPagePermission.objects.get_or_create(
            group=translators, page=root, permission=permission
        )


def backwards(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name="Translators").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0001_initial"),
        ("directory", "0007_listing_indexes"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
