import pytest

from claims.extraction.numbers import quantities, quantity_keys, surface_forms


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("crossings came down by a third", "33%"),
        ("one-third of arrivals", "33%"),
        ("one third of arrivals", "33%"),
        ("33% of arrivals", "33%"),
        ("33 per cent of arrivals", "33%"),
        ("one in three arrivals", "33%"),
        ("two-thirds of voters", "67%"),
        ("half of all schools", "50%"),
        ("ten per cent more", "10%"),
        ("hosting 135,000 refugees", "135000"),
        ("hosting 135k refugees", "135000"),
        ("hosting 135 thousand refugees", "135000"),
        ("forty thousand nurses", "40000"),
        ("1.2 million homes", "1200000"),
        ("a £3.5bn fund", "£3500000000"),
        ("£40 million for roads", "£40000000"),
    ],
)
def test_quantities_in_figures_and_in_words_reduce_to_one_key(text, key):
    assert quantity_keys(text) == {key}


@pytest.mark.parametrize(
    "text",
    [
        "in 1998 the law changed",
        "on 5 December 2023",
        "December 5, 2023 at 4:44 pm",
        "the M23 rebel group",
        "the third reading of the bill",
        "one of the reasons",
    ],
)
def test_years_dates_times_ordinals_and_names_are_not_figures(text):
    assert quantity_keys(text) == set()


def test_vague_amounts_are_quantities_without_a_value():
    [found] = quantities("thousands of people crossed")

    assert found.value is None


def test_surface_forms_cover_the_usual_wordings():
    assert set(surface_forms("135000")) >= {"135000", "135,000", "135k", "135 thousand"}
    assert set(surface_forms("33%")) >= {"33%", "33 per cent", "third"}
