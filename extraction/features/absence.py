"""What a body has not got, or has not done: "The Commission has no targets", "the
department lacks a plan", "DHS hasn't set performance goals", "the water supplied is not
in compliance with EU standards". A report's finding of an absence, or of a duty not met,
is as checkable as a figure (the targets exist or they do not), though it names no number.

Not an absence: "I have not seen the report", "we did not set out to …" (the speaker's own
doing), "I have no doubt" (a stance)."""

import re

# "has no", "have “no …”", "lacks": not the speaker's "I have no doubt", "we had no choice",
# nor "a lack of" (a noun, usually a complaint without a subject to check).
ABSENCE = re.compile(
    r"\b(?:has|have|had)\s+[“\"‘']?no\s+(?!doubt\b|idea\b|choice\b)[a-z]"
    r"|\black(?:s|ed)\s+(?!of\b)[a-z]"
    # "there have been no fee rises since 2001": none in all that time.
    r"|\bthere\s+(?:has|have|had)\s+been\s+no\s+[a-z][^.;]{0,60}?\bsince\s+(?:\d{4}|the\s+\d{4}s)\b"
)
# An auditor's negative finding: "has not set goals", "does not systematically analyse
# costs", "did not assess", and a standard not met: "not fully in compliance with".
NOT_DONE = re.compile(
    r"(?<!\bI\s)(?<!\bwe\s)\b(?:has|have|had|does|do|did)\s*(?:not|n[’']t)\s+(?:yet\s+|always\s+"
    r"|fully\s+|systematically\s+|consistently\s+|effectively\s+)?(?:set|establish|develop"
    r"|assess|measure|monitor|track|collect|analy[sz]e|evaluate|report|publish|compl(?:y|ied)"
    r"|met|meet|update|implement|identif|defin|document|review|consider|provide|conduct|submit"
    r"|record)\w*"
    r"|\bnot\s+(?:\w+ly\s+|yet\s+)?(?:in\s+)?complian(?:t|ce)\b|\bnon-?complian\w+"
    r"|\bfail(?:s|ed)?\s+to\s+(?:comply|meet)\b",
    re.I,
)
