"""Reported speech inside a sentence: "X said …", "…, said X", "according to
X", and quotation marks."""

import re

from extraction.attribution.aliases import addressed_person
from extraction.attribution.apposed import apposed_speaker
from extraction.attribution.findings import cited_body, long_apposed
from extraction.attribution.names import (
    CAPS_RUN,
    NAME_TITLE,
    ORGANISATION_WORDS,
    ROLE_HEADS,
    Speaker,
    is_cap,
    parse_person,
    phrase_title,
    split_tokens,
    without_letters,
)
from extraction.attribution.reporting import common_noun, reporting_patterns, study_speaker
from extraction.attribution.resolution import Resolver
from extraction.attribution.say import SAY as _SAY
from extraction.attribution.tabled import reported_motion

PRONOUNS = {"he", "she", "they"}
_NOT_SPEAKERS = {
    "it", "this", "that", "which", "who", "there", "report", "study", "data", "figures",
    "statement", "article", "document", "source", "sources", "critics", "officials", "some",
    "many", "others", "people", "experts", "analysts",
    # "All told, …": a determiner opening the sentence names nobody.
    "all", "most", "both", "each", "every", "none", "few", "several", "any",
    # "…, said Friday that": when it was said, not who said it.
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
    "yesterday", "tonight", "earlier", "later", "recently",
}  # fmt: skip

# Words for documents, which are released rather than release anything.
_DOCUMENTS = {"assessment", "report", "review", "survey", "study", "inquiry", "audit"}

