from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from pages.models import Page, RatingDefinition


class FixedSetAdmin(SimpleHistoryAdmin):
    """The set of pages and ratings is fixed by the code (each has its URL or anchor):
    editors change the words, never add or remove a row."""

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Page)
class PageAdmin(FixedSetAdmin):
    list_display = ["title", "slug", "updated_at"]
    readonly_fields = ["slug", "updated_at"]
    fields = ["slug", "title", "summary", "body", "updated_at"]
    search_fields = ["title", "body"]

    def view_on_site(self, obj):
        return obj.get_absolute_url()


@admin.register(RatingDefinition)
class RatingDefinitionAdmin(FixedSetAdmin):
    list_display = ["__str__", "updated_at"]
    readonly_fields = ["rating", "updated_at"]
    fields = ["rating", "definition", "updated_at"]

    def view_on_site(self, obj):
        return obj.get_absolute_url()
