"""A fresh set for the matcher, written after it was tuned on `repeat_cases.py`
and measured once, before and once after the rule for swapped subject words:
new restatements of the checked claims there (other wordings, other ways of
writing the figure) and sentences of the same shape in which one subject word
is swapped and the figure is kept. Invented and neutral; not tuned on."""

# (sentence, the key in repeat_cases.CHECKED of the claim it restates)
RESTATED = [
    ("Among children, hospital admissions because of asthma have fallen 33 per cent since 2019.",
     "asthma"),
    ("The number of nurses working for the health service has reached a record 135 thousand.",
     "nurses"),
    ("In the capital, private rents are 12 per cent higher than a year ago.", "rents"),
    ("Since 2010 the number of bus passengers outside London has dropped by 40 percent.",
     "buses"),
    ("Close to 40 thousand teachers walked away from the profession in the past year.",
     "teachers"),
    ("67% of adults have gone two years without seeing an NHS dentist.", "dentists"),
    ("Compared with 2019, there are 20k extra police officers on the streets.", "police"),
    ("Electric vehicles accounted for 16 per cent of all new car sales in 2023.", "electric"),
    ("Over six years, £5.2 billion of government money is going into flood defences.",
     "floods"),
    ("Council figures show 4,200 affordable homes were built last year.", "homes"),
]  # fmt: skip

# One subject word of a checked claim swapped for another, the figure kept.
UNRELATED = [
    "Hospital admissions for asthma among teenagers fell by a third between 2019 and 2023.",
    "The health service now employs 135,000 midwives, more than ever before.",
    "Office rents in the capital have risen by 12% in the past year.",
    "Tram passenger numbers outside London have fallen by 40% since 2010.",
    "Nearly 40,000 pharmacists left the profession last year.",
    "Two-thirds of adults have not seen an NHS optician in the past two years.",
    "There are 20,000 more traffic officers on the streets than in 2019.",
    "Hybrid cars made up 16% of new car sales in 2023.",
    "The government is spending £5.2bn on cyber defences over six years.",
    "Gun crime offences are up by 7% on the previous year.",
]