# The spokesperson's name after the office ("Pentagon spokesman Jane Roe"), not a date after.
_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
_MONTH = rf"(?!(?i:{_MONTHS})\b)"
_NAMED = rf"{_MONTH}[A-Z][\w’'.-]+(?:\s+{_MONTH}[A-Z][\w’'.-]+){{0,2}}"
_ROLE_PHRASE = r"(?:[Tt]he\s+|[Aa]n?\s+|[Hh]is\s+|[Hh]er\s+|[Ii]ts\s+|[Tt]heir\s+)"
# The small words before an office are its qualifiers ("the finance minister"), never a
# verb or a conjunction: "… the delay is justice refused" names no one.
_NOT_VERB = r"(?!(?:is|are|was|were|be|been|has|have|had|and|or|but|that|which|not)\s)"
# Nor does a verb or a conjunction stand just before it ("… that justice for all …").
_OPENS = "".join(
    rf"(?<!\b{word}\s)"
    for word in ("is", "are", "was", "were", "be", "been", "has", "have", "had", "and", "or")
    + ("but", "that", "which", "not")
)
# Common nouns a news story uses for a body it has just named ("the agency said").
_BODY_NOUNS = {"agency", "department", "ministry", "bureau", "office", "regulator"}
# The same nouns with a word before saying which body ("the finance ministry", "the central
# bank"): the body as the story names it ("the district office" is a place, so not that).
_COMMON_BODIES = (_BODY_NOUNS - {"office"}) | {"bank", "treasury"}
# What a story calls a body it has named when it gives where the body sits.
_PLACED_BODIES = _BODY_NOUNS | {
    "bank", "body", "organisation", "organization", "fund", "council", "group", "institute",
    "lender", "watchdog", "think tank", "charity",
}  # fmt: skip
# A speaker starts at a word's start: "The prime minister said" never gives "he prime
# minister".
_WHO = (
    rf"(?<![\w’'.-])(?P<who>(?:{_ROLE_PHRASE})?(?:(?:new|former|then|[a-z]+’s|[a-z]+'s)\s+)?"
    rf"(?:{CAPS_RUN}(?:\s+(?:spokesperson|spokesman|spokeswoman)(?:\s+{_NAMED})?|\s+officials?)?"
    rf"|{_OPENS}(?:{_NOT_VERB}[a-z-]+\s+){{0,2}}(?:{'|'.join(sorted(ROLE_HEADS))})"
    # "the finance ministry", "the country’s central bank": a body by its common name, a
    # word saying which before it.
    rf"|{_OPENS}(?:{_NOT_VERB}[a-z-]+\s+){{1,2}}(?:{'|'.join(sorted(_COMMON_BODIES))})"
    # "the Paris-based agency": a body the story has just named, by where it sits.
    rf"|(?:the|The)\s+[A-Z][\w.’'-]*-based\s+(?:{'|'.join(sorted(_PLACED_BODIES))})"
    r"|he|she|they|it)"
    # "the Organisation for Economic Co-operation and Development (OECD)": its short form.
    r"(?:\s+\([A-Z]{2,8}\))?)"
)
# "Jane Roe in her tweet on Saturday said …", "The ministry in a statement said …".
_IN_MEDIUM = (
    r"(?:in\s+(?:his|her|their|its|a|an)\s+[a-z]+(?:\s+[a-z]+)?(?:\s+on\s+[A-Z][a-z]+)?\s+)?"
)
_REPORTED = re.compile(rf"{_WHO}\s+{_IN_MEDIUM}(?:has\s+|had\s+|also\s+|repeatedly\s+)*{_SAY}\b")
_INVERTED = re.compile(
    rf"(?:[,”\"’']|\bas)\s*(?:said|says|added|adds|claimed|claims|stated|insisted|explained"
    rf"|told\s+\w+)\s+{_WHO}"
)
# "…, the minister announced on Tuesday." closing the sentence, or "… in a memo, which …",
# or "… he told the Senate, noting that …".
_TRAILING = re.compile(
    rf"[,”\"’]\s+{_WHO}\s+(?:has\s+|had\s+)?(?:{_SAY}|announced|noted|explained|warned|argued"
    rf"|wrote|tweeted|outlined)\b[^,;“”\"]*"
    r"(?:,\s+(?:which|who|where|noting|adding|saying)\b[^;“”\"]*)?$"
)
_ACCORDING = re.compile(rf"\b(?i:according\s+to)\s+{_WHO}")
_NEWS = reporting_patterns(_WHO)
# "…, the Bus Agency reported Thursday, as …": a body reporting figures on a day, with the
# sentence going on after it.
_REPORTED_ON = re.compile(
    rf",\s+{_WHO}\s+(?:reported|said|announced)\s+(?:on\s+)?(?i:monday|tuesday|wednesday"
    r"|thursday|friday|saturday|sunday|today|yesterday)\b"
)
# "…, the agency said.": the body the sentences before named, not the story's voice.
_BODY_SAID = re.compile(
    rf"(?:^|,\s+)(?:the|The)\s+(?:{'|'.join(sorted(_BODY_NOUNS))})\s+(?:said|says|reported)\b"
)
# A bare abbreviation with full stops ("U.S", "U.K."): a country as a sentence's subject
# ("The U.S. added … jobs") or a modifier, never a speaker on its own.
_DOTTED = re.compile(r"^(?:[A-Z]\.){1,3}[A-Z]?\.?$")
# "Jane Roe of Acme Research in Leeds says …": the person, not the place or the firm.
_AFFILIATED = re.compile(
    rf"(?:^|(?<=\s))(?P<who>(?:{NAME_TITLE})?[A-Z][\w’'-]+"
    r"(?:\s+[A-Z][\w’'-]+){1,2}),?\s+(?:of|at|from|with)\s+(?:the\s+)?"
    rf"{CAPS_RUN}(?:,?\s+(?:in|at|based\s+in)\s+{CAPS_RUN})?,?\s+(?:has\s+|also\s+)*{_SAY}\b"
)
# "President Roe stood in the garden …, and said …": the sentence's subject says it.
_AND_SAID = re.compile(
    rf"^{_WHO}\s+(?!(?:said|says|has|had)\b)[a-z]+\b(?:(?!\b(?:who|which|while|whereas|but)\b)"
    r"[^“”\"])*?,?\s+and\s+(?:then\s+|also\s+|later\s+)?(?:said|says|told|tells|added"
    r"|adds|warned|warns|insisted|insists|claimed|claims)\b"
)
# "… comments by Chief Constable Jane Roe who says that …": a person named, then a relative
# clause reporting what she says; the words after "that" are hers.
_WHO_SAYS = re.compile(rf"{_WHO}\s+who\s+(?:has\s+|had\s+|also\s+)*{_SAY}\s+that\b")
# "The National Survey, which is published every May, said on Friday that …": the subject
# before a relative clause between commas.
_RELATIVE = re.compile(
    rf"^{_WHO},\s+(?:which|who|whose)\s[^;“”\"]{{3,200}}?,\s+(?:has\s+|had\s+|also\s+)*{_SAY}\b"
)
# An office's portfolios listed with commas, up to the last "and": "for Roads, Rails and".
_PORTFOLIO = re.compile(
    r"\b(?:of|for)\s+[A-Z][\w’'-]+(?:,\s+[A-Z][\w’'-]+){1,4},?\s+and\s+(?=[A-Z])"
)
# "It lists …", "It found …" right after a report was quoted: the report goes on.
_IT_REPORTS = re.compile(
    r"^(?:(?:But|And|However),?\s+)?[Ii]t\s+(?:also\s+)?(?:lists|listed|finds|found|estimates"
    r"|estimated|concludes|concluded|projects|projected|shows|showed|notes|noted|predicts"
    r"|predicted|describes|described)\b"
)
# "The U.S. government on Friday released a report on X that said …": what the report says
# is the voice of whoever released it (a named body, or an institution's common name).
_RELEASER = (
    rf"(?P<who>(?:[Tt]he\s+)?(?:(?:{CAPS_RUN}\s+)?(?:[a-z]+\s+){{0,2}}?"
    rf"(?:{'|'.join(sorted(ORGANISATION_WORDS - _DOCUMENTS))})|{CAPS_RUN}))"
)
_RELEASED = re.compile(
    rf"^(?:(?:On|Last|This|Earlier)\s+\w+,?\s+)?{_RELEASER}\s+"
    r"(?:(?:on|this|last)\s+\w+\s+|today\s+|yesterday\s+|has\s+|have\s+|also\s+)*"
    r"(?:released|published|issued|put\s+out)\s+(?:(?:a|an|its|their|the|new)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:report|study|survey|assessment|review|analysis|estimates?|paper|figures|data)\b"
    r"[^;“”\"]{0,160}?(?:\b(?:that|which)\s+(?:said|says|found|finds|shows|showed|concluded"
    r"|concludes|warned|warns|estimated|estimates)|,?\s+(?:saying|finding|showing|concluding"
    r"|warning))\b"
)
# "The Department of Commerce reports new home sales fell 1.5 percent …", "The Statistics
# Office estimates that …": an institution giving a figure as its own finding, with a
# clause (a subject and its verb) after the verb, not a thing ("announced a new fund").
_BODY_FINDS = re.compile(
    rf"^(?:(?:On|Last|This|Earlier)\s+\w+,?\s+)?{_RELEASER}(?:\s+\([A-Z]{{2,}}\))?,?\s+"
    r"(?:(?:on|this|last)\s+\w+\s+|today\s+|yesterday\s+|also\s+|now\s+)*"
    r"(?:reports|reported|estimates|estimated|projects|projected|forecasts|calculates|calculated"
    r"|finds|found|announced|announces|says)\s+(?:that\s+|(?=(?:[\w’'.%$£€-]+\s+){1,6}?(?:is|are"
    r"|was|were|has|have|had|will|would|fell|rose|grew|dropped|declined|increased|decreased"
    r"|climbed|slipped|jumped|reached|stood|totall?ed|remained|remains|[a-z]{3,}ed)\b))"
)
# "… in New York says": a phrase after a preposition is not the subject of the verb.
_AFTER_PREPOSITION = re.compile(r"\b(?:in|at|from|of|near|for|with|by|to|on)\s+$")
_FIRST_OR_SECOND_PERSON = {"i", "we", "you"}
_WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_QUOTE_OPEN = '“"‘'
_CONJUNCTION = re.compile(r"^(?:and|but|so|yet|or|then|now|because|since|as)\s+", re.I)
# "While the Agency has announced that …, the service …": a clause that opens with one of
# these words is not the sentence's main clause, so what it reports is not the sentence.
_SUBORDINATOR = re.compile(
    r"^(?:while|whilst|although|though|whereas|even\s+though|even\s+if|if|unless|once|until"
    r"|when|whenever|after|before|given\s+that)\s+",
    re.I,
)
_PRONOUN_WORDS = {"i", "we", "you", "he", "she", "they", "it", "me", "us", "him", "her", "them"}
# "As the Inspectorate has said, …", "…, as the Inspectorate said.": a citation.
_CITING = re.compile(
    rf"(?:^|[,;:(—–]\s*)[Aa]s\s+{_WHO}\s+(?:has\s+|had\s+|have\s+)?(?:said|says|noted|notes"
    r"|put\s+it|pointed\s+out|observed|made\s+clear|found|shown|showed|reported|warned)\b"
)


