import pytest

from sources.quotes import find_quote, normalize, span_matches

BODY = (
    "Home Secretary James Cleverly said:\n\n"
    "Our work has led to crossings coming down by a\u00a0third compared to last year.\n"
    "It’s the government’s plan – and it works."
)


def test_normalize_collapses_whitespace_including_non_breaking_spaces():
    assert normalize("  a\u00a0 b\n\tc  ") == "a b c"


@pytest.mark.parametrize(
    ("typographic", "plain"),
    [
        ("It’s", "It's"),
        ("‘quoted’", "'quoted'"),
        ("“quoted”", '"quoted"'),
        ("plan – and", "plan - and"),
        ("plan — and", "plan - and"),
    ],
)
def test_normalize_unifies_typographic_and_straight_punctuation(typographic, plain):
    assert normalize(typographic) == normalize(plain)


def test_find_quote_returns_the_span_of_an_exact_quote():
    quote = "crossings coming down"
    start = BODY.index(quote)

    assert find_quote(BODY, quote) == [(start, start + len(quote))]


def test_find_quote_tolerates_a_non_breaking_space_in_the_source():
    spans = find_quote(BODY, "coming down by a third compared to last year")

    assert len(spans) == 1
    start, end = spans[0]
    assert BODY[start:end] == "coming down by a\u00a0third compared to last year"


def test_find_quote_tolerates_line_breaks_and_extra_spaces_in_the_quote():
    spans = find_quote(BODY, "last   year.\n  It’s the")

    assert len(spans) == 1
    start, end = spans[0]
    assert BODY[start:end] == "last year.\nIt’s the"


def test_find_quote_matches_straight_apostrophes_and_hyphens_against_typographic_ones():
    spans = find_quote(BODY, "It's the government's plan - and it works.")

    assert len(spans) == 1
    assert BODY[spans[0][0] : spans[0][1]] == "It’s the government’s plan – and it works."


def test_find_quote_returns_every_occurrence_in_order():
    body = "The boats. Stop the boats. Stop the\u00a0boats."

    assert find_quote(body, "Stop the boats") == [(11, 25), (27, 41)]


def test_find_quote_returns_nothing_for_a_quote_that_is_not_there():
    assert find_quote(BODY, "crossings doubled") == []


def test_find_quote_does_not_match_across_a_different_word():
    assert find_quote(BODY, "coming up by a third") == []


@pytest.mark.parametrize("quote", ["", "   ", "\u00a0\n"])
def test_find_quote_returns_nothing_for_an_empty_quote(quote):
    assert find_quote(BODY, quote) == []


def test_find_quote_treats_regex_characters_literally():
    body = "Costs rose (by 50%) to £1.2bn? Yes."

    assert find_quote(body, "(by 50%) to £1.2bn?") == [(11, 30)]
    assert find_quote(body, "by 50.") == []


def test_span_matches_accepts_a_span_that_differs_only_in_whitespace_and_punctuation():
    start = BODY.index("coming")
    end = BODY.index("year.") + len("year.")

    assert span_matches(BODY, start, end, "coming down by a third compared to last year.")


def test_span_matches_rejects_a_span_that_reads_differently():
    start = BODY.index("coming")

    assert not span_matches(BODY, start, start + 11, "coming up")


@pytest.mark.parametrize(("start", "end"), [(-1, 5), (5, 5), (6, 5), (0, len(BODY) + 1)])
def test_span_matches_rejects_spans_that_are_empty_reversed_or_out_of_range(start, end):
    assert not span_matches(BODY, start, end, BODY[max(start, 0) : end])
