"""Figures in search: `Claim.search_figures` (index words such as `n135000` and
`p33`, computed in Python at save) becomes a column of the full-text index. The
SQL is written out as it was when this migration was made (see 0003).

SQLite: the FTS5 table gains a `figures` column, so it is built again from the
claims. The insert and update triggers, which read `claims_speaker`, are left to
`claims.search`'s post_migrate, which also computes the figures of existing claims
(a later migration may rebuild that table in the same run). PostgreSQL: the
trigger function adds the figures to `search_document` (words as they are, no
stemming) and runs when they change.
"""

from django.db import migrations, models

SQLITE_FORWARD = [
    "DROP TRIGGER IF EXISTS claims_speaker_fts_rename",
    "DROP TRIGGER IF EXISTS claims_claim_fts_delete",
    "DROP TRIGGER IF EXISTS claims_claim_fts_update",
    "DROP TRIGGER IF EXISTS claims_claim_fts_insert",
    "DROP TABLE IF EXISTS claims_claim_fts",
    "CREATE VIRTUAL TABLE IF NOT EXISTS claims_claim_fts USING fts5(\n        text, statement, verdict, speaker_name, figures, speaker_id UNINDEXED,\n        tokenize = 'porter unicode61 remove_diacritics 2'\n    )",
    "CREATE TRIGGER IF NOT EXISTS claims_claim_fts_delete AFTER DELETE ON claims_claim BEGIN\n        DELETE FROM claims_claim_fts WHERE rowid = old.id;\n    END",
    "CREATE TRIGGER IF NOT EXISTS claims_speaker_fts_rename\n    AFTER UPDATE OF name ON claims_speaker BEGIN\n        UPDATE claims_claim_fts SET speaker_name = new.name WHERE speaker_id = new.id;\n    END",
    "INSERT INTO claims_claim_fts (rowid, text, statement, verdict, speaker_name, figures, speaker_id)\n        SELECT c.id, c.text, c.statement, c.verdict, s.name, coalesce(c.search_figures, ''),\n               c.speaker_id\n        FROM claims_claim c JOIN claims_speaker s ON s.id = c.speaker_id\n        WHERE c.id NOT IN (SELECT rowid FROM claims_claim_fts)",
]

SQLITE_BACKWARD = [
    "DROP TRIGGER IF EXISTS claims_speaker_fts_rename",
    "DROP TRIGGER IF EXISTS claims_claim_fts_delete",
    "DROP TRIGGER IF EXISTS claims_claim_fts_update",
    "DROP TRIGGER IF EXISTS claims_claim_fts_insert",
    "DROP TABLE IF EXISTS claims_claim_fts",
    "CREATE VIRTUAL TABLE IF NOT EXISTS claims_claim_fts USING fts5(\n        text, statement, verdict, speaker_name, speaker_id UNINDEXED,\n        tokenize = 'porter unicode61 remove_diacritics 2'\n    )",
    "CREATE TRIGGER IF NOT EXISTS claims_claim_fts_insert AFTER INSERT ON claims_claim BEGIN\n        DELETE FROM claims_claim_fts WHERE rowid = new.id;\n        INSERT INTO claims_claim_fts (rowid, text, statement, verdict, speaker_name, speaker_id)\n        VALUES (new.id, new.text, new.statement, new.verdict,\n                (SELECT name FROM claims_speaker WHERE id = new.speaker_id), new.speaker_id);\n    END",
    "CREATE TRIGGER IF NOT EXISTS claims_claim_fts_update\n    AFTER UPDATE OF text, statement, verdict, speaker_id ON claims_claim BEGIN\n        DELETE FROM claims_claim_fts WHERE rowid = old.id;\n        INSERT INTO claims_claim_fts (rowid, text, statement, verdict, speaker_name, speaker_id)\n        VALUES (new.id, new.text, new.statement, new.verdict,\n                (SELECT name FROM claims_speaker WHERE id = new.speaker_id), new.speaker_id);\n    END",
    "CREATE TRIGGER IF NOT EXISTS claims_claim_fts_delete AFTER DELETE ON claims_claim BEGIN\n        DELETE FROM claims_claim_fts WHERE rowid = old.id;\n    END",
    "CREATE TRIGGER IF NOT EXISTS claims_speaker_fts_rename\n    AFTER UPDATE OF name ON claims_speaker BEGIN\n        UPDATE claims_claim_fts SET speaker_name = new.name WHERE speaker_id = new.id;\n    END",
    "INSERT INTO claims_claim_fts (rowid, text, statement, verdict, speaker_name, speaker_id)\n        SELECT c.id, c.text, c.statement, c.verdict, s.name, c.speaker_id\n        FROM claims_claim c JOIN claims_speaker s ON s.id = c.speaker_id\n        WHERE c.id NOT IN (SELECT rowid FROM claims_claim_fts)",
]