def _who(
    phrase: str,
    resolver: Resolver,
    last_person: Speaker | None,
    last_said: Speaker | None = None,
) -> Speaker | None:
    # "On 3 June the minister said": the date is not part of the speaker.
    phrase = re.sub(
        rf"^(?:on\s+)?(?:{_MONTHS}|{_WEEKDAYS})\s+(?:the\s+)?", "", phrase.strip(), flags=re.I
    )
    # "And I said that …", "But she said …": a conjunction opening the sentence is no part
    # of the speaker, and a pronoun is never part of a name.
    phrase = without_letters(_SUBORDINATOR.sub("", _CONJUNCTION.sub("", phrase))).strip()
    phrase = re.sub(r"\s+\([A-Z]{2,8}\)$", "", phrase)
    low = phrase.lower()
    if re.match(r"the\s+\S+-based\s", low):
        # "the Paris-based agency said": the body the sentences before named.
        return _organisation(last_said)
    if len(low.split()) > 1 and low.split()[-1] in _PRONOUN_WORDS:
        return None
    if low in PRONOUNS:
        return last_person
    if low == "it":
        # "It said …" after a report or an organisation spoke: that one, not a person.
        return _organisation(last_said)
    if low in _FIRST_OR_SECOND_PERSON:
        # "as I said": the one already speaking, whom the sentence does not name.
        return None
    bare = re.sub(r"^(?:the|a|an|his|her|its|their)\s+", "", low)
    if _DOTTED.match(re.sub(r"^(?:the|The)\s+", "", phrase)):
        return None
    if bare in _BODY_NOUNS:
        # "the agency said" after "the Bus Agency reported …": the body named last.
        return _organisation(last_said)
    words = bare.split()
    if phrase.islower() and len(words) > 1 and words[-1] in _COMMON_BODIES:
        # "the country’s finance ministry said": the body as the story names it.
        return Speaker(re.sub(r"^\S+[’']s\s+", "", bare), "", "organisation")
    first = bare.split()[0].rstrip(".,") if bare else ""
    if not bare or first in _NOT_SPEAKERS or bare in _NOT_SPEAKERS or re.search(r"[’']s$", bare):
        return None
    if not any(is_cap(t) for t in split_tokens(phrase)) or all(
        t.lower().strip(".") in ROLE_HEADS | {"the", "new", "former", "of", "for", "and"}
        for t in split_tokens(phrase)
    ):
        # A role without a name: "the Home Secretary", "the minister".
        if not set(bare.split()) & ROLE_HEADS:
            return None
        return resolver.by_role(bare) or Speaker(phrase_title(bare), "", "person")
    spokes = re.match(r"(.+?)\s+(spokes\w+|officials?)$", phrase)
    if spokes:
        return Speaker(
            spokes.group(1).removeprefix("the ").removeprefix("The "), "", "organisation"
        )
    # "Ms King" after "Health Minister Jane King": a surname that is also an office word.
    speaker = parse_person(phrase) or addressed_person(phrase, resolver)
    if speaker is None:
        if bare.split()[-1] in ROLE_HEADS:
            # "The Home Secretary said": a role, resolved to whoever the text says holds it.
            return resolver.by_role(bare) or Speaker(phrase_title(bare), "", "person")
        # "Minister for Roads and Rails said": an office the text gave its holder.
        return resolver.by_role(bare) if set(bare.split()) & ROLE_HEADS else None
    if speaker.kind == "person" and " " not in speaker.name and not speaker.role:
        resolved = resolver.resolve(speaker)
        if resolved is speaker and common_noun(speaker.name, resolver.texts):
            return None
        if resolved is speaker:
            # A single capitalised word that no person in the text has as surname:
            # a country, a city or an organisation speaking ("Norway claimed").
            return Speaker(speaker.name, "", "organisation")
        return resolved
    return resolver.resolve(speaker)


