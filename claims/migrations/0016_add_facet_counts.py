"""Facet counts kept by the database (claims.facet_summary): two tables, the
triggers that keep them, and the counts of the claims already there. The SQL is
written out as it was when this migration was made, so that the migration stays
the same when `claims/facet_summary.py` changes; on SQLite, `claims.facet_summary`
sets the triggers aside while migrations run and puts them back after.
"""

from django.db import migrations, models

INSTALL = {
    "sqlite": [
        "CREATE TRIGGER IF NOT EXISTS claims_facets_claim_insert AFTER INSERT ON claims_claim BEGIN INSERT INTO claims_facetcount (by_facet, by_value, facet, value, count) SELECT b.facet, b.value, a.facet, a.value, -1 FROM claims_facetmember a JOIN (SELECT facet, value FROM claims_facetmember WHERE claim_id = new.id UNION ALL SELECT '', '') b ON a.facet <> b.facet OR a.facet = 'topic' WHERE a.claim_id = new.id ON CONFLICT (by_facet, by_value, facet, value) DO UPDATE SET count = claims_facetcount.count + excluded.count; DELETE FROM claims_facetmember WHERE claim_id = new.id; INSERT INTO claims_facetmember (claim_id, facet, value) SELECT c.id, 'rating', c.rating FROM claims_claim c WHERE c.published_at IS NOT NULL AND c.id = new.id; INSERT INTO claims_facetmember (claim_id, facet, value) SELECT c.id, 'status', c.status FROM claims_claim c WHERE c.published_at IS NOT NULL AND c.id = new.id; INSERT INTO claims_facetmember (claim_id, facet, value) SELECT c.id, 'speaker', CAST(c.speaker_id AS TEXT) FROM claims_claim c WHERE c.published_at IS NOT NULL AND c.id = new.id; INSERT INTO claims_facetmember (claim_id, facet, value) SELECT c.id, 'year', COALESCE(substr(c.said_on, 1, 4), '') FROM claims_claim c WHERE c.published_at IS NOT NULL AND c.id = new.id; INSERT INTO claims_facetmember (claim_id, facet, value) SELECT c.id, 'topic', CAST(t.topic_id AS TEXT) FROM claims_claim c JOIN claims_claim_topics t ON t.claim_id = c.id WHERE c.published_at IS NOT NULL AND c.id = new.id; INSERT INTO claims_facetcount (by_facet, by_value, facet, value, count) SELECT b.facet, b.value, a.facet, a.value, 1 FROM claims_facetmember a JOIN (SELECT facet, value FROM claims_facetmember WHERE claim_id = new.id UNION ALL SELECT '', '') b ON a.facet <> b.facet OR a.facet = 'topic' WHERE a.claim_id = new.id ON CONFLICT (by_facet, by_value, facet, value) DO UPDATE SET count = claims_facetcount.count + excluded.count; END",
        "CREATE TRIGGER IF NOT EXISTS claims_facets_claim_update AFTER UPDATE ON claims_claim WHEN old.published_at IS NOT new.published_at OR old.rating IS NOT new.rating OR old.status IS NOT new.status OR old.speaker_id IS NOT new.speaker_id OR old.said_on IS NOT new.said_on BEGIN INSERT INTO claims_facetcount (by_facet, by_value, facet, value, count) SELECT b.facet, b.value, a.facet, a.value, -1 FROM claims_facetmember a JOIN (SELECT facet, value FROM claims_facetmember WHERE claim_id = new.id UNION ALL SELECT '', '') b ON a.facet <> b.facet OR a.facet = 'topic' WHERE a.claim_id = new.id ON CONFLICT (by_facet, by_value, facet, value) DO UPDATE SET count = claims_facetcount.count + excluded.count; DELETE FROM claims_facetmember WHERE claim_id = new.id; INSERT INTO claims_facetmember (claim_id, facet, value) SELECT c.id, 'rating', c.rating FROM claims_claim c WHERE c.published_at IS NOT NULL AND c.id = new.id; INSERT INTO claims_facetmember (claim_id, facet, value) SELECT c.id, 'status', c.status FROM claims_claim c WHERE c.published_at IS NOT NULL AND c.id = new.id; INSERT INTO claims_facetmember (claim_id, facet, value) SELECT c.id, 'speaker', CAST(c.speaker_id AS TEXT) FROM claims_claim c WHERE c.published_at IS NOT NULL AND c.id = new.id; INSERT INTO claims_facetmember (claim_id, facet, value) SELECT c.id, 'year', COALESCE(substr(c.said_on, 1, 4), '') FROM claims_claim c WHERE c.published_at IS NOT NULL AND c.id = new.id; INSERT INTO claims_facetmember (claim_id, facet, value) SELECT c.id, 'topic', CAST(t.topic_id AS TEXT) FROM claims_claim c JOIN claims_claim_topics t ON t.claim_id = c.id WHERE c.published_at IS NOT NULL AND c.id = new.id; INSERT INTO claims_facetcount (by_facet, by_value, facet, value, count) SELECT b.facet, b.value, a.facet, a.value, 1 FROM claims_facetmember a JOIN (SELECT facet, value FROM claims_facetmember WHERE claim_id = new.id UNION ALL SELECT '', '') b ON a.facet <> b.facet OR a.facet = 'topic' WHERE a.claim_id = new.id ON CONFLICT (by_facet, by_value, facet, value) DO UPDATE SET count = claims_facetcount.count + excluded.count; END",
        "CREATE TRIGGER IF NOT EXISTS claims_facets_claim_delete AFTER DELETE ON claims_claim BEGIN INSERT INTO claims_facetcount (by_facet, by_value, facet, value, count) SELECT b.facet, b.value, a.facet, a.value, -1 FROM claims_facetmember a JOIN (SELECT facet, value FROM claims_facetmember WHERE claim_id = old.id UNION ALL SELECT '', '') b ON a.facet <> b.facet OR a.facet = 'topic' WHERE a.claim_id = old.id ON CONFLICT (by_facet, by_value, facet, value) DO UPDATE SET count = claims_facetcount.count + excluded.count; DELETE FROM claims_facetmember WHERE claim_id = old.id; INSERT INTO claims_facetmember (claim_id, facet, value) SELECT c.id, 'rating', c.rating FROM claims_claim c WHERE c.published_at IS NOT NULL AND c.id = old.id; INSERT INTO claims_facetmember (claim_id, facet, value) SELECT c.id, 'status', c.status FROM claims_claim c WHERE c.published_at IS NOT NULL AND c.id = old.id; INSERT INTO claims_facetmember (claim_id, facet, value) SELECT c.id, 'speaker', CAST(c.speaker_id AS TEXT) FROM claims_claim c WHERE c.published_at IS NOT NULL AND c.id = old.id; INSERT INTO claims_facetmember (claim_id, facet, value) SELECT c.id, 'year', COALESCE(substr(c.said_on, 1, 4), '') FROM claims_claim c WHERE c.published_at IS NOT NULL AND c.id = old.id; INSERT INTO claims_facetmember (claim_id, facet, value) SELECT c.id, 'topic', CAST(t.topic_id AS TEXT) FROM claims_claim c JOIN claims_claim_topics t ON t.claim_id = c.id WHERE c.published_at IS NOT NULL AND c.id = old.id; INSERT INTO claims_facetcount (by_facet, by_value, facet, value, count) SELECT b.facet, b.value, a.facet, a.value, 1 FROM claims_facetmember a JOIN (SELECT facet, value FROM claims_facetmember WHERE claim_id = old.id UNION ALL SELECT '', '') b ON a.facet <> b.facet OR a.facet = 'topic' WHERE a.claim_id = old.id ON CONFLICT (by_facet, by_value, facet, value) DO UPDATE SET count = claims_facetcount.count + excluded.count; END",
        "CREATE TRIGGER IF NOT EXISTS claims_facets_topic_insert AFTER INSERT ON claims_claim_topics BEGIN INSERT INTO claims_facetcount (by_facet, by_value, facet, value, count) SELECT b.facet, b.value, a.facet, a.value, -1 FROM claims_facetmember a JOIN (SELECT facet, value FROM claims_facetmember WHERE claim_id = new.claim_id UNION ALL SELECT '', '') b ON a.facet <> b.facet OR a.facet = 'topic' WHERE a.claim_id = new.claim_id ON CONFLICT (by_facet, by_value, facet, value) DO UPDATE SET count = claims_facetcount.count + excluded.count; DELETE FROM claims_facetmember WHERE claim_id = new.claim_id; INSERT INTO claims_facetmember (claim_id, facet, value) SELECT c.id, 'rating', c.rating FROM claims_claim c WHERE c.published_at IS NOT NULL AND c.id = new.claim_id; INSERT INTO claims_facetmember (claim_id, facet, value) SELECT c.id, 'status', c.status FROM claims_claim c WHERE c.published_at IS NOT NULL AND c.id = new.claim_id; INSERT INTO claims_facetmember (claim_id, facet, value) SELECT c.id, 'speaker', CAST(c.speaker_id AS TEXT) FROM claims_claim c WHERE c.published_at IS NOT NULL AND c.id = new.claim_id; INSERT INTO claims_facetmember (claim_id, facet, value) SELECT c.id, 'year', COALESCE(substr(c.said_on, 1, 4), '') FROM claims_claim c WHERE c.published_at IS NOT NULL AND c.id = new.claim_id; INSERT INTO claims_facetmember (claim_id, facet, value) SELECT c.id, 'topic', CAST(t.topic_id AS TEXT) FROM claims_claim c JOIN claims_claim_topics t ON t.claim_id = c.id WHERE c.published_at IS NOT NULL AND c.id = new.claim_id; INSERT INTO claims_facetcount (by_facet, by_value, facet, value, count) SELECT b.facet, b.value, a.facet, a.value, 1 FROM claims_facetmember a JOIN (SELECT facet, value FROM claims_facetmember WHERE claim_id = new.claim_id UNION ALL SELECT '', '') b ON a.facet <> b.facet OR a.facet = 'topic' WHERE a.claim_id = new.claim_id ON CONFLICT (by_facet, by_value, facet, value) DO UPDATE SET count = claims_facetcount.count + excluded.count; END",
        "CREATE TRIGGER IF NOT EXISTS claims_facets_topic_delete AFTER DELETE ON claims_claim_topics BEGIN INSERT INTO claims_facetcount (by_facet, by_value, facet, value, count) SELECT b.facet, b.value, a.facet, a.value, -1 FROM claims_facetmember a JOIN (SELECT facet, value FROM claims_facetmember WHERE claim_id = old.claim_id UNION ALL SELECT '', '') b ON a.facet <> b.facet OR a.facet = 'topic' WHERE a.claim_id = old.claim_id ON CONFLICT (by_facet, by_value, facet, value) DO UPDATE SET count = claims_facetcount.count + excluded.count; DELETE FROM claims_facetmember WHERE claim_id = old.claim_id; INSERT INTO claims_facetmember (claim_id, facet, value) SELECT c.id, 'rating', c.rating FROM claims_claim c WHERE c.published_at IS NOT NULL AND c.id = old.claim_id; INSERT INTO claims_facetmember (claim_id, facet, value) SELECT c.id, 'status', c.status FROM claims_claim c WHERE c.published_at IS NOT NULL AND c.id = old.claim_id; INSERT INTO claims_facetmember (claim_id, facet, value) SELECT c.id, 'speaker', CAST(c.speaker_id AS TEXT) FROM claims_claim c WHERE c.published_at IS NOT NULL AND c.id = old.claim_id; INSERT INTO claims_facetmember (claim_id, facet, value) SELECT c.id, 'year', COALESCE(substr(c.said_on, 1, 4), '') FROM claims_claim c WHERE c.published_at IS NOT NULL AND c.id = old.claim_id; INSERT INTO claims_facetmember (claim_id, facet, value) SELECT c.id, 'topic', CAST(t.topic_id AS TEXT) FROM claims_claim c JOIN claims_claim_topics t ON t.claim_id = c.id WHERE c.published_at IS NOT NULL AND c.id = old.claim_id; INSERT INTO claims_facetcount (by_facet, by_value, facet, value, count) SELECT b.facet, b.value, a.facet, a.value, 1 FROM claims_facetmember a JOIN (SELECT facet, value FROM claims_facetmember WHERE claim_id = old.claim_id UNION ALL SELECT '', '') b ON a.facet <> b.facet OR a.facet = 'topic' WHERE a.claim_id = old.claim_id ON CONFLICT (by_facet, by_value, facet, value) DO UPDATE SET count = claims_facetcount.count + excluded.count; END",
        "DELETE FROM claims_facetcount",
        "DELETE FROM claims_facetmember",
        "INSERT INTO claims_facetmember (claim_id, facet, value) SELECT c.id, 'rating', c.rating FROM claims_claim c WHERE c.published_at IS NOT NULL",
        "INSERT INTO claims_facetmember (claim_id, facet, value) SELECT c.id, 'status', c.status FROM claims_claim c WHERE c.published_at IS NOT NULL",
        "INSERT INTO claims_facetmember (claim_id, facet, value) SELECT c.id, 'speaker', CAST(c.speaker_id AS TEXT) FROM claims_claim c WHERE c.published_at IS NOT NULL",
        "INSERT INTO claims_facetmember (claim_id, facet, value) SELECT c.id, 'year', COALESCE(substr(c.said_on, 1, 4), '') FROM claims_claim c WHERE c.published_at IS NOT NULL",
        "INSERT INTO claims_facetmember (claim_id, facet, value) SELECT c.id, 'topic', CAST(t.topic_id AS TEXT) FROM claims_claim c JOIN claims_claim_topics t ON t.claim_id = c.id WHERE c.published_at IS NOT NULL",
        "INSERT INTO claims_facetcount (by_facet, by_value, facet, value, count) SELECT '', '', 'rating', c.rating, COUNT(*) FROM claims_claim c WHERE c.published_at IS NOT NULL GROUP BY 2, 4",
        "INSERT INTO claims_facetcount (by_facet, by_value, facet, value, count) SELECT '', '', 'status', c.status, COUNT(*) FROM claims_claim c WHERE c.published_at IS NOT NULL GROUP BY 2, 4",
        "INSERT INTO claims_facetcount (by_facet, by_value, facet, value, count) SELECT '', '', 'speaker', CAST(c.speaker_id AS TEXT), COUNT(*) FROM claims_claim c WHERE c.published_at IS NOT NULL GROUP BY 2, 4",
        "INSERT INTO claims_facetcount (by_facet, by_value, facet, value, count) SELECT '', '', 'year', COALESCE(substr(c.said_on, 1, 4), ''), COUNT(*) FROM claims_claim c WHERE c.published_at IS NOT NULL GROUP BY 2, 4",
        "INSERT INTO claims_facetcount (by_facet, by_value, facet, value, count) SELECT '', '', 'topic', CAST(t.topic_id AS TEXT), COUNT(*) FROM claims_claim c JOIN claims_claim_topics t ON t.claim_id = c.id WHERE c.published_at IS NOT NULL GROUP BY 2, 4",
        "INSERT INTO claims_facetcount (by_facet, by_value, facet, value, count) SELECT 'rating', c.rating, 'status', c.status, COUNT(*) FROM claims_claim c WHERE c.published_at IS NOT NULL GROUP BY 2, 4",
        "INSERT INTO claims_facetcount (by_facet, by_value, facet, value, count) SELECT 'rating', c.rating, 'speaker', CAST(c.speaker_id AS TEXT), COUNT(*) FROM claims_claim c WHERE c.published_at IS NOT NULL GROUP BY 2, 4",
        "INSERT INTO claims_facetcount (by_facet, by_value, facet, value, count) SELECT 'rating', c.rating, 'year', COALESCE(substr(c.said_on, 1, 4), ''), COUNT(*) FROM claims_claim c WHERE c.published_at IS NOT NULL GROUP BY 2, 4",
        "INSERT INTO claims_facetcount (by_facet, by_value, facet, value, count) SELECT 'rating', c.rating, 'topic', CAST(t.topic_id AS TEXT), COUNT(*) FROM claims_claim c JOIN claims_claim_topics t ON t.claim_id = c.id WHERE c.published_at IS NOT NULL GROUP BY 2, 4",
        "INSERT INTO claims_facetcount (by_facet, by_value, facet, value, count) SELECT 'status', c.status, 'rating', c.rating, COUNT(*) FROM claims_claim c WHERE c.published_at IS NOT NULL GROUP BY 2, 4",
        "INSERT INTO claims_facetcount (by_facet, by_value, facet, value, count) SELECT 'status', c.status, 'speaker', CAST(c.speaker_id AS TEXT), COUNT(*) FROM claims_claim c WHERE c.published_at IS NOT NULL GROUP BY 2, 4",
        "INSERT INTO claims_facetcount (by_facet, by_value, facet, value, count) SELECT 'status', c.status, 'year', COALESCE(substr(c.said_on, 1, 4), ''), COUNT(*) FROM claims_claim c WHERE c.published_at IS NOT NULL GROUP BY 2, 4",
        "INSERT INTO claims_facetcount (by_facet, by_value, facet, value, count) SELECT 'status', c.status, 'topic', CAST(t.topic_id AS TEXT), COUNT(*) FROM claims_claim c JOIN claims_claim_topics t ON t.claim_id = c.id WHERE c.published_at IS NOT NULL GROUP BY 2, 4",
        "INSERT INTO claims_facetcount (by_facet, by_value, facet, value, count) SELECT 'speaker', CAST(c.speaker_id AS TEXT), 'rating', c.rating, COUNT(*) FROM claims_claim c WHERE c.published_at IS NOT NULL GROUP BY 2, 4",
        "INSERT INTO claims_facetcount (by_facet, by_value, facet, value, count) SELECT 'speaker', CAST(c.speaker_id AS TEXT), 'status', c.status, COUNT(*) FROM claims_claim c WHERE c.published_at IS NOT NULL GROUP BY 2, 4",
        "INSERT INTO claims_facetcount (by_facet, by_value, facet, value, count) SELECT 'speaker', CAST(c.speaker_id AS TEXT), 'year', COALESCE(substr(c.said_on, 1, 4), ''), COUNT(*) FROM claims_claim c WHERE c.published_at IS NOT NULL GROUP BY 2, 4",
        "INSERT INTO claims_facetcount (by_facet, by_value, facet, value, count) SELECT 'speaker', CAST(c.speaker_id AS TEXT), 'topic', CAST(t.topic_id AS TEXT), COUNT(*) FROM claims_claim c JOIN claims_claim_topics t ON t.claim_id = c.id WHERE c.published_at IS NOT NULL GROUP BY 2, 4",
        "INSERT INTO claims_facetcount (by_facet, by_value, facet, value, count) SELECT 'year', COALESCE(substr(c.said_on, 1, 4), ''), 'rating', c.rating, COUNT(*) FROM claims_claim c WHERE c.published_at IS NOT NULL GROUP BY 2, 4",
        "INSERT INTO claims_facetcount (by_facet, by_value, facet, value, count) SELECT 'year', COALESCE(substr(c.said_on, 1, 4), ''), 'status', c.status, COUNT(*) FROM claims_claim c WHERE c.published_at IS NOT NULL GROUP BY 2, 4",
        "INSERT INTO claims_facetcount (by_facet, by_value, facet, value, count) SELECT 'year', COALESCE(substr(c.said_on, 1, 4), ''), 'speaker', CAST(c.speaker_id AS TEXT), COUNT(*) FROM claims_claim c WHERE c.published_at IS NOT NULL GROUP BY 2, 4",
        "INSERT INTO claims_facetcount (by_facet, by_value, facet, value, count) SELECT 'year', COALESCE(substr(c.said_on, 1, 4), ''), 'topic', CAST(t.topic_id AS TEXT), COUNT(*) FROM claims_claim c JOIN claims_claim_topics t ON t.claim_id = c.id WHERE c.published_at IS NOT NULL GROUP BY 2, 4",
        "INSERT INTO claims_facetcount (by_facet, by_value, facet, value, count) SELECT 'topic', CAST(t.topic_id AS TEXT), 'rating', c.rating, COUNT(*) FROM claims_claim c JOIN claims_claim_topics t ON t.claim_id = c.id WHERE c.published_at IS NOT NULL GROUP BY 2, 4",
        "INSERT INTO claims_facetcount (by_facet, by_value, facet, value, count) SELECT 'topic', CAST(t.topic_id AS TEXT), 'status', c.status, COUNT(*) FROM claims_claim c JOIN claims_claim_topics t ON t.claim_id = c.id WHERE c.published_at IS NOT NULL GROUP BY 2, 4",
        "INSERT INTO claims_facetcount (by_facet, by_value, facet, value, count) SELECT 'topic', CAST(t.topic_id AS TEXT), 'speaker', CAST(c.speaker_id AS TEXT), COUNT(*) FROM claims_claim c JOIN claims_claim_topics t ON t.claim_id = c.id WHERE c.published_at IS NOT NULL GROUP BY 2, 4",
        "INSERT INTO claims_facetcount (by_facet, by_value, facet, value, count) SELECT 'topic', CAST(t.topic_id AS TEXT), 'year', COALESCE(substr(c.said_on, 1, 4), ''), COUNT(*) FROM claims_claim c JOIN claims_claim_topics t ON t.claim_id = c.id WHERE c.published_at IS NOT NULL GROUP BY 2, 4",
        "INSERT INTO claims_facetcount (by_facet, by_value, facet, value, count) SELECT 'topic', CAST(t2.topic_id AS TEXT), 'topic', CAST(t.topic_id AS TEXT), COUNT(*) FROM claims_claim c JOIN claims_claim_topics t ON t.claim_id = c.id JOIN claims_claim_topics t2 ON t2.claim_id = c.id WHERE c.published_at IS NOT NULL GROUP BY 2, 4",
    ],
    "postgresql": [
        "CREATE OR REPLACE FUNCTION claims_facets_sync(claim bigint) RETURNS void LANGUAGE sql AS $$ INSERT INTO claims_facetcount (by_facet, by_value, facet, value, count) SELECT b.facet, b.value, a.facet, a.value, -1 FROM claims_facetmember a JOIN (SELECT facet, value FROM claims_facetmember WHERE claim_id = claim UNION ALL SELECT '', '') b ON a.facet <> b.facet OR a.facet = 'topic' WHERE a.claim_id = claim ON CONFLICT (by_facet, by_value, facet, value) DO UPDATE SET count = claims_facetcount.count + excluded.count; DELETE FROM claims_facetmember WHERE claim_id = claim; INSERT INTO claims_facetmember (claim_id, facet, value) SELECT c.id, 'rating', c.rating FROM claims_claim c WHERE c.published_at IS NOT NULL AND c.id = claim; INSERT INTO claims_facetmember (claim_id, facet, value) SELECT c.id, 'status', c.status FROM claims_claim c WHERE c.published_at IS NOT NULL AND c.id = claim; INSERT INTO claims_facetmember (claim_id, facet, value) SELECT c.id, 'speaker', CAST(c.speaker_id AS TEXT) FROM claims_claim c WHERE c.published_at IS NOT NULL AND c.id = claim; INSERT INTO claims_facetmember (claim_id, facet, value) SELECT c.id, 'year', COALESCE(to_char(c.said_on, 'YYYY'), '') FROM claims_claim c WHERE c.published_at IS NOT NULL AND c.id = claim; INSERT INTO claims_facetmember (claim_id, facet, value) SELECT c.id, 'topic', CAST(t.topic_id AS TEXT) FROM claims_claim c JOIN claims_claim_topics t ON t.claim_id = c.id WHERE c.published_at IS NOT NULL AND c.id = claim; INSERT INTO claims_facetcount (by_facet, by_value, facet, value, count) SELECT b.facet, b.value, a.facet, a.value, 1 FROM claims_facetmember a JOIN (SELECT facet, value FROM claims_facetmember WHERE claim_id = claim UNION ALL SELECT '', '') b ON a.facet <> b.facet OR a.facet = 'topic' WHERE a.claim_id = claim ON CONFLICT (by_facet, by_value, facet, value) DO UPDATE SET count = claims_facetcount.count + excluded.count $$",
        "CREATE OR REPLACE FUNCTION claims_facets_claim() RETURNS trigger\n        LANGUAGE plpgsql AS $$\n        BEGIN\n            IF TG_OP = 'DELETE' THEN\n                PERFORM claims_facets_sync(OLD.id);\n            ELSIF TG_OP = 'INSERT' OR OLD.published_at IS DISTINCT FROM NEW.published_at OR OLD.rating IS DISTINCT FROM NEW.rating OR OLD.status IS DISTINCT FROM NEW.status OR OLD.speaker_id IS DISTINCT FROM NEW.speaker_id OR OLD.said_on IS DISTINCT FROM NEW.said_on THEN\n                PERFORM claims_facets_sync(NEW.id);\n            END IF;\n            RETURN NULL;\n        END $$",
        "CREATE OR REPLACE FUNCTION claims_facets_topic() RETURNS trigger\n        LANGUAGE plpgsql AS $$\n        BEGIN\n            IF TG_OP = 'DELETE' THEN\n                PERFORM claims_facets_sync(OLD.claim_id);\n            ELSE\n                PERFORM claims_facets_sync(NEW.claim_id);\n            END IF;\n            RETURN NULL;\n        END $$",
        "DROP TRIGGER IF EXISTS claims_facets_claim_insert ON claims_claim",
        "CREATE TRIGGER claims_facets_claim_insert AFTER INSERT ON claims_claim FOR EACH ROW EXECUTE FUNCTION claims_facets_claim()",
        "DROP TRIGGER IF EXISTS claims_facets_claim_update ON claims_claim",
        "CREATE TRIGGER claims_facets_claim_update AFTER UPDATE ON claims_claim FOR EACH ROW EXECUTE FUNCTION claims_facets_claim()",
        "DROP TRIGGER IF EXISTS claims_facets_claim_delete ON claims_claim",
        "CREATE TRIGGER claims_facets_claim_delete AFTER DELETE ON claims_claim FOR EACH ROW EXECUTE FUNCTION claims_facets_claim()",
        "DROP TRIGGER IF EXISTS claims_facets_topic_insert ON claims_claim_topics",
        "CREATE TRIGGER claims_facets_topic_insert AFTER INSERT ON claims_claim_topics FOR EACH ROW EXECUTE FUNCTION claims_facets_topic()",
        "DROP TRIGGER IF EXISTS claims_facets_topic_delete ON claims_claim_topics",
        "CREATE TRIGGER claims_facets_topic_delete AFTER DELETE ON claims_claim_topics FOR EACH ROW EXECUTE FUNCTION claims_facets_topic()",
        "DELETE FROM claims_facetcount",
        "DELETE FROM claims_facetmember",
        "INSERT INTO claims_facetmember (claim_id, facet, value) SELECT c.id, 'rating', c.rating FROM claims_claim c WHERE c.published_at IS NOT NULL",
        "INSERT INTO claims_facetmember (claim_id, facet, value) SELECT c.id, 'status', c.status FROM claims_claim c WHERE c.published_at IS NOT NULL",
        "INSERT INTO claims_facetmember (claim_id, facet, value) SELECT c.id, 'speaker', CAST(c.speaker_id AS TEXT) FROM claims_claim c WHERE c.published_at IS NOT NULL",
        "INSERT INTO claims_facetmember (claim_id, facet, value) SELECT c.id, 'year', COALESCE(to_char(c.said_on, 'YYYY'), '') FROM claims_claim c WHERE c.published_at IS NOT NULL",
        "INSERT INTO claims_facetmember (claim_id, facet, value) SELECT c.id, 'topic', CAST(t.topic_id AS TEXT) FROM claims_claim c JOIN claims_claim_topics t ON t.claim_id = c.id WHERE c.published_at IS NOT NULL",
        "INSERT INTO claims_facetcount (by_facet, by_value, facet, value, count) SELECT '', '', 'rating', c.rating, COUNT(*) FROM claims_claim c WHERE c.published_at IS NOT NULL GROUP BY 2, 4",
        "INSERT INTO claims_facetcount (by_facet, by_value, facet, value, count) SELECT '', '', 'status', c.status, COUNT(*) FROM claims_claim c WHERE c.published_at IS NOT NULL GROUP BY 2, 4",
        "INSERT INTO claims_facetcount (by_facet, by_value, facet, value, count) SELECT '', '', 'speaker', CAST(c.speaker_id AS TEXT), COUNT(*) FROM claims_claim c WHERE c.published_at IS NOT NULL GROUP BY 2, 4",
        "INSERT INTO claims_facetcount (by_facet, by_value, facet, value, count) SELECT '', '', 'year', COALESCE(to_char(c.said_on, 'YYYY'), ''), COUNT(*) FROM claims_claim c WHERE c.published_at IS NOT NULL GROUP BY 2, 4",
        "INSERT INTO claims_facetcount (by_facet, by_value, facet, value, count) SELECT '', '', 'topic', CAST(t.topic_id AS TEXT), COUNT(*) FROM claims_claim c JOIN claims_claim_topics t ON t.claim_id = c.id WHERE c.published_at IS NOT NULL GROUP BY 2, 4",
        "INSERT INTO claims_facetcount (by_facet, by_value, facet, value, count) SELECT 'rating', c.rating, 'status', c.status, COUNT(*) FROM claims_claim c WHERE c.published_at IS NOT NULL GROUP BY 2, 4",
        "INSERT INTO claims_facetcount (by_facet, by_value, facet, value, count) SELECT 'rating', c.rating, 'speaker', CAST(c.speaker_id AS TEXT), COUNT(*) FROM claims_claim c WHERE c.published_at IS NOT NULL GROUP BY 2, 4",
        "INSERT INTO claims_facetcount (by_facet, by_value, facet, value, count) SELECT 'rating', c.rating, 'year', COALESCE(to_char(c.said_on, 'YYYY'), ''), COUNT(*) FROM claims_claim c WHERE c.published_at IS NOT NULL GROUP BY 2, 4",
        "INSERT INTO claims_facetcount (by_facet, by_value, facet, value, count) SELECT 'rating', c.rating, 'topic', CAST(t.topic_id AS TEXT), COUNT(*) FROM claims_claim c JOIN claims_claim_topics t ON t.claim_id = c.id WHERE c.published_at IS NOT NULL GROUP BY 2, 4",
        "INSERT INTO claims_facetcount (by_facet, by_value, facet, value, count) SELECT 'status', c.status, 'rating', c.rating, COUNT(*) FROM claims_claim c WHERE c.published_at IS NOT NULL GROUP BY 2, 4",
        "INSERT INTO claims_facetcount (by_facet, by_value, facet, value, count) SELECT 'status', c.status, 'speaker', CAST(c.speaker_id AS TEXT), COUNT(*) FROM claims_claim c WHERE c.published_at IS NOT NULL GROUP BY 2, 4",
        "INSERT INTO claims_facetcount (by_facet, by_value, facet, value, count) SELECT 'status', c.status, 'year', COALESCE(to_char(c.said_on, 'YYYY'), ''), COUNT(*) FROM claims_claim c WHERE c.published_at IS NOT NULL GROUP BY 2, 4",
        "INSERT INTO claims_facetcount (by_facet, by_value, facet, value, count) SELECT 'status', c.status, 'topic', CAST(t.topic_id AS TEXT), COUNT(*) FROM claims_claim c JOIN claims_claim_topics t ON t.claim_id = c.id WHERE c.published_at IS NOT NULL GROUP BY 2, 4",
        "INSERT INTO claims_facetcount (by_facet, by_value, facet, value, count) SELECT 'speaker', CAST(c.speaker_id AS TEXT), 'rating', c.rating, COUNT(*) FROM claims_claim c WHERE c.published_at IS NOT NULL GROUP BY 2, 4",
        "INSERT INTO claims_facetcount (by_facet, by_value, facet, value, count) SELECT 'speaker', CAST(c.speaker_id AS TEXT), 'status', c.status, COUNT(*) FROM claims_claim c WHERE c.published_at IS NOT NULL GROUP BY 2, 4",
        "INSERT INTO claims_facetcount (by_facet, by_value, facet, value, count) SELECT 'speaker', CAST(c.speaker_id AS TEXT), 'year', COALESCE(to_char(c.said_on, 'YYYY'), ''), COUNT(*) FROM claims_claim c WHERE c.published_at IS NOT NULL GROUP BY 2, 4",
        "INSERT INTO claims_facetcount (by_facet, by_value, facet, value, count) SELECT 'speaker', CAST(c.speaker_id AS TEXT), 'topic', CAST(t.topic_id AS TEXT), COUNT(*) FROM claims_claim c JOIN claims_claim_topics t ON t.claim_id = c.id WHERE c.published_at IS NOT NULL GROUP BY 2, 4",
        "INSERT INTO claims_facetcount (by_facet, by_value, facet, value, count) SELECT 'year', COALESCE(to_char(c.said_on, 'YYYY'), ''), 'rating', c.rating, COUNT(*) FROM claims_claim c WHERE c.published_at IS NOT NULL GROUP BY 2, 4",
        "INSERT INTO claims_facetcount (by_facet, by_value, facet, value, count) SELECT 'year', COALESCE(to_char(c.said_on, 'YYYY'), ''), 'status', c.status, COUNT(*) FROM claims_claim c WHERE c.published_at IS NOT NULL GROUP BY 2, 4",
        "INSERT INTO claims_facetcount (by_facet, by_value, facet, value, count) SELECT 'year', COALESCE(to_char(c.said_on, 'YYYY'), ''), 'speaker', CAST(c.speaker_id AS TEXT), COUNT(*) FROM claims_claim c WHERE c.published_at IS NOT NULL GROUP BY 2, 4",
        "INSERT INTO claims_facetcount (by_facet, by_value, facet, value, count) SELECT 'year', COALESCE(to_char(c.said_on, 'YYYY'), ''), 'topic', CAST(t.topic_id AS TEXT), COUNT(*) FROM claims_claim c JOIN claims_claim_topics t ON t.claim_id = c.id WHERE c.published_at IS NOT NULL GROUP BY 2, 4",
        "INSERT INTO claims_facetcount (by_facet, by_value, facet, value, count) SELECT 'topic', CAST(t.topic_id AS TEXT), 'rating', c.rating, COUNT(*) FROM claims_claim c JOIN claims_claim_topics t ON t.claim_id = c.id WHERE c.published_at IS NOT NULL GROUP BY 2, 4",
        "INSERT INTO claims_facetcount (by_facet, by_value, facet, value, count) SELECT 'topic', CAST(t.topic_id AS TEXT), 'status', c.status, COUNT(*) FROM claims_claim c JOIN claims_claim_topics t ON t.claim_id = c.id WHERE c.published_at IS NOT NULL GROUP BY 2, 4",
        "INSERT INTO claims_facetcount (by_facet, by_value, facet, value, count) SELECT 'topic', CAST(t.topic_id AS TEXT), 'speaker', CAST(c.speaker_id AS TEXT), COUNT(*) FROM claims_claim c JOIN claims_claim_topics t ON t.claim_id = c.id WHERE c.published_at IS NOT NULL GROUP BY 2, 4",
        "INSERT INTO claims_facetcount (by_facet, by_value, facet, value, count) SELECT 'topic', CAST(t.topic_id AS TEXT), 'year', COALESCE(to_char(c.said_on, 'YYYY'), ''), COUNT(*) FROM claims_claim c JOIN claims_claim_topics t ON t.claim_id = c.id WHERE c.published_at IS NOT NULL GROUP BY 2, 4",
        "INSERT INTO claims_facetcount (by_facet, by_value, facet, value, count) SELECT 'topic', CAST(t2.topic_id AS TEXT), 'topic', CAST(t.topic_id AS TEXT), COUNT(*) FROM claims_claim c JOIN claims_claim_topics t ON t.claim_id = c.id JOIN claims_claim_topics t2 ON t2.claim_id = c.id WHERE c.published_at IS NOT NULL GROUP BY 2, 4",
    ],
}

