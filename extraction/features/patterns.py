"""The word patterns check-worthiness is scored with: what raises a sentence (figures,
comparisons, causes, dates, events, legal facts) and what lowers it (opinion, promises,
procedure, greetings, words about the text itself)."""

import re


def _words(*words: str) -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(words) + r")\b", re.IGNORECASE)


COMPARISON = _words(
    r"more|less|fewer|greater|higher|lower|larger|smaller|bigger|better|worse",
    r"(?:in|de)creas\w*|ris(?:e|es|en|ing)|rose|f[ae]ll(?:s|en|ing)?|drop\w*|cut\w*",
    r"grow\w*|grew|declin\w*|doubl\w*|tripl\w*|halv\w*|soar\w*|surg\w*|plummet\w*",
    # Phrasal trends: "coming down", "went up", "has gone down".
    r"(?:c[oa]m(?:e|es|ing)|go(?:es|ing|ne)?|went)\s+(?:up|down)|down\s+by|up\s+by",
    # A level kept or a change under way: "inflation remains low", "markets strengthening".
    r"remain(?:s|ed|ing)?\s+(?:low|high|strong|weak|stable|flat|steady)",
    r"strengthen(?:s|ed|ing)|weaken(?:s|ed|ing)",
    # "an economy that continues to strengthen": a trend under way, in the infinitive.
    r"continu(?:es|ed|ing)\s+to\s+(?:strengthen|weaken|improve|worsen|recover|expand|shrink)",
    r"compared\s+(?:to|with)",
    # A level held to date: "has been running below that level", "stayed above target".
    r"(?:below|above)\s+(?:that|this|the|its|their|target|\d)",
    r"(?:has|have)\s+been\s+(?:running|rising|falling|growing|increasing|declining|shrinking)",
    r"than|since|record|highest|lowest|largest|biggest|smallest|fastest|slowest",
    r"most|least|ever|first(?![-‑]\w)|only|never|again|twice|times",
)
SUPERLATIVE = re.compile(
    r"\b(?:most|least|ever|first(?![-‑]\w)|only|record|\w{3,}est)\b", re.IGNORECASE
)
CAUSAL = _words(
    r"because|due\s+to|owing\s+to|thanks\s+to|as\s+a\s+result|result(?:ed|s)?\s+in",
    r"led\s+to|lead(?:s|ing)?\s+to|caus\w*|so\s+that|therefore|contribut\w+\s+to",
    r"in\s+order\s+to|responsible\s+for(?!\s+\w+ing\b)|blamed?|delayed|prevent\w*",
)
LEGAL = _words(
    r"law\w*|legal\w*|illegal\w*|unlawful\w*|binding|treaty|treaties|act|bill|court",
    r"judg\w+|ruling|ruled|rights?|obligations?|complian\w+|compl(?:y|ies|ied)",
    r"legislation|statutory|constitution\w*|sanctions?|banned|prohibit\w*|required?",
    r"entitled|eligible|safe|unsafe|status|membership|member|agreement|partnership",
    r"accredited|appeal|asylum|refugees?|convention|parliament|regulations?|licen[cs]es?",
    r"crimes?|criminal|abuses?|breach\w*|violat\w*|accus\w*|guilty|convict\w*|prosecut\w*",
    r"guarantee\w*|ensur\w+|assurances?|powers?|authori[sz]\w*",
    # How a body voted ("a unanimous backing"): a matter of record.
    r"unanimous\w*",
)
EVENT = _words(
    r"sign\w*|announc\w*|establish\w*|enact\w*|declar\w*|launch\w*|introduc\w*|passed",
    r"agreed|approv\w*|appoint\w*|elect\w*|won|lost|cancell?ed|acquir\w*|ruled|deploy\w*",
    r"withdr[ae]w\w*|invad\w*|found(?:ed|ing)|created|opened|closed|visit\w*|attend\w*|met",
    r"held|took\s+place|began|ended|started|joined|left|impos\w*|suspend\w*|paus\w*",
    r"target\w*|receiv\w*|provid\w*|support\w*|grant\w*|critici[sz]\w*|warned|argued",
    r"proposed|deliver\w*|negotiat\w*|included|limit\w*|review\w*|ban\w*|fund\w*",
    # A decision taken ("we decided to keep the rates unchanged"): an act on the record.
    r"decided",
)
ASSERTIVE = _words(r"is|are|was|were|has|have|had|does|did", r"\w+ed|\w+s")
DATE = re.compile(
    r"\b(?:(?:19|20)\d\d|january|february|march|april|may|june|july|august|september"
    r"|october|november|december|today|yesterday|last\s+(?:year|month|week)|this\s+year"
    r"|next\s+year|months?|years?|decades?|century)\b",
    re.IGNORECASE,
)
OPINION = _words(
    r"i\s+(?:think|believe|feel|hope|am|want|would|wish|guess|suppose|reckon|look\s+forward)",
    r"we\s+(?:hope|believe|want|remain|look\s+forward|are\s+(?:proud|committed|determined))",
    # Stance: "we continue to believe", "we are conscious that", "looked forward to".
    r"(?:i|we|they)\s+(?:\w+\s+){1,2}(?:believe|think|consider|feel)",
    r"(?:i|we)\s+(?:am|are|remain)\s+(?:\w+\s+)?(?:conscious|aware|concerned|convinced|sure)",
    r"look(?:s|ed|ing)?\s+forward",
    r"(?:stress|underlin|reaffirm|emphasi[sz]|highlight|recognis|recogniz)\w*\s+the"
    r"\s+(?:importance|urgency|need|value|significance)",
    # Praise and rhetoric.
    # "judged outstanding", "good or outstanding": an inspector's grade, not praise.
    r"stunning|remarkable|tremendous|(?<!judged\s)(?<!rated\s)(?<!graded\s)(?<!or\s)outstanding"
    r"|extraordinary|incredible|amazing",
    r"first[-‑ ](?:class|rate)|world[-‑ ](?:class|leading|renowned)|testament|privilege",
    # Feelings, thanks and praise: the speaker's stance, not a checkable fact.
    r"thank\w*|gratitude|appreciat\w*|congratulat\w*|welcome\s+the|determined",
    # "We are committed to …", but not money committed ("committed £9 billion").
    r"committed(?!\s+(?:£|\$|€|\d))",
    r"(?:am|are|feel|felt)\s+(?:\w+ly\s+)?(?:proud|pleased|delighted|glad|happy|sad|honou?red"
    r"|disappointed|(?!(?:un)?(?:lawful|successful|useful|harmful|powerful)\b)\w+ful)",
    r"excit\w+|wonderful|fantastic|excellent|brilliant|terrible|shameful|disgraceful",
    r"crucial|vital|important|(?<![-‑])essential|(?:big|major|great|important|crucial|vital)\s+step",
    r"step\s+forward",
    r"should|must|need\s+to(?!\s+be\s+\w+ed\b)|let\s+us|let['’]s|ought",
)
FUTURE = _words(r"will|would|may|might|could|can|going\s+to|plans?\s+to|aims?\s+to")
DEFINITION = re.compile(
    r"\b(?:refers?\s+to|is\s+(?:a|the)\s+term|also\s+known\s+as"
    r"|is\s+(?:the|a|an)\s+(?:object|aim|purpose|point|goal|essence|job)\s+of)\b",
    re.I,
)
# An evaluative superlative ("the best combination") unless a record is claimed
# ("the worst drought in a hundred years", "the best figures since 2010").
PRAISE_SUPERLATIVE = re.compile(
    r"\b(?:best|finest|greatest|worst)\b(?!.*\b(?:since|on\s+record|ever|than|of\s+any|in\s+(?:the\s+)?"
    r"(?:world|country|europe|history)|(?:in|for|over)\s+(?:a|an|\d+|\w+)\s+(?:\w+\s+)?"
    r"(?:years?|decades?|generations?|century|months?))\b)",
    re.I,
)
# A question without its question mark: the formulae of tabled questions ("What
# assessment he has made of …", "To ask the Secretary of State …", "If he will …")
# and a framed issue ("The issue in this appeal is whether …").
QUESTION_FORM = re.compile(
    # A record's label before the question: "(Urgent Question): To ask …", "Q3. To ask …".
    r"^(?:\d+\.\s*|Q\d+\.?\s*|\([\w\s]{2,30}\)\s*:?\s*)?(?:to\s+ask\b|whether\s|if\s+(?:he|she|they|the\s+\w+)\s+will\s"
    r"|what\s+(?:assessment|steps|recent|plans|discussions|estimate|progress|action"
    r"|representations|measures|proposals)\b)"
    r"|\b(?:issue|question|matter)\s+(?:\w+\s+){0,4}is\s+whether\b",
    re.I,
)
# A motion's own words: "That this House has considered …", "That this House notes …".
_MOTION_WORDS = (
    r"that\s+this\s+(?:house|chamber|assembly|senate|parliament|council)\s+(?:has\s+considered"
    r"|notes|calls|believes|regrets|welcomes|resolves|urges|recognises|recognizes|condemns"
    r"|deplores|expresses|congratulates|agrees|supports)"
)
MOTION = re.compile(rf"\b{_MOTION_WORDS}\b", re.I)
# Procedure: parliamentary formulae and the steps of a court case.
PROCEDURE = _words(
    r"i\s+beg\s+to\s+move|the\s+house\s+divided|question\s+put|division\s+(?:deferred|held)",
    # Opening a statement to the House: "with your permission, I should like to make a
    # statement on …".
    r"(?:should|would)\s+like\s+to\s+make\s+(?:a|an)\s+(?:\w+\s+){0,2}?statement",
    r"read\s+a\s+(?:first|second|third)\s+time|(?:motion|amendment)s?\s+(?:was\s+)?"
    r"(?:agreed\s+to|negatived|withdrawn)|resumed\s+the\s+chair|i\s+give\s+way",
    r"(?:sought|seeks?|brought|bring|applied\s+for|filed|lodged|issued)\s+(?:a|an)\s+"
    r"(?:\w+\s+){0,2}(?:order|claim|application|appeal|permission|proceedings)",
    # A motion's own words: "That this House has considered …", "That this House notes …".
    _MOTION_WORDS,
    # A meeting's minutes: "The Chair opened the meeting by …", "… presented the Terms".
    # "The Government has two months to respond.": the report's own next step.
    r"(?:has|have)\s+(?:\w+\s+){1,2}(?:months?|weeks?|days?)\s+to\s+respond",
    # The chair moving the business on: "The next item of business is a debate on motion …".
    r"(?:next|first|final|last)\s+item\s+of\s+business",
    r"(?:opened|closed|chaired)\s+the\s+meeting|presented\s+the\s+(?:terms|agenda|minutes|paper"
    r"|report)|expressed\s+(?:his|her|their|its)\s+(?:hope|thanks|gratitude)",
)
# The text speaking of itself: "Below is the text of …", "Subjects: …", a byline
# note, "issued a joint statement", "in this report", "Delivered by …", "The speech made by …".
ABOUT_THE_TEXT = re.compile(
    r"^(?:subjects?|topics?|keywords?|tags?|categories|filed\s+under)\s*:"
    r"|^(?:as\s+)?(?:delivered|given)\s+(?:on\s+[^,]{3,30}\s+)?by\b"
    r"|^(?:the\s+)?(?:speech|remarks|address|lecture|statement)\s+(?:was\s+)?(?:made|delivered"
    r"|given)\s+by\b"
    r"|\b(?:below\s+is|here\s+is|(?:the\s+)?(?:full\s+)?(?:text|transcript|recording|copy)"
    r"\s+of\s+(?:the|a|this|his|her|their)\s+(?:speech|remarks|statement|interview|address"
    r"|lecture)|byline|wire\s+services?|issued\s+(?:a|the)\s+(?:\w+\s+){0,2}statement)\b"
    # "A statement from X on …" heading its own text; a page's note on its own display.
    r"|^(?:a|the)\s+(?:\w+\s+)?statement\s+(?:from|by|of)\s+[A-Z]"
    r"|\b(?:reading|display|version)\s+of\s+this\s+(?:text|page|document)\b"
    r"|\bthis\s+(?:text|txt|page)\s+display\b"
    # A testimony's opening: "The Committee asked the Office to discuss its work on …".
    r"|\basked\s+(?:the\s+)?(?:(?-i:[A-Z])[\w’'-]*\s+){1,3}to\s+(?:discuss|testify|describe|summari[sz]e"
    r"|present|report\s+on)\b",
    re.I,
)
# A body's decision on a measure: "we decided to keep the key rates unchanged", "the
# committee voted to raise …".
DECISION = _words(
    r"(?:decided|voted)\s+(?:unanimously\s+)?to\s+(?:keep|leave|hold|raise|increase|cut|lower"
    r"|reduce|maintain|freeze|extend|end)\s+(?:[\w’'-]+\s+){0,4}?(?:rates?|prices?|fares|tax(?:es)?"
    r"|spending|budgets?|funding|wages|pay|limits?|levels?|targets?|allowances?|benefits?"
    r"|thresholds?|duty|duties|caps?|charges?|fees?|purchases?)",
)
# A sentence naming the source of the one before it: "That is according to the Agency."
POINTS_BACK = re.compile(
    r"^(?:That|This|These|Those)\s+(?:figures?\s+|numbers?\s+)?(?:is|are|was|were)\s+(?:all\s+)?"
    r"according\s+to\b",
    re.I,
)
# A record's citation after a quotation: "—[Official Report, 3 May 2024; c 36.]", "[Hansard,
# col. 12]": where the words were said, not figures of their own.
CITATION = re.compile(
    r"\s*[—–-]?\s*\[(?:Official\s+Report|Hansard|HC\s+Deb|HL\s+Deb|Col(?:umn)?\.?)\b[^\]]*\]",
    re.I,
)
# The words of a quotation completing the sentence before it ("… to ensure that we have" /
# "“the right homes in the right places.”"): a quoted phrase that opens in lower case.
QUOTED_CONTINUATION = re.compile(r"^\s*[“\"‘](?:\.\.\.|…)?\s*[a-z]")
# The speaker's own reading and meetings, without a figure: "In the run-up to the summit, I
# have read several articles on …", "I have heard from many of you".
ANECDOTE = re.compile(
    r"^(?:[^,;]{0,80},\s+)?I\s+(?:have\s+|had\s+)?(?:\w+\s+)?(?:read|heard|seen|noticed"
    r"|listened\s+to|spoken\s+(?:to|with)|talked\s+(?:to|with)|met)\b"
)
# Who does what, without a figure: "The Department is responsible for setting policy",
# "X oversees the distribution of …", "It works with the Agency, which …".
REMIT = re.compile(
    r"\b(?:is|are)\s+(?:\w+\s+)?responsible\s+for\s+\w+ing\b|\boversees?\s+the\b"
    r"|\bworks?\s+(?:closely\s+)?with\s+the\b|\b(?:is|are)\s+in\s+charge\s+of\b",
    re.I,
)
# Words to the reader of a web page: "Read the minister's update.", "See the full list".
TO_THE_READER = re.compile(
    r"^(?:read|see|view|download|watch|listen\s+to|find\s+out\s+more|click)\s+(?:the\s+|our\s+"
    r"|all\s+|more\s+|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*[’']s\s+)",
    re.I,
)
# A host bringing in a guest: "Housing Minister Jane Roe joins us now from …", "From
# Northtown this morning is the Minister for …".
GUEST_INTRO = re.compile(
    r"\bjoins?\s+(?:us|me)\b|\b(?:with|joining)\s+(?:us|me)\s+(?:now|today|this\s+\w+)\b"
    r"|\bthis\s+(?:morning|afternoon|evening)\s+(?:is|are)\s+(?:the\s+)?(?-i:[A-Z])",
    re.I,
)
# A person introduced by their post, and nothing else: "Jane Roe is the chief economist at
# Example Bank."
INTRODUCTION = re.compile(
    r"^(?:(?:Dr|Mr|Mrs|Ms|Professor|Prof)\.?\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2}\s+(?:is|was)"
    r"\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}(?:economist|analyst|director|professor|researcher"
    r"|lecturer|spokes(?:person|man|woman)|adviser|advisor|officer|executive|chair|head)"
    r"\s+(?:at|for|of|with|in)\s+[^,;]{3,80}[.]?$"
)
# Greetings, pleasantries and the speaker steering their own talk.
GREETING = re.compile(
    r"\b(?:it(?:\s+is|[’']s)\s+(?:a|an)\s+(?:\w+\s+)?(?:pleasure|honou?r|privilege|delight)"
    # The speaker steering the talk ("I'll start with the latest …") or thanking helpers
    # ("… are doing a terrific job supporting me").
    r"|\bI(?:[’']ll|\s+will)\s+(?:start|begin)\s+with\b"
    r"|\b(?:is|are)\s+doing\s+(?:a|an|such\s+a)\s+(?:\w+\s+)?job\s+(?:supporting|helping)\s+me\b"
    r"|good\s+(?:morning|afternoon|evening)|ladies\s+and\s+gentlemen|welcome\s+to"
    r"|let\s+me\s+(?:\w+\s+)?(?:start|begin|first|be\s+the\s+first|say|thank|turn)"
    # "I am delighted to join you here today …": being there, not a claim.
    r"|(?:delighted|pleased|glad|happy|honou?red|thrilled)\s+to\s+(?:be\s+(?:here|with\s+you)"
    r"|join\s+you|speak\s+(?:to|at|here)|address\s+you|welcome\s+you))\b",
    re.I,
)
# A promise or an intention: about the future, not yet checkable.
INTENTION = _words(
    r"will|shall|intends?\s+to|intend|plans?\s+to|aims?\s+to|going\s+to|set\s+to",
    # "The Ministers agreed to reinforce …": an intention, unlike "agreed to the plan".
    r"agreed\s+to\s+(?!(?:the|a|an|this|that|these|those|it|its|their|our|his|her)\b)",
    r"look(?:s|ed|ing)?\s+forward",
)
# What anchors a sentence to the present or the past: a trend to date, a perfect.
ANCHOR = _words(
    r"since|has\s+been|have\s+been|had\s+been|was|were|did|so\s+far|to\s+date",
    r"under\s+(?:the|this|its|their|a|an)",
)
# Claims of record: "for the first time", "the highest since 1990", "than any other".
RECORD = _words(
    r"for\s+the\s+first\s+time|record\s+(?:high|low|level|number)|on\s+record|than\s+any\s+other",
    r"historic(?:al(?:ly)?)?\s+(?:lows?|highs?)",
    # "the fastest-growing area of spending": first among all of a kind.
    r"(?:fastest|slowest)[-‑–\s](?:growing|rising|falling|shrinking)",
    # "the world’s largest offshore wind capacity": first among all of a place.
    r"(?:world|country|nation|continent|europe|region)[’']s\s+(?:largest|biggest|highest|lowest"
    r"|fastest|longest|oldest|first)",
    r"never\s+(?:before|been|had)|(?:highest|lowest|largest|biggest|smallest|fastest|slowest"
    r"|longest|shortest|best|worst|most|least)\b[^.;]*?\b(?:since|ever"
    r"|in\s+(?:the\s+|our\s+|its\s+|their\s+|[\w’']+[’']s\s+)?history"
    r"|of\s+any|(?:in|for|over)\s+(?:a|\d+|\w+)\s+(?:\w+\s+)?(?:years?|decades?|generations?"
    r"|century))",
)
# A warning with its condition: "unless funds are provided, the system will be unable
# to cope" states a consequence, not a promise.
WARNING = re.compile(
    r"\bunless\b[^.;]*?,\s*[^.;]*?\b(?:will|would)\s+(?:not|no\s+longer|be\s+unable|fail|run\s+out"
    r"|collapse|struggle|have\s+to)\b",
    re.I,
)
# A text describing another text's parts: "Part 7 of the Act makes provision for …".
TEXT_PART = re.compile(
    r"^(?:part|section|schedule|chapter|article|clause)\s+\d+\w*(?:\(\w+\))*\s+(?:of\s+(?:the|this|that)"
    r"\s+(?:\w+\s+){0,3}?)?(?:makes?\s+provision|is\s+concerned\s+with|deals?\s+with|sets?\s+out"
    r"|contains?|provides?\s+for|relates?\s+to|is\s+about)\b",
    re.I,
)
# An engagement to come: "Later today X will deliver a speech", "tomorrow she will visit …".
SCHEDULE = re.compile(
    r"\b(?:later\s+(?:today|this\s+(?:week|month|morning|afternoon|evening))|tomorrow"
    r"|this\s+(?:afternoon|evening))\b.*\bwill\s+(?:\w+\s+)?(?:deliver|give|make|visit|meet"
    r"|attend|host|speak|set\s+out|unveil|announce|launch|open|chair|travel)\b",
    re.I,
)
# A sentence that only hands over to a quote: "Speaking ahead of a visit …, X said:".
QUOTE_LEAD_IN = re.compile(
    r"^(?:speaking|commenting|responding|writing|announcing|welcoming|reacting|launching)\b"
    r".*\b(?:said|says|added|adds|commented|explained|stated)\s*:\s*$",
    re.I,
)
# Exhortation: "we should remember that …", "we must not forget …".
EXHORTATION = _words(
    r"(?:we|you)\s+(?:should|must|ought\s+to)\s+(?:always\s+)?(?:remember|recall|recognise|recognize"
    r"|not\s+forget|bear\s+in\s+mind)"
)
# An aside between dashes ("—the hon. Lady should reflect on that—") is not the stance
# of the sentence around it.
_ASIDE = re.compile(r"—[^—]{1,100}—|\s–\s[^–]{1,100}\s–\s")
# "X is going to speak to a milestone: Fares are falling.": a statement of its own after
# a colon, whose tense is its own, not that of the words leading to it.
_AFTER_COLON = re.compile(r":\s+(?P<stated>[A-Z][^:]*)$")
# "I am thrilled to see that …", "excellent news, with figures showing that …": a feeling
# about what follows; the stance is the frame's, the claim is what is seen or shown.
# "I'm happy to correct the fact that …": the stance is the speaker's, the fact is checked.
_SEEN_THAT = re.compile(
    r"\b(?:to\s+see|to\s+report|showing|shows|showed|show|correct\s+the\s+fact)\s+that\s", re.I
)

