"""A report's lead-in to a witness's words set as a paragraph of their own: "…. The Bus
Users Forum, a national charity for passengers, pointed out that, given …, fares had to
fall:" over the quoted evidence. The last sentence of the paragraph names the source and
ends with a colon; the paragraph after it is the source's, as after "Jane Roe said:"."""

import re

from extraction.attribution.names import ORGANISATION_WORDS, Speaker, parse_person

_LEAD = re.compile(
    r"^(?P<who>(?:The\s+)?[A-Z][\w’'-]+(?:\s+(?:of|for|and|the|[A-Z][\w’'-]+)){0,6}?)"
    r"(?:,\s+[^,:;“”\"]{3,120},)?\s+(?:also\s+)?(?:told\s+us|pointed\s+out|argued|noted|explained"
    r"|wrote|commented|observed|warned|suggested|submitted|said)\b[^:]{0,300}:$"
)
_LAST_SENTENCE = re.compile(r"(?:^|(?<=[.!?”)])\s+)(?=[A-Z])")
# The report's own voice and pronouns name no witness.
_NOT_WITNESS = {"we", "i", "he", "she", "they", "it", "this", "that", "these", "the"}


def evidence_lead(text: str) -> Speaker | None:
    """The witness the last sentence of a paragraph ending in a colon names ("Northtown
    Trust, a housing charity, told us:"); None for the report itself ("The Committee
    noted:", "We said:") or a paragraph without such a sentence."""
    if not text.endswith(":"):
        return None
    starts = [m.end() for m in _LAST_SENTENCE.finditer(text)]
    last = text[starts[-1] :] if starts else text
    match = _LEAD.match(last)
    if match is None:
        return None
    words = [w.lower() for w in match.group("who").split()]
    if all(w in _NOT_WITNESS or w in ORGANISATION_WORDS for w in words):
        return None
    person = parse_person(match.group("who"))
    if person is None:
        return None
    if len(person.name.split()) == 1 and not person.role:
        # A body known by one word ("Homewise"), not a surname.
        return Speaker(person.name, "", "organisation")
    return person
