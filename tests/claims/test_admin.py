import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from claims.models import Claim, Evidence, Speaker, Topic
from tests.factories import (
    ClaimFactory,
    CorrectionFactory,
    EvidenceFactory,
    SourceFactory,
    SpeakerFactory,
    TopicFactory,
)

BODY = (
    "Home Secretary James Cleverly said:\n\n"
    "Our work has led to crossings coming down by a\u00a0third compared to last year.\n\n"
    "Stop the boats. We will stop the boats."
)
THIRD = "crossings coming down by a third compared to last year"

CLAIM_ADD = reverse("admin:claims_claim_add")
CLAIM_LIST = reverse("admin:claims_claim_changelist")


def claim_change_url(claim):
    return reverse("admin:claims_claim_change", args=[claim.pk])


def errors_in(response):
    """The form's errors as shown on the page, by field."""
    adminform = response.context["adminform"]
    return {name: list(errors) for name, errors in adminform.form.errors.items()}


def page(response):
    return response.content.decode()


# Add form


@pytest.mark.django_db
def test_add_form_loads_for_an_editor(editor_client):
    response = editor_client.get(CLAIM_ADD)

    assert response.status_code == 200
    assert 'name="publish"' in page(response)
    assert 'name="evidence-TOTAL_FORMS"' in page(response)


@pytest.mark.django_db
def test_add_form_saves_a_quote_and_finds_its_span_in_the_source(
    editor_client, claim_form_data, evidence_row
):
    source = SourceFactory(body=BODY)
    speaker = SpeakerFactory(name="James Cleverly")
    topic = TopicFactory(name="Small boats")

    response = editor_client.post(
        CLAIM_ADD,
        claim_form_data(
            text=THIRD,
            statement="Small-boat crossings in 2023 were a third lower than in 2022.",
            speaker=speaker.pk,
            source=source.pk,
            topics=[topic.pk],
            evidence=[evidence_row()],
        ),
    )

    assert response.status_code == 302
    claim = Claim.objects.get()
    assert (claim.quote_start, claim.quote_end) == (
        BODY.index("crossings"),
        BODY.index(" year.") + len(" year"),
    )
    assert claim.speaker == speaker
    assert claim.said_on == datetime.date(2023, 12, 5)
    assert list(claim.topics.all()) == [topic]
    assert claim.evidence.get().publisher == "Home Office"
    assert claim.slug == "small-boat-crossings-in-2023-were-a-third-lower-than-in-2022"
    assert not claim.is_published


@pytest.mark.django_db
def test_add_form_accepts_a_claim_without_source(editor_client, claim_form_data):
    speaker = SpeakerFactory()

    response = editor_client.post(
        CLAIM_ADD, claim_form_data(text="We have stopped the boats.", speaker=speaker.pk)
    )

    assert response.status_code == 302
    claim = Claim.objects.get()
    assert claim.source is None
    assert claim.quote_start is None


@pytest.mark.django_db
def test_add_form_accepts_a_checked_claim_with_rating_and_verdict(editor_client, claim_form_data):
    speaker = SpeakerFactory()

    response = editor_client.post(
        CLAIM_ADD,
        claim_form_data(
            text="Crossings are down by a third.",
            speaker=speaker.pk,
            status=Claim.Status.CHECKED,
            rating=Claim.Rating.MOSTLY_ACCURATE,
            verdict="Home Office figures show a fall of 36%.",
        ),
    )

    assert response.status_code == 302
    assert Claim.objects.get().rating == Claim.Rating.MOSTLY_ACCURATE


@pytest.mark.django_db
def test_add_form_shows_that_a_quote_is_not_in_the_source_and_saves_nothing(
    editor_client, claim_form_data
):
    source = SourceFactory(body=BODY, title="Treaty signed")

    response = editor_client.post(
        CLAIM_ADD,
        claim_form_data(
            text="crossings have doubled", speaker=SpeakerFactory().pk, source=source.pk
        ),
    )

    assert response.status_code == 200
    assert "This quote does not appear in the source “Treaty signed”." in page(response)
    assert "text" in errors_in(response)
    assert not Claim.objects.exists()


