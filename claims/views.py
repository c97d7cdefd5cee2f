"""Public pages (SPEC §5): home, claim list and page, speakers, topics, corrections.

Every queryset here starts from a model's `.public()`: a speaker or topic whose
claims are all drafts is a 404, so nothing about a draft leaks. The one exception
is explicit: staff who may view claims preview a draft at its public address
(`ClaimDetailView`, `may_preview_drafts`), marked as a draft and kept out of search
engines and caches.
"""

import math
import re

from django import forms
from django.conf import settings
from django.db.models import Count
from django.forms.utils import flatatt
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.views.generic import DetailView, ListView, TemplateView
from django_filters.views import FilterView

from claims.claimreview import claim_review, jsonld_script
from claims.facets import facet_counts
from claims.filters import ClaimFilterSet, split_values
from claims.models import Claim, Correction, Evidence, Speaker, Topic
from claims.search import MAX_PHRASE_WORDS, MAX_TERMS, query_is_capped
from factcheck.cache import SearchThrottle
from factcheck.pages import PageNoticeMixin
from sources.models import Source

# Longer lists of speakers or sources are no use as a menu: a text box takes the slug.
MAX_FILTER_OPTIONS = 300
LATEST_ON_HOME = 6
# How much of the source text around a quote the claim page shows, at most.
CONTEXT_MAX_CHARS = 400
CONTEXT_SENTENCES = 1

# A sentence ends at . ! ? (and any closing quote or bracket) followed by
# whitespace, or at a line break: headings and "X said:" lines stand alone.
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+|\n+")


def public_claims():
    """Public claims with what a claim card shows: one query plus one prefetch."""
    return (
        Claim.objects.public()
        .select_related("speaker", "source")
        .with_byline()
        .prefetch_related("topics")
    )


def rating_scorecard(claims) -> dict:
    """Counts of `claims` per rating, in scale order, with bar lengths for a chart."""
    counts = dict(
        claims.order_by().values_list("rating").annotate(n=Count("id")).values_list("rating", "n")
    )
    rows = [
        {"value": value, "label": label, "count": counts.get(value, 0)}
        for value, label in Claim.Rating.choices
    ]
    rows.append({"value": "", "label": "Not yet rated", "count": counts.get("", 0)})
    largest = max((row["count"] for row in rows), default=0)
    for row in rows:
        row["percent"] = round(100 * row["count"] / largest) if largest else 0
    return {"rows": rows, "total": sum(counts.values())}


def compact_scorecards(speakers) -> dict[int, dict]:
    """Counts of public claims per rating for each of `speakers` (one page of a list),
    in one query. Publications have no scorecard: their text is no one's claim."""
    ids = [s.pk for s in speakers if s.kind != Speaker.Kind.PUBLICATION]
    counts: dict[int, dict[str, int]] = {pk: {} for pk in ids}
    rows = (
        Claim.objects.public()
        .filter(speaker__in=ids)
        .order_by()
        .values_list("speaker", "rating")
        .annotate(n=Count("id"))
    )
    for speaker_id, rating, n in rows:
        counts[speaker_id][rating] = n
    labels = [*Claim.Rating.choices, ("", "Not yet rated")]
    return {
        pk: {
            "rows": [
                {"value": value, "label": label, "count": per_rating[value]}
                for value, label in labels
                if per_rating.get(value)
            ],
            "total": sum(per_rating.values()),
        }
        for pk, per_rating in counts.items()
    }


def quote_in_context(body: str, start: int | None, end: int | None) -> dict | None:
    """The quote with the sentence before and after it, as plain text pieces."""
    if start is None or end is None or not 0 <= start < end <= len(body):
        return None
    ends = [m.end() for m in _SENTENCE_END.finditer(body)]
    before_starts = [0] + [e for e in ends if e <= start]
    begin = before_starts[max(0, len(before_starts) - 1 - CONTEXT_SENTENCES)]
    after_ends = [e for e in ends if e > end] + [len(body)]
    finish = after_ends[min(len(after_ends) - 1, CONTEXT_SENTENCES)]
    begin = max(begin, start - CONTEXT_MAX_CHARS)
    finish = min(finish, end + CONTEXT_MAX_CHARS)
    before, after = body[begin:start], body[end:finish]
    return {
        "before": ("…" if begin > 0 and not before.startswith("\n") else "") + before.lstrip(),
        "quote": body[start:end],
        "after": after.rstrip() + ("…" if finish < len(body) and after.strip() else ""),
    }


