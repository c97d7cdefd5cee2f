import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from claims.models import Claim, Correction, Evidence, Speaker, Topic
from tests.factories import (
    ClaimFactory,
    CorrectionFactory,
    EvidenceFactory,
    SourceFactory,
    SpeakerFactory,
    TopicFactory,
)

pytestmark = pytest.mark.django_db

BODY = (
    "Home Secretary James Cleverly said:\n\n"
    "Our work has led to crossings coming down by a\u00a0third compared to last year.\n\n"
    "Rwanda’s capacity is real. Stop the boats. We will stop the boats."
)
THIRD = "crossings coming down by a third compared to last year"


def unsaved_claim(**fields):
    """A valid claim ready for full_clean(), with the speaker saved."""
    fields.setdefault("speaker", SpeakerFactory())
    return ClaimFactory.build(**fields)


def errors_of(instance):
    with pytest.raises(ValidationError) as excinfo:
        instance.full_clean()
    return excinfo.value.message_dict


def assert_refused_by_database(queryset, **changes):
    with pytest.raises(IntegrityError), transaction.atomic():
        queryset.update(**changes)


# Database constraints: the rules hold even when validation is bypassed.


def test_database_refuses_a_checked_claim_without_rating():
    claim = ClaimFactory(status=Claim.Status.CHECKED, rating=Claim.Rating.ACCURATE)

    assert_refused_by_database(Claim.objects.filter(pk=claim.pk), rating="")

    claim.refresh_from_db()
    assert claim.rating == Claim.Rating.ACCURATE


def test_database_refuses_to_save_a_new_checked_claim_without_rating():
    with pytest.raises(IntegrityError), transaction.atomic():
        ClaimFactory(status=Claim.Status.CHECKED, rating="")

    assert not Claim.objects.exists()


@pytest.mark.parametrize("status", [Claim.Status.UNVERIFIED, Claim.Status.IN_PROGRESS])
def test_database_refuses_a_rating_on_a_claim_that_is_not_checked(status):
    claim = ClaimFactory(status=status, rating="")

    assert_refused_by_database(Claim.objects.filter(pk=claim.pk), rating=Claim.Rating.MIXED)


def test_database_refuses_setting_an_unchecked_status_while_a_rating_remains():
    claim = ClaimFactory(status=Claim.Status.CHECKED, rating=Claim.Rating.MIXED)

    assert_refused_by_database(Claim.objects.filter(pk=claim.pk), status=Claim.Status.IN_PROGRESS)


def test_database_refuses_an_unknown_status():
    claim = ClaimFactory(unverified=True)

    assert_refused_by_database(Claim.objects.filter(pk=claim.pk), status="debunked")


def test_database_refuses_an_unknown_rating():
    claim = ClaimFactory(status=Claim.Status.CHECKED, rating=Claim.Rating.MIXED)

    assert_refused_by_database(Claim.objects.filter(pk=claim.pk), rating="pants_on_fire")


@pytest.mark.parametrize(("start", "end"), [(10, 10), (20, 10)])
def test_database_refuses_a_quote_span_that_ends_at_or_before_its_start(start, end):
    claim = ClaimFactory(source=SourceFactory())

    assert_refused_by_database(Claim.objects.filter(pk=claim.pk), quote_start=start, quote_end=end)


def test_database_refuses_a_negative_quote_start():
    claim = ClaimFactory(source=SourceFactory())

    assert_refused_by_database(Claim.objects.filter(pk=claim.pk), quote_start=-1, quote_end=5)


def test_database_refuses_a_quote_span_without_source():
    claim = ClaimFactory(source=None)

    assert_refused_by_database(Claim.objects.filter(pk=claim.pk), quote_start=0, quote_end=5)


def test_database_accepts_a_well_formed_quote_span_with_its_source():
    claim = ClaimFactory(source=SourceFactory())

    Claim.objects.filter(pk=claim.pk).update(quote_start=0, quote_end=5)

    claim.refresh_from_db()
    assert (claim.quote_start, claim.quote_end) == (0, 5)


