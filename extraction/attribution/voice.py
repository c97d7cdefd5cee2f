"""Whose voice the narration is: the person a speech's title or header line names
("Speech by Jane Roe", "The Rt Hon Jane Roe MP", "Jane Roe – 2024 Speech on …"), the
person a statement's title names, else the publisher."""

import re

from extraction.attribution.author_titles import author_title_speaker
from extraction.attribution.authored import authored_speaker
from extraction.attribution.blocks import CHAIR_ADDRESSED
from extraction.attribution.committee import committee_voice
from extraction.attribution.following import following_speaker
from extraction.attribution.genre_by import genre_by_speaker
from extraction.attribution.header_block import addressees, listed_speaker, name_office_speaker
from extraction.attribution.member_page import member_page_speaker
from extraction.attribution.names import (
    ORGANISATION_WORDS,
    ROLE_HEADS,
    Speaker,
    parse_person,
    without_letters,
)
from extraction.attribution.panel import panel_speaker
from extraction.attribution.resolution import Resolver
from extraction.attribution.standfirst import signed_statement, standfirst_speaker
from extraction.attribution.statement_by import titled_author
from extraction.attribution.titles import (
    STATEMENT_LEAD,
    from_line_speaker,
    genre_title_speaker,
    header_speaker,
    headline_speaker,
    name_before_occasion,
    office_title_speaker,
    read_capitals,
    signature_speaker,
    statement_title_speaker,
    trim_title_name,
)
from extraction.attribution.turns import heading_speaker
from extraction.attribution.validation import caption_speaker, checked, common_words
from extraction.attribution.vocabulary import VENUE_WORDS

# Kinds of document whose narration is a person speaking, not an organisation.
_SPOKEN = {"speech", "interview", "social_media_post"}
_NO_DEFAULT = {"encyclopedia_entry"}
# Kinds of document that may be a text read out by one of several people its header lists
# (not a news story or a report about them).
_READ_OUT = {"press_release", "speech", "interview", "other", ""}
_TITLE_PERSON = re.compile(r"^(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})['’]s\b")
# "Jane Roe – 2024 Speech on …", "Jane Roe: speech to …".
_TITLE_SPEAKER_FIRST = re.compile(
    r"^(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})\s*(?:[–—:|]|-\s)"
)
# A title opening with where the speech was given ("Northtown Press Club: Remarks by …"):
# a venue or a body, not the speaker.
_VENUE_WORDS = ORGANISATION_WORDS | VENUE_WORDS | {
    "club", "hall", "centre", "center", "forum", "summit", "conference", "university",
    "college", "school", "society", "chamber", "museum", "library", "week", "congress",
}  # fmt: skip


# "Speech by Jane Roe", "Delivered by the Rt Hon Jane Roe MP, Minister for …", "The speech
# made by Jane Roe, the … Minister, on …": a title or header line naming the speaker.
# "Testimony as delivered by …", "Remarks as prepared for delivery by …": the text as its
# speaker read it out (or meant to), a reprint's header.
_AS_READ = r"(?:as\s+)?(?:(?:made|delivered|given|prepared(?:\s+for\s+delivery)?)\s+)"
# "Speaking notes for Jane Roe, Minister of …": a speech's notes are its speaker's.
_BY_SPEAKER = re.compile(
    r"(?:(?:^|\b(?:speech|remarks|address|lecture|statement|testimony|message)\s+(?:was\s+)?"
    rf"{_AS_READ}?|^{_AS_READ})by|\b(?:speaking|speech|speaker's)\s+notes\s+for)"
    r"\s+(?P<who>(?:the\s+)?[A-Z][^,;:()\n]{2,80}(?!\w))",
    re.IGNORECASE,
)
# A line handing the page over to the person it is from: "From Governor Jane Roe:".
_FROM_PERSON = re.compile(r"^From\s+(?P<who>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,4})\s*:$")
# "Budget Vote Debate No: 10 by Honourable J. Roe (BUS)": a line closing on the member
# who gave it.
_BY_HONOURABLE = re.compile(
    r"\bby\s+(?:the\s+)?(?:Hon\.?|Honourable|Honorable)\s+"
    r"(?P<who>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3})\s*(?:\([^()]{1,30}\))?\s*$"
)
# "Jane Roe, Minister for Housing, spoke at the summit in Leeds."
_SPOKE_AT = re.compile(
    r"^(?P<who>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2}),\s+(?:the\s+)?[^,]{3,80},\s+"
    r"(?:spoke|delivered|gave|addressed|made|speaking|delivering|addressing)\b"
)
_TRAILING_POSTNOMINALS = re.compile(r"(?:\s+(?:MP|MSP|MS|AM|MLA|TD|QC|KC|MEP|OBE|CBE|MBE))+\s*$")
_POSTNOMINAL = r"(?:MP|MSP|MS|AM|MLA|TD|QC|KC|MEP|OBE|CBE|MBE|PC)"
# A byline line under a speech's title: "The Rt Hon Jane Roe MP", "Dame Jane Roe", "Jane Roe
# MSP": a name with an honorific before it or letters after it, and nothing else.
_BYLINE = re.compile(
    r"^(?:(?:The\s+)?(?:(?:Rt\.?|Right)\s+Hon(?:\.|ourable)?|Hon\.?|Dr\.?|Sir|Dame|Lord|Lady"
    r"|Baroness|Professor)\s+(?P<titled>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})"
    rf"(?:\s+{_POSTNOMINAL})*"
    rf"|(?P<lettered>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{1,2}})(?:\s+{_POSTNOMINAL})+)$"
)