def reported_speaker(
    text: str,
    resolver: Resolver,
    last_person: Speaker | None = None,
    last_said: Speaker | None = None,
) -> Speaker | None:
    """The speaker a sentence or clause itself names ("X said …", "according to X").
    `last_said` is the speaker the sentences before named last: "it said" and "It
    lists …" are that speaker's when it is an organisation or a report."""
    # "Minister for Roads, Rails and Buses said": the commas of an office's
    # list of portfolios cut no speaker.
    text = _PORTFOLIO.sub(lambda m: m.group(0).replace(",", ""), text)
    # "The motion, tabled by Jane Roe, notes that …": the mover's words (`tabled`).
    mover = reported_motion(text, resolver)
    if mover is not None:
        return mover
    released = _RELEASED.match(text)
    if released:
        speaker = _releaser(released.group("who"), resolver, last_person)
        if speaker is not None:
            return speaker
    finds = _BODY_FINDS.match(text)
    if finds:
        speaker = _releaser(finds.group("who"), resolver, last_person)
        if speaker is not None and speaker.kind == "organisation":
            # The body's name as written ("the U.S. Department of Commerce").
            name = re.sub(r"^the\s+", "", finds.group("who").strip(), flags=re.I)
            # A short form the text spelt out ("VA estimates …") by the name it stands for.
            return resolver.resolve(Speaker(name, "", "organisation"))
    apposed = apposed_speaker(text, resolver) or long_apposed(text, resolver)
    apposed = apposed or cited_body(text, resolver)
    if apposed is not None:
        return apposed
    study = study_speaker(text, last_said)
    if study is not None:
        return study
    if _BODY_SAID.search(text) and _organisation(last_said) is not None:
        return last_said
    for pattern in (
        _INVERTED, _TRAILING, _REPORTED_ON, _ACCORDING, _AFFILIATED, _REPORTED, _RELATIVE,
        _WHO_SAYS, *_NEWS,
    ):  # fmt: skip
        for match in pattern.finditer(text):
            if pattern in (_REPORTED, _AFFILIATED) and _object_of_preposition(text, match):
                # "Director of Bus Statistics at the Agency Jane Roe said": the office's
                # portfolio, not a person of a body.
                continue
            if pattern is _REPORTED and _subordinate(text, match):
                continue
            speaker = _who(match.group("who"), resolver, last_person, last_said)
            person_only = pattern in (_AFFILIATED, _WHO_SAYS)
            if speaker is not None and (not person_only or speaker.kind == "person"):
                return speaker
    match = _AND_SAID.match(text)
    if match:
        speaker = _who(match.group("who"), resolver, last_person)
        if speaker is not None and speaker.kind == "person":
            return speaker
    if _IT_REPORTS.match(text):
        return _organisation(last_said)
    return None


