import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from sources.models import Publisher, Source
from tests.factories import ClaimFactory, PublisherFactory, SourceFactory

pytestmark = pytest.mark.django_db

BAD_URLS = ["javascript:alert(1)", "ftp://x", "file:///etc/passwd", "data:text/html,hi"]


def assert_refused_by_database(queryset, **changes):
    with pytest.raises(IntegrityError), transaction.atomic():
        queryset.update(**changes)


def errors_of(instance):
    with pytest.raises(ValidationError) as excinfo:
        instance.full_clean()
    return excinfo.value.message_dict


@pytest.mark.parametrize("url", BAD_URLS)
def test_database_refuses_source_urls_other_than_http_and_https(url):
    source = SourceFactory()

    assert_refused_by_database(Source.objects.filter(pk=source.pk), url=url)
    assert_refused_by_database(Source.objects.filter(pk=source.pk), archived_url=url)


@pytest.mark.parametrize("url", BAD_URLS)
def test_database_refuses_publisher_urls_other_than_http_and_https(url):
    publisher = PublisherFactory()

    assert_refused_by_database(Publisher.objects.filter(pk=publisher.pk), url=url)


def test_database_accepts_a_source_without_urls():
    source = SourceFactory()

    Source.objects.filter(pk=source.pk).update(url="", archived_url="")

    source.refresh_from_db()
    assert source.url == ""


def test_database_refuses_an_unknown_source_kind():
    source = SourceFactory()

    assert_refused_by_database(Source.objects.filter(pk=source.pk), kind="tweet")


def test_database_refuses_duplicate_source_slugs():
    first, second = SourceFactory.create_batch(2)

    assert_refused_by_database(Source.objects.filter(pk=second.pk), slug=first.slug)


def test_database_refuses_duplicate_publisher_names():
    PublisherFactory(name="Home Office")

    with pytest.raises(IntegrityError), transaction.atomic():
        Publisher.objects.create(name="Home Office", slug="home-office-again")


def test_a_publisher_with_sources_cannot_be_deleted():
    source = SourceFactory()

    with pytest.raises(IntegrityError), transaction.atomic():
        source.publisher.delete()


def test_a_source_with_claims_cannot_be_deleted():
    claim = ClaimFactory(source=SourceFactory())

    with pytest.raises(IntegrityError), transaction.atomic():
        claim.source.delete()


@pytest.mark.parametrize("url", ["javascript:alert(1)", "ftp://x.example/doc.pdf"])
def test_source_urls_other_than_http_and_https_are_refused_by_validation(url):
    source = SourceFactory.build(publisher=PublisherFactory(), url=url, archived_url=url)

    errors = errors_of(source)

    assert set(errors["url"]) == {"Enter a valid http:// or https:// address."}
    assert set(errors["archived_url"]) == {"Enter a valid http:// or https:// address."}


@pytest.mark.parametrize("url", ["javascript:alert(1)", "ftp://x.example/"])
def test_publisher_urls_other_than_http_and_https_are_refused_by_validation(url):
    publisher = PublisherFactory.build(url=url)

    assert set(errors_of(publisher)["url"]) == {"Enter a valid http:// or https:// address."}


def test_a_source_with_https_urls_is_valid():
    source = SourceFactory.build(
        publisher=PublisherFactory(),
        url="https://www.gov.uk/government/news/treaty",
        archived_url="http://web.archive.org/web/2023/https://www.gov.uk/",
    )

    source.full_clean()


def test_a_source_needs_a_title():
    source = SourceFactory.build(publisher=PublisherFactory(), title="")

    assert "title" in errors_of(source)


def test_a_source_kind_must_be_one_of_the_choices():
    source = SourceFactory.build(publisher=PublisherFactory(), kind="tweet")

    assert "kind" in errors_of(source)