# "He will know that …", "as the House will be aware, …": the listener's knowledge is
# invoked, nothing is foretold; the tense is that of what follows.
_WILL_KNOW = re.compile(
    r"\b(?:will|would)\s+(?:also\s+|well\s+|surely\s+|already\s+)?(?:know|be\s+aware"
    r"|recall|remember|appreciate|recogni[sz]e)\b(?:\s+that\b|,)?",
    re.I,
)
# The state of something measured, without a figure: "the economy is performing well",
# "waiting times are wholly inadequate", "not enough homes have been built".
MEASURE_STATE = re.compile(
    r"\b(?:economy|unemployment|inflation|growth|wages|earnings|prices|fares|costs|bills|rents"
    r"|sales|exports|coverage|enrol{1,2}ment|attendance"
    r"|imports|output|productivity|employment|jobs|deficit|debt|borrowing|investment|crime"
    r"|emissions|(?:jobless|unemployment|inflation|interest|crime|poverty|vacancy)\s+rates?"
    r"|waiting\s+(?:times|lists)|(?:labou?r|housing|jobs?|stock|property|rental)\s+markets?"
    r"|sector|industry|numbers|figures|demand|lending|expansion|momentum|activity)\s+(?:is|are"
    r"|was|were|has\s+been|have\s+been"
    r"|remains?|remained|continues?\s+to\s+be)\s+(?:still\s+)?(?:\w+ly\s+)?(?:strong|weak|low"
    r"|high|robust|solid|healthy|stable|steady|inadequate|rising|falling|growing|shrinking"
    r"|subdued|muted|elevated|sluggish|buoyant|moderate|contained"
    r"|improving|worsening|eroding|declining|recovering|doing\s+(?:well|badly|poorly)|performing\s+(?:well|strongly|poorly"
    r"|badly))\b"
    r"|\b(?:not|nowhere\s+near)\s+enough\s+(?:\w+\s+){1,2}(?:have|has|had)\s+been\s+(?:built"
    r"|trained|recruited|created|delivered|funded)\b",
    re.I,
)