class OptionsSelect(forms.Select):
    """A <select> whose options are built in Python: Django renders each option
    through a template, which takes a second for thousands of speakers and sources.
    Reads `name=a&name=b` and `name=a,b` (any of them); with more than one chosen it
    becomes a multiple select, so that applying the form again keeps them all."""

    def value_from_datadict(self, data, files, name):
        return split_values(data, name)

    def render(self, name, value, attrs=None, renderer=None):
        chosen = {str(v) for v in value} if isinstance(value, list | tuple) else {str(value or "")}
        chosen.discard("")
        extra = {"name": name, **({"multiple": True} if len(chosen) > 1 else {})}
        attrs = self.build_attrs(self.attrs, {**(attrs or {}), **extra})
        if not chosen:
            chosen = {""}
        options = format_html_join(
            "",
            '<option value="{}"{}>{}</option>',
            (
                (option, " selected" if str(option) in chosen else "", label)
                for option, label in self.choices
            ),
        )
        return format_html("<select{}>{}</select>", flatatt(attrs), options)


class SlugsInput(forms.TextInput):
    """A text box for slugs, any of them (comma-separated)."""

    def value_from_datadict(self, data, files, name):
        return split_values(data, name)

    def format_value(self, value):
        return ",".join(value) if isinstance(value, list | tuple) else super().format_value(value)


# Shown in the list's form only when given (from a link): the form stays short.
FILTERS_SHOWN_WHEN_SET = ("updated_before", "published_after", "published_before")
# Filters whose options show how many claims each would add (claims.facets).
COUNTED_FILTERS = {
    "rating": ("Any rating", Claim.Rating.choices),
    "status": ("Any status", Claim.Status.choices),
}


class HomeView(TemplateView):
    template_name = "claims/home.html"

    def get_context_data(self, **kwargs):
        published = Claim.objects.public()
        latest = (
            public_claims()
            .filter(status=Claim.Status.CHECKED)
            .order_by("-published_at", "-id")[:LATEST_ON_HOME]
        )
        # No per-topic counts here: counting every topic's claims costs seconds at 1M.
        topics = Topic.objects.public()
        return super().get_context_data(
            latest=latest,
            scorecard=rating_scorecard(published),
            topics=topics,
            **kwargs,
        )