@pytest.mark.django_db
def test_add_form_asks_for_the_start_of_a_quote_found_twice(editor_client, claim_form_data):
    source = SourceFactory(body=BODY)

    response = editor_client.post(
        CLAIM_ADD,
        claim_form_data(text="the boats.", speaker=SpeakerFactory().pk, source=source.pk),
    )

    assert response.status_code == 200
    assert "This quote appears 2 times in the source" in page(response)
    assert "give the quote start to say which one is meant" in page(response)
    assert not Claim.objects.exists()


@pytest.mark.django_db
def test_add_form_with_a_quote_start_picks_that_occurrence(editor_client, claim_form_data):
    source = SourceFactory(body=BODY)
    second = BODY.rindex("the boats.")

    response = editor_client.post(
        CLAIM_ADD,
        claim_form_data(
            text="the boats.", speaker=SpeakerFactory().pk, source=source.pk, quote_start=second
        ),
    )

    assert response.status_code == 302
    assert Claim.objects.get().quote_end == second + len("the boats.")


@pytest.mark.django_db
def test_add_form_refuses_a_span_that_does_not_match_the_quote(editor_client, claim_form_data):
    source = SourceFactory(body=BODY)

    response = editor_client.post(
        CLAIM_ADD,
        claim_form_data(
            text=THIRD, speaker=SpeakerFactory().pk, source=source.pk, quote_start=0, quote_end=14
        ),
    )

    assert response.status_code == 200
    assert "The quote does not match the source at 0–14, which reads “Home Secretary”" in (
        page(response)
    )
    assert not Claim.objects.exists()


@pytest.mark.django_db
def test_add_form_refuses_a_span_outside_the_source(editor_client, claim_form_data):
    source = SourceFactory(body=BODY)

    response = editor_client.post(
        CLAIM_ADD,
        claim_form_data(
            text=THIRD,
            speaker=SpeakerFactory().pk,
            source=source.pk,
            quote_start=0,
            quote_end=len(BODY) + 1,
        ),
    )

    assert response.status_code == 200
    assert errors_in(response)["quote_end"] == [
        f"The span 0–{len(BODY) + 1} is outside the source text, which has {len(BODY)} characters."
    ]
    assert not Claim.objects.exists()


@pytest.mark.django_db
def test_add_form_refuses_a_span_without_source(editor_client, claim_form_data):
    response = editor_client.post(
        CLAIM_ADD,
        claim_form_data(text=THIRD, speaker=SpeakerFactory().pk, quote_start=0, quote_end=5),
    )

    assert response.status_code == 200
    assert "A quote span needs a source: pick one or clear the span." in page(response)
    assert not Claim.objects.exists()


@pytest.mark.django_db
def test_add_form_refuses_a_negative_quote_start(editor_client, claim_form_data):
    source = SourceFactory(body=BODY)

    response = editor_client.post(
        CLAIM_ADD,
        claim_form_data(
            text=THIRD, speaker=SpeakerFactory().pk, source=source.pk, quote_start=-1, quote_end=5
        ),
    )

    assert response.status_code == 200
    assert "quote_start" in errors_in(response)
    assert not Claim.objects.exists()


@pytest.mark.django_db
def test_add_form_requires_a_rating_for_a_checked_claim(editor_client, claim_form_data):
    response = editor_client.post(
        CLAIM_ADD,
        claim_form_data(
            text="Crossings fell.", speaker=SpeakerFactory().pk, status=Claim.Status.CHECKED
        ),
    )

    assert response.status_code == 200
    assert errors_in(response) == {"rating": ["A checked claim needs a rating."]}
    assert "A checked claim needs a rating." in page(response)
    assert not Claim.objects.exists()