# What a law or a rule provides: "the Act requires …", "the new law will ban …".
LEGAL_FACT = _words(
    r"(?:act|law|bill|treaty|regulations?|rules?|legislation|directive|order)\s+(?:\w+\s+){0,2}?"
    r"(?:requires?|bans?|prohibits?|obliges?|forbids?|allows?|permits?|entitles?|makes\s+it"
    r"|gives?|sets?\s+(?:out|a)|caps?|limits?)",
)
VAGUE_AMOUNT = _words(
    r"a\s+(?:significant|great|good|huge)\s+(?:amount|deal)|a\s+lot|significant\s+(?:progress|amount)"
)
SECOND_PERSON = _words(r"you|your|yours")
# A clock time beside a date: a dateline, not an event.
CLOCK = re.compile(r"\b\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\b\.?)?", re.I)
# Numbers that name rather than count: "Section 193(2)", "Part 7", a paragraph
# number run into its first word ("171.We …"), an ordinal ("70th", "twenty-first"),
# the second year of a range ("2019–20").
_IDENTIFIER_BEFORE = re.compile(
    r"(?:\b(?:article|section|clause|chapter|paragraph|para|schedule|annex|rule|part|page|pages"
    r"|table|figure|item|items|no\.?|regulation|s\.?)\s+\d+[a-z]?\s*\(?|\d\(|\b(?:19|20)\d\d[-–—/]"
    r"|\b(?:ground|grounds|part|section|article|clause|schedule|chapter|paragraph)\s+"
    # A parliamentary paper or bill: "HC 905", "Cm 9412", "H.R. 3".
    r"|\b(?-i:HC|HL|Cm|Cmd|Cmnd|CP|H\.\s?R\.)\s+)$",
    re.I,
)
_PARAGRAPH_NUMBER = re.compile(r"\d+\.\s*(?=[A-Z])")
_ORDINAL_AFTER = re.compile(r"^(?:st|nd|rd|th|[-‑](?:first|second|third|\w+th)\b)", re.I)
FIRST_PERSON = _words(r"i|me|my|we|us|our|ours")
PROPER_NOUN = re.compile(r"\b(?:[A-Z][a-z]+|[A-Z]{2,})\b")

