"""Hundred-and-seventeenth round: read from rounds 207 to 211 after they were measured. A
record mirror's heading printing an Irish name twice ("Photo of Seán Ó RoeSeán Ó Roe
(Northtown, Bus Party) | Oireachtas source"), and a message "by Jane Roe Director-General
of the Bus Office" reprinted by another site."""

RECORD = (
    "Dáil debates\n\nThursday, 7 May 2015\n\nTopical Issues\n\nBus Waiting Lists\n\n3:10 pm\n\n"
    "Photo of Seán Ó RóistínSeán Ó Róistín (Northtown South, Bus Party) | Oireachtas source\n\n"
    "Since the start of 2014 we have seen an almost continuous increase in bus waiting "
    "lists: 412,422 people are now waiting.\n"
)


def test_a_mirrors_heading_printing_an_irish_name_twice_opens_the_members_turn(speaker_of):
    metadata = {"kind": "parliamentary_record", "title": "Dáil debates", "publisher": "Mirror"}
    assert speaker_of(RECORD, "412,422", **metadata) == "Seán Ó Róistín"


MESSAGE = (
    "Information by Country\n\n"
    "We mark International Bus Day amidst a global crisis. Over the past year, bus "
    "unemployment has risen faster than overall unemployment, to 78 million.\n"
)


def test_a_message_by_a_named_director_general_is_his(speaker_of):
    title = (
        "Message by John Doe Director-General of the International Bus Office on the "
        "occasion of International Bus Day"
    )
    metadata = {"kind": "press_release", "title": title, "publisher": "Bus Education Forum"}
    assert speaker_of(MESSAGE, "78 million", **metadata) == "John Doe"


def test_a_statement_by_an_office_is_the_offices_not_a_name_before_it(speaker_of):
    text = (
        "The White Bus House\nPresident Jane Roe\n\nFor Immediate Release\n"
        "Office of the Press Secretary\n\nStatement by the Press Secretary\n\n"
        "As the bus market continues to change, President Roe is helping riders. Fares fell 4 "
        "per cent last year.\n"
    )
    title = "Statement by the Press Secretary (February 26, 2008)"
    metadata = {"kind": "press_release", "title": title, "publisher": "The White Bus House"}
    assert speaker_of(text, "4 per cent", **metadata) == "Press Secretary"
