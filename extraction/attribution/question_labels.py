"""A tabled question's speaker heading, as question time prints it.

    1. Jane Roe (Northtown) (Lab)
    3. Hon JANE ROE (Shadow Minister for
    Buses) to the Minister of Transport : Will he …

The question's number before the name is no part of the heading ("1. "), and a heading
cut by a line break inside its bracket is read with the rest of the bracket from the line
after it ("Hon JANE ROE (Shadow Minister for Buses)"); the line after keeps its words.
"""

import re

_NUMBER = re.compile(r"^\d{1,3}\.\s+(?=[A-Z])")
# How far into the next line the bracket may close.
_REST = 60


def unnumbered(text: str) -> str:
    """A heading without its question's number."""
    return _NUMBER.sub("", text, count=1)


def joined_label(text: str, following: str) -> str:
    """A heading whose bracket the line break cut, with the rest of the bracket from
    `following`; `text` itself when its brackets close or the next line does not close
    them soon."""
    if text.count("(") != text.count(")") + 1 or text.rstrip().endswith(")"):
        return text
    close = following.find(")", 0, _REST)
    if close < 0 or "(" in following[:close]:
        return text
    return f"{text.rstrip()} {following[: close + 1].strip()}"
