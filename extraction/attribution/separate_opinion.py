"""A separate opinion of a supreme court: a concurrence or a dissent, headed by a line of
its own that names its justice.

    ROE, J., concurring in judgment              (a slip opinion's running head)
    JUSTICE ROE, with whom JUSTICE DOE joins, concurring in the judgment.
    CHIEF JUSTICE ROE, dissenting.

The opinion under such a line is its justice's, not the court's that publishes it: a
concurrence speaks for its author alone. The line must stand alone (a sentence that
mentions a justice concurring is narration), name one justice only, and say concurring or
dissenting; "ROE, J., delivered the opinion of the Court" is no separate opinion.
"""

import re

from extraction.attribution.names import Speaker

_SURNAME = r"(?P<name>[A-Z][A-Za-z’'-]+(?:\s+[A-Z][A-Za-z’'-]+)?)"
_SEPARATE = (
    r"(?:concurring|dissenting)(?:\s+in\s+(?:the\s+)?judgment|\s+in\s+part(?:\s+and\s+"
    r"(?:concurring|dissenting)\s+in\s+part)?)?(?:\s+and\s+(?:concurring|dissenting)[^.]{0,40})?\.?"
)
_LINES = (
    # "ROE, J., concurring in judgment", "ROE, C. J., dissenting".
    re.compile(rf"^{_SURNAME},\s+(?:C\.\s*)?J\.,\s+{_SEPARATE}$"),
    # "JUSTICE ROE, with whom JUSTICE DOE joins, concurring in the judgment."
    re.compile(
        rf"^(?:(?i:chief)\s+)?(?i:justice)\s+{_SURNAME}(?:,\s+with\s+whom\s+[^:;]{{3,160}}?"
        rf"\s+joins?)?,\s+{_SEPARATE}$"
    ),
)


def separate_opinion(texts: list[str]) -> Speaker | None:
    """The justice whose separate opinion the page prints (see the module), or None."""
    names = set()
    for text in texts:
        for line in text.splitlines():
            for pattern in _LINES:
                match = pattern.match(line.strip())
                if match:
                    names.add(match.group("name"))
    if len(names) != 1:
        return None
    name = names.pop()
    words = [w.capitalize() if w.isupper() else w for w in name.split()]
    return Speaker(" ".join(words), "judge", "person")
