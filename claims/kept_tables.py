"""Tables the database keeps by triggers (facet counts, claim summaries): how their
triggers stand aside while migrations run and while claims are loaded in bulk."""

from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass

from django.db import connection, connections

Statements = Callable[[str], list[str]]


def drop_statements(triggers: dict, vendor: str) -> list[str]:
    """DROP TRIGGER for each of `triggers` (name: (table, …))."""
    if vendor == "sqlite":
        return [f"DROP TRIGGER IF EXISTS {name}" for name in triggers]
    if vendor == "postgresql":
        return [
            f"DROP TRIGGER IF EXISTS {name} ON {table}" for name, (table, *_) in triggers.items()
        ]
    return []


def postgresql_trigger(name: str, table: str, event: str, function: str) -> list[str]:
    """A row trigger on PostgreSQL, replaced if it exists."""
    return [
        f"DROP TRIGGER IF EXISTS {name} ON {table}",
        f"CREATE TRIGGER {name} AFTER {event} ON {table} "
        f"FOR EACH ROW EXECUTE FUNCTION {function}()",
    ]


def execute(cursor, statements: list[str]) -> None:
    for sql in statements:
        cursor.execute(sql)


@dataclass(frozen=True)
class KeptTable:
    """`install`, `uninstall` and `rebuild` give each database vendor's statements."""

    table: str
    install: Statements
    uninstall: Statements
    rebuild: Statements

    def drop_triggers_before_migrate(self, *, using, **kwargs) -> None:
        """pre_migrate on SQLite: triggers that read other tables stop a table rebuild."""
        database = connections[using]
        if database.vendor == "sqlite":
            with database.cursor() as cursor:
                execute(cursor, self.uninstall("sqlite"))

    def reinstall_after_migrate(self, *, using, plan=None, **kwargs) -> None:
        """post_migrate on SQLite: the triggers back, and the table caught up with what
        the claims app's migrations may have changed while they stood aside (a rebuild
        reads every claim: minutes at a million, so only then)."""
        database = connections[using]
        if database.vendor != "sqlite" or not self._exists(database):
            return
        with database.cursor() as cursor:
            execute(cursor, self.install("sqlite"))
            if any(migration.app_label == "claims" for migration, _backwards in plan or []):
                execute(cursor, self.rebuild("sqlite"))

    def _exists(self, database) -> bool:
        with database.cursor() as cursor:
            return self.table in database.introspection.table_names(cursor)

    @contextmanager
    def bulk_loading(self):
        """Claims inserted inside the block are accounted for in one pass at its end:
        per-row triggers would cost more than the inserts themselves."""
        vendor = connection.vendor
        with connection.cursor() as cursor:
            execute(cursor, self.uninstall(vendor))
        try:
            yield
        finally:
            with connection.cursor() as cursor:
                execute(cursor, self.install(vendor) + self.rebuild(vendor))
