"""Speaking turns and speaker lines: "Health Secretary Jane Roe said:", debate
headings ("Role (Name)", "Name (Place) (Party)", "Name Portrait …"), bare names
over an office line, headings run into the speech, and the blocks they start."""

import re

from extraction.attribution.blocks import (
    FIRST_PERSON,
    QUOTE_MARKS,
    leaves_block,
    left_open,
    speaks_of,
)
from extraction.attribution.evidence import evidence_lead
from extraction.attribution.interviews import interview_turn, name_label, name_labels
from extraction.attribution.intro import intro_speaker, lead_in_speaker, participle_lead
from extraction.attribution.labelled import as_name
from extraction.attribution.laid_statements import statement_maker
from extraction.attribution.linked import linked_heading
from extraction.attribution.members import QUESTION_NUMBER, chair_turn, presiding_turn
from extraction.attribution.names import (
    CONNECTORS,
    HONORIFICS,
    ORGANISATION_WORDS,
    PARTICLE,
    ROLE_HEADS,
    SURNAME_OFFICES,
    Speaker,
    bracketed_holder,
    parse_person,
    phrase_title,
)
from extraction.attribution.office_labels import OFFICE_LABEL
from extraction.attribution.office_labels import office_label as _office_label
from extraction.attribution.part_labels import narrator_label
from extraction.attribution.plenary import plenary_turn
from extraction.attribution.question_labels import joined_label, unnumbered
from extraction.attribution.reprints import NAME_RUN, name_heading, printed_twice
from extraction.attribution.resolution import Resolver, mentions, mentions_official
from extraction.attribution.roundup import pronoun_lead
from extraction.attribution.statements import following_statement_speaker, issued_statement_speaker
from extraction.text import Paragraph

# Speaker headings of debate records, on a line of their own or run into the speech
# ("§ The Minister for X (Mr. Jane Roe)The figures …", "§ Mr. RoeThe figures …").
_PARENS = r"(?:\s*\([^()]{2,80}\))"
_RUN_IN = re.compile(
    rf"^(?:§\s*)?(?:\d+\.\s*)?(?P<head>(?:The\s+)?[A-Z][\w’'.,\s-]{{0,90}}?{_PARENS}{{1,2}}"
    rf"|(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame)\.?\s+[A-Z][\w’'-]*[a-z](?<!\bMc)(?<!\bMac))"
    r"(?=[A-Z“\"‘][a-z ])"
)
# A reprint's "Jane Roe Portrait Jane Roe (Anytown) (Lab)" line.
_PORTRAIT = re.compile(rf"^(?P<name>{NAME_RUN})\s+Portrait\s+(?P<rest>.+)$")
# A reprint's speaker line printing the name twice, once as a photo's alternative text:
# "Photo of Jane Roe Jane Roe Minister for Buses (Transport)", "Jane Roe Jane Roe (Lab)",
# the copies run together when the photo's text ended without a space ("…Jane RoeJane Roe").
_TWICE = re.compile(
    r"^(?P<photo>(?:Photo|Portrait|Image|Picture|Headshot)\s+of\s+)?"
    r"(?P<name>(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady)\.?\s+)?[A-Z][\w’'-]+?"
    # An Irish family name's particle: "Seán Ó Fearghaíl", "Máire Ní Roe".
    rf"(?:\s+(?:(?:{PARTICLE}|Ó|Ní|Nic|Ua)\s+)*[A-ZÀ-ÖØ-Þ][\w’'.-]+?){{1,3}})"
    r"(?:\s+|(?<=[a-zà-ÿ])(?=[A-ZÀ-ÖØ-Þ]))(?P=name)(?:\s+(?P<rest>[^.!?]*))?$"
)

_LINK_TAG = re.compile(
    r"(?<=\))\s*(?:Share\s+this\s*)?(?:\|\s*[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,3}\s*)+$"
)


def reprint_member(text: str) -> Speaker | None:
    """The member a reprint's line printing the name twice names ("Photo of Jane Roe Jane
    Roe The Secretary of State for Buses"), else None."""
    twice = _TWICE.match(text.strip())
    return (
        heading_speaker(text) if twice and (twice.group("photo") or twice.group("rest")) else None
    )


