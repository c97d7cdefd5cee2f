from django.apps import AppConfig
from django.db.models.signals import post_migrate, pre_migrate


class ClaimsConfig(AppConfig):
    name = "claims"
    verbose_name = "Claims"

    def ready(self):
        from claims import claim_summary, facet_summary, search

        # SQLite rebuilds a table to alter it; the search, facet-count and summary triggers
        # that read other tables stand aside while migrations run and come back,
        # caught up, after.
        for module in (search, facet_summary, claim_summary):
            pre_migrate.connect(module.drop_triggers_before_migrate, sender=self)
            post_migrate.connect(module.reinstall_after_migrate, sender=self)

        from factcheck.cache import connect_signals

        # Edits made outside the services drop the cached pages too.
        connect_signals()
