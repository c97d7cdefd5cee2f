"""Lines about the page or the occasion, not claims: a report's publication and data
labels, a line handing over to the statement that
follows, the text describing what it covers, a host handing over to the speaker, a
release's headline line and its practical notes (contact lines, advice to readers, an
official's itinerary), and a transcript's turn label before its words."""

import re

# "ABC-15-677 Published: Jul 30, 2015.", "Publicly Released: …", "Last updated: …": a
# label and a date, with at most a report number before it.
PUBLICATION_LABEL = re.compile(
    r"^(?:[A-Z]{2,}[-\s]?\d[\w.-]*\s+)?(?:(?:Publicly|First|Last)\s+)?"
    r"(?:Published|Released|Issued|Updated|Posted|Modified|Reviewed)(?:\s+on)?\s*:\s*\S",
    re.I,
)
# "Now it's my pleasure to introduce …", "I'd like to introduce …", "Please welcome …":
# a host handing the floor over.
INTRODUCTION = re.compile(
    r"\b(?:it['’]s|it\s+is|it\s+gives\s+me)\s+(?:\w+\s+)?(?:pleasure|privilege|hono(?:u)?r)"
    r"\s+to\s+(?:introduce|welcome|present|turn\s+(?:it\s+)?over\s+to|hand\s+over\s+to)\b"
    r"|\bI(?:['’]d|\s+would)\s+like\s+to\s+(?:introduce|welcome)\b"
    r"|^(?:(?:and\s+)?now,?\s+)?(?:please\s+(?:join\s+me\s+(?:in\s+)?)?welcom(?:e|ing)"
    r"|(?:let\s+me|allow\s+me\s+to)\s+introduce)\b"
    # "So first we'll hear from Jane Roe, who …", "We'll learn more from the Office's X.".
    r"|\bwe(?:['’]ll|\s+will)\s+(?:now\s+|first\s+)?(?:hear|learn\s+more)\s+from\b",
    re.I,
)
# A transcript's turn label left before the words ("SECRETARY ROE: Andy, …"): capitals
# and a colon, the label of whoever speaks, not part of what is said.
TURN_LABEL = re.compile(
    r"^(?:[A-Z][A-Z.’'-]+\s+){0,3}[A-Z][A-Z.’'-]+:\s+(?=\S)"
    # A record's heading run into the speech: "Baroness Roe (Con) My Lords, …".
    r"|^(?:[A-Z][\w’'.-]+\s+){1,4}\([A-Z][A-Za-z]{0,5}(?:[-/][A-Za-z]+)?\)\s+(?=[A-Z])"
)
# A question put down for answer, its heading run into it: "… Asked by Baroness Roe To ask
# the Government what …".
ASKED = re.compile(r"\bAsked\s+by:?\s+(?:[A-Z][\w’'.-]+\s+){1,5}To\s+ask\b")

# A release's headline line kept above its body: "Department of Buses (National): Fares
# could fall …": a publisher, an edition in brackets, a colon.
HEADLINE_LINE = re.compile(
    r"^[A-Z][\w’'&.-]*\s+(?:(?:[A-Z][\w’'&.-]*|of|for|and|the)\s+){0,5}\((?:National|Regional|Local|International|Global"
    r"|Nationwide)\):\s+\S"
)
# Practical contact lines: "The helpline is 0800 123 456 and its website has more
# information", "For more information, visit …".
CONTACT = re.compile(
    r"\b(?:helpline|hotline|phone\s*line|switchboard|advice\s+line)\s+(?:number\s+)?(?:is|on)"
    r"\s+\+?\d|\b(?:website|web\s*site|web\s*page)\s+has\s+(?:more|further)\s+(?:information"
    r"|details)\b|^(?:For\s+(?:more|further)\s+(?:information|details)),?\s+(?:visit|see|call"
    r"|contact|go\s+to)\b",
    re.I,
)
# Advice to a group of readers: "Employers should contact …", "Applicants can call …".
ADVICE = re.compile(
    r"^(?:[A-Z][a-z]+|Members\s+of\s+the\s+public|Anyone\s+\w+)\s+(?:should|can|may|are\s+"
    r"(?:encouraged|advised|asked)\s+to)\s+(?:contact|call|phone|email|e-mail|visit\s+(?:the\s+)?"
    r"(?:website|www)|write\s+to|get\s+in\s+touch)\b"
)
# An official's itinerary in a release: "He also met apprentices at …", "She later visited
# …": where the visit went, not a claim (a target met is not a person met).
ITINERARY = re.compile(
    r"^(?:He|She|They)\s+(?:also\s+|later\s+|then\s+)?(?:met|visited|toured)\s+"
    r"(?!(?:the|its|his|her|their|this|that|all|every)\s+(?:\w+\s+)?(?:targets?|goals?"
    r"|deadlines?|commitments?|pledges?|criteria|requirements?|standards?)\b)"
)
# A host's introduction of an interview: "To look at the latest figures, Jane Roe is
# speaking to the Minister for Buses, John Doe."
INTERVIEW_INTRO = re.compile(
    r"^To\s+(?:\w+\s+){1,10}?\w+,\s+(?:[A-Z][\w’'.-]+\s+){1,3}(?:is|was)\s+(?:speaking|talking)"
    r"\s+(?:to|with)\b"
)

# A line naming the text and its speaker: "Remarks by the Minister for Buses on new
# routes", "Testimony of Jane Roe": the title, with no full stop, not a claim in it.
TEXT_TITLE = re.compile(
    r"^(?:(?:Prepared|Opening|Written)\s+)?(?:Remarks|Speech|Address|Statement|Testimony"
    r"|Lecture|Keynote)\s+(?:by|of|from)\s+(?:the\s+)?[A-Z][^\n]*[^.!?\s]$"
)
# A reprint's line under the title: "Published by the Bus Office on 2003-04-10."
PUBLISHED_BY = re.compile(
    r"(?:^|\n)[^\S\n]*(?:Published|Released|Issued|Posted)\s+by\s+[^\n]{3,100}?\s+on\s+"
    r"[^\n]{4,30}?\.?\s*$"
)