def heading_speaker(text: str) -> Speaker | None:
    """The speaker a debate record's heading names: "Role (Name)", "Name (Place)
    (Party)", or a reprint's "Name Portrait …" line; None for other headings."""
    # "1. Jane Roe (Northtown) (Lab)": a tabled question's number is no part of it.
    text = unnumbered(text.strip().removeprefix("§").strip())
    linked = linked_heading(text)  # "Jane Roe (Party) Link to this"
    if linked is not None:
        return linked
    twice = _TWICE.match(text)
    if twice and (twice.group("photo") or twice.group("rest")):
        person = printed_twice(twice.group("name"))
        if person is not None and person.kind == "person" and not person.role:
            office = re.sub(r"\s*\([^()]*\)", "", twice.group("rest") or "").strip(" ,")
            office = re.sub(r"^the\s+", "", office, flags=re.I)
            words = {w.lower().strip(",") for w in office.split()}
            return Speaker(person.name, office if words & ROLE_HEADS else "", "person")
    portrait = _PORTRAIT.match(text)
    if portrait:
        inner = heading_speaker(portrait.group("rest"))
        if inner is not None and not inner.role:
            return Speaker(parse_person(portrait.group("name")).name, "", "person")
        return inner or parse_person(portrait.group("name"))
    # "Jane Roe (Independent) | Parliament source", "… Share this | Hansard source": a
    # record's links after the member's name.
    text, tagged = _LINK_TAG.subn("", text)
    groups = re.findall(r"\(([^()]*)\)", text)
    if not groups or re.sub(r"\s*\([^()]*\)", "", text).strip()[-1:] in ".?!":
        return None
    outside = re.sub(r"\s*\([^()]*\)", "", text).strip()
    # "Under-Secretary" is read by its parts: "secretary" is the office's head.
    words = {w.lower() for w in re.split(r"[\s,-]+", outside) if w}
    inner = parse_person(groups[0])
    if words & ROLE_HEADS and bracketed_holder(inner, groups[0]):
        return Speaker(inner.name, re.sub(r"^the\s+", "", outside, flags=re.I), "person")
    office = {w.lower() for w in re.split(r"[\s,-]+", groups[0]) if w}
    described = office & {"speech", "remarks", "statement", "address", "interview", "lecture"}
    if (
        len(groups) == 1
        and office & ROLE_HEADS
        and not described
        and not words & (ROLE_HEADS | ORGANISATION_WORDS)
    ):
        # "Jane Roe (Bus Secretary)": a full name, its office in the brackets; not an
        # occasion with what was given there ("Bus Day (Director-General speech)").
        person = parse_person(outside) if re.fullmatch(NAME_RUN, outside) else None
        if person is not None and person.kind == "person" and len(person.name.split()) >= 2:
            return Speaker(person.name, groups[0].strip(), "person")
    # "Hon JANE KING (Minister of Health)": a surname that is an office's word ("King"),
    # after the member's courtesy title; the name rules read it as an office.
    named = re.sub(r"^(?:The\s+)?(?:Rt\.?\s+)?Hon\.?\s+", "", outside)
    if (
        len(groups) == 1
        and office & ROLE_HEADS
        and len(named.split()) >= 2
        and named.split()[-1].lower() in SURNAME_OFFICES
        and not set(named.lower().split()[:-1]) & (ROLE_HEADS | ORGANISATION_WORDS)
        and re.fullmatch(NAME_RUN, named)
    ):
        return Speaker(as_name(named) if named.isupper() else named, groups[0].strip(), "person")
    # "Name (Place) (Party)", "Name (Place, Party)", or "Mr Name (Place)": a bare "Title
    # (Region)" is a debate's name.
    titled = (
        words & HONORIFICS
        or len(groups) >= 2
        or tagged
        and len(outside.split()) >= 2
        # "(Place, Party)": no figures in it ("(Northland, 2024)" dates a bill).
        or "," in groups[-1]
        and len(outside.split()) >= 2
        and not re.search(r"\d", groups[-1])
    )
    if titled and re.fullmatch(_CAPITAL_SURNAME, outside):
        # "Ms ROE (Northtown—Minister for Buses) (14:13)": a surname in capitals, which
        # the name rules read as a body's short form.
        return _capital_surname(outside)
    if titled and re.fullmatch(NAME_RUN, outside) and not words & (ROLE_HEADS | ORGANISATION_WORDS):
        person = parse_person(outside)
        if person is not None and person.kind == "person":
            return person
    return None


