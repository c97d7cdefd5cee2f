import datetime
import re

import pytest
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from claims.models import Claim, Evidence
from claims.views import quote_in_context
from tests.factories import (
    ClaimFactory,
    CorrectionFactory,
    EvidenceFactory,
    SourceFactory,
    SpeakerFactory,
    TopicFactory,
)

pytestmark = pytest.mark.django_db

LIST_URL = reverse("claims:list")


def texts_on(response) -> str:
    return response.content.decode()


def sourced_claim(**kwargs):
    """A published claim whose quote is placed in a seed-like source text."""
    claim = ClaimFactory.build(
        text="crossings coming down by a third compared to last year",
        source=kwargs.pop("source", None) or SourceFactory(),
        speaker=kwargs.pop("speaker", None) or SpeakerFactory(name="James Cleverly"),
        **kwargs,
    )
    claim.full_clean()
    claim.save()
    return claim


def make_claims(n, **kwargs):
    topic = TopicFactory(name="Migration")
    return [ClaimFactory(topics=[topic], **kwargs) for _ in range(n)]


# Home


def test_home_shows_latest_checked_claims_and_counts_per_rating(client):
    ClaimFactory(text="Boats are down.", rating=Claim.Rating.ACCURATE)
    ClaimFactory(text="Costs are flat.", rating=Claim.Rating.MISLEADING)
    ClaimFactory(text="Still being looked at.", unverified=True)

    response = client.get(reverse("claims:home"))

    body = texts_on(response)
    assert response.status_code == 200
    assert "Boats are down." in body
    assert "Costs are flat." in body
    assert "Still being looked at." not in body  # not checked: not a "latest check"
    scorecard = response.context["scorecard"]
    counts = {row["value"]: row["count"] for row in scorecard["rows"]}
    assert counts["accurate"] == 1
    assert counts["misleading"] == 1
    assert counts[""] == 1
    assert scorecard["total"] == 3


def test_home_leaves_drafts_out_of_latest_checks_and_counts(client):
    ClaimFactory(text="A secret draft.", draft=True, rating=Claim.Rating.INACCURATE)

    response = client.get(reverse("claims:home"))

    assert "A secret draft." not in texts_on(response)
    counts = {row["value"]: row["count"] for row in response.context["scorecard"]["rows"]}
    assert counts["inaccurate"] == 0
    assert response.context["scorecard"]["total"] == 0
    assert "No checks have been published yet." in texts_on(response)


def test_home_links_onward_to_topics_with_published_claims_only(client):
    ClaimFactory(topics=[TopicFactory(name="Asylum")])
    ClaimFactory(draft=True, topics=[TopicFactory(name="Secret topic")])

    body = texts_on(client.get(reverse("claims:home")))

    assert reverse("claims:topic", kwargs={"slug": "asylum"}) in body
    assert "Secret topic" not in body
    assert reverse("claims:list") in body
    assert reverse("claims:speaker-list") in body
    assert reverse("sources:list") in body


@pytest.mark.parametrize("n", [5, 50])
def test_home_runs_a_fixed_number_of_queries(client, django_assert_max_num_queries, n):
    make_claims(n)
    with django_assert_max_num_queries(4):
        assert client.get(reverse("claims:home")).status_code == 200


# Claim list


def test_claim_list_shows_published_claims_and_hides_drafts(client):
    ClaimFactory(text="Public words.")
    ClaimFactory(text="Draft words.", draft=True)

    body = texts_on(client.get(LIST_URL))

    assert "Public words." in body
    assert "Draft words." not in body


def test_claim_list_without_claims_says_none_are_published(client):
    response = client.get(LIST_URL)

    assert response.status_code == 200
    assert "No claims have been published yet." in texts_on(response)


