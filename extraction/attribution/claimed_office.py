"""The office a speech's speaker claims in her own words ("as Finance Minister, I …",
"As Secretary of State for Buses, I have …"): on a page that names no speaker, the
speech is that office's, not the publisher's."""

import re

from extraction.attribution.names import ROLE_HEADS, Speaker

_CAP = r"[A-Z][\w’'-]+"
# "Controller and Auditor-General": one office of two joined titles.
_TITLES = rf"(?:{_CAP}\s+){{0,3}}{_CAP}(?:\s+and\s+{_CAP})?"
_AS_OFFICE_I = re.compile(
    rf"\b[Aa]s\s+(?:the\s+|your\s+)?(?P<office>{_TITLES}"
    rf"(?:\s+(?:of|for)\s+(?:the\s+)?{_CAP}(?:\s+(?:and\s+)?{_CAP}){{0,3}})?)\s*,\s+I\b"
)
# "When I became Minister for Buses", "Since I was appointed Secretary of State for …".
_I_BECAME = re.compile(
    rf"\b(?:[Ww]hen|[Ss]ince|[Aa]fter|[Bb]efore)\s+I\s+(?:became|was\s+appointed(?:\s+as)?|took\s+office\s+as)"
    rf"\s+(?:the\s+)?(?P<office>(?:{_CAP}\s+){{0,3}}{_CAP}"
    rf"(?:\s+(?:of|for)\s+(?:the\s+)?{_CAP}(?:\s+(?:and\s+)?{_CAP}){{0,3}})?)"
)

# "my views are my own as Chair of the Bus Commission", "I speak to you as Minister for
# Buses": the office held now, in the first person; not one served in ("I served as …").
_I_AS_OFFICE = re.compile(
    r"\b(?:I|[Mm]y|me)\b(?:(?!\b(?:was|were|had|served|worked|became|former|then)\b)[^.;:“\"])"
    rf"{{0,50}}?\bas\s+(?:the\s+)?(?P<office>{_CAP}(?:\s+{_CAP}){{0,2}}"
    rf"\s+(?:of|for)\s+(?:the\s+)?{_CAP}(?:\s+(?:and\s+)?{_CAP}){{0,3}})"
)


def claimed_office(texts: list[str]) -> Speaker | None:
    """The one office the speaker claims with "as <Office>, I", "when I became
    <Office>" or "I … as <Office>"; None when the text claims none, or two."""
    offices = set()
    for text in texts:
        claims = [_AS_OFFICE_I, _I_BECAME, _I_AS_OFFICE]
        for match in (m for pattern in claims for m in pattern.finditer(text)):
            office = match.group("office")
            head = re.split(r"\s+(?:of|for)\s+", office)[0].split()[-1].lower()
            # "Auditor-General", "Attorney-General": the hyphen's last word is the office.
            if head in ROLE_HEADS or head.rsplit("-", 1)[-1] in ROLE_HEADS:
                offices.add(office)
    if len(offices) != 1:
        return None
    office = offices.pop()
    return Speaker(office, office, "person")
