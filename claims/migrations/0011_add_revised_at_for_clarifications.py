from django.db import migrations, models
from django.db.models import Max, OuterRef, Subquery


def from_corrections(apps, schema_editor):
    """Claims corrected before this migration: “Updated on” is their latest correction."""
    Claim = apps.get_model("claims", "Claim")
    Correction = apps.get_model("claims", "Correction")
    latest = (
        Correction.objects.filter(claim=OuterRef("pk"))
        .values("claim")
        .annotate(latest=Max("created_at"))
        .values("latest")
    )
    Claim.objects.filter(pk__in=Correction.objects.values("claim")).update(
        revised_at=Subquery(latest)
    )


def revised_at_field():
    return models.DateTimeField(
        blank=True,
        editable=False,
        help_text="When the published verdict was last corrected or clarified; shown to readers as “Updated on”.",
        null=True,
    )


class Migration(migrations.Migration):
    dependencies = [("claims", "0010_add_said_on_precision")]

    operations = [
        migrations.AddField(model_name="claim", name="revised_at", field=revised_at_field()),
        migrations.AddField(
            model_name="historicalclaim", name="revised_at", field=revised_at_field()
        ),
        migrations.RunPython(from_corrections, migrations.RunPython.noop),
    ]
