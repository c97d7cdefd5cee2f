"""A debate reprint's speaker heading laid out over several lines: a party label or a time
stamp, then the name alone on its line, then the constituency or the office, then the
words ("Lab" / "10:42:07" / "Jane Roe" / "Northtown East" / "…"). The name line is the
heading; the lines around it are the reprint's furniture."""

import re

from extraction.attribution.names import PEERAGE, ROLE_HEADS, Speaker, parse_person
from extraction.attribution.question_labels import unnumbered
from extraction.attribution.resolution import Resolver
from extraction.attribution.seat_heading import seat_heading
from extraction.attribution.validation import placeholder, plausible
from extraction.text import Paragraph

NAME_RUN = (
    r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Baroness|Viscount|Earl)\.?\s+)?"
    r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}"
    # A peer's territorial title: "Lord Roe of Northtown".
    r"(?:\s+of\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)?"
)
# A "Party, Constituency" line under a bare name.
AFFILIATION = re.compile(r"^[A-Z][\w’'&-]*(?:\s+[A-Z\w’'&-]+)*,\s+[A-Z]")
# The lines a name heading is printed over: "(Northtown) (Lab)", and "(Jane Roe)" under an
# office.
_PLACE_PARTY = re.compile(r"\([^()]{2,60}\)\s*\([^()]{2,30}\)")
_BRACKETED = re.compile(r"\(([^()]{3,60})\)")
# A member's name after a personal title, a tabled question's number before it allowed.
_TITLED = re.compile(r"^(?:\d{1,3}\.\s+)?(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z]")
# A time stamp on a line of its own ("10:42:07").
_TIME_STAMP = re.compile(r"^\d{1,2}:\d\d(?::\d\d)?$")
# A party label on a line of its own: one short word ("Lab", "Con", "SNP", "Lab/Co-op").
_PARTY_LABEL = re.compile(r"^[A-Z][A-Za-z]{0,7}(?:[/-][A-Z][\w-]{0,6})?$")


def bare_name(text: str) -> Speaker | None:
    """The person a line holding only a name gives ("Jane Roe", "Ms Jane Roe"); None for
    an office, a body or anything else."""
    if not re.fullmatch(NAME_RUN, text) or office_words(text) or placeholder(text):
        return None
    person = parse_person(text)
    return person if person is not None and person.kind == "person" else None


def printed_twice(name: str) -> Speaker | None:
    """The person of a name a reprint prints twice ("Photo of Ann Mary Roe Ann Mary Roe
    …"): the repetition marks where the name ends, so all its words are the name; the guess
    that the first of three capitalised words is an office does not apply."""
    person = parse_person(name)
    if (
        person is not None
        and person.kind == "person"
        and person.role
        and not office_words(person.role)
    ):
        return Speaker(" ".join(name.split()), "", "person")
    return person


def office_words(text: str) -> set[str]:
    """The office words of `text`, hyphenated ones included ("Under-Secretary")."""
    words = {w.lower() for w in re.split(r"[\s,()-]+", text) if w}
    return words & ROLE_HEADS


def _party_repeated(text: str, before: Paragraph | None) -> Speaker | None:
    """The member of a heading that repeats the party label printed on the line above it
    after her name: "Liberal" over "Jane Roe Liberal Northtown, NS"."""
    party = before.text.strip() if before is not None else ""
    if not re.fullmatch(r"[A-Z][A-Za-z-]{2,20}", party):
        return None
    name, found, _ = text.strip().partition(f" {party} ")
    return bare_name(name) if found else None


