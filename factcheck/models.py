"""Small building blocks shared by the apps' models."""

from django import forms
from django.core.validators import URLValidator
from django.db import models
from django.db.models import Count, Exists, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils.text import slugify

# Evidence and source links are followed by readers: only http(s) is safe.
HTTP_URL_MESSAGE = "Enter a valid http:// or https:// address."
http_url_validator = URLValidator(schemes=["http", "https"], message=HTTP_URL_MESSAGE)


class HttpURLFormField(forms.URLField):
    default_error_messages = {"invalid": HTTP_URL_MESSAGE}
    default_validators = [http_url_validator]


class HttpURLField(models.URLField):
    """A URL field for links readers follow: http(s) only, and a bare
    `example.org` typed by an editor becomes https://example.org."""

    default_validators = [http_url_validator]

    def formfield(self, **kwargs):
        return super().formfield(
            **{"form_class": HttpURLFormField, "assume_scheme": "https", **kwargs}
        )


def http_url_constraint(field: str, *, name: str) -> models.CheckConstraint:
    """A database check that a URL field is empty or starts with http(s)://."""
    return models.CheckConstraint(
        condition=Q(**{field: ""})
        | Q(**{f"{field}__istartswith": "http://"})
        | Q(**{f"{field}__istartswith": "https://"}),
        name=name,
        violation_error_message="Only http:// and https:// links are allowed.",
    )


class TimeStampedModel(models.Model):
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True


class SluggedModel(models.Model):
    """A slug made once from `slug_source()` and kept when that text is edited,
    so that published URLs stay stable."""

    slug_max_length = 80

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = self.unique_slug(self.slug_source())
        super().save(*args, **kwargs)

    def slug_source(self) -> str:
        raise NotImplementedError

    def unique_slug(self, text: str) -> str:
        base = slugify(text)[: self.slug_max_length].strip("-") or self._meta.model_name
        others = type(self)._default_manager.exclude(pk=self.pk)
        slug, n = base, 2
        while others.filter(slug=slug).exists():
            suffix = f"-{n}"
            slug = base[: self.slug_max_length - len(suffix)].strip("-") + suffix
            n += 1
        return slug


class PublicThroughClaimsQuerySet(models.QuerySet):
    """Speakers, topics and sources: public once a public claim points at them,
    so nothing about a draft (not even who or what it is about) reaches readers.
    The claim model's `public()` is the one definition of a public claim."""

    def _claims_pointing_here(self):
        relation = self.model._meta.get_field("claims")
        claims = relation.related_model.objects.public()
        return claims.filter(**{relation.field.name: OuterRef("pk")}), relation.field.name

    def public(self):
        claims, _ = self._claims_pointing_here()
        return self.filter(Exists(claims))

    def with_public_claim_count(self, name: str = "claim_count"):
        """Annotate `name`: public claims per row. A subquery in the select list
        runs only for the rows shown, not for every row before the LIMIT."""
        claims, field = self._claims_pointing_here()
        counts = claims.order_by().values(field).annotate(n=Count("pk")).values("n")
        return self.annotate(**{name: Coalesce(Subquery(counts), 0)})
