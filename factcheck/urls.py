from django.contrib import admin
from django.contrib.sitemaps import views as sitemap_views
from django.urls import include, path
from drf_spectacular.views import SpectacularSwaggerSplitView

from claims.feeds import CorrectionsFeed, LatestClaimsFeed
from claims.sitemaps import sitemaps
from claims.views import robots_txt
from factcheck.schema import CachedSchemaView
from factcheck.views import healthz

admin.site.site_header = "Claim tracker — editors"
admin.site.site_title = "Claim tracker"

# JSON under /api/ (its clients parse JSON), the site's own pages elsewhere.
handler400 = "factcheck.views.bad_request"
handler403 = "factcheck.views.permission_denied"
handler404 = "factcheck.views.page_not_found"
handler500 = "factcheck.views.server_error"

urlpatterns = [
    # The extraction assistant's page on a source; before the admin's catch-all.
    path("admin/sources/source/", include("extraction.urls")),
    path("admin/", admin.site.urls),
    path("healthz", healthz, name="healthz"),
    path("api/v1/", include("factcheck.api_urls")),
    # Generated once, under a lock (factcheck/schema.py).
    path("api/schema/", CachedSchemaView.as_view(), name="api-schema"),
    # Split view: the Swagger UI set-up script is a file, not inline (Content-Security-Policy).
    path("api/docs/", SpectacularSwaggerSplitView.as_view(url_name="api-schema"), name="api-docs"),
    path("sources/", include("sources.urls")),
    path("feeds/claims/", LatestClaimsFeed(), name="claims-feed"),
    path("feeds/corrections/", CorrectionsFeed(), name="corrections-feed"),
    path(
        "sitemap.xml",
        sitemap_views.index,
        {"sitemaps": sitemaps, "sitemap_url_name": "sitemap-section"},
        name="sitemap",
    ),
    path(
        "sitemap-<section>.xml",
        sitemap_views.sitemap,
        {"sitemaps": sitemaps},
        name="sitemap-section",
    ),
    path("robots.txt", robots_txt, name="robots"),
    path("", include("pages.urls")),
    path("", include("claims.urls")),
]
