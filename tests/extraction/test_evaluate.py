import json

from claims.extraction.evaluate import evaluate, main, same_speaker, source_for

TEXT = (
    "Ministry signs housing deal\n\n"
    "The ministry built 40,000 homes in 2023, twice as many as in 2022.\n\n"
    "Housing Minister Ann Lee said:\n\n"
    "Rents have fallen by a fifth since the deal was signed.\n\n"
    "We are grateful to every builder and proud of their work.\n"
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
            span("We are grateful to every builder", speaker="Ann Lee", checkworthy=3),
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
    for label in ("precision", "recall, level-3", "recall, level ≥ 2", "speaker accuracy"):
        assert label in out


def test_speaker_names_match_on_their_words():
    assert same_speaker("UK Government", "UK")
    assert same_speaker("James Cleverly", "james cleverly")
    assert same_speaker(None, None)
    assert not same_speaker(None, "UK Home Office")
    assert not same_speaker("Vincent Biruta", "James Cleverly")


def test_an_encyclopedia_document_has_no_publisher_voice():
    source = source_for({"publisher": "Wikipedia-style encyclopedia article", "date": None}, "x")

    assert source.kind == "encyclopedia_entry"
    assert source.publisher is None