def run_in_speaker(text: str) -> tuple[Speaker, int] | None:
    """A speaker heading run into the first words of a speech, and where the speech starts."""
    match = _RUN_IN.match(text)
    if not match:
        return None
    head = match.group("head")
    speaker = heading_speaker(head) if "(" in head else parse_person(head)
    if speaker is None or speaker.kind != "person":
        return None
    return speaker, match.end()


# A party's letter in brackets, its state after a dash: "(D)", "(R-TX)", "(D-Calif.)".
_PARTY_ONLY = re.compile(r"\((?:D|R|I)(?:-[A-Z][\w.]*)?\)")
# A turn whose label opens the paragraph: "Mr Roe: The figures …", "ANN LEE: Fares …",
# "The Minister for Transport (Tom Baker): Funding …", "Hon Dr ANN LEE: …".
_INLINE_TURN = re.compile(
    r"^(?:§\s*)?(?P<hon>(?:Rt\.?\s+)?Hon\.?\s+)?(?P<label>(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Baroness)\.?\s+[A-Z][\w’'-]+"
    r"(?:\s+(?:of\s+)?[A-Z][\w’'-]+){0,2}|[A-Z][A-Z’'.-]+(?:\s+[A-Z][A-Z’'.-]+){1,3}"
    r"|(?:The\s+)?[A-Z][\w’',\s-]{0,80}?(?=\s*\())(?P<parens>(?:\s*\([^()]{1,160}\)){0,2})"
    # A news transcript's state after the party: "GOV. JANE ROE (D), NORTHLAND: …".
    r"(?:(?<=\)),\s+[A-Z][A-Z’'.-]+(?:\s+[A-Z][A-Z’'.-]+){0,2})?"
    # "… (Minister of Justice) on behalf of the Minister of Defence: …": the member speaking.
    r"(?:\s+on\s+behalf\s+of\s+(?:the\s+)?[A-Z][\w’'\s-]{2,60}?)?\s*:\s+(?=\S)"
)


# A surname's prefix kept in small letters when the rest is in capitals: "McROE",
# "O'ROE", "LaROE", "DeROE", "VanROE".
_SURNAME_PREFIX = r"Mc|Mac|O['’]|D['’]|[A-Z][a-z]{1,2}(?=[A-Z]{2})"
# A transcript's or the Congressional Record's label: an honorific and a surname in
# capitals ("MR. ROE: …", "Mr. McROE. Mr. President, …", "Ms. ROE of Ohio. …", "Mr S N
# ROE: …").
_CAPITAL_SURNAME = (
    r"(?P<honorific>Mr|Mrs|Ms|Miss|Dr|MR|MRS|MS|MISS|DR|Chair(?:man|woman)?|Senator)\.?\s+"
    # Initials before the surname: "Mr S N ROE:".
    r"(?:[A-Z]\.?\s+){0,3}"
    # A family name of two or three words: "Ms. CORTEZ ROE.", "Mr. VAN ROE."
    rf"(?P<surname>(?:(?:{_SURNAME_PREFIX})?[A-Z][A-Z’'-]+\s+){{0,2}}(?:{_SURNAME_PREFIX})?[A-Z][A-Z’'-]+)"
    r"(?:\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?"
)
_RECORD_TURN = re.compile(rf"^{_CAPITAL_SURNAME}(?::|\.)\s+(?=\S)")


def _capital_surname(label: str) -> Speaker | None:
    """The person of a label "MR. ROE" or "Mr. McROE": the surname written as a name."""
    match = re.fullmatch(_CAPITAL_SURNAME, label.strip())
    if not match:
        return None
    return Speaker(" ".join(_written(word) for word in match.group("surname").split()))


