from django.contrib.auth.management import create_permissions
from django.db import migrations

# Editors register and run feeds; fact-checkers see them and what became of their items.
EDITORS = ["add_feed", "change_feed", "delete_feed", "view_feed", "view_feeditem"]
FACT_CHECKERS = ["view_feed", "view_feeditem"]


def grant(apps, schema_editor):
    # Permissions are normally made after migrate; the groups need them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in (("Editors", EDITORS), ("Fact-checkers", FACT_CHECKERS)):
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(
            *Permission.objects.filter(content_type__app_label="sources", codename__in=codenames)
        )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(content_type__app_label="sources", codename__in=EDITORS)
    for group in Group.objects.filter(name__in=["Editors", "Fact-checkers"]):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("sources", "0005_add_feeds"),
        ("claims", "0002_create_editorial_groups"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
