"""Every published checked claim has its check date: the publication day where
none was recorded (what the byline showed until now), so the exports read it
as a column instead of working it out per row."""

from django.db import migrations
from django.utils import timezone


def fill_checked_on(apps, schema_editor):
    Claim = apps.get_model("claims", "Claim")
    missing = Claim.objects.filter(
        status="checked", checked_on__isnull=True, published_at__isnull=False
    )
    for claim in missing.only("pk", "published_at").iterator():
        Claim.objects.filter(pk=claim.pk).update(
            checked_on=timezone.localdate(claim.published_at)
        )


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0011_add_revised_at_for_clarifications"),
    ]

    operations = [
        migrations.RunPython(fill_checked_on, migrations.RunPython.noop),
    ]