def _written(surname: str) -> str:
    """ "McROE" as "McRoe", "ROE-DOE" as "Roe-Doe"."""
    prefix = re.match(_SURNAME_PREFIX, surname)
    head = prefix.group(0) if prefix and surname[len(prefix.group(0)) :].isupper() else ""
    rest = surname[len(head) :]
    return head + "-".join(part.capitalize() for part in rest.split("-"))


# An office's short form in a label: "USEC.", "SEC.", "ATTY." (not an initial, "J.").
_SHORT_TITLE = re.compile(r"[A-Z][A-Za-z]{2,5}\.")


def inline_turn(text: str) -> Speaker | None:
    """The speaker a turn's label names when it opens the paragraph ("Mr Roe: …",
    "MR. ROE: …", the Congressional Record's "Mr. McROE. Mr. President, …", "Treasurer
    Jane Roe: …", "Jane Roe, Treasurer: …")."""
    record = _RECORD_TURN.match(text)
    if record:
        return _capital_surname(record.group(0).strip().rstrip(":."))
    match = _INLINE_TURN.match(text)
    if not match:
        return _office_label(text)
    label, parens = match.group("label").strip(), match.group("parens").strip()
    if _PARTY_ONLY.fullmatch(parens):
        # A news transcript's label: "GOV. JANE ROE (D), NORTHLAND:", "SEN. ROE (R-TX):".
        person = parse_person(label.title() if label.isupper() else label)
        return person if person is not None and person.kind == "person" else None
    if parens:
        return heading_speaker(f"{match.group('hon') or ''}{label} {parens}")
    words = {w.lower().strip(".") for w in label.split()}
    if words & {"q", "a", "question", "answer"}:
        return None
    tokens = label.split()
    if label.isupper() and any(_SHORT_TITLE.fullmatch(t) for t in tokens[:-1]):
        # "NEDA USEC. ROE:": an office's short form before the surname, which the text
        # gives in full elsewhere ("Undersecretary Jane Roe").
        return Speaker(_written(tokens[-1]), " ".join(tokens[:-1]), "person")
    person = parse_person(label)
    if words & ROLE_HEADS and not (person and person.name.lower() in SURNAME_OFFICES):
        # "MINISTER ROE: …" names the holder; "THE MINISTER: …" names no one ("Ms Judge:"
        # is a surname).
        return _office_label(text)
    return person if person is not None and person.kind == "person" else None


# A transcript's label giving the surname alone, in capitals or not: "ROE: …", "Roe: …".
_SURNAME_LABEL = re.compile(r"^(?P<surname>[A-Z](?:[A-Z’'-]+|[a-z’'-]+)):\s+(?=\S)")


def _surname_label(text: str, resolver: Resolver) -> Speaker | None:
    """The person of a label "ROE: …" or "Roe: …" when the text (or its title) gives
    someone that surname; a word the text gives no one ("NOTE: …", "Note: …") is no
    label."""
    match = _SURNAME_LABEL.match(text)
    known = resolver.surnames.get(match.group("surname").lower()) if match else None
    return known if known is not None and known.kind == "person" else None


# A transcript's label giving the speaker's initials: "AN: …", "TAG<tab>Thank you …".
_INITIALS_LABEL = re.compile(r"^(?P<initials>[A-Z]{2,4})(?::[^\S\n]+|\t+|[^\S\n]{2,})(?=\S)")
# A name of two to four capitalised words, a personal title before it allowed.
_FULL_NAME = re.compile(
    r"(?<![\w’'-])(?:(?:Dr|Mr|Mrs|Ms|Professor|Prof)\.?\s+)?"
    r"(?P<name>[A-Z][a-zà-ÿ’'-]+(?:\s+[A-Z][a-zà-ÿ’'-]+){1,3})(?![\w’'-])"
)


