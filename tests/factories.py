import datetime

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from claims.models import Claim, Correction, Evidence, Speaker, StaffProfile, Topic
from sources.models import Publisher, Source


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ["username"]
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@newsroom.example")
    is_staff = True
    password = factory.django.Password("correct-horse-battery-staple")

    @factory.post_generation
    def groups(self, create, names, **kwargs):
        if create and names:
            self.groups.set(Group.objects.filter(name__in=names))


class PublisherFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Publisher
        django_get_or_create = ["name"]

    name = factory.Sequence(lambda n: f"Ministry of Examples {n}")
    url = "https://www.gov.uk/"


class SourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Source

    title = factory.Sequence(lambda n: f"Press release number {n}")
    kind = Source.Kind.PRESS_RELEASE
    publisher = factory.SubFactory(PublisherFactory)
    url = factory.Sequence(lambda n: f"https://www.gov.uk/government/news/release-{n}")
    published_on = datetime.date(2023, 12, 5)
    body = (
        "Home Secretary James Cleverly said:\n\n"
        "Our work has led to crossings coming down by a third compared to last year.\n\n"
        "Rwanda is hosting over 135,000\u00a0asylum seekers who have found sanctuary there."
    )


class SpeakerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Speaker

    name = factory.Sequence(lambda n: f"Speaker {n}")
    role = "Home Secretary"
    organisation = "UK Government"
    country = "United Kingdom"


class TopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Topic
        django_get_or_create = ["name"]

    name = factory.Sequence(lambda n: f"Topic {n}")


class ClaimFactory(factory.django.DjangoModelFactory):
    """A published, checked claim with no source; use `draft=True` for a draft."""

    class Meta:
        model = Claim
        skip_postgeneration_save = True

    class Params:
        draft = factory.Trait(published_at=None)
        unverified = factory.Trait(status=Claim.Status.UNVERIFIED, rating="", verdict="")

    text = factory.Sequence(lambda n: f"Crossings fell by a third in year {2000 + n}.")
    statement = factory.LazyAttribute(lambda c: f"Restated: {c.text}")
    speaker = factory.SubFactory(SpeakerFactory)
    said_on = datetime.date(2023, 12, 5)
    status = Claim.Status.CHECKED
    rating = Claim.Rating.MOSTLY_ACCURATE
    verdict = "Official statistics show a fall of about a third."
    published_at = factory.LazyFunction(timezone.now)
    # As services.claim_publish records it: a published check is dated.
    checked_on = factory.LazyAttribute(
        lambda c: (
            timezone.localdate(c.published_at)
            if c.status == Claim.Status.CHECKED and c.published_at
            else None
        )
    )

    @factory.post_generation
    def topics(self, create, topics, **kwargs):
        if create and topics:
            self.topics.set(topics)


class EvidenceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Evidence

    claim = factory.SubFactory(ClaimFactory)
    url = factory.Sequence(lambda n: f"https://www.gov.uk/statistics/{n}")
    title = "Small boat arrivals: official statistics"
    publisher = "Home Office"
    stance = Evidence.Stance.SUPPORTS


class CorrectionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Correction

    claim = factory.SubFactory(ClaimFactory)
    old_rating = Claim.Rating.ACCURATE
    new_rating = Claim.Rating.MOSTLY_ACCURATE
    note = "The comparison period was corrected."


class StaffProfileFactory(factory.django.DjangoModelFactory):
    """A staff account's public name, as its user sets it."""

    class Meta:
        model = StaffProfile
        django_get_or_create = ["user"]

    user = factory.SubFactory(UserFactory)
    display_name = factory.Sequence(lambda n: f"Jane Checker {n}")
