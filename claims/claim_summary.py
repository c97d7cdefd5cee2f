"""Each claim's related rows as the exports write them, kept by the database: its
topic slugs, its evidence (URLs for the CSV, a JSON array for JSON lines) and its
number of corrections, in `claims_claimsummary`, one row per claim.

An export reads a million of these rows; working them out per claim while it runs
(a correlated subquery each, sorted each time) took about a third of the CSV
export's time on SQLite (bench/RESULTS.md). Triggers on the claims, their topics,
evidence and corrections keep each row right in the same transaction as the write
that changes it, whatever path made it (admin, API, commands, a bulk `update()`).

Every trigger does the same thing, "sync" some claims: write their rows from what
is there now (an upsert), and drop the rows of claims that are gone. On PostgreSQL
the sync first locks the claims' rows, so that two transactions adding evidence to
one claim at once write it in turn, the second seeing the first's evidence.
"""

from claims.api.rows import EVIDENCE_FIELDS
from claims.kept_tables import KeptTable, drop_statements, postgresql_trigger

SUMMARY = "claims_claimsummary"
COLUMNS = ("topics", "evidence_urls", "evidence_json", "corrections_count")

# Orders as on the claim page and in rows.attach_topics_and_evidence: topics by slug,
# evidence by stance then id.
_EVIDENCE_PAIRS = ", ".join(f"'{name}', e.{name}" for name in EVIDENCE_FIELDS)
_VALUES = {
    "sqlite": (
        "coalesce((SELECT group_concat(slug, ';') FROM (SELECT t.slug FROM claims_claim_topics "
        "ct JOIN claims_topic t ON t.id = ct.topic_id WHERE ct.claim_id = c.id "
        "ORDER BY t.slug)), '')",
        "coalesce((SELECT group_concat(url, ' ') FROM (SELECT e.url FROM claims_evidence e "
        "WHERE e.claim_id = c.id ORDER BY e.stance, e.id)), '')",
        f"(SELECT json_group_array(json_object({_EVIDENCE_PAIRS})) FROM (SELECT * FROM "
        "claims_evidence WHERE claim_id = c.id ORDER BY stance, id) e)",
        "(SELECT count(*) FROM claims_correction x WHERE x.claim_id = c.id)",
    ),
    "postgresql": (
        "coalesce((SELECT string_agg(t.slug, ';' ORDER BY t.slug) FROM claims_claim_topics ct "
        "JOIN claims_topic t ON t.id = ct.topic_id WHERE ct.claim_id = c.id), '')",
        "coalesce((SELECT string_agg(e.url, ' ' ORDER BY e.stance, e.id) FROM claims_evidence e "
        "WHERE e.claim_id = c.id), '')",
        f"(SELECT coalesce(json_agg(json_build_object({_EVIDENCE_PAIRS}) "
        "ORDER BY e.stance, e.id), '[]')::text FROM claims_evidence e WHERE e.claim_id = c.id)",
        "(SELECT count(*) FROM claims_correction x WHERE x.claim_id = c.id)",
    ),
}

# name: (table, event, the claims it syncs, in SQLite's terms)
TRIGGERS = {
    "claims_summary_claim_insert": ("claims_claim", "INSERT", "new.id"),
    "claims_summary_claim_delete": ("claims_claim", "DELETE", "old.id"),
    "claims_summary_topic_insert": ("claims_claim_topics", "INSERT", "new.claim_id"),
    "claims_summary_topic_delete": ("claims_claim_topics", "DELETE", "old.claim_id"),
    "claims_summary_topic_rename": (
        "claims_topic",
        "UPDATE OF slug",
        "SELECT claim_id FROM claims_claim_topics WHERE topic_id = new.id",
    ),
}
for _table, _name in (("claims_evidence", "evidence"), ("claims_correction", "correction")):
    TRIGGERS |= {
        f"claims_summary_{_name}_insert": (_table, "INSERT", "new.claim_id"),
        f"claims_summary_{_name}_update": (_table, "UPDATE", "old.claim_id, new.claim_id"),
        f"claims_summary_{_name}_delete": (_table, "DELETE", "old.claim_id"),
    }


