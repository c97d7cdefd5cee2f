"""The desk's standing pages: methodology (with the rating definitions), about and
the corrections policy."""

from django.views.generic import DetailView

from claims.models import Claim
from pages.models import Page, RatingDefinition, rating_anchor


class StandingPageView(DetailView):
    """One of the fixed pages, by the slug its URL gives."""

    model = Page
    template_name = "pages/page.html"
    context_object_name = "page"
    page_slug = ""

    def get_object(self, queryset=None):
        self.kwargs["slug"] = self.page_slug
        return super().get_object(queryset)


class MethodologyView(StandingPageView):
    template_name = "pages/methodology.html"
    page_slug = Page.Slug.METHODOLOGY

    def get_context_data(self, **kwargs):
        written = dict(RatingDefinition.objects.values_list("rating", "definition"))
        ratings = [
            {
                "value": value,
                "label": label,
                "anchor": rating_anchor(value),
                "definition": written.get(value, ""),
                "score": Claim.RATING_VALUES.get(value),
            }
            for value, label in Claim.Rating.choices
        ]
        return super().get_context_data(ratings=ratings, statuses=Claim.Status.choices, **kwargs)
