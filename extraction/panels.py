"""A report's key-facts panel: lines that open with a figure and go on in a noun phrase,
with no full stop, several in a row ("17,000 bus journeys a day", "£12 million spent on
repairs in 2023-24", "4.5% fewer routes than in 2019"). Each line is the report's claim,
not a heading, though it has the shape of one. One such line alone may be a heading or a
caption; a run of three says the page sets out its facts a line each, as panels and
tables of key figures do.

Not a table of bare numbers (no words after the figure), a numbered section heading ("2
Progress towards the targets": a capital after the number), a date ("12 March 2019") or a
year ("2019 annual report")."""

import re
from dataclasses import replace

from extraction.numbers import quantities

_UNIT = r"(?:\s?(?:million|billion|trillion|thousand|bn|m|k|per\s+cent|percent|%))?"
# A figure opening the line, then a word in small letters.
_FACT = re.compile(
    r"^(?:(?:over|under|almost|nearly|around|about|more\s+than|less\s+than|up\s+to)\s+)?"
    r"(?:[£$€]\s?\d[\d,]*(?:\.\d+)?|(?!(?:19|20)\d\d\b)\d[\d,]*(?:\.\d+)?)"
    rf"{_UNIT}\s+(?:[a-z][\w’'-]*)\b"
)
_RUN = 3


def _fact(paragraph) -> bool:
    text = paragraph.text
    return (
        paragraph.kind == "heading"
        and 4 <= len(text.split()) <= 25
        and bool(_FACT.match(text))
        and any(q.unit != "year" and not q.weak for q in quantities(text))
    )


def key_facts(result: list) -> list:
    """The paragraphs, a run of three or more key-fact lines read as prose."""
    facts = [_fact(p) for p in result]
    out = list(result)
    start = 0
    while start < len(result):
        end = start
        while end < len(result) and facts[end]:
            end += 1
        if end - start >= _RUN:
            for position in range(start, end):
                out[position] = replace(result[position], kind="prose")
        start = max(end, start + 1)
    return out
