from django.contrib.auth.management import create_permissions
from django.db import migrations

# Issuing a key is adding one; revoking it is a change. Fact-checkers get neither.
EDITOR_PERMISSIONS = ["add_apikey", "change_apikey", "view_apikey"]


def give_editors(apps, schema_editor):
    # Permissions are normally made after migrate; the group needs them now.
    app_config = apps.get_app_config("apikeys")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    editors, _ = Group.objects.get_or_create(name="Editors")
    editors.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="apikeys", codename__in=EDITOR_PERMISSIONS
        )
    )


def take_back(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group in Group.objects.filter(name="Editors"):
        group.permissions.remove(
            *Permission.objects.filter(
                content_type__app_label="apikeys", codename__in=EDITOR_PERMISSIONS
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("apikeys", "0001_initial"),
        ("claims", "0002_create_editorial_groups"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(give_editors, take_back)]
