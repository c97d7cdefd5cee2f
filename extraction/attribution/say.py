"""The verbs that report what someone said, and the forms they take: "X said", "X
claimed that", "X noted:"."""

SAY = (
    r"(?:said|says|claimed|claims(?!\s+(?:for|of|to|under|against|on|in|by|from|are|were|have"
    r"|had|and|or)\b)|stated|states(?!\s+(?:for|of|to|under|against|on|in|by|from|are|were|have"
    r"|had|and|or)\b)|denied|denies|insisted|insists|asserted"
    # "added", but not "has added 2,500 staff": a number after it is what was added.
    r"|asserts|reckons|reckoned|told|tells|(?:added|adds)(?!\s+(?:(?:almost|nearly|about|around|over|some"
    r"|more\s+than|up\s+to)\s+)?[\d£$€])|confirmed"
    r"|confirms|admitted|admits|acknowledged|acknowledges|stressed|stresses"
    r"|(?:alleged|alleges|declared|announced|noted|explained|suggested|argues|maintained|maintains"
    r"|highlighted|highlights|warned|warns|emphasi[sz]ed|emphasi[sz]es|pointed\s+out|observed"
    r"|revealed|informed|disclosed)(?=\s+that\b)|(?:commented|comments|remarked|remarks|observed|noted)(?=\s*:))"
)
