from django.db import migrations, models

PRECISIONS = [("day", "Day"), ("month", "Month"), ("year", "Year")]


def precision_field():
    return models.CharField(
        choices=PRECISIONS,
        default="day",
        help_text="How precisely the date is known; `said_on` holds the first day of the month or year.",
        max_length=5,
        verbose_name="said on: precision",
    )


def said_on_field():
    return models.DateField(
        blank=True,
        help_text="When the claim was made (not when it was checked): a day, a month (“March 2025”, “2025-03”) or a year (“2025”). Empty only when unknown.",
        null=True,
        verbose_name="said on",
    )


class Migration(migrations.Migration):
    dependencies = [("claims", "0009_add_bylines")]

    operations = [
        migrations.AddField(model_name="claim", name="said_on_precision", field=precision_field()),
        migrations.AddField(
            model_name="historicalclaim", name="said_on_precision", field=precision_field()
        ),
        migrations.AlterField(model_name="claim", name="said_on", field=said_on_field()),
        migrations.AlterField(model_name="historicalclaim", name="said_on", field=said_on_field()),
        migrations.AddConstraint(
            model_name="claim",
            constraint=models.CheckConstraint(
                condition=models.Q(said_on_precision__in=["day", "month", "year"]),
                name="claim_said_on_precision_valid",
            ),
        ),
        migrations.AddConstraint(
            model_name="claim",
            constraint=models.CheckConstraint(
                condition=models.Q(said_on__isnull=True)
                | models.Q(said_on_precision="day")
                | models.Q(said_on_precision="month", said_on__day=1)
                | models.Q(said_on_precision="year", said_on__day=1, said_on__month=1),
                name="claim_said_on_period_start",
                violation_error_message="A month or a year is stored as its first day.",
            ),
        ),
    ]
