import pytest
from django.urls import reverse

from claims.extraction.repeats import find_repeats, similarity
from tests.factories import ClaimFactory

THIRD = "Small-boat crossings came down by a third compared to last year."


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (THIRD, "Crossings of small boats are down 33% compared with last year."),
        (THIRD, "Small boat crossings fell by one-third on the previous year."),
        (
            "Rwanda hosts over 135,000 asylum seekers.",
            "Rwanda is hosting more than 135k asylum seekers.",
        ),
        (
            "Rwanda hosts over 135,000 asylum seekers.",
            "Some 135 thousand asylum seekers are hosted by Rwanda.",
        ),
    ],
)
def test_rephrased_statements_with_the_same_figure_are_similar(a, b):
    assert similarity(a, b) >= 0.4


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (THIRD, "Small-boat crossings came down by a half compared to last year."),
        (THIRD, "The council built 4,000 homes in the city last year."),
        ("Rwanda hosts over 135,000 asylum seekers.", "The treaty is binding in law."),
    ],
)
def test_different_figures_or_subjects_are_not_similar(a, b):
    assert similarity(a, b) < 0.4


@pytest.mark.django_db
def test_repeats_are_found_across_speakers_and_exclude_the_claim_itself():
    claim = ClaimFactory(text=THIRD)
    published = ClaimFactory(text="Crossings of small boats are down 33% on last year.")
    draft = ClaimFactory(text="Small boat crossings fell by one-third this year.", draft=True)
    ClaimFactory(text="Small-boat crossings came down by half compared to last year.")
    ClaimFactory(text="The council built 4,000 homes last year.")

    found = [other for other, _ in find_repeats(claim)]

    assert set(found) == {published, draft}


@pytest.mark.django_db
def test_a_claim_without_figures_is_matched_on_its_words():
    claim = ClaimFactory(text="The treaty is binding in international law.", statement="")
    same = ClaimFactory(text="The new treaty is legally binding under international law.")
    ClaimFactory(text="Rwanda hosts over 135,000 asylum seekers.")

    assert [other for other, _ in find_repeats(claim)] == [same]


@pytest.mark.django_db
@pytest.mark.parametrize("others", [5, 50])
def test_finding_repeats_is_one_query_whatever_the_table_size(
    others, django_assert_max_num_queries
):
    claim = ClaimFactory(text=THIRD)
    for n in range(others):
        ClaimFactory(text=f"Crossings came down by a third in region {n} compared to last year.")

    with django_assert_max_num_queries(1):
        found = find_repeats(claim)

    assert len(found) == 5


@pytest.mark.django_db
def test_the_claim_form_lists_possible_repeats_with_links(editor_client):
    claim = ClaimFactory(text=THIRD)
    other = ClaimFactory(
        text="Crossings of small <b>boats</b> are down 33% on last year.", draft=True
    )

    html = editor_client.get(reverse("admin:claims_claim_change", args=[claim.pk])).content.decode()

    assert "Possible repeats" in html
    assert reverse("admin:claims_claim_change", args=[other.pk]) in html
    assert "&lt;b&gt;boats&lt;/b&gt;" in html
    assert "draft" in html


@pytest.mark.django_db
def test_the_add_form_explains_repeats_come_after_saving(editor_client):
    html = editor_client.get(reverse("admin:claims_claim_add")).content.decode()

    assert "Save the claim to see claims that may make the same statement." in html