@pytest.mark.django_db
def test_add_form_refuses_a_rating_on_an_unchecked_claim(editor_client, claim_form_data):
    response = editor_client.post(
        CLAIM_ADD,
        claim_form_data(
            text="Crossings fell.",
            speaker=SpeakerFactory().pk,
            status=Claim.Status.IN_PROGRESS,
            rating=Claim.Rating.ACCURATE,
        ),
    )

    assert response.status_code == 200
    assert "Only a checked claim has a rating" in page(response)
    assert not Claim.objects.exists()


@pytest.mark.django_db
def test_add_form_requires_text_and_speaker(editor_client, claim_form_data):
    response = editor_client.post(CLAIM_ADD, claim_form_data())

    assert response.status_code == 200
    errors = errors_in(response)
    assert errors["text"] == ["This field is required."]
    assert errors["speaker"] == ["This field is required."]
    assert not Claim.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["javascript:alert(1)", "ftp://x.example/data.csv"])
def test_add_form_refuses_evidence_links_other_than_http_and_https(
    editor_client, url, claim_form_data, evidence_row
):
    response = editor_client.post(
        CLAIM_ADD,
        claim_form_data(
            text="Crossings fell.", speaker=SpeakerFactory().pk, evidence=[evidence_row(url=url)]
        ),
    )

    assert response.status_code == 200
    inline_errors = response.context["inline_admin_formsets"][0].formset.errors
    assert "Enter a valid http:// or https:// address." in inline_errors[0]["url"]
    assert "Enter a valid http:// or https:// address." in page(response)
    assert not Claim.objects.exists()
    assert not Evidence.objects.exists()


@pytest.mark.django_db
def test_add_form_refuses_evidence_without_title(editor_client, claim_form_data, evidence_row):
    response = editor_client.post(
        CLAIM_ADD,
        claim_form_data(
            text="Crossings fell.", speaker=SpeakerFactory().pk, evidence=[evidence_row(title="")]
        ),
    )

    assert response.status_code == 200
    assert response.context["inline_admin_formsets"][0].formset.errors[0] == {
        "title": ["This field is required."]
    }
    assert not Claim.objects.exists()


# Change form


@pytest.mark.django_db
def test_change_form_loads_with_the_claims_evidence(editor_client):
    evidence = EvidenceFactory(title="Small boat arrivals, year to September 2023")

    response = editor_client.get(claim_change_url(evidence.claim))

    assert response.status_code == 200
    assert "Small boat arrivals, year to September 2023" in page(response)


@pytest.mark.django_db
def test_change_form_saves_a_new_verdict_and_keeps_the_evidence(editor_client, claim_form_data):
    evidence = EvidenceFactory(claim__draft=True)
    claim = evidence.claim

    response = editor_client.post(
        claim_change_url(claim),
        claim_form_data(claim=claim, rating=Claim.Rating.MIXED, verdict="Partly true."),
    )

    assert response.status_code == 302
    claim.refresh_from_db()
    assert (claim.rating, claim.verdict) == (Claim.Rating.MIXED, "Partly true.")
    assert list(claim.evidence.all()) == [evidence]


@pytest.mark.django_db
def test_change_form_adds_evidence_through_the_inline(editor_client, claim_form_data, evidence_row):
    claim = ClaimFactory(draft=True)

    response = editor_client.post(
        claim_change_url(claim),
        claim_form_data(claim=claim, evidence=[evidence_row(stance=Evidence.Stance.CONTRADICTS)]),
    )

    assert response.status_code == 302
    assert claim.evidence.get().stance == Evidence.Stance.CONTRADICTS


@pytest.mark.django_db
def test_change_form_keeps_the_slug_when_the_statement_changes(editor_client, claim_form_data):
    claim = ClaimFactory(draft=True, statement="Crossings fell by a third")

    editor_client.post(
        claim_change_url(claim), claim_form_data(claim=claim, statement="Crossings fell by 36%")
    )

    claim.refresh_from_db()
    assert claim.statement == "Crossings fell by 36%"
    assert claim.slug == "crossings-fell-by-a-third"


