"""Read-only API representation of source documents (SPEC §6)."""

from rest_framework import serializers

from sources.models import Source


class SourceSerializer(serializers.ModelSerializer):
    publisher = serializers.CharField(
        source="publisher.name",
        allow_null=True,
        default=None,
        help_text="Name of the organisation that published the source.",
    )
    claim_count = serializers.IntegerField(read_only=True, help_text="Published claims.")

    class Meta:
        model = Source
        fields = [
            "id",
            "title",
            "slug",
            "kind",
            "publisher",
            "url",
            "published_on",
            "archived_url",
            "language",
            "claim_count",
        ]
        extra_kwargs = {
            "id": {"help_text": "Stable numeric identifier."},
            "title": {"help_text": "The document's title."},
            "slug": {"help_text": "Stable identifier used in public page URLs."},
        }


class SourceDetailSerializer(SourceSerializer):
    class Meta(SourceSerializer.Meta):
        fields = [*SourceSerializer.Meta.fields, "body"]
        extra_kwargs = {
            **SourceSerializer.Meta.extra_kwargs,
            "body": {"help_text": "The full text; claim quote spans point into it."},
        }
