from django.urls import path

from pages import views
from pages.models import Page

app_name = "pages"

urlpatterns = [
    path("methodology/", views.MethodologyView.as_view(), name="methodology"),
    path(
        "about/",
        views.StandingPageView.as_view(page_slug=Page.Slug.ABOUT),
        name="about",
    ),
    path(
        "corrections-policy/",
        views.StandingPageView.as_view(page_slug=Page.Slug.CORRECTIONS_POLICY),
        name="corrections-policy",
    ),
]