@pytest.mark.django_db
def test_change_form_refuses_clearing_the_rating_of_a_checked_claim(editor_client, claim_form_data):
    claim = ClaimFactory(draft=True, rating=Claim.Rating.ACCURATE)

    response = editor_client.post(claim_change_url(claim), claim_form_data(claim=claim, rating=""))

    assert response.status_code == 200
    assert "A checked claim needs a rating." in page(response)
    claim.refresh_from_db()
    assert claim.rating == Claim.Rating.ACCURATE


@pytest.mark.django_db
def test_change_form_refuses_a_quote_edited_away_from_its_source(editor_client, claim_form_data):
    source = SourceFactory(body=BODY)
    claim = ClaimFactory(draft=True, source=source, text=THIRD)
    Claim.objects.filter(pk=claim.pk).update(
        quote_start=BODY.index("crossings"), quote_end=BODY.index(" year.") + 5
    )
    claim.refresh_from_db()

    response = editor_client.post(
        claim_change_url(claim), claim_form_data(claim=claim, text="crossings doubled")
    )

    assert response.status_code == 200
    assert "The quote does not match the source at" in page(response)
    claim.refresh_from_db()
    assert claim.text == THIRD


@pytest.mark.django_db
def test_change_form_finds_the_span_again_when_the_offsets_are_cleared(
    editor_client, claim_form_data
):
    source = SourceFactory(body=BODY)
    claim = ClaimFactory(draft=True, source=source, text=THIRD)

    response = editor_client.post(
        claim_change_url(claim),
        claim_form_data(claim=claim, text="Stop the boats.", quote_start="", quote_end=""),
    )

    assert response.status_code == 302
    claim.refresh_from_db()
    assert (claim.quote_start, claim.quote_end) == (
        BODY.index("Stop"),
        BODY.index("Stop") + len("Stop the boats."),
    )


@pytest.mark.django_db
def test_change_form_shows_timestamps_and_publication_read_only(editor_client, claim_form_data):
    claim = ClaimFactory()

    response = editor_client.get(claim_change_url(claim))

    form = response.context["adminform"].form
    for field in ["slug", "published_at", "published_by", "created_at", "updated_at"]:
        assert field not in form.fields
    assert not {"published_at", "slug", "version"} & set(claim_form_data(claim=claim))


@pytest.mark.django_db
def test_claim_history_page_lists_the_edits(editor_client):
    claim = ClaimFactory()
    claim.verdict = "Revised."
    claim.save()

    response = editor_client.get(reverse("admin:claims_claim_history", args=[claim.pk]))

    assert response.status_code == 200
    assert response.context["page_obj"].paginator.count == 2


# Changelist


@pytest.mark.django_db
def test_changelist_shows_the_shortened_text_speaker_status_rating_review_and_updated(
    editor_client,
):
    text = " ".join(f"word{n}" for n in range(40))
    ClaimFactory(text=text, speaker=SpeakerFactory(name="James Cleverly"))
    ClaimFactory(draft=True, review_requested_at=timezone.now())
    ClaimFactory(draft=True)

    response = editor_client.get(CLAIM_LIST)

    assert response.status_code == 200
    columns = response.context["cl"].list_display
    for column in ["short_text", "status", "rating", "review_state", "updated"]:
        assert column in columns
    html = page(response)
    # Cut short in the cell, whole in its title (a tooltip).
    assert f'title="{text}"' in html
    assert html.count("word39") == 1
    assert "James Cleverly" in html
    assert "Mostly accurate" in html
    for state in ["Published", "Awaiting review", "Draft"]:
        assert f">{state}</span>" in html


def listed(response):
    return set(response.context["cl"].result_list)