def test_database_refuses_a_duplicate_claim_slug():
    first, second = ClaimFactory.create_batch(2)

    assert_refused_by_database(Claim.objects.filter(pk=second.pk), slug=first.slug)


@pytest.mark.parametrize(
    "url", ["javascript:alert(1)", "ftp://x", "data:text/html,hi", "//example.org/x"]
)
def test_database_refuses_evidence_urls_other_than_http_and_https(url):
    evidence = EvidenceFactory()

    assert_refused_by_database(Evidence.objects.filter(pk=evidence.pk), url=url)
    assert_refused_by_database(Evidence.objects.filter(pk=evidence.pk), archived_url=url)


def test_database_refuses_evidence_without_url():
    evidence = EvidenceFactory()

    assert_refused_by_database(Evidence.objects.filter(pk=evidence.pk), url="")


@pytest.mark.parametrize("url", ["http://example.org/a", "HTTPS://EXAMPLE.ORG/B"])
def test_database_accepts_http_and_https_evidence_urls(url):
    evidence = EvidenceFactory()

    Evidence.objects.filter(pk=evidence.pk).update(url=url, archived_url=url)

    evidence.refresh_from_db()
    assert evidence.url == url


def test_database_refuses_an_unknown_evidence_stance():
    evidence = EvidenceFactory()

    assert_refused_by_database(Evidence.objects.filter(pk=evidence.pk), stance="refutes")


@pytest.mark.parametrize("wikidata_id", ["12345", "q42", "Q0", "Q012", "Q42 ", "P31"])
def test_database_refuses_a_malformed_wikidata_id(wikidata_id):
    speaker = SpeakerFactory()

    assert_refused_by_database(Speaker.objects.filter(pk=speaker.pk), wikidata_id=wikidata_id)


def test_database_accepts_a_wikidata_id_or_none():
    speaker = SpeakerFactory(wikidata_id="Q5195548")

    Speaker.objects.filter(pk=speaker.pk).update(wikidata_id="")

    speaker.refresh_from_db()
    assert speaker.wikidata_id == ""


def test_database_refuses_an_unknown_speaker_kind():
    speaker = SpeakerFactory()

    assert_refused_by_database(Speaker.objects.filter(pk=speaker.pk), kind="robot")


def test_database_refuses_duplicate_speaker_slugs():
    first, second = SpeakerFactory.create_batch(2)

    assert_refused_by_database(Speaker.objects.filter(pk=second.pk), slug=first.slug)


def test_database_refuses_duplicate_topic_names_and_slugs():
    first, second = TopicFactory(name="Migration"), TopicFactory(name="Asylum")

    assert_refused_by_database(Topic.objects.filter(pk=second.pk), name=first.name)
    assert_refused_by_database(Topic.objects.filter(pk=second.pk), slug=first.slug)


def test_database_refuses_a_correction_without_note():
    correction = CorrectionFactory()

    assert_refused_by_database(Correction.objects.filter(pk=correction.pk), note="")


# Model validation: what the admin shows an editor.


def test_a_checked_claim_needs_a_rating():
    claim = unsaved_claim(status=Claim.Status.CHECKED, rating="")

    assert errors_of(claim) == {"rating": ["A checked claim needs a rating."]}


@pytest.mark.parametrize("status", [Claim.Status.UNVERIFIED, Claim.Status.IN_PROGRESS])
def test_only_a_checked_claim_may_have_a_rating(status):
    claim = unsaved_claim(status=status, rating=Claim.Rating.ACCURATE)

    assert errors_of(claim) == {
        "rating": [
            "Only a checked claim has a rating: set the status to Checked or clear the rating."
        ]
    }


