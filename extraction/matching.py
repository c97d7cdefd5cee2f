"""Whether two claims make the same statement, said elsewhere, by someone else
or in other words ("a third" and "33%", "45,000" and "45k").

Figures are compared by value, words after removing common words and reducing
the rest to their stems (Snowball's English stemmer)."""

import os
import re

import snowballstemmer

from extraction.numbers import quantities, quantity_keys, surface_forms

THRESHOLD = 0.4
_STEMMER = snowballstemmer.stemmer("english")
_STOPWORDS = frozenset(
    re.split(
        r"\s+",
        """a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each few
    for from further had has have having he her here hers him his how i if in into is it its
    itself just me more most my no nor not now of off on once only or other our ours out over
    own same she should so some such than that the their theirs them then there these they
    this those through to too under until up very was we were what when where which while who
    whom why will with would you your said says per cent percent over nearly almost around
    about compared last year years new one two three four five six seven eight nine ten
    hundred thousand million billion half third thirds quarter quarters""",
    )
)


def _words(text: str) -> set[str]:
    """The words that carry the statement, lower case, figures left out."""
    spans = [(q.start, q.end) for q in quantities(text)]
    for start, end in reversed(spans):
        text = text[:start] + " " + text[end:]
    words = {w.strip("’'-") for w in re.findall(r"[a-z][a-z’'-]{2,}", text.lower())}
    return {w for w in words if w and w not in _STOPWORDS}


def content_words(text: str) -> set[str]:
    """The stems of the words that carry the statement, figures left out."""
    return set(_STEMMER.stemWords(sorted(_words(text))))


def _search_term(word: str) -> str:
    """The part of `word` that every form sharing its stem contains: the stem may
    end differently from the word ("treaty", "treaties": "treati"), so the term
    is what the word and its stem share, without a trailing "i" ("treat")."""
    stem = _STEMMER.stemWord(word)
    shared = os.path.commonprefix([word, stem])
    return shared.removesuffix("i") if len(shared) > 4 else shared


def similarity(a: str, b: str) -> float:
    """0 to 1: how likely `a` and `b` state the same thing."""
    words_a, words_b = content_words(a), content_words(b)
    if not words_a or not words_b:
        return 0.0
    words = len(words_a & words_b) / min(len(words_a), len(words_b))
    words = (words + len(words_a & words_b) / len(words_a | words_b)) / 2
    figures_a, figures_b = quantity_keys(a), quantity_keys(b)
    if figures_a and figures_b:
        shared = len(figures_a & figures_b) / len(figures_a | figures_b)
        # Different figures on the same subject are different claims.
        return round(0.5 * words + 0.5 * shared if shared else 0.35 * words, 3)
    if figures_a or figures_b:
        return round(0.8 * words, 3)
    return round(words, 3)


def prefilter_terms(text: str) -> list[str]:
    """Substrings a possible repeat of `text` must contain one of: the ways its
    figures may be written, or, without figures, its four longest content words."""
    terms: list[str] = []
    for key in sorted(quantity_keys(text)):
        terms += surface_forms(key)
    if terms:
        return terms
    found = {_search_term(word) for word in _words(text)}
    return sorted(found, key=lambda term: (-len(term), term))[:4]
