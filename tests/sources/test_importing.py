import datetime
import hashlib

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from sources import importing
from sources.models import ArchivedCopy, Publisher, Source
from sources.services import archived_copy_create
from tests.factories import ClaimFactory, PublisherFactory, SourceFactory
from tests.sources.documents import ARTICLE, CLUTTER, CLUTTERED_HTML, make_pdf

pytestmark = pytest.mark.django_db

HOUSING = [
    "Annual housing report 2024",
    "Rents rose by 9% in the year to March.",
    "The council built 1,200 homes.",
]


def upload(name, data, content_type):
    return SimpleUploadedFile(name, data, content_type=content_type)


def import_errors(response, field):
    assert response.status_code == 200
    return response.context["adminform"].form.errors.get(field, [])


# Extraction, from bytes.


def test_html_page_keeps_the_article_and_drops_the_clutter():
    document = importing.extract(CLUTTERED_HTML, kind=importing.HTML)

    for paragraph in ARTICLE:
        assert paragraph in document.text
    for clutter in CLUTTER:
        assert clutter not in document.text
    assert document.title == "Hospital waiting lists fall for third month"
    assert document.publisher == "Department of Health"
    assert document.published_on == datetime.date(2024, 3, 14)


def test_html_page_without_main_text_is_refused():
    with pytest.raises(importing.UnreadableDocument, match="No main text was found"):
        importing.extract(
            b"<html><head><title>Empty</title></head><body></body></html>", kind=importing.HTML
        )


def test_pdf_text_and_document_info():
    data = make_pdf(
        HOUSING,
        title="Housing report",
        creation_date="D:20240402103000Z",
        publisher="City Housing Office",
    )

    document = importing.extract(data, kind=importing.PDF)

    assert document.text == "\n".join(HOUSING)
    assert document.title == "Housing report"
    assert document.publisher == "City Housing Office"
    assert document.published_on == datetime.date(2024, 4, 2)


def test_pdf_without_metadata_leaves_the_fields_empty():
    document = importing.extract(make_pdf(HOUSING), kind=importing.PDF)

    assert (document.title, document.publisher, document.published_on) == ("", "", None)


def test_damaged_pdf_is_refused_with_a_message():
    with pytest.raises(importing.UnreadableDocument, match="could not be read as a PDF"):
        importing.extract(b"%PDF-1.7\nnot really a pdf", kind=importing.PDF)


def test_pdf_without_text_is_refused_as_a_scan():
    with pytest.raises(importing.UnreadableDocument, match="no text to extract"):
        importing.extract(make_pdf([]), kind=importing.PDF)


def test_text_is_decoded_as_utf8_without_its_byte_order_mark():
    data = "\ufeffRents rose by 9\u00a0% \u2014 \u201cfaster\u201d.".encode()

    assert importing.decode_text(data) == "Rents rose by 9\u00a0% \u2014 \u201cfaster\u201d."


def test_text_in_another_encoding_is_detected():
    text = (
        "Le loyer moyen a augmenté de 9 % à Montréal l'an dernier, déclare le ministère.\n"
        "Selon le rapport, les locataires consacrent désormais près d'un tiers de leur "
        "revenu au logement.\n"
        "« Nous créerons 12 000 logements abordables d'ici à 2026 », a affirmé la ministre, "
        "qui s'est dite préoccupée.\n"
    )

    assert importing.decode_text(text.encode("cp1252")) == text


