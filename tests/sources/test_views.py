from html.parser import HTMLParser
from types import SimpleNamespace

import pytest
from django.urls import reverse

from sources.views import highlight_segments
from tests.factories import ClaimFactory, SourceFactory, SpeakerFactory

pytestmark = pytest.mark.django_db

BODY = (
    "Home Secretary James Cleverly said:\n\n"
    "Our work has led to crossings coming down by a third compared to last year.\n\n"
    "Rwanda is hosting over 135,000\u00a0asylum seekers who have found sanctuary there."
)


class TagBalance(HTMLParser):
    """Collects open/close tag mismatches: overlapping spans must not break nesting."""

    VOID = {"meta", "link", "img", "input", "br", "hr"}

    def __init__(self):
        super().__init__()
        self.stack, self.errors = [], []

    def handle_starttag(self, tag, attrs):
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes <{self.stack[-1] if self.stack else None}>")
        else:
            self.stack.pop()


def placed_claim(source, quote, **kwargs):
    claim = ClaimFactory.build(text=quote, source=source, speaker=SpeakerFactory(), **kwargs)
    claim.full_clean()
    claim.save()
    return claim


def fake_claim(pk, start, end):
    return SimpleNamespace(
        pk=pk,
        slug=f"c{pk}",
        quote_start=start,
        quote_end=end,
        get_absolute_url=lambda: f"/claims/c{pk}/",
    )


def test_source_page_marks_each_published_quote_and_links_it_to_its_claim(client):
    source = SourceFactory(body=BODY)
    claim = placed_claim(source, "crossings coming down by a third compared to last year")

    response = client.get(source.get_absolute_url())

    body = response.content.decode()
    assert response.status_code == 200
    assert (
        f'<mark class="" id="quote-{claim.slug}"><a href="{claim.get_absolute_url()}">'
        "crossings coming down by a third compared to last year</a></mark>"
    ) in body
    assert "Home Secretary James Cleverly said:\n\nOur work has led to " in body  # breaks kept


def test_source_page_does_not_mark_draft_claims(client):
    source = SourceFactory(body=BODY)
    placed_claim(source, "crossings coming down by a third compared to last year")
    draft = placed_claim(source, "hosting over 135,000 asylum seekers", published_at=None)

    body = client.get(source.get_absolute_url()).content.decode()

    assert draft.get_absolute_url() not in body
    assert body.count("<mark") == 2  # the legend and the one published quote


def test_source_page_escapes_the_body(client):
    source = SourceFactory(body='He said <script>alert(1)</script> and "><b>bold</b>.')
    ClaimFactory(source=source)

    body = client.get(source.get_absolute_url()).content.decode()

    assert "<script>alert(1)</script>" not in body
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body
    assert "&quot;&gt;&lt;b&gt;bold&lt;/b&gt;" in body


def test_overlapping_quotes_keep_the_html_well_formed_and_both_claims_reachable(client):
    source = SourceFactory(body=BODY)
    outer = placed_claim(source, "Our work has led to crossings coming down by a third")
    inner = placed_claim(source, "crossings coming down by a third compared to last year")

    body = client.get(source.get_absolute_url()).content.decode()

    parser = TagBalance()
    parser.feed(body)
    assert parser.errors == []
    assert "<a <a" not in body and "<mark><mark" not in body
    assert f'id="quote-{outer.slug}"' in body
    assert f'id="quote-{inner.slug}"' in body
    assert body.count(f'href="{inner.get_absolute_url()}"') >= 2  # text and claims list
    assert 'class="overlap"' in body


def test_segments_link_overlaps_to_the_shortest_quote_covering_them():
    body = "0123456789"
    outer, inner = fake_claim(1, 0, 10), fake_claim(2, 3, 6)

    segments = highlight_segments(body, [outer, inner])

    assert [(s["text"], s["claim"] and s["claim"].pk, s["anchor"]) for s in segments] == [
        ("012", 1, "quote-c1"),
        ("345", 2, "quote-c2"),
        ("6789", 1, ""),
    ]
    assert "".join(s["text"] for s in segments) == body


def test_segments_for_partly_overlapping_quotes_cover_the_text_once():
    body = "abcdefghij"
    segments = highlight_segments(body, [fake_claim(1, 1, 6), fake_claim(2, 4, 9)])

    assert "".join(s["text"] for s in segments) == body
    assert [(s["text"], s["claim"] and s["claim"].pk, s["overlap"]) for s in segments] == [
        ("a", None, False),
        ("bcd", 1, False),
        ("ef", 1, True),
        ("ghi", 2, False),
        ("j", None, False),
    ]


def test_segments_ignore_spans_outside_the_text():
    segments = highlight_segments("short", [fake_claim(1, 2, 99), fake_claim(2, None, None)])

    assert segments == [{"text": "short", "claim": None, "url": "", "overlap": False, "anchor": ""}]


def test_source_with_only_draft_claims_has_no_public_page(client):
    source = SourceFactory(body=BODY)
    placed_claim(source, "hosting over 135,000 asylum seekers", published_at=None)

    assert client.get(source.get_absolute_url()).status_code == 404
    assert source.title not in client.get(reverse("sources:list")).content.decode()


def test_unknown_source_is_a_404(client):
    assert client.get(reverse("sources:detail", kwargs={"slug": "nothing"})).status_code == 404


def test_source_list_shows_sources_with_published_claims_and_their_counts(client):
    source = SourceFactory(title="Treaty signed to strengthen UK-Rwanda Migration Partnership")
    ClaimFactory.create_batch(2, source=source)
    ClaimFactory(source=source, draft=True)

    body = client.get(reverse("sources:list")).content.decode()

    assert source.title in body
    assert "2 claims" in body


@pytest.mark.parametrize("n", [5, 50])
def test_source_list_runs_a_fixed_number_of_queries(client, django_assert_max_num_queries, n):
    for _ in range(n):
        ClaimFactory(source=SourceFactory())
    with django_assert_max_num_queries(2):
        assert client.get(reverse("sources:list")).status_code == 200


@pytest.mark.parametrize("n", [5, 50])
def test_source_page_runs_a_fixed_number_of_queries(client, django_assert_max_num_queries, n):
    sentence = "The figure rose. "
    source = SourceFactory(body=sentence * n)
    for i in range(n):
        start = i * len(sentence)
        ClaimFactory(source=source, quote_start=start, quote_end=start + len(sentence) - 1)
    # The source, its archived copies, its claims.
    with django_assert_max_num_queries(3):
        response = client.get(source.get_absolute_url())
    assert response.content.decode().count('<mark class=""') == n
