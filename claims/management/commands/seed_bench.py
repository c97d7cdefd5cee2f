"""Fill the database with N realistic synthetic published claims, for benchmarks.

Fixed random seed, so two runs with the same N build the same data. Rows are
written with bulk_create in batches inside transactions, so a million claims take
minutes, not hours; no history rows are written for them.
"""

import datetime
import functools
import random
import time

from django.core.management.base import BaseCommand, CommandError
from django.core.management.color import no_style
from django.db import connection, transaction
from django.db.models import Max
from django.utils import timezone

from claims import claim_summary, facet_summary, search
from claims.models import Claim, Evidence, Speaker, Topic
from sources.models import Publisher, Source

BATCH = 5000
RANDOM_SEED = 20231205

FIRST_NAMES = [
    "James",
    "Rishi",
    "Suella",
    "Yvette",
    "Keir",
    "Priya",
    "Kemi",
    "Wes",
    "Angela",
    "Ed",
    "Lisa",
    "Michael",
    "Paul",
]
LAST_NAMES = [
    "Cleverly",
    "Sunak",
    "Braverman",
    "Cooper",
    "Starmer",
    "Patel",
    "Badenoch",
    "Streeting",
    "Rayner",
]
ROLES = [
    "Home Secretary",
    "Prime Minister",
    "Leader of the Opposition",
    "Shadow Home Secretary",
    "Minister for Immigration",
    "Chancellor of the Exchequer",
    "Health Secretary",
    "Mayor",
]
PUBLISHERS = ["UK Home Office", "HM Treasury", "Wikipedia", "BBC News", "Hansard", "ONS"]
TOPICS = [
    "Asylum",
    "Immigration",
    "Small boats",
    "Rwanda",
    "Economy",
    "Inflation",
    "NHS waiting lists",
    "Housing",
    "Crime",
    "Policing",
    "Energy prices",
    "Education",
    "Defence",
    "Foreign aid",
    "Taxes",
    "Employment",
    "Climate",
    "Transport",
    "Courts and law",
    "Elections",
]
SUBJECTS = [
    "small boat crossings",
    "the asylum backlog",
    "net migration",
    "NHS waiting lists",
    "inflation",
    "police numbers",
    "house building",
    "energy bills",
    "the number of asylum seekers in hotels",
    "violent crime",
    "teacher vacancies",
    "foreign aid spending",
    "wages",
    "unemployment",
    "the deficit",
]
CHANGES = ["fell by", "rose by", "came down by", "went up by", "was cut by", "doubled to"]
AMOUNTS = ["a third", "a quarter", "half", "10 per cent", "20%", "£2 billion", "135,000", "5,000"]
PERIODS = [
    "compared to last year",
    "since 2010",
    "in the last 12 months",
    "under this government",
    "since the election",
    "this year",
]
VERDICTS = [
    "Official statistics show {subject} {change} about {amount} {period}, as claimed.",
    "The figures cover a different period: {subject} {change} {amount} only on a narrower "
    "measure, so the claim overstates the change.",
    "No published data supports this: the department could not provide a source.",
    "ONS data contradict the claim; {subject} moved the other way {period}.",
    "Broadly right, though the comparison leaves out revisions to the earlier figures.",
]
STANCES = [Evidence.Stance.SUPPORTS, Evidence.Stance.CONTRADICTS, Evidence.Stance.CONTEXT]
WEIGHTED_RATINGS = (
    ["accurate"] * 3
    + ["mostly_accurate"] * 4
    + ["mixed"] * 3
    + ["misleading"] * 3
    + ["inaccurate"] * 3
    + ["unsupported"] * 2
)