@pytest.mark.parametrize(
    ("status", "rating"),
    [
        (Claim.Status.CHECKED, Claim.Rating.UNSUPPORTED),
        (Claim.Status.IN_PROGRESS, ""),
        (Claim.Status.UNVERIFIED, ""),
    ],
)
def test_consistent_status_and_rating_pass_validation(status, rating):
    unsaved_claim(status=status, rating=rating).full_clean()


def test_an_unknown_rating_is_not_a_valid_choice():
    claim = unsaved_claim(status=Claim.Status.CHECKED, rating="pants_on_fire")

    assert "rating" in errors_of(claim)


def test_quote_span_is_found_in_the_source_when_not_given():
    source = SourceFactory(body=BODY)
    claim = unsaved_claim(source=source, text=THIRD)

    claim.full_clean()

    assert claim.quote_start == BODY.index("crossings")
    assert claim.quote_end == BODY.index(" year.") + len(" year")


def test_found_quote_span_survives_saving():
    source = SourceFactory(body=BODY)
    claim = unsaved_claim(source=source, text=THIRD)
    claim.full_clean()
    claim.save()

    claim.refresh_from_db()

    assert BODY[claim.quote_start : claim.quote_end].startswith("crossings coming")


@pytest.mark.parametrize(
    "quote",
    [
        "crossings coming down by a third compared to last year",
        "crossings  coming\ndown by a\u00a0third compared to last year",
        "Rwanda's capacity is real.",
        "Rwanda’s capacity is real.",
    ],
)
def test_a_given_span_matching_the_quote_up_to_whitespace_and_apostrophes_is_valid(quote):
    source = SourceFactory(body=BODY)
    first_word = quote.split()[0][:6]
    start = BODY.index(first_word)
    end = start + len(" ".join(quote.split()))
    claim = unsaved_claim(source=source, text=quote, quote_start=start, quote_end=end)

    claim.full_clean()

    assert (claim.quote_start, claim.quote_end) == (start, end)


@pytest.mark.parametrize(
    "typed",
    [
        "crossings coming down by a third compared to last year",
        "crossings  coming\ndown by a third   compared to last year",
    ],
)
def test_a_found_quote_is_stored_in_the_sources_own_words(typed):
    source = SourceFactory(body=BODY)
    claim = unsaved_claim(source=source, text=typed)

    claim.full_clean()

    assert claim.text == "crossings coming down by a\u00a0third compared to last year"
    assert claim.text == BODY[claim.quote_start : claim.quote_end]


def test_a_quote_typed_with_straight_quotes_takes_the_sources_typography():
    source = SourceFactory(body=BODY)
    claim = unsaved_claim(source=source, text="Rwanda's capacity is real.")

    claim.full_clean()
    claim.save()
    claim.refresh_from_db()

    assert claim.text == "Rwanda’s capacity is real."


def test_a_quote_checked_against_a_given_span_is_stored_in_the_sources_words():
    source = SourceFactory(body=BODY)
    start = BODY.index("Rwanda")
    claim = unsaved_claim(
        source=source, text="Rwanda's  capacity is real.", quote_start=start, quote_end=start + 26
    )

    claim.full_clean()

    assert claim.text == "Rwanda’s capacity is real."


def test_a_refused_quote_keeps_the_editors_words():
    source = SourceFactory(body=BODY)
    claim = unsaved_claim(source=source, text="Rwanda's capacity is unreal.")

    errors_of(claim)

    assert claim.text == "Rwanda's capacity is unreal."


def test_a_claim_without_a_date_said_takes_its_sources_date():
    source = SourceFactory(body=BODY, published_on=datetime.date(2023, 12, 5))
    claim = unsaved_claim(source=source, text=THIRD, said_on=None)

    claim.full_clean()

    assert claim.said_on == datetime.date(2023, 12, 5)
    assert claim.said_on_precision == "day"


def test_a_date_said_that_is_given_is_kept_over_the_sources():
    source = SourceFactory(body=BODY, published_on=datetime.date(2023, 12, 5))
    claim = unsaved_claim(source=source, text=THIRD, said_on=datetime.date(2023, 11, 30))

    claim.full_clean()

    assert claim.said_on == datetime.date(2023, 11, 30)


