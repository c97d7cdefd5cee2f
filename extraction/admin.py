"""The editors' inbox in the admin: sources imported from feeds, newest first, with
the number of claims the assistant suggests in each and how many of those were
checked already; "Mark as reviewed" takes a source out of the inbox."""

from django.contrib import admin, messages
from django.db.models import Prefetch
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.text import Truncator

from claims.models import Claim
from extraction.admin_views import can_suggest
from extraction.inbox import inbox_entries_review
from extraction.models import InboxEntry


def can_see_inbox(user) -> bool:
    """Whoever can see sources in the admin (fact-checkers and editors)."""
    return bool(
        user.is_active
        and user.is_staff
        and (user.has_perm("sources.view_source") or user.has_perm("sources.change_source"))
    )


class ReviewedFilter(admin.SimpleListFilter):
    title = "reviewed"
    parameter_name = "reviewed"

    def lookups(self, request, model_admin):
        return [("yes", "Reviewed"), ("all", "All")]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.filter(reviewed_at__isnull=False)
        if self.value() == "all":
            return queryset
        return queryset.unreviewed()

    def choices(self, changelist):
        # The inbox proper (not yet reviewed) is the default, in place of "All".
        yield {
            "selected": self.value() is None,
            "query_string": changelist.get_query_string(remove=[self.parameter_name]),
            "display": "To review",
        }
        for value, label in self.lookup_choices:
            yield {
                "selected": self.value() == value,
                "query_string": changelist.get_query_string({self.parameter_name: value}),
                "display": label,
            }


@admin.register(InboxEntry)
class InboxEntryAdmin(admin.ModelAdmin):
    list_display = [
        "source_link",
        "publisher",
        "kind",
        "created_at",
        "suggestions",
        "already_checked",
        "suggest_link",
        "reviewed_at",
    ]
    list_display_links = None
    list_filter = [ReviewedFilter, "source__kind"]
    search_fields = ["source__title", "source__publisher__name"]
    ordering = ["-created_at", "-id"]
    actions = ["mark_reviewed"]
    list_per_page = 50
    # The inbox is filled by the feed import; the suggestion page does the rest.
    readonly_fields = [
        "source",
        "created_at",
        "suggestion_count",
        "repeat_count",
        "computed_at",
        "error",
        "reviewed_at",
        "reviewed_by",
    ]
    exclude = ["repeats"]

    def get_queryset(self, request):
        repeats = Claim.objects.only("id", "text", "rating").order_by("id")
        return (
            super()
            .get_queryset(request)
            .select_related("source__publisher")
            .prefetch_related(Prefetch("repeats", queryset=repeats))
        )

    def has_module_permission(self, request):
        return can_see_inbox(request.user)

    def has_view_permission(self, request, obj=None):
        return can_see_inbox(request.user)

    def has_review_permission(self, request):
        return can_see_inbox(request.user) and request.user.has_perm("sources.change_source")

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.action(description="Mark as reviewed (leaves the inbox)", permissions=["review"])
    def mark_reviewed(self, request, queryset):
        count = inbox_entries_review(entries=queryset, user=request.user)
        self.message_user(request, f"{count} source(s) marked as reviewed.", messages.SUCCESS)

    @admin.display(description="source", ordering="source__title")
    def source_link(self, entry):
        return format_html(
            '<a href="{}">{}</a>',
            reverse("admin:sources_source_change", args=[entry.source_id]),
            Truncator(entry.source.title).chars(90),
        )

    @admin.display(description="publisher", ordering="source__publisher__name")
    def publisher(self, entry):
        return entry.source.publisher or "—"

    @admin.display(description="kind", ordering="source__kind")
    def kind(self, entry):
        return entry.source.get_kind_display()

    @admin.display(description="suggestions", ordering="suggestion_count")
    def suggestions(self, entry):
        if entry.error:
            return format_html('<span class="errornote">{}</span>', entry.error)
        if entry.suggestion_count is None:
            return "Not computed yet"
        return entry.suggestion_count

    @admin.display(description="already checked", ordering="repeat_count")
    def already_checked(self, entry):
        if entry.repeat_count is None:
            return "—"
        if not entry.repeat_count:
            return "Already checked: 0"
        claims = entry.repeats.all()
        return format_html(
            "Already checked: {}<br>{}",
            entry.repeat_count,
            format_html_join(
                ", ",
                '<a href="{}" title="{}">{}</a>',
                (
                    (
                        reverse("admin:claims_claim_change", args=[claim.pk]),
                        Truncator(claim.text).chars(120),
                        claim.get_rating_display() or "Unrated",
                    )
                    for claim in claims
                ),
            ),
        )

    @admin.display(description="")
    def suggest_link(self, entry):
        return format_html(
            '<a href="{}">Suggest claims</a>',
            reverse("extraction:suggest-claims", args=[entry.source_id]),
        )

    def get_list_display(self, request):
        shown = super().get_list_display(request)
        return shown if can_suggest(request.user) else [c for c in shown if c != "suggest_link"]