def _plain_person(name: str) -> bool:
    """Whether `name` is a person's name with no office or body word in it."""
    person = parse_person(name)
    words = {w.lower() for w in name.split()}
    return (
        person is not None
        and person.kind == "person"
        and not words & (ROLE_HEADS | ORGANISATION_WORDS)
    )


def _initials_label(text: str, resolver: Resolver) -> Speaker | None:
    """The person of a label giving initials ("AN: …" under "Andrew Neil interviews …")
    when exactly one full name in the text or its title has those initials; a short form
    that is no one's initials ("UK: …", "NB: …") is no label."""
    match = _INITIALS_LABEL.match(text)
    if not match:
        return None
    initials = match.group("initials")
    size = len(initials)
    found = set()
    for body in resolver.texts:
        for named in _FULL_NAME.finditer(body):
            words = named.group("name").split()
            for start in range(len(words) - size + 1):
                part = words[start : start + size]
                if "".join(w[0] for w in part) == initials:
                    found.add(" ".join(part))
    people = {name for name in found if _plain_person(name)}
    return Speaker(people.pop(), "", "person") if len(people) == 1 else None


# Brackets holding no name, or only the honorific before one.
_NAME_LEFT_OUT = re.compile(
    r"\s*\((?:\s*(?:Shri|Shrimati|Smt|Kumari|Mr|Mrs|Ms|Dr)\.?)?\s*\)(?=:)", re.I
)


def _office_alone_label(text: str, resolver: Resolver) -> Speaker | None:
    """The holder of the office a label gives alone ("PRIME MINISTER: …") when the text
    has named her with it ("JANE ROE, PRIME MINISTER: …"), else the office as written;
    None for a label that is no office."""
    # "THE MINISTER OF HOME AFFAIRS (SHRI ): …": a record that left the holder's name out.
    match = OFFICE_LABEL.match(_NAME_LEFT_OUT.sub("", text, count=1))
    if match is None or "," in match.group("label"):
        return None
    label = match.group("label")
    # "Financial Secretary: …" as well as "FINANCIAL SECRETARY: …": each word a capital's
    # but the office's small words.
    titled = all(w[:1].isupper() or w in CONNECTORS for w in label.split())
    # "Mr Speaker: …", "Madam Deputy Speaker: …": a chair addressed (`presiding_turn`).
    addressed = label.split()[0].lower() in HONORIFICS | {"madam"}
    if not (label.isupper() or titled and len(label.split()) <= 6 and not addressed):
        return None
    office = re.sub(r"^the\s+", "", label.lower())  # "The President: …"
    if not set(office.split()) & ROLE_HEADS:
        return None
    office = phrase_title(office)
    return resolver.named_holder(office.lower()) or Speaker(office, office, "person")


# "…, the Health Minister said: These figures …": a colon after the verb, then her words.
_SAID_INLINE = re.compile(
    r"^(?:[^.:;“”\"]{0,120},\s+)?(?P<who>(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'.-]*){0,5})"
    r"\s+(?:said|says|added|stated|commented):\s+(?=[A-Z])"
)


def _said_inline(text: str, resolver: Resolver) -> Speaker | None:
    """The person whose words follow "X said:" inside a paragraph (see above): a name, or
    an office the text names a holder of; None for a body or anyone else."""
    match = _SAID_INLINE.match(text)
    if match is None:
        return None
    who = match.group("who")
    person = parse_person(who)
    named = person is not None and person.kind == "person" and person.name != person.role
    if named and (len(person.name.split()) >= 2 or resolver.surnames.get(person.name.lower())):
        return resolver.resolve(person)
    office = re.sub(r"^the\s+", "", who, flags=re.I).lower()
    if not set(office.split()) & ROLE_HEADS:
        return None
    return resolver.named_holder(office)


