"""Where quotation marks stand in a paragraph, and whose words each quotation is.

A speaker quoting herself ("As I said earlier, “Today's figures …” Still, as the Minister
has said, …") gives the quotation in her own turn: the person named after it is no
speaker of the quoted words."""

import re

from extraction.attribution.names import Speaker

_QUOTED = re.compile(r"“[^“”]*”?|\"[^\"]*\"?")
_QUOTATION_MARK = re.compile(r"[“”\"]")
# "As I said earlier, “", "I told the House: “": a quotation of the speaker's own words;
# "As I said, Jane Roe said: “" names another.
_OWN_WORDS = re.compile(
    r"\b(?:[Aa]s\s+)?I\s+(?:have\s+|had\s+)?(?:said|say|told\s+[\w\s]{1,30}?|wrote|put\s+it"
    r"|stated|noted)\b[^“”\".!?A-Z]{0,30}?[,:]?\s*$"
)


def has_quotation(text: str) -> bool:
    """Whether `text` holds a double quotation mark: some of its words are another's."""
    return _QUOTATION_MARK.search(text) is not None


def mostly_quoted(text: str) -> bool:
    """Whether at least half of `text`'s words lie inside quotation marks."""
    inside = sum(len(match.group(0).split()) for match in _QUOTED.finditer(text))
    return inside * 2 >= len(text.split())


def quote_depth(text: str, position: int) -> bool:
    """Whether `position` in `text` lies inside quotation marks."""
    before = text[:position]
    curly = before.count("“") - before.count("”")
    return curly > 0 or before.count('"') % 2 == 1


def latest_speakers(paragraph, spans: list, explicit: list, first: Speaker | None) -> list:
    """For each sentence of `paragraph` (`spans`), whose quotation it continues: the last
    speaker a sentence up to it named outside quotation marks ("Jane Roe, …, said: “…”
    John Doe, …, said: “… . More …”": the quotation after Doe's line is his, not Roe's);
    `first` before any sentence names one. A body cited inside the quotation ("“As the
    Inspectorate has said, …”") does not take it over."""
    latest, current = [], first
    for sentence, own in zip(spans, explicit, strict=True):
        if own is not None and not quote_depth(paragraph.text, sentence.start - paragraph.start):
            current = own
        latest.append(current)
    return latest


def own_quote(text: str, explicit: list) -> Speaker | None:
    """Whose quotation the paragraph `text` holds: the first speaker a sentence of it names
    (`explicit`), or None when the speaker opens it with her own "As I said, “…"."""
    mark = _QUOTATION_MARK.search(text)
    if mark is not None and _OWN_WORDS.search(text[: mark.start()]):
        return None
    return next((own for own in explicit if own is not None), None)