@pytest.mark.parametrize(
    "field, value",
    [
        ("text", "Crossings are DOWN by a third"),
        ("statement", "Crossings are down by a THIRD"),
        ("verdict", "The STATISTICS disagree"),
    ],
)
def test_search_finds_words_in_text_statement_and_verdict_case_insensitively(client, field, value):
    ClaimFactory(**{field: value})
    ClaimFactory(text="Unrelated.", statement="Unrelated.", verdict="Unrelated.")

    word = value.split()[-1].lower()
    response = client.get(LIST_URL, {"q": word})

    assert [c.pk for c in response.context["claims"]] == [Claim.objects.get(**{field: value}).pk]


def test_search_finds_claims_by_speaker_name(client):
    claim = ClaimFactory(speaker=SpeakerFactory(name="James Cleverly"))
    ClaimFactory(speaker=SpeakerFactory(name="Someone Else"))

    response = client.get(LIST_URL, {"q": "cleverly"})

    assert [c.pk for c in response.context["claims"]] == [claim.pk]


def test_search_never_finds_drafts(client):
    ClaimFactory(text="Hidden asylum figure.", draft=True)

    response = client.get(LIST_URL, {"q": "asylum"})

    assert list(response.context["claims"]) == []
    assert "Hidden asylum figure." not in texts_on(response)


def test_list_filters_by_speaker_topic_and_source_slugs(client):
    speaker = SpeakerFactory(name="James Cleverly")
    topic = TopicFactory(name="Asylum")
    source = SourceFactory()
    wanted = sourced_claim(speaker=speaker, source=source)
    wanted.topics.set([topic])
    ClaimFactory(topics=[TopicFactory(name="Other")])

    for params in (
        {"speaker": speaker.slug},
        {"topic": topic.slug},
        {"source": source.slug},
        {"speaker": speaker.slug, "topic": topic.slug, "source": source.slug},
    ):
        response = client.get(LIST_URL, params)
        assert [c.pk for c in response.context["claims"]] == [wanted.pk], params


def test_list_filters_by_status_and_rating(client):
    accurate = ClaimFactory(rating=Claim.Rating.ACCURATE)
    unverified = ClaimFactory(unverified=True)
    ClaimFactory(rating=Claim.Rating.MIXED)

    by_rating = client.get(LIST_URL, {"rating": "accurate"}).context["claims"]
    by_status = client.get(LIST_URL, {"status": "unverified"}).context["claims"]

    assert [c.pk for c in by_rating] == [accurate.pk]
    assert [c.pk for c in by_status] == [unverified.pk]


def test_list_filters_by_date_range_inclusive(client):
    early = ClaimFactory(said_on=datetime.date(2023, 1, 1))
    middle = ClaimFactory(said_on=datetime.date(2023, 6, 1))
    late = ClaimFactory(said_on=datetime.date(2023, 12, 5))

    after = client.get(LIST_URL, {"said_after": "2023-06-01"}).context["claims"]
    before = client.get(LIST_URL, {"said_before": "2023-06-01"}).context["claims"]
    between = client.get(
        LIST_URL, {"said_after": "2023-02-01", "said_before": "2023-12-01"}
    ).context["claims"]

    assert {c.pk for c in after} == {middle.pk, late.pk}
    assert {c.pk for c in before} == {early.pk, middle.pk}
    assert [c.pk for c in between] == [middle.pk]


def test_list_is_newest_first_by_default_and_can_be_reordered(client):
    old = ClaimFactory(said_on=datetime.date(2020, 1, 1))
    new = ClaimFactory(said_on=datetime.date(2023, 1, 1))
    undated = ClaimFactory(said_on=None)

    default = [c.pk for c in client.get(LIST_URL).context["claims"]]
    oldest = [c.pk for c in client.get(LIST_URL, {"ordering": "said_on"}).context["claims"]]

    assert default == [new.pk, old.pk, undated.pk]
    assert oldest == [old.pk, new.pk, undated.pk]


def test_list_orders_by_last_update(client):
    first = ClaimFactory()
    second = ClaimFactory()
    Claim.objects.filter(pk=first.pk).update(updated_at=timezone.now() + datetime.timedelta(1))

    recent = [c.pk for c in client.get(LIST_URL, {"ordering": "-updated"}).context["claims"]]

    assert recent == [first.pk, second.pk]


