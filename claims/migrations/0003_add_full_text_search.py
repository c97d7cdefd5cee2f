"""Full-text index for `q`: SQLite FTS5 table or PostgreSQL tsvector + GIN, kept in
sync by triggers. The SQL is written out here as it was when this migration was
made, so the migration stays the same when `claims/search.py` changes later.

On SQLite, a later migration that rebuilds `claims_claim` (an AlterField that SQLite
cannot do in place) drops these triggers with the old table: `claims.search`
puts them back after every migrate (post_migrate).
"""

from django.db import migrations

SQLITE_INSTALL = [
    "CREATE VIRTUAL TABLE IF NOT EXISTS claims_claim_fts USING fts5(\n        text, statement, verdict, speaker_name, speaker_id UNINDEXED,\n        tokenize = 'porter unicode61 remove_diacritics 2'\n    )",
    'CREATE TRIGGER IF NOT EXISTS claims_claim_fts_insert AFTER INSERT ON claims_claim BEGIN\n        DELETE FROM claims_claim_fts WHERE rowid = new.id;\n        INSERT INTO claims_claim_fts (rowid, text, statement, verdict, speaker_name, speaker_id)\n        VALUES (new.id, new.text, new.statement, new.verdict,\n                (SELECT name FROM claims_speaker WHERE id = new.speaker_id), new.speaker_id);\n    END',
    'CREATE TRIGGER IF NOT EXISTS claims_claim_fts_update\n    AFTER UPDATE OF text, statement, verdict, speaker_id ON claims_claim BEGIN\n        DELETE FROM claims_claim_fts WHERE rowid = old.id;\n        INSERT INTO claims_claim_fts (rowid, text, statement, verdict, speaker_name, speaker_id)\n        VALUES (new.id, new.text, new.statement, new.verdict,\n                (SELECT name FROM claims_speaker WHERE id = new.speaker_id), new.speaker_id);\n    END',
    'CREATE TRIGGER IF NOT EXISTS claims_claim_fts_delete AFTER DELETE ON claims_claim BEGIN\n        DELETE FROM claims_claim_fts WHERE rowid = old.id;\n    END',
    'CREATE TRIGGER IF NOT EXISTS claims_speaker_fts_rename\n    AFTER UPDATE OF name ON claims_speaker BEGIN\n        UPDATE claims_claim_fts SET speaker_name = new.name WHERE speaker_id = new.id;\n    END',
    'INSERT INTO claims_claim_fts (rowid, text, statement, verdict, speaker_name, speaker_id)\n        SELECT c.id, c.text, c.statement, c.verdict, s.name, c.speaker_id\n        FROM claims_claim c JOIN claims_speaker s ON s.id = c.speaker_id\n        WHERE c.id NOT IN (SELECT rowid FROM claims_claim_fts)',
]

SQLITE_UNINSTALL = [
    'DROP TRIGGER IF EXISTS claims_speaker_fts_rename',
    'DROP TRIGGER IF EXISTS claims_claim_fts_delete',
    'DROP TRIGGER IF EXISTS claims_claim_fts_update',
    'DROP TRIGGER IF EXISTS claims_claim_fts_insert',
    'DROP TABLE IF EXISTS claims_claim_fts',
]

POSTGRESQL_INSTALL = [
    'CREATE EXTENSION IF NOT EXISTS unaccent',
    "DO $$ BEGIN\n        IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'claims_search') THEN\n            CREATE TEXT SEARCH CONFIGURATION claims_search (COPY = english);\n            ALTER TEXT SEARCH CONFIGURATION claims_search\n                ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;\n        END IF;\n    END $$",
    'ALTER TABLE claims_claim ADD COLUMN IF NOT EXISTS search_document tsvector',
    "CREATE OR REPLACE FUNCTION claims_claim_search_document() RETURNS trigger AS $$\n    BEGIN\n        NEW.search_document := \n    setweight(to_tsvector('claims_search', coalesce(NEW.statement, '')), 'A')\n    || setweight(to_tsvector('claims_search', coalesce(NEW.text, '')), 'A')\n    || setweight(to_tsvector('claims_search', coalesce(\n        (SELECT name FROM claims_speaker WHERE id = NEW.speaker_id), '')), 'B')\n    || setweight(to_tsvector('claims_search', coalesce(NEW.verdict, '')), 'C')\n;\n        RETURN NEW;\n    END $$ LANGUAGE plpgsql",
    'CREATE TRIGGER claims_claim_search_document\n    BEFORE INSERT OR UPDATE OF text, statement, verdict, speaker_id ON claims_claim\n    FOR EACH ROW EXECUTE FUNCTION claims_claim_search_document()',
    'CREATE OR REPLACE FUNCTION claims_speaker_search_rename() RETURNS trigger AS $$\n    BEGIN\n        -- Touching speaker_id re-runs the claim trigger, which re-reads the name.\n        UPDATE claims_claim SET speaker_id = speaker_id WHERE speaker_id = NEW.id;\n        RETURN NULL;\n    END $$ LANGUAGE plpgsql',
    'CREATE TRIGGER claims_speaker_search_rename\n    AFTER UPDATE OF name ON claims_speaker\n    FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name)\n    EXECUTE FUNCTION claims_speaker_search_rename()',
    'UPDATE claims_claim SET speaker_id = speaker_id WHERE search_document IS NULL',
    'CREATE INDEX IF NOT EXISTS claim_search_document_idx ON claims_claim USING GIN (search_document)',
]

POSTGRESQL_UNINSTALL = [
    'DROP TRIGGER IF EXISTS claims_speaker_search_rename ON claims_speaker',
    'DROP FUNCTION IF EXISTS claims_speaker_search_rename()',
    'DROP TRIGGER IF EXISTS claims_claim_search_document ON claims_claim',
    'DROP FUNCTION IF EXISTS claims_claim_search_document()',
    'DROP INDEX IF EXISTS claim_search_document_idx',
    'ALTER TABLE claims_claim DROP COLUMN IF EXISTS search_document',
    'DROP TEXT SEARCH CONFIGURATION IF EXISTS claims_search',
]


def _run(schema_editor, statements) -> None:
    for sql in statements.get(schema_editor.connection.vendor, []):
        schema_editor.execute(sql)


def forwards(apps, schema_editor):
    _run(schema_editor, {"sqlite": SQLITE_INSTALL, "postgresql": POSTGRESQL_INSTALL})


def backwards(apps, schema_editor):
    _run(schema_editor, {"sqlite": SQLITE_UNINSTALL, "postgresql": POSTGRESQL_UNINSTALL})


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0002_create_editorial_groups"),
    ]

    operations = [
        migrations.RunPython(forwards, backwards, elidable=False),
    ]
