"""What readers see: the corrections log, the correction notice, links to rating
definitions, topics, scorecards, publications, and the filter layout."""

import datetime
import re

import pytest

from claims.models import Claim, Speaker
from tests.factories import (
    ClaimFactory,
    CorrectionFactory,
    SourceFactory,
    SpeakerFactory,
    TopicFactory,
)

pytestmark = pytest.mark.django_db


def html(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status
    return response.content.decode()


def sourced_claim(source, **kwargs):
    kwargs.setdefault("speaker", SpeakerFactory())
    claim = ClaimFactory.build(
        text="crossings coming down by a third compared to last year", source=source, **kwargs
    )
    claim.full_clean()
    claim.save()
    return claim


# The corrections log


def test_corrections_page_lists_corrections_newest_first(client):
    older = CorrectionFactory(note="Older note.")
    newer = CorrectionFactory(note="Newer note.")

    body = html(client, "/corrections/")

    assert body.index("Newer note.") < body.index("Older note.")
    assert f'id="correction-{newer.pk}"' in body
    assert f'href="{newer.claim.get_absolute_url()}#correction-{newer.pk}"' in body
    assert f'href="{older.claim.get_absolute_url()}#correction-{older.pk}"' in body
    assert '<a href="/methodology/#rating-accurate">Accurate</a>' in body


def test_corrections_of_drafts_are_never_shown(client):
    draft = ClaimFactory(draft=True, statement="A withdrawn check")
    CorrectionFactory(claim=draft, note="Secret correction of a draft.")

    body = html(client, "/corrections/")

    assert "Secret correction of a draft." not in body
    assert "A withdrawn check" not in body
    assert "We have not corrected any published check." in body


def test_corrections_page_is_paginated_and_never_404s(client):
    for n in range(25):
        CorrectionFactory(note=f"Correction number {n}.")

    first = html(client, "/corrections/")
    last = html(client, "/corrections/?page=99")

    assert first.count('class="correction-note"') == 20
    assert "Page 1 of 2" in first
    assert last.count('class="correction-note"') == 5
    assert "There is no page 99; this is the last page, 2." in last


@pytest.mark.parametrize("n", [5, 50])
def test_corrections_page_runs_a_fixed_number_of_queries(client, django_assert_max_num_queries, n):
    for _ in range(n):
        CorrectionFactory()
    # The count and the page of corrections with their claims and speakers.
    with django_assert_max_num_queries(2):
        assert client.get("/corrections/").status_code == 200


def test_corrections_page_links_to_its_feed_and_the_policy(client):
    body = html(client, "/corrections/")

    assert 'href="/feeds/corrections/"' in body
    assert 'href="/corrections-policy/"' in body


# The claim page


def test_corrected_claim_shows_the_latest_correction_beside_the_verdict(client):
    claim = ClaimFactory()
    CorrectionFactory(claim=claim, note="First fix.")
    latest = CorrectionFactory(claim=claim, note="We had the wrong year.")

    body = html(client, claim.get_absolute_url())

    verdict = body[body.index('<section class="verdict"') : body.index("</section>")]
    assert "Corrected on" in verdict
    assert "We had the wrong year." in verdict
    assert f'href="#correction-{latest.pk}"' in verdict
    assert "(2 corrections in all)" in verdict
    assert f'<li id="correction-{latest.pk}">' in body


def test_uncorrected_claim_has_no_correction_notice(client):
    claim = ClaimFactory()

    assert "correction-notice" not in html(client, claim.get_absolute_url())


def test_claim_page_rating_scale_links_each_rating_to_its_definition(client):
    claim = ClaimFactory(rating=Claim.Rating.MIXED)

    body = html(client, claim.get_absolute_url())

    scale = body[body.index('class="scale"') :]
    for value in Claim.Rating.values:
        assert f'href="/methodology/#rating-{value.replace("_", "-")}"' in scale
    assert 'href="/methodology/#ratings"' in scale


@pytest.mark.parametrize(
    "url",
    [
        lambda claim: "/",
        lambda claim: "/claims/",
        lambda claim: claim.get_absolute_url(),
        lambda claim: claim.speaker.get_absolute_url(),
        lambda claim: claim.source.get_absolute_url(),
        lambda claim: claim.topics.first().get_absolute_url(),
    ],
    ids=["home", "list", "claim", "speaker", "source", "topic"],
)
def test_every_rating_badge_links_to_its_definition(client, url):
    claim = sourced_claim(SourceFactory(), speaker=SpeakerFactory(), rating="misleading")
    claim.topics.set([TopicFactory()])

    body = html(client, url(claim))

    badges = re.findall(r'<(\w+) class="badge badge-(\w+)[^"]*"([^>]*)>', body)
    assert badges
    for tag, value, attrs in badges:
        if value == "status":
            continue
        assert tag == "a"
        assert f'href="/methodology/#rating-{value.replace("_", "-")}"' in attrs


def test_status_badge_is_labelled_and_not_a_rating_link(client):
    claim = ClaimFactory(status=Claim.Status.IN_PROGRESS, rating="", verdict="")

    body = html(client, claim.get_absolute_url())

    assert (
        '<span class="badge badge-status badge-status-in_progress badge-large">'
        '<span class="visually-hidden">Status: </span>Being checked</span>'
    ) in body


# Topics


def test_topics_index_lists_public_topics_with_counts(client):
    migration = TopicFactory(name="Migration")
    ClaimFactory.create_batch(2, topics=[migration])
    TopicFactory(name="Only drafts")
    ClaimFactory(draft=True, topics=[TopicFactory(name="Only drafts")])

    body = html(client, "/topics/")

    assert f'href="{migration.get_absolute_url()}"' in body
    assert "2 claims" in body
    assert "Only drafts" not in body


@pytest.mark.parametrize("n", [5, 50])
def test_topics_index_runs_a_fixed_number_of_queries(client, django_assert_max_num_queries, n):
    for i in range(n):
        ClaimFactory(topics=[TopicFactory(name=f"Topic {i}")])
    with django_assert_max_num_queries(2):
        assert client.get("/topics/").status_code == 200


def test_navigation_has_topics_and_methodology_and_the_footer_the_standing_pages(client):
    body = html(client, "/")

    nav = body[body.index('<nav class="site-nav"') : body.index("</nav>")]
    assert 'href="/topics/"' in nav
    assert 'href="/methodology/"' in nav
    footer = body[body.index('<footer class="site-footer">') :]
    for path in ("/about/", "/methodology/", "/corrections-policy/", "/corrections/"):
        assert f'href="{path}"' in footer


def test_topic_page_marks_topics_as_the_current_section(client):
    topic = TopicFactory()
    ClaimFactory(topics=[topic])

    body = html(client, topic.get_absolute_url())

    assert '<a href="/topics/" aria-current="page">Topics</a>' in body


# Speakers, publications and their scorecards


def test_speakers_index_shows_each_scorecard_and_says_it_is_no_sample(client):
    speaker = SpeakerFactory(name="James Cleverly")
    ClaimFactory.create_batch(2, speaker=speaker, rating="accurate")
    ClaimFactory(speaker=speaker, rating="misleading")
    ClaimFactory(speaker=speaker, rating="inaccurate", draft=True)

    body = html(client, "/speakers/")

    scorecard = body[body.index('class="mini-scorecard"') :]
    scorecard = scorecard[: scorecard.index("</ul>")]
    assert "Accurate <strong>2</strong>" in scorecard
    assert "Misleading <strong>1</strong>" in scorecard
    assert "Inaccurate" not in scorecard
    assert "not a representative sample of what anyone says" in body


def test_publication_has_no_scorecard_anywhere(client):
    wikipedia = SpeakerFactory(name="Wikipedia", kind=Speaker.Kind.PUBLICATION, role="")
    claim = ClaimFactory(speaker=wikipedia, rating="accurate")

    index = html(client, "/speakers/")
    page = html(client, wikipedia.get_absolute_url())

    assert 'mini-scorecard"' not in index
    assert "A publication’s own text: no scorecard." in index
    assert '<table class="scorecard">' not in page
    assert "not anyone’s claim" in page
    assert claim.get_absolute_url() in page


def test_publication_text_is_labelled_as_its_own_text_on_claim_pages(client):
    wikipedia = SpeakerFactory(name="Wikipedia", kind=Speaker.Kind.PUBLICATION, role="Editor")
    claim = ClaimFactory(speaker=wikipedia)

    page = html(client, claim.get_absolute_url())
    card = html(client, "/claims/")

    assert 'From the text of <a class="speaker-name"' in page
    assert "<dt>From the text of</dt>" in page
    assert "Said by" not in page
    assert 'From the text of <span class="speaker-name">Wikipedia</span>' in card


def test_person_is_still_shown_as_the_speaker(client):
    claim = ClaimFactory(speaker=SpeakerFactory(name="James Cleverly"))

    assert "<dt>Said by</dt>" in html(client, claim.get_absolute_url())


def test_speaker_page_links_to_its_claims_in_the_filtered_list(client):
    speaker = SpeakerFactory(name="James Cleverly")
    ClaimFactory(speaker=speaker)

    body = html(client, speaker.get_absolute_url())

    assert f'href="/claims/?speaker={speaker.slug}"' in body
    assert "not a representative sample" in body


def test_source_page_links_to_its_claims_and_shows_each_highlight_rating(client):
    source = SourceFactory()
    claim = sourced_claim(source, rating=Claim.Rating.MOSTLY_ACCURATE)

    body = html(client, source.get_absolute_url())

    assert f'href="/claims/?source={source.slug}"' in body
    assert (
        '<span class="mark-rating mark-rating-mostly_accurate">Mostly accurate</span>'
        f'<mark class="" id="quote-{claim.slug}">'
    ) in body


def test_source_highlight_of_an_unrated_claim_shows_its_status(client):
    source = SourceFactory()
    sourced_claim(source, status=Claim.Status.IN_PROGRESS, rating="", verdict="")

    body = html(client, source.get_absolute_url())

    assert '<span class="mark-rating mark-rating-none">Being checked</span>' in body


# The claim list on a phone


def test_filtered_list_puts_results_before_the_filter_form(client):
    ClaimFactory(rating="misleading", said_on=datetime.date(2023, 1, 1))

    filtered = html(client, "/claims/?rating=misleading")
    plain = html(client, "/claims/")

    assert filtered.index('class="results"') < filtered.index('id="filters"')
    assert 'href="#filters">Change the filters</a>' in filtered
    assert plain.index('id="filters"') < plain.index('class="results"')


def test_bad_filters_still_show_the_form_and_the_message(client):
    body = html(client, "/claims/?rating=bogus", status=400)

    assert "Some filters could not be used" in body
    assert 'id="filters"' in body
    assert body.count("<h1") == 1
