import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from tests.factories import SourceFactory

pytestmark = pytest.mark.django_db


def run(*args):
    out = StringIO()
    call_command("suggest_claims", *args, stdout=out)
    return out.getvalue()


def test_prints_the_suggestions_best_first_with_speaker_and_date():
    source = SourceFactory(slug="treaty")

    output = run("treaty")

    assert f"suggested claim(s) in “{source.title}”, best first" in output
    assert "James Cleverly (Home Secretary), 2023-12-05" in output
    assert "crossings coming down by a third compared to last year" in output


def test_json_lists_objects_with_the_documented_keys():
    source = SourceFactory(slug="treaty")

    data = json.loads(run("treaty", "--json"))

    assert data
    assert all(
        set(item) == {"start", "end", "quote", "speaker", "speaker_role", "date", "type", "score"}
        for item in data
    )
    assert [item["score"] for item in data] == sorted((i["score"] for i in data), reverse=True)
    third = next(item for item in data if "by a third" in item["quote"])
    assert source.body[third["start"] : third["end"]] == third["quote"]
    assert third["speaker"] == "James Cleverly"
    assert third["date"] == "2023-12-05"


def test_an_unknown_slug_is_a_clear_error():
    with pytest.raises(CommandError, match="No source has the slug “nowhere”"):
        run("nowhere")


def test_a_source_without_text_says_so():
    SourceFactory(slug="empty", body="")

    assert "No check-worthy statements found" in run("empty")
    assert json.loads(run("empty", "--json")) == []


def test_min_score_out_of_range_is_refused():
    SourceFactory(slug="treaty")

    with pytest.raises(CommandError, match="between 0 and 1"):
        run("treaty", "--min-score", "7")
