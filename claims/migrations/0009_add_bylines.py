import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0008_add_publication_speaker_kind"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="StaffProfile",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "display_name",
                    models.CharField(
                        blank=True,
                        help_text="Your name as readers see it in bylines, e.g. “Jane Doe”. "
                        "Left empty, bylines show the desk's name instead; never your username.",
                        max_length=100,
                        verbose_name="public name",
                    ),
                ),
                (
                    "user",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="staff_profile",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
            ],
            options={"verbose_name": "public name", "verbose_name_plural": "my public name"},
        ),
        migrations.AddField(
            model_name="claim",
            name="checked_by",
            field=models.ForeignKey(
                blank=True,
                help_text="The fact-checker, named in the byline by their public name. Filled in with whoever sets the status to Checked or asks for review; editors may change it.",
                limit_choices_to={"is_staff": True},
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
            ),
        ),
        migrations.AddField(
            model_name="claim",
            name="checked_on",
            field=models.DateField(
                blank=True,
                help_text="When the check was completed: set to the day the status becomes Checked; editors may change it. Empty, the byline shows the publication date.",
                null=True,
            ),
        ),
        migrations.AddField(
            model_name="historicalclaim",
            name="checked_by",
            field=models.ForeignKey(
                blank=True,
                db_constraint=False,
                help_text="The fact-checker, named in the byline by their public name. Filled in with whoever sets the status to Checked or asks for review; editors may change it.",
                limit_choices_to={"is_staff": True},
                null=True,
                on_delete=django.db.models.deletion.DO_NOTHING,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
            ),
        ),
        migrations.AddField(
            model_name="historicalclaim",
            name="checked_on",
            field=models.DateField(
                blank=True,
                help_text="When the check was completed: set to the day the status becomes Checked; editors may change it. Empty, the byline shows the publication date.",
                null=True,
            ),
        ),
    ]