# ", the Hon Jane Roe MP" after an office: the holder's name in apposition.
_APPOSITIVE = re.compile(
    r"^,\s+(?:the\s+)?(?:(?:Rt\.?\s+|Right\s+)?Hon(?:\.|ourable)?\s+|Dr\.?\s+|Sir\s+|Dame\s+)?"
    r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'.-]+){1,2}?)(?:\s+"
    + _POSTNOMINAL
    + r")*(?=\s*(?:[,;:(]|$|\s(?:at|on|to|in)\s))"
)


# ", Rails and Buses" after "Minister for Roads": the rest of an office's portfolio list,
# ending in "and …" before the comma that introduces the holder.
_PORTFOLIO_LIST = re.compile(
    r"^(?:,\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)*,?\s+and\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?"
    r"(?=,)"
)


# The same list running straight into the holder's full name: ", Rail Lines and Ports Jane
# Roe".
_PORTFOLIO_HOLDER = re.compile(
    r"^(?:,\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)+,?\s+and\s+[A-Z][\w’'-]+\s+"
    r"(?P<name>[A-Z][\w’'-]+\s+[A-Z][\w’'-]+)(?=\s+(?:at|on|to|in|during)\s|\s*[,;:(.]|$)"
)


def _named_by(line: str, resolver: Resolver) -> Speaker | None:
    """The speaker a title or header line names: "Speech by Jane Roe at …", "Delivered by
    Jane Roe, Minister for …", "Minister of State for Housing (Jane Roe): speech", or an
    office alone ("Speech by the Chancellor of the Exchequer")."""
    # Not a title's bracketed words running on ("… Services (Public Ownership) Bill").
    heading = re.match(r"^(?P<head>[^()]{3,90}\([^()]{3,60}\))(?!\s*[A-Z])", line)
    if heading:
        speaker = heading_speaker(heading.group("head"))
        if speaker is not None:
            return resolver.resolve(speaker)
    spoke = _SPOKE_AT.match(line)
    if spoke:
        person = parse_person(spoke.group("who"))
        return resolver.resolve(person) if person and person.kind == "person" else None
    header = header_speaker(line, resolver)
    if header is not None:
        return header
    byline = _BYLINE.match(line.strip())
    if byline:
        name = _TRAILING_POSTNOMINALS.sub("", byline.group("titled") or byline.group("lettered"))
        person = parse_person(name)
        return resolver.resolve(person) if person and person.kind == "person" else None
    honourable = _BY_HONOURABLE.search(line)
    if honourable:
        person = parse_person(honourable.group("who"))
        return resolver.resolve(person) if person and person.kind == "person" else None
    match = _BY_SPEAKER.search(line)
    if not match or match.start() and CHAIR_ADDRESSED.match(line):
        # "Deputy Speaker Sir, the address given by the Honourable Jane Roe …": the speech
        # speaking of another's address.
        return None
    who = re.split(r"\s+(?:at|on|to|in|during|for\s+the|about)\s+", match.group("who"))[0]
    who = name_before_occasion(who)
    end = match.end("who")
    listed = _PORTFOLIO_LIST.match(line[end:]) if who == match.group("who") else None
    tail = _PORTFOLIO_HOLDER.match(line[end:]) if who == match.group("who") else None
    if tail and re.search(r"\s(?:for|of)\s", who):
        # "Minister for Bus Routes, Rail Lines and Ports Jane Roe at …": the list's last
        # portfolio, then the holder with no comma before her.
        office = who + line[end : end + tail.start("name")].rstrip()
        return resolver.resolve(Speaker(tail.group("name"), office.strip(" ,"), "person"))
    if listed and re.search(r"\s(?:for|of)\s", who):
        # "the Minister for Roads, Rails and Buses, Jane Roe": one office's list of
        # portfolios, then its holder.
        who, end = who + listed.group(0), end + listed.end()
    who = without_letters(_TRAILING_POSTNOMINALS.sub("", who.strip(" .–—-"))).strip(" .")
    words = who.lower().split()
    role = re.sub(r"^the\s+", "", who, flags=re.I)
    own = parse_person(who)
    if own is not None and " " not in own.name and own.role.split()[-1:] in (["of"], ["for"]):
        # "the Governor of the Bank of Northland": the place completes the office; no name.
        own = None
    if (
        own is not None
        and own.kind == "person"
        and set(own.role.lower().split()) & ROLE_HEADS
        and len(own.name.split()) >= 2
    ):
        # "Remarks by Secretary of Buses Jane Q. Roe, Bus Forum": the office and its holder
        # already; what follows the comma is the occasion.
        return resolver.resolve(own)
    # After the occasion ("… to the Bus Forum, Northtown") a name is its place, no holder.
    named = _APPOSITIVE.match(line[end:]) if who == match.group("who") or listed else None
    head = re.split(r"\s+(?:of|for)\s+", role.lower())[0].split()[-1:]
    # "Speech by the Minister for Buses, Jane Roe": an office whose head comes before "for",
    # when its holder follows or the text names one.
    # An office whose words name no one ("the Governor of the Bus Bank") is the office.
    holder = named or resolver.by_role(role) or own is None
    office_for = bool(head) and head[0] in ROLE_HEADS and bool(holder)
    if office_for or words and words[-1] in ROLE_HEADS | {"exchequer", "state", "treasury"}:
        person = parse_person(named.group("name")) if named else None
        if person is not None and person.kind == "person" and len(person.name.split()) > 1:
            # "Address by the Prime Minister, the Hon Jane Roe MP": the office, then its holder.
            return resolver.resolve(Speaker(person.name, role, "person"))
        return resolver.by_role(role) or Speaker(role, role, "person")
    if own is None or own.kind != "person":
        return None
    return resolver.resolve(own)


