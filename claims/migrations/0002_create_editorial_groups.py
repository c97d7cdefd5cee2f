from django.contrib.auth.management import create_permissions
from django.db import migrations

CURATED = {
    "claims": ["claim", "evidence", "speaker", "topic"],
    "sources": ["source", "publisher"],
}
EDITOR_EXTRA = [
    ("claims", "publish_claim"),
    ("claims", "add_correction"),
    ("claims", "change_correction"),
    ("claims", "view_correction"),
]


def _codenames(actions):
    return [
        (app, f"{action}_{model}")
        for app, models in CURATED.items()
        for model in models
        for action in actions
    ]


def create_groups(apps, schema_editor):
    # Permissions are normally made after migrate; the groups need them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")

    def perms(pairs):
        found = []
        for app, codename in pairs:
            found.append(Permission.objects.get(content_type__app_label=app, codename=codename))
        return found

    fact_checker = perms(_codenames(["add", "change", "view"]) + [("claims", "delete_evidence")])
    fact_checkers, _ = Group.objects.get_or_create(name="Fact-checkers")
    fact_checkers.permissions.set(fact_checker)
    editors, _ = Group.objects.get_or_create(name="Editors")
    editors.permissions.set(fact_checker + perms(EDITOR_EXTRA))


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=["Fact-checkers", "Editors"]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0001_initial"),
        ("sources", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