@pytest.mark.django_db
def test_changelist_searches_text_statement_and_speaker_name(editor_client):
    by_text = ClaimFactory(text="Arrivals are down by a quarter.", statement="")
    by_statement = ClaimFactory(text="It worked.", statement="The Rwanda scheme has worked.")
    by_speaker = ClaimFactory(speaker=SpeakerFactory(name="Vincent Biruta"))
    ClaimFactory(text="Unrelated", statement="Unrelated")

    assert listed(editor_client.get(CLAIM_LIST, {"q": "quarter"})) == {by_text}
    assert listed(editor_client.get(CLAIM_LIST, {"q": "rwanda scheme"})) == {by_statement}
    assert listed(editor_client.get(CLAIM_LIST, {"q": "Biruta"})) == {by_speaker}
    assert listed(editor_client.get(CLAIM_LIST, {"q": "no such words"})) == set()


@pytest.mark.django_db
def test_changelist_filters_by_status(editor_client):
    checked = ClaimFactory()
    unverified = ClaimFactory(unverified=True)

    assert listed(editor_client.get(CLAIM_LIST, {"status__exact": "checked"})) == {checked}
    assert listed(editor_client.get(CLAIM_LIST, {"status__exact": "unverified"})) == {unverified}


@pytest.mark.django_db
def test_changelist_filters_by_rating(editor_client):
    accurate = ClaimFactory(rating=Claim.Rating.ACCURATE)
    ClaimFactory(rating=Claim.Rating.MISLEADING)

    response = editor_client.get(CLAIM_LIST, {"rating__exact": "accurate"})

    assert response.status_code == 200
    assert listed(response) == {accurate}


@pytest.mark.django_db
def test_changelist_filters_by_publication(editor_client):
    published = ClaimFactory()
    draft = ClaimFactory(draft=True)

    assert listed(editor_client.get(CLAIM_LIST, {"published": "yes"})) == {published}
    assert listed(editor_client.get(CLAIM_LIST, {"published": "no"})) == {draft}
    assert listed(editor_client.get(CLAIM_LIST)) == {published, draft}


@pytest.mark.django_db
def test_changelist_filters_by_speaker(editor_client):
    cleverly = SpeakerFactory(name="James Cleverly")
    mine = ClaimFactory.create_batch(2, speaker=cleverly)
    ClaimFactory()

    response = editor_client.get(CLAIM_LIST, {"speaker__id__exact": cleverly.pk})

    assert response.status_code == 200
    assert listed(response) == set(mine)


@pytest.mark.django_db
def test_changelist_filters_by_topic_without_duplicates(editor_client):
    boats, asylum = TopicFactory(name="Small boats"), TopicFactory(name="Asylum")
    both = ClaimFactory(topics=[boats, asylum])
    ClaimFactory(topics=[asylum])

    response = editor_client.get(CLAIM_LIST, {"topics__id__exact": boats.pk})

    assert response.status_code == 200
    assert list(response.context["cl"].result_list) == [both]


@pytest.mark.django_db
def test_changelist_filters_by_source(editor_client):
    source = SourceFactory()
    from_source = ClaimFactory(source=source)
    ClaimFactory()

    response = editor_client.get(CLAIM_LIST, {"source__id__exact": source.pk})

    assert listed(response) == {from_source}


@pytest.mark.django_db
def test_changelist_drills_down_by_said_on_date(editor_client):
    december = ClaimFactory(said_on=datetime.date(2023, 12, 5))
    ClaimFactory(said_on=datetime.date(2023, 11, 14))
    ClaimFactory(said_on=datetime.date(2022, 12, 5))

    by_year = editor_client.get(CLAIM_LIST, {"said_on__year": 2023})
    by_month = editor_client.get(CLAIM_LIST, {"said_on__year": 2023, "said_on__month": 12})
    by_day = editor_client.get(
        CLAIM_LIST, {"said_on__year": 2023, "said_on__month": 12, "said_on__day": 5}
    )

    assert by_year.status_code == by_month.status_code == by_day.status_code == 200
    assert len(listed(by_year)) == 2
    assert listed(by_month) == listed(by_day) == {december}


