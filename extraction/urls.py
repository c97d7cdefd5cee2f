"""The assistant's admin page, at the source's admin address. Included before
the admin site's own URLs in `factcheck/urls.py`."""

from django.contrib import admin
from django.urls import path

from extraction.admin_views import suggest_claims_view

app_name = "extraction"

urlpatterns = [
    path(
        "<int:source_id>/suggest-claims/",
        admin.site.admin_view(suggest_claims_view),
        name="suggest-claims",
    ),
]
