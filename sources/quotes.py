"""Finding a claim's quote in its source text, tolerant of the differences that
copy-and-paste introduces: runs of whitespace (including non-breaking spaces)
and straight versus typographic quotes, apostrophes and dashes."""

import re

_LINE_ENDING = re.compile(r"\r\n?")


def normalise_line_endings(text: str) -> str:
    """Windows (CRLF) and old Mac (CR) line endings as `\n`, nothing else changed.
    Browsers post textareas with CRLF: stored as sent, every offset after the first
    line break would be off by one per line."""
    return _LINE_ENDING.sub("\n", text)


_EQUIVALENTS = {
    "'": "'‘’‛′",
    '"': '"“”„″',
    "-": "-‐‑‒–—",
}
_CANONICAL = {variant: canon for canon, variants in _EQUIVALENTS.items() for variant in variants}


def normalize(text: str) -> str:
    """The text with whitespace collapsed and punctuation variants unified."""
    text = "".join(_CANONICAL.get(char, char) for char in text)
    return " ".join(text.split())


def _token_pattern(token: str) -> str:
    parts = []
    for char in token:
        canon = _CANONICAL.get(char)
        parts.append(f"[{re.escape(_EQUIVALENTS[canon])}]" if canon else re.escape(char))
    return "".join(parts)


def quote_pattern(quote: str) -> re.Pattern | None:
    tokens = quote.split()
    if not tokens:
        return None
    return re.compile(r"\s+".join(_token_pattern(token) for token in tokens))


def find_quote(body: str, quote: str) -> list[tuple[int, int]]:
    """Every (start, end) span of `body` that reads as `quote`."""
    pattern = quote_pattern(quote)
    if pattern is None:
        return []
    return [(m.start(), m.end()) for m in pattern.finditer(body)]


def span_matches(body: str, start: int, end: int, quote: str) -> bool:
    return 0 <= start < end <= len(body) and normalize(body[start:end]) == normalize(quote)