def test_a_source_without_a_date_leaves_the_date_said_empty():
    source = SourceFactory(body=BODY, published_on=None)
    claim = unsaved_claim(source=source, text=THIRD, said_on=None)

    claim.full_clean()

    assert claim.said_on is None


def test_a_given_span_that_reads_differently_from_the_quote_is_refused():
    source = SourceFactory(body=BODY)
    start = BODY.index("crossings")
    claim = unsaved_claim(
        source=source, text="crossings doubled", quote_start=start, quote_end=start + 17
    )

    errors = errors_of(claim)

    assert list(errors) == ["text"]
    assert errors["text"][0].startswith(
        f"The quote does not match the source at {start}–{start + 17}, which reads “crossings"
    )


def test_a_span_outside_the_source_text_is_refused():
    source = SourceFactory(body=BODY)
    claim = unsaved_claim(
        source=source, text=THIRD, quote_start=len(BODY) - 2, quote_end=len(BODY) + 40
    )

    assert errors_of(claim) == {
        "quote_end": [
            f"The span {len(BODY) - 2}–{len(BODY) + 40} is outside the source text, "
            f"which has {len(BODY)} characters."
        ]
    }


def test_a_span_that_ends_before_it_starts_is_refused():
    source = SourceFactory(body=BODY)
    claim = unsaved_claim(source=source, text=THIRD, quote_start=30, quote_end=10)

    errors = errors_of(claim)

    assert "is outside the source text" in errors["quote_end"][0]


def test_a_quote_that_does_not_appear_in_the_source_is_refused_with_its_source_named():
    source = SourceFactory(body=BODY, title="Treaty signed")
    claim = unsaved_claim(source=source, text="crossings have doubled")

    assert errors_of(claim) == {
        "text": [
            "This quote does not appear in the source “Treaty signed”. "
            "Check the wording against the source text."
        ]
    }
    assert claim.quote_start is None


def test_a_quote_occurring_twice_without_span_says_how_often_and_asks_for_the_start():
    source = SourceFactory(body=BODY)
    first = BODY.index("Stop the boats")
    second = BODY.index("stop the boats")
    claim = unsaved_claim(source=source, text="the boats.")

    errors = errors_of(claim)

    assert errors == {
        "text": [
            f"This quote appears 2 times in the source (at characters {first + 5}, "
            f"{second + 5}); give the quote start to say which one is meant."
        ]
    }
    assert claim.quote_start is None


def test_quote_start_alone_picks_the_right_occurrence():
    source = SourceFactory(body=BODY)
    second = BODY.index("stop the boats") + 5
    claim = unsaved_claim(source=source, text="the boats.", quote_start=second)

    claim.full_clean()

    assert (claim.quote_start, claim.quote_end) == (second, second + len("the boats."))


def test_quote_start_where_the_quote_does_not_begin_is_refused():
    source = SourceFactory(body=BODY)
    claim = unsaved_claim(source=source, text="the boats.", quote_start=3)

    assert errors_of(claim) == {"quote_start": ["The quote does not start at character 3."]}


def test_quote_end_alone_asks_for_the_start():
    source = SourceFactory(body=BODY)
    claim = unsaved_claim(source=source, text=THIRD, quote_end=40)

    assert errors_of(claim) == {
        "quote_start": ["Give the start of the span too, or clear both offsets."]
    }


def test_a_span_without_source_is_refused():
    claim = unsaved_claim(source=None, quote_start=0, quote_end=10)

    assert errors_of(claim) == {
        "source": ["A quote span needs a source: pick one or clear the span."]
    }


def test_a_claim_without_source_needs_no_span():
    claim = unsaved_claim(source=None)

    claim.full_clean()

    assert claim.quote_start is None


