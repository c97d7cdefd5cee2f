"""Facet counts kept by the database: for the whole public set, and beside each value
of one other facet ("claims per speaker among the misleading ones").

A GROUP BY over a million claims takes seconds; the same counts read from this
table take milliseconds. Triggers on `claims_claim` and its topics table keep them
right in the same transaction as the write that changes a count, whatever path
made it (admin, API, commands, a bulk `update()`).

A claim's cells are one per pair (by, facet) of its values, where `by` is another
facet's value or ('', '') for the whole set; topics pair with each other too (a
claim may have several). Only public claims count. `claims_facetmember` holds the
values each claim is counted under, so that every trigger does the same thing:
take the claim's counted cells away, then add its current ones. That is right in
any order and however often it runs (PostgreSQL fires row triggers at the end of a
multi-row statement, SQLite after each row).
"""

from claims.kept_tables import KeptTable, drop_statements, postgresql_trigger

COUNTS = "claims_facetcount"
MEMBERS = "claims_facetmember"
KEY = "by_facet, by_value, facet, value"
TRIGGERS = {
    # name: (table, event, condition on SQLite, the claim's id)
    "claims_facets_claim_insert": ("claims_claim", "INSERT", "", "new.id"),
    "claims_facets_claim_update": ("claims_claim", "UPDATE", "CHANGED", "new.id"),
    "claims_facets_claim_delete": ("claims_claim", "DELETE", "", "old.id"),
    "claims_facets_topic_insert": ("claims_claim_topics", "INSERT", "", "new.claim_id"),
    "claims_facets_topic_delete": ("claims_claim_topics", "DELETE", "", "old.claim_id"),
}
# The columns whose change moves a claim between cells.
COUNTED_COLUMNS = ["published_at", "rating", "status", "speaker_id", "said_on"]

_YEAR = {"sqlite": "substr(c.said_on, 1, 4)", "postgresql": "to_char(c.said_on, 'YYYY')"}


def _values(vendor: str) -> dict[str, str]:
    """Each facet's value of a claim row `c` (topics: of its topic row `t`), as text."""
    return {
        "rating": "c.rating",
        "status": "c.status",
        "speaker": "CAST(c.speaker_id AS TEXT)",
        "year": f"COALESCE({_YEAR[vendor]}, '')",
        "topic": "CAST(t.topic_id AS TEXT)",
    }


def _members(vendor: str, where: str) -> list[str]:
    """INSERT the (claim, facet, value) rows of the public claims `where` selects."""
    statements = []
    for facet, value in _values(vendor).items():
        topics = " JOIN claims_claim_topics t ON t.claim_id = c.id" if facet == "topic" else ""
        statements.append(
            f"INSERT INTO {MEMBERS} (claim_id, facet, value) "
            f"SELECT c.id, '{facet}', {value} FROM claims_claim c{topics} "
            f"WHERE c.published_at IS NOT NULL{where}"
        )
    return statements


def _cells(claim: str, sign: str) -> str:
    """Add (sign 1) or take away (sign -1) the cells one claim is counted under."""
    return (
        f"INSERT INTO {COUNTS} ({KEY}, count) "
        f"SELECT b.facet, b.value, a.facet, a.value, {sign} FROM {MEMBERS} a "
        f"JOIN (SELECT facet, value FROM {MEMBERS} WHERE claim_id = {claim} "
        "UNION ALL SELECT '', '') b ON a.facet <> b.facet OR a.facet = 'topic' "
        f"WHERE a.claim_id = {claim} "
        f"ON CONFLICT ({KEY}) DO UPDATE SET count = {COUNTS}.count + excluded.count"
    )


def sync_statements(vendor: str, claim: str) -> list[str]:
    """Count one claim under its current values instead of those it was counted under."""
    return [
        _cells(claim, "-1"),
        f"DELETE FROM {MEMBERS} WHERE claim_id = {claim}",
        *_members(vendor, f" AND c.id = {claim}"),
        _cells(claim, "1"),
    ]


def _sqlite_install() -> list[str]:
    changed = " OR ".join(f"old.{column} IS NOT new.{column}" for column in COUNTED_COLUMNS)
    statements = []
    for name, (table, event, condition, claim) in TRIGGERS.items():
        when = f" WHEN {changed}" if condition == "CHANGED" else ""
        body = "; ".join(sync_statements("sqlite", claim))
        statements.append(
            f"CREATE TRIGGER IF NOT EXISTS {name} AFTER {event} ON {table}{when} BEGIN {body}; END"
        )
    return statements


def _postgresql_install() -> list[str]:
    changed = " OR ".join(
        f"OLD.{column} IS DISTINCT FROM NEW.{column}" for column in COUNTED_COLUMNS
    )
    body = "; ".join(sync_statements("postgresql", "claim"))
    statements = [
        "CREATE OR REPLACE FUNCTION claims_facets_sync(claim bigint) RETURNS void "
        f"LANGUAGE sql AS $$ {body} $$",
        f"""CREATE OR REPLACE FUNCTION claims_facets_claim() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'DELETE' THEN
                PERFORM claims_facets_sync(OLD.id);
            ELSIF TG_OP = 'INSERT' OR {changed} THEN
                PERFORM claims_facets_sync(NEW.id);
            END IF;
            RETURN NULL;
        END $$""",
        """CREATE OR REPLACE FUNCTION claims_facets_topic() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'DELETE' THEN
                PERFORM claims_facets_sync(OLD.claim_id);
            ELSE
                PERFORM claims_facets_sync(NEW.claim_id);
            END IF;
            RETURN NULL;
        END $$""",
    ]
    for name, (table, event, _condition, _claim) in TRIGGERS.items():
        function = (
            "claims_facets_topic" if table == "claims_claim_topics" else "claims_facets_claim"
        )
        statements += postgresql_trigger(name, table, event, function)
    return statements


def install_statements(vendor: str) -> list[str]:
    return {"sqlite": _sqlite_install, "postgresql": _postgresql_install}.get(vendor, list)()


def uninstall_statements(vendor: str) -> list[str]:
    return drop_statements(TRIGGERS, vendor)


def rebuild_statements(vendor: str) -> list[str]:
    """Every count from scratch: one GROUP BY per pair of facets."""
    values = _values(vendor)
    statements = [f"DELETE FROM {COUNTS}", f"DELETE FROM {MEMBERS}", *_members(vendor, "")]
    pairs = [("", facet) for facet in values] + [
        (by, facet) for by in values for facet in values if by != facet or facet == "topic"
    ]
    for by, facet in pairs:
        joins = ""
        if "topic" in (by, facet):
            joins += " JOIN claims_claim_topics t ON t.claim_id = c.id"
        by_value = values[by] if by else "''"
        if by == facet == "topic":
            joins += " JOIN claims_claim_topics t2 ON t2.claim_id = c.id"
            by_value = "CAST(t2.topic_id AS TEXT)"
        statements.append(
            f"INSERT INTO {COUNTS} ({KEY}, count) "
            f"SELECT '{by}', {by_value}, '{facet}', {values[facet]}, COUNT(*) "
            f"FROM claims_claim c{joins} WHERE c.published_at IS NOT NULL "
            "GROUP BY 2, 4"
        )
    return statements


_KEPT = KeptTable(COUNTS, install_statements, uninstall_statements, rebuild_statements)
drop_triggers_before_migrate = _KEPT.drop_triggers_before_migrate
reinstall_after_migrate = _KEPT.reinstall_after_migrate
bulk_loading = _KEPT.bulk_loading
