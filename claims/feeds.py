"""Atom feeds: published claims and their corrections, and the corrections log alone.

A correction is an entry of its own (linked to its place on the claim page), so a
subscriber who read the claim when it was published also sees that its verdict
changed; the claim's own entry says it was corrected and takes the correction's
date as its `updated`."""

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.urls import reverse_lazy
from django.utils import timezone
from django.utils.dateformat import format as date_format
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape, linebreaks
from django.utils.text import Truncator

from claims.models import Claim, Correction

FEED_SIZE = 50


def attribution(speaker) -> str:
    """Who said it, or whose text it is: a publication's narration is no one's claim."""
    if speaker.kind == speaker.Kind.PUBLICATION:
        return f"from the text of {speaker.name}"
    return str(speaker)


def day(moment) -> str:
    return date_format(timezone.localtime(moment), "j F Y")


def correction_title(correction) -> str:
    claim = correction.claim
    quote = Truncator(claim.statement or claim.text).chars(120)
    change = ""
    if correction.old_rating != correction.new_rating:
        old = correction.get_old_rating_display() or "no rating"
        new = correction.get_new_rating_display() or "no rating"
        change = f" (rating changed from {old} to {new})"
    return f"Correction{change}: “{quote}”"


def correction_summary(correction) -> str:
    claim = correction.claim
    parts = [
        f"Corrected on {day(correction.created_at)}: {correction.note}",
        f"“{claim.text}” ({attribution(claim.speaker)})",
        claim.verdict,
    ]
    return linebreaks(escape("\n\n".join(part for part in parts if part)))


def correction_link(correction) -> str:
    return f"{correction.claim.get_absolute_url()}#correction-{correction.pk}"


class LatestClaimsFeed(Feed):
    """The 50 latest events: claims published and corrections made, newest first."""

    feed_type = Atom1Feed
    link = reverse_lazy("claims:list")

    def title(self):
        return f"{settings.FACTCHECK_ORG_NAME}: latest fact-checks"

    def subtitle(self):
        return (
            "Claims made by politicians and governments, checked against the evidence, "
            "and every correction to a published check."
        )

    def author_name(self):
        return settings.FACTCHECK_ORG_NAME

    def items(self):
        claims = list(
            Claim.objects.public()
            .select_related("speaker")
            .prefetch_related("corrections")
            .order_by("-published_at", "-id")[:FEED_SIZE]
        )
        corrections = list(
            Correction.objects.public()
            .select_related("claim", "claim__speaker")
            .order_by("-created_at", "-id")[:FEED_SIZE]
        )
        events = [(claim.published_at, claim) for claim in claims]
        events += [(correction.created_at, correction) for correction in corrections]
        events.sort(key=lambda event: event[0], reverse=True)
        return [item for _, item in events[:FEED_SIZE]]

    def item_title(self, item):
        if isinstance(item, Correction):
            return correction_title(item)
        verdict = item.get_rating_display() or item.get_status_display()
        quote = Truncator(item.statement or item.text).chars(120)
        speaker = item.speaker
        who = speaker.name
        if speaker.kind == speaker.Kind.PUBLICATION:
            who = f"From the text of {speaker.name}"
        return f"{verdict}: {who}, “{quote}”"

    def item_description(self, item):
        if isinstance(item, Correction):
            return correction_summary(item)
        # Atom summaries are HTML: escape the text before it becomes markup.
        parts = []
        corrections = list(item.corrections.all())
        if corrections:
            latest = corrections[0]
            parts.append(f"Corrected on {day(latest.created_at)}: {latest.note}")
        # When it was said, to the day, the month or the year known.
        said = f", {item.said_on_display}" if item.said_on else ""
        parts += [f"“{item.text}” ({attribution(item.speaker)}{said})", item.verdict]
        return linebreaks(escape("\n\n".join(part for part in parts if part)))

    def item_link(self, item):
        if isinstance(item, Correction):
            return correction_link(item)
        return item.get_absolute_url()

    def item_author_name(self):
        return settings.FACTCHECK_ORG_NAME

    def item_pubdate(self, item):
        if isinstance(item, Correction):
            return item.created_at
        return item.published_at

    def item_updateddate(self, item):
        if isinstance(item, Correction):
            return item.created_at
        corrections = list(item.corrections.all())
        return max([item.updated_at, *(c.created_at for c in corrections)])


class CorrectionsFeed(Feed):
    """The public corrections log: the 50 latest corrections to published checks."""

    feed_type = Atom1Feed
    link = reverse_lazy("claims:corrections")

    def title(self):
        return f"{settings.FACTCHECK_ORG_NAME}: corrections"

    def subtitle(self):
        return "Every change to the rating or verdict of a published fact-check, newest first."

    def author_name(self):
        return settings.FACTCHECK_ORG_NAME

    def items(self):
        return (
            Correction.objects.public()
            .select_related("claim", "claim__speaker")
            .order_by("-created_at", "-id")[:FEED_SIZE]
        )

    def item_title(self, correction):
        return correction_title(correction)

    def item_description(self, correction):
        return correction_summary(correction)

    def item_link(self, correction):
        return correction_link(correction)

    def item_author_name(self):
        return settings.FACTCHECK_ORG_NAME

    def item_pubdate(self, correction):
        return correction.created_at

    def item_updateddate(self, correction):
        return correction.created_at
