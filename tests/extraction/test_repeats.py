import pytest
from django.urls import reverse

from extraction.matching import content_words, prefilter_terms, similarity
from extraction.repeats import claims_restated, find_repeats
from tests.factories import ClaimFactory

ASTHMA = "Hospital admissions for asthma fell by a third compared with 2019."
NURSES = "The health board employs over 45,000 nurses."


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (ASTHMA, "Asthma admissions to hospital are down 33% on 2019."),
        (ASTHMA, "Asthma hospital admissions dropped by one-third since 2019."),
        (NURSES, "The health board is employing more than 45k nurses."),
        (NURSES, "Some 45 thousand nurses are employed by the health board."),
    ],
)
def test_rephrased_statements_with_the_same_figure_are_similar(a, b):
    assert similarity(a, b) >= 0.4


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (ASTHMA, "Hospital admissions for asthma fell by a half compared with 2019."),
        (ASTHMA, "The council built 4,000 homes in the city last year."),
        (NURSES, "Free school meals are a legal entitlement for infant pupils."),
    ],
)
def test_different_figures_or_subjects_are_not_similar(a, b):
    assert similarity(a, b) < 0.4


def test_words_are_compared_by_their_stems():
    assert content_words("Bus companies cancelled the routes") == content_words(
        "A bus company cancels its route"
    )


def test_without_figures_the_prefilter_terms_are_in_every_form_of_the_word():
    [term] = prefilter_terms("Companies")

    assert term in "company" and term in "companies"


def test_figures_are_looked_for_in_every_wording():
    assert {"33%", "33 per cent", "third"} <= set(prefilter_terms(ASTHMA))


@pytest.mark.django_db
def test_repeats_are_found_across_speakers_and_exclude_the_claim_itself():
    claim = ClaimFactory(text=ASTHMA)
    published = ClaimFactory(text="Asthma admissions to hospital are down 33% on 2019.")
    draft = ClaimFactory(
        text="Asthma hospital admissions fell by one-third since 2019.", draft=True
    )
    ClaimFactory(text="Hospital admissions for asthma fell by half compared with 2019.")
    ClaimFactory(text="The council built 4,000 homes last year.")

    found = dict(find_repeats(claim))

    assert set(found) == {published, draft}
    assert all(0.4 <= score <= 1 for score in found.values())


@pytest.mark.django_db
def test_a_sentence_with_a_swapped_subject_restates_no_published_claim():
    claim = ClaimFactory(text="The health service now employs 135,000 nurses.", statement="")
    ClaimFactory(text="Adult social care has 152,000 vacant posts.", statement="")

    restated = "There are now more than 135k nurses working in the health service."
    assert [found for found, _ in claims_restated(restated)] == [claim]
    assert claims_restated("The health service now employs 135,000 midwives.") == []
    assert claims_restated("There are 152,000 vacant posts in adult education.") == []


@pytest.mark.django_db
def test_a_claim_without_figures_is_matched_on_its_words():
    claim = ClaimFactory(
        text="Free school meals are a legal entitlement for infant pupils.", statement=""
    )
    same = ClaimFactory(
        text="Infant pupils have a legal entitlement to free meals at school.", statement=""
    )
    ClaimFactory(text="The health board employs over 45,000 nurses.")

    assert [other for other, _ in find_repeats(claim)] == [same]


@pytest.mark.django_db
@pytest.mark.parametrize("others", [5, 50])
def test_finding_repeats_is_one_query_whatever_the_table_size(
    others, django_assert_max_num_queries
):
    claim = ClaimFactory(text=ASTHMA)
    for n in range(others):
        ClaimFactory(text=f"Asthma admissions fell by a third in district {n} compared with 2019.")

    with django_assert_max_num_queries(1):
        found = find_repeats(claim)

    assert len(found) == 5


@pytest.mark.django_db
def test_the_claim_form_lists_possible_repeats_with_links(editor_client):
    claim = ClaimFactory(text=ASTHMA)
    other = ClaimFactory(
        text="Asthma <b>admissions</b> to hospital are down 33% on 2019.",
        said_on=None,
        draft=True,
    )

    html = editor_client.get(reverse("admin:claims_claim_change", args=[claim.pk])).content.decode()

    link = reverse("admin:claims_claim_change", args=[other.pk])
    assert "Possible repeats" in html
    assert f'<li><a href="{link}">Asthma &lt;b&gt;admissions&lt;/b&gt; to hospital' in html
    assert f"</a> — {other.speaker.name}, date unknown (draft; similarity " in html


@pytest.mark.django_db
def test_a_published_repeat_shows_its_date_and_a_long_text_is_cut(editor_client):
    claim = ClaimFactory(text=ASTHMA)
    long_text = "Asthma admissions to hospital are down 33% on 2019, " + "in every district " * 8
    other = ClaimFactory(text=long_text.strip() + ".")

    html = editor_client.get(reverse("admin:claims_claim_change", args=[claim.pk])).content.decode()

    assert f">{other.text[:119]}…</a> — {other.speaker.name}, 2023-12-05 (published;" in html


@pytest.mark.django_db
def test_the_claim_form_says_when_no_repeat_is_found(editor_client):
    claim = ClaimFactory(text=ASTHMA)

    html = editor_client.get(reverse("admin:claims_claim_change", args=[claim.pk])).content.decode()

    assert "None found." in html


@pytest.mark.django_db
def test_the_add_form_explains_repeats_come_after_saving(editor_client):
    html = editor_client.get(reverse("admin:claims_claim_add")).content.decode()

    assert "Save the claim to see claims that may make the same statement." in html