def test_filter_form_offers_only_public_speakers_topics_and_sources(client):
    ClaimFactory(speaker=SpeakerFactory(name="Public Person"))
    ClaimFactory(draft=True, speaker=SpeakerFactory(name="Draft-only Person"))

    body = texts_on(client.get(LIST_URL))

    assert "Public Person" in body
    assert "Draft-only Person" not in body


def test_filter_form_controls_all_have_labels(client):
    body = texts_on(client.get(LIST_URL))

    ids = re.findall(r'<(?:input|select)[^>]*\bid="([^"]+)"', body)
    assert len(ids) == 10  # with "Updated since"
    for control_id in ids:
        assert f'<label for="{control_id}"' in body


def test_empty_filtered_result_says_so_and_offers_to_clear_filters(client):
    ClaimFactory(rating=Claim.Rating.ACCURATE)

    response = client.get(LIST_URL, {"rating": "inaccurate"})

    body = texts_on(response)
    assert response.status_code == 200
    assert "No published claim matches these filters." in body
    assert f'<a href="{LIST_URL}">Clear the filters</a>' in body


def test_pagination_links_keep_the_filters(client):
    topic = TopicFactory(name="Asylum")
    for _ in range(45):
        ClaimFactory(topics=[topic], rating=Claim.Rating.MIXED)

    response = client.get(LIST_URL, {"rating": "mixed", "topic": "asylum", "page": "2"})

    body = texts_on(response)
    assert response.context["page_obj"].number == 2
    assert "Page 2 of 3" in body
    links = re.findall(r'<a rel="(prev|next)" href="([^"]+)"', body)
    assert {rel for rel, _ in links} == {"prev", "next"}
    for _, href in links:
        assert "rating=mixed" in href
        assert "topic=asylum" in href


@pytest.mark.parametrize(
    "params, message",
    [
        ({"rating": "brilliant"}, "brilliant is not one of the available choices"),
        ({"status": "done"}, "done is not one of the available choices"),
        ({"said_after": "2023-13-45"}, "Enter a valid date."),
        ({"said_before": "yesterday"}, "Enter a valid date."),
        ({"ordering": "password"}, "password is not one of the available choices"),
        ({"speaker": "<script>"}, "Enter a valid “slug”"),
        ({"q": "x" * 5000}, "Ensure this value has at most 200 characters"),
    ],
)
def test_bad_filter_input_gets_a_clear_message_and_an_empty_list(client, params, message):
    ClaimFactory()

    response = client.get(LIST_URL, params)

    assert response.status_code == 400
    body = texts_on(response)
    assert "Some filters could not be used" in body
    assert message in body
    assert list(response.context["claims"]) == []


@pytest.mark.parametrize(
    "page, shown, message",
    [
        ("0", 1, "Pages start at 1, so this is page 1."),
        ("-3", 1, "Pages start at 1, so this is page 1."),
        ("99999", 2, "There is no page 99999; this is the last page, 2."),
        ("abc", 1, "“abc” is not a page number, so this is page 1."),
        ("9" * 400, 2, "this is the last page, 2."),
    ],
)
def test_impossible_pages_show_the_nearest_page_with_a_note(client, page, shown, message):
    make_claims(25)

    response = client.get(LIST_URL, {"page": page})

    assert response.status_code == 200
    assert response.context["page_obj"].number == shown
    assert message in texts_on(response)


def test_page_past_the_end_of_an_empty_list_is_not_an_error(client):
    response = client.get(LIST_URL, {"page": "7"})

    assert response.status_code == 200


@pytest.mark.parametrize("n", [5, 50])
def test_claim_list_runs_a_fixed_number_of_queries(client, django_assert_max_num_queries, n):
    make_claims(n)
    # Three for the counts beside rating and status: the data version, a GROUP BY each.
    with django_assert_max_num_queries(9):
        assert client.get(LIST_URL).status_code == 200


