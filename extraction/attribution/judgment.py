"""Who gives a judgment: the judge a judgment page names over its numbered paragraphs
("Mr Justice Roe:", "MRS JUSTICE ROE", "Lord Justice Doe:"), not the archive that
publishes the page."""

import re

from extraction.attribution.names import Speaker

# A judge's line: "Mr Justice Roe:", "THE HON. MR JUSTICE ROE", "Lady Justice Doe-Poe",
# or the header's "Before: Upper Tribunal Judge Roe".
# A judge of a lower court: "HIS HONOUR JUDGE ROE", "HHJ Roe:", "District Judge Roe".
_JUDGE_LINE = re.compile(
    r"^(?:(?:before|decided\s+by|coram)\s*:?\s*)?(?:the\s+hon(?:\.|ourable)?\s+)?(?:(?:mr|mrs|ms|miss|lord|lady|dame|sir|(?:his|her)\s+honour)"
    r"\.?\s+)?(?:(?:district|circuit|deputy|senior|high\s+court|upper\s+tribunal|tribunal)\s+)*"
    r"(?P<title>justice|judge|hhj)\s+(?P<name>[A-Za-zÀ-ÿ’'-]+(?:\s+[A-Za-zÀ-ÿ’'-]+)?)\s*"
    r"(?:\([^()]{2,40}\)\s*)?(?P<colon>:)?\s*$",
    re.IGNORECASE,
)
# A deputy judge, a silk sitting part-time: "Mr Jane Roe QC:" over the judgment, or the
# header's "Before: MS JANE ROE KC" with "Sitting as a Deputy High Court Judge" on the line
# or the next. Counsel's lines ("Jane Roe QC (instructed by …) for the Claimant") run on.
_DEPUTY_LINE = re.compile(
    r"^(?:before\s*:?\s*)?(?:(?:mr|mrs|ms|miss|dr)\.?\s+)?"
    r"(?P<name>[A-Za-zÀ-ÿ’'-]+(?:\s+[A-Za-zÀ-ÿ’'-]+){1,2})\s+(?:QC|KC)\b,?"
    r"(?P<sitting>\s+sitting\s+as\s+an?\s+deputy\b[^:]{0,60})?\s*(?P<colon>:)?\s*$",
    re.IGNORECASE,
)
_SITTING = re.compile(r"^sitting\s+as\s+an?\s+deputy\b", re.IGNORECASE)
# A tribunal's decision: "REASONS FOR DECISION", "Decision date:", "Decided by".
_JUDGMENT = re.compile(
    r"\b(?:judgment|neutral\s+citation|reasons\s+for\s+(?:the\s+)?decision|decision\s+date|decided\s+by)\b",
    re.IGNORECASE,
)


def _judge(match: re.Match) -> str:
    name, title = match.group("name"), match.group("title").lower()
    return ("Justice " if title == "justice" else "Judge ") + (
        name.title() if name.isupper() else name
    )


def judgment_speaker(lines: list[str]) -> Speaker | None:
    """The judge giving a judgment: the one a "Mr Justice Roe:" line hands the judgment
    to, else the only judge the page's "Before:" lines name. A page naming several judges
    and handing the judgment to none, or no judgment page, gives no one."""
    if not any(_JUDGMENT.search(line) for line in lines[:40]):
        return None
    judges = [m for m in (_JUDGE_LINE.match(line.strip()) for line in lines) if m]
    giving = {_judge(m) for m in judges if m.group("colon")}
    named = {_judge(m) for m in judges}
    for position, line in enumerate(lines):
        deputy = _DEPUTY_LINE.match(line.strip())
        after = lines[position + 1].strip() if position + 1 < len(lines) else ""
        if deputy is None:
            continue
        if not (deputy.group("colon") or deputy.group("sitting") or _SITTING.match(after)):
            continue
        name = deputy.group("name")
        name = name.title() if name.isupper() else name
        (giving if deputy.group("colon") else named).add(name)
    chosen = giving if giving else named
    if len(chosen) != 1:
        return None
    return Speaker(chosen.pop(), "judge", "person")


def judges_turn(judge: Speaker | None, block: Speaker | None) -> bool:
    """Whether a paragraph of a judgment is its judge's own turn: outside any quoted
    speaker's block, or under the judge's "HHJ ROE:" line."""
    if judge is None or judge.role != "judge":
        return False
    return block is None or block.name.split()[-1].lower() == judge.name.split()[-1].lower()
