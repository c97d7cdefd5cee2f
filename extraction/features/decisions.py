"""A decision taken on a rule: "we agreed to lift the ban on Sunday trading", "the council
voted to scrap the cap on fares", "ministers decided to extend the moratorium". An act on the
record, as "decided to raise rates" is (`DECISION`): the infinitive after "agreed to" is
what was decided, not an intention still to be formed.

Not a decision on a rule: "the Ministers agreed to reinforce cooperation" (no rule acted
on), "we will lift the ban" (a promise: no verb of deciding), "agreed to the ban" (no act
named: "agreed to" with its object was never an intention).

A government's decision announced is one too, though put in the future: "The Government will
direct the regulator to investigate prices", "the ministry has confirmed it will be
scrapping the new premium", "the Government will abandon their borrowing rule",
"non-essential shops will be closed and visits will be prohibited". A body (not "I" or "we")
acts on a named measure or body with a verb of command or repeal, or a restriction is
imposed in the passive; whether it was done can be checked. Not one: "The Government will
continue to listen", "the Government will work to improve services" (no act on a measure),
"we will end this injustice" (the speaker's promise).

A change of ownership or control is an act on the record too: "the rail services were today
transferred into government ownership", "the government has bought back the rail business",
"the operator was taken over by the state".
"""

import re

RULE_DECIDED = re.compile(
    r"\b(?:agreed|decided|voted|resolved)\s+(?:unanimously\s+)?to\s+(?:lift|end|scrap|abolish"
    r"|remove|introduce|impose|relax|tighten|extend|reinstate|suspend)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:ban|bans|restrictions?|limits?|caps?|moratorium|requirements?|charges?|levy|curfew"
    r"|exemptions?|quotas?|tariffs?)\b",
    re.I,
)

_BODY = (
    r"(?:government|ministry|department|council|commission|executive|administration"
    r"|cabinet|authority|regulator|agency)"
)
_COMMAND = (
    r"(?:scrap|abolish|direct|ban|outlaw|prohibit|require|order|instruct|repeal|reverse|remove"
    r"|end|cap|freeze|legislat|introduc|rais|cut|increas|extend|appoint|establish|clos|halv"
    r"|doubl|reduc|lift|impos|suspend|abandon|withdraw|postpon)\w*"
)
ANNOUNCED_DECISION = re.compile(
    # "The X Government will direct the …", "the department has confirmed it will be scrapping
    # the …": the body's act, on a measure or a body it names.
    rf"(?:\b{_BODY}\b[^.;:]{{0,40}}?|\b(?:confirmed|announced|decided)\s+(?:that\s+)?(?:it|they)\s+)"
    r"\b(?:will|shall|is\s+to|are\s+to)\s+(?:now\s+|also\s+|immediately\s+)?(?:be\s+)?"
    rf"{_COMMAND}\s+(?:the|its|their|all|(?-i:[A-Z]))"
    # "… will be closed", "… will be prohibited": a restriction imposed.
    r"|\b(?:will|shall)\s+(?:also\s+|now\s+|then\s+)?be\s+(?:banned|prohibited|outlawed"
    r"|abolished|scrapped|closed|made\s+illegal|required\s+to|obliged\s+to|capped|frozen)\b",
    re.I,
)

HANDED_OVER = re.compile(
    r"\b(?:transferred|nationali[sz]ed|privati[sz]ed|bought\s+back|sold\s+off|took\s+over"
    r"|taken\s+over|merged)\b",
    re.I,
)
