"""What a sentence puts forward as found, or as a fact to be checked.

- An inquiry's result reported by whoever made or ordered it: "X has investigated the
  reports, and we can report that there has been no …", "the review found that …",
  "Overall, we conclude that …", "we find the levy to be a regressive tax", "The auditor
  also determined that …" (a named body, not "We determined that …").
- A speaker setting the record straight: "the fact is that …", "we cannot ignore the fact
  that …": what follows is put forward as a fact.
- An auditor's formal opinion on accounts or spending: "the auditors issue an adverse
  opinion on expenditure", "a qualified opinion on the accounts". The audit's verdict is a
  finding of record, however short the sentence. Not "in my opinion" (no audit grade).
- A statement backed, at its end, by the evidence it cites: "… this is a pathway back to
  smoking – research shows that." The speaker puts the sentence forward as established;
  the research can be checked. Not "we do not know what the research shows" (no dash or
  comma hands the sentence over to the evidence).
- A health effect: "is dangerous for your health", "causes serious lung disease", "bad for
  children's development": a claim of harm to the body, which medical evidence settles.
  Not "a dangerous idea" or "bad for business" (no health, no disease).
"""

import re

FINDING = re.compile(
    r"\b(?:(?:we|I)\s+can\s+(?:now\s+)?(?:report|confirm)\s+that"
    # An auditor's conclusion: "Overall, we conclude that …", "we found issues with how …".
    r"|(?:we|I)\s+(?:\w+\s+)?(?:conclude[ds]?|found|find)\s+that"
    # "Overall, we find the scheme to be a regressive policy": not "I find it hard to be …".
    r"|(?:we|I)\s+(?:\w+\s+)?find\s+(?!(?:it|that|this|them|myself|ourselves)\b)"
    r"(?:[\w’'-]+\s+){1,4}?to\s+be"
    # "The auditors also determined that …": a named body's finding, not "We determined …".
    r"|(?!(?:we|i|they|he|she|it|you)\b)(?-i:[A-Z][\w&’'-]*)\s+(?:also\s+|further\s+)?"
    r"(?:determined|concluded)\s+that"
    r"|found\s+(?:\w+\s+)?(?:issues|problems|weaknesses|gaps|deficiencies|shortcomings|flaws)"
    r"\s+(?:with|in)"
    # "this study shows that …", "the survey found that …": a study's finding, reported.
    r"|(?:study|survey|research|analysis|evaluation|evidence)\s+(?:\w+\s+)?(?:shows|showed"
    r"|found|finds|concluded|concludes|confirms|confirmed)\s+that"
    r"|(?:investigat|examin|review|inspect|audit)\w*\b[^.;]{0,120}?\b(?:found|concluded"
    r"|established|confirmed|determined|can\s+(?:now\s+)?(?:report|confirm))\s+that)\s",
    re.I,
)
STATES_FACT = re.compile(
    r"\b(?:correct|point\s+out|note|stress|acknowledge|hide|ignore|deny|forget|overlook"
    r"|escape)\s+the\s+fact\s+that\s"
    r"|\bthe\s+fact\s+(?:is|remains)\s+(?:that\s+)?",
    re.I,
)
AUDIT_OPINION = re.compile(
    r"\b(?:adverse|qualified|unqualified|unmodified|modified|clean)\s+(?:audit\s+)?opinions?"
    r"\s+(?:on|of|for)\b|\bdisclaimers?\s+of\s+(?:audit\s+)?opinion\b",
    re.I,
)
EVIDENCE_AFTER = re.compile(
    r"(?:\s[-–—]|[,;:])\s*(?:the\s+)?(?:research|evidence|studies|data|science|figures"
    r"|statistics)\s+(?:clearly\s+|also\s+)?(?:shows?|tells?\s+us|confirms?|proves?"
    r"|suggests?|bears?\s+(?:this|that|it)\s+out)(?:\s+(?:that|this|it|so))?\s*[.!]?[”\"’']?\s*$",
    re.I,
)
_BODY = r"(?:health|lungs?|hearts?|bod(?:y|ies)|brains?|development|wellbeing|well-being)"
HEALTH_EFFECT = re.compile(
    r"\b(?:dangerous|harmful|bad|toxic|damaging|hazardous|deadly|poisonous)\s+(?:to|for)\s+"
    rf"(?:(?:your|their|our|his|her|human|public|people['’]s|children['’]s)\s+)?{_BODY}\b"
    r"|\bcaus(?:es|ed|ing)\s+(?!of\b)(?:\w+\s+){0,3}?(?:diseases?|cancers?|illness(?:es)?"
    r"|infections?|injur(?:y|ies)|deaths?)\b",
    re.I,
)
