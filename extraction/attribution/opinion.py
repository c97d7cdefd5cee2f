"""Who writes an appellate opinion: the judge whose line opens it, not the court (or the
archive) that publishes it.

An appellate opinion in the federal form names its panel ("Before: ROE, DOE and POE,
Circuit Judges."), then the judge who writes for the court on a line that opens the
opinion: "ROE, Circuit Judge:" on a line of its own, or run into the first sentence
("ROE, Circuit Judge. In 2016, the Agency …"), a judge of the panel. The opinion's prose
is that judge's; the header above it (parties, counsel, the days argued and decided)
stays the court's. A separate opinion further down ("POE, Circuit Judge, dissenting:")
is its own judge's from its line on. The line must open a line of the text: a page run
together into one line, where the words sit in the middle of the header, is left to the
court, and so is a page that names no panel.
"""

import re

from extraction.attribution.names import Speaker

_NAME = r"[A-Z][A-Za-z’'.-]*(?:\s+[A-Z][A-Za-z’'.-]*){0,3}"
_JUDGE = r"(?:(?:Senior|Chief)\s+)?(?:(?:Circuit|District|Appellate)\s+)?Judge"
# "ROE, Circuit Judge:", "Jane Q. Roe, Senior Circuit Judge:", "ROE, Circuit Judge. In …",
# "POE, Circuit Judge, dissenting:".
_OPENS = re.compile(
    rf"^(?P<name>{_NAME}),\s+{_JUDGE}(?P<separate>,\s+(?:concurring|dissenting)[^:\n]{{0,80}})?"
    r"(?::|\.\s+(?=[A-Z]))"
)
# The panel: "Before: ROE, DOE and POE, Circuit Judges.", "Before ROE, Circuit Judge, and …".
_PANEL = re.compile(r"^Before\b:?(?P<panel>.{3,200}?\bJudges?\b)", re.IGNORECASE)


def _judge(match: re.Match) -> Speaker | None:
    name = match.group("name")
    if name.lower().startswith(("before", "the ", "per ")):
        return None
    words = [w.capitalize() if w.isupper() and len(w.rstrip(".")) > 1 else w for w in name.split()]
    return Speaker(" ".join(words), "judge", "person")


def opinion_lines(texts: list[str]) -> list[tuple[int, Speaker, bool]]:
    """The opinions' opening lines among the paragraphs `texts`: (position of the
    paragraph, the judge, whether the opinion is a separate one). Only on a page naming
    its panel, and only a judge who sits on it."""
    panel = next((m.group("panel") for m in map(_PANEL.match, texts) if m), None)
    if panel is None:
        return []
    found = []
    for position, text in enumerate(texts):
        match = _OPENS.match(text.strip())
        judge = _judge(match) if match else None
        if judge is not None and judge.name.split()[-1].lower() in panel.lower():
            found.append((position, judge, bool(match.group("separate"))))
    return found


def opinion_judge(texts: list[str]) -> Speaker | None:
    """The judge who writes the opinion of the court: the first opinion line's, when it
    opens the opinion of the court (a page that prints only a dissent gives its judge)."""
    lines = opinion_lines(texts)
    return lines[0][1] if lines else None


def opinion_blocks(every, blocks: dict, judge: Speaker | None, court: Speaker | None) -> dict:
    """`blocks` with the header above the opinion (the parties, counsel, the dates argued
    and decided) left to the `court`, and the paragraphs of a separate opinion (after "POE,
    Circuit Judge, dissenting:") given to its judge, when the page's voice is the judge
    of the court."""
    if judge is None or judge.role != "judge":
        return blocks
    lines = opinion_lines([p.text for p in every])
    if not lines:
        return blocks
    starts = {position: speaker for position, speaker, _ in lines}
    result = dict(blocks)
    current = court
    for position, paragraph in enumerate(every):
        if position in starts:
            current = starts[position] if starts[position].name != judge.name else None
        if current is not None and paragraph.is_prose and result.get(paragraph.index) is None:
            result[paragraph.index] = current
    return result
