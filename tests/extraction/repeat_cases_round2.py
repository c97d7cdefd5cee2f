"""A second fresh set for the matcher, written before the rules for subject words
were changed and measured once against the matcher as it stood: claims on
subjects the other sets do not touch (courts, prisons, pensions, energy, water,
universities, defence, social care), restatements of them (other wordings, the
figure written another way, clauses reordered, a minister's short version), and
sentences of the same shape that restate none of them. Invented and neutral."""

CHECKED = {
    "asylum": "Applications for asylum were down by a third in the first half of the year.",
    "courts": "The Crown Court backlog stands at 67,000 cases, a record high.",
    "prisons": "Prisons in England and Wales are at 99% of their capacity.",
    "pension": "The state pension will rise by 8.5% in April.",
    "broadband": "Four in five homes can now get gigabit broadband.",
    "sewage": "Water companies discharged sewage into rivers 464,000 times last year.",
    "fees": "University tuition fees have been frozen at £9,250 since 2017.",
    "renewables": "Renewables generated 47% of the country's electricity last year.",
    "dairy": "The number of dairy farms has fallen by half since 2000.",
    "rough": "Rough sleeping in the city rose by 27% in the year to autumn.",
    "care": "There are 152,000 vacant posts in adult social care.",
    "air": "Air pollution causes up to 36,000 early deaths a year.",
    "tax": "The tax burden is at its highest level since 1948.",
    "defence": "Defence spending will reach 2.5% of GDP by 2030.",
    "mental": "One in six children has a probable mental disorder.",
    "waiting": "The waiting list for routine hospital treatment has fallen to 7.5 million.",
    "childcare": "Parents of two-year-olds can now claim 15 hours of free childcare a week.",
}

# (sentence, the key in CHECKED of the claim it restates)
RESTATED = [
    ("Asylum applications are down by a third this year.", "asylum"),
    ("There were 33% fewer asylum claims in the first six months of the year.", "asylum"),
    ("67k cases are now waiting to be heard in the Crown Court, more than ever.", "courts"),
    ("The prison estate in England and Wales is 99 per cent full.", "prisons"),
    ("From April, the state pension goes up 8.5 per cent.", "pension"),
    ("80% of households have access to gigabit broadband.", "broadband"),
    ("Sewage was released into rivers by water firms 464k times last year.", "sewage"),
    ("Tuition fees at universities have stayed at £9,250 since 2017.", "fees"),
    ("Last year 47 per cent of electricity in the country came from renewables.",
     "renewables"),
    ("There are 50% fewer dairy farms than there were in 2000.", "dairy"),
    ("The number of people sleeping rough in the city is up 27% on a year ago.", "rough"),
    ("Adult social care has 152k vacant posts.", "care"),
    ("As many as 36,000 people die early each year because of air pollution.", "air"),
    ("Since 1948 the tax burden has never been at a higher level.", "tax"),
    ("By 2030 the UK will spend 2.5 per cent of GDP on defence.", "defence"),
    ("17% of children are thought to have a probable mental disorder.", "mental"),
    ("7.5m people are on the waiting list for routine hospital treatment.", "waiting"),
    ("Two-year-olds' parents are entitled to 15 hours a week of free childcare.",
     "childcare"),
]  # fmt: skip

# Sentences of the same shape as a claim in CHECKED that restate none of them.
UNRELATED = [
    # The same figure and direction, another subject.
    "Burglaries are down by a third this year.",
    "Council tax will rise by 8.5% in April.",
    "Gas power stations generated 47% of the country's electricity last year.",
    "Shop vacancies in the city rose by 27% in the year to autumn.",
    "Four in five pupils can now get free breakfast clubs.",
    # Shared words, one subject word swapped (before or after a shared one).
    "The county court backlog stands at 67,000 cases, a record high.",
    "There are 152,000 vacant posts in adult education.",
    "Water companies discharged sewage into the sea 464,000 times last year.",
    "The number of sheep farms has fallen by half since 2000.",
    "Postgraduate tuition fees have been frozen at £9,250 since 2017.",
    "Parents of two-year-olds can now claim 15 hours of free tutoring a week.",
    "One in six children has a probable eating disorder.",
    "Noise pollution causes up to 36,000 early deaths a year.",
    "Police spending will reach 2.5% of GDP by 2030.",
    # The same subject, another quantity.
    "Prisons in England and Wales are at 95% of their capacity.",
    "The state pension will rise by 10.1% in April.",
    "The waiting list for routine hospital treatment has fallen to 6.4 million.",
    "Defence spending will reach 3% of GDP by 2030.",
    # The same subject, the other direction.
    "Applications for asylum were up by a third in the first half of the year.",
    "Rough sleeping in the city fell by 27% in the year to autumn.",
    "The tax burden is at its lowest level since 1948.",
    "The number of dairy farms has risen by half since 2000.",
]
