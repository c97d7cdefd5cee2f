"""Regret before a report: "I am afraid that, in the past day, 40 deaths have been
registered", "I'm sorry to say that the rate rose to 9%". The sorrow is the speaker's;
what follows is reported and checked as if the frame were not there, the way "I am
pleased to see that …" is. An opinion after the frame ("I'm afraid that I think …") is
still an opinion."""

import re

REGRET_THAT = re.compile(
    r"\b(?:(?:am|'m|’m|are|'re|’re)\s+afraid|(?:sorry|regret)\s+to\s+say)\s+that[\s,]", re.I
)
