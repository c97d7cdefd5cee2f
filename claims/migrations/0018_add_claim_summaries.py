"""Each claim's related rows as the exports write them, kept by the database
(claims.claim_summary): the table, the triggers that keep it, and the rows of the
claims already there. The SQL is written out as it was when this migration was
made, so that the migration stays the same when `claims/claim_summary.py` changes;
on SQLite, `claims.claim_summary` sets the triggers aside while migrations run and
puts them back after.
"""

import django.db.models.deletion
from django.db import migrations, models

INSTALL = {
    "sqlite": [
        "CREATE TRIGGER IF NOT EXISTS claims_summary_claim_insert AFTER INSERT ON claims_claim BEGIN INSERT INTO claims_claimsummary (claim_id, topics, evidence_urls, evidence_json, corrections_count) SELECT c.id, coalesce((SELECT group_concat(slug, ';') FROM (SELECT t.slug FROM claims_claim_topics ct JOIN claims_topic t ON t.id = ct.topic_id WHERE ct.claim_id = c.id ORDER BY t.slug)), ''), coalesce((SELECT group_concat(url, ' ') FROM (SELECT e.url FROM claims_evidence e WHERE e.claim_id = c.id ORDER BY e.stance, e.id)), ''), (SELECT json_group_array(json_object('url', e.url, 'title', e.title, 'publisher', e.publisher, 'stance', e.stance, 'archived_url', e.archived_url)) FROM (SELECT * FROM claims_evidence WHERE claim_id = c.id ORDER BY stance, id) e), (SELECT count(*) FROM claims_correction x WHERE x.claim_id = c.id) FROM claims_claim c WHERE c.id IN (new.id) ON CONFLICT (claim_id) DO UPDATE SET topics = excluded.topics, evidence_urls = excluded.evidence_urls, evidence_json = excluded.evidence_json, corrections_count = excluded.corrections_count; DELETE FROM claims_claimsummary WHERE claim_id IN (new.id) AND NOT EXISTS (SELECT 1 FROM claims_claim c WHERE c.id = claims_claimsummary.claim_id); END",
        "CREATE TRIGGER IF NOT EXISTS claims_summary_claim_delete AFTER DELETE ON claims_claim BEGIN INSERT INTO claims_claimsummary (claim_id, topics, evidence_urls, evidence_json, corrections_count) SELECT c.id, coalesce((SELECT group_concat(slug, ';') FROM (SELECT t.slug FROM claims_claim_topics ct JOIN claims_topic t ON t.id = ct.topic_id WHERE ct.claim_id = c.id ORDER BY t.slug)), ''), coalesce((SELECT group_concat(url, ' ') FROM (SELECT e.url FROM claims_evidence e WHERE e.claim_id = c.id ORDER BY e.stance, e.id)), ''), (SELECT json_group_array(json_object('url', e.url, 'title', e.title, 'publisher', e.publisher, 'stance', e.stance, 'archived_url', e.archived_url)) FROM (SELECT * FROM claims_evidence WHERE claim_id = c.id ORDER BY stance, id) e), (SELECT count(*) FROM claims_correction x WHERE x.claim_id = c.id) FROM claims_claim c WHERE c.id IN (old.id) ON CONFLICT (claim_id) DO UPDATE SET topics = excluded.topics, evidence_urls = excluded.evidence_urls, evidence_json = excluded.evidence_json, corrections_count = excluded.corrections_count; DELETE FROM claims_claimsummary WHERE claim_id IN (old.id) AND NOT EXISTS (SELECT 1 FROM claims_claim c WHERE c.id = claims_claimsummary.claim_id); END",
        "CREATE TRIGGER IF NOT EXISTS claims_summary_topic_insert AFTER INSERT ON claims_claim_topics BEGIN INSERT INTO claims_claimsummary (claim_id, topics, evidence_urls, evidence_json, corrections_count) SELECT c.id, coalesce((SELECT group_concat(slug, ';') FROM (SELECT t.slug FROM claims_claim_topics ct JOIN claims_topic t ON t.id = ct.topic_id WHERE ct.claim_id = c.id ORDER BY t.slug)), ''), coalesce((SELECT group_concat(url, ' ') FROM (SELECT e.url FROM claims_evidence e WHERE e.claim_id = c.id ORDER BY e.stance, e.id)), ''), (SELECT json_group_array(json_object('url', e.url, 'title', e.title, 'publisher', e.publisher, 'stance', e.stance, 'archived_url', e.archived_url)) FROM (SELECT * FROM claims_evidence WHERE claim_id = c.id ORDER BY stance, id) e), (SELECT count(*) FROM claims_correction x WHERE x.claim_id = c.id) FROM claims_claim c WHERE c.id IN (new.claim_id) ON CONFLICT (claim_id) DO UPDATE SET topics = excluded.topics, evidence_urls = excluded.evidence_urls, evidence_json = excluded.evidence_json, corrections_count = excluded.corrections_count; DELETE FROM claims_claimsummary WHERE claim_id IN (new.claim_id) AND NOT EXISTS (SELECT 1 FROM claims_claim c WHERE c.id = claims_claimsummary.claim_id); END",
        "CREATE TRIGGER IF NOT EXISTS claims_summary_topic_delete AFTER DELETE ON claims_claim_topics BEGIN INSERT INTO claims_claimsummary (claim_id, topics, evidence_urls, evidence_json, corrections_count) SELECT c.id, coalesce((SELECT group_concat(slug, ';') FROM (SELECT t.slug FROM claims_claim_topics ct JOIN claims_topic t ON t.id = ct.topic_id WHERE ct.claim_id = c.id ORDER BY t.slug)), ''), coalesce((SELECT group_concat(url, ' ') FROM (SELECT e.url FROM claims_evidence e WHERE e.claim_id = c.id ORDER BY e.stance, e.id)), ''), (SELECT json_group_array(json_object('url', e.url, 'title', e.title, 'publisher', e.publisher, 'stance', e.stance, 'archived_url', e.archived_url)) FROM (SELECT * FROM claims_evidence WHERE claim_id = c.id ORDER BY stance, id) e), (SELECT count(*) FROM claims_correction x WHERE x.claim_id = c.id) FROM claims_claim c WHERE c.id IN (old.claim_id) ON CONFLICT (claim_id) DO UPDATE SET topics = excluded.topics, evidence_urls = excluded.evidence_urls, evidence_json = excluded.evidence_json, corrections_count = excluded.corrections_count; DELETE FROM claims_claimsummary WHERE claim_id IN (old.claim_id) AND NOT EXISTS (SELECT 1 FROM claims_claim c WHERE c.id = claims_claimsummary.claim_id); END",
        "CREATE TRIGGER IF NOT EXISTS claims_summary_topic_rename AFTER UPDATE OF slug ON claims_topic BEGIN INSERT INTO claims_claimsummary (claim_id, topics, evidence_urls, evidence_json, corrections_count) SELECT c.id, coalesce((SELECT group_concat(slug, ';') FROM (SELECT t.slug FROM claims_claim_topics ct JOIN claims_topic t ON t.id = ct.topic_id WHERE ct.claim_id = c.id ORDER BY t.slug)), ''), coalesce((SELECT group_concat(url, ' ') FROM (SELECT e.url FROM claims_evidence e WHERE e.claim_id = c.id ORDER BY e.stance, e.id)), ''), (SELECT json_group_array(json_object('url', e.url, 'title', e.title, 'publisher', e.publisher, 'stance', e.stance, 'archived_url', e.archived_url)) FROM (SELECT * FROM claims_evidence WHERE claim_id = c.id ORDER BY stance, id) e), (SELECT count(*) FROM claims_correction x WHERE x.claim_id = c.id) FROM claims_claim c WHERE c.id IN (SELECT claim_id FROM claims_claim_topics WHERE topic_id = new.id) ON CONFLICT (claim_id) DO UPDATE SET topics = excluded.topics, evidence_urls = excluded.evidence_urls, evidence_json = excluded.evidence_json, corrections_count = excluded.corrections_count; DELETE FROM claims_claimsummary WHERE claim_id IN (SELECT claim_id FROM claims_claim_topics WHERE topic_id = new.id) AND NOT EXISTS (SELECT 1 FROM claims_claim c WHERE c.id = claims_claimsummary.claim_id); END",
        "CREATE TRIGGER IF NOT EXISTS claims_summary_evidence_insert AFTER INSERT ON claims_evidence BEGIN INSERT INTO claims_claimsummary (claim_id, topics, evidence_urls, evidence_json, corrections_count) SELECT c.id, coalesce((SELECT group_concat(slug, ';') FROM (SELECT t.slug FROM claims_claim_topics ct JOIN claims_topic t ON t.id = ct.topic_id WHERE ct.claim_id = c.id ORDER BY t.slug)), ''), coalesce((SELECT group_concat(url, ' ') FROM (SELECT e.url FROM claims_evidence e WHERE e.claim_id = c.id ORDER BY e.stance, e.id)), ''), (SELECT json_group_array(json_object('url', e.url, 'title', e.title, 'publisher', e.publisher, 'stance', e.stance, 'archived_url', e.archived_url)) FROM (SELECT * FROM claims_evidence WHERE claim_id = c.id ORDER BY stance, id) e), (SELECT count(*) FROM claims_correction x WHERE x.claim_id = c.id) FROM claims_claim c WHERE c.id IN (new.claim_id) ON CONFLICT (claim_id) DO UPDATE SET topics = excluded.topics, evidence_urls = excluded.evidence_urls, evidence_json = excluded.evidence_json, corrections_count = excluded.corrections_count; DELETE FROM claims_claimsummary WHERE claim_id IN (new.claim_id) AND NOT EXISTS (SELECT 1 FROM claims_claim c WHERE c.id = claims_claimsummary.claim_id); END",
        "CREATE TRIGGER IF NOT EXISTS claims_summary_evidence_update AFTER UPDATE ON claims_evidence BEGIN INSERT INTO claims_claimsummary (claim_id, topics, evidence_urls, evidence_json, corrections_count) SELECT c.id, coalesce((SELECT group_concat(slug, ';') FROM (SELECT t.slug FROM claims_claim_topics ct JOIN claims_topic t ON t.id = ct.topic_id WHERE ct.claim_id = c.id ORDER BY t.slug)), ''), coalesce((SELECT group_concat(url, ' ') FROM (SELECT e.url FROM claims_evidence e WHERE e.claim_id = c.id ORDER BY e.stance, e.id)), ''), (SELECT json_group_array(json_object('url', e.url, 'title', e.title, 'publisher', e.publisher, 'stance', e.stance, 'archived_url', e.archived_url)) FROM (SELECT * FROM claims_evidence WHERE claim_id = c.id ORDER BY stance, id) e), (SELECT count(*) FROM claims_correction x WHERE x.claim_id = c.id) FROM claims_claim c WHERE c.id IN (old.claim_id, new.claim_id) ON CONFLICT (claim_id) DO UPDATE SET topics = excluded.topics, evidence_urls = excluded.evidence_urls, evidence_json = excluded.evidence_json, corrections_count = excluded.corrections_count; DELETE FROM claims_claimsummary WHERE claim_id IN (old.claim_id, new.claim_id) AND NOT EXISTS (SELECT 1 FROM claims_claim c WHERE c.id = claims_claimsummary.claim_id); END",
        "CREATE TRIGGER IF NOT EXISTS claims_summary_evidence_delete AFTER DELETE ON claims_evidence BEGIN INSERT INTO claims_claimsummary (claim_id, topics, evidence_urls, evidence_json, corrections_count) SELECT c.id, coalesce((SELECT group_concat(slug, ';') FROM (SELECT t.slug FROM claims_claim_topics ct JOIN claims_topic t ON t.id = ct.topic_id WHERE ct.claim_id = c.id ORDER BY t.slug)), ''), coalesce((SELECT group_concat(url, ' ') FROM (SELECT e.url FROM claims_evidence e WHERE e.claim_id = c.id ORDER BY e.stance, e.id)), ''), (SELECT json_group_array(json_object('url', e.url, 'title', e.title, 'publisher', e.publisher, 'stance', e.stance, 'archived_url', e.archived_url)) FROM (SELECT * FROM claims_evidence WHERE claim_id = c.id ORDER BY stance, id) e), (SELECT count(*) FROM claims_correction x WHERE x.claim_id = c.id) FROM claims_claim c WHERE c.id IN (old.claim_id) ON CONFLICT (claim_id) DO UPDATE SET topics = excluded.topics, evidence_urls = excluded.evidence_urls, evidence_json = excluded.evidence_json, corrections_count = excluded.corrections_count; DELETE FROM claims_claimsummary WHERE claim_id IN (old.claim_id) AND NOT EXISTS (SELECT 1 FROM claims_claim c WHERE c.id = claims_claimsummary.claim_id); END",
        "CREATE TRIGGER IF NOT EXISTS claims_summary_correction_insert AFTER INSERT ON claims_correction BEGIN INSERT INTO claims_claimsummary (claim_id, topics, evidence_urls, evidence_json, corrections_count) SELECT c.id, coalesce((SELECT group_concat(slug, ';') FROM (SELECT t.slug FROM claims_claim_topics ct JOIN claims_topic t ON t.id = ct.topic_id WHERE ct.claim_id = c.id ORDER BY t.slug)), ''), coalesce((SELECT group_concat(url, ' ') FROM (SELECT e.url FROM claims_evidence e WHERE e.claim_id = c.id ORDER BY e.stance, e.id)), ''), (SELECT json_group_array(json_object('url', e.url, 'title', e.title, 'publisher', e.publisher, 'stance', e.stance, 'archived_url', e.archived_url)) FROM (SELECT * FROM claims_evidence WHERE claim_id = c.id ORDER BY stance, id) e), (SELECT count(*) FROM claims_correction x WHERE x.claim_id = c.id) FROM claims_claim c WHERE c.id IN (new.claim_id) ON CONFLICT (claim_id) DO UPDATE SET topics = excluded.topics, evidence_urls = excluded.evidence_urls, evidence_json = excluded.evidence_json, corrections_count = excluded.corrections_count; DELETE FROM claims_claimsummary WHERE claim_id IN (new.claim_id) AND NOT EXISTS (SELECT 1 FROM claims_claim c WHERE c.id = claims_claimsummary.claim_id); END",
        "CREATE TRIGGER IF NOT EXISTS claims_summary_correction_update AFTER UPDATE ON claims_correction BEGIN INSERT INTO claims_claimsummary (claim_id, topics, evidence_urls, evidence_json, corrections_count) SELECT c.id, coalesce((SELECT group_concat(slug, ';') FROM (SELECT t.slug FROM claims_claim_topics ct JOIN claims_topic t ON t.id = ct.topic_id WHERE ct.claim_id = c.id ORDER BY t.slug)), ''), coalesce((SELECT group_concat(url, ' ') FROM (SELECT e.url FROM claims_evidence e WHERE e.claim_id = c.id ORDER BY e.stance, e.id)), ''), (SELECT json_group_array(json_object('url', e.url, 'title', e.title, 'publisher', e.publisher, 'stance', e.stance, 'archived_url', e.archived_url)) FROM (SELECT * FROM claims_evidence WHERE claim_id = c.id ORDER BY stance, id) e), (SELECT count(*) FROM claims_correction x WHERE x.claim_id = c.id) FROM claims_claim c WHERE c.id IN (old.claim_id, new.claim_id) ON CONFLICT (claim_id) DO UPDATE SET topics = excluded.topics, evidence_urls = excluded.evidence_urls, evidence_json = excluded.evidence_json, corrections_count = excluded.corrections_count; DELETE FROM claims_claimsummary WHERE claim_id IN (old.claim_id, new.claim_id) AND NOT EXISTS (SELECT 1 FROM claims_claim c WHERE c.id = claims_claimsummary.claim_id); END",
        "CREATE TRIGGER IF NOT EXISTS claims_summary_correction_delete AFTER DELETE ON claims_correction BEGIN INSERT INTO claims_claimsummary (claim_id, topics, evidence_urls, evidence_json, corrections_count) SELECT c.id, coalesce((SELECT group_concat(slug, ';') FROM (SELECT t.slug FROM claims_claim_topics ct JOIN claims_topic t ON t.id = ct.topic_id WHERE ct.claim_id = c.id ORDER BY t.slug)), ''), coalesce((SELECT group_concat(url, ' ') FROM (SELECT e.url FROM claims_evidence e WHERE e.claim_id = c.id ORDER BY e.stance, e.id)), ''), (SELECT json_group_array(json_object('url', e.url, 'title', e.title, 'publisher', e.publisher, 'stance', e.stance, 'archived_url', e.archived_url)) FROM (SELECT * FROM claims_evidence WHERE claim_id = c.id ORDER BY stance, id) e), (SELECT count(*) FROM claims_correction x WHERE x.claim_id = c.id) FROM claims_claim c WHERE c.id IN (old.claim_id) ON CONFLICT (claim_id) DO UPDATE SET topics = excluded.topics, evidence_urls = excluded.evidence_urls, evidence_json = excluded.evidence_json, corrections_count = excluded.corrections_count; DELETE FROM claims_claimsummary WHERE claim_id IN (old.claim_id) AND NOT EXISTS (SELECT 1 FROM claims_claim c WHERE c.id = claims_claimsummary.claim_id); END",
        "DELETE FROM claims_claimsummary",
        "INSERT INTO claims_claimsummary (claim_id, topics, evidence_urls, evidence_json, corrections_count) SELECT c.id, coalesce((SELECT group_concat(slug, ';') FROM (SELECT t.slug FROM claims_claim_topics ct JOIN claims_topic t ON t.id = ct.topic_id WHERE ct.claim_id = c.id ORDER BY t.slug)), ''), coalesce((SELECT group_concat(url, ' ') FROM (SELECT e.url FROM claims_evidence e WHERE e.claim_id = c.id ORDER BY e.stance, e.id)), ''), (SELECT json_group_array(json_object('url', e.url, 'title', e.title, 'publisher', e.publisher, 'stance', e.stance, 'archived_url', e.archived_url)) FROM (SELECT * FROM claims_evidence WHERE claim_id = c.id ORDER BY stance, id) e), (SELECT count(*) FROM claims_correction x WHERE x.claim_id = c.id) FROM claims_claim c",
    ],
    "postgresql": [
        "CREATE OR REPLACE FUNCTION claims_summary_sync(claims bigint[]) RETURNS void LANGUAGE sql AS $$ SELECT 1 FROM claims_claim WHERE id = ANY(claims) ORDER BY id FOR NO KEY UPDATE; INSERT INTO claims_claimsummary (claim_id, topics, evidence_urls, evidence_json, corrections_count) SELECT c.id, coalesce((SELECT string_agg(t.slug, ';' ORDER BY t.slug) FROM claims_claim_topics ct JOIN claims_topic t ON t.id = ct.topic_id WHERE ct.claim_id = c.id), ''), coalesce((SELECT string_agg(e.url, ' ' ORDER BY e.stance, e.id) FROM claims_evidence e WHERE e.claim_id = c.id), ''), (SELECT coalesce(json_agg(json_build_object('url', e.url, 'title', e.title, 'publisher', e.publisher, 'stance', e.stance, 'archived_url', e.archived_url) ORDER BY e.stance, e.id), '[]')::text FROM claims_evidence e WHERE e.claim_id = c.id), (SELECT count(*) FROM claims_correction x WHERE x.claim_id = c.id) FROM claims_claim c WHERE c.id = ANY(claims) ON CONFLICT (claim_id) DO UPDATE SET topics = excluded.topics, evidence_urls = excluded.evidence_urls, evidence_json = excluded.evidence_json, corrections_count = excluded.corrections_count; DELETE FROM claims_claimsummary WHERE claim_id = ANY(claims) AND NOT EXISTS (SELECT 1 FROM claims_claim c WHERE c.id = claims_claimsummary.claim_id) $$",
        "CREATE OR REPLACE FUNCTION claims_summary_claim_changed() RETURNS trigger\n        LANGUAGE plpgsql AS $$\n        BEGIN\n            IF TG_OP = 'INSERT' THEN\n                PERFORM claims_summary_sync(ARRAY[NEW.id]);\n            ELSIF TG_OP = 'DELETE' THEN\n                PERFORM claims_summary_sync(ARRAY[OLD.id]);\n            ELSE\n                PERFORM claims_summary_sync(ARRAY[OLD.id, NEW.id]);\n            END IF;\n            RETURN NULL;\n        END $$",
        "CREATE OR REPLACE FUNCTION claims_summary_row_changed() RETURNS trigger\n        LANGUAGE plpgsql AS $$\n        BEGIN\n            IF TG_OP = 'INSERT' THEN\n                PERFORM claims_summary_sync(ARRAY[NEW.claim_id]);\n            ELSIF TG_OP = 'DELETE' THEN\n                PERFORM claims_summary_sync(ARRAY[OLD.claim_id]);\n            ELSE\n                PERFORM claims_summary_sync(ARRAY[OLD.claim_id, NEW.claim_id]);\n            END IF;\n            RETURN NULL;\n        END $$",
        "CREATE OR REPLACE FUNCTION claims_summary_topic_renamed() RETURNS trigger\n        LANGUAGE plpgsql AS $$\n        BEGIN\n            IF OLD.slug IS DISTINCT FROM NEW.slug THEN\n                PERFORM claims_summary_sync(ARRAY(\n                    SELECT claim_id FROM claims_claim_topics WHERE topic_id = NEW.id));\n            END IF;\n            RETURN NULL;\n        END $$",
        "DROP TRIGGER IF EXISTS claims_summary_claim_insert ON claims_claim",
        "CREATE TRIGGER claims_summary_claim_insert AFTER INSERT ON claims_claim FOR EACH ROW EXECUTE FUNCTION claims_summary_claim_changed()",
        "DROP TRIGGER IF EXISTS claims_summary_claim_delete ON claims_claim",
        "CREATE TRIGGER claims_summary_claim_delete AFTER DELETE ON claims_claim FOR EACH ROW EXECUTE FUNCTION claims_summary_claim_changed()",
        "DROP TRIGGER IF EXISTS claims_summary_topic_insert ON claims_claim_topics",
        "CREATE TRIGGER claims_summary_topic_insert AFTER INSERT ON claims_claim_topics FOR EACH ROW EXECUTE FUNCTION claims_summary_row_changed()",
        "DROP TRIGGER IF EXISTS claims_summary_topic_delete ON claims_claim_topics",
        "CREATE TRIGGER claims_summary_topic_delete AFTER DELETE ON claims_claim_topics FOR EACH ROW EXECUTE FUNCTION claims_summary_row_changed()",
        "DROP TRIGGER IF EXISTS claims_summary_topic_rename ON claims_topic",
        "CREATE TRIGGER claims_summary_topic_rename AFTER UPDATE OF slug ON claims_topic FOR EACH ROW EXECUTE FUNCTION claims_summary_topic_renamed()",
        "DROP TRIGGER IF EXISTS claims_summary_evidence_insert ON claims_evidence",
        "CREATE TRIGGER claims_summary_evidence_insert AFTER INSERT ON claims_evidence FOR EACH ROW EXECUTE FUNCTION claims_summary_row_changed()",
        "DROP TRIGGER IF EXISTS claims_summary_evidence_update ON claims_evidence",
        "CREATE TRIGGER claims_summary_evidence_update AFTER UPDATE ON claims_evidence FOR EACH ROW EXECUTE FUNCTION claims_summary_row_changed()",
        "DROP TRIGGER IF EXISTS claims_summary_evidence_delete ON claims_evidence",
        "CREATE TRIGGER claims_summary_evidence_delete AFTER DELETE ON claims_evidence FOR EACH ROW EXECUTE FUNCTION claims_summary_row_changed()",
        "DROP TRIGGER IF EXISTS claims_summary_correction_insert ON claims_correction",
        "CREATE TRIGGER claims_summary_correction_insert AFTER INSERT ON claims_correction FOR EACH ROW EXECUTE FUNCTION claims_summary_row_changed()",
        "DROP TRIGGER IF EXISTS claims_summary_correction_update ON claims_correction",
        "CREATE TRIGGER claims_summary_correction_update AFTER UPDATE ON claims_correction FOR EACH ROW EXECUTE FUNCTION claims_summary_row_changed()",
        "DROP TRIGGER IF EXISTS claims_summary_correction_delete ON claims_correction",
        "CREATE TRIGGER claims_summary_correction_delete AFTER DELETE ON claims_correction FOR EACH ROW EXECUTE FUNCTION claims_summary_row_changed()",
        "DELETE FROM claims_claimsummary",
        "INSERT INTO claims_claimsummary (claim_id, topics, evidence_urls, evidence_json, corrections_count) SELECT c.id, coalesce((SELECT string_agg(t.slug, ';' ORDER BY t.slug) FROM claims_claim_topics ct JOIN claims_topic t ON t.id = ct.topic_id WHERE ct.claim_id = c.id), ''), coalesce((SELECT string_agg(e.url, ' ' ORDER BY e.stance, e.id) FROM claims_evidence e WHERE e.claim_id = c.id), ''), (SELECT coalesce(json_agg(json_build_object('url', e.url, 'title', e.title, 'publisher', e.publisher, 'stance', e.stance, 'archived_url', e.archived_url) ORDER BY e.stance, e.id), '[]')::text FROM claims_evidence e WHERE e.claim_id = c.id), (SELECT count(*) FROM claims_correction x WHERE x.claim_id = c.id) FROM claims_claim c",
    ],
}

