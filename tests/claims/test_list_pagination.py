"""Numbered pages stop at a cap, so no page of the claim list counts or skips
past it however many claims there are."""

import pytest

from claims.views import ClaimListView
from factcheck.pages import CappedPaginator
from tests.factories import ClaimFactory, SpeakerFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def small_cap(monkeypatch):
    monkeypatch.setattr(ClaimListView, "paginate_by", 2)
    monkeypatch.setattr(CappedPaginator, "max_pages", 2)


def test_a_list_longer_than_the_cap_says_more_than_and_numbers_only_capped_pages(client, small_cap):
    ClaimFactory.create_batch(6)

    page = client.get("/claims/").content.decode()

    assert "More than 4 claims" in page
    assert "Page 1 of 2+" in page


def test_a_page_past_the_cap_shows_the_last_numbered_page_and_says_why(client, small_cap):
    ClaimFactory.create_batch(6)

    response = client.get("/claims/?page=3")

    assert response.status_code == 200
    page = response.content.decode()
    assert "Only the first 2 pages are numbered" in page
    assert "Page 2 of 2+" in page


def test_a_list_within_the_cap_gives_its_exact_count_and_last_page(client, small_cap):
    ClaimFactory.create_batch(3)

    page = client.get("/claims/?page=9").content.decode()

    assert "3 claims" in page
    assert "There is no page 9; this is the last page, 2." in page


def test_speaker_filter_options_are_escaped(client):
    ClaimFactory(speaker=SpeakerFactory(name='<script>alert(1)</script>"><b>'))

    page = client.get("/claims/").content.decode()

    assert "<script>alert(1)" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;b&gt;</option>" in page


def test_the_chosen_speaker_stays_selected_in_the_filter_form(client):
    speaker = SpeakerFactory(name="James Cleverly")
    ClaimFactory(speaker=speaker)

    page = client.get(f"/claims/?speaker={speaker.slug}").content.decode()

    assert f'<option value="{speaker.slug}" selected>James Cleverly</option>' in page


def test_a_speaker_list_too_long_for_a_menu_becomes_a_text_box(client, monkeypatch):
    monkeypatch.setattr("claims.views.MAX_FILTER_OPTIONS", 2)
    speakers = SpeakerFactory.create_batch(3)
    for speaker in speakers:
        ClaimFactory(speaker=speaker)

    page = client.get(f"/claims/?speaker={speakers[0].slug}").content.decode()

    assert 'name="speaker"' in page
    assert f'value="{speakers[0].slug}"' in page
    assert "<select" not in page.split('name="speaker"')[0].rsplit("<", 1)[-1]
    assert speakers[1].name not in page.split("</form>")[0]


def test_filter_menus_list_names_alphabetically(client):
    for name in ["Zoe Zed", "adam Ant", "Mia Mu"]:
        ClaimFactory(speaker=SpeakerFactory(name=name))

    page = client.get("/claims/").content.decode()

    assert page.index("adam Ant") < page.index("Mia Mu") < page.index("Zoe Zed")