# The page on its own contents and sources: "The article presents a handful of findings from
# …", "This information comes from the monthly data published by X today.", a briefing's
# summary line "The spokesperson answered questions on X, Y and Z." or "From the Prime
# Minister's spokesperson on: X and Y.": what the text covers, not what it claims.
ABOUT_ITSELF = re.compile(
    r"^(?:this|the)\s+(?:news\s+)?(?:article|item|release|publication|page|note)\s+(?:presents"
    r"|contains|summari[sz]es)\s+(?:\w+\s+){0,4}?(?:findings|statistics|data|figures|results)\b"
    r"|^(?:this|these|the)\s+(?:information|data|figures|statistics|estimates)\s+(?:comes?"
    r"|(?:is|are)\s+(?:taken|drawn|sourced))\s+from\b"
    r"|\banswered\s+(?:\w+\s+){0,2}questions\s+(?:on|about)\b"
    r"|^from\s+the\s+[^:]{0,60}\bspokes(?:person|man|woman)\s+on\s*:",
    re.I,
)
# The text describing itself: "This article provides recent statistics on …", "As the
# second part of this series, this article examines …", "This statement presents the
# Office's views on …": what the text covers, not what it found ("This paper shows that …"
# is a finding, and stays).
THE_TEXT_ITSELF = re.compile(
    r"(?:^|,\s+)(?:this|the\s+present)\s+(?:article|paper|brief|briefing|note|series"
    r"|publication|bulletin|analysis|chapter|section|document|fact\s*sheet|report|statement"
    r"|testimony|study)\s+(?:also\s+|further\s+)?(?:provides|presents|examines|explores"
    r"|describes|discusses|reviews|sets\s+out|looks\s+at|outlines|summari[sz]es|focuses\s+on"
    r"|covers|addresses|updates|analy[sz]es|considers|assesses)\s+(?!that\b)",
    re.I,
)
# What a text found, which it reports as a claim: "shows that", "evidence that 1 in 5 …".
_FINDS = re.compile(
    r"\b(?:found|finds|show(?:s|ed|ing)?|concluded?s?|reveal(?:s|ed|ing)?|suggests?|indicates?"
    r"|demonstrates?|confirms?)\b|\b(?:evidence|estimates?|data|figures)\s+that\b",
    re.I,
)
# A line handing over to the text that follows: "Secretary Roe issued the following
# statement:", "… delivered the following opening statement at a hearing on …", "She said:".
# Not one that reports the figures it answers ("… on the jobs report, which showed that
# unemployment fell to 4%:").
FOLLOWING_TEXT = re.compile(
    r"\b(?:issued|released|made|delivered|gave|given|sent|published)\s+the\s+following\s+"
    r"(?:[\w-]+\s+){0,3}?(?:statement|remarks|address|testimony|speech|announcement"
    r"|comments?|letter|message|response)\b"
    r"|\b(?:said|says|stated|states|added|adds|commented|explained|remarked|declared|noted"
    r"|warned|wrote|continued)\s*:\s*[“\"‘']?\s*$",
    re.I,
)
# A page's data labels: "Data extracted in December 2023.", "Planned article update: …".
DATA_LABEL = re.compile(
    r"^(?:data|figures|statistics|information)\s+(?:extracted|retrieved|accessed|downloaded"
    r"|compiled)\s+(?:on|in)\b|^(?:planned|next)\s+(?:\w+\s+)?(?:update|release|publication"
    r"|revision)\s*:",
    re.I,
)
# Who is present: "Minister Roe was joined by pupils from …", "we're joined by Dr. Doe, who
# leads …": the occasion's company; with a figure it may report more, and is kept.
JOINED = re.compile(r"\b(?:is|are|was|were|be|['’]re)\s+joined\s+by\b", re.I)


def occasion(text: str) -> str:
    """Why `text` is the page's or the occasion's, or ""."""
    stripped = text.strip()
    short = len(stripped.split()) <= 12
    if (PUBLICATION_LABEL.match(stripped) or DATA_LABEL.match(stripped)) and short:
        return "a publication label"
    if FOLLOWING_TEXT.search(stripped) and not _FINDS.search(stripped):
        return "hands over to the text that follows"
    if THE_TEXT_ITSELF.search(stripped) and not _FINDS.search(stripped):
        return "the page on its own contents"
    if TEXT_TITLE.match(stripped) and len(stripped.split()) <= 40:
        return "the title of the text"
    if PUBLISHED_BY.search(stripped) and len(stripped.split()) <= 30:
        return "a publication label"
    if ASKED.search(stripped):
        return "a question put down for answer"
    if INTRODUCTION.search(stripped) and len(stripped.split()) <= 30:
        return "a host introducing a speaker"
    if INTERVIEW_INTRO.match(stripped):
        return "a host introducing an interview"
    if HEADLINE_LINE.match(stripped):
        return "a release's headline line"
    if CONTACT.search(stripped) or ADVICE.match(stripped):
        return "contact details or advice to readers"
    if ITINERARY.match(stripped):
        return "an official's itinerary"
    if ABOUT_ITSELF.search(stripped):
        return "the page on its own contents"
    if JOINED.search(stripped) and not re.search(r"\d", stripped):
        return "who is present"
    return ""


def without_label(text: str) -> str:
    """`text` without a transcript's turn label at its start: scored on the words only."""
    return TURN_LABEL.sub("", text, count=1)
