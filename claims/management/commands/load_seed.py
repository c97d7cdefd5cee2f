from django.core.management import call_command
from django.core.management.base import BaseCommand

from claims.search import refresh_figures
from sources.models import Source

SEED_FIXTURE = "fixtures/seed.json"


class Command(BaseCommand):
    help = "Load the seed sources and claims into an empty database (never over existing data)."

    def add_arguments(self, parser):
        parser.add_argument("--fixture", default=SEED_FIXTURE)

    def handle(self, *args, fixture, **options):
        if Source.objects.exists():
            self.stdout.write("Data already present: seed data not loaded again.")
            return
        call_command("loaddata", fixture, verbosity=0)
        # loaddata writes rows without Claim.save(): give them their search figures.
        refresh_figures()
        self.stdout.write(self.style.SUCCESS(f"Loaded the seed data from {fixture}."))
