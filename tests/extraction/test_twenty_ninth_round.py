"""Rules of the twenty-ninth round, written from the misses of round 17 (measured once
unseen, then read), each on an invented neutral text: the rule fires on the right shape
and not on a similar wrong one."""

from extraction.attribution import Resolver, parse_person
from extraction.attribution.offices import addresses, title_office
from extraction.attribution.reporting import common_noun

# (1) An office as the speaker of first-person words the text gives no person.

WRITTEN_QUESTION = (
    "Written Answers\n\n"
    "Ferry Services\n\n"
    "41. Deputy Niamh Brennan asked the Minister for Transport, Harbours and Islands the "
    "status of the new ferry contract. [1234/24]\n\n"
    "Answer\n\n"
    "My Department awarded the island ferry contract in 2023, and sailings rose by 18% "
    "in the first year of the contract.\n"
)


def test_a_written_answer_is_the_office_asked(speaker_of):
    speaker = speaker_of(
        WRITTEN_QUESTION,
        "sailings rose",
        kind="parliamentary_record",
        publisher="Houses of the Assembly",
    )
    assert speaker == "Minister for Transport, Harbours and Islands"


def test_the_written_question_is_the_askers(speaker_of):
    speaker = speaker_of(
        WRITTEN_QUESTION,
        "asked the Minister",
        kind="parliamentary_record",
        publisher="Houses of the Assembly",
    )
    assert speaker == "Niamh Brennan"


def test_a_question_naming_a_person_keeps_the_person(speaker_of):
    # No "asked the <office>" line: the page's own voice, as before.
    body = WRITTEN_QUESTION.replace("asked the Minister", "wrote to the Minister")
    speaker = speaker_of(
        body, "sailings rose", kind="parliamentary_record", publisher="Houses of the Assembly"
    )
    assert speaker == "Houses of the Assembly"


HANDED_OVER = (
    "The Governor on the harvest\n\n"
    "The state's grain harvest rose by 12% this year, the agency said. The Governor spoke "
    "today about the figures, and explained how the drought fund is helping farms:\n\n"
    "When I took office, 40% of farms had no irrigation. We cut that to 25% in two years.\n"
)


def test_narration_handing_over_to_an_office_gives_it_the_next_paragraph(speaker_of):
    speaker = speaker_of(
        HANDED_OVER, "40% of farms", kind="press_release", publisher="Office of the State"
    )
    assert speaker == "Governor"


def test_the_hand_over_ends_where_the_narration_names_the_office_again(speaker_of):
    body = HANDED_OVER + "\nThe Governor visited 12 farms in June, three times as many as in May.\n"
    speaker = speaker_of(body, "12 farms", kind="press_release", publisher="Office of the State")
    assert speaker == "Office of the State"


def test_the_narration_before_the_hand_over_stays_the_pages(speaker_of):
    speaker = speaker_of(
        HANDED_OVER, "grain harvest", kind="press_release", publisher="Office of the State"
    )
    assert speaker == "Office of the State"


def test_a_title_naming_an_office_gives_first_person_paragraphs_to_it(speaker_of):
    body = (
        "Figures for the quarter were published today.\n\n"
        "Since I took office, exports of timber have doubled to 3 million tonnes.\n\n"
        "Exports of fish rose by 9% in the quarter.\n"
    )
    metadata = {
        "kind": "press_release",
        "publisher": "Office of the Premier",
        "title": "The Premier Addresses Quarterly Export Figures",
    }
    assert speaker_of(body, "timber", **metadata) == "Premier"
    # A paragraph not in the first person singular stays the page's.
    assert speaker_of(body, "fish rose", **metadata) == "Office of the Premier"


def test_a_title_naming_a_genre_or_a_body_names_no_office():
    assert title_office("Remarks by the Governor at the harvest fair", Resolver("")) is not None
    assert title_office("Quarterly Export Figures", Resolver("")) is None
    assert title_office("Statement from the Harbour Board", Resolver("")) is None


# (2) A question session without speaker headings.

SESSION = (
    "1. Questions to the Chief Minister\n\n"
    "Good afternoon. The first question today is from Tomos Pryce.\n\n"
    "Rural Buses\n\n"
    "1. What is the Government doing to support rural buses? OQ11111\n\n"
    "We are spending £40 million on rural buses this year, twice the sum of 2020.\n\n"
    "Chief Minister, fares in the valleys rose by 30% last year, the highest rise in the "
    "country.\n"
)


def test_the_answer_in_a_question_session_is_the_offices(speaker_of):
    speaker = speaker_of(
        SESSION, "£40 million", kind="parliamentary_record", publisher="Island Assembly"
    )
    assert speaker == "Chief Minister"


def test_a_paragraph_addressing_the_office_is_the_questioners(speaker_of):
    speaker = speaker_of(
        SESSION, "fares in the valleys", kind="parliamentary_record", publisher="Island Assembly"
    )
    assert speaker == "Tomos Pryce"


def test_the_vocative_is_the_office_addressed_not_one_mentioned():
    assert addresses("Chief Minister, fares rose.", "Chief Minister")
    assert addresses("You will know, Chief Minister, that fares rose.", "Chief Minister")
    assert addresses("Will you act, Chief Minister?", "Chief Minister")
    # The office named inside a sentence, or a longer office containing it, is no address.
    assert not addresses("The Deputy Chief Minister, I think, was wrong.", "Chief Minister")
    assert not addresses("I asked the Chief Minister about fares.", "Chief Minister")


