"""What a body has not got: "The Commission has no targets", "the department lacks a
plan". A report's finding of an absence is as checkable as a figure (the targets exist or
they do not), though it names no number."""

import re

# "has no", "have “no …”", "lacks": not the speaker's "I have no doubt", "we had no choice",
# nor "a lack of" (a noun, usually a complaint without a subject to check).
ABSENCE = re.compile(
    r"\b(?:has|have|had)\s+[“\"‘']?no\s+(?!doubt\b|idea\b|choice\b)[a-z]"
    r"|\black(?:s|ed)\s+(?!of\b)[a-z]"
    # "there have been no fee rises since 2001": none in all that time.
    r"|\bthere\s+(?:has|have|had)\s+been\s+no\s+[a-z][^.;]{0,60}?\bsince\s+(?:\d{4}|the\s+\d{4}s)\b"
)
