"""The editor's word on whose a page's narration is (`Source.narrator`): set once on the
source, every suggestion from the narration follows it, while quoted speakers and
speaking turns keep their own; left empty, the page decides as before."""

import datetime

import pytest
from django.urls import reverse

from claims.models import Claim
from sources.models import Source
from tests.factories import ClaimFactory, PublisherFactory, SourceFactory

# A mirror's reprint of a minister's statement: nothing on the page says it is hers.
REPRINT = (
    "Ferry services to the islands carried 1.2 million passengers last year, up by a "
    "quarter on 2019.\n\n"
    "The harbour upgrade cost £48 million and was finished two months early.\n\n"
    "Councillor Tom Doe said: “Bookings for the summer are already 30% higher than at "
    "this point last year.”"
)
NARRATION = "Ferry services to the islands carried 1.2 million passengers"
QUOTED = "Bookings for the summer are already 30% higher"

# A record of turns: the turns are the members', whatever the narrator says.
RECORD = (
    "Ms Ann Smith (Northtown): Rents in the city rose by 9% in the year to June, the "
    "fastest rise on record.\n\n"
    "The Minister for Housing (Mr Bob Jones): We have built 12,000 social homes since "
    "2021, twice as many as in the three years before."
)

pytestmark = pytest.mark.django_db


def speakers(suggest, body, **metadata):
    return {c.quote: c.speaker for c in suggest(body, **metadata)}


def speaker_containing(found, fragment):
    return next(speaker for quote, speaker in found.items() if fragment in quote)


def test_the_narrator_speaks_the_narration_and_quoted_people_keep_their_words(suggest):
    before = speakers(suggest, REPRINT, kind="speech", publisher="Reprints Online")
    after = speakers(
        suggest, REPRINT, kind="speech", publisher="Reprints Online", narrator="Jane Roe"
    )

    assert speaker_containing(before, NARRATION) != "Jane Roe"
    assert speaker_containing(after, NARRATION) == "Jane Roe"
    assert speaker_containing(after, "The harbour upgrade cost") == "Jane Roe"
    assert speaker_containing(after, QUOTED) == "Tom Doe"


def test_the_narrator_is_kept_as_typed_even_when_the_page_never_writes_it(suggest):
    found = suggest(REPRINT, kind="press_release", narrator="  Ministry of  Island Transport ")

    narration = next(c for c in found if NARRATION in c.quote)
    assert narration.speaker == "Ministry of Island Transport"
    assert narration.speaker_kind == "organisation"


def test_a_narrator_that_is_the_publisher_is_a_body_and_a_name_is_a_person(suggest):
    body_voice = next(
        c
        for c in suggest(REPRINT, publisher="Harbour Board", narrator="harbour board")
        if NARRATION in c.quote
    )
    person_voice = next(c for c in suggest(REPRINT, narrator="Jane Roe") if NARRATION in c.quote)

    assert (body_voice.speaker, body_voice.speaker_kind) == ("harbour board", "organisation")
    assert (person_voice.speaker, person_voice.speaker_kind) == ("Jane Roe", "person")


def test_speaking_turns_keep_their_members_whatever_the_narrator(suggest):
    found = speakers(
        suggest,
        RECORD,
        kind="parliamentary_record",
        publisher="Northshire Assembly",
        narrator="Northshire Assembly",
    )

    assert speaker_containing(found, "Rents in the city rose") == "Ann Smith"
    assert speaker_containing(found, "We have built 12,000 social homes") == "Bob Jones"


@pytest.mark.parametrize("narrator", ["", "   ", "\n\t"])
def test_an_empty_narrator_leaves_the_page_to_decide(suggest, narrator):
    plain = suggest(REPRINT, kind="speech", publisher="Reprints Online")
    blank = suggest(REPRINT, kind="speech", publisher="Reprints Online", narrator=narrator)

    assert [c.as_dict() for c in blank] == [c.as_dict() for c in plain]


# The admin: the field on the source form, the suggestions page, the drafts.


def suggest_url(source):
    return reverse("extraction:suggest-claims", args=[source.pk])


def reprint(**fields):
    defaults = {
        "title": "Island ferries statement",
        "kind": Source.Kind.SPEECH,
        "publisher": PublisherFactory(name="Reprints Online"),
        "published_on": datetime.date(2024, 5, 2),
        "body": REPRINT,
    }
    return SourceFactory(**(defaults | fields))