def name_heading(
    paragraphs: list[Paragraph],
    position: int,
    spoken: set[str],
    resolver: Resolver | None = None,
) -> Speaker | None:
    """The speaker a heading line holding only a name starts, with the office the line
    after it gives: when an office line or a "Party, Place" line follows it, when a time
    stamp or a party label comes before it, or when the name has had the floor already
    (`spoken`: the names that started turns so far). A name alone with none of these (a
    debate's title of two words) starts nothing."""
    paragraph = paragraphs[position]
    after = paragraphs[position + 1] if position + 1 < len(paragraphs) else None
    before = paragraphs[position - 1] if position else None
    holder = _BRACKETED.fullmatch(after.text) if after is not None else None
    if holder is not None and office_words(paragraph.text):
        # "The Minister for Buses" over "(Jane Roe)": the office, then its holder.
        named = parse_person(holder.group(1))
        if named is not None and named.kind == "person" and len(named.name.split()) >= 2:
            office = re.sub(r"^the\s+", "", paragraph.text, flags=re.I)
            return Speaker(named.name, office, "person")
    person = bare_name(unnumbered(paragraph.text))
    if person is None:
        return (
            _addressed(paragraph.text, after, resolver)
            or seat_heading(paragraph, after)
            or _party_repeated(paragraph.text, before)
        )
    if _TITLED.match(paragraph.text) and after is not None and after.is_prose:
        # "Mr. Roe" (or a tabled question's "2. Mr. Roe") over the words: a member named
        # by her form of address is the record's speaker line, whoever spoke before.
        return person
    # A "Party, Place" line is short; a committee's title running on over commas is not one.
    affiliated = after is not None and AFFILIATION.match(after.text) and len(after.words) <= 8
    if after is not None and (affiliated or _PLACE_PARTY.fullmatch(after.text)):
        # "Jane Roe" over "Labour, Northtown" or "(Northtown) (Lab)".
        return person
    # An office line opens with its office ("Minister for Buses"), not a title that names
    # one at its end ("Committee on Buses, and the Minister debate").
    if after is not None and after.kind == "heading" and office_words(" ".join(after.words[:4])):
        office = re.sub(r"^the\s+", "", after.text, flags=re.I)
        return Speaker(person.name, office, "person")
    furniture = before is not None and (
        _TIME_STAMP.match(before.text)
        or before.kind == "heading"
        and _PARTY_LABEL.match(before.text)
    )
    if furniture or person.name in spoken or _party_under(paragraphs, position):
        return person
    if PEERAGE.match(paragraph.text) and after is not None and after.kind == "prose":
        # "Lord Roe of Northtown" over the words: a peer's title is a name by its form; a
        # Lords reprint prints a minister's turn without a party.
        return person
    return None


# A party's name on a line of its own: "Northland Bus Party", "Bus and Rail Party".
_PARTY_NAME = re.compile(r"[A-Z][\w’'-]*(?:\s+(?:and|[A-Z][\w’'-]*)){0,5}\s+Party")


def _party_under(paragraphs: list[Paragraph], position: int) -> bool:
    """Whether the name line stands over a party line ("Lab", "Northland Bus Party") and
    the words under that: a reprint's turn heading, whatever came before it."""
    after = paragraphs[position + 1 : position + 3]
    if len(after) < 2 or after[0].kind != "heading" or not after[1].is_prose:
        return False
    party = after[0].text.strip()
    # A short label that is no heading word ("Lab", not "Summary").
    short = _PARTY_LABEL.match(party) and plausible(party)
    return bool(short or _PARTY_NAME.fullmatch(party))


# The way a record heads a turn by the member's form of address ("Deputy Jane Roe",
# "Senator Jane Roe") or by an office alone ("The Minister", "An Ceann Comhairle").
FORM_OF_ADDRESS = r"(?:Deputy|Senator|Councillor|Representative)"
_ADDRESS = re.compile(rf"^{FORM_OF_ADDRESS}\s+(?P<name>{NAME_RUN})$")
_OFFICE_ALONE = re.compile(
    r"^(?:The|An)\s+[A-Z][\w’'-]+(?:\s+(?:of|for|the|and|[A-Z][\w’'-]+)){0,6}$"
)


def _addressed(text: str, after: Paragraph | None, resolver: Resolver | None) -> Speaker | None:
    """The speaker a heading line names by a form of address or an office alone, over the
    words of the turn (a prose paragraph); the office is resolved to whoever the text says
    holds it."""
    if after is None or after.kind not in ("prose", "bullet"):
        return None
    address = _ADDRESS.match(text)
    if address is not None:
        person = bare_name(address.group("name"))
        if person is not None and len(person.name.split()) >= 2:
            return person
        return None
    if _OFFICE_ALONE.match(text) and office_words(text):
        office = re.sub(r"^(?:the|an)\s+", "", text, flags=re.I)
        holder = resolver.by_role(office) if resolver is not None else None
        return holder or Speaker(office, office, "person")
    return None
