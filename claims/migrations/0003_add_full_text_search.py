"""Full-text index for `q`: SQLite FTS5 table or PostgreSQL tsvector + GIN, kept in
sync by triggers (see claims/search.py).

On SQLite, a later migration that rebuilds `claims_claim` (an AlterField that SQLite
cannot do in place) drops these triggers with the old table: such a migration must
call `claims.search.install` again after it.
"""

from django.db import migrations

from claims import search


def forwards(apps, schema_editor):
    search.install(schema_editor)


def backwards(apps, schema_editor):
    search.uninstall(schema_editor)


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0002_create_editorial_groups"),
    ]

    operations = [
        migrations.RunPython(forwards, backwards, elidable=False),
    ]
