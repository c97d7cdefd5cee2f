"""Rules of the seventeenth round, written from the misses of round 11 (measured once
unseen, then read) and for speaker names that are no names, each on an invented neutral
text: the rule fires on the right shape and not on a similar wrong one."""

from functools import partial

from extraction.attribution import Resolver, Speaker
from extraction.attribution.names import parse_person
from extraction.attribution.turns import heading_speaker
from extraction.attribution.validation import caption_speaker, checked, plausible, trim_name
from extraction.attribution.written import inline_turns
from extraction.features import assess
from extraction.features.metadata import occasion, without_label
from extraction.suggest import suggest_claims

FARES = "Bus fares have risen by 40 percent since 2020, the steepest rise in a decade."
DEPOTS = "The council closed 12 of its 30 bus depots in 2023, saving £4 million a year."


# (A) A speaker is a plausible name of a person or an institution


def test_heading_words_are_no_name():
    assert not plausible("Current Status")
    assert not plausible("Opening")
    assert not plausible("Answer")
    assert not plausible("")
    assert plausible("Jane Roe")
    assert plausible("Northshire County Council")
    assert plausible("First Minister")


def test_a_headline_verb_or_genre_word_is_cut_from_a_name():
    assert trim_name("Jane Roe Hosts") == "Jane Roe"
    assert trim_name("Roe Opening") == "Roe"
    assert trim_name("Jane Roe") == "Jane Roe"
    # A word of the kind at the start is left for `plausible` to refuse.
    assert trim_name("Statement") == "Statement"


def test_a_surname_the_parse_took_for_an_office_is_the_name():
    assert checked(Speaker("Opening", "Roe", "person")) == Speaker("Roe", "", "person")
    # An office is no surname: nothing plausible is left.
    assert checked(Speaker("Opening", "Minister", "person")) is None
    # An institution's name keeps such words when it has others.
    org = Speaker("Federal News Service", "", "organisation")
    assert checked(org) == org


def test_a_title_name_then_opening_statement_gives_the_member(speaker_of):
    body = f"Mr. Chairman, thank you for this hearing.\n\n{FARES}"
    speakers = partial(
        speaker_of,
        body,
        kind="speech",
        title="Roe Opening Statement: Hearing on Bus Fares",
        publisher="Office of Rep. Jane Roe",
    )
    assert speakers(FARES) == "Roe"


def test_a_title_with_a_headline_verb_keeps_the_name_only(speaker_of):
    body = f"Thank you all for joining the call.\n\n{FARES}"
    speakers = partial(
        speaker_of,
        body,
        kind="interview",
        title="Transcript: Secretary Jane Roe Hosts Call with Reporters",
        publisher="Department of Buses",
    )
    assert speakers(FARES) == "Jane Roe"


def test_a_title_of_genre_words_alone_falls_back_to_the_publisher(speaker_of):
    body = f"Good morning.\n\n{FARES}"
    speakers = partial(
        speaker_of, body, kind="speech", title="Opening Statement", publisher="Department of Buses"
    )
    assert speakers(FARES) == "Department of Buses"


# (B) A record printed on one line with its speaker headings inside it


def test_inline_headings_split_a_one_line_record():
    body = (
        "Bus Fares Question Asked by Baroness Roe To ask the Government what assessment "
        "they have made of bus fares. The Minister of State, Department for Transport "
        f"(Lord Doe) (Con) My Lords, {FARES[0].lower()}{FARES[1:]} Baroness Roe (Lab) My "
        f"Lords, {DEPOTS[0].lower()}{DEPOTS[1:]} Does the Minister agree that this is too "
        "many?"
    )
    turns = inline_turns(body, Resolver(body))
    assert [speaker.name for _, speaker in turns] == ["Roe", "Doe", "Roe"]
    found = suggest_claims(body, kind="parliamentary_record", publisher="House of Examples")
    # The heading stays in the span; the words after it are its speaker's.
    assert [c.speaker for c in found if "fares have risen" in c.quote] == ["Doe"]
    assert [c.speaker for c in found if "council closed" in c.quote] == ["Roe"]


def test_one_member_named_in_a_line_is_no_turn():
    body = f"Baroness Roe (Lab) asked about fares. {FARES}"
    assert inline_turns(body, Resolver(body)) == []


# (C) A peer's territorial title ends a reprint's speaker heading


