"""A speech page's summary line (its standfirst): under the title, in the third person,
the line says who speaks where and about what ("Education Secretary Jane Roe speaks at
the Bus Forum about fares.", "Jane Roe MP delivered a speech to the summit.", "The
Minister for Buses, Jane Roe, sets out plans for …"). The speech itself is then hers."""

import re

from extraction.attribution.blocks import FIRST_PERSON
from extraction.attribution.names import ROLE_HEADS, Speaker, parse_person, without_letters
from extraction.attribution.reprints import bare_name, office_words
from extraction.attribution.resolution import Resolver, signature_person
from extraction.attribution.titles import read_capitals, subject_speaker

# When, before the subject: "Today, …", "On Tuesday …".
_WHEN = (
    r"(?:(?:Today|Yesterday|Tonight|This\s+(?:morning|afternoon|evening)|On\s+\w+(?:\s+\d{1,2}"
    r"(?:\s+\w+)?)?(?:\s+\d{4})?),?\s+)?"
)
# "In a speech to the summit, …": the line says outright that it summarises a speech.
_IN_A_SPEECH = (
    r"(?P<speech>In\s+(?:a|an|his|her|their|the)\s+(?:[\w-]+\s+){0,2}?(?:speech|address|lecture"
    r"|remarks)\s+(?:at|to|before|during|on)\s+[^,]{3,80},\s+)?"
)
# Verbs a summary line uses for the speech. The present tense is the summary's own; the
# past only with the occasion named ("spoke at the Bus Forum", "delivered a speech to the
# Bus Forum"), since a speech may open by recalling what someone else said or did ("… spoke
# to the nation in 1940").
_PRESENT = (
    r"speaks|talks|delivers|gives|addresses|sets\s+out|lays\s+out|outlines|explains|describes"
    r"|discusses|reflects|announces|unveils|calls|urges|argues|tells|says|highlights|makes"
)
_PAST = (
    r"spoke|spoken|talked|addressed|delivered|gave|given|made|set\s+out|laid\s+out|outlined"
    r"|explained|described|discussed|reflected|announced|unveiled|called|urged|argued|told|said"
    r"|highlighted"
)
_STANDFIRST = re.compile(
    rf"^{_WHEN}{_IN_A_SPEECH}(?P<who>(?:The\s+)?[A-Z][\w’'.-]*(?:,?\s+(?:of|for|and|the"
    r"|[A-Z][\w’'.-]*)){0,9}?),?\s+(?:(?:today|yesterday|tonight|also|has|will)\s+)?"
    rf"(?:(?P<present>{_PRESENT})|(?P<past>{_PAST}))\b(?P<rest>.*)$"
)
# The occasion after a past verb: "spoke at the Bus Forum", "delivered the closing speech
# at the Annual Conference", "addressed the Bus Forum", "outlined plans at the Bus Forum", or
# the speech itself ("gave a speech on fares").
_OCCASION = re.compile(
    r"\b(?:at|to|before|during)\s+(?:the\s+)?(?:\d{4}\s+)?[A-Z]"
    r"|^\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:speech|address|lecture|keynote"
    r"|remarks|statement)\b"
)
# "addressed the Bus Forum": the occasion as the object.
_ADDRESSED = re.compile(r"^\s+(?:the\s+)?(?:\d{4}\s+)?[A-Z]")
# A summary line with no verb: "Bus Minister Jane Roe at the Bus Forum in Leeds."
_AT_OCCASION = re.compile(
    r"^(?P<who>(?:The\s+)?[A-Z][\w’'.-]*(?:\s+(?:of|for|and|the|[A-Z][\w’'.-]*)){1,9}?)\s+"
    r"(?:at|to|before)\s+(?:the\s+)?(?:\d{4}\s+)?[A-Z][^.!?]*[.!?]?$"
)
# Verbs that say outright that the subject spoke.
_SPEAKING = re.compile(r"^(?:speaks|talks|delivers|gives|addresses)\b")


