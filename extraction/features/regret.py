"""Regret, relief or concern before a report: "I am afraid that, in the past day, 40 deaths
have been registered", "I'm sorry to say that the rate rose to 9%", "we have to give thanks
… that there was no loss of life", "we are greatly concerned that homelessness is at its
highest since records began". The sorrow, relief or worry is the speaker's; what follows is
reported and checked as if the frame were not there, the way "I am pleased to see that …"
is. An opinion after the frame ("I'm afraid that I think …") is still an opinion.

Not a frame: "I am grateful to the Minister for that answer" (thanks to a person, for
something, with nothing reported after a "that"), "we are concerned about the delays" (no
"that" clause)."""

import re

REGRET_THAT = re.compile(
    r"\b(?:(?:am|'m|’m|are|'re|’re)\s+afraid|(?:sorry|regret)\s+to\s+say)\s+that[\s,]"
    # "we give thanks that …", "we are thankful … that …": relief, then the report.
    r"|\b(?:give\s+thanks|(?:am|are|is|be|was|were|feel|felt)\s+(?:\w+\s+)?(?:thankful|grateful"
    r"|relieved))\b(?:(?!\b(?:for|to)\b)[^.;]){0,80}?\bthat\s"
    # "We are greatly concerned that homelessness is at its highest since records began".
    r"|\b(?:am|'m|’m|are|'re|’re|is|was|were|remain(?:s|ed)?|feel|felt)\s+(?:\w+\s+)?"
    r"(?:concerned|worried|alarmed|troubled|disappointed|dismayed|saddened|shocked|appalled"
    r"|disturbed)\s+(?:to\s+(?:see|note|learn|hear|find)\s+)?that\s",
    re.I,
)
