"""Sitemaps of the public pages: published claims and the speakers, sources and
topics they belong to. Drafts never appear."""

from django.contrib.sitemaps import Sitemap
from django.db.models import Max
from django.urls import reverse

from claims.models import Claim, Speaker, Topic
from sources.models import Source


class PagesSitemap(Sitemap):
    changefreq = "daily"

    def items(self):
        return ["claims:home", "claims:list", "claims:speaker-list", "sources:list"]

    def location(self, name):
        return reverse(name)


class UpdatedAtSitemap(Sitemap):
    changefreq = "weekly"
    # Smaller pages than the protocol's 50,000: each renders in well under a second.
    limit = 5000

    def lastmod(self, obj):
        return obj.updated_at

    def get_latest_lastmod(self):
        # Django's default loads every item to find the newest; ask the database.
        return self.items().aggregate(latest=Max("updated_at"))["latest"]


class ClaimSitemap(UpdatedAtSitemap):
    def items(self):
        return Claim.objects.public().only("slug", "updated_at").order_by("-published_at", "-id")


class SlugSitemap(UpdatedAtSitemap):
    model = None

    def items(self):
        return self.model.objects.public().only("slug", "updated_at").order_by("slug")


class SpeakerSitemap(SlugSitemap):
    model = Speaker


class SourceSitemap(SlugSitemap):
    model = Source


class TopicSitemap(SlugSitemap):
    model = Topic


sitemaps = {
    "pages": PagesSitemap,
    "claims": ClaimSitemap,
    "speakers": SpeakerSitemap,
    "sources": SourceSitemap,
    "topics": TopicSitemap,
}
