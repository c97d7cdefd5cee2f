"""PostgreSQL indexes for the lists' order, `said_on DESC NULLS LAST, id DESC`.

PostgreSQL sorts NULLs first in a descending index, so it could not read the
existing `(said_on DESC, id DESC)` index for this order and sorted the whole table
for each unfiltered page. SQLite already sorts NULLs last when descending (and
has no NULLS LAST in index definitions), so these are for PostgreSQL only."""

from django.db import migrations

POSTGRESQL_INDEXES = [
    "CREATE INDEX IF NOT EXISTS claim_said_on_nulls_last_idx "
    "ON claims_claim (said_on DESC NULLS LAST, id DESC)",
    "CREATE INDEX IF NOT EXISTS claim_rating_said_on_nulls_last_idx "
    "ON claims_claim (rating, said_on DESC NULLS LAST, id DESC)",
]
POSTGRESQL_DROP = [
    "DROP INDEX IF EXISTS claim_rating_said_on_nulls_last_idx",
    "DROP INDEX IF EXISTS claim_said_on_nulls_last_idx",
]


def _run(schema_editor, statements):
    if schema_editor.connection.vendor == "postgresql":
        for sql in statements:
            schema_editor.execute(sql)


def forwards(apps, schema_editor):
    _run(schema_editor, POSTGRESQL_INDEXES)


def backwards(apps, schema_editor):
    _run(schema_editor, POSTGRESQL_DROP)


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0014_add_search_figures"),
    ]

    operations = [
        migrations.RunPython(forwards, backwards, elidable=False),
    ]