@pytest.mark.parametrize("n", [5, 50])
def test_filtered_claim_list_runs_a_fixed_number_of_queries(
    client, django_assert_max_num_queries, n
):
    make_claims(n)
    # One more than the plain list: `q` counts (capped) to choose its search plan, and
    # the option counts' filtered set counts again (on PostgreSQL within the time
    # limit's savepoint and settings).
    time_limit = 4 if connection.vendor == "postgresql" else 0
    with django_assert_max_num_queries(11 + time_limit):
        response = client.get(LIST_URL, {"topic": "migration", "q": "crossings", "page": "2"})
    assert response.status_code == 200


# Claim page


def test_claim_page_shows_the_check_in_full(client):
    claim = sourced_claim(
        statement="Small-boat crossings fell by a third in 2023.",
        verdict="Home Office figures show a fall of 36%.\n\nThe comparison is fair.",
    )
    claim.topics.set([TopicFactory(name="Migration")])
    EvidenceFactory(
        claim=claim,
        title="Irregular migration statistics",
        publisher="Home Office",
        stance=Evidence.Stance.SUPPORTS,
        archived_url="https://web.archive.org/web/2023/https://www.gov.uk/stats",
    )
    EvidenceFactory(claim=claim, title="A rival count", stance=Evidence.Stance.CONTRADICTS)

    response = client.get(claim.get_absolute_url())

    body = texts_on(response)
    assert response.status_code == 200
    assert body.count("<h1") == 1
    assert "<blockquote" in body and claim.text in body
    assert f'<a class="speaker-name" href="{claim.speaker.get_absolute_url()}">' in body
    assert "Home Secretary" in body
    assert '<time datetime="2023-12-05">5 December 2023</time>' in body
    assert claim.source.get_absolute_url() in body
    assert "Mostly accurate" in body
    assert "<p>Home Office figures show a fall of 36%.</p>" in body
    assert "Irregular migration statistics" in body
    assert "https://web.archive.org/web/2023/https://www.gov.uk/stats" in body
    assert body.index(">Supports ") < body.index(">Contradicts ")
    assert "This check has not been corrected." in body
    assert "Last updated" in body
    assert f'http://testserver{claim.get_absolute_url()}">' in body  # permalink


def test_claim_page_shows_the_quote_in_its_source_context(client):
    claim = sourced_claim()

    body = texts_on(client.get(claim.get_absolute_url()))

    assert "Home Secretary James Cleverly said:" in body
    assert f"Our work has led to <mark>{claim.text}</mark>." in body
    assert "Rwanda is hosting over 135,000" in body


def test_claim_page_lists_corrections_with_old_and_new_rating(client):
    claim = ClaimFactory()
    CorrectionFactory(claim=claim, note="We had the wrong year.")

    body = texts_on(client.get(claim.get_absolute_url()))

    assert "We had the wrong year." in body
    assert (
        'from <strong><a href="/methodology/#rating-accurate">Accurate</a></strong> to '
        '<strong><a href="/methodology/#rating-mostly-accurate">Mostly accurate</a></strong>'
    ) in body


def test_claim_page_has_canonical_url_description_and_open_graph_tags(client):
    claim = ClaimFactory()

    body = texts_on(client.get(claim.get_absolute_url()))

    url = f"http://testserver{claim.get_absolute_url()}"
    assert f'<link rel="canonical" href="{url}">' in body
    assert '<meta name="description" content="Mostly accurate.' in body
    assert f'<meta property="og:url" content="{url}">' in body
    assert '<meta property="og:title" content="Mostly accurate: ' in body
    assert '<meta property="og:type" content="article">' in body


def test_unchecked_claim_shows_its_status_and_no_rating(client):
    claim = ClaimFactory(unverified=True)

    body = texts_on(client.get(claim.get_absolute_url()))

    assert "Not yet checked" in body
    assert "Where the check stands" in body
    assert "badge-status" in body


def test_draft_claim_page_is_a_404(client):
    draft = ClaimFactory(draft=True)

    assert client.get(draft.get_absolute_url()).status_code == 404


def test_unknown_claim_is_a_404_page_with_a_way_on(client):
    response = client.get(reverse("claims:detail", kwargs={"slug": "no-such-claim"}))

    assert response.status_code == 404
    assert "Page not found" in texts_on(response)


