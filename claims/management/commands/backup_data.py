import datetime
import gzip
from pathlib import Path

from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.core import serializers
from django.core.management.base import BaseCommand
from django.core.serializers.json import DjangoJSONEncoder
from django.utils import timezone

# Rebuilt by `migrate` (content types, permissions), kept by the database's own
# triggers as the claims load (facet counts, claim summaries), or worthless in a backup (sessions,
# login-failure counters).
EXCLUDED_APPS = {"contenttypes", "sessions", "axes"}
EXCLUDED_MODELS = {
    "auth.permission",
    "claims.facetcount",
    "claims.facetmember",
    "claims.claimsummary",
}


class FullPrecisionEncoder(DjangoJSONEncoder):
    """Keeps microseconds, which DjangoJSONEncoder cuts to milliseconds: a restored
    audit trail keeps the exact order and times of its records."""

    def default(self, o):
        if isinstance(o, datetime.datetime | datetime.time):
            return o.isoformat()
        return super().default(o)


def backup_models() -> list:
    """Every model whose rows a backup holds, in an order that loads."""
    app_list = {
        config: None for config in apps.get_app_configs() if config.label not in EXCLUDED_APPS
    }
    return [
        model
        for model in serializers.sort_dependencies(app_list.items(), allow_cycles=True)
        if model._meta.label_lower not in EXCLUDED_MODELS
        and not model._meta.proxy
        and model._meta.managed
    ]


class Command(BaseCommand):
    help = (
        "Write all data (claims, sources, corrections, the audit trail, users and their "
        "groups) to a gzipped JSON file that restore_data loads into an empty database. "
        "Password hashes are left out unless --with-passwords is given."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "file",
            nargs="?",
            help="Where to write (.json.gz). Default: var/backups/backup-<UTC time>.json.gz",
        )
        parser.add_argument(
            "--with-passwords",
            action="store_true",
            help="Keep password hashes, so that restored accounts log in as before. "
            "Keep such a file as safe as the database itself.",
        )

    def handle(self, *args, file, with_passwords, **options):
        path = Path(file) if file else self._default_path()
        if not path.name.endswith(".json.gz"):
            path = path.with_name(path.name + ".json.gz")
        path.parent.mkdir(parents=True, exist_ok=True)
        counts: dict[str, int] = {}
        with gzip.open(path, "wt", encoding="utf-8") as stream:
            serializers.serialize(
                "json",
                self._objects(counts, with_passwords=with_passwords),
                stream=stream,
                use_natural_foreign_keys=True,
                use_natural_primary_keys=True,
                cls=FullPrecisionEncoder,
            )
        total = sum(counts.values())
        self.stdout.write(self.style.SUCCESS(f"Wrote {total} rows to {path}"))
        for label, count in counts.items():
            if count:
                self.stdout.write(f"  {label}: {count}")
        if not with_passwords:
            self.stdout.write(
                "Password hashes left out: restored accounts need "
                "`manage.py changepassword <user>`."
            )

    def _objects(self, counts, *, with_passwords):
        user_model = get_user_model()
        for model in backup_models():
            label = model._meta.label
            counts[label] = 0
            for obj in model._default_manager.order_by(model._meta.pk.name).iterator():
                if model is user_model and not with_passwords:
                    obj.password = make_password(None)
                counts[label] += 1
                yield obj

    def _default_path(self) -> Path:
        from django.conf import settings

        stamp = timezone.now().strftime("%Y%m%d-%H%M%S")
        return Path(settings.BASE_DIR) / "var" / "backups" / f"backup-{stamp}.json.gz"
