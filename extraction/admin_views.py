"""The "Suggest claims" page of a source in the admin: the suggestions with
their spans in context, ticked ones saved as draft claims.

A plain view served by the admin site (`admin.site.admin_view` in
`extraction/urls.py`: staff login, CSRF, no caching), so that the sources
admin needs to know nothing about the assistant."""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.text import Truncator

from extraction.drafts import (
    claims_create_from_suggestions,
    logged_claim_for,
    logged_claims,
    narration_origin,
    page_narration,
    source_suggestions,
    suggestion_repeats,
)
from sources.models import Source

CONTEXT_CHARS = 160
TEMPLATE = "admin/sources/source/suggest_claims.html"


def can_suggest(user) -> bool:
    """Who may use the page: whoever can see sources in the admin and add claims."""
    can_view = user.has_perm("sources.view_source") or user.has_perm("sources.change_source")
    return bool(user.is_active and can_view and user.has_perm("claims.add_claim"))


def _context(body: str, start: int, end: int) -> tuple[str, str]:
    before = body[max(0, start - CONTEXT_CHARS) : start]
    after = body[end : end + CONTEXT_CHARS]
    if start > CONTEXT_CHARS:
        before = "…" + before.split(" ", 1)[-1]
    if end + CONTEXT_CHARS < len(body):
        after = after.rsplit(" ", 1)[0] + "…"
    return " ".join(before.split()) + (" " if before[-1:].isspace() else ""), (
        (" " if after[:1].isspace() else "") + " ".join(after.split())
    )


def _picked(request, rows) -> list:
    """The ticked suggestions not logged yet, with the speaker the editor typed."""
    chosen = set(request.POST.getlist("span"))
    picked = []
    for row in rows:
        if row["key"] not in chosen or row["logged"] is not None:
            continue
        candidate = row["candidate"]
        field = f"speaker-{row['key']}"
        edited = " ".join(request.POST.get(field, "").split())
        if field in request.POST and edited != (candidate.speaker or ""):
            # The editor named someone else (or nobody): the suggested role is not theirs.
            candidate.speaker, candidate.speaker_role = edited[:200] or None, ""
            candidate.speaker_kind = ""
        picked.append(candidate)
    return picked


def suggest_claims_view(request, source_id: int):
    if not can_suggest(request.user):
        raise PermissionDenied
    source = Source.objects.select_related("publisher").filter(pk=source_id).first()
    if source is None:
        # As the admin does for a missing object: back to the list, with a message.
        messages.warning(
            request, f"Source with ID “{source_id}” doesn’t exist. Perhaps it was deleted?"
        )
        return redirect("admin:sources_source_changelist")
    change_url = reverse("admin:sources_source_change", args=[source.pk])
    logged = logged_claims(source)
    suggestions = source_suggestions(source)
    repeats = suggestion_repeats(suggestions)
    rows = []
    for candidate in suggestions:
        before, after = _context(source.body, candidate.start, candidate.end)
        rows.append(
            {
                "key": f"{candidate.start}-{candidate.end}",
                "candidate": candidate,
                "before": before,
                "after": after,
                "logged": logged_claim_for(candidate, logged),
                "repeats": repeats[(candidate.start, candidate.end)],
            }
        )
    if request.method == "POST":
        picked = _picked(request, rows)
        if not picked:
            messages.error(request, "Tick at least one suggestion that is not logged yet.")
        else:
            try:
                created = claims_create_from_suggestions(
                    source=source, suggestions=picked, user=request.user
                )
            except ValidationError as error:
                for message in error.messages:
                    messages.error(request, message)
            else:
                messages.success(
                    request,
                    f"Created {len(created)} draft claim(s) from “{Truncator(source).chars(60)}”. "
                    "They stay drafts until an editor publishes them.",
                )
                return redirect(change_url)
    narration = source.narrator or page_narration(source)
    context = {
        **admin.site.each_context(request),
        "title": "Suggest claims",
        "subtitle": str(source),
        "opts": Source._meta,
        "original": source,
        "source": source,
        "change_url": change_url,
        "rows": [row for row in rows if row["logged"] is None],
        "logged_rows": [row for row in rows if row["logged"] is not None],
        "has_body": bool(source.body.strip()),
        # Set on the source, or read from the page: shown so that one correction on the
        # source puts right every suggestion from the narration.
        "narration": narration,
        "narration_set": bool(source.narrator),
        "narration_origin": narration_origin(source, narration),
    }
    return TemplateResponse(request, TEMPLATE, context)
