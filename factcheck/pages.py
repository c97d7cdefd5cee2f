"""What every public list page shares: numbered pages, capped, that never 404."""

from math import ceil

from django.core.paginator import Paginator
from django.utils.functional import cached_property

PAGE_SIZE = 20
# Numbered pages stop here: see CappedPaginator.
MAX_NUMBERED_PAGES = 50


class CappedPaginator(Paginator):
    """Numbers at most MAX_NUMBERED_PAGES pages. Counting every match, or jumping to
    a deep page (an OFFSET reads every row it skips), costs seconds at a million
    claims; past the cap readers narrow the filters or reverse the order, and the
    API (cursor pages) and exports serve the whole set."""

    max_pages = MAX_NUMBERED_PAGES

    @cached_property
    def cap(self) -> int:
        return self.per_page * self.max_pages

    @cached_property
    def count(self) -> int:
        """The number of rows, counted no further than one past the cap."""
        return self.object_list.order_by().values("pk")[: self.cap + 1].count()

    @property
    def is_capped(self) -> bool:
        return self.count > self.cap

    @cached_property
    def num_pages(self) -> int:
        if self.count == 0 and not self.allow_empty_first_page:
            return 0
        return min(ceil(max(1, self.count - self.orphans) / self.per_page), self.max_pages)


class PageNoticeMixin:
    """Pagination that never 404s: page 0, a page past the end or a page that is not
    a number shows the nearest real page and says so."""

    paginate_by = PAGE_SIZE
    paginator_class = CappedPaginator
    page_notice = ""

    def paginate_queryset(self, queryset, page_size):
        paginator = self.get_paginator(queryset, page_size)
        raw = self.request.GET.get(self.page_kwarg, "").strip()
        number = 1
        if raw:
            try:
                number = int(raw)
            except ValueError:
                self.page_notice = f"“{raw[:20]}” is not a page number, so this is page 1."
            else:
                if number < 1:
                    number = 1
                    self.page_notice = "Pages start at 1, so this is page 1."
                elif number > paginator.num_pages and paginator.is_capped:
                    number = paginator.num_pages
                    self.page_notice = (
                        f"Only the first {number} pages are numbered, so this is page "
                        f"{number}. Narrow the filters, or reverse the order, to see more."
                    )
                elif number > paginator.num_pages:
                    number = paginator.num_pages
                    self.page_notice = (
                        f"There is no page {raw[:20]}; this is the last page, {number}."
                    )
        page = paginator.page(number)
        return paginator, page, page.object_list, page.has_other_pages()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["page_notice"] = self.page_notice
        return context
