"""Full-text search over claims: text, statement, verdict and speaker name."""

from django.db.models import Q, QuerySet


def search_claims(queryset: QuerySet, query: str) -> QuerySet:
    """Claims matching every word of `query`, case-insensitively."""
    for word in query.split():
        queryset = queryset.filter(
            Q(text__icontains=word)
            | Q(statement__icontains=word)
            | Q(verdict__icontains=word)
            | Q(speaker__name__icontains=word)
        )
    return queryset
