"""The editors' admin for claims, one module per kind of object."""

from claims.admin import claim, evidence, people, revisions

__all__ = ["claim", "evidence", "people", "revisions"]
