from django.contrib import admin
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView

admin.site.site_header = "Claim tracker — editors"
admin.site.site_title = "Claim tracker"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/v1/", include("factcheck.api_urls")),
    path("api/schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("api/docs/", SpectacularSwaggerView.as_view(url_name="api-schema"), name="api-docs"),
    path("sources/", include("sources.urls")),
    path("", include("claims.urls")),
]
