"""A call to act: "It is time to pass the Bill", "It's high time for Congress to act",
"Now is the time to invest in …", "I call on all member states to follow …", "we urge
every district to apply". The speaker asks for something; what is asked is a wish, not a
fact to check, whatever law or figure it names. A call made in the past ("we called on the
Government to publish the figures in 2019") is an event, and is not one."""

import re

CALL = re.compile(
    r"^[\"“‘']?\s*(?:(?:and|but|so|now),?\s+)?(?:it\s+is|it['’]s|now\s+is|this\s+is)\s+"
    r"(?:high\s+|long\s+past\s+|past\s+|about\s+)?(?:the\s+)?time\s+(?:for\s+(?:\w+\s+){1,3}?)?to\s",
    re.I,
)
# The speaker calling on others, in the present: "I call on all member states to …", "we
# urge the unions to …", "I would encourage every eligible family to apply".
CALL_ON = re.compile(
    r"\b(?:I|we)\s+(?:(?:would|must|again|also|therefore|now|strongly|once\s+again|today)\s+){0,2}"
    r"(?:call\s+(?:on|upon)|urge|appeal\s+to|implore|encourage)\s+(?!(?:myself|ourselves)\b)",
    re.I,
)
