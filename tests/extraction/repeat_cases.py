"""Invented claims on health, housing, transport, crime, schools, climate and the
economy, with restatements of them and sentences of the same shape that restate
none of them. Written before the matcher was tuned; the restatements change the
wording and, where there is one, the way the figure is written."""

CHECKED = {
    "asthma": "Hospital admissions for asthma among children fell by a third between 2019 "
    "and 2023.",
    "gp": "Half of all GP practices in the region are closed to new patients.",
    "nurses": "The health service now employs 135,000 nurses, more than ever before.",
    "emergency": "One in five patients waits more than four hours in accident and emergency.",
    "measles": "Measles vaccination rates for five-year-olds have dropped to 85%.",
    "rents": "Private rents in the capital have risen by 12% in the past year.",
    "homes": "The council built 4,200 affordable homes last year, the most in a decade.",
    "shelter": "The number of families in temporary accommodation has doubled since 2015.",
    "deposit": "A quarter of first-time buyers now need help from their parents to afford a "
    "deposit.",
    "buses": "Bus passenger numbers outside London have fallen by 40% since 2010.",
    "rail": "Train cancellations rose by a fifth in the twelve months to March.",
    "potholes": "Councils filled 1.7 million potholes last year.",
    "electric": "Electric cars made up 16% of new car sales in 2023.",
    "commuters": "Three in four commuters in the city travel to work by car.",
    "knives": "Knife crime offences are up by 7% on the previous year.",
    "police": "There are 20,000 more police officers on the streets than in 2019.",
    "teachers": "Nearly 40,000 teachers left the profession last year.",
    "meals": "Free school meals are a legal entitlement for infant pupils.",
    "emissions": "Carbon emissions from power stations have fallen by two-thirds since 1990.",
    "floods": "The government is spending £5.2bn on flood defences over six years.",
    "jobless": "Youth unemployment stands at 13%, the highest level in two years.",
    "wage": "The minimum wage will rise to £11.44 an hour in April.",
    "prescriptions": "Prescription charges in England are frozen for the second year running.",
    "dentists": "Two-thirds of adults have not seen an NHS dentist in the past two years.",
}

# (sentence, the checked claim it restates)
RESTATED = [
    ("Child asthma admissions to hospital are down 33% since 2019.", "asthma"),
    ("Asthma hospital admissions for children dropped by one-third over four years.", "asthma"),
    ("50% of GP surgeries in the region are not taking on new patients.", "gp"),
    ("There are now more than 135k nurses working in the health service.", "nurses"),
    ("20% of A&E patients wait over four hours.", "emergency"),
    ("Only 85 per cent of five-year-olds are now vaccinated against measles.", "measles"),
    ("Rents for private tenants in the capital went up 12 percent over the last year.", "rents"),
    ("Last year the council delivered 4,200 affordable homes.", "homes"),
    ("Twice as many families are living in temporary accommodation as in 2015.", "shelter"),
    ("25% of first-time buyers rely on their parents for a deposit.", "deposit"),
    ("Outside London, bus passenger journeys are down 40 per cent on 2010.", "buses"),
    ("Cancelled trains are up by a fifth compared with a year earlier.", "rail"),
    ("1,700,000 potholes were repaired by councils in the last year.", "potholes"),
    ("Sixteen per cent of new cars sold in 2023 were electric.", "electric"),
    ("75% of commuters in the city drive to work.", "commuters"),
    ("Offences involving knives rose 7% year on year.", "knives"),
    ("Police officer numbers are 20k higher than in 2019.", "police"),
    ("Almost 40k teachers quit the profession in the last year.", "teachers"),
    ("Infant pupils are legally entitled to free school meals.", "meals"),
    ("Power station carbon emissions are 67% lower than in 1990.", "emissions"),
    ("£5.2 billion will be spent on flood defences over the next six years.", "floods"),
    ("13% of young people are unemployed, the highest in two years.", "jobless"),
    ("From April the minimum wage goes up to £11.44 per hour.", "wage"),
    ("Prescription charges in England will stay frozen for a second year.", "prescriptions"),
    ("Two in three adults have not seen an NHS dentist for two years.", "dentists"),
]

# Sentences of the same shape as a checked claim that restate none of them:
# another subject with the same figure, the same subject going the other way,
# or the same subject with another figure.
UNRELATED = [
    "Inflation has fallen by a third since 2019.",
    "Half of all public libraries in the county have closed since 2010.",
    "The army now employs 135,000 soldiers.",
    "One in five bridges in the county needs urgent repairs.",
    "Private rents in the capital have fallen by 12% in the past year.",
    "Bus passenger numbers outside London have risen by 40% since 2010.",
    "Train cancellations fell by a fifth in the twelve months to March.",
    "Knife crime offences are down by 7% on the previous year.",
    "Electric cars made up 26% of new car sales in 2023.",
    "The council built 4,200 new school places last year.",
    "Shoplifting offences are up by 7% on the previous year.",
    "Carbon emissions from aviation have risen by two-thirds since 1990.",
    "Nearly 40,000 nurses left the profession last year.",
    "Youth unemployment stands at 8%, the lowest level in two years.",
    "The minimum wage will rise to £12.21 an hour in April.",
    "A quarter of pensioners now need help from their children to pay energy bills.",
    "The government is spending £5.2bn on new prisons over six years.",
    "Measles vaccination rates for five-year-olds have risen to 85%.",
    "Councils filled 2.1 million potholes last year.",
    "Two-thirds of adults have not visited a library in the past two years.",
]
