"""A transcript's labels for a part in the programme rather than a person: "[ Narrator: ]",
"[ Host: ]", "[ Announcer: ]" in a podcast's or video's transcript run into one line, and
"Narrator: …", "NARRATOR: …" opening a paragraph.

A transcript run into one line opens each turn with a bracket, which no sentence opens
elsewhere: "… to learn more. [ Jane Roe: ] Given …" is two sentences, cut where the label
starts, as a sentence after a full stop is.

Such a label is a speaker turn like any other: the narration after it ("It's June 9. The
program provides …") is the narrator's, up to the next label, not the agency's that
publishes the page nor the guest's named in it. The part is the speaker, by the label's
name ("Narrator"), since the transcript names no one else for those words."""

import re

from extraction.attribution.bracketed import bracketed_turns
from extraction.attribution.names import Speaker
from extraction.attribution.resolution import Resolver
from extraction.text import Span, strip_span

# The parts a programme's transcript labels: the voice telling the story, the one
# introducing it, the one hosting it.
PARTS = r"(?:Narrator|Announcer|Voice-?over|Host|Presenter|Moderator)"
_BRACKETED_PART = re.compile(rf"\[\s*(?P<part>{PARTS})\s*:\s*\]", re.IGNORECASE)
# "Narrator: …" opening a paragraph: the storyteller's parts only, since "Host:" and
# "Presenter:" already open an interviewer's turn (`interviews`).
_NARRATOR = re.compile(r"^\[?\s*(?P<part>Narrator|Announcer|Voice-?over)\s*\]?\s*:\s*\]?\s*", re.I)


def part_speaker(part: str) -> Speaker:
    """The speaker a part's label names: "NARRATOR" is "Narrator"."""
    word = part.strip()
    return Speaker(word.capitalize(), word.lower(), "person")


def narrator_label(text: str) -> Speaker | None:
    """The part a paragraph's opening label names ("Narrator: …"), or None."""
    match = _NARRATOR.match(text.strip())
    return part_speaker(match.group("part")) if match else None


def transcript_turns(text: str, resolver: Resolver) -> list[tuple[int, Speaker]]:
    """Where each bracketed label in `text` starts, with its speaker: a person's
    (`bracketed`) or a part's ("[ Narrator: ]")."""
    turns = bracketed_turns(text, resolver)
    turns += [(m.start(), part_speaker(m.group("part"))) for m in _BRACKETED_PART.finditer(text)]
    return sorted(turns, key=lambda turn: turn[0])


# Any bracketed label: "[ Jane Roe: ]", "[Narrator:]".
_ANY_LABEL = re.compile(r"\[\s*[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}\s*:\s*\]")


def cut_at_labels(body: str, spans: list[Span], resolver: Resolver) -> list[Span]:
    """`spans` cut where a bracketed speaker label follows the end of a sentence."""
    result = []
    for span in spans:
        starts = {offset for offset, _ in transcript_turns(span.text, resolver)}
        cursor = span.start
        for label in _ANY_LABEL.finditer(span.text):
            ended = re.search(r"[.!?][”\"’']?\s*$", span.text[: label.start()])
            if label.start() in starts and ended:
                result.append((cursor, span.start + label.start()))
                cursor = span.start + label.start()
        result.append((cursor, span.end))
    pieces = (strip_span(body, start, end) for start, end in result)
    return [Span(start, end, body[start:end]) for start, end in pieces if end > start]
