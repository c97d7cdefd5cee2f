"""Public source pages: each document's full text with its published claims marked."""

from django.db.models import F
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404
from django.views.generic import DetailView, ListView

from factcheck.pages import PageNoticeMixin
from sources.models import ArchivedCopy, Source


def highlight_segments(body: str, claims) -> list[dict]:
    """`body` cut into consecutive pieces, each either plain text or part of a claim's
    quote (with that claim's URL). Where quotes overlap, the piece links to the
    shortest quote covering it, so a quote nested in a longer one stays reachable;
    `overlap` marks such pieces. The first piece of each quote carries an anchor."""
    spans = [
        (c.quote_start, c.quote_end, c)
        for c in claims
        if c.quote_start is not None
        and c.quote_end is not None
        and 0 <= c.quote_start < c.quote_end <= len(body)
    ]
    cuts = sorted({0, len(body)} | {s for s, _, _ in spans} | {e for _, e, _ in spans})
    segments: list[dict] = []
    anchored: set[int] = set()
    for a, b in zip(cuts, cuts[1:], strict=False):
        covering = [(e - s, s, c.pk, c) for s, e, c in spans if s <= a and b <= e]
        claim = min(covering, key=lambda t: t[:3])[3] if covering else None
        last = segments[-1] if segments else None
        if last and last["claim"] is claim and last["overlap"] == (len(covering) > 1):
            last["text"] += body[a:b]
            continue
        anchor = ""
        if claim is not None and claim.pk not in anchored:
            anchored.add(claim.pk)
            anchor = f"quote-{claim.slug}"
        segments.append(
            {
                "text": body[a:b],
                "claim": claim,
                "url": claim.get_absolute_url() if claim else "",
                "overlap": len(covering) > 1,
                "anchor": anchor,
            }
        )
    return segments


class SourceListView(PageNoticeMixin, ListView):
    template_name = "sources/source_list.html"
    context_object_name = "sources"
    paginate_by = 50

    def get_queryset(self):
        return (
            Source.objects.public()
            .select_related("publisher")
            .with_public_claim_count()
            .order_by(F("published_on").desc(nulls_last=True), "title", "id")
        )


class SourceDetailView(DetailView):
    template_name = "sources/source_detail.html"
    context_object_name = "source"

    def get_queryset(self):
        return (
            Source.objects.public().select_related("publisher").prefetch_related("archived_copies")
        )

    def get_context_data(self, **kwargs):
        claims = list(
            self.object.claims.public()
            .select_related("speaker")
            .order_by(F("quote_start").asc(nulls_last=True), "id")
        )
        return super().get_context_data(
            claims=claims,
            segments=highlight_segments(self.object.body, claims),
            **kwargs,
        )


def archived_copy_response(copy: ArchivedCopy) -> FileResponse:
    """The stored bytes, streamed, always as a download: an archived page opened in
    the browser would run its scripts in our origin."""
    try:
        handle = copy.file.open("rb")
    except FileNotFoundError:
        raise Http404("The archived file is missing.") from None
    response = FileResponse(
        handle, as_attachment=True, filename=copy.download_name, content_type=copy.content_type
    )
    response["Content-Security-Policy"] = "sandbox; default-src 'none'"
    return response


def archived_copy_download(request, slug, pk):
    copy = get_object_or_404(
        ArchivedCopy.objects.select_related("source"),
        pk=pk,
        source__slug=slug,
        source__in=Source.objects.public(),
    )
    return archived_copy_response(copy)