# "My name is Jane Roe, …", "I'm Jane Roe and I chair …": the speaker introducing herself.
_SELF_INTRODUCED = re.compile(
    r"\b(?:[Mm]y\s+name\s+is|I\s+am|I[’']m)\s+(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})"
    r"(?=\s*(?:[,.;:!]|\s+and\s|\s+from\s|$))"
)


def self_introduced(header: list[str]) -> Speaker | None:
    """The person a speech's opening paragraphs say the speaker is ("My name is Jane Roe,
    …"); not an office ("I am Deputy Prime Minister") nor a feeling ("I am Proud …")."""
    for line in header:
        match = _SELF_INTRODUCED.search(line)
        person = parse_person(match.group("name")) if match else None
        if person is not None and person.kind == "person" and not person.role:
            words = {w.lower() for w in person.name.split()}
            if not words & ROLE_HEADS:
                return person
    return None


# A reprint's standfirst: "The text of the statement made by Jane Roe, the Secretary of …,
# in the House on …": the page copies one person's words, whatever its kind.
_TEXT_OF = re.compile(r"^(?:the\s+)?(?:full\s+)?text\s+of\s+(?:the|a|an|her|his)\s+\w+", re.I)

_LABEL_LINE = re.compile(r"^(?:From:|(?:Speech|Remarks|Address|Lecture|Statement)\s+by:?)$", re.I)
# A byline's label before the name: "By: HON. JANE ROE".
_BY_LABEL = re.compile(r"^By:\s+(?=\S)")
# A title's speaker set off by a comma before the genre: "…, Remarks as Prepared …".
_COMMA_GENRE = re.compile(r",\s+(?:Remarks|Speech|Statement|Address)\b")
# A genre line over its author's "by …" line: "Press Statement" / "by Dr Jane Roe".
_GENRE_LINE = re.compile(r"^(?:(?:Press|Media)\s+)?(?:Statement|Speech|Remarks|Address)$", re.I)
_BY_LINE = re.compile(r"^by\s+[A-Z]")