UNINSTALL = {
    "sqlite": [
        "DROP TRIGGER IF EXISTS claims_facets_claim_insert",
        "DROP TRIGGER IF EXISTS claims_facets_claim_update",
        "DROP TRIGGER IF EXISTS claims_facets_claim_delete",
        "DROP TRIGGER IF EXISTS claims_facets_topic_insert",
        "DROP TRIGGER IF EXISTS claims_facets_topic_delete",
    ],
    "postgresql": [
        "DROP TRIGGER IF EXISTS claims_facets_claim_insert ON claims_claim",
        "DROP TRIGGER IF EXISTS claims_facets_claim_update ON claims_claim",
        "DROP TRIGGER IF EXISTS claims_facets_claim_delete ON claims_claim",
        "DROP TRIGGER IF EXISTS claims_facets_topic_insert ON claims_claim_topics",
        "DROP TRIGGER IF EXISTS claims_facets_topic_delete ON claims_claim_topics",
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
        ("claims", "0015_index_said_on_nulls_last_on_postgresql"),
    ]

    operations = [
        migrations.CreateModel(
            name="FacetCount",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("by_facet", models.CharField(max_length=8)),
                ("by_value", models.CharField(max_length=32)),
                ("facet", models.CharField(max_length=8)),
                ("value", models.CharField(max_length=32)),
                ("count", models.IntegerField()),
            ],
            options={
                "constraints": [
                    models.UniqueConstraint(
                        fields=("by_facet", "by_value", "facet", "value"),
                        name="facetcount_cell_unique",
                    )
                ],
            },
        ),
        migrations.CreateModel(
            name="FacetMember",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("claim_id", models.IntegerField()),
                ("facet", models.CharField(max_length=8)),
                ("value", models.CharField(max_length=32)),
            ],
            options={
                "constraints": [
                    models.UniqueConstraint(
                        fields=("claim_id", "facet", "value"), name="facetmember_unique"
                    )
                ],
            },
        ),
        migrations.RunPython(forwards, backwards, elidable=False),
    ]