def test_a_speech_naming_no_speaker_shows_its_publisher_as_a_guess_to_check(checker_client):
    source = reprint()

    html = checker_client.get(suggest_url(source)).content.decode()

    assert "Narration by:" in html
    assert "<strong>Reprints Online</strong>" in html
    assert "nothing on the page said who speaks, so check it" in html
    assert f"{reverse('admin:sources_source_change', args=[source.pk])}#id_narrator" in html
    assert "Set “Narration by” on the source" in html


def test_a_speaker_the_page_names_is_shown_as_read_from_the_page(checker_client):
    source = reprint(body="Speech by Transport Minister Jane Roe\n\n" + REPRINT)

    html = checker_client.get(suggest_url(source)).content.decode()

    assert "<strong>Jane Roe</strong>" in html
    assert "(read from the page)" in html
    assert "so check it" not in html


def test_a_releases_narration_is_its_publishers_own_voice(checker_client):
    source = reprint(
        kind=Source.Kind.PRESS_RELEASE,
        publisher=PublisherFactory(name="Island Ferries Board"),
        title="Island Ferries Board: passenger numbers",
    )

    html = checker_client.get(suggest_url(source)).content.decode()

    assert "<strong>Island Ferries Board</strong>" in html
    assert "(the publisher's own voice)" in html
    assert "so check it" not in html
    assert "never names" not in html


def test_a_report_naming_its_publisher_by_its_short_form_is_its_own_voice(checker_client):
    source = reprint(
        kind=Source.Kind.REPORT,
        publisher=PublisherFactory(name="U.S. Dock Accountability Office"),
        title="Island ferries: DAO-24-101, published May 2024",
    )

    html = checker_client.get(suggest_url(source)).content.decode()

    assert "(the publisher's own voice)" in html
    assert "never names" not in html


def test_a_release_that_never_names_its_publisher_asks_who_issued_it(checker_client):
    # "Reprints Online" is nowhere in the title or text: a site carrying a release.
    source = reprint(kind=Source.Kind.PRESS_RELEASE)

    html = checker_client.get(suggest_url(source)).content.decode()

    assert "<strong>Reprints Online</strong>" in html
    assert "the publisher, which the page never names" in html
    assert "set who issued it" in html
    assert "(the publisher's own voice)" not in html


def test_a_narrator_set_on_the_source_fills_the_suggestions_and_the_drafts(checker_client):
    source = reprint(narrator="Jane Roe")
    html = checker_client.get(suggest_url(source)).content.decode()
    assert "<strong>Jane Roe</strong>" in html
    assert "(set on the source)" in html

    narration = source.body.index(NARRATION)
    sentence_end = source.body.index("2019.") + len("2019.")
    response = checker_client.post(suggest_url(source), {"span": f"{narration}-{sentence_end}"})

    assert response.status_code == 302
    claim = Claim.objects.get()
    assert claim.speaker.name == "Jane Roe"
    assert claim.speaker.kind == "person"


def test_the_narrator_is_escaped_on_the_suggestions_page(checker_client):
    source = reprint(narrator="<b>Jane</b> Roe")

    html = checker_client.get(suggest_url(source)).content.decode()

    assert "<b>Jane</b>" not in html
    assert "&lt;b&gt;Jane&lt;/b&gt; Roe" in html


def test_editors_set_the_narrator_and_the_access_date_on_the_source_form(
    editor_client, change_form
):
    source = reprint()
    data = change_form(editor_client, source)
    data.update(narrator="  Jane Roe ", accessed_on="2024-05-03")

    response = editor_client.post(reverse("admin:sources_source_change", args=[source.pk]), data)

    assert response.status_code == 302
    source.refresh_from_db()
    assert source.narrator == "Jane Roe"
    assert source.accessed_on == datetime.date(2024, 5, 3)


def test_a_narrator_too_long_is_refused_with_a_message_and_nothing_saved(
    editor_client, change_form
):
    source = reprint()
    data = change_form(editor_client, source)
    data["narrator"] = "J" * 201

    response = editor_client.post(reverse("admin:sources_source_change", args=[source.pk]), data)

    assert response.status_code == 200
    assert "Ensure this value has at most 200 characters" in response.content.decode()
    source.refresh_from_db()
    assert source.narrator == ""


def test_the_public_source_page_gives_the_access_date_beside_the_original(client):
    source = reprint(accessed_on=datetime.date(2024, 5, 3))
    ClaimFactory(source=source)
    undated = reprint()
    ClaimFactory(source=undated)

    page = client.get(source.get_absolute_url()).content.decode()

    assert '(accessed <time datetime="2024-05-03">3 May 2024</time>)' in page
    assert "(accessed" not in client.get(undated.get_absolute_url()).content.decode()