class ClaimListView(PageNoticeMixin, FilterView):
    """The claim list, filtered by the one FilterSet the API and exports share."""

    filterset_class = ClaimFilterSet
    template_name = "claims/claim_list.html"
    context_object_name = "claims"

    def get_queryset(self):
        return public_claims().newest_first()

    def get_filterset(self, filterset_class):
        filterset = super().get_filterset(filterset_class)
        fields = filterset.form.fields
        # The FilterSet takes slugs; readers pick from the names of what is public.
        for name, queryset, label, empty in (
            (
                "speaker",
                Speaker.objects.public().values_list("slug", "name"),
                "Speaker",
                "Any speaker",
            ),
            ("topic", Topic.objects.public().values_list("slug", "name"), "Topic", "Any topic"),
            (
                "source",
                Source.objects.public().values_list("slug", "title"),
                "Source",
                "Any source",
            ),
        ):
            # Unordered, the probe stops at the cap instead of sorting every row.
            options = list(queryset.order_by()[: MAX_FILTER_OPTIONS + 1])
            if len(options) <= MAX_FILTER_OPTIONS:
                options.sort(key=lambda option: option[1].casefold())
                fields[name].widget = OptionsSelect(choices=[("", empty), *options])
            else:
                fields[name].widget = SlugsInput(
                    attrs={"placeholder": f"{name} slug, from its page's address"}
                )
            fields[name].label = label
        for name, (empty, choices) in COUNTED_FILTERS.items():
            fields[name].widget = OptionsSelect(choices=[("", empty), *choices])
        # Newest first is the default, so it comes first and no blank choice is needed.
        fields["ordering"].empty_label = None
        fields["ordering"].choices = [
            # With words to search for, the best matches come first unless asked otherwise.
            *([("relevance", "Most relevant")] if self.request.GET.get("q", "").strip() else []),
            ("-said_on", "Newest first"),
            ("said_on", "Oldest first"),
            ("-updated", "Recently updated"),
            ("updated", "Least recently updated"),
        ]
        # The FilterSet's help texts speak to API clients; the form speaks to readers.
        for field in fields.values():
            field.help_text = ""
        fields["q"].help_text = "Words from the claim, the verdict or the speaker’s name."
        fields["q"].widget.input_type = "search"
        filterset.form.label_suffix = ""
        return filterset

    def get(self, request, *args, **kwargs):
        # A search costs many times a plain page: so many per client, then a 429.
        if request.GET.get("q", "").strip():
            throttle = SearchThrottle()
            if not throttle.allow_request(request, self):
                wait = math.ceil(throttle.wait() or 60)
                response = render(request, "429.html", {"retry_after": wait}, status=429)
                response["Retry-After"] = str(wait)
                return response
        response = super().get(request, *args, **kwargs)
        if self.filterset.is_bound and not self.filterset.is_valid():
            response.status_code = 400
        return response

    def count_filter_options(self):
        """Beside each rating and status, how many claims the other filters leave with
        it: what choosing it would add (the choices mean any of them). One GROUP BY
        each, cached (claims.facets); one set for both when neither is chosen."""
        fields = self.filterset.form.fields
        counts = {}
        unchosen = [name for name in COUNTED_FILTERS if name not in self.request.GET]
        groups = [[name] for name in COUNTED_FILTERS if name in self.request.GET]
        sets = ([unchosen] if unchosen else []) + groups
        # The sets share one request's time limit for counting.
        time_limit_ms = settings.FACET_TIME_LIMIT_MS // max(1, len(sets))
        for names in sets:
            data = self.request.GET.copy()
            for name in names:
                data.pop(name, None)
            others = ClaimFilterSet(data, queryset=Claim.objects.public())
            if not others.is_valid():
                return
            counts.update(facet_counts(others.qs, names, others.form.cleaned_data, time_limit_ms))
        for name, (empty, choices) in COUNTED_FILTERS.items():
            if counts.get(name) is None:
                continue  # not counted in time: the options without counts
            per_value = {row["value"]: row["count"] for row in counts[name]}
            fields[name].widget.choices = [
                ("", empty),
                *((value, f"{label} ({per_value.get(value, 0):,})") for value, label in choices),
            ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = self.filterset.form
        if not self.filterset.is_bound or self.filterset.is_valid():
            self.count_filter_options()
        context["filter_fields"] = [
            field
            for field in form
            if field.name != "q"
            and (field.name not in FILTERS_SHOWN_WHEN_SET or self.request.GET.get(field.name))
        ]
        context["filter_errors"] = (
            [
                (form.fields[name].label if name in form.fields else "", error)
                for name, errors in form.errors.items()
                for error in errors
            ]
            if self.filterset.is_bound
            else []
        )
        context["is_filtered"] = any(
            value.strip() for key, value in self.request.GET.items() if key != "page"
        )
        if query_is_capped(self.request.GET.get("q", "")):
            capped = (
                f"Only the first {MAX_TERMS} different words or phrases of the search "
                f"(of up to {MAX_PHRASE_WORDS} words each) were looked for."
            )
            context["page_notice"] = " ".join(filter(None, [context.get("page_notice"), capped]))
        context["more_filters_open"] = bool(context["filter_errors"]) or any(
            value.strip() for key, value in self.request.GET.items() if key not in ("page", "q")
        )
        return context


def may_preview_drafts(user) -> bool:
    """Staff who may see claims in the admin may also see a draft's public page."""
    return (
        user.is_active
        and user.is_staff
        and (user.has_perm("claims.view_claim") or user.has_perm("claims.change_claim"))
    )


class ClaimDetailView(DetailView):
    """A public claim; for staff, a draft too (a preview, never indexed or cached)."""

    template_name = "claims/claim_detail.html"
    context_object_name = "claim"
    preview = False

    def get_queryset(self):
        return self.with_page_relations(Claim.objects.public())

    @staticmethod
    def with_page_relations(claims):
        return (
            claims.select_related("speaker", "source", "source__publisher")
            .with_byline()
            .prefetch_related("topics", "evidence", "corrections")
        )

    def get_object(self, queryset=None):
        try:
            return super().get_object(queryset)
        except Http404:
            if not may_preview_drafts(self.request.user):
                raise
        # A separate, explicit path: drafts only, so `.public()` stays the one
        # definition of what readers see.
        claim = get_object_or_404(
            self.with_page_relations(Claim.objects.drafts()), slug=self.kwargs["slug"]
        )
        self.preview = True
        return claim

    def render_to_response(self, context, **response_kwargs):
        response = super().render_to_response(context, **response_kwargs)
        if self.preview:
            response["X-Robots-Tag"] = "noindex"
            response["Cache-Control"] = "private, no-store"
        return response

    def get_context_data(self, **kwargs):
        claim = self.object
        evidence = list(claim.evidence.all())
        groups = [
            {"stance": stance, "label": label, "items": items}
            for stance, label in Evidence.Stance.choices
            if (items := [e for e in evidence if e.stance == stance])
        ]
        absolute_url = self.request.build_absolute_uri(claim.get_absolute_url())
        # A draft's verdict is not the desk's yet: no ClaimReview for aggregators.
        review = None if self.preview else claim_review(claim, claim_url=absolute_url)
        context = None
        if claim.source_id:
            context = quote_in_context(claim.source.body, claim.quote_start, claim.quote_end)
        corrections = list(claim.corrections.all())
        return super().get_context_data(
            evidence_groups=groups,
            corrections=corrections,
            # Newest first (the model's ordering): the one shown beside the verdict.
            latest_correction=corrections[0] if corrections else None,
            quote_context=context,
            claim_review_jsonld=jsonld_script(review) if review else "",
            absolute_url=absolute_url,
            rating_scale=Claim.Rating.choices,
            preview=self.preview,
            noindex=self.preview,
            **kwargs,
        )


class SpeakerListView(PageNoticeMixin, ListView):
    template_name = "claims/speaker_list.html"
    context_object_name = "speakers"
    paginate_by = 50

    def get_queryset(self):
        return Speaker.objects.public().with_public_claim_count().order_by("name", "id")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        scorecards = compact_scorecards(context["speakers"])
        for speaker in context["speakers"]:
            speaker.compact_scorecard = scorecards.get(speaker.pk)
        return context


class TopicListView(PageNoticeMixin, ListView):
    template_name = "claims/topic_list.html"
    context_object_name = "topics"
    paginate_by = 50

    def get_queryset(self):
        return Topic.objects.public().with_public_claim_count().order_by("name", "id")


class CorrectionListView(PageNoticeMixin, ListView):
    """The public corrections log (IFCN open corrections), newest first."""

    template_name = "claims/correction_list.html"
    context_object_name = "corrections"

    def get_queryset(self):
        return (
            Correction.objects.public()
            .select_related("claim", "claim__speaker")
            .order_by("-created_at", "-id")
        )


class ClaimsOfMixin(PageNoticeMixin):
    """A list of published claims belonging to one object, looked up by slug first."""

    owner_model = None
    owner_field = ""
    context_object_name = "claims"

    def get(self, request, *args, **kwargs):
        self.owner = get_object_or_404(self.owner_model.objects.public(), slug=kwargs["slug"])
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        return public_claims().filter(**{self.owner_field: self.owner}).newest_first()


class SpeakerDetailView(ClaimsOfMixin, ListView):
    template_name = "claims/speaker_detail.html"
    owner_model = Speaker
    owner_field = "speaker"

    def get_context_data(self, **kwargs):
        # A publication's own text is no one's claim: it has no scorecard.
        scorecard = None
        if self.owner.kind != Speaker.Kind.PUBLICATION:
            scorecard = rating_scorecard(Claim.objects.public().filter(speaker=self.owner))
        return super().get_context_data(speaker=self.owner, scorecard=scorecard, **kwargs)


class TopicDetailView(ClaimsOfMixin, ListView):
    template_name = "claims/topic_detail.html"
    owner_model = Topic
    owner_field = "topics"

    def get_context_data(self, **kwargs):
        return super().get_context_data(topic=self.owner, **kwargs)


def robots_txt(request):
    sitemap_url = request.build_absolute_uri(reverse("sitemap"))
    lines = ["User-agent: *", "Disallow: /admin/", "", f"Sitemap: {sitemap_url}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
