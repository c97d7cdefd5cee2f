from django.urls import path

from sources import views

app_name = "sources"

urlpatterns = [
    path("", views.SourceListView.as_view(), name="list"),
    path("<slug:slug>/", views.SourceDetailView.as_view(), name="detail"),
    path(
        "<slug:slug>/archived-copies/<int:pk>/",
        views.archived_copy_download,
        name="archived-copy",
    ),
]
