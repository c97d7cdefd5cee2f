"""Ninety-fourth round: the threshold at 0.35, so a plain comparison with no figure
("Heatwaves are becoming more frequent.") is suggested, at the bottom of the list; the
comparison words a speaker uses as figures of speech are not comparisons
(`features/rhetoric`)."""

from extraction import suggest_claims

SPEECH = {"kind": "speech", "publisher": "Department of Harbours"}
_FERRIES = "Ferry journeys rose by 48,000 in March, the highest rise since 2008.\n\n"


def _suggestions(text, **metadata):
    return suggest_claims(_FERRIES + text, **{**SPEECH, **metadata})


def _suggested(text, fragment, **metadata):
    return any(fragment in c.quote for c in _suggestions(text, **metadata))


def test_a_plain_comparison_without_a_figure_is_suggested_below_the_figures():
    found = _suggestions("Storms on the islands are becoming more frequent and more severe.\n")

    quotes = [c.quote for c in found]
    assert any("more frequent and more severe" in q for q in quotes)
    assert "48,000" in quotes[0]  # the figure first; the plain comparison after it


def test_a_thing_called_more_than_its_kind_is_no_comparison():
    assert not _suggested("This harbour is more than a port for the islands.\n", "more than a port")
    assert not _suggested("The ferry is more than just a boat.\n", "more than just a boat")
    assert _suggested("The ferry carried more than 4,000 cars.\n", "more than 4,000 cars")


def test_a_task_left_is_no_comparison():
    assert not _suggested("There is much more work to do on the timetable.\n", "more work to do")
    assert not _suggested(
        "There are still more questions to answer about the fares.\n", "more questions"
    )
    assert _suggested("More ferries sailed on time than last year.\n", "More ferries sailed")


def test_an_archive_kept_is_no_record_but_a_record_high_is():
    assert not _suggested("The harbour keeps a record of every sailing.\n", "a record of every")
    assert _suggested("Passenger numbers reached a record high.\n", "a record high")


def test_the_speaker_rallying_the_room_is_no_claim():
    assert not _suggested(
        "Now, let's make sure we keep serving the islands for the next 20 years.\n",
        "let's make sure",
    )
    assert not _suggested("Let’s continue to back our crews.\n", "Let’s continue")
