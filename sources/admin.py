from django import forms
from django.conf import settings
from django.contrib import admin
from django.db.models import Count
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.text import Truncator
from simple_history.admin import SimpleHistoryAdmin

from claims.models import Claim
from factcheck.models import http_url_validator
from sources import fetching, importing, tasks
from sources.models import Feed, FeedItem, Publisher, Source
from sources.services import (
    archived_copy_create,
    archived_files_removed_on_error,
    publisher_for_import,
)
from sources.views import archived_copy_response


@admin.register(Publisher)
class PublisherAdmin(SimpleHistoryAdmin):
    list_display = ["name", "url", "source_count"]
    search_fields = ["name"]
    # Explicit: the Count annotation's GROUP BY drops Meta.ordering (autocomplete pages).
    ordering = ["name"]
    readonly_fields = ["slug", "created_at", "updated_at"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(source_total=Count("sources"))

    @admin.display(description="sources", ordering="source_total")
    def source_count(self, obj):
        return obj.source_total


class SourceClaimForm(forms.ModelForm):
    def _post_clean(self):
        # A read-only row: the claim is validated on its own page. Running
        # Claim.clean() here raised ValueError (500) for errors on fields this
        # form does not have, e.g. a quote that no longer matches the source.
        pass


class SourceClaimInline(admin.TabularInline):
    """The claims logged from this source; edited on their own pages."""

    model = Claim
    form = SourceClaimForm
    fields = ["claim_text", "speaker", "quote_start", "quote_end", "status", "rating", "published"]
    readonly_fields = fields
    extra = 0
    show_change_link = True
    can_delete = False
    verbose_name_plural = "claims from this source"

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("speaker").order_by("quote_start")

    def has_add_permission(self, request, obj=None):
        return False

    @admin.display(description="claim")
    def claim_text(self, obj):
        return Truncator(obj.text).chars(100)

    @admin.display(boolean=True)
    def published(self, obj):
        return obj.is_published


class SourceAdminForm(forms.ModelForm):
    """The source form, which can also import the text from an uploaded file or a URL.

    The imported text fills the text box, and the document's own title, publisher and
    date fill those fields left empty; the retrieved bytes are kept as an archived copy
    when the source is saved. Any refusal is shown on the form and nothing is saved."""

    import_file = forms.FileField(
        label="Import a file",
        required=False,
        help_text="An HTML page, a PDF or a plain-text file.",
    )
    import_url = forms.CharField(
        label="or fetch from URL",
        required=False,
        max_length=500,
        help_text="An http:// or https:// address of an HTML page, a PDF or a text file.",
    )

    class Meta:
        model = Source
        fields = [
            "title",
            "kind",
            "publisher",
            "url",
            "published_on",
            "archived_url",
            "accessed_on",
            "language",
            "narrator",
            "body",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # An import may bring the title; clean() requires it otherwise.
        self.fields["title"].required = False
        self.imported = None

    def clean_import_url(self):
        address = self.cleaned_data["import_url"].strip()
        # Other schemes get the fetcher's own message; an http(s) address must be one
        # the archived copy can record.
        if fetching.scheme(address) in ("http", "https"):
            http_url_validator(address)
        return address

    def clean(self):
        cleaned = super().clean()
        upload = cleaned.get("import_file")
        address = (cleaned.get("import_url") or "").strip()
        if upload and address:
            self.add_error("import_url", "Upload a file or give a URL to fetch, not both.")
        elif upload or address:
            if (cleaned.get("body") or "").strip():
                self.add_error(
                    "body",
                    "The imported text goes into this box: clear it to import a document.",
                )
            else:
                self._import(upload, address)
        if "title" in cleaned and not cleaned["title"] and "title" not in self.errors:
            self.add_error(
                "title",
                "This document has no title in its metadata: enter one."
                if self.imported
                else forms.Field.default_error_messages["required"],
            )
        return cleaned

    def _import(self, upload, address):
        field = "import_url" if address else "import_file"
        retrieved_at = timezone.now()
        try:
            if address:
                fetched = fetching.fetch(address, accept=_accept_declared_type)
                data, content_type, filename = fetched.data, fetched.content_type, ""
            else:
                data, content_type, filename = _read_upload(upload)
            kind = importing.document_kind(data, content_type=content_type, filename=filename)
            document = importing.extract(data, kind=kind, url=address)
        except (fetching.FetchRefused, importing.UnreadableDocument) as error:
            self.add_error(field, error.message)
            return
        self.imported = {
            "data": data,
            "content_type": kind,
            "original_url": fetched.url if address else "",
            "original_filename": filename,
            "retrieved_at": retrieved_at,
            "publisher_name": "",
        }
        cleaned = self.cleaned_data
        cleaned["body"] = document.text
        if not cleaned.get("title") and document.title:
            cleaned["title"] = document.title[: Source._meta.get_field("title").max_length]
        if not cleaned.get("published_on") and document.published_on:
            cleaned["published_on"] = document.published_on
        url_max_length = Source._meta.get_field("url").max_length
        if (
            address
            and not cleaned.get("url")
            and "url" not in self.errors
            and len(fetched.final_url) <= url_max_length
        ):
            cleaned["url"] = fetched.final_url
        if not cleaned.get("publisher") and document.publisher:
            self.imported["publisher_name"] = document.publisher


def _accept_declared_type(content_type):
    try:
        importing.check_declared_type(content_type)
    except importing.UnreadableDocument as error:
        raise fetching.FetchRefused(error.message) from None


def _read_upload(upload):
    limit = settings.IMPORT_MAX_BYTES
    if upload.size > limit:
        raise importing.UnreadableDocument(fetching.too_large_message(limit, "file"))
    data = upload.read()
    return data, (upload.content_type or ""), upload.name or ""


@admin.register(Source)
class SourceAdmin(SimpleHistoryAdmin):
    list_display = ["title", "kind", "publisher", "published_on", "claim_count"]
    list_filter = ["kind", "publisher", "language"]
    list_select_related = ["publisher"]
    search_fields = ["title", "publisher__name", "url"]
    ordering = ["-published_on", "title"]
    date_hierarchy = "published_on"
    autocomplete_fields = ["publisher"]
    form = SourceAdminForm
    readonly_fields = ["slug", "created_at", "updated_at", "archived_copies_list"]
    fieldsets = [
        (
            "Import",
            {
                "fields": ["import_file", "import_url"],
                "description": "Import the text of a document: it fills the text box, and "
                "the document's own title, publisher and date fill those fields left empty. "
                "What was retrieved is kept as an archived copy.",
            },
        ),
        (
            None,
            {
                "fields": [
                    "title",
                    "kind",
                    "publisher",
                    "url",
                    "published_on",
                    "archived_url",
                    "accessed_on",
                    "language",
                    "narrator",
                    "body",
                ]
            },
        ),
        ("Archived copies", {"fields": ["archived_copies_list"]}),
        ("Record", {"fields": ["slug", "created_at", "updated_at"]}),
    ]
    inlines = [SourceClaimInline]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(claim_total=Count("claims"))

    def get_urls(self):
        download = path(
            "<path:object_id>/archived-copies/<int:pk>/",
            self.admin_site.admin_view(self.archived_copy_view),
            name="sources_source_archived_copy",
        )
        return [download, *super().get_urls()]

    def archived_copy_view(self, request, object_id, pk):
        source = self.get_object(request, object_id)
        if source is None or not self.has_view_permission(request, source):
            raise Http404
        return archived_copy_response(get_object_or_404(source.archived_copies, pk=pk))

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        # The admin saves in one transaction; if it rolls back, the files stored in it go too.
        with archived_files_removed_on_error():
            return super().changeform_view(request, object_id, form_url, extra_context)

    def save_model(self, request, obj, form, change):
        imported = getattr(form, "imported", None)
        if imported and imported["publisher_name"] and obj.publisher_id is None:
            obj.publisher = publisher_for_import(name=imported["publisher_name"])
        super().save_model(request, obj, form, change)
        if imported:
            archived_copy_create(
                source=obj,
                data=imported["data"],
                content_type=imported["content_type"],
                original_url=imported["original_url"],
                original_filename=imported["original_filename"],
                retrieved_at=imported["retrieved_at"],
            )

    @admin.display(description="archived copies")
    def archived_copies_list(self, obj):
        copies = list(obj.archived_copies.all()) if obj and obj.pk else []
        if not copies:
            return "None: import a file or a URL to keep one."
        return format_html(
            "<ul>{}</ul>",
            format_html_join(
                "",
                "<li>Retrieved {} · {} · {} bytes · SHA-256 <code>{}</code>{} · "
                '<a href="{}">download</a></li>',
                (
                    (
                        timezone.localtime(copy.retrieved_at).strftime("%Y-%m-%d %H:%M"),
                        copy.type_label,
                        copy.size,
                        copy.sha256,
                        format_html(" · from {}", copy.original_url or copy.original_filename)
                        if copy.original_url or copy.original_filename
                        else "",
                        reverse("admin:sources_source_archived_copy", args=[obj.pk, copy.pk]),
                    )
                    for copy in copies
                ),
            ),
        )

    @admin.display(description="claims", ordering="claim_total")
    def claim_count(self, obj):
        return obj.claim_total


class FeedItemInline(admin.TabularInline):
    """The feed's latest items and what became of each; read-only."""

    model = FeedItem
    fields = ["title", "link", "status", "source", "note", "attempts", "created_at"]
    readonly_fields = fields
    extra = 0
    max_num = 0
    can_delete = False
    show_change_link = False
    verbose_name_plural = "latest items"

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("source")


@admin.register(Feed)
class FeedAdmin(admin.ModelAdmin):
    list_display = [
        "__str__",
        "publisher",
        "kind",
        "is_active",
        "last_polled_at",
        "next_poll_at",
        "consecutive_failures",
        "error",
    ]
    list_filter = ["is_active", "kind", "publisher"]
    list_select_related = ["publisher"]
    search_fields = ["title", "url"]
    autocomplete_fields = ["publisher"]
    actions = ["poll_now"]
    fieldsets = [
        (None, {"fields": ["url", "title", "publisher", "kind", "is_active", "poll_interval"]}),
        (
            "Polling",
            {
                "fields": [
                    "last_polled_at",
                    "next_poll_at",
                    "consecutive_failures",
                    "last_error",
                    "created_at",
                    "updated_at",
                ]
            },
        ),
    ]
    readonly_fields = [
        "last_polled_at",
        "consecutive_failures",
        "last_error",
        "created_at",
        "updated_at",
    ]
    inlines = [FeedItemInline]

    @admin.display(description="last error")
    def error(self, feed):
        return Truncator(feed.last_error).chars(80) or "—"

    @admin.action(description="Poll now", permissions=["change"])
    def poll_now(self, request, queryset):
        feed_ids = list(queryset.values_list("pk", flat=True))
        for feed_id in feed_ids:
            tasks.poll_feed.delay(feed_id, force=True)
        if settings.CELERY_TASK_ALWAYS_EAGER:
            failed = Feed.objects.filter(pk__in=feed_ids).exclude(last_error="").count()
            self.message_user(
                request,
                f"Polled {len(feed_ids)} feed(s); {failed} could not be read (see its last error).",
            )
        else:
            self.message_user(request, f"Queued {len(feed_ids)} feed(s) to be polled.")


@admin.register(FeedItem)
class FeedItemAdmin(admin.ModelAdmin):
    """Every item seen in a feed: which became sources, which failed and why."""

    list_display = ["__str__", "feed", "status", "source", "attempts", "created_at"]
    list_filter = ["status", "feed"]
    list_select_related = ["feed", "source"]
    search_fields = ["title", "link", "guid"]
    readonly_fields = [
        "feed",
        "guid",
        "link",
        "title",
        "summary",
        "published_on",
        "status",
        "source",
        "note",
        "attempts",
        "created_at",
        "updated_at",
    ]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
