"""The "Suggest claims" page of a source in the admin: the suggestions with
their spans in context, ticked ones saved as draft claims."""

from django.contrib import messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.text import Truncator

from claims.extraction.services import (
    claims_create_from_suggestions,
    logged_claim_for,
    logged_claims,
)
from claims.extraction.suggest import suggest_claims

ADD_CLAIM_PERMISSION = "claims.add_claim"
CONTEXT_CHARS = 160
TEMPLATE = "admin/sources/source/suggest_claims.html"


def can_suggest(user) -> bool:
    return bool(user and user.is_active and user.has_perm(ADD_CLAIM_PERMISSION))


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


def suggest_claims_view(model_admin, request, object_id):
    source = model_admin.get_object(request, unquote(object_id))
    if source is None:
        return model_admin._get_obj_does_not_exist_redirect(request, model_admin.opts, object_id)
    if not (model_admin.has_view_permission(request, source) and can_suggest(request.user)):
        raise PermissionDenied
    change_url = reverse("admin:sources_source_change", args=[source.pk])
    candidates = suggest_claims(source)
    logged = logged_claims(source)
    rows = []
    for candidate in candidates:
        before, after = _context(source.body, candidate.start, candidate.end)
        rows.append(
            {
                "key": f"{candidate.start}-{candidate.end}",
                "candidate": candidate,
                "before": before,
                "after": after,
                "logged": logged_claim_for(candidate, logged),
            }
        )
    if request.method == "POST":
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
        if not picked:
            messages.error(request, "Tick at least one suggestion that is not logged yet.")
        else:
            try:
                created = claims_create_from_suggestions(source=source, suggestions=picked)
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
    context = {
        **model_admin.admin_site.each_context(request),
        "title": "Suggest claims",
        "subtitle": str(source),
        "opts": model_admin.opts,
        "original": source,
        "source": source,
        "change_url": change_url,
        "rows": [row for row in rows if row["logged"] is None],
        "logged_rows": [row for row in rows if row["logged"] is not None],
        "has_body": bool(source.body.strip()),
    }
    return TemplateResponse(request, TEMPLATE, context)
