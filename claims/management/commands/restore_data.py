from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.test.utils import override_settings

from claims.models import Claim, Speaker, Topic
from claims.search import refresh_figures
from sources.models import Publisher, Source


def existing_data() -> dict[str, int]:
    """Rows that a restore would clash with; empty for a freshly migrated database."""
    counts = {
        model._meta.verbose_name_plural: model._default_manager.count()
        for model in (get_user_model(), Claim, Speaker, Topic, Source, Publisher)
    }
    return {name: count for name, count in counts.items() if count}


class Command(BaseCommand):
    help = (
        "Load a backup written by backup_data into an EMPTY, migrated database "
        "(`manage.py migrate` first). Refuses to load over existing data."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="A backup file (.json.gz) from backup_data.")

    def handle(self, *args, file, **options):
        path = Path(file)
        if not path.is_file():
            raise CommandError(f"No backup file at {path}.")
        if not path.name.endswith((".json.gz", ".json")):
            raise CommandError(f"{path.name} is not a backup_data file (.json.gz).")
        if found := existing_data():
            what = ", ".join(f"{count} {name}" for name, count in found.items())
            raise CommandError(
                f"The database is not empty ({what}): a restore goes into an empty "
                "database only. Create a new database, run `manage.py migrate`, and "
                "restore into that."
            )
        # The audit trail comes from the backup: setting the topics of each loaded
        # claim must not add history records of its own.
        with override_settings(SIMPLE_HISTORY_ENABLED=False):
            call_command("loaddata", str(path), verbosity=0)
        # loaddata writes rows without Claim.save(): give them their search figures.
        refresh_figures()
        self.stdout.write(self.style.SUCCESS(f"Restored {path}."))
        counts = ", ".join(f"{count} {name}" for name, count in existing_data().items())
        self.stdout.write(f"Now holds {counts or 'nothing'}.")