class Command(BaseCommand):
    help = "Add N synthetic published claims (speakers, sources, topics, evidence) for benchmarks."

    def add_arguments(self, parser):
        parser.add_argument("--claims", type=int, required=True, help="How many claims to add.")
        parser.add_argument("--seed", type=int, default=RANDOM_SEED, help="Random seed.")

    def handle(self, *args, claims, seed, **options):
        if claims < 1:
            raise CommandError("--claims must be at least 1.")
        started = time.monotonic()
        rng = random.Random(seed)
        if connection.vendor == "sqlite" and not connection.in_atomic_block:
            with connection.cursor() as cursor:
                cursor.execute("PRAGMA synchronous = OFF")
        with transaction.atomic():
            topics = self.make_topics()
            speakers = self.make_speakers(rng, claims)
            sources = self.make_sources(rng, claims)
        with search.bulk_loading(), facet_summary.bulk_loading(), claim_summary.bulk_loading():
            self.make_claims(rng, claims, topics, speakers, sources)
        # Claims were given explicit ids: move PostgreSQL's sequence past them.
        with connection.cursor() as cursor:
            for sql in connection.ops.sequence_reset_sql(no_style(), [Claim]):
                cursor.execute(sql)
        elapsed = time.monotonic() - started
        self.stdout.write(
            self.style.SUCCESS(f"Added {claims:,} published claims in {elapsed:.1f} s.")
        )

    def make_topics(self) -> list[int]:
        existing = set(Topic.objects.values_list("name", flat=True))
        Topic.objects.bulk_create(
            [Topic(name=name, slug=name.lower().replace(" ", "-")) for name in TOPICS]
            if not existing
            else [
                Topic(name=name, slug=f"bench-{name.lower().replace(' ', '-')}")
                for name in TOPICS
                if name not in existing
            ]
        )
        return list(Topic.objects.values_list("id", flat=True))

    def make_speakers(self, rng, claims) -> list[tuple[int, str]]:
        count = max(5, min(2000, claims // 200))
        base = (Speaker.objects.aggregate(m=Max("id"))["m"] or 0) + 1
        speakers = []
        for i in range(count):
            name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)} {base + i}"
            speakers.append(
                Speaker(
                    name=name,
                    slug=f"bench-speaker-{base + i}",
                    role=rng.choice(ROLES),
                    organisation="UK Government",
                    country="United Kingdom",
                )
            )
        Speaker.objects.bulk_create(speakers, batch_size=BATCH)
        return list(
            Speaker.objects.filter(slug__startswith="bench-speaker-").values_list("id", "name")
        )

    def make_sources(self, rng, claims) -> list[int]:
        publishers = [Publisher.objects.get_or_create(name=name)[0] for name in PUBLISHERS]
        count = max(5, min(20000, claims // 50))
        base = (Source.objects.aggregate(m=Max("id"))["m"] or 0) + 1
        start = datetime.date(2010, 1, 1)
        Source.objects.bulk_create(
            [
                Source(
                    title=f"{rng.choice(SUBJECTS).capitalize()}: statement {base + i}",
                    slug=f"bench-source-{base + i}",
                    kind=rng.choice(Source.Kind.values),
                    publisher=rng.choice(publishers),
                    url=f"https://www.gov.uk/government/news/bench-{base + i}",
                    published_on=start + datetime.timedelta(days=rng.randrange(5400)),
                )
                for i in range(count)
            ],
            batch_size=BATCH,
        )
        return list(
            Source.objects.filter(slug__startswith="bench-source-").values_list("id", flat=True)
        )

    def make_claims(self, rng, claims, topics, speakers, sources):
        base = (Claim.objects.aggregate(m=Max("id"))["m"] or 0) + 1
        through = Claim.topics.through
        start = datetime.date(2005, 1, 1)
        now = timezone.now()
        adapt_date = connection.ops.adapt_datefield_value
        adapt_datetime = connection.ops.adapt_datetimefield_value
        # A few hundred distinct texts: their figures are parsed once each.
        figures = functools.cache(search.claim_figures)
        for offset in range(0, claims, BATCH):
            batch, links, evidence = [], [], []
            for pk in range(base + offset, base + min(claims, offset + BATCH)):
                speaker_id, speaker_name = rng.choice(speakers)
                words = {
                    "subject": rng.choice(SUBJECTS),
                    "change": rng.choice(CHANGES),
                    "amount": rng.choice(AMOUNTS),
                    "period": rng.choice(PERIODS),
                }
                text = "{subject} {change} {amount} {period}.".format(**words).capitalize()
                status, rating = "checked", rng.choice(WEIGHTED_RATINGS)
                if rng.random() < 0.15:
                    status, rating = rng.choice(["unverified", "in_progress"]), ""
                said_on = None
                if rng.random() >= 0.01:
                    said_on = adapt_date(start + datetime.timedelta(days=rng.randrange(7300)))
                published = now - datetime.timedelta(minutes=rng.randrange(10_000_000))
                updated = published + datetime.timedelta(minutes=rng.randrange(60))
                checked_on = adapt_date(published.date()) if status == "checked" else None
                published, updated = adapt_datetime(published), adapt_datetime(updated)
                batch.append(
                    {
                        "id": pk,
                        "text": text,
                        "statement": f"{speaker_name.rsplit(' ', 1)[0]} said "
                        f"{text[0].lower()}{text[1:]}",
                        "slug": f"bench-claim-{pk}",
                        "speaker_id": speaker_id,
                        "said_on": said_on,
                        "source_id": rng.choice(sources) if rng.random() < 0.8 else None,
                        "status": status,
                        "rating": rating,
                        "verdict": rng.choice(VERDICTS).format(**words) if rating else "",
                        # The statement repeats the text: the same figures.
                        "search_figures": figures(text),
                        "published_at": published,
                        "checked_on": checked_on,
                        "created_at": published,
                        "updated_at": updated,
                    }
                )
                for topic_id in rng.sample(topics, rng.choice((1, 1, 2, 2, 3))):
                    links.append({"claim_id": pk, "topic_id": topic_id})
                for k in range(rng.choice((0, 1, 1, 2, 3))):
                    evidence.append(
                        {
                            "claim_id": pk,
                            "url": f"https://www.ons.gov.uk/releases/bench-{pk}-{k}",
                            "title": f"Official statistics on {words['subject']}",
                            "publisher": rng.choice(PUBLISHERS),
                            "stance": rng.choice(STANCES).value,
                            "created_at": published,
                            "updated_at": published,
                        }
                    )
            with transaction.atomic():
                insert_rows(Claim, batch)
                insert_rows(through, links)
                insert_rows(Evidence, evidence)
            done = offset + len(batch)
            if done % 100_000 < BATCH:
                self.stdout.write(f"  {done:,} claims")


def insert_rows(model, rows: list[dict]) -> None:
    """INSERT many rows with one executemany; columns not given get the field default.

    bulk_create spends most of its time compiling SQL per object; this skips that."""
    if not rows:
        return
    given = rows[0].keys()
    fields = [f for f in model._meta.concrete_fields if f.attname in given or not f.primary_key]
    defaults = {
        f.attname: f.get_db_prep_save(f.get_default(), connection)
        for f in fields
        if f.attname not in given
    }
    quote = connection.ops.quote_name
    sql = "INSERT INTO {} ({}) VALUES ({})".format(
        quote(model._meta.db_table),
        ", ".join(quote(f.column) for f in fields),
        ", ".join(["%s"] * len(fields)),
    )
    names = [f.attname for f in fields]
    with connection.cursor() as cursor:
        cursor.executemany(sql, [tuple(row.get(n, defaults.get(n)) for n in names) for row in rows])
