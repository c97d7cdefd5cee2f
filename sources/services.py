"""Writes that span sources, publishers and stored files."""

import contextlib
import hashlib
from contextvars import ContextVar

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from sources.models import ArchivedCopy, Publisher, Source

_stored_files: ContextVar[list | None] = ContextVar("stored_archive_files", default=None)


@contextlib.contextmanager
def archived_files_removed_on_error():
    """Around a transaction that archives copies: if it fails (and so its rows roll
    back), the files stored in it are deleted too, so that nothing is half-saved."""
    stored: list = []
    token = _stored_files.set(stored)
    try:
        yield
    except BaseException:
        for storage, name in stored:
            storage.delete(name)
        raise
    finally:
        _stored_files.reset(token)


def publisher_for_import(*, name: str) -> Publisher:
    """The publisher a document's metadata names: an existing one (whatever its case)
    or a new one."""
    existing = Publisher.objects.filter(name__iexact=name).first()
    return existing or Publisher.objects.create(name=name[:200])


@transaction.atomic
def archived_copy_create(
    *,
    source: Source,
    data: bytes,
    content_type: str,
    original_url: str = "",
    original_filename: str = "",
    retrieved_at=None,
) -> ArchivedCopy:
    copy = ArchivedCopy(
        source=source,
        content_type=content_type,
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        original_url=original_url,
        original_filename=original_filename[:255],
        retrieved_at=retrieved_at or timezone.now(),
    )
    copy.file.save("document", ContentFile(data), save=False)
    stored = (copy.file.storage, copy.file.name)
    scope = _stored_files.get()
    if scope is not None:
        scope.append(stored)
    try:
        copy.full_clean(exclude=["source", "file"])
        copy.save()
    except BaseException:
        stored[0].delete(stored[1])
        raise
    return copy