def test_a_source_without_text_leaves_the_span_empty():
    source = SourceFactory(body="")
    claim = unsaved_claim(source=source, text=THIRD)

    claim.full_clean()

    assert (claim.quote_start, claim.quote_end) == (None, None)


def test_a_claim_needs_text_and_speaker():
    claim = Claim(status=Claim.Status.UNVERIFIED)

    errors = errors_of(claim)

    assert "text" in errors
    assert "speaker" in errors


@pytest.mark.parametrize(
    "url", ["javascript:alert(1)", "ftp://x.example/file", "mailto:press@example.org"]
)
def test_evidence_urls_other_than_http_and_https_are_refused(url):
    evidence = EvidenceFactory.build(claim=ClaimFactory(), url=url, archived_url=url)

    errors = errors_of(evidence)

    assert set(errors["url"]) == {"Enter a valid http:// or https:// address."}
    assert set(errors["archived_url"]) == {"Enter a valid http:// or https:// address."}


def test_evidence_with_an_https_url_is_valid():
    evidence = EvidenceFactory.build(
        claim=ClaimFactory(), url="https://www.gov.uk/stats", archived_url=""
    )

    evidence.full_clean()


def test_evidence_stance_must_be_one_of_the_choices():
    evidence = EvidenceFactory.build(claim=ClaimFactory(), stance="refutes")

    assert "stance" in errors_of(evidence)


@pytest.mark.parametrize("wikidata_id", ["12345", "q42", "Q0", "Q42x"])
def test_a_malformed_wikidata_id_is_refused_with_an_example(wikidata_id):
    speaker = SpeakerFactory.build(wikidata_id=wikidata_id)

    assert errors_of(speaker)["wikidata_id"] == ["A Wikidata ID looks like Q12345."]


def test_speaker_wikidata_url_is_built_from_the_id():
    assert SpeakerFactory.build(wikidata_id="Q5195548").wikidata_url == (
        "https://www.wikidata.org/wiki/Q5195548"
    )
    assert SpeakerFactory.build(wikidata_id="").wikidata_url == ""


# Slugs


def test_claim_slug_is_made_from_the_statement():
    claim = ClaimFactory(statement="Small-boat crossings fell by a third in 2023")

    assert claim.slug == "small-boat-crossings-fell-by-a-third-in-2023"


def test_claim_slug_is_made_from_the_text_when_there_is_no_statement():
    claim = ClaimFactory(statement="", text="We have stopped the boats.")

    assert claim.slug == "we-have-stopped-the-boats"


def test_claim_slug_is_at_most_80_characters_and_does_not_end_in_a_hyphen():
    claim = ClaimFactory(statement="word " * 40)

    assert len(claim.slug) <= 80
    assert not claim.slug.endswith("-")


def test_claims_with_the_same_statement_get_distinct_slugs():
    claims = ClaimFactory.create_batch(3, statement="Crossings fell by a third")

    assert [c.slug for c in claims] == [
        "crossings-fell-by-a-third",
        "crossings-fell-by-a-third-2",
        "crossings-fell-by-a-third-3",
    ]


def test_a_long_duplicate_slug_keeps_its_suffix_within_the_length_limit():
    statement = "a" * 120
    first, second = ClaimFactory.create_batch(2, statement=statement)

    assert first.slug == "a" * 80
    assert second.slug == "a" * 78 + "-2"


def test_claim_slug_is_kept_when_the_statement_is_edited():
    claim = ClaimFactory(statement="Crossings fell by a third")

    claim.statement = "Crossings fell by a quarter"
    claim.text = "Something else entirely"
    claim.save()

    claim.refresh_from_db()
    assert claim.slug == "crossings-fell-by-a-third"


def test_a_slug_of_punctuation_only_text_falls_back_to_the_model_name():
    claim = ClaimFactory(statement="", text="?!")

    assert claim.slug == "claim"