@pytest.mark.parametrize("n", [5, 50])
def test_claim_page_runs_a_fixed_number_of_queries(client, django_assert_max_num_queries, n):
    claim = sourced_claim()
    claim.topics.set([TopicFactory(name=f"Topic {i}") for i in range(n)])
    for _ in range(n):
        EvidenceFactory(claim=claim)
        CorrectionFactory(claim=claim)
    with django_assert_max_num_queries(4):
        assert client.get(claim.get_absolute_url()).status_code == 200


def test_quote_context_takes_the_sentence_before_and_after():
    body = "One. Two says: three four five. Six seven. Eight."
    start = body.index("three")

    context = quote_in_context(body, start, start + len("three four"))

    assert context == {
        "before": "One. Two says: ",
        "quote": "three four",
        "after": " five. Six seven.…",
    }


def test_quote_context_is_capped_for_very_long_sentences():
    body = "word " * 1000 + "QUOTE" + " word" * 1000
    start = body.index("QUOTE")

    context = quote_in_context(body, start, start + 5)

    assert context["quote"] == "QUOTE"
    assert len(context["before"]) <= 402
    assert len(context["after"]) <= 402


@pytest.mark.parametrize("span", [(None, None), (5, 3), (0, 10_000)])
def test_quote_context_is_none_for_a_missing_or_impossible_span(span):
    assert quote_in_context("Short text.", *span) is None


# Speakers


def test_speaker_list_shows_speakers_with_published_claims_and_their_counts(client):
    speaker = SpeakerFactory(name="James Cleverly")
    ClaimFactory.create_batch(2, speaker=speaker)
    ClaimFactory(speaker=speaker, draft=True)
    ClaimFactory(draft=True, speaker=SpeakerFactory(name="Only Drafts"))

    response = client.get(reverse("claims:speaker-list"))

    body = texts_on(response)
    assert "James Cleverly" in body
    assert "2 claims" in body
    assert "Only Drafts" not in body


@pytest.mark.parametrize("n", [5, 50])
def test_speaker_list_runs_a_fixed_number_of_queries(client, django_assert_max_num_queries, n):
    for _ in range(n):
        ClaimFactory()
    # The page of speakers, the count, and their scorecards in one query.
    with django_assert_max_num_queries(3):
        assert client.get(reverse("claims:speaker-list")).status_code == 200


def test_speaker_page_shows_scorecard_of_published_claims_only(client):
    speaker = SpeakerFactory(name="James Cleverly", wikidata_id="Q5930034")
    ClaimFactory.create_batch(3, speaker=speaker, rating=Claim.Rating.ACCURATE)
    ClaimFactory(speaker=speaker, rating=Claim.Rating.INACCURATE)
    ClaimFactory(speaker=speaker, rating=Claim.Rating.INACCURATE, draft=True)
    ClaimFactory(rating=Claim.Rating.INACCURATE)  # someone else's

    response = client.get(speaker.get_absolute_url())

    body = texts_on(response)
    counts = {row["value"]: row["count"] for row in response.context["scorecard"]["rows"]}
    assert counts["accurate"] == 3
    assert counts["inaccurate"] == 1
    assert response.context["scorecard"]["total"] == 4
    assert len(response.context["claims"]) == 4
    assert body.count("<h1") == 1
    assert "https://www.wikidata.org/wiki/Q5930034" in body
    # Drawn as inline SVG (no script), with the count as text beside each bar.
    assert '<rect class="bar-fill bar-accurate" width="100"' in body
    assert '<rect class="bar-fill bar-inaccurate" width="33"' in body
    assert '<td class="num">3</td>' in body


def test_speaker_page_scorecard_links_to_the_filtered_list(client):
    speaker = SpeakerFactory(name="James Cleverly")
    ClaimFactory(speaker=speaker, rating=Claim.Rating.MIXED)

    body = texts_on(client.get(speaker.get_absolute_url()))

    assert f'href="{LIST_URL}?speaker=james-cleverly&amp;rating=mixed"' in body