def test_without_an_announced_questioner_there_is_no_session(speaker_of):
    body = SESSION.replace(" The first question today is from Tomos Pryce.", "")
    speaker = speaker_of(
        body, "£40 million", kind="parliamentary_record", publisher="Island Assembly"
    )
    assert speaker == "Island Assembly"


# (3) A study's findings in a release, and no bare common noun as a speaker.

STUDY = (
    "Study finds fewer falls\n\n"
    "Report estimates the scheme has prevented hundreds of falls.\n\n"
    "A Northfield Health Board and Eastbay University study indicates a 12% fall in "
    "hospital admissions after the scheme began. Researchers say the fall is largest "
    "among people over 80.\n"
)


def test_a_study_named_by_its_authors_is_theirs(speaker_of):
    speaker = speaker_of(STUDY, "12% fall", publisher="Northfield Council")
    assert speaker == "Northfield Health Board and Eastbay University"


def test_researchers_are_the_authors_of_the_study_named_before(speaker_of):
    speaker = speaker_of(STUDY, "largest among", publisher="Northfield Council")
    assert speaker == "Northfield Health Board and Eastbay University"


def test_researchers_with_no_study_before_stay_the_pages(speaker_of):
    body = "Falls update\n\nResearchers say the fall in admissions is 12% among people over 80.\n"
    assert speaker_of(body, "over 80", publisher="Northfield Council") == "Northfield Council"


def test_a_bare_common_noun_is_never_a_speaker(speaker_of):
    assert speaker_of(STUDY, "Report estimates", publisher="Northfield Council") == (
        "Northfield Council"
    )
    assert common_noun("Report", [])
    assert common_noun("Homelessness", ["a rise in homelessness"])
    # A name is not a common noun, nor an abstract word the text never writes in lower case.
    assert not common_noun("Northfield", ["the northfield road"])
    assert not common_noun("Harmony", ["a rise in harmony"])


def test_a_word_completing_an_office_is_no_name():
    assert parse_person("Minister for Ports and Harbours") is None
    body = parse_person("the Centre for Rail and Road")
    assert body is not None and body.kind == "organisation"
    assert parse_person("Bureau of Farm Statistics").name == "Bureau of Farm Statistics"
    # An office with a name after it is still a person.
    assert parse_person("Secretary of State for Ports Ada Lind").name == "Ada Lind"


# (4) News reporting verbs.

NEWS = (
    "Governor Ada Lind is pointing to the latest harvest report as proof her farm plan "
    "works, with yields up 8%.\n\n"
    "Grain exports reached a record 4 million tonnes in May, with the Farm Statistics Office "
    "reporting that 2,000 farms had joined the plan.\n\n"
    "In a speech in Eastport, the governor focused on exports, noting that sales to Asia "
    "had doubled since 2020.\n"
)


def test_x_is_pointing_to_is_xs(speaker_of):
    speaker = speaker_of(NEWS, "pointing to", kind="article", publisher="Eastport Post")
    assert speaker == "Ada Lind"


def test_with_x_reporting_that_gives_the_clause_to_x(speaker_of):
    metadata = {"kind": "article", "publisher": "Eastport Post"}
    assert speaker_of(NEWS, "2,000 farms", **metadata) == "Farm Statistics Office"
    # The sentence's own clause before it stays the story's.
    assert speaker_of(NEWS, "record 4 million", **metadata) == "Eastport Post"


def test_the_subject_noting_that_is_the_speaker(speaker_of):
    speaker = speaker_of(NEWS, "sales to Asia", kind="article", publisher="Eastport Post")
    assert speaker == "Ada Lind"


def test_a_participle_without_that_reports_nothing(speaker_of):
    body = "Grain exports rose 8% in May, noting a record for the port.\n"
    speaker = speaker_of(body, "Grain exports", kind="article", publisher="Eastport Post")
    assert speaker == "Eastport Post"


# (5) A media page's "Speaker:" block over its transcripts.

SOUNDBITES = (
    "Speaker: Ada Lind\nFarm Commissioner\n\n"
    "Clip 1\n\n"
    "Transcript: As the Commission has said before, the plan has cut farm losses by 30% "
    "since 2021.\n"
)


def test_a_transcript_under_a_speaker_block_is_the_speakers(speaker_of):
    speaker = speaker_of(SOUNDBITES, "30%", publisher="Farm Commission")
    assert speaker == "Ada Lind"


def test_a_transcript_without_a_speaker_block_names_no_person(speaker_of):
    body = SOUNDBITES.replace("Speaker: Ada Lind\nFarm Commissioner\n\n", "")
    # No one holds the floor: the body the sentence cites, as before this round.
    assert speaker_of(body, "30%", publisher="Farm Commission") == "Commission"


# (6) A transcript label naming the host.


def test_a_named_host_label_starts_the_hosts_turn(speaker_of):
    body = (
        "TRANSCRIPT\n\n"
        "MARA OKAFOR, HOST: Rents in the capital rose 9% last year, the fastest in a decade.\n\n"
        "TOBIAS WREN, MINISTER FOR HOUSING AND MINISTER FOR PLANNING: We have built 20,000 "
        "homes since 2022.\n"
    )
    metadata = {"kind": "interview", "publisher": "Tobias Wren MP"}
    assert speaker_of(body, "Rents in the capital", **metadata) == "Mara Okafor"
    assert speaker_of(body, "20,000 homes", **metadata) == "Tobias Wren"
