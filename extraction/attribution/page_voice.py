"""The page's voice: whose words a text's own unquoted narration is.

Read from the kind of document, its title and publisher and its first and last
paragraphs, unless an editor has said whose it is (`Source.narrator`), which then
stands for the page: quoted speakers and speaking turns keep their own."""

from extraction.attribution.credited_voice import credited_voice
from extraction.attribution.first_person import first_person_speaker
from extraction.attribution.genre_voice import genre_voice
from extraction.attribution.holders import page_holder, voice_checked
from extraction.attribution.inline_member import inline_member
from extraction.attribution.layout import layout_speaker
from extraction.attribution.names import Speaker, parse_person
from extraction.attribution.resolution import Resolver
from extraction.attribution.voice import document_speaker
from extraction.text import Paragraph, paragraphs


def page_voice(
    every: list[Paragraph],
    resolver: Resolver,
    *,
    kind: str,
    title: str,
    publisher: str,
    narrator: str = "",
) -> Speaker | None:
    """The voice of the page's narration, or None when nothing names one."""
    if narrator.strip():
        return narrator_speaker(narrator, publisher)
    # The page's first paragraphs: a title, a summary, a byline, a "From:" line.
    header = [p.text for p in every[:6]]
    footer = [p.text for p in every[-4:]]
    voice = document_speaker(
        resolver, kind=kind, title=title, publisher=publisher, header=header, footer=footer
    )
    # A judgment is its judge's; a cover, a byline, an author line name the page's author.
    voice = layout_speaker(every, resolver, voice, kind=kind, title=title)
    # An occasion or a headline's office read as the speaker: the person holding it; a
    # release's author its title names (`holders`).
    voice = page_holder(every, resolver, voice, kind=kind, title=title, publisher=publisher)
    # "I" is a person's: the header's, or the office she claims ("as Minister for X, I …").
    voice = first_person_speaker(every, resolver, voice, speech=kind == "speech")
    # A voice that names no one ("Four", "Announces Funds"): the title's person, else the
    # publisher (`holders`).
    voice = voice_checked(every, resolver, voice, kind=kind, title=title, publisher=publisher)
    # A speech, a statement or an interview ending on a body or an office alone: the
    # person the page names as giving it (`genre_voice`).
    voice = genre_voice(every, resolver, voice, kind=kind, title=title, publisher=publisher)
    # A news agency's story, a committee's report, that the publisher only carries: the
    # maker the page credits (`credited_voice`).
    voice = credited_voice(every, voice, kind=kind, title=title, publisher=publisher)
    # A record's one member whose turn label runs inside the text (`inline_member`).
    return inline_member(every, voice, kind=kind)


def narrator_speaker(narrator: str, publisher: str = "") -> Speaker:
    """The editor's narrator, named exactly as typed: a body when it is the publisher or
    reads as one, else a person."""
    name = " ".join(narrator.split())
    if name.casefold() == " ".join(publisher.split()).casefold():
        return Speaker(name, "", "organisation")
    person = parse_person(name)
    kind = "person" if person is not None and person.kind == "person" else "organisation"
    return Speaker(name, "", kind)


def own_statements_voice(publisher: str, narrator: str = "") -> Speaker:
    """Whose the page's own statements are beside what it reports (a summary's figure, the
    lead-in to a statement it prints): the editor's narrator, else the publisher."""
    if narrator.strip():
        return narrator_speaker(narrator, publisher)
    return Speaker(publisher.strip(), "", "organisation")


def narration_voice(
    body: str, *, kind: str = "", title: str = "", publisher: str = ""
) -> Speaker | None:
    """The voice the suggestions read from the page itself, for an editor to confirm."""
    body = (body or "").replace("\r\n", "\n")
    resolver = Resolver(body)
    resolver.read(title or "")
    return page_voice(
        paragraphs(body), resolver, kind=kind, title=title or "", publisher=publisher or ""
    )