def test_speaker_with_only_drafts_has_no_public_page(client):
    speaker = SpeakerFactory()
    ClaimFactory(speaker=speaker, draft=True)

    assert client.get(speaker.get_absolute_url()).status_code == 404


def test_unknown_speaker_is_a_404(client):
    url = reverse("claims:speaker", kwargs={"slug": "nobody"})

    assert client.get(url).status_code == 404


@pytest.mark.parametrize("n", [5, 50])
def test_speaker_page_runs_a_fixed_number_of_queries(client, django_assert_max_num_queries, n):
    speaker = SpeakerFactory()
    make_claims(n, speaker=speaker)
    with django_assert_max_num_queries(5):
        assert client.get(speaker.get_absolute_url()).status_code == 200


# Topics


def test_topic_page_lists_its_published_claims(client):
    topic = TopicFactory(name="Asylum", description="Claims about asylum seekers.")
    ClaimFactory(text="On topic.", topics=[topic])
    ClaimFactory(text="Draft on topic.", topics=[topic], draft=True)
    ClaimFactory(text="Off topic.")

    response = client.get(topic.get_absolute_url())

    body = texts_on(response)
    assert response.status_code == 200
    assert "On topic." in body
    assert "Draft on topic." not in body
    assert "Off topic." not in body
    assert "1 published claim " in body
    assert "Claims about asylum seekers." in body


def test_topic_with_only_drafts_or_unknown_is_a_404(client):
    topic = TopicFactory(name="Secret")
    ClaimFactory(topics=[topic], draft=True)

    assert client.get(topic.get_absolute_url()).status_code == 404
    assert client.get(reverse("claims:topic", kwargs={"slug": "nothing"})).status_code == 404


@pytest.mark.parametrize("n", [5, 50])
def test_topic_page_runs_a_fixed_number_of_queries(client, django_assert_max_num_queries, n):
    make_claims(n)
    with django_assert_max_num_queries(4):
        assert client.get(reverse("claims:topic", kwargs={"slug": "migration"})).status_code == 200


# Every page


@pytest.mark.parametrize(
    "url",
    [
        "/",
        "/claims/",
        "/speakers/",
        "/sources/",
        "/claims/{claim}/",
        "/speakers/{speaker}/",
        "/sources/{source}/",
        "/topics/{topic}/",
    ],
)
def test_every_page_has_one_h1_a_title_a_description_a_canonical_url_and_a_skip_link(client, url):
    claim = sourced_claim()
    topic = TopicFactory(name="Migration")
    claim.topics.set([topic])
    url = url.format(
        claim=claim.slug, speaker=claim.speaker.slug, source=claim.source.slug, topic=topic.slug
    )

    body = texts_on(client.get(url))

    assert '<html lang="en">' in body
    assert body.count("<h1") == 1
    assert re.search(r"<title>[^<]+ · Open Claims Desk</title>", body)
    assert re.search(r'<meta name="description" content="[^"]{20,}">', body)
    assert '<link rel="canonical" href="http://testserver/' in body
    assert '<a class="skip-link" href="#main">' in body
    assert " style=" not in body and "<style" not in body
    assert "<script" not in body.replace('<script type="application/ld+json">', "")


def test_robots_txt_points_at_the_absolute_sitemap_url(client):
    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()
    assert "Disallow: /admin/" in response.content.decode()


def test_filter_selects_start_with_a_readable_any_choice(client):
    body = texts_on(client.get(LIST_URL))

    assert '<option value="" selected>Any rating</option>' in body
    assert '<option value="" selected>Any status</option>' in body
    assert "---------" not in body


@pytest.mark.parametrize(
    "params, is_open",
    [({}, False), ({"q": "boats"}, False), ({"rating": "mixed"}, True), ({"status": "x"}, True)],
)
def test_more_filters_are_folded_away_until_one_is_used(client, params, is_open):
    body = texts_on(client.get(LIST_URL, params))

    assert ('<details class="more-filters" open>' in body) is is_open
