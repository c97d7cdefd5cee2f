import pytest

from extraction.numbers import quantities, quantity_keys, surface_forms


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("bus fares came down by a third", "33%"),
        ("one-third of patients", "33%"),
        ("one third of patients", "33%"),
        ("33% of patients", "33%"),
        ("33 per cent of patients", "33%"),
        ("one in three patients", "33%"),
        ("two-thirds of voters", "67%"),
        ("half of all schools", "50%"),
        ("ten per cent more", "10%"),
        ("employing 45,000 nurses", "45000"),
        ("employing 45k nurses", "45000"),
        ("employing 45 thousand nurses", "45000"),
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
        "on 14 March 2021",
        "March 14, 2021 at 10:30 pm",
        "the A40 road",
        "Section 12 of the act",
        "the third reading of the bill",
        "one of the reasons",
    ],
)
def test_years_dates_times_ordinals_and_names_are_not_figures(text):
    assert quantity_keys(text) == set()


def test_vague_amounts_are_quantities_without_a_value():
    [found] = quantities("thousands of pupils missed school")

    assert found.value is None


def test_surface_forms_cover_the_usual_wordings():
    assert set(surface_forms("45000")) >= {"45000", "45,000", "45k", "45 thousand"}
    assert set(surface_forms("33%")) >= {"33%", "33 per cent", "third"}


@pytest.mark.parametrize(
    "text", ["tenants were evicted", "Tennessee voters", "the nineteenth century"]
)
def test_number_words_inside_longer_words_are_not_quantities(text):
    assert quantities(text) == []


@pytest.mark.parametrize(
    ("text", "step"),
    [("33%", 1), ("2.5 per cent", 0.1), ("12.25%", 0.01), ("a third", None), ("one in six", None)],
)
def test_a_percentage_keeps_the_place_of_its_last_digit(text, step):
    [found] = quantities(text)

    assert found.step == (pytest.approx(step) if step else None)
