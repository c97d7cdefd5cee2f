"""Words no one is called by: a heading's, a headline's verb, a number, a pronoun, an
office's portfolio. Capitalised on a page, at the head of a line or in a title, they read
as a name to a rule that looks only at capitals ("Four states account for …" gives
"Four", "Minister for Environment, …" gives "Environment", "Secretary of Buses Announces
Funds" gives "Announces Funds"); a name made only of them is no one's."""

from extraction.attribution.names import CONNECTORS, OCCASION_WORDS

# Words a heading, a page's furniture or a title's genre are made of: capitalised on a
# page, they are never a name.
HEADING_WORDS = {
    "answer", "answered", "answers", "question", "questions", "status", "current", "date",
    "lodged", "asked", "opening", "closing", "statement", "statements", "remarks", "speech",
    "address", "testimony", "transcript", "summary", "introduction", "background", "update",
    "note", "notes", "overview", "contents", "published", "released", "publicly", "hearing",
    "briefing", "conference", "call", "news", "release", "press", "response", "reply",
    "written", "oral", "prepared", "keynote", "lecture", "interview", "photo", "caption",
    "video", "audio", "source", "topic", "subject", "session", "item", "agenda", "report",
    # A picture's credit line ("Photo Credit:", "Image credits:").
    "credit", "credits", "image", "picture",
    # A news site's menus and boxes ("Find Us", "Newsletters", "Advertisement").
    "find", "advertisement", "newsletter", "newsletters", "podcasts", "subscribe", "loader",
    # A page's layout boxes and a player's links ("Main Container", "Prime Minister Crest",
    # "Next Up:", "Now Playing:").
    "main", "container", "content", "crest", "menu", "navigation", "next", "up", "now",
    "playing",
    # A page's contact block ("Contact Information:", "Media Enquiries") and a version's
    # status in brackets ("(Revised)", "(Continued)").
    "contact", "contacts", "information", "enquiries", "inquiries", "details", "revised",
    "amended", "continued", "resumed", "corrected", "updated", "uncorrected", "unrevised",
}  # fmt: skip
# A headline's verb after the name ("Jane Roe Hosts …", "Jane Roe Tells …"): the third
# person present of what officials do in a headline.
HEADLINE_VERBS = {
    "hosts", "says", "tells", "announces", "delivers", "gives", "makes", "opens", "welcomes",
    "visits", "joins", "addresses", "discusses", "outlines", "unveils", "launches",
    "testifies", "speaks", "responds", "urges", "calls", "highlights", "meets", "holds",
    "leads", "releases", "issues", "praises", "warns", "marks", "celebrates", "names",
    "provides", "presents", "signs", "reports",
}  # fmt: skip
NOT_NAME = HEADING_WORDS | HEADLINE_VERBS
# Words no name opens with: "For Immediate Release" over "Office of the Press Secretary"
# reads as a name over an office.
PREPOSITIONS = {"for", "of", "by", "to", "from", "with", "in", "on", "at", "about", "into"}
# The last word of a venue a speech's header names after the speaker ("Jane Roe, Minister
# for Buses, Northtown Auditorium"): a place, never a person.
VENUE_WORDS = {
    "auditorium", "ballroom", "boulevard", "hotel", "theatre", "theater", "stadium",
    "arena", "pavilion",
}  # fmt: skip


def bare(token: str) -> str:
    """A token without its punctuation, in small letters."""
    return token.strip(".,;:()[]'’\"").lower()


# Words that count, never name ("Four states …", "Half of them …").
NUMBER_WORDS = {
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "twenty", "thirty", "forty", "fifty", "hundred", "hundreds", "thousand",
    "thousands", "million", "millions", "billion", "first", "second", "third", "half",
    "dozen", "several", "many", "some", "all", "both", "most", "few", "each", "every",
}  # fmt: skip
# A pronoun read as a name ("I’ve said many times …" gives "I’ve").
PRONOUNS = {
    "i", "we", "you", "he", "she", "they", "it", "us", "them", "this", "that", "these",
    "those", "i’ve", "i've", "i’m", "i'm", "we’ve", "we've", "we’re", "we're", "i’d", "i'd",
}  # fmt: skip
# What an office or a department is for ("Minister for Environment", "Commissioner for
# Employment, Social Affairs and Skills", "Secretary of Labor"): its portfolio, no name.
SUBJECT_WORDS = {
    "environment", "energy", "health", "education", "transport", "transportation", "housing",
    "employment", "finance", "defence", "defense", "agriculture", "trade", "industry",
    "culture", "sport", "sports", "tourism", "welfare", "labour", "labor", "protection",
    "security", "development", "communities", "heritage", "science", "innovation",
    "enterprise", "infrastructure", "planning", "climate", "equality", "skills", "mobility",
    "consumers", "affairs", "pensions", "economy", "fisheries", "food", "rural", "social",
    "foreign", "local", "public", "economic", "regional", "digital", "international",
    "external", "internal", "children", "youth", "veterans", "interior", "commerce",
    "revenue", "customs", "immigration", "citizenship", "integration", "inclusion", "water",
    "forestry", "marine", "resources", "arts", "care", "safety", "jobs", "families",
}  # fmt: skip
# What a policy page is about, at the end of a run of capitals ("Water Investment Plan",
# "Ferry Links Programme"): a thing, never a person's surname.
ARTEFACT_WORDS = {
    "plan", "programme", "program", "strategy", "scheme", "project", "act", "bill",
    "initiative", "framework", "budget", "package", "policy", "agreement",
}  # fmt: skip
COMMON = NUMBER_WORDS | PRONOUNS | SUBJECT_WORDS | OCCASION_WORDS | NOT_NAME


def common_name(name: str) -> bool:
    """Whether every word of `name` (connectors aside) is a word no one is called by: a
    number, a pronoun, a portfolio's subject, an occasion, a heading or a headline verb."""
    words = [w for w in (bare(t) for t in name.split()) if w and w not in CONNECTORS]
    return bool(words) and all(w in COMMON for w in words)
