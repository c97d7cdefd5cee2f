"""The voice-ranking experiment (`extraction.voice_model`, `extraction.train_voice`):
which voices a page offers, what the features say about them, and that the ranker learns
deterministically and defers to the rules unless it is sure. Invented texts only."""

from extraction.attribution import Resolver, Speaker
from extraction.evaluate import inside_quotes
from extraction.text import paragraphs
from extraction.train_voice import Page, _most_common, figures, wins
from extraction.voice_model import Option, Ranker, described, options

DEPARTMENT = Speaker("Department of Buses", "", "organisation")
SPEECH_TITLE = "Speech by Health Secretary Jane Roe at the Bus Forum"
SPEECH = (
    f"{SPEECH_TITLE}\n\n"
    "By Jane Roe\n\n"
    "I am pleased to be here. Bus journeys rose by 4% last year, and the Department of "
    "Buses expects them to rise again.\n\n"
    "The Bus Users Association said fares had fallen."
)
INTERVIEW = (
    "TRANSCRIPT\n\n"
    "JOHN DOE: Minister, thank you for joining us.\n\n"
    "JANE ROE: Thanks, John. Waiting lists fell by a fifth in the year to March, and we "
    "will cut them again.\n\n"
    "JOHN DOE: Will they?\n\n"
    "JANE ROE: They will. We have hired 2,000 more nurses since May, and every hospital "
    "has a new ward."
)


def _resolver(body: str, title: str = "") -> Resolver:
    resolver = Resolver(body)
    resolver.read(title)
    return resolver


def _found(body, *, kind, title="", publisher="", rules=None) -> dict[str, Option]:
    found = options(
        body,
        kind=kind,
        title=title,
        publisher=publisher,
        rules_voice=rules,
        resolver=_resolver(body, title),
    )
    return {option.speaker.name: option for option in found}


def test_a_speech_offers_the_rules_voice_the_publisher_and_the_person_its_header_names():
    found = _found(
        SPEECH, kind="speech", title=SPEECH_TITLE, publisher=DEPARTMENT.name, rules=DEPARTMENT
    )
    assert {"rules", "publisher"} <= found["Department of Buses"].sources
    assert {"title", "byline", "resolver"} <= found["Jane Roe"].sources
    assert found["Jane Roe"].speaker.role == "Health Secretary"


def test_a_sentence_break_ends_a_name():
    found = _found(INTERVIEW, kind="interview", rules=Speaker("John Doe"))
    assert "John Waiting" not in found


def test_a_transcript_offers_its_labels_and_counts_the_floor_each_holds():
    described_ = described(
        INTERVIEW,
        kind="interview",
        title="Interview with Jane Roe",
        publisher="Ministry of Examples",
        rules_voice=Speaker("John Doe"),
        resolver=_resolver(INTERVIEW),
    )
    features = {option.speaker.name: names for option, names in described_}
    sources = {option.speaker.name: option.sources for option, _ in described_}
    assert "label" in sources["Jane Roe"] and "label" in sources["John Doe"]
    # Labels in capitals are mentions of the name; the guest speaks the most words.
    assert "label_rank=1|kind=interview" in features["Jane Roe"]
    assert "spoken_rank=1|kind=interview" in features["Jane Roe"]
    assert "spoken_rank=2|kind=interview" in features["John Doe"]
    assert "src=rules|kind=interview" in features["John Doe"]


def test_an_office_brings_its_holder_and_a_self_introduction_its_speaker():
    body = "Secretary of State Jane Roe opened the depot.\n\nMy name is John Doe, and I run it."
    office = Speaker("Secretary of State", "Secretary of State", "person")
    found = _found(body, kind="speech", rules=office)
    assert "holder" in found["Jane Roe"].sources
    assert "intro" in found["John Doe"].sources


def test_a_person_named_as_publisher_is_a_person_candidate():
    found = _found(SPEECH, kind="interview", publisher="The Hon Jane Roe MP")
    assert found["Jane Roe"].speaker.kind == "person"
    assert "publisher" in found["Jane Roe"].sources


def _pages():
    """Toy pages: the rules' candidate first; the right one is the person with a byline
    on pages of one kind and the rules' elsewhere."""
    byline_right = (
        [["bias", "src=rules", "shape=org"], ["bias", "src=byline", "shape=person"]],
        {1},
    )
    rules_right = ([["bias", "src=rules", "shape=person"], ["bias", "shape=word"]], {0})
    return [byline_right] * 20 + [rules_right] * 20


def test_the_ranker_learns_deterministically():
    first, second = Ranker().fit(_pages()), Ranker().fit(_pages())
    assert first.weights == second.weights
    assert (
        first.choose([["bias", "src=rules", "shape=org"], ["src=byline", "shape=person"]], 0) == 1
    )
    assert first.choose([["bias", "src=rules", "shape=person"], ["bias", "shape=word"]], 0) == 0


def test_the_ranker_keeps_the_rules_voice_unless_another_is_likelier_than_not():
    ranker = Ranker({"a": 0.2})
    # Three candidates: "a" is the best but short of even odds, so the rules' one stays.
    assert ranker.choose([["b"], ["a"], ["c"]], 0) == 0
    assert Ranker({"a": 5.0}).choose([["b"], ["a"], ["c"]], 0) == 1
    assert Ranker().choose([], None) is None


def test_a_claim_inside_quotation_marks_is_not_narration():
    body = 'The minister said: “Fares fell by 5%.” Fares rose by 2% in May.\n\n"Buses are full."'
    every = paragraphs(body)
    assert inside_quotes(every, body.index("Fares fell"), "Fares fell by 5%.")
    assert not inside_quotes(every, body.index("Fares rose"), "Fares rose by 2% in May.")
    assert inside_quotes(every, body.index('"Buses'), '"Buses are full."')


def test_the_gold_voice_is_the_speaker_most_claims_name_whatever_the_form():
    names = [("Jane Roe", "", ""), ("Ms Roe", "", ""), ("John Doe", "", ""), ("Jane Roe", "", "")]
    assert _most_common(names) == ("Jane Roe", "", "")
    assert _most_common([]) is None


def _page(doc, batch, gold, rules, unquoted):
    return Page(doc, batch, "speech", gold, unquoted, Speaker(rules), [], [])


def test_the_figures_count_pages_claims_and_disagreements():
    pages = [
        _page("a", "round1", "Jane Roe", "Jane Roe", ["Jane Roe", "Jane Roe", "John Doe"]),
        _page("b", "round70", "John Doe", "Bus Office", ["John Doe"]),
    ]
    chosen = {"a": "Jane Roe", "b": "John Doe"}
    n = figures(pages, chosen)
    assert (n["pages"], n["rules_pages"], n["model_pages"]) == (2, 1, 2)
    assert (n["claims"], n["rules_claims"], n["model_claims"]) == (4, 2, 3)
    assert (n["differ"], n["rules_differ"], n["model_differ"]) == (1, 0, 1)
    assert wins(pages, chosen)
    assert not wins(pages, {"a": "John Doe", "b": "John Doe"})
