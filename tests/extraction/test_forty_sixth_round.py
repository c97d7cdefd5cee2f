"""Rules of the forty-sixth round (speaker attribution), written from the misses of
rounds 28 to 30: first-person words are a person's, never the publisher's, and a written
answer is the office asked, whatever heading runs on over the question."""

from extraction.suggest import suggest_claims

BLOG = (
    "Saving Energy at Home\n\n"
    "Jane Roe, Assistant Secretary for Housing at the Department of Buildings, visits "
    "Northtown to mark a milestone.\n\n"
    "Today I am in Northtown with the mayor to mark the milestone.\n\n"
    "Under the programme, we have already insulated more than 12,000 homes in 2023."
)


def _speakers(body, **meta):
    return {c.quote: c.speaker for c in suggest_claims(body, **meta)}


def test_a_first_person_post_is_the_person_its_header_introduces():
    speakers = _speakers(BLOG, kind="article", publisher="The Government Blog")
    figure = next(q for q in speakers if "12,000" in q)
    assert speakers[figure] == "Jane Roe"


def test_a_third_person_post_stays_the_publishers():
    body = BLOG.replace("Today I am in", "Today she is in")
    speakers = _speakers(body, kind="article", publisher="The Government Blog")
    figure = next(q for q in speakers if "12,000" in q)
    assert speakers[figure] == "The Government Blog"


def test_a_quoted_i_does_not_make_the_page_a_persons():
    body = BLOG.replace(
        "Today I am in Northtown with the mayor to mark the milestone.",
        "The mayor said: “I am proud of Northtown.”",
    )
    speakers = _speakers(body, kind="article", publisher="The Government Blog")
    figure = next(q for q in speakers if "12,000" in q)
    assert speakers[figure] == "The Government Blog"


RECORD = (
    "Assembly debate, Thursday, 9 Feb 2017\n\n"
    "Bus Waiting Times: Statements\n\n"
    "I welcome the chance to address the House.\n\n"
    "When I became Minister for Transport I was aware that funding would rise.\n\n"
    "Through this plan, more than 11,500 passengers came off the waiting list in 2016."
)


def test_a_record_without_headings_is_the_office_the_speaker_claims():
    speakers = _speakers(RECORD, kind="parliamentary_record", publisher="The Assembly")
    figure = next(q for q in speakers if "11,500" in q)
    assert speakers[figure] == "Minister for Transport"


def test_a_record_claiming_no_office_stays_with_the_fallback():
    body = RECORD.replace("When I became Minister for Transport I", "Last year I")
    speakers = _speakers(body, kind="parliamentary_record", publisher="The Assembly")
    figure = next(q for q in speakers if "11,500" in q)
    assert speakers[figure] != "Minister for Transport"


ANSWER = (
    "Bus Provision\n\n"
    "Assembly Debate, Tuesday - 18 April 2023\n\n"
    "Questions (85)\n\n"
    "Question:\n\n"
    "85. Deputy Tom Baker asked the Minister for Transport the number of new buses "
    "added to the fleet since 2020.\n\n"
    "Written answers\n\n"
    "The fleet grew by 1,200 buses between 2020 and 2022, an increase of 15%."
)


def test_a_written_answer_is_the_office_asked_not_the_heading_above():
    speakers = _speakers(ANSWER, kind="parliamentary_record", publisher="The Assembly")
    figure = next(q for q in speakers if "1,200" in q)
    assert speakers[figure] == "Minister for Transport"
