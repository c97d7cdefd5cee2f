"""Other names a text gives a speaker it has named in full: "Ms Roe" or "Minister Roe"
after "Health Minister Jane Roe", and "the BUA" after "the Bus Users Association" when
the text never prints the short form in brackets."""

import re

from extraction.attribution.names import (
    HONORIFICS,
    ORGANISATION_WORDS,
    ROLE_HEADS,
    Speaker,
    is_cap,
    split_tokens,
)

# Words that only introduce a surname ("Ms Roe", "Senator Roe"): an honorific or an office.
_TITLE_WORDS = HONORIFICS | ROLE_HEADS | {"the"}


def surnamed_holder(role: str, name: str) -> Speaker | None:
    """The person of "Health Minister Jane King" whose surname is also an office word
    ("King", "Chancellor"): `name` of two or three capitalised words, the first a given
    name (no office, honorific or body word), after an office `role`."""
    words = name.split()
    if not 2 <= len(words) <= 3 or not all(is_cap(w) for w in words):
        return None
    first = words[0].lower().strip(".")
    if first in ROLE_HEADS | HONORIFICS | ORGANISATION_WORDS:
        return None
    # Only the last word may be an office word: "Jane Deputy Roe" is no name.
    if any(w.lower().strip(".") in ROLE_HEADS | ORGANISATION_WORDS for w in words[1:-1]):
        return None
    if words[-1].lower() not in ROLE_HEADS or not set(role.lower().split()) & ROLE_HEADS:
        return None
    return Speaker(" ".join(words), role.strip(), "person")


def addressed_person(phrase: str, resolver) -> Speaker | None:
    """The person "Ms King" or "Minister King" names: an honorific or office before a
    surname the text has already given with a first name ("Health Minister Jane King").
    For a surname that is also an office word, which `parse_person` cannot split."""
    tokens = split_tokens(phrase)
    if len(tokens) < 2 or not is_cap(tokens[-1]):
        return None
    if not all(t.lower().strip(".") in _TITLE_WORDS for t in tokens[:-1]):
        return None
    known = resolver.surnames.get(tokens[-1].lower())
    if known is None or len(known.name.split()) < 2:
        return None
    return known


# A run of capitalised words that may be a body's name, with "of", "for", "and", "the"
# between them and an abbreviated country before it ("the U.S. Centers for …").
_BODY_RUN = re.compile(r"[A-Z][\w’'.-]*(?:\s+(?:of|for|and|the|on|&|[A-Z][\w’'.-]*))+")


def initialled_body(short: str, texts: list[str]) -> str | None:
    """The body a bare acronym ("the BUA said …") stands for: the one name in `texts` of
    several capitalised words joined by "of", "for" or "and" whose initials spell it. A
    last word after "and" may be left out of the letters ("Centers for Disease Control
    and Prevention" is the CDC), as such names often are."""
    if not 3 <= len(short) <= 6 or not short.isupper() or not short.isalpha():
        return None
    found: set[str] = set()
    for text in texts:
        for match in _BODY_RUN.finditer(text):
            name = _spelling(match.group(0), short)
            if name is not None:
                found.add(name)
    return found.pop() if len(found) == 1 else None


def _spelling(run: str, short: str) -> str | None:
    words = [w.rstrip(".") if w.count(".") == 1 else w for w in run.split()]
    while words and words[0] in ("The", "the"):
        words.pop(0)
    while words and words[-1].lower() in {"of", "for", "and", "the", "on", "&"}:
        words.pop()
    # A body's name, not a person's: "Jane Q Roe" has no joining word.
    if not any(w in ("of", "for", "and", "&") for w in words):
        return None
    # The country abbreviated before the name ("U.S.") takes no letter.
    lettered = [w for w in words if is_cap(w) and "." not in w]
    initials = "".join(w[0] for w in lettered)
    if initials == short:
        return " ".join(words)
    dropped = len(words) >= 2 and words[-2] in ("and", "&") and initials[:-1] == short
    return " ".join(words) if dropped else None