def test_binary_file_is_not_plain_text():
    with pytest.raises(importing.UnreadableDocument, match="not plain text"):
        importing.decode_text(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")


@pytest.mark.parametrize(
    ("data", "content_type", "filename", "kind"),
    [
        (b"%PDF-1.7 ...", "application/octet-stream", "", importing.PDF),
        (b"%PDF-1.7 ...", "text/html", "report.html", importing.PDF),
        (b"<html></html>", "application/octet-stream", "page.HTM", importing.HTML),
        (b"plain", "", "notes.txt", importing.TEXT),
        (b"<html></html>", "application/xhtml+xml", "", importing.HTML),
        (b"plain", "text/plain; charset=utf-8", "", importing.TEXT),
    ],
)
def test_document_kind_from_signature_then_name_then_declared_type(
    data, content_type, filename, kind
):
    assert importing.document_kind(data, content_type=content_type, filename=filename) == kind


def test_document_kind_refuses_other_types():
    with pytest.raises(importing.UnreadableDocument, match="“photo.png” is not one of the types"):
        importing.document_kind(b"\x89PNG", content_type="image/png", filename="photo.png")


# Uploads through the source form.


def test_uploaded_html_page_becomes_a_source_with_its_article_and_metadata(
    editor_client, import_form, source_add_url, stored_files
):
    response = editor_client.post(
        source_add_url,
        import_form(import_file=upload("waiting-lists.html", CLUTTERED_HTML, "text/html")),
    )

    assert response.status_code == 302
    source = Source.objects.get()
    assert source.title == "Hospital waiting lists fall for third month"
    assert source.published_on == datetime.date(2024, 3, 14)
    assert source.publisher.name == "Department of Health"
    for paragraph in ARTICLE:
        assert paragraph in source.body
    for clutter in CLUTTER:
        assert clutter not in source.body
    copy = source.archived_copies.get()
    assert copy.content_type == "text/html"
    assert copy.size == len(CLUTTERED_HTML)
    assert copy.sha256 == hashlib.sha256(CLUTTERED_HTML).hexdigest()
    assert copy.original_filename == "waiting-lists.html"
    assert copy.original_url == ""
    assert copy.file.read() == CLUTTERED_HTML
    assert len(stored_files()) == 1


def test_import_fills_only_the_fields_the_editor_left_empty(
    editor_client, import_form, source_add_url
):
    publisher = PublisherFactory(name="Health Desk")

    response = editor_client.post(
        source_add_url,
        import_form(
            title="Waiting lists: the minister's statement",
            publisher=publisher.pk,
            published_on="2024-03-15",
            import_file=upload("page.html", CLUTTERED_HTML, "text/html"),
        ),
    )

    assert response.status_code == 302
    source = Source.objects.get()
    assert source.title == "Waiting lists: the minister's statement"
    assert source.publisher == publisher
    assert source.published_on == datetime.date(2024, 3, 15)
    assert Publisher.objects.count() == 1


def test_metadata_publisher_is_matched_to_an_existing_one_whatever_its_case(
    editor_client, import_form, source_add_url
):
    existing = PublisherFactory(name="DEPARTMENT OF HEALTH")

    editor_client.post(
        source_add_url, import_form(import_file=upload("page.html", CLUTTERED_HTML, "text/html"))
    )

    assert Source.objects.get().publisher == existing
    assert Publisher.objects.count() == 1


def test_uploaded_pdf_becomes_a_source_with_its_text_and_document_info(
    editor_client, import_form, source_add_url
):
    data = make_pdf(HOUSING, title="Housing report", creation_date="D:20240402103000Z")

    response = editor_client.post(
        source_add_url,
        import_form(import_file=upload("report.pdf", data, "application/pdf")),
    )

    assert response.status_code == 302
    source = Source.objects.get()
    assert source.title == "Housing report"
    assert source.body == "\n".join(HOUSING)
    assert source.published_on == datetime.date(2024, 4, 2)
    assert source.publisher is None
    copy = source.archived_copies.get()
    assert copy.content_type == "application/pdf"
    assert copy.file.name.endswith(".pdf")


def test_uploaded_text_file_is_stored_with_newline_line_endings(
    editor_client, import_form, source_add_url
):
    data = b"Minister said:\r\n\r\nRents rose by 9%.\r\nOld Mac line\rend."

    response = editor_client.post(
        source_add_url,
        import_form(title="Rents statement", import_file=upload("notes.txt", data, "text/plain")),
    )

    assert response.status_code == 302
    source = Source.objects.get()
    assert source.body == "Minister said:\n\nRents rose by 9%.\nOld Mac line\nend."
    # The archived copy keeps the bytes as they were retrieved.
    assert source.archived_copies.get().file.read() == data


def test_text_file_without_title_asks_the_editor_for_one_and_saves_nothing(
    editor_client, import_form, source_add_url, stored_files
):
    response = editor_client.post(
        source_add_url,
        import_form(import_file=upload("notes.txt", b"Rents rose.", "text/plain")),
    )

    assert import_errors(response, "title") == [
        "This document has no title in its metadata: enter one."
    ]
    assert not Source.objects.exists()
    assert not ArchivedCopy.objects.exists()
    assert stored_files() == []


@pytest.mark.parametrize(
    ("name", "data", "content_type", "message"),
    [
        (
            "photo.png",
            b"\x89PNG\r\n\x1a\n",
            "image/png",
            "“photo.png” is not one of the types that can be imported: "
            "only HTML pages, PDFs and plain-text files can be imported.",
        ),
        ("report.pdf", b"%PDF-1.4 broken", "application/pdf", "could not be read as a PDF."),
        ("scan.pdf", make_pdf([]), "application/pdf", "This PDF has no text to extract"),
        ("notes.txt", b"\x00\x01\x02", "text/plain", "This file is not plain text."),
    ],
)
def test_unreadable_upload_is_refused_on_the_form_and_nothing_is_saved(
    editor_client, import_form, source_add_url, stored_files, name, data, content_type, message
):
    response = editor_client.post(
        source_add_url,
        import_form(title="A title", import_file=upload(name, data, content_type)),
    )

    errors = import_errors(response, "import_file")
    assert len(errors) == 1
    assert message in errors[0]
    assert message.split("“")[-1][:20] in response.content.decode()
    assert not Source.objects.exists()
    assert not ArchivedCopy.objects.exists()
    assert stored_files() == []


def test_upload_over_the_size_limit_is_refused(
    editor_client, import_form, source_add_url, settings, stored_files
):
    settings.IMPORT_MAX_BYTES = 1024

    response = editor_client.post(
        source_add_url,
        import_form(title="Big", import_file=upload("big.txt", b"x" * 1025, "text/plain")),
    )

    assert import_errors(response, "import_file") == ["The file is larger than 1 KB."]
    assert not Source.objects.exists()
    assert stored_files() == []


def test_import_does_not_overwrite_text_the_editor_typed(
    editor_client, import_form, source_add_url, stored_files
):
    response = editor_client.post(
        source_add_url,
        import_form(
            title="Typed",
            body="Text the editor pasted.",
            import_file=upload("page.html", CLUTTERED_HTML, "text/html"),
        ),
    )

    assert import_errors(response, "body") == [
        "The imported text goes into this box: clear it to import a document."
    ]
    assert not Source.objects.exists()
    assert stored_files() == []


def test_file_and_url_together_are_refused(editor_client, import_form, source_add_url):
    response = editor_client.post(
        source_add_url,
        import_form(
            import_url="https://example.org/page",
            import_file=upload("page.html", CLUTTERED_HTML, "text/html"),
        ),
    )

    assert import_errors(response, "import_url") == [
        "Upload a file or give a URL to fetch, not both."
    ]
    assert not Source.objects.exists()


def test_form_without_import_still_requires_a_title(editor_client, import_form, source_add_url):
    response = editor_client.post(source_add_url, import_form(body="Some text."))

    assert import_errors(response, "title") == ["This field is required."]
    assert not Source.objects.exists()


def test_reimport_on_the_change_page_adds_a_second_archived_copy(
    editor_client, import_form, change_url
):
    source = SourceFactory(title="Waiting lists", body="")
    first = archived_copy_create(source=source, data=b"Old text.", content_type="text/plain")

    response = editor_client.post(
        change_url(source),
        import_form(
            title=source.title,
            slug=source.slug,
            import_file=upload("page.html", CLUTTERED_HTML, "text/html"),
        ),
    )

    assert response.status_code == 302
    source.refresh_from_db()
    assert ARTICLE[0] in source.body
    assert source.title == "Waiting lists"
    assert source.archived_copies.count() == 2
    assert first in source.archived_copies.all()


def test_reimport_that_moves_a_logged_quote_is_refused(
    editor_client, import_form, change_url, stored_files
):
    source = SourceFactory(body="Rents rose by 9% in the year to March.")
    ClaimFactory(source=source, text="Rents rose by 9%", quote_start=0, quote_end=16)

    response = editor_client.post(
        change_url(source),
        import_form(
            title=source.title, import_file=upload("page.html", CLUTTERED_HTML, "text/html")
        ),
    )

    assert "This edit moves or changes the quotes of 1 claim(s)" in " ".join(
        import_errors(response, "body")
    )
    source.refresh_from_db()
    assert source.body == "Rents rose by 9% in the year to March."
    assert not ArchivedCopy.objects.exists()
    assert stored_files() == []


def test_failure_after_the_archive_is_stored_removes_the_file_and_the_rows(
    editor_client, import_form, source_add_url, stored_files, monkeypatch
):
    from sources.admin import SourceAdmin

    def fail(*args, **kwargs):
        raise RuntimeError("the log could not be written")

    monkeypatch.setattr(SourceAdmin, "log_addition", fail)

    with pytest.raises(RuntimeError):
        editor_client.post(
            source_add_url,
            import_form(import_file=upload("page.html", CLUTTERED_HTML, "text/html")),
        )

    assert not Source.objects.exists()
    assert not ArchivedCopy.objects.exists()
    assert not Publisher.objects.exists()
    assert stored_files() == []


def test_change_page_lists_the_archived_copies_read_only(editor_client, change_url):
    source = SourceFactory()
    copy = archived_copy_create(
        source=source,
        data=CLUTTERED_HTML,
        content_type="text/html",
        original_url="https://health.example.org/news/waiting-lists",
    )

    page = editor_client.get(change_url(source)).content.decode()

    assert copy.sha256 in page
    assert "https://health.example.org/news/waiting-lists" in page
    download = reverse("admin:sources_source_archived_copy", args=[source.pk, copy.pk])
    assert download in page
    assert 'name="archived_copies' not in page


def test_editor_downloads_an_archived_copy_of_a_draft_source_from_the_admin(editor_client):
    source = SourceFactory()
    ClaimFactory(source=source, draft=True)
    copy = archived_copy_create(source=source, data=CLUTTERED_HTML, content_type="text/html")

    response = editor_client.get(
        reverse("admin:sources_source_archived_copy", args=[source.pk, copy.pk])
    )

    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    assert b"".join(response.streaming_content) == CLUTTERED_HTML


def test_anonymous_reader_cannot_use_the_admin_download(client):
    source = SourceFactory()
    copy = archived_copy_create(source=source, data=b"text", content_type="text/plain")

    response = client.get(reverse("admin:sources_source_archived_copy", args=[source.pk, copy.pk]))

    assert response.status_code == 302
    assert "/login/" in response["Location"]


# The public source page and the download.


@pytest.fixture
def public_source():
    source = SourceFactory(title="Waiting lists fall")
    ClaimFactory(source=source)
    return source


def test_public_source_page_shows_the_archived_copy_with_its_hash_and_link(client, public_source):
    copy = archived_copy_create(
        source=public_source,
        data=CLUTTERED_HTML,
        content_type="text/html",
        original_url="https://health.example.org/news/waiting-lists",
        retrieved_at=datetime.datetime(2024, 3, 14, 10, 30, tzinfo=datetime.UTC),
    )

    page = client.get(public_source.get_absolute_url()).content.decode()

    assert "Archived copy retrieved" in page
    assert "14 March 2024, 10:30" in page
    assert copy.sha256 in page
    assert f'href="{copy.get_absolute_url()}"' in page
    assert 'href="https://health.example.org/news/waiting-lists" rel="noopener nofollow"' in page


def test_public_source_page_without_archived_copy_says_nothing_of_one(client, public_source):
    page = client.get(public_source.get_absolute_url()).content.decode()

    assert "Archived copy retrieved" not in page


@pytest.mark.parametrize(
    ("data", "content_type", "extension"),
    [
        (CLUTTERED_HTML, "text/html", "html"),
        (make_pdf(HOUSING), "application/pdf", "pdf"),
        (b"Rents rose.", "text/plain", "txt"),
    ],
)
def test_archived_copy_downloads_as_an_attachment_never_inline(
    client, public_source, data, content_type, extension
):
    copy = archived_copy_create(
        source=public_source,
        data=data,
        content_type=content_type,
        retrieved_at=datetime.datetime(2024, 3, 14, tzinfo=datetime.UTC),
    )

    response = client.get(copy.get_absolute_url())

    assert response.status_code == 200
    assert response["Content-Type"] == content_type
    assert response["Content-Disposition"] == (
        f'attachment; filename="waiting-lists-fall-20240314.{extension}"'
    )
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"].startswith("sandbox")
    assert b"".join(response.streaming_content) == data


def test_archived_copy_of_a_source_with_only_drafts_is_not_found(client):
    source = SourceFactory()
    ClaimFactory(source=source, draft=True)
    copy = archived_copy_create(source=source, data=b"Draft text.", content_type="text/plain")

    assert client.get(copy.get_absolute_url()).status_code == 404
    assert client.get(source.get_absolute_url()).status_code == 404


def test_archived_copy_under_another_sources_slug_is_not_found(client, public_source):
    other = SourceFactory()
    ClaimFactory(source=other)
    copy = archived_copy_create(source=other, data=b"Other.", content_type="text/plain")

    url = reverse("sources:archived-copy", kwargs={"slug": public_source.slug, "pk": copy.pk})

    assert client.get(url).status_code == 404


def test_archived_copy_whose_file_is_missing_is_not_found(client, public_source):
    copy = archived_copy_create(source=public_source, data=b"Gone.", content_type="text/plain")
    copy.file.storage.delete(copy.file.name)

    assert client.get(copy.get_absolute_url()).status_code == 404
