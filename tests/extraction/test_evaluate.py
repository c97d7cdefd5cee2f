import datetime
import json

import pytest

from extraction.evaluate import document_metadata, evaluate, main, same_speaker

TEXT = (
    "Ministry signs housing deal\n\n"
    "The ministry built 40,000 homes in 2023, twice as many as in 2022.\n\n"
    "Housing Minister Ann Lee said:\n\n"
    "Rents have fallen by a fifth since the deal was signed.\n\n"
    "We are thankful to every builder and proud of their work.\n"
)


def gold_file(tmp_path, claims):
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "doc.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "gold").mkdir()
    gold = {
        "documents": [
            {
                "doc": "doc.txt",
                "title": "Housing deal",
                "publisher": "Ministry of Housing (press release)",
                "date": "2024-01-02",
            }
        ],
        "claims": claims,
    }
    path = tmp_path / "gold" / "gold.json"
    path.write_text(json.dumps(gold), encoding="utf-8")
    return path


def span(quote, **fields):
    start = TEXT.index(quote)
    return {"doc": "doc.txt", "quote": quote, "start": start, "end": start + len(quote), **fields}


def test_the_four_figures_on_a_small_gold_set(tmp_path):
    path = gold_file(
        tmp_path,
        [
            span("built 40,000 homes in 2023", speaker="Ministry of Housing", checkworthy=3),
            span("Rents have fallen by a fifth", speaker="Ann Lee", checkworthy=2),
            span("proud of their work", speaker="Ann Lee", checkworthy=1),
        ],
    )

    result = evaluate(json.loads(path.read_text()), tmp_path / "seeds")

    assert result["suggestions"] == 2
    assert result["precision"] == 1.0
    assert result["recall_level3"] == 1.0
    assert result["recall_level2_plus"] == 1.0
    assert result["speaker_accuracy"] == 1.0


def test_a_wrong_speaker_and_a_miss_count_against(tmp_path):
    path = gold_file(
        tmp_path,
        [
            span("built 40,000 homes in 2023", speaker="Someone Else", checkworthy=3),
            span("We are thankful to every builder", speaker="Ann Lee", checkworthy=3),
        ],
    )

    result = evaluate(json.loads(path.read_text()), tmp_path / "seeds")

    assert result["recall_level3"] == 0.5
    assert result["precision"] == 0.5
    assert result["speaker_accuracy"] == 0.0


def test_the_command_line_prints_the_figures(tmp_path, capsys):
    path = gold_file(
        tmp_path, [span("Rents have fallen by a fifth", speaker="Ann Lee", checkworthy=3)]
    )

    assert main([str(path)]) == 0

    out = capsys.readouterr().out
    assert "suggestions:               2\n" in out
    assert "precision:                 0.500\n" in out
    assert "recall, level-3 claims:    1.000\n" in out
    assert "speaker accuracy:          1.000\n" in out


def test_speaker_names_match_on_their_words():
    assert same_speaker("Northshire County Council", "Northshire Council")
    assert same_speaker("Jane Roe", "jane roe")
    assert same_speaker(None, None)
    assert not same_speaker(None, "Northshire Council")
    assert not same_speaker("Sam Hill", "Jane Roe")


def test_forms_of_address_and_post_nominals_are_not_part_of_a_name():
    assert same_speaker("Chuck Grassley", "Mr. GRASSLEY")
    assert same_speaker("Eoghan Murphy", "Murphy T.D")
    assert same_speaker("The Rt Hon Jane Roe MP", "Jane Roe")
    assert not same_speaker("Jane Roe", "Mr. DOE")
    # A form of address alone stays a word to compare.
    assert not same_speaker("Mr", "Jane Roe")


def test_an_acronym_matches_the_name_it_abbreviates():
    assert same_speaker("GAO", "U.S. Government Accountability Office")
    assert same_speaker("Office for National Statistics", "ONS")
    assert same_speaker("VOA", "Voice of America")
    assert not same_speaker("VOA", "Office of Veterans Affairs")
    assert not same_speaker("ONS", "Office of the Attorney General")
    assert not same_speaker("GAO", "Government Office")
    # Only a capitalised acronym abbreviates: a short word is a name of its own.
    assert not same_speaker("Gao", "Government Accountability Office")


