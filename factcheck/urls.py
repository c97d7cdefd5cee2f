from django.contrib import admin
from django.urls import include, path

admin.site.site_header = "Claim tracker — editors"
admin.site.site_title = "Claim tracker"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("sources/", include("sources.urls")),
    path("", include("claims.urls")),
]
