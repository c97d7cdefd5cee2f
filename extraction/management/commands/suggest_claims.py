import json

from django.core.management.base import BaseCommand, CommandError

from extraction.drafts import source_suggestions
from extraction.suggest import THRESHOLD
from sources.models import Source

FIELDS = ["start", "end", "quote", "speaker", "speaker_role", "date", "type", "score"]


class Command(BaseCommand):
    help = "Print the check-worthy claims suggested for a source, best first."

    def add_arguments(self, parser):
        parser.add_argument("slug", help="the source's slug")
        parser.add_argument("--json", action="store_true", help="print a JSON list")
        parser.add_argument(
            "--min-score",
            type=float,
            default=THRESHOLD,
            help=f"leave out suggestions scoring below this (0–1, default {THRESHOLD})",
        )

    def handle(self, *args, **options):
        slug, min_score = options["slug"], options["min_score"]
        if not 0 <= min_score <= 1:
            raise CommandError("--min-score must be between 0 and 1.")
        source = Source.objects.select_related("publisher").filter(slug=slug).first()
        if source is None:
            raise CommandError(
                f"No source has the slug “{slug}”. The slug is the last part of the "
                "source's public URL, /sources/<slug>/."
            )
        candidates = source_suggestions(source, threshold=min_score)
        if options["json"]:
            data = [{key: c.as_dict()[key] for key in FIELDS} for c in candidates]
            self.stdout.write(json.dumps(data, ensure_ascii=False, indent=2))
            return
        if not candidates:
            self.stdout.write(f"No check-worthy statements found in “{source}”.")
            return
        self.stdout.write(f"{len(candidates)} suggested claim(s) in “{source}”, best first:\n")
        for c in candidates:
            who = c.speaker or "no speaker"
            if c.speaker_role:
                who += f" ({c.speaker_role})"
            self.stdout.write(
                f"{c.score:.2f}  {c.type:<16}  {c.start}–{c.end}  {who}, "
                f"{c.date.isoformat() if c.date else 'date unknown'}\n      “{c.quote}”"
            )