def test_a_peers_title_with_of_is_one_name():
    assert parse_person("Lord Doe of Northtown") == Speaker("Doe of Northtown", "", "person")
    speaker = heading_speaker("Lord Doe of Northtown Portrait Lord Doe of Northtown (Con)")
    assert speaker is not None and speaker.name == "Doe of Northtown"
    # An office "of" a place is still an office.
    assert parse_person("Lord Chancellor of Northland").name != "Chancellor of Northland"
    assert parse_person("Secretary of Buses Jane Roe").name == "Jane Roe"


def test_a_reprinted_answer_goes_to_the_peer_who_answers():
    body = (
        "Asked by\n\nLord Roe Portrait Lord Roe\n\n"
        "To ask the Government what steps they are taking on bus fares.\n\n"
        "Lord Doe of Northtown Portrait Lord Doe of Northtown (Con)\n\n"
        f"My Lords, {FARES[0].lower()}{FARES[1:]}"
    )
    found = suggest_claims(body, kind="parliamentary_record", publisher="House of Examples")
    fares = [c for c in found if "fares have risen" in c.quote]
    assert fares and fares[0].speaker == "Doe of Northtown"


# (D) Written questions and answers


WRITTEN = (
    "- Asked by: Jane Roe, Member for Northtown, Example Party\n"
    "-\n"
    "Date lodged: Monday, 5 May 2025\n"
    "-\n"
    "Current Status:\n"
    "Answered by John Doe on 12 May 2025\n"
    "To ask the Government how many bus depots have closed since 2020.\n"
    "Answer\n"
    f"{DEPOTS}\n"
)


def test_a_written_answer_is_the_answerers(speaker_of, suggest):
    metadata = {"kind": "parliamentary_record", "publisher": "Assembly of Examples (answers)"}
    assert speaker_of(WRITTEN, DEPOTS, **metadata) == "John Doe"
    assert "Current Status" not in {c.speaker for c in suggest(WRITTEN, **metadata)}


def test_without_an_answered_line_a_status_heading_still_names_no_one(speaker_of):
    body = WRITTEN.replace("Answered by John Doe on 12 May 2025\n", "")
    speakers = partial(
        speaker_of, body, kind="parliamentary_record", publisher="Assembly of Examples"
    )
    assert speakers(DEPOTS) != "Current Status"


# (E) A statement page naming its speaker only in a photo caption


def test_a_photo_caption_names_the_speaker_of_a_first_person_page(speaker_of):
    body = (
        "Press Conference about Bus Fares\n\n"
        "Good afternoon. I am pleased you could come.\n\n"
        "[Photo: Secretary Jane Roe]\n\n"
        f"{FARES}"
    )
    speakers = partial(speaker_of, body, kind="press_release", publisher="Department of Buses")
    assert speakers(FARES) == "Jane Roe"


def test_a_caption_over_a_third_person_page_is_someone_pictured():
    header = ["The department published figures today.", "[Photo: Secretary Jane Roe]"]
    assert caption_speaker(header, Resolver("")) is None
    # A caption naming no office names someone pictured, not the speaker.
    assert caption_speaker(["I am pleased to be here.", "[Photo: Jane Roe]"], Resolver("")) is None


# (F) Lines about the page or the occasion


def test_publication_labels_are_not_claims():
    assert occasion("ABC-15-123 Published: Jul 30, 2015.")
    assert occasion("Publicly Released: Jul 30, 2015.")
    assert assess("Publicly Released: Jul 30, 2015.").score < 0.4
    # A sentence reporting a publication is a claim.
    assert not occasion("The report published in 2015 found that 40 percent of depots closed.")


def test_a_host_introducing_the_speaker_is_not_a_claim():
    line = "Now it's my pleasure to introduce Secretary of Buses Jane Roe."
    assert occasion(line)
    assert assess(line).score < 0.4
    assert not occasion("It is a pleasure that fares fell by 10 percent in 2023.")


def test_a_turn_label_is_not_scored_as_part_of_the_claim():
    assert without_label("SECRETARY ROE: Andy, it could have been worse.") == (
        "Andy, it could have been worse."
    )
    assert assess("SECRETARY ROE: Andy, it could have been worse.").score < 0.4
    # The words after a label are still scored.
    assert assess(f"SECRETARY ROE: {FARES}").score >= 0.4
    # A label marking the page keeps the low score the whole line has.
    assert assess("SUBJECTS: Bus fares; depots; Jane Roe.").score < 0.4


def test_a_question_put_down_is_not_a_claim():
    line = (
        "Bus Fares Question 14:37:00 Asked by Baroness Roe To ask the Government what "
        "assessment they have made of the 40 percent rise in fares since 2020."
    )
    assert occasion(line)
    assert assess(line).score < 0.4