POSTGRESQL_FORWARD = [
    "DROP TRIGGER IF EXISTS claims_claim_search_document ON claims_claim",
    "CREATE OR REPLACE FUNCTION claims_claim_search_document() RETURNS trigger AS $$\n    BEGIN\n        NEW.search_document := \n    setweight(to_tsvector('claims_search', coalesce(NEW.statement, '')), 'A')\n    || setweight(to_tsvector('claims_search', coalesce(NEW.text, '')), 'A')\n    || setweight(to_tsvector('claims_search', coalesce(\n        (SELECT name FROM claims_speaker WHERE id = NEW.speaker_id), '')), 'B')\n    || setweight(to_tsvector('claims_search', coalesce(NEW.verdict, '')), 'C')\n    || setweight(to_tsvector('simple', coalesce(NEW.search_figures, '')), 'A')\n;\n        RETURN NEW;\n    END $$ LANGUAGE plpgsql",
    "CREATE TRIGGER claims_claim_search_document\n    BEFORE INSERT OR UPDATE OF text, statement, verdict, speaker_id, search_figures\n    ON claims_claim\n    FOR EACH ROW EXECUTE FUNCTION claims_claim_search_document()",
]

POSTGRESQL_BACKWARD = [
    "DROP TRIGGER IF EXISTS claims_claim_search_document ON claims_claim",
    "CREATE OR REPLACE FUNCTION claims_claim_search_document() RETURNS trigger AS $$\n    BEGIN\n        NEW.search_document := \n    setweight(to_tsvector('claims_search', coalesce(NEW.statement, '')), 'A')\n    || setweight(to_tsvector('claims_search', coalesce(NEW.text, '')), 'A')\n    || setweight(to_tsvector('claims_search', coalesce(\n        (SELECT name FROM claims_speaker WHERE id = NEW.speaker_id), '')), 'B')\n    || setweight(to_tsvector('claims_search', coalesce(NEW.verdict, '')), 'C')\n;\n        RETURN NEW;\n    END $$ LANGUAGE plpgsql",
    "CREATE TRIGGER claims_claim_search_document\n    BEFORE INSERT OR UPDATE OF text, statement, verdict, speaker_id ON claims_claim\n    FOR EACH ROW EXECUTE FUNCTION claims_claim_search_document()",
]


def forward(apps, schema_editor):
    statements = {"sqlite": SQLITE_FORWARD, "postgresql": POSTGRESQL_FORWARD}
    for sql in statements.get(schema_editor.connection.vendor, []):
        schema_editor.execute(sql)


def backward(apps, schema_editor):
    statements = {"sqlite": SQLITE_BACKWARD, "postgresql": POSTGRESQL_BACKWARD}
    for sql in statements.get(schema_editor.connection.vendor, []):
        schema_editor.execute(sql)


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0013_add_revisions_assignment_and_attribution_corrections"),
    ]

    operations = [
        migrations.AddField(
            model_name="claim",
            name="search_figures",
            field=models.TextField(blank=True, editable=False, null=True),
        ),
        migrations.RunPython(forward, backward),
    ]