def test_a_press_release_is_narrated_by_its_publisher():
    metadata = document_metadata(
        {"publisher": "Ministry of Housing (press release)", "title": "T", "date": "2024-01-02"}
    )

    assert metadata == {
        "kind": "press_release",
        "title": "T",
        "published_on": datetime.date(2024, 1, 2),
        "publisher": "Ministry of Housing",
    }


def test_a_publisher_name_keeps_a_list_that_runs_past_a_comma():
    def publisher(described):
        return document_metadata({"publisher": described, "date": None})["publisher"]

    assert publisher("Ministry of Business, Innovation and Employment (MBIE), New Zealand") == (
        "Ministry of Business, Innovation and Employment"
    )
    assert publisher("Department for Business, Energy & Industrial Strategy") == (
        "Department for Business, Energy & Industrial Strategy"
    )
    assert publisher("Foreign and Commonwealth Office, reprinted by a news site") == (
        "Foreign and Commonwealth Office"
    )
    assert publisher("Prime Minister's Office, 10 Downing Street") == "Prime Minister's Office"
    assert publisher("The Hon Jane Roe MP, Treasurer (ministers' site)") == "The Hon Jane Roe MP"


def test_an_encyclopedia_document_has_no_publisher_voice():
    metadata = document_metadata(
        {"publisher": "Wikipedia-style encyclopedia article", "date": None}
    )

    assert metadata["kind"] == "encyclopedia_entry"
    assert metadata["publisher"] == ""
    assert metadata["published_on"] is None


def test_a_missing_folder_of_texts_is_a_clear_error(tmp_path, capsys):
    path = tmp_path / "gold.json"
    path.write_text(json.dumps({"documents": [], "claims": []}), encoding="utf-8")

    with pytest.raises(SystemExit):
        main([str(path), "--texts", str(tmp_path / "nowhere")])

    assert "no folder of texts" in capsys.readouterr().err


def test_speakers_the_page_never_names_are_counted_apart(tmp_path, capsys):
    texts = tmp_path / "texts"
    texts.mkdir()
    body = "The Secretary of State said unemployment fell by 40,000 in March.\n"
    (texts / "statement.txt").write_text(body, encoding="utf-8")
    quote = "unemployment fell by 40,000 in March"
    start = body.index(quote)
    gold = {
        "documents": [{"doc": "statement.txt", "title": "Jobs statement", "kind": "speech"}],
        "claims": [
            {
                "doc": "statement.txt",
                "quote": quote,
                "start": start,
                "end": start + len(quote),
                "speaker": "Jane Roe",
                "date": None,
                "checkworthy": 3,
            }
        ],
    }
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(gold), encoding="utf-8")
    assert main([str(path), "--texts", str(texts)]) == 0
    assert "where the page names the labelled speaker: 0.000 (0 of 1 matched claims)" in (
        capsys.readouterr().out
    )


def test_speaker_accuracy_once_the_pages_voice_is_confirmed(tmp_path, capsys):
    # The labels give the narration to the department the release reprints, not to the
    # site carrying it: wrong until an editor sets "Narration by"; the quoted minister
    # stays hers either way.
    path = gold_file(
        tmp_path,
        [
            span("built 40,000 homes in 2023", speaker="Department of Homes", checkworthy=3),
            span("Rents have fallen by a fifth", speaker="Ann Lee", checkworthy=3),
        ],
    )

    result = evaluate(json.loads(path.read_text()), tmp_path / "seeds")

    assert result["speaker_accuracy"] == 0.5
    assert result["speaker_accuracy_voice_confirmed"] == 1.0
    assert main([str(path)]) == 0
    out = capsys.readouterr().out
    assert "once an editor has confirmed whose each page's narration is: 1.000\n" in out
    assert "speaker  date  spk+v" in out


def test_an_entry_whose_own_facts_are_no_ones_keeps_its_suggestions(tmp_path):
    # Most of the entry's claims are no one's: no voice to confirm, so the one claim the
    # labels give a body does not hand that body the entry's narration.
    path = gold_file(
        tmp_path,
        [
            span("built 40,000 homes in 2023", speaker=None, checkworthy=3),
            span("Rents have fallen by a fifth", speaker=None, checkworthy=3),
            span("We are thankful to every builder", speaker="Department of Homes", checkworthy=3),
        ],
    )
    gold = json.loads(path.read_text())
    gold["documents"][0].update(kind="encyclopedia_entry", publisher="An encyclopedia")

    result = evaluate(gold, tmp_path / "seeds")

    assert result["speaker_accuracy_voice_confirmed"] == result["speaker_accuracy"]
