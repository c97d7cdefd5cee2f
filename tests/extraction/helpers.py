"""Stand-in sources, so that the text-only stages are tested without a database."""

import datetime
from types import SimpleNamespace

from claims.extraction import suggest_claims


def source(
    body, *, kind="press_release", publisher="Ministry of Examples", published_on=None, title=""
):
    return SimpleNamespace(
        body=body,
        kind=kind,
        title=title,
        published_on=published_on or datetime.date(2024, 3, 1),
        publisher=SimpleNamespace(name=publisher) if publisher else None,
    )


def suggestions(body, **kwargs):
    """The suggestions for `body`, in text order."""
    return sorted(suggest_claims(source(body, **kwargs), threshold=0), key=lambda c: c.start)


def speaker_of(body, fragment, **kwargs):
    """The speaker of the suggestion that contains `fragment`."""
    for candidate in suggestions(body, **kwargs):
        if fragment in candidate.quote:
            return candidate.speaker
    raise AssertionError(f"no suggestion contains {fragment!r}")