@pytest.mark.django_db
def test_changelist_with_an_unknown_filter_redirects_instead_of_failing(editor_client):
    response = editor_client.get(CLAIM_LIST, {"colour": "red"})

    assert response.status_code == 302
    assert response.url.endswith("?e=1")


@pytest.mark.django_db
def test_changelist_lists_drafts_and_published_claims(editor_client):
    ClaimFactory(draft=True, text="A draft claim.")
    ClaimFactory(text="A published claim.")

    html = page(editor_client.get(CLAIM_LIST))

    assert "A draft claim." in html
    assert "A published claim." in html


@pytest.mark.django_db
@pytest.mark.parametrize("claims", [5, 30])
def test_changelist_query_count_does_not_grow_with_the_claims(
    editor_client, django_assert_max_num_queries, claims
):
    topic = TopicFactory()
    source = SourceFactory()
    for _ in range(claims):
        claim = ClaimFactory(source=source, topics=[topic])
        EvidenceFactory(claim=claim)

    with django_assert_max_num_queries(14):
        response = editor_client.get(CLAIM_LIST)

    assert response.status_code == 200
    assert len(response.context["cl"].result_list) == claims


@pytest.mark.django_db
def test_autocomplete_finds_speakers_sources_and_topics_for_the_claim_form(editor_client):
    SpeakerFactory(name="James Cleverly")
    SourceFactory(title="Treaty signed to strengthen UK-Rwanda Migration Partnership")
    TopicFactory(name="Asylum")
    autocomplete = reverse("admin:autocomplete")
    params = {"app_label": "claims", "model_name": "claim"}

    speakers = editor_client.get(autocomplete, {**params, "field_name": "speaker", "term": "clev"})
    sources = editor_client.get(autocomplete, {**params, "field_name": "source", "term": "treaty"})
    topics = editor_client.get(autocomplete, {**params, "field_name": "topics", "term": "asy"})

    assert [r["text"] for r in speakers.json()["results"]] == ["James Cleverly (Home Secretary)"]
    assert [r["text"] for r in sources.json()["results"]] == [
        "Treaty signed to strengthen UK-Rwanda Migration Partnership"
    ]
    assert [r["text"] for r in topics.json()["results"]] == ["Asylum"]


# Speakers, topics and the rest of the admin


@pytest.mark.django_db
def test_speaker_changelist_shows_claim_and_published_counts(editor_client):
    cleverly = SpeakerFactory(name="James Cleverly")
    ClaimFactory.create_batch(2, speaker=cleverly)
    ClaimFactory(speaker=cleverly, draft=True)
    SpeakerFactory(name="Vincent Biruta")

    response = editor_client.get(reverse("admin:claims_speaker_changelist"))

    assert response.status_code == 200
    counts = {
        s.name: (s.claim_total, s.published_total) for s in response.context["cl"].result_list
    }
    assert counts == {"James Cleverly": (3, 2), "Vincent Biruta": (0, 0)}
    assert '<td class="field-claim_count">3</td>' in page(response)
    assert '<td class="field-published_count">2</td>' in page(response)


@pytest.mark.django_db
def test_speaker_claim_counts_are_not_inflated_by_topics(editor_client):
    speaker = SpeakerFactory()
    topics = TopicFactory.create_batch(3)
    ClaimFactory(speaker=speaker, topics=topics)

    response = editor_client.get(reverse("admin:claims_speaker_changelist"))

    assert response.context["cl"].result_list[0].claim_total == 1


@pytest.mark.django_db
def test_speaker_add_form_refuses_a_malformed_wikidata_id(editor_client):
    response = editor_client.post(
        reverse("admin:claims_speaker_add"),
        {"name": "James Cleverly", "kind": "person", "wikidata_id": "5195548"},
    )

    assert response.status_code == 200
    assert "A Wikidata ID looks like Q12345." in page(response)
    assert not Speaker.objects.exists()


