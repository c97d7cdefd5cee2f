import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from tests.factories import SourceFactory

pytestmark = pytest.mark.django_db

KEYS = {"start", "end", "quote", "speaker", "speaker_role", "date", "type", "score"}


def run(*args):
    out = StringIO()
    call_command("suggest_claims", *args, stdout=out)
    return out.getvalue()


def test_prints_the_suggestions_best_first_with_speaker_and_date(release, release_quotes):
    output = run("hip-operations")

    assert f"2 suggested claim(s) in “{release.title}”, best first" in output
    assert "Jane Roe (Health Secretary), 2024-03-14" in output
    assert release_quotes["fifth"] in output
    assert output.index("48,000") < output.index("hip operations")


def test_json_lists_objects_with_the_documented_keys(release, release_quotes):
    data = json.loads(run("hip-operations", "--json"))

    assert len(data) == 2
    assert all(set(item) == KEYS for item in data)
    assert [item["score"] for item in data] == sorted((i["score"] for i in data), reverse=True)
    fifth = next(item for item in data if item["quote"] == release_quotes["fifth"])
    assert release.body[fifth["start"] : fifth["end"]] == fifth["quote"]
    assert (fifth["speaker"], fifth["speaker_role"]) == ("Jane Roe", "Health Secretary")
    assert fifth["date"] == "2024-03-14"
    assert fifth["type"] == "comparison/trend"


def test_min_score_leaves_out_lower_suggestions(release):
    scores = [item["score"] for item in json.loads(run("hip-operations", "--json"))]
    between = (min(scores) + max(scores)) / 2

    data = json.loads(run("hip-operations", "--json", "--min-score", str(between)))

    assert [item["score"] for item in data] == [max(scores)]


def test_narration_is_the_publishers_voice():
    source = SourceFactory(
        slug="school-meals", body="The council served 2.4 million school meals in 2023."
    )

    [item] = json.loads(run("school-meals", "--json"))

    assert item["speaker"] == source.publisher.name


def test_an_unknown_slug_is_a_clear_error():
    with pytest.raises(CommandError, match="No source has the slug “nowhere”"):
        run("nowhere")


def test_a_source_without_text_says_so():
    SourceFactory(slug="empty", body="")

    assert "No check-worthy statements found" in run("empty")
    assert json.loads(run("empty", "--json")) == []


def test_min_score_out_of_range_is_refused(release):
    with pytest.raises(CommandError, match="between 0 and 1"):
        run("hip-operations", "--min-score", "7")