def _joined_labels(header: list[str]) -> list[str]:
    """The header's lines with a "From:" or "Speech by" label printed on a line of its own
    joined to the value on the line after it ("From:" / "Department of Buses and The Rt
    Hon Jane Roe MP", "Speech by" / "Jane Roe, M.D.", "Press Statement" / "by Jane Roe")."""
    lines: list[str] = []
    for line in header:
        previous = lines[-1].strip() if lines else ""
        by_line = bool(_GENRE_LINE.match(previous)) and bool(_BY_LINE.match(line.strip()))
        if lines and (_LABEL_LINE.match(previous) or by_line):
            lines[-1] = f"{lines[-1].strip()} {line.strip()}"
        else:
            lines.append(line)
    return lines


def document_speaker(
    resolver: Resolver,
    *,
    kind: str = "",
    title: str = "",
    publisher: str = "",
    header: list[str] | None = None,
    footer: list[str] | None = None,
) -> Speaker | None:
    """Who speaks where the text quotes nobody: for a speech, the person its title or a
    header line (`header`: the text's first paragraphs) names; else the publisher. A
    speech whose page gives only an office or the publisher takes the name the speaker
    gives herself in the opening paragraphs; a statement signed at its foot (`footer`:
    the text's last paragraphs) by one person is hers."""
    member = member_page_speaker(header or [], resolver) if kind == "parliamentary_record" else None
    if member is not None:
        # "Main Page: Jane Roe (Labour - Northtown)" over a speech with no speaker heading.
        return member
    speaker = _page_speaker(resolver, kind=kind, title=title, publisher=publisher, header=header)
    # A name made of a title's genre words or a headline's verb is no name: trimmed, or
    # the publisher instead.
    if speaker is not None:
        speaker = checked(speaker) or _publisher(publisher)
    if common_words(speaker, resolver):  # "Jane Roe, Director, NTSB Safety Forum" read as
        # "NTSB Safety": the line's "Name, Office" instead.
        listed = (listed_speaker(line, resolver) for line in [title, *(header or [])])
        speaker = next(filter(None, listed), None) or _publisher(publisher)
    if kind == "report" and (speaker is None or speaker.kind == "organisation"):
        # A House's page carrying one of its committees' reports: the committee's voice.
        page = resolver.texts[0] if resolver.texts else ""
        speaker = committee_voice(publisher, title, header or [], page) or speaker
    if (
        kind not in _SPOKEN
        and kind not in _NO_DEFAULT
        and (speaker is None or speaker.kind != "person")
    ):
        # "Statement on bus fares" signed at the foot "Jane Roe / Secretary of Buses".
        speaker = signed_statement(title, header or [], footer or [], resolver) or speaker
    unnamed = speaker is None or speaker.kind == "organisation" or speaker.name == speaker.role
    if unnamed and kind in _READ_OUT:
        # "Education Secretary, Jane Roe, looks at …" over "I have …": a post she wrote.
        writer = authored_speaker(header or [], resolver)
        if writer is not None:
            return writer
        # "[Photo: Secretary Jane Roe]" over "I am pleased …": the page's only name for
        # who reads it.
        pictured = caption_speaker(header or [], resolver)
        if pictured is not None:
            return pictured
        # "Jane Roe, Governor of the Bank, John Doe, Deputy Governor of the Bank, Northtown,
        # 3 May" over "the Deputy Governor and I …": the first listed reads the text.
        panel = panel_speaker(header or [], "\n".join(header or []), resolver)
        if panel is not None:
            return panel
    introduced = self_introduced(header or []) if kind == "speech" and unnamed else None
    return resolver.resolve(introduced) if introduced is not None else speaker


