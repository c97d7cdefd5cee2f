from django.apps import AppConfig
from django.db.models.signals import post_migrate


class ClaimsConfig(AppConfig):
    name = "claims"
    verbose_name = "Claims"

    def ready(self):
        from claims.search import reinstall_after_migrate

        # A migration that rebuilds claims_claim on SQLite drops the search triggers.
        post_migrate.connect(reinstall_after_migrate, sender=self)
