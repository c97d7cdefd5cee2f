"""The development set: real texts, labelled by hand, with spans that read their quotes."""

import contextlib
import hashlib
import io
import json

import pytest

from extraction.evaluate import DEVSET, evaluate, main

GOLD = json.loads(DEVSET.read_text(encoding="utf-8"))
TEXTS = DEVSET.parent / "texts"


# Scoring the whole set takes minutes: each is done once for the tests that read it.
@pytest.fixture(scope="module")
def result():
    return evaluate(GOLD, TEXTS)


@pytest.fixture(scope="module")
def report_without_seeds(tmp_path_factory):
    missing = tmp_path_factory.mktemp("seeds") / "missing.json"
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(["--seeds", str(missing)])
    return code, out.getvalue()


def test_every_labelled_span_reads_its_quote_in_the_stored_text():
    for claim in GOLD["claims"]:
        text = (TEXTS / claim["doc"]).read_text(encoding="utf-8")
        assert text[claim["start"] : claim["end"]] == claim["quote"], claim["quote"]
        assert claim["checkworthy"] in (1, 2, 3)


def test_every_text_is_kept_with_its_source_and_licence():
    for document in GOLD["documents"]:
        data = (TEXTS / document["doc"]).read_text(encoding="utf-8").encode()
        assert hashlib.sha256(data).hexdigest() == document["sha256"]
        assert document["url"].startswith("http")
        assert document["licence"] and document["publisher"] and document["genre"]


def test_the_set_spans_at_least_twelve_texts_in_six_genres_with_a_third_held_out():
    documents = GOLD["documents"]
    held_out = [d for d in documents if d["held_out"]]

    assert len(documents) >= 12
    assert len({d["genre"] for d in documents}) >= 6
    assert len(held_out) * 3 >= len(documents) - 1


def test_figures_are_given_per_genre_and_for_the_held_out_texts(result):
    assert set(result["by_genre"]) == {d["genre"] for d in GOLD["documents"]}
    assert result["held_out"]["texts"] + result["tuned"]["texts"] == len(GOLD["documents"])


def test_every_text_belongs_to_a_batch_and_the_latest_batch_is_held_out():
    batches = sorted({d["batch"] for d in GOLD["documents"]})

    assert batches[0] == "round1"
    assert all(d["held_out"] for d in GOLD["documents"] if d["batch"] == batches[-1])


def test_held_out_figures_are_given_per_batch(result):
    by_batch = result["by_batch"]
    assert set(by_batch) == {d["batch"] for d in GOLD["documents"]}
    for batch, parts in by_batch.items():
        documents = [d for d in GOLD["documents"] if d["batch"] == batch]
        held = [d for d in documents if d["held_out"]]
        assert parts.get("held_out", {"texts": 0})["texts"] == len(held)
        assert sum(part["texts"] for part in parts.values()) == len(documents)


def test_the_report_has_a_row_for_each_batch(report_without_seeds):
    _, out = report_without_seeds
    assert "round1, held out" in out
    assert "round2, tuned" in out


def test_without_the_seeds_the_development_set_still_runs(report_without_seeds):
    code, out = report_without_seeds
    assert code == 0
    assert "Development set" in out
    assert "the seeds were not scored" in out
