import xml.etree.ElementTree as ET

import pytest

from tests.factories import ClaimFactory, SourceFactory, SpeakerFactory, TopicFactory

pytestmark = pytest.mark.django_db

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def locations(client, url):
    response = client.get(url)
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    return [loc.text for loc in root.findall(".//sm:loc", NS)]


def test_sitemap_index_lists_a_sitemap_per_kind_of_page(client):
    ClaimFactory()

    sections = locations(client, "/sitemap.xml")

    assert sections == [
        f"http://testserver/sitemap-{name}.xml"
        for name in ("pages", "claims", "speakers", "sources", "topics")
    ]


def test_sitemaps_list_published_claims_and_what_they_belong_to(client):
    topic = TopicFactory(name="Asylum")
    claim = ClaimFactory(source=SourceFactory(), topics=[topic])

    urls = {
        url
        for name in ("pages", "claims", "speakers", "sources", "topics")
        for url in locations(client, f"/sitemap-{name}.xml")
    }

    for path in (
        "/",
        "/claims/",
        claim.get_absolute_url(),
        claim.speaker.get_absolute_url(),
        claim.source.get_absolute_url(),
        topic.get_absolute_url(),
    ):
        assert f"http://testserver{path}" in urls


def test_sitemaps_leave_out_drafts_and_what_only_drafts_belong_to(client):
    draft = ClaimFactory(
        draft=True,
        speaker=SpeakerFactory(),
        source=SourceFactory(),
        topics=[TopicFactory(name="Secret")],
    )
    published = ClaimFactory(source=SourceFactory(), topics=[TopicFactory(name="Public")])

    urls = {
        url
        for name in ("claims", "speakers", "sources", "topics")
        for url in locations(client, f"/sitemap-{name}.xml")
    }

    def pages(claim):
        objects = [claim, claim.speaker, claim.source, *claim.topics.all()]
        return {f"http://testserver{obj.get_absolute_url()}" for obj in objects}

    assert urls == pages(published)
    assert not urls & pages(draft)


def test_claim_sitemap_gives_the_last_modification(client):
    ClaimFactory()

    root = ET.fromstring(client.get("/sitemap-claims.xml").content)

    assert root.find("sm:url/sm:lastmod", NS).text


def test_unknown_sitemap_section_is_a_404(client):
    assert client.get("/sitemap-nothing.xml").status_code == 404


@pytest.mark.parametrize("n", [5, 50])
@pytest.mark.parametrize("name", ["claims", "speakers", "sources", "topics"])
def test_sitemaps_run_a_fixed_number_of_queries(client, django_assert_max_num_queries, n, name):
    for i in range(n):
        ClaimFactory(source=SourceFactory(), topics=[TopicFactory(name=f"Topic {i}")])
    with django_assert_max_num_queries(2):
        assert len(locations(client, f"/sitemap-{name}.xml")) == n
    with django_assert_max_num_queries(9):  # a count and a latest change per section
        locations(client, "/sitemap.xml")
