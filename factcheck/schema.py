"""The OpenAPI schema, generated once per process and language, then served from memory.

drf-spectacular generates the schema on every request, and its generation is not
thread-safe: concurrent first requests after a restart failed (issue 14). Here one
thread generates it, under a lock, while the others wait for it; every later request
is served the same document. It is generated without the request, so no client's
headers end up in it. A changed setting (in tests) forgets it.
"""

import threading

from django.core.signals import setting_changed
from django.dispatch import receiver
from django.utils import translation
from rest_framework.response import Response

from factcheck.views import SchemaView

_lock = threading.Lock()
_schemas: dict[tuple, dict] = {}


def schema_for(view) -> dict:
    """The schema for the active language, generated on first use."""
    key = (translation.get_language(), view.serve_public)
    schema = _schemas.get(key)
    if schema is None:
        with _lock:
            schema = _schemas.get(key)
            if schema is None:
                generator = view.generator_class(
                    urlconf=view.urlconf, api_version=view.api_version, patterns=view.patterns
                )
                schema = generator.get_schema(request=None, public=view.serve_public)
                _schemas[key] = schema
    return schema


def warm() -> None:
    """Generate the schema now (at start-up) rather than on its first request."""
    schema_for(CachedSchemaView())


@receiver(setting_changed)
def _forget(**kwargs):
    _schemas.clear()


class CachedSchemaView(SchemaView):
    """/api/schema/: the project's schema view, served from `schema_for`."""

    def _get_schema_response(self, request):
        filename = self._get_filename(request, None)
        return Response(
            data=schema_for(self),
            headers={"Content-Disposition": f'inline; filename="{filename}"'},
        )
