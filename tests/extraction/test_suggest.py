import datetime

from claims.extraction import suggest_claims
from tests.extraction.helpers import source, suggestions

NBSP = "\u00a0"
PAGE = (
    "Skip to toolbar\n\nConnect with us\n\n"
    "Ministry cuts waiting lists\n\n"
    f"Waiting lists have fallen by a third compared with last year, to 135,000{NBSP}patients.\n\n"
    "We are proud of our wonderful staff and grateful for their hard work.\n\n"
    "Link:, dated March 5, 2024 4:44 pm\n\nContinue Reading\nClick to comment\n\n"
    "Leave a Reply\n\nYour email address will not be published. Required fields are marked *\n"
)


def test_clutter_headings_and_opinion_are_not_suggested():
    found = suggest_claims(source(PAGE))

    assert [c.quote for c in found] == [
        f"Waiting lists have fallen by a third compared with last year, to 135,000{NBSP}patients."
    ]


def test_a_suggestion_carries_span_speaker_date_type_and_score():
    [candidate] = suggest_claims(source(PAGE, published_on=datetime.date(2024, 3, 5)))

    assert PAGE[candidate.start : candidate.end] == candidate.quote
    assert candidate.speaker == "Ministry of Examples"
    assert candidate.speaker_kind == "organisation"
    assert candidate.date == datetime.date(2024, 3, 5)
    assert candidate.type == "comparison/trend"
    assert 0.4 <= candidate.score <= 1


def test_without_a_published_date_the_dateline_in_the_text_dates_the_claims():
    page = source(PAGE)
    page.published_on = None

    [candidate] = suggest_claims(page)

    assert candidate.date == datetime.date(2024, 3, 5)


def test_a_reported_statement_takes_the_date_its_sentence_gives():
    body = "On 13 April 2022, the minister Ann Lee said that 40,000 people had crossed."

    [candidate] = suggestions(body)

    assert candidate.date == datetime.date(2022, 4, 13)


def test_numbers_in_words_make_a_sentence_check_worthy():
    found = suggest_claims(source("Thousands of families lost their homes when the river flooded."))

    assert len(found) == 1
    assert "figure" in found[0].reasons


def test_claim_types():
    cases = {
        "The council employs 4,500 people in the city.": "quantity",
        "Knife crime rose by 12% compared with 2022.": "comparison/trend",
        "The treaty is binding in international law.": "legal/status",
        "The delays were caused by a shortage of engineers at the plant.": "causal",
        "The two countries signed a trade agreement in Geneva in 1998.": "date/event",
    }
    for body, expected in cases.items():
        [candidate] = suggestions(body)
        assert candidate.type == expected, body


def test_suggestions_come_best_first():
    body = (
        "The bridge was opened by the mayor.\n\n"
        "Unemployment fell to 4.2%, the lowest rate since records began in 1971."
    )

    found = suggest_claims(source(body), threshold=0)

    assert found[0].quote.startswith("Unemployment fell")
    assert [c.score for c in found] == sorted((c.score for c in found), reverse=True)


def test_questions_and_definitions_score_low():
    body = (
        "Is it true that crime has risen by 20% since 2010?\n\n"
        "Fiscal drag refers to the effect of frozen tax thresholds on revenue."
    )

    assert suggest_claims(source(body)) == []


def test_an_empty_text_has_no_suggestions():
    assert suggest_claims(source("")) == []
    assert suggest_claims(source("  \n\u00a0\n")) == []


def test_as_dict_is_json_ready():
    [candidate] = suggest_claims(source(PAGE))

    data = candidate.as_dict()

    assert data["date"] == "2024-03-01"
    assert set(data) >= {"start", "end", "quote", "speaker", "speaker_role", "type", "score"}
