import datetime

from extraction import suggest_claims

NBSP = "\u00a0"
FARES = (
    f"Bus fares in the county have fallen by a quarter compared with 2022, to £1.50{NBSP}a ride."
)
PAGE = (
    "Skip to main content\n\nShare this page\n\n"
    "Council cuts bus fares\n\n"
    f"{FARES}\n\n"
    "We are proud of our drivers and thankful for their hard work.\n\n"
    "Posted on 5 March 2024 at 10:30\n\nPrint this article\n\n14 comments\n\n"
    "Sign up for our newsletter\n"
)


def test_clutter_headings_and_opinion_are_not_suggested():
    found = suggest_claims(PAGE, kind="press_release", publisher="Northshire Council")

    assert [c.quote for c in found] == [FARES]


def test_a_suggestion_carries_span_speaker_date_type_and_score():
    [candidate] = suggest_claims(
        PAGE,
        kind="press_release",
        publisher="Northshire Council",
        published_on=datetime.date(2024, 3, 6),
    )

    assert PAGE[candidate.start : candidate.end] == candidate.quote
    assert candidate.speaker == "Northshire Council"
    assert candidate.speaker_kind == "organisation"
    assert candidate.date == datetime.date(2024, 3, 6)
    assert candidate.type == "comparison/trend"
    assert 0.4 <= candidate.score <= 1


def test_without_a_published_date_the_dateline_in_the_text_dates_the_claims():
    [candidate] = suggest_claims(PAGE, publisher="Northshire Council")

    assert candidate.date == datetime.date(2024, 3, 5)


def test_without_metadata_narration_has_no_speaker_and_no_date():
    [candidate] = suggest_claims(FARES)

    assert (candidate.speaker, candidate.date) == (None, None)


def test_missing_title_and_publisher_are_read_as_empty():
    [candidate] = suggest_claims(FARES, title=None, publisher=None)

    assert (candidate.speaker, candidate.date) == (None, None)


def test_a_reported_statement_takes_the_date_its_sentence_gives(suggest):
    body = "On 9 June 2021, the minister Ann Lee said that 40,000 pupils had missed school."

    [candidate] = suggest(body)

    assert candidate.date == datetime.date(2021, 6, 9)
    assert candidate.speaker == "Ann Lee"


def test_numbers_in_words_make_a_sentence_check_worthy():
    found = suggest_claims("Thousands of families lost their homes when the river flooded.")

    assert len(found) == 1
    assert "figure" in found[0].reasons


def test_claim_types(suggest):
    cases = {
        "The council employs 4,500 people in the city.": "quantity",
        "Knife crime rose by 12% compared with 2022.": "comparison/trend",
        "Free school meals are a legal entitlement for infant pupils.": "legal/status",
        "The delays were caused by a shortage of engineers at the depot.": "causal",
        "The two hospitals signed a staffing agreement in Leeds in 1998.": "date/event",
    }
    found = {body: [c.type for c in suggest(body)] for body in cases}

    assert found == {body: [expected] for body, expected in cases.items()}


def test_suggestions_come_best_first():
    body = (
        "The bridge was opened by the mayor.\n\n"
        "Unemployment fell to 4.2%, the lowest rate since records began in 1971."
    )

    found = suggest_claims(body, threshold=0)

    assert len(found) == 2
    assert found[0].quote.startswith("Unemployment fell")
    assert found[0].score > found[1].score


def test_feelings_and_thanks_score_low(suggest):
    body = "I am grateful to every nurse, and we are deeply thankful for their work."

    [candidate] = suggest(body)

    assert candidate.score < 0.4
    assert "opinion" in candidate.reasons


def test_questions_and_definitions_score_low():
    body = (
        "Is it true that crime has risen by 20% since 2010?\n\n"
        "Fiscal drag refers to the effect of frozen tax thresholds on revenue."
    )

    assert suggest_claims(body) == []


def test_an_empty_text_has_no_suggestions():
    assert suggest_claims("") == []
    assert suggest_claims(f"  \n{NBSP}\n") == []


def test_as_dict_is_json_ready():
    [candidate] = suggest_claims(PAGE, published_on=datetime.date(2024, 3, 1))

    data = candidate.as_dict()

    assert data["date"] == "2024-03-01"
    assert set(data) >= {"start", "end", "quote", "speaker", "speaker_role", "type", "score"}