def block_speakers(
    paragraphs: list[Paragraph],
    resolver: Resolver,
    *,
    turns: bool = False,
    interview: bool = False,
    publication: Speaker | None = None,
    narrated: bool = True,
) -> dict[int, Speaker | None]:
    """For each paragraph, the speaker of the quoted block it belongs to, if any.

    With `turns` (a debate record, an interview transcript) a speaker keeps the
    floor until the next speaker line, whoever they talk about; a speaker line is
    "Name:" or "Role (Name):", a heading "Role (Name)", "Name (Place) (Party)" or
    "Name Portrait …", a bare name over a "Party, Place" or office line, or a
    heading run into the speech ("§ Mr. RoeThe figures …").

    In an `interview`, a question turn ("Q:", "JOURNALIST:", "Presenter: …") is
    the interviewer's, or the `publication`'s when the interviewer is unnamed;
    an answer turn ("A:", or a label naming no one) returns to the interviewee
    (None: the document's own speaker).

    Without turns, a block whose first paragraph opens with a quotation mark ends
    at the first paragraph that does not; an unquoted block ends at a paragraph
    with no first-person word that opens as narration did before the speaker line.
    When the text is not `narrated` (no publisher, no voice of its own), the
    speaker keeps the paragraphs after a closed quote: there is no one else."""
    current: Speaker | None = None
    result: dict[int, Speaker | None] = {}
    # The names that have started a turn: a name alone on a line starts another.
    spoken: set[str] = set()
    labels = name_labels([p.text for p in paragraphs]) if turns else None
    # Whether the block a speaker line started opened with a quotation mark (None: no
    # paragraph yet), and the narration so far.
    opened: bool | None = None
    narration: list[str] = []
    # Whether the current unquoted block has spoken in the first person yet.
    voiced = False
    # Whether the quotation the block opened is still open after the last paragraph.
    unclosed = False
    for position, paragraph in enumerate(paragraphs):
        if interview and paragraph.kind in ("intro", "prose", "bullet"):
            named = paragraph.kind == "intro" and intro_speaker(paragraph.text) is not None
            started, speaker = interview_turn(
                paragraph.text, paragraph.kind, current, publication, resolver, named=named
            )
            if started and paragraph.kind == "intro":
                current = speaker
                result[paragraph.index] = None
                continue
            if started:
                # A label on the line itself ("Q: How …?") marks that paragraph alone.
                result[paragraph.index] = speaker
                if speaker is None:
                    current = None
                continue
        after = paragraphs[position + 1].text if position + 1 < len(paragraphs) else ""
        # A dateline before it can make the line read as a heading ("CITY – X made the
        # following statement …:").
        following = (
            # "The Minister of State (Jane Roe) has made the following statement."
            statement_maker(paragraph.text, resolver)
            or following_statement_speaker(paragraph.text, resolver)
            or issued_statement_speaker(paragraph.text, after)
            if paragraph.kind in ("intro", "prose", "heading") and not turns
            else None
        )
        if following is not None:
            # "Secretary Jane Roe issued the following statement …:": the block is hers.
            opened = None
            current = resolver.resolve(following)
            resolver.learn(current)
            result[paragraph.index] = None
            continue
        if paragraph.kind == "intro":
            opened = None
            introduced = intro_speaker(paragraph.text) or (
                lead_in_speaker(paragraph.text) if not turns else None
            )
            if introduced is None and not turns:
                introduced = participle_lead(paragraph.text, resolver.surnames)
            if introduced is None and turns:
                # "MS ROE (Northtown) (10.21): I move:": a turn's label over a motion.
                introduced = inline_turn(paragraph.text)
            current = introduced or (current if turns else None)
            if current is not None:
                current = resolver.resolve(current)
                resolver.learn(current)
            result[paragraph.index] = None
            continue
        if turns and paragraph.kind != "intro":
            following = paragraphs[position + 1].text if position + 1 < len(paragraphs) else ""
            # "Hon JANE ROE (Shadow Minister for" / "Buses) to …": a bracket cut by a line break.
            label = joined_label(paragraph.text, following)
            heading = heading_speaker(label) if paragraph.kind == "heading" else None
            if heading is None and paragraph.kind == "heading":
                # A name alone on its line, between the reprint's party label or time
                # stamp and the constituency or office line.
                heading = name_heading(paragraphs, position, spoken, resolver)
            if heading is None and paragraph.kind == "heading" and ": " in paragraph.text:
                # A label run into a short greeting: "JANE ROE, PRIME MINISTER: G’day".
                heading = inline_turn(paragraph.text)
            if heading is None and paragraph.kind in ("prose", "bullet", "clutter"):
                run_in = run_in_speaker(paragraph.text)
                heading = run_in[0] if run_in else inline_turn(paragraph.text)
                heading = heading or _surname_label(paragraph.text, resolver)
                heading = heading or _initials_label(paragraph.text, resolver)
                heading = heading or _office_alone_label(paragraph.text, resolver)
                heading = heading or plenary_turn(paragraph.text)  # "Jane Roe, Office. – …"
                # A committee's "Chair: …" and "Q12 Jane Roe: …" (`members`).
                unnumbered = QUESTION_NUMBER.sub("", paragraph.text, count=1)
                heading = heading or chair_turn(paragraph.text, resolver)
                heading = heading or presiding_turn(paragraph.text, resolver)
                heading = heading or name_label(unnumbered, labels, resolver)
                heading = heading or narrator_label(paragraph.text)  # "Narrator: …"
            if heading is not None:
                spoken.add(heading.name)
                current = resolver.resolve(heading)
                resolver.learn(current)
                result[paragraph.index] = current if paragraph.kind != "heading" else None
                continue
            result[paragraph.index] = current
            continue
        lead = paragraph.text
        if paragraph.kind == "prose" and lead.endswith(" said.") and after[:1] in QUOTE_MARKS:
            # "Jane Roe, Director of the Bus Fund, said." over "“It has been …": a speaker
            # line, the colon typed as a full stop (read whole: no scene before the name).
            lead = lead[:-1] + ":"
            speaker = intro_speaker(lead)
            if speaker is not None and speaker.kind == "person":
                opened = None
                current = resolver.resolve(speaker)
                resolver.learn(current)
                result[paragraph.index] = None
                continue
        if paragraph.kind == "prose" and lead.endswith(":"):
            # "Speaking ahead of a visit to …, the minister Jane Roe said:"
            speaker = lead_in_speaker(lead) or evidence_lead(lead)
            speaker = speaker or pronoun_lead(lead, resolver)  # "…, she said:"
            if speaker is not None:
                opened = None
                current = resolver.resolve(speaker)
                resolver.learn(current)
                result[paragraph.index] = None
                continue
        said = _said_inline(paragraph.text, resolver) if paragraph.kind == "prose" else None
        if said is not None and not turns:
            # "Speaking today, the Health Minister said: These figures …": her words run
            # on from the colon, without quotation marks.
            opened = None
            current = said
            resolver.learn(current)
            result[paragraph.index] = current
            continue
        # Within a quotation still open, words about an official are the speaker's own
        # ("“I am visiting the Princess of Wales Hospital …").
        quoting = opened and unclosed and paragraph.text[:1] in QUOTE_MARKS
        # A paragraph of the block opening "I …" is still the speaker's, whoever it names
        # ("I thank the Managing Director, Mme Roe, …").
        speaking = not opened and re.match(r"I\b(?![.’'-])", paragraph.text) is not None
        if (
            paragraph.kind in ("heading",)
            or current is not None
            and not quoting
            and not speaking
            and (mentions(paragraph.text, current) or mentions_official(paragraph.text, resolver))
        ):
            current = None
        if current is not None and not turns:
            if opened is None:
                opened = paragraph.text[:1] in QUOTE_MARKS
                voiced = unclosed = False
            elif opened and unclosed:
                # The quotation the block opened has not closed: this paragraph goes on
                # with it, whatever it opens with.
                pass
            elif leaves_block(paragraph.text, opened=opened and narrated, narration=narration):
                current = None
            elif not opened and voiced and speaks_of(paragraph.text, current):
                # A block that said "we" and "our government" now says "the government",
                # "the minister" or "She visited …": the department's narration again.
                current = None
            voiced = voiced or bool(FIRST_PERSON.search(paragraph.text))
            unclosed = current is not None and left_open(paragraph.text, unclosed)
        if current is None and paragraph.kind in ("prose", "bullet"):
            narration.append(paragraph.text)
        result[paragraph.index] = current
    return result
