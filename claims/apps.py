from django.apps import AppConfig
from django.db.models.signals import post_migrate, pre_migrate


class ClaimsConfig(AppConfig):
    name = "claims"
    verbose_name = "Claims"

    def ready(self):
        from claims.search import drop_triggers_before_migrate, reinstall_after_migrate

        # SQLite rebuilds a table to alter it; the search triggers that read other
        # tables stand aside while migrations run and come back, caught up, after.
        pre_migrate.connect(drop_triggers_before_migrate, sender=self)
        post_migrate.connect(reinstall_after_migrate, sender=self)

        from factcheck.cache import connect_signals

        # Edits made outside the services drop the cached pages too.
        connect_signals()