@pytest.mark.django_db
def test_speaker_add_form_saves_a_speaker_with_a_generated_slug(editor_client):
    response = editor_client.post(
        reverse("admin:claims_speaker_add"),
        {
            "name": "James Cleverly",
            "kind": "person",
            "role": "Home Secretary",
            "organisation": "UK Government",
            "country": "United Kingdom",
            "wikidata_id": "Q5195548",
        },
    )

    assert response.status_code == 302
    assert Speaker.objects.get().slug == "james-cleverly"


@pytest.mark.django_db
def test_topic_add_form_refuses_a_duplicate_name(editor_client):
    TopicFactory(name="Asylum")

    response = editor_client.post(reverse("admin:claims_topic_add"), {"name": "Asylum"})

    assert response.status_code == 200
    assert "Topic with this Name already exists." in page(response)
    assert Topic.objects.count() == 1


@pytest.mark.django_db
def test_evidence_add_form_refuses_a_javascript_link(editor_client, evidence_row):
    claim = ClaimFactory()

    response = editor_client.post(
        reverse("admin:claims_evidence_add"),
        {**evidence_row(url="javascript:alert(1)"), "claim": claim.pk},
    )

    assert response.status_code == 200
    assert "Enter a valid http:// or https:// address." in page(response)
    assert not Evidence.objects.exists()


def admin_urls():
    editable = [
        "claims_claim",
        "claims_evidence",
        "claims_speaker",
        "claims_topic",
        "sources_source",
        "sources_publisher",
    ]
    urls = [f"admin:{model}_{view}" for model in editable for view in ("changelist", "add")]
    # Corrections are written by editing a published claim, never by hand.
    return [*urls, "admin:claims_correction_changelist"]


@pytest.mark.django_db
@pytest.mark.parametrize("url_name", admin_urls())
def test_every_admin_changelist_and_add_page_loads_for_an_editor(editor_client, url_name):
    EvidenceFactory(claim__source=SourceFactory())
    CorrectionFactory()

    response = editor_client.get(reverse(url_name))

    assert response.status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("url_name", "factory"),
    [
        ("admin:claims_claim_change", ClaimFactory),
        ("admin:claims_evidence_change", EvidenceFactory),
        ("admin:claims_speaker_change", SpeakerFactory),
        ("admin:claims_topic_change", TopicFactory),
        ("admin:claims_correction_change", CorrectionFactory),
        ("admin:sources_source_change", SourceFactory),
    ],
)
def test_every_admin_change_page_loads_for_an_editor(editor_client, url_name, factory):
    obj = factory()

    response = editor_client.get(reverse(url_name, args=[obj.pk]))

    assert response.status_code == 200


@pytest.mark.django_db
def test_admin_index_lists_the_curated_models_for_an_editor(editor_client):
    response = editor_client.get(reverse("admin:index"))

    assert response.status_code == 200
    models = {
        model["object_name"] for app in response.context["app_list"] for model in app["models"]
    }
    assert {"Claim", "Evidence", "Speaker", "Topic", "Correction", "Source", "Publisher"} <= models


# The editors' desk (issue 12): what a fact-checker's form offers, the review queue,
# assignment.


@pytest.mark.django_db
def test_fact_checkers_form_has_no_publish_checkbox_but_shows_the_state(checker_client):
    for claim in (ClaimFactory(), ClaimFactory(draft=True)):
        response = checker_client.get(claim_change_url(claim))

        html = page(response)
        assert 'type="checkbox" name="publish"' not in html
        assert response.context["adminform"].form.fields["publish"].widget.is_hidden
        assert ("Published on" if claim.is_published else "Draft: not public") in html
    assert 'type="checkbox" name="publish"' not in page(checker_client.get(CLAIM_ADD))


@pytest.mark.django_db
def test_editors_form_has_the_publish_checkbox(editor_client):
    html = page(editor_client.get(claim_change_url(ClaimFactory(draft=True))))

    assert 'type="checkbox" name="publish"' in html


