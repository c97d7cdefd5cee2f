"""The text and metadata of an imported document, from its bytes.

HTML: the main text only (trafilatura drops navigation, cookie banners, comment
forms, footers), and title, site name and date from the page's metadata. PDF: the
text of each page (pypdf), and title, publisher and date from the document info and
XMP metadata. Plain text: decoded as UTF-8, else in the encoding charset-normalizer
detects. Nothing here touches the database: the caller saves.
"""

import datetime
import io
import logging
from dataclasses import dataclass

import charset_normalizer
import pypdf
import trafilatura

HTML = "text/html"
PDF = "application/pdf"
TEXT = "text/plain"

_DECLARED = {
    "text/html": HTML,
    "application/xhtml+xml": HTML,
    "application/pdf": PDF,
    "application/x-pdf": PDF,
    "text/plain": TEXT,
}
# Types that say nothing about the document: decided from its name and first bytes.
_GENERIC = {"", "application/octet-stream", "binary/octet-stream"}
_EXTENSIONS = {
    ".html": HTML,
    ".htm": HTML,
    ".xhtml": HTML,
    ".pdf": PDF,
    ".txt": TEXT,
    ".text": TEXT,
}

UNSUPPORTED = "only HTML pages, PDFs and plain-text files can be imported."

logger = logging.getLogger(__name__)


class UnreadableDocument(Exception):
    """A document that cannot be imported; the message is for the editor."""

    @property
    def message(self) -> str:
        return self.args[0]


@dataclass(frozen=True)
class ImportedDocument:
    kind: str  # HTML, PDF or TEXT
    text: str
    title: str = ""
    publisher: str = ""
    published_on: datetime.date | None = None


def check_declared_type(content_type: str) -> None:
    """Refuse a declared content type that can never be imported."""
    if content_type not in _DECLARED and content_type not in _GENERIC:
        raise UnreadableDocument(f"The address returned {content_type}: {UNSUPPORTED}")


def document_kind(data: bytes, *, content_type: str = "", filename: str = "") -> str:
    """HTML, PDF or TEXT: from the bytes where they tell (a PDF's signature), else
    from the file name's extension, else from the declared content type."""
    if data.lstrip()[:5] == b"%PDF-":
        return PDF
    dot = filename.rfind(".")
    if dot >= 0 and filename[dot:].lower() in _EXTENSIONS:
        return _EXTENSIONS[filename[dot:].lower()]
    content_type = content_type.split(";", 1)[0].strip().lower()
    if content_type in _DECLARED:
        return _DECLARED[content_type]
    what = f"“{filename}”" if filename else "This document"
    raise UnreadableDocument(f"{what} is not one of the types that can be imported: {UNSUPPORTED}")


def extract(data: bytes, *, kind: str, url: str = "") -> ImportedDocument:
    if kind == PDF:
        return _extract_pdf(data)
    if kind == HTML:
        return _extract_html(data, url)
    return ImportedDocument(kind=TEXT, text=decode_text(data))


def decode_text(data: bytes) -> str:
    if b"\x00" in data:
        raise UnreadableDocument("This file is not plain text.")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise UnreadableDocument("This file is not plain text in any encoding we can detect.")
    return str(best)


def _extract_html(data: bytes, url: str) -> ImportedDocument:
    try:
        document = trafilatura.bare_extraction(
            data,
            url=url or None,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
        )
    except Exception as error:
        logger.info("Unreadable HTML: %r", error)
        raise UnreadableDocument("This file could not be read as an HTML page.") from None
    text = (document.text or "").strip() if document is not None else ""
    if not text:
        raise UnreadableDocument("No main text was found in this page.")
    return ImportedDocument(
        kind=HTML,
        text=text,
        title=(document.title or "").strip(),
        publisher=(document.sitename or "").strip(),
        published_on=_date(document.date),
    )


def _extract_pdf(data: bytes) -> ImportedDocument:
    # pypdf raises many kinds of error on a damaged file; any of them means the same.
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise UnreadableDocument("This PDF is protected by a password.")
        pages = [page.extract_text() or "" for page in reader.pages]
    except UnreadableDocument:
        raise
    except Exception as error:
        logger.info("Unreadable PDF: %r", error)
        raise UnreadableDocument("This file could not be read as a PDF.") from None
    text = "\n\n".join(page.strip() for page in pages if page.strip())
    if not text:
        raise UnreadableDocument(
            "This PDF has no text to extract (a scanned document has only images of pages)."
        )
    title, publisher, published_on = _pdf_metadata(reader)
    return ImportedDocument(
        kind=PDF, text=text, title=title, publisher=publisher, published_on=published_on
    )


def _pdf_metadata(reader) -> tuple[str, str, datetime.date | None]:
    title, publisher, published_on = "", "", None
    try:
        info = reader.metadata
        if info is not None:
            title = (info.title or "").strip()
            published_on = _date(info.creation_date)
        xmp = reader.xmp_metadata
        if xmp is not None:
            publisher = next((p.strip() for p in xmp.dc_publisher or [] if p.strip()), "")
            published_on = _date(next(iter(xmp.dc_date or []), None)) or published_on
    except Exception as error:
        # Broken metadata leaves the fields to the editor; the text was read.
        logger.info("Unreadable PDF metadata: %r", error)
    return title, publisher, published_on


def _date(value) -> datetime.date | None:
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None
