"""A small published site for the reader-trust browser tests: a corrected claim, a
claim still being checked, a publication's own text, a topic and a source."""

import datetime
import importlib

from django.apps import apps

from claims.models import Claim, Speaker
from tests.factories import (
    ClaimFactory,
    CorrectionFactory,
    EvidenceFactory,
    SourceFactory,
    SpeakerFactory,
    TopicFactory,
)

BODY = (
    "Treaty signed to strengthen UK-Rwanda Migration Partnership\n\n"
    "Home Secretary James Cleverly said:\n\n"
    "Our work has led to crossings coming down by a third compared to last year.\n\n"
    "Rwanda is hosting over 135,000\u00a0asylum seekers who have found sanctuary there."
)


def placed(source, quote, **kwargs):
    claim = ClaimFactory.build(text=quote, source=source, **kwargs)
    claim.full_clean()
    claim.save()
    return claim


def write_standing_pages():
    """The pages the data migration writes: transactional tests empty every table."""
    migration = importlib.import_module("pages.migrations.0002_write_initial_pages")
    migration.write_pages(apps, None)


def build_site():
    write_standing_pages()
    speaker = SpeakerFactory(name="James Cleverly", role="Home Secretary")
    encyclopedia = SpeakerFactory(
        name="Wikipedia", kind=Speaker.Kind.PUBLICATION, role="", organisation=""
    )
    source = SourceFactory(title="Treaty signed to strengthen UK-Rwanda Migration Partnership")
    source.body = BODY
    source.save()
    topic = TopicFactory(name="Migration")
    crossings = placed(
        source,
        "crossings coming down by a third compared to last year",
        statement="Small-boat crossings in 2023 were a third lower than in 2022.",
        speaker=speaker,
        rating=Claim.Rating.MOSTLY_ACCURATE,
        verdict="Home Office figures show 29,437 arrivals in 2023 against 45,774 in 2022.",
    )
    hosting = placed(
        source,
        "Rwanda is hosting over 135,000 asylum seekers",
        statement="Rwanda hosts more than 135,000 asylum seekers.",
        speaker=speaker,
        rating=Claim.Rating.MISLEADING,
        verdict="UNHCR counts refugees and asylum seekers together.",
    )
    for claim in (crossings, hosting):
        claim.topics.set([topic])
        EvidenceFactory(claim=claim, title=f"Evidence for {claim.slug}")
    correction = CorrectionFactory(
        claim=crossings,
        old_rating=Claim.Rating.ACCURATE,
        new_rating=Claim.Rating.MOSTLY_ACCURATE,
        note="We compared the wrong periods; the fall is about a third, not more.",
    )
    in_progress = ClaimFactory(
        text="A claim still being checked.",
        speaker=speaker,
        status=Claim.Status.IN_PROGRESS,
        rating="",
        verdict="",
        said_on=datetime.date(2023, 11, 1),
    )
    narration = ClaimFactory(
        text="The partnership was announced in April 2022.",
        speaker=encyclopedia,
        rating=Claim.Rating.ACCURATE,
    )
    ClaimFactory(text="A draft nobody may see.", speaker=speaker, draft=True)
    return {
        "speaker": speaker,
        "publication": encyclopedia,
        "source": source,
        "topic": topic,
        "claims": [crossings, hosting],
        "in_progress": in_progress,
        "narration": narration,
        "correction": correction,
    }
