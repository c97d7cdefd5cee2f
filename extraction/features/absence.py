"""What a body has not got: "The Commission has no targets", "the department lacks a
plan". A report's finding of an absence is as checkable as a figure (the targets exist or
they do not), though it names no number."""

import re

# "has no", "have “no …”", "lacks": not the speaker's "I have no doubt", "we had no choice",
# nor "a lack of" (a noun, usually a complaint without a subject to check).
ABSENCE = re.compile(
    r"\b(?:has|have|had)\s+[“\"‘']?no\s+(?!doubt\b|idea\b|choice\b)[a-z]"
    r"|\black(?:s|ed)\s+(?!of\b)[a-z]"
)
