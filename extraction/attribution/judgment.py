"""Who gives a judgment: the judge a judgment page names over its numbered paragraphs
("Mr Justice Roe:", "MRS JUSTICE ROE", "Lord Justice Doe:"), not the archive that
publishes the page."""

import re

from extraction.attribution.names import Speaker

# A judge's line: "Mr Justice Roe:", "THE HON. MR JUSTICE ROE", "Lady Justice Doe-Poe".
_JUDGE_LINE = re.compile(
    r"^(?:the\s+hon(?:\.|ourable)?\s+)?(?:(?:mr|mrs|ms|miss|lord|lady|dame|sir)\.?\s+)?"
    r"justice\s+(?P<name>[A-Za-zÀ-ÿ’'-]+(?:\s+[A-Za-zÀ-ÿ’'-]+)?)\s*(?P<colon>:)?\s*$",
    re.IGNORECASE,
)
_JUDGMENT = re.compile(r"\b(?:judgment|neutral\s+citation)\b", re.IGNORECASE)


def _judge(match: re.Match) -> str:
    name = match.group("name")
    return "Justice " + (name.title() if name.isupper() else name)


def judgment_speaker(lines: list[str]) -> Speaker | None:
    """The judge giving a judgment: the one a "Mr Justice Roe:" line hands the judgment
    to, else the only judge the page's "Before:" lines name. A page naming several judges
    and handing the judgment to none, or no judgment page, gives no one."""
    if not any(_JUDGMENT.search(line) for line in lines[:40]):
        return None
    judges = [m for m in (_JUDGE_LINE.match(line.strip()) for line in lines) if m]
    giving = {_judge(m) for m in judges if m.group("colon")}
    named = {_judge(m) for m in judges}
    chosen = giving if giving else named
    if len(chosen) != 1:
        return None
    return Speaker(chosen.pop(), "judge", "person")
