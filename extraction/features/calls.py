"""A call to act: "It is time to pass the Bill", "It's high time for Congress to act",
"Now is the time to invest in …". The speaker asks for something; what is asked is a
wish, not a fact to check, whatever law or figure it names."""

import re

CALL = re.compile(
    r"^[\"“‘']?\s*(?:(?:and|but|so|now),?\s+)?(?:it\s+is|it['’]s|now\s+is|this\s+is)\s+"
    r"(?:high\s+|long\s+past\s+|past\s+|about\s+)?(?:the\s+)?time\s+(?:for\s+(?:\w+\s+){1,3}?)?to\s",
    re.I,
)