def test_source_slug_is_made_from_the_title_made_unique_and_kept_when_edited():
    first = SourceFactory(title="Treaty signed to strengthen UK-Rwanda Migration Partnership")
    second = SourceFactory(title="Treaty signed to strengthen UK-Rwanda Migration Partnership")

    first.title = "Treaty signed (updated)"
    first.save()
    first.refresh_from_db()

    assert first.slug == "treaty-signed-to-strengthen-uk-rwanda-migration-partnership"
    assert second.slug == "treaty-signed-to-strengthen-uk-rwanda-migration-partnership-2"


def test_publisher_slug_is_made_from_the_name_and_kept_when_renamed():
    publisher = PublisherFactory(name="UK Home Office")

    publisher.name = "Home Office"
    publisher.save()
    publisher.refresh_from_db()

    assert publisher.slug == "uk-home-office"


def test_sources_are_ordered_newest_first_then_by_title():
    old = SourceFactory(title="B", published_on=datetime.date(2020, 1, 1))
    new_b = SourceFactory(title="B", published_on=datetime.date(2023, 12, 5))
    new_a = SourceFactory(title="A", published_on=datetime.date(2023, 12, 5))

    assert list(Source.objects.all()) == [new_a, new_b, old]


def test_source_body_keeps_non_breaking_spaces_exactly():
    source = SourceFactory(body="over 135,000\u00a0asylum seekers")

    source.refresh_from_db()

    assert source.body == "over 135,000\u00a0asylum seekers"


def _claim_quoting(source, quote):
    start = source.body.index(quote)
    return ClaimFactory(source=source, text=quote, quote_start=start, quote_end=start + len(quote))


def test_editing_a_source_text_that_breaks_logged_quotes_is_refused():
    source = SourceFactory()
    claim = _claim_quoting(source, "crossings coming down by a third")
    source.body = source.body.replace("by a third", "by a quarter")

    errors = errors_of(source)

    assert "moves or changes the quotes of 1 claim(s)" in errors["body"][0]
    assert f"#{claim.pk}" in errors["body"][0]


def test_editing_a_source_text_away_from_logged_quotes_is_allowed():
    source = SourceFactory()
    _claim_quoting(source, "crossings coming down by a third")
    source.body += "\n\nNotes to editors: figures are provisional."

    source.full_clean()


def test_source_admin_shows_why_a_text_edit_is_refused(editor_client):
    source = SourceFactory()
    _claim_quoting(source, "hosting over 135,000")
    data = {
        "title": source.title,
        "kind": source.kind,
        "publisher": source.publisher_id,
        "url": source.url,
        "published_on": "2023-12-05",
        "archived_url": "",
        "language": "en",
        "body": "The text was rewritten.",
        "claims-TOTAL_FORMS": "1",
        "claims-INITIAL_FORMS": "1",
        "claims-MIN_NUM_FORMS": "0",
        "claims-MAX_NUM_FORMS": "1000",
        "claims-0-id": str(source.claims.get().pk),
        "claims-0-source": str(source.pk),
    }

    response = editor_client.post(f"/admin/sources/source/{source.pk}/change/", data)

    assert response.status_code == 200
    assert "moves or changes the quotes of 1 claim(s)" in response.content.decode()
    source.refresh_from_db()
    assert "hosting over 135,000" in source.body


def test_a_bare_address_typed_by_an_editor_is_taken_as_https(editor_client):
    publisher = PublisherFactory()
    data = {
        "title": "Statement",
        "kind": "press_release",
        "publisher": publisher.pk,
        "url": "www.gov.uk/news/statement",
        "archived_url": "",
        "language": "en",
        "body": "",
        "claims-TOTAL_FORMS": "0",
        "claims-INITIAL_FORMS": "0",
        "claims-MIN_NUM_FORMS": "0",
        "claims-MAX_NUM_FORMS": "1000",
    }

    response = editor_client.post("/admin/sources/source/add/", data)

    assert response.status_code == 302
    assert Source.objects.get(title="Statement").url == "https://www.gov.uk/news/statement"