def standfirst_speaker(line: str, resolver: Resolver) -> Speaker | None:
    """The person (or office) a speech page's summary line names as the one speaking;
    None for a line in the first person (the speech itself), a quotation, a line of more
    than two sentences, or a subject that is a body or a thing."""
    text = line.strip()
    if not text or text[:1] in "“\"‘'" or FIRST_PERSON.search(text):
        return None
    if len(re.findall(r"[.!?](?:\s|$)", text)) > 2 or len(text.split()) > 60:
        return None
    match = _STANDFIRST.match(text)
    if not match:
        return _at_occasion(text, resolver)
    rest = match.group("rest")
    occasion = (
        _OCCASION.search(rest) or match.group("past") == "addressed" and _ADDRESSED.match(rest)
    )
    if match.group("past") and not (match.group("speech") or occasion):
        return None
    written = match.group("who").strip(" ,")
    who = re.sub(r"^The\s+", "", without_letters(written).strip(" ,"))
    # A name is a person's when the line says she spoke, or gives her letters ("Jane Roe
    # MP"); otherwise it needs an office or a surname the text knows.
    says = (
        bool(_SPEAKING.match(match.group("present") or ""))
        or bool(match.group("past"))
        or without_letters(written) != written
    )
    if "," in who:
        return apposed_person(who, resolver)
    return subject_speaker(who, resolver, says=says)


def _at_occasion(text: str, resolver: Resolver) -> Speaker | None:
    """The person of a verbless summary line, an office and a name, then the occasion
    ("Bus Minister Jane Roe at the Bus Forum in Leeds."); not a name without an office."""
    match = _AT_OCCASION.match(text)
    person = parse_person(without_letters(match.group("who"))) if match else None
    if person is None or person.kind != "person" or len(person.name.split()) < 2:
        return None
    if not set(person.role.lower().split()) & ROLE_HEADS:
        return None
    return resolver.resolve(person)


def apposed_person(who: str, resolver: Resolver) -> Speaker | None:
    """ "The Minister for Buses, Jane Roe" or "Jane Roe, Minister for Buses": an office and
    a name, either way round."""
    parts = [part.strip() for part in who.split(",") if part.strip()]
    if len(parts) != 2:
        return None
    for name, office in (parts, parts[::-1]):
        person = parse_person(name)
        office_words = {w.lower() for w in office.split()}
        if (
            person is not None
            and person.kind == "person"
            and not person.role
            and len(person.name.split()) >= 2
            and office_words & ROLE_HEADS
        ):
            return resolver.resolve(Speaker(person.name, office, "person"))
    return None


def office_holder(who: str, resolver: Resolver) -> Speaker | None:
    """The person an office and a full name give, "Education Secretary Jane Roe" or
    "Jane Roe, Education Secretary"; never a name alone or a body."""
    if "," in who:
        return apposed_person(who, resolver)
    person = parse_person(who)
    if person is None or person.kind != "person" or len(person.name.split()) < 2:
        return None
    if not set(person.role.lower().split()) & ROLE_HEADS:
        return None
    return resolver.resolve(person)


# A statement's own heading: "Statement on the fares report", "STATEMENT ON FARES".
_STATEMENT_HEADING = re.compile(
    r"^(?:press\s+|official\s+)?statement\b(?!\s+(?:by|of|from)\b)", re.I
)


def signed_statement(
    title: str, header: list[str], footer: list[str], resolver: Resolver
) -> Speaker | None:
    """The one person who signs a statement at its foot ("Jane Roe" over "Secretary of
    Buses", or "Jane Roe, Secretary of Buses"), when the title or a heading calls the text a
    statement and names no one; None for a joint statement or two signatures."""
    headings = [title, *(line for line in header if len(line.split()) <= 12)]
    if not any(_STATEMENT_HEADING.match(read_capitals(line.strip())) for line in headings):
        return None
    lines = [line.strip() for line in footer if line.strip()]
    signed = []
    for position, line in enumerate(lines):
        match = Resolver._SIGNATURE.fullmatch(line)
        person = signature_person(match.group("name"), match.group("role")) if match else None
        after = lines[position + 1] if position + 1 < len(lines) else ""
        name = bare_name(line) if person is None else None
        if name is not None and after and office_words(after) and len(after.split()) <= 10:
            person = Speaker(name.name, after, "person")
        if person is not None:
            signed.append(person)
    if len(signed) != 1:
        return None
    return resolver.resolve(signed[0])
