"""Atom feed of published claims, newest publication first."""

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.urls import reverse_lazy
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape, linebreaks
from django.utils.text import Truncator

from claims.models import Claim

FEED_SIZE = 50


class LatestClaimsFeed(Feed):
    feed_type = Atom1Feed
    link = reverse_lazy("claims:list")

    def title(self):
        return f"{settings.FACTCHECK_ORG_NAME}: latest fact-checks"

    def subtitle(self):
        return "Claims made by politicians and governments, checked against the evidence."

    def author_name(self):
        return settings.FACTCHECK_ORG_NAME

    def items(self):
        return (
            Claim.objects.public()
            .select_related("speaker")
            .order_by("-published_at", "-id")[:FEED_SIZE]
        )

    def item_title(self, claim):
        verdict = claim.get_rating_display() or claim.get_status_display()
        quote = Truncator(claim.statement or claim.text).chars(120)
        return f"{verdict}: {claim.speaker.name}, “{quote}”"

    def item_description(self, claim):
        # Atom summaries are HTML: escape the text before it becomes markup.
        parts = [f"“{claim.text}” ({claim.speaker})", claim.verdict]
        return linebreaks(escape("\n\n".join(part for part in parts if part)))

    def item_author_name(self):
        return settings.FACTCHECK_ORG_NAME

    def item_pubdate(self, claim):
        return claim.published_at

    def item_updateddate(self, claim):
        return claim.updated_at