def _releaser(phrase: str, resolver: Resolver, last_person: Speaker | None) -> Speaker | None:
    """Who released a report: an institution's common name ("the U.S. government", "the
    health ministry") as it is written, else a named body or person."""
    tokens = phrase.split()
    if common_noun(phrase, resolver.texts):
        return None  # "Report estimates …": a sentence's first word, not a body.
    if not any(is_cap(t) for t in tokens if t.lower() != "the"):
        # "the department published figures showing …": a body named by a common noun is
        # whoever the text is about, not a name to give (a release's own department).
        return None
    if tokens[-1].lower() in ORGANISATION_WORDS:
        name = re.sub(r"^the\s+", "", phrase.strip(), flags=re.I)
        return Speaker(name, "", "organisation")
    return _who(phrase, resolver, last_person)


def _organisation(speaker: Speaker | None) -> Speaker | None:
    return speaker if speaker is not None and speaker.kind == "organisation" else None


def _subordinate(text: str, match: re.Match) -> bool:
    """Whether "X said …" sits in a clause opening the sentence with "While", "Although",
    "If" … and a main clause follows after a comma: the sentence asserts the main clause,
    in the voice around it ("While the Agency has announced that …, the service is …")."""
    if "," in text[: match.start("who")] or not _SUBORDINATOR.match(text[: match.end()].lstrip()):
        return False
    return bool(re.search(r",\s+\S+(?:\s+\S+){2,}", text[match.end() :]))


def _object_of_preposition(text: str, match: re.Match) -> bool:
    """Whether the phrase before "says" follows a preposition ("… in New York says"), so
    that it is a place or a firm, unless a name follows it ("at Leeds Jane Roe said")."""
    if not _AFTER_PREPOSITION.search(text[: match.start("who")]):
        return False
    person = parse_person(match.group("who"))
    return person is None or not person.role


# "the Chancellor has confirmed that …", "the minister today announced …": in a press
# release, the publisher announcing through its own officials.
_ANNOUNCING = re.compile(
    r"\b(?:today\s+|has\s+|have\s+|had\s+|also\s+)*(?:confirmed|confirms|announced|announces"
    r"|unveiled|unveils|set\s+out|sets\s+out)\b"
)
_SAYING = re.compile(r"\b(?:said|says|told|tells|added|adds|claimed|claims|warned|warns)\b")


def announces(text: str) -> bool:
    """Whether a sentence reports an announcement ("X has confirmed that …") rather than
    words said ("X said …")."""
    trailing = _TRAILING.search(text)
    if _INVERTED.search(text) or trailing and len(text[trailing.end("who") :].split()) <= 5:
        # "…, the minister announced on Tuesday": the words before are what she said.
        return False
    return bool(_ANNOUNCING.search(text)) and not _SAYING.search(text)


def is_quoted(text: str) -> bool:
    return text[:1] in _QUOTE_OPEN


def cites(text: str) -> bool:
    """Whether a sentence cites someone with "as X has said" ("As the Inspectorate has
    said, …"): inside a speaker's own words, the citation is theirs, not X's."""
    return bool(_CITING.search(text))
