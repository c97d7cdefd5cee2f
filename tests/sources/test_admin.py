import pytest
from django.urls import reverse

from sources.models import Publisher, Source
from tests.factories import ClaimFactory, PublisherFactory, SourceFactory

pytestmark = pytest.mark.django_db

SOURCE_ADD = reverse("admin:sources_source_add")
SOURCE_LIST = reverse("admin:sources_source_changelist")


def source_form_data(**fields):
    data = {
        "title": "Treaty signed to strengthen UK-Rwanda Migration Partnership",
        "kind": Source.Kind.PRESS_RELEASE,
        "publisher": "",
        "url": "https://www.gov.uk/government/news/treaty-signed",
        "published_on": "2023-12-05",
        "archived_url": "",
        "language": "en",
        "body": "Home Secretary James Cleverly said: …",
        # The read-only list of claims from this source is an inline formset too.
        "claims-TOTAL_FORMS": 0,
        "claims-INITIAL_FORMS": 0,
        "claims-MIN_NUM_FORMS": 0,
        "claims-MAX_NUM_FORMS": 1000,
    }
    data.update(fields)
    return data


def page(response):
    return response.content.decode()


def test_source_add_form_saves_a_source_with_its_publisher(editor_client):
    publisher = PublisherFactory(name="UK Home Office")

    response = editor_client.post(SOURCE_ADD, source_form_data(publisher=publisher.pk))

    assert response.status_code == 302
    source = Source.objects.get()
    assert source.publisher == publisher
    assert source.slug == "treaty-signed-to-strengthen-uk-rwanda-migration-partnership"


@pytest.mark.parametrize("field", ["url", "archived_url"])
@pytest.mark.parametrize("url", ["javascript:alert(1)", "ftp://x.example/treaty.pdf"])
def test_source_add_form_refuses_links_other_than_http_and_https(editor_client, field, url):
    response = editor_client.post(SOURCE_ADD, source_form_data(**{field: url}))

    assert response.status_code == 200
    assert (
        "Enter a valid http:// or https:// address."
        in response.context["adminform"].form.errors[field]
    )
    assert "Enter a valid http:// or https:// address." in page(response)
    assert not Source.objects.exists()


def test_source_add_form_requires_a_title(editor_client):
    response = editor_client.post(SOURCE_ADD, source_form_data(title=""))

    assert response.status_code == 200
    assert response.context["adminform"].form.errors["title"] == ["This field is required."]
    assert not Source.objects.exists()


def test_source_change_page_lists_its_claims_with_their_spans(editor_client):
    source = SourceFactory()
    body = source.body
    start = body.index("crossings")
    on_source = ClaimFactory(
        source=source, text="crossings coming down", quote_start=start, quote_end=start + 21
    )
    elsewhere = ClaimFactory(text="A claim from another document.")

    response = editor_client.get(reverse("admin:sources_source_change", args=[source.pk]))

    assert response.status_code == 200
    html = page(response)
    assert "claims from this source" in html.lower()
    assert "crossings coming down" in html
    assert reverse("admin:claims_claim_change", args=[on_source.pk]) in html
    assert elsewhere.text not in html


def test_source_change_page_does_not_offer_to_add_or_delete_claims(editor_client):
    source = SourceFactory()
    ClaimFactory(source=source)

    response = editor_client.get(reverse("admin:sources_source_change", args=[source.pk]))

    formset = response.context["inline_admin_formsets"][0]
    assert not formset.has_add_permission
    assert not formset.has_delete_permission


def test_saving_a_source_leaves_its_claims_alone(editor_client):
    source = SourceFactory()
    claim = ClaimFactory(source=source)
    data = source_form_data(
        title=source.title,
        body=source.body,
        **{
            "claims-TOTAL_FORMS": 1,
            "claims-INITIAL_FORMS": 1,
            "claims-0-id": claim.pk,
            "claims-0-source": source.pk,
        },
    )

    response = editor_client.post(reverse("admin:sources_source_change", args=[source.pk]), data)

    assert response.status_code == 302
    claim.refresh_from_db()
    assert claim.source == source