_SENTENCE_STARTERS = {
    "the", "this", "that", "these", "those", "it", "its", "we", "i", "a", "an", "in", "on",
    "at", "for", "from", "by", "with", "as", "but", "and", "or", "so", "if", "when", "while",
    "since", "after", "before", "there", "they", "he", "she", "our", "their", "his", "her",
    "however", "although", "though", "both", "all", "some", "many", "most", "to", "of",
    "following", "today", "yesterday", "last", "next", "one", "also",
}  # fmt: skip
# A proportion in words: "nine out of ten schools", "seven in 10 adults".
_COUNT_WORD = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)"
# A ratio in words: "almost twice as likely as other schools", "three times as many".
RATIO = re.compile(
    r"\b(?:twice|half|(?:two|three|four|five|ten|\d+)\s+times)\s+as\s+(?:\w+\s+){1,2}?as\b"
    r"|\b(?:two|three|four|five|ten|\d+)\s+times\s+(?:more|higher|lower|greater|larger|bigger)\b",
    re.I,
)
# An amount in words with no count before it: "that trillion dollars in debt", "a
# billion-pound fund".
AMOUNT_WORDS = re.compile(
    r"\b(?:a|that|this|the|their|our)\s+(?:million|billion|trillion)[-\s](?:dollars?|pounds?"
    r"|euros?)\b",
    re.I,
)
PROPORTION = re.compile(
    rf"\b{_COUNT_WORD}\s+(?:out\s+of|in)\s+(?:every\s+)?(?:\d+|two|three|four|five|six|seven"
    r"|eight|nine|ten|twenty|a\s+hundred|hundred)\b(?!\s+(?:minutes|hours|days|weeks|months"
    r"|years|times|ways|places))",
    re.I,
)

# A marker ordering what is said: "First, …", "Secondly, …", "Again the UK is …", "Once
# again, …" at the start of a sentence.
DISCOURSE_MARKER = re.compile(
    r"^(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|finally|again|once\s+again)\b,?\s+", re.I
)
# A wish or a need: "the world needs to do more", "we need others to step up", "councils
# want to step up", "they want to see care that is …".
WANT_OR_NEED = re.compile(
    r"\b(?:needs?|wants?)\s+(?:(?:us|them|others|everyone|people|you)\s+)?to\s+(?!be\s+\w+ed\b)",
    re.I,
)
