"""The health check, and the error pages: JSON under /api/, the site's pages elsewhere."""

import copy
import logging
import threading
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, DatabaseError
from django.db.utils import load_backend
from django.http import Http404, HttpResponseBadRequest, JsonResponse
from django.template import loader
from django.views import defaults
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe
from drf_spectacular.views import SpectacularAPIView
from rest_framework.exceptions import ValidationError
from rest_framework.renderers import JSONRenderer

API_PREFIX = "/api/"

logger = logging.getLogger(__name__)


# /healthz answers within this many seconds, whatever the database does.
HEALTHZ_DEADLINE = 1.5
# Its own connection's limits: to connect (PostgreSQL, whole seconds), to wait for a lock
# (SQLite) and for the query (PostgreSQL's statement_timeout, in milliseconds).
HEALTHZ_CONNECT_TIMEOUT = 1
HEALTHZ_STATEMENT_TIMEOUT_MS = 1000

_probe_lock = threading.Lock()
_probe: Future | None = None


def database_answers() -> bool:
    """`SELECT 1` on a connection of its own, with short timeouts: not the request's
    connection, which has the site's longer ones and may be stuck in a query."""
    params = copy.deepcopy(settings.DATABASES[DEFAULT_DB_ALIAS])
    if params["ENGINE"] == "django.db.backends.postgresql":
        params["OPTIONS"] = {
            **params.get("OPTIONS", {}),
            "connect_timeout": HEALTHZ_CONNECT_TIMEOUT,
            "options": f"-c statement_timeout={HEALTHZ_STATEMENT_TIMEOUT_MS}",
        }
    elif params["ENGINE"] == "django.db.backends.sqlite3":
        params["OPTIONS"] = {**params.get("OPTIONS", {}), "timeout": HEALTHZ_CONNECT_TIMEOUT}
    probe = load_backend(params["ENGINE"]).DatabaseWrapper(params, alias="healthz")
    try:
        with probe.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except DatabaseError:
        return False
    finally:
        probe.close()


@never_cache
@require_safe
def healthz(request):
    """For load balancers and uptime checks: 200 when the database answers, 503 when it
    does not, within HEALTHZ_DEADLINE seconds either way. The probe runs in a thread of
    its own; requests that come while one is still waiting (on a hung database) wait
    for that one instead of starting another, so probes cannot pile up."""
    global _probe
    with _probe_lock:
        if _probe is None or _probe.done():
            _probe = Future()
            threading.Thread(target=_run_probe, args=(_probe,), daemon=True).start()
        probe = _probe
    try:
        ok = probe.result(timeout=HEALTHZ_DEADLINE)
    except FutureTimeout:
        ok = False
    if not ok:
        return JsonResponse({"status": "error", "database": "unavailable"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


def _run_probe(future: Future) -> None:
    try:
        future.set_result(database_answers())
    except Exception as error:  # an unexpected failure is a 503 too
        future.set_result(False)
        logger.warning("Health check failed: %r", error)


def is_api_request(request) -> bool:
    return request.path_info.startswith(API_PREFIX)


def api_error(status: int, detail: str) -> JsonResponse:
    return JsonResponse({"detail": detail}, status=status)


# Django's handler400/403/404/500: the same status and a JSON `detail` for the API,
# whose clients parse JSON, and the site's own pages for readers.


def bad_request(request, exception, message: str = ""):
    """Rendered without the request: it may be the bad part (a disallowed host)."""
    if is_api_request(request):
        return api_error(400, message or "Bad request: the address or a parameter is malformed.")
    page = loader.get_template("400.html").render({"message": message})
    return HttpResponseBadRequest(page)


def permission_denied(request, exception):
    if is_api_request(request):
        return api_error(403, "You do not have permission to do this.")
    return defaults.permission_denied(request, exception)


def page_not_found(request, exception):
    if is_api_request(request):
        return api_error(404, "Not found: no API endpoint or object at this address.")
    return defaults.page_not_found(request, exception)


def server_error(request):
    if is_api_request(request):
        return api_error(500, "Server error: it has been logged; try again later.")
    return defaults.server_error(request)


class SchemaView(SpectacularAPIView):
    """The OpenAPI schema. Strict about its parameters, like the API (`format`: json or
    yaml, `lang`: one of the site's languages, nothing else), with errors in JSON;
    no request value reaches a header (the schema view of drf-spectacular would copy
    `version` into the file name of `Content-Disposition`)."""

    query_parameters = ("format", "lang")

    def initial(self, request, *args, **kwargs):
        params = request.query_params
        for name in params:
            if name not in self.query_parameters:
                raise ValidationError(
                    {name: [f"Unknown parameter. Known: {', '.join(self.query_parameters)}."]}
                )
            if len(params.getlist(name)) > 1:
                raise ValidationError({name: ["Give this parameter once."]})
        languages = dict(settings.LANGUAGES)
        if "lang" in params and params["lang"] not in languages:
            raise ValidationError({"lang": [f"Give one of {', '.join(languages)}."]})
        super().initial(request, *args, **kwargs)

    def perform_content_negotiation(self, request, force=False):
        try:
            return super().perform_content_negotiation(request, force)
        except Http404:
            formats = sorted({renderer.format for renderer in self.get_renderers()})
            raise ValidationError({"format": [f"Give one of {', '.join(formats)}."]}) from None

    def handle_exception(self, exc):
        # Errors in JSON, whichever of the schema's formats was asked for.
        self.request.accepted_renderer = JSONRenderer()
        self.request.accepted_media_type = JSONRenderer.media_type
        return super().handle_exception(exc)

    def _get_filename(self, request, version):
        return super()._get_filename(request, None)
