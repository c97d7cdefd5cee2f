from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db.models import Count, Q

from sources import tasks
from sources.models import Feed, FeedItem


class Command(BaseCommand):
    help = (
        "Poll the feeds that are due and import their new items, as the periodic job "
        "does (for cron). Without CELERY_BROKER_URL the work is done here; with it, "
        "it is queued for the workers."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--all", action="store_true", help="poll every active feed now, due or not"
        )
        parser.add_argument(
            "--feed", type=int, metavar="ID", help="poll this feed now (active or not)"
        )

    def handle(self, *args, **options):
        if options["feed"] is not None:
            if not Feed.objects.filter(pk=options["feed"]).exists():
                raise CommandError(f"No feed has the id {options['feed']}.")
            feed_ids = [options["feed"]]
            tasks.poll_feed.delay(options["feed"], force=True)
        elif options["all"]:
            feed_ids = list(Feed.objects.filter(is_active=True).values_list("pk", flat=True))
            for feed_id in feed_ids:
                tasks.poll_feed.delay(feed_id, force=True)
        else:
            feed_ids = tasks.poll_due_feeds()
        if not feed_ids:
            self.stdout.write("No feed is due.")
            return
        if not settings.CELERY_TASK_ALWAYS_EAGER:
            self.stdout.write(f"Queued {len(feed_ids)} feed(s) for the workers.")
            return
        failed = 0
        polled = Feed.objects.filter(pk__in=feed_ids).annotate(
            imported=Count("items", filter=Q(items__status=FeedItem.Status.IMPORTED)),
            failed_items=Count("items", filter=Q(items__status=FeedItem.Status.FAILED)),
        )
        for feed in polled.order_by("pk"):
            if feed.last_error:
                failed += 1
                self.stderr.write(f"{feed}: {feed.last_error}")
            else:
                self.stdout.write(
                    f"{feed}: {feed.imported} item(s) imported so far, {feed.failed_items} failed."
                )
        self.stdout.write(f"Polled {len(feed_ids)} feed(s), {failed} could not be read.")