def test_source_form_errors_are_shown_even_when_a_claim_no_longer_matches_the_text(
    editor_client,
):
    source = SourceFactory()
    claim = ClaimFactory(source=source, text="A quote that is not in the body.")
    data = source_form_data(
        title=source.title,
        body=source.body,
        url="javascript:alert(1)",
        **{
            "claims-TOTAL_FORMS": 1,
            "claims-INITIAL_FORMS": 1,
            "claims-0-id": claim.pk,
            "claims-0-source": source.pk,
        },
    )

    response = editor_client.post(reverse("admin:sources_source_change", args=[source.pk]), data)

    assert response.status_code == 200
    assert "Enter a valid http:// or https:// address." in page(response)
    source.refresh_from_db()
    assert source.url.startswith("https://")


def test_source_changelist_shows_claim_counts(editor_client):
    source = SourceFactory(title="Treaty signed")
    ClaimFactory.create_batch(3, source=source)
    SourceFactory(title="Rwanda–United Kingdom relations")

    response = editor_client.get(SOURCE_LIST)

    assert response.status_code == 200
    counts = {s.title: s.claim_total for s in response.context["cl"].result_list}
    assert counts == {"Treaty signed": 3, "Rwanda–United Kingdom relations": 0}


def test_source_changelist_searches_titles_and_publishers(editor_client):
    treaty = SourceFactory(title="Treaty signed", publisher=PublisherFactory(name="Home Office"))
    wiki = SourceFactory(title="Rwanda relations", publisher=PublisherFactory(name="Wikipedia"))

    by_title = editor_client.get(SOURCE_LIST, {"q": "treaty"})
    by_publisher = editor_client.get(SOURCE_LIST, {"q": "wikipedia"})

    assert list(by_title.context["cl"].result_list) == [treaty]
    assert list(by_publisher.context["cl"].result_list) == [wiki]


@pytest.mark.parametrize("sources", [3, 20])
def test_source_changelist_query_count_does_not_grow_with_the_sources(
    editor_client, django_assert_max_num_queries, sources
):
    for _ in range(sources):
        ClaimFactory(source=SourceFactory())

    with django_assert_max_num_queries(12):
        response = editor_client.get(SOURCE_LIST)

    assert len(response.context["cl"].result_list) == sources


def test_publisher_add_form_refuses_a_javascript_link(editor_client):
    response = editor_client.post(
        reverse("admin:sources_publisher_add"), {"name": "Home Office", "url": "javascript:x"}
    )

    assert response.status_code == 200
    assert "Enter a valid http:// or https:// address." in page(response)
    assert not Publisher.objects.exists()


def test_publisher_add_form_refuses_a_duplicate_name(editor_client):
    PublisherFactory(name="Home Office")

    response = editor_client.post(
        reverse("admin:sources_publisher_add"), {"name": "Home Office", "url": ""}
    )

    assert response.status_code == 200
    assert "Publisher with this Name already exists." in page(response)
    assert Publisher.objects.count() == 1


def test_publisher_changelist_shows_source_counts(editor_client):
    office = PublisherFactory(name="Home Office")
    SourceFactory.create_batch(2, publisher=office)

    response = editor_client.get(reverse("admin:sources_publisher_changelist"))

    assert response.status_code == 200
    assert [(p.name, p.source_total) for p in response.context["cl"].result_list] == [
        ("Home Office", 2)
    ]


def test_publisher_autocomplete_for_the_source_form_is_ordered_by_name(editor_client):
    for name in ["Wikipedia", "Home Office", "UNHCR"]:
        PublisherFactory(name=name)

    response = editor_client.get(
        reverse("admin:autocomplete"),
        {"app_label": "sources", "model_name": "source", "field_name": "publisher", "term": ""},
    )

    assert response.status_code == 200
    assert [r["text"] for r in response.json()["results"]] == [
        "Home Office",
        "UNHCR",
        "Wikipedia",
    ]


def test_fact_checker_can_add_a_source(checker_client):
    response = checker_client.post(SOURCE_ADD, source_form_data())

    assert response.status_code == 302
    assert Source.objects.count() == 1


def test_anonymous_visitors_cannot_open_a_source_in_the_admin(client):
    source = SourceFactory()
    url = reverse("admin:sources_source_change", args=[source.pk])

    response = client.get(url)

    assert response.status_code == 302
    assert response.url == f"{reverse('admin:login')}?next={url}"