def _write(vendor: str, where: str) -> str:
    """Upsert the rows of the claims `where` selects (`c` is the claim)."""
    updates = ", ".join(f"{column} = excluded.{column}" for column in COLUMNS)
    return (
        f"INSERT INTO {SUMMARY} (claim_id, {', '.join(COLUMNS)}) "
        f"SELECT c.id, {', '.join(_VALUES[vendor])} FROM claims_claim c WHERE {where} "
        f"ON CONFLICT (claim_id) DO UPDATE SET {updates}"
    )


def _drop_gone(where: str) -> str:
    return (
        f"DELETE FROM {SUMMARY} WHERE {where} "
        f"AND NOT EXISTS (SELECT 1 FROM claims_claim c WHERE c.id = {SUMMARY}.claim_id)"
    )


def _sqlite_install() -> list[str]:
    statements = []
    for name, (table, event, claims) in TRIGGERS.items():
        body = f"{_write('sqlite', f'c.id IN ({claims})')}; {_drop_gone(f'claim_id IN ({claims})')}"
        statements.append(
            f"CREATE TRIGGER IF NOT EXISTS {name} AFTER {event} ON {table} BEGIN {body}; END"
        )
    return statements


def _pg_trigger_function(name: str, column: str) -> str:
    """A row trigger's function: sync the claim the row was about and the one it is."""
    return f"""CREATE OR REPLACE FUNCTION {name}() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'INSERT' THEN
                PERFORM claims_summary_sync(ARRAY[NEW.{column}]);
            ELSIF TG_OP = 'DELETE' THEN
                PERFORM claims_summary_sync(ARRAY[OLD.{column}]);
            ELSE
                PERFORM claims_summary_sync(ARRAY[OLD.{column}, NEW.{column}]);
            END IF;
            RETURN NULL;
        END $$"""


_PG_FUNCTIONS = {
    "claims_claim": "claims_summary_claim_changed",
    "claims_topic": "claims_summary_topic_renamed",
}


def _postgresql_install() -> list[str]:
    sync = (
        # Locked in claim order, so that two syncs never wait on each other in a cycle.
        "SELECT 1 FROM claims_claim WHERE id = ANY(claims) ORDER BY id FOR NO KEY UPDATE; "
        f"{_write('postgresql', 'c.id = ANY(claims)')}; {_drop_gone('claim_id = ANY(claims)')}"
    )
    statements = [
        "CREATE OR REPLACE FUNCTION claims_summary_sync(claims bigint[]) RETURNS void "
        f"LANGUAGE sql AS $$ {sync} $$",
        _pg_trigger_function("claims_summary_claim_changed", "id"),
        _pg_trigger_function("claims_summary_row_changed", "claim_id"),
        """CREATE OR REPLACE FUNCTION claims_summary_topic_renamed() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            IF OLD.slug IS DISTINCT FROM NEW.slug THEN
                PERFORM claims_summary_sync(ARRAY(
                    SELECT claim_id FROM claims_claim_topics WHERE topic_id = NEW.id));
            END IF;
            RETURN NULL;
        END $$""",
    ]
    for name, (table, event, _claims) in TRIGGERS.items():
        function = _PG_FUNCTIONS.get(table, "claims_summary_row_changed")
        statements += postgresql_trigger(name, table, event, function)
    return statements


def install_statements(vendor: str) -> list[str]:
    return {"sqlite": _sqlite_install, "postgresql": _postgresql_install}.get(vendor, list)()


def uninstall_statements(vendor: str) -> list[str]:
    return drop_statements(TRIGGERS, vendor)


def rebuild_statements(vendor: str) -> list[str]:
    """Every claim's row from scratch."""
    if vendor not in _VALUES:
        return []
    return [
        f"DELETE FROM {SUMMARY}",
        f"INSERT INTO {SUMMARY} (claim_id, {', '.join(COLUMNS)}) "
        f"SELECT c.id, {', '.join(_VALUES[vendor])} FROM claims_claim c",
    ]


_KEPT = KeptTable(SUMMARY, install_statements, uninstall_statements, rebuild_statements)
drop_triggers_before_migrate = _KEPT.drop_triggers_before_migrate
reinstall_after_migrate = _KEPT.reinstall_after_migrate
bulk_loading = _KEPT.bulk_loading