def _page_speaker(
    resolver: Resolver,
    *,
    kind: str = "",
    title: str = "",
    publisher: str = "",
    header: list[str] | None = None,
) -> Speaker | None:
    """Who the page says speaks: the title, the header lines, else the publisher."""
    if kind in _NO_DEFAULT:
        return None
    # "… – Statement by Jane Roe": the author named later in the line (`statement_by`).
    stated = statement_title_speaker(title, resolver) or titled_author(title, resolver)
    # A testimony's cover, an archive's "Name – 2019 Statement on …", "Speech by Office, Name".
    stated = stated or author_title_speaker(title, header or [], resolver, kind=kind)
    for line in _joined_labels(header or []):
        if stated is not None:
            break
        # "Following are Secretary-General Jane Roe's remarks to …, in Northtown today:"
        # hands the text over to her.
        stated = following_speaker(line, resolver)
        if stated is None and _TEXT_OF.match(line.strip()):
            stated = _named_by(line.strip(), resolver)
        handed = _FROM_PERSON.match(line.strip())
        if stated is None and handed:
            # "From Governor Jane Roe:" over a release a blog reprints: hers.
            person = parse_person(handed.group("who"))
            named = person is not None and person.kind == "person" and " " in person.name
            stated = resolver.resolve(person) if named else None
        if stated is not None:
            break
        # A heading of its own in the text: "STATEMENT BY THE PRESIDENT", or a line
        # handing over to it: "The following is a statement by Secretary Jane Roe:".
        short = len(line.split()) <= 12 and not line.rstrip().endswith((".", "?", "!"))
        if short or STATEMENT_LEAD.match(line) and len(line.split()) <= 30:
            stated = statement_title_speaker(line, resolver)
    if stated is not None:
        # "Statement by Treasury Secretary Jane Roe on …": the whole text is hers.
        return stated
    if kind in _SPOKEN:
        title = read_capitals(title)
        # An office a summary line names ("The Minister delivered a speech at …") stands
        # only if no line under it names the person ("The Rt Hon Jane Roe MP").
        summary_office = None
        lines = [title, *_joined_labels(header or [])]
        addressed = addressees(lines)
        for position, line in enumerate(lines):
            # "By: HON. JANE ROE" under a speech's title: the name after the label.
            line = read_capitals(_BY_LABEL.sub("", line) if position else line)
            named = _named_by(line, resolver) if line else None
            if named is None and position == 0 and _COMMA_GENRE.search(line):
                # "Secretary Jane Roe, Remarks as Prepared …": the title's speaker, before
                # a site banner's under it names the office's later holder.
                titled = genre_title_speaker(line)
                named = resolver.resolve(titled) if titled is not None else None
            if named is None and kind == "speech" and position:
                # A byline under the title: "Jane Roe, Minister for Buses", a page's
                # "From: Department of Buses and The Rt Hon Jane Roe MP".
                named = signature_speaker(line, resolver) or from_line_speaker(line, resolver)
                # "Opening statement to Parliament by Cabinet Secretary Jane Roe given on …".
                named = named or genre_by_speaker(line, resolver)
                # A summary line: "Education Secretary Jane Roe speaks at …".
                # Only a summary line near the top: further down, the speech itself.
                near = position <= 4 and named is None
                summary = standfirst_speaker(line, resolver) if near else None
                if summary is not None and summary.name == summary.role:
                    summary_office = summary_office or summary
                elif summary is not None:
                    named = summary
            if common_words(named, resolver):
                # "… speech by the Minister for Climate Action" read as "Action": the line's
                # "Name, Office" instead, else the next line's.
                named = listed_speaker(line, resolver)
            elif named is None and kind == "speech" and position and line not in addressed:
                named = listed_speaker(line, resolver)  # "Office, Jane Roe's speech to …"
            if named is not None:
                return named
        # "Jane ROE" over "Commissioner responsible for Buses": a name line beside an
        # office line, not the institution on the line above.
        block = name_office_speaker(header or [], resolver) if kind == "speech" else None
        if block is not None:
            return block
        if summary_office is not None:
            return summary_office
    if kind in _SPOKEN and title:
        named = genre_title_speaker(title)
        if named is not None:
            return resolver.resolve(named)
        office = office_title_speaker(title, resolver) or headline_speaker(title, resolver)
        if office is not None:
            return office
        first = _TITLE_SPEAKER_FIRST.search(title)
        if first and first.group("name").split()[-1].lower() in _VENUE_WORDS:
            first = None
        match = first or Resolver._ROLE_NAME.search(title) or _TITLE_PERSON.search(title)
        if match:
            named = match.groupdict().get("name") if match.re is not Resolver._ROLE_NAME else None
            person = parse_person(named or match.group(0).removesuffix("’s").removesuffix("'s"))
            # "… – Jane Roe, Member of the Executive Board": a body the office belongs to is
            # not who speaks.
            if person is not None and person.kind == "person":
                # "Minister Roe ABC News Breakfast": the programme is not part of the name.
                trimmed = trim_title_name(person.name)
                if trimmed != person.name:
                    person = Speaker(trimmed, person.role, person.kind)
                return resolver.resolve(person)
    return _publisher(publisher)


def _publisher(publisher: str) -> Speaker | None:
    return Speaker(publisher.strip(), "", "organisation") if publisher.strip() else None