def test_speaker_slug_is_made_from_the_name_and_made_unique():
    first = SpeakerFactory(name="James Cleverly")
    second = SpeakerFactory(name="James Cleverly")

    assert (first.slug, second.slug) == ("james-cleverly", "james-cleverly-2")


def test_speaker_slug_is_kept_when_the_name_is_edited():
    speaker = SpeakerFactory(name="James Cleverly")

    speaker.name = "Rt Hon James Cleverly MP"
    speaker.save()

    speaker.refresh_from_db()
    assert speaker.slug == "james-cleverly"


def test_topic_slug_is_made_from_the_name_and_kept_when_renamed():
    topic = TopicFactory(name="Small boats")

    topic.name = "Small-boat crossings"
    topic.save()

    topic.refresh_from_db()
    assert topic.slug == "small-boats"


def test_an_explicit_slug_is_kept():
    speaker = SpeakerFactory(name="James Cleverly", slug="cleverly")

    assert speaker.slug == "cleverly"


# Behaviour around publication and versions


def test_new_claims_are_drafts_until_published():
    draft = ClaimFactory(draft=True)
    published = ClaimFactory()

    assert not draft.is_published
    assert list(Claim.objects.drafts()) == [draft]
    assert list(Claim.objects.public()) == [published]


def test_default_manager_includes_drafts():
    ClaimFactory(draft=True)
    ClaimFactory()

    assert Claim.objects.count() == 2


def test_claim_version_is_bumped_on_every_save():
    claim = ClaimFactory()
    assert claim.version == 1

    claim.verdict = "Updated."
    claim.save()
    claim.save()

    claim.refresh_from_db()
    assert claim.version == 3


@pytest.mark.parametrize(
    ("rating", "value"),
    [
        (Claim.Rating.ACCURATE, 5),
        (Claim.Rating.MOSTLY_ACCURATE, 4),
        (Claim.Rating.MIXED, 3),
        (Claim.Rating.MISLEADING, 2),
        (Claim.Rating.INACCURATE, 1),
        (Claim.Rating.UNSUPPORTED, None),
        ("", None),
    ],
)
def test_rating_value_follows_the_claimreview_scale(rating, value):
    assert Claim(rating=rating).rating_value == value


def test_claims_are_ordered_newest_said_first_with_undated_last():
    undated = ClaimFactory(said_on=None)
    old = ClaimFactory(said_on=datetime.date(2020, 1, 1))
    new = ClaimFactory(said_on=datetime.date(2024, 1, 1))

    assert list(Claim.objects.all()) == [new, old, undated]


def test_claim_str_prefers_the_statement_and_is_short():
    assert str(Claim(statement="", text="x" * 200)) == "x" * 79 + "…"
    assert str(Claim(statement="Restated", text="Said")) == "Restated"


def test_speaker_str_includes_the_role_when_known():
    assert str(Speaker(name="James Cleverly", role="Home Secretary")) == (
        "James Cleverly (Home Secretary)"
    )
    assert str(Speaker(name="UNHCR")) == "UNHCR"


def test_edits_are_kept_in_the_history():
    claim = ClaimFactory(verdict="First.")

    claim.verdict = "Second."
    claim.save()

    assert [h.verdict for h in claim.history.order_by("history_date")] == ["First.", "Second."]


def test_database_refuses_the_same_evidence_link_twice_on_one_claim():
    evidence = EvidenceFactory()

    with pytest.raises(IntegrityError), transaction.atomic():
        Evidence.objects.create(claim=evidence.claim, url=evidence.url, title="Again")


def test_the_same_evidence_link_on_two_claims_is_allowed():
    evidence = EvidenceFactory()

    Evidence.objects.create(claim=ClaimFactory(), url=evidence.url, title="Shared")


def test_duplicate_evidence_link_is_a_validation_error_with_a_clear_message():
    evidence = EvidenceFactory()
    again = Evidence(claim=evidence.claim, url=evidence.url, title="Again")

    assert errors_of(again)["__all__"] == ["This link is already evidence for this claim."]