UNINSTALL = {
    "sqlite": [
        "DROP TRIGGER IF EXISTS claims_summary_claim_insert",
        "DROP TRIGGER IF EXISTS claims_summary_claim_delete",
        "DROP TRIGGER IF EXISTS claims_summary_topic_insert",
        "DROP TRIGGER IF EXISTS claims_summary_topic_delete",
        "DROP TRIGGER IF EXISTS claims_summary_topic_rename",
        "DROP TRIGGER IF EXISTS claims_summary_evidence_insert",
        "DROP TRIGGER IF EXISTS claims_summary_evidence_update",
        "DROP TRIGGER IF EXISTS claims_summary_evidence_delete",
        "DROP TRIGGER IF EXISTS claims_summary_correction_insert",
        "DROP TRIGGER IF EXISTS claims_summary_correction_update",
        "DROP TRIGGER IF EXISTS claims_summary_correction_delete",
    ],
    "postgresql": [
        "DROP TRIGGER IF EXISTS claims_summary_claim_insert ON claims_claim",
        "DROP TRIGGER IF EXISTS claims_summary_claim_delete ON claims_claim",
        "DROP TRIGGER IF EXISTS claims_summary_topic_insert ON claims_claim_topics",
        "DROP TRIGGER IF EXISTS claims_summary_topic_delete ON claims_claim_topics",
        "DROP TRIGGER IF EXISTS claims_summary_topic_rename ON claims_topic",
        "DROP TRIGGER IF EXISTS claims_summary_evidence_insert ON claims_evidence",
        "DROP TRIGGER IF EXISTS claims_summary_evidence_update ON claims_evidence",
        "DROP TRIGGER IF EXISTS claims_summary_evidence_delete ON claims_evidence",
        "DROP TRIGGER IF EXISTS claims_summary_correction_insert ON claims_correction",
        "DROP TRIGGER IF EXISTS claims_summary_correction_update ON claims_correction",
        "DROP TRIGGER IF EXISTS claims_summary_correction_delete ON claims_correction",
    ],
}


def forwards(apps, schema_editor):
    for sql in INSTALL.get(schema_editor.connection.vendor, []):
        schema_editor.execute(sql)


def backwards(apps, schema_editor):
    for sql in UNINSTALL.get(schema_editor.connection.vendor, []):
        schema_editor.execute(sql)


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0017_index_topics_by_topic_then_claim"),
    ]

    operations = [
        migrations.CreateModel(
            name="ClaimSummary",
            fields=[
                (
                    "claim",
                    models.OneToOneField(
                        db_constraint=False,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        primary_key=True,
                        related_name="summary",
                        serialize=False,
                        to="claims.claim",
                    ),
                ),
                (
                    "topics",
                    models.TextField(
                        default="", help_text="Topic slugs joined by ';', in slug order."
                    ),
                ),
                (
                    "evidence_urls",
                    models.TextField(default="", help_text="Evidence URLs by stance, spaced."),
                ),
                (
                    "evidence_json",
                    models.TextField(default="[]", help_text="Evidence as a JSON array."),
                ),
                ("corrections_count", models.IntegerField(default=0)),
            ],
            options={
                "verbose_name_plural": "claim summaries",
            },
        ),
        migrations.RunPython(forwards, backwards),
    ]