@pytest.mark.django_db
def test_fact_checker_sees_assignment_and_byline_read_only(client, fact_checker, editor):
    claim = ClaimFactory(draft=True)

    client.force_login(fact_checker)
    checker_form = client.get(claim_change_url(claim)).context["adminform"].form
    client.force_login(editor)
    editor_form = client.get(claim_change_url(claim)).context["adminform"].form

    assert not {"assigned_to", "checked_by", "checked_on"} & set(checker_form.fields)
    assert {"assigned_to", "checked_by", "checked_on"} <= set(editor_form.fields)


@pytest.mark.django_db
def test_editor_assigns_a_claim_and_my_claims_lists_the_checkers_own(
    client, editor, fact_checker, claim_form_data
):
    mine = ClaimFactory(draft=True)
    ClaimFactory(draft=True)
    client.force_login(editor)

    response = client.post(
        claim_change_url(mine), {**claim_form_data(claim=mine), "assigned_to": fact_checker.pk}
    )

    assert response.status_code == 302
    mine.refresh_from_db()
    assert mine.assigned_to == fact_checker
    client.force_login(fact_checker)
    assert listed(client.get(CLAIM_LIST, {"assigned": "me"})) == {mine}
    assert listed(client.get(CLAIM_LIST, {"assigned": "nobody"})) == set(
        Claim.objects.exclude(pk=mine.pk)
    )


@pytest.mark.django_db
def test_fact_checker_cannot_assign_claims(checker_client, fact_checker, claim_form_data):
    claim = ClaimFactory(draft=True)

    checker_client.post(
        claim_change_url(claim), {**claim_form_data(claim=claim), "assigned_to": fact_checker.pk}
    )

    claim.refresh_from_db()
    assert claim.assigned_to is None


@pytest.mark.django_db
@pytest.mark.parametrize("rows", [3, 30])
def test_admin_index_shows_the_review_queue_with_bounded_queries(
    editor_client, editor, fact_checker, rows, django_assert_max_num_queries
):
    from claims import services

    for claim in ClaimFactory.create_batch(rows, draft=True):
        services.claim_request_review(claim=claim, user=fact_checker)
    for claim in ClaimFactory.create_batch(2):
        EvidenceFactory(claim=claim)
        claim.text = "Crossings fell by a third, as said on the day."
        services.claim_propose_revision(
            claim=claim, topics=[], evidence=list(claim.evidence.all()), user=fact_checker
        )
    ClaimFactory(draft=True, assigned_to=editor)

    with django_assert_max_num_queries(10):
        response = editor_client.get(reverse("admin:index"))

    html = page(response)
    assert f"Awaiting review: {rows + 2}" in html
    assert f'<strong class="review-count-drafts">{rows}</strong>' in html
    assert '<strong class="review-count-changes">2</strong>' in html
    assert '<strong class="review-count-mine">1</strong>' in html


@pytest.mark.django_db
def test_awaiting_review_lists_drafts_sent_for_review_and_claims_with_pending_changes(
    editor_client, fact_checker
):
    from claims import services

    draft = ClaimFactory(draft=True)
    services.claim_request_review(claim=draft, user=fact_checker)
    changed = ClaimFactory()
    EvidenceFactory(claim=changed)
    changed.text = "Crossings fell by a third, as said on the day."
    services.claim_propose_revision(
        claim=changed, topics=[], evidence=list(changed.evidence.all()), user=fact_checker
    )
    ClaimFactory()
    ClaimFactory(draft=True)

    assert listed(editor_client.get(CLAIM_LIST, {"review": "awaiting"})) == {draft, changed}
    assert listed(editor_client.get(CLAIM_LIST, {"review": "drafts"})) == {draft}
    assert listed(editor_client.get(CLAIM_LIST, {"review": "changes"})) == {changed}
    revisions = editor_client.get(
        reverse("admin:claims_claimrevision_changelist"), {"status__exact": "pending"}
    )
    assert [r.claim for r in revisions.context["cl"].result_list] == [changed]
