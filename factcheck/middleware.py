"""The client address (throttles, export slots, django-axes), a guard against NUL
characters, and a 503 when the database is unavailable.

The response headers are set by Django's SecurityMiddleware, django-csp and
django-permissions-policy (see the settings)."""

import ipaddress
import logging
from functools import lru_cache
from urllib.parse import parse_qsl

from django.conf import settings
from django.db import DatabaseError, InterfaceError, OperationalError
from django.http import Http404, HttpResponse, JsonResponse
from django.template import loader
from django.utils.cache import add_never_cache_headers

from factcheck import views

# Django's own message for a NUL in a form field.
NULL_CHARACTERS = "Null characters are not allowed."


def trusted_proxies() -> tuple:
    """`TRUSTED_PROXIES` as networks (an address is a network of one)."""
    return _networks(tuple(settings.TRUSTED_PROXIES))


@lru_cache(maxsize=8)
def _networks(entries: tuple[str, ...]) -> tuple:
    return tuple(ipaddress.ip_network(entry, strict=False) for entry in entries)


def _address(value: str):
    try:
        return ipaddress.ip_address(value.strip())
    except ValueError:
        return None


def client_ip(request) -> str | None:
    """The client's address: the one identity of the API throttles, the search
    throttle, the export slots and the login lockout (django-axes).

    `X-Forwarded-For` (or the header `CLIENT_IP_HEADER` names) is read only when the
    request comes from one of `TRUSTED_PROXIES`; then the right-most address that is
    not a trusted proxy is the client (each proxy appends the address it was reached
    from; everything left of that can be written by the client). Without trusted
    proxies (the default) the header is ignored: `REMOTE_ADDR`."""
    remote = request.META.get("REMOTE_ADDR")
    networks = trusted_proxies()
    if not networks:
        return remote

    def trusted(address) -> bool:
        return any(address in network for network in networks)

    address = _address(remote or "")
    if address is None or not trusted(address):
        return remote
    forwarded = request.META.get(settings.CLIENT_IP_HEADER or "HTTP_X_FORWARDED_FOR", "")
    for entry in reversed(forwarded.split(",")):
        hop = _address(entry)
        if hop is None:
            # Garbage where an address should be: stop at the last proxy we trust.
            return str(address)
        if not trusted(hop):
            return str(hop)
        address = hop
    return str(address)


class RefuseNullCharactersMiddleware:
    """A NUL in the query string is a 400 naming the parameter, in the path a 404,
    before any view runs: no text column holds one (PostgreSQL refuses it with an
    error), so no filter, search, cursor or slug needs a guard of its own. JSON
    under /api/, the site's pages elsewhere."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "\x00" in request.path:
            return views.page_not_found(request, Http404("No page has a NUL in its address."))
        query = request.META.get("QUERY_STRING", "")
        if "%00" in query or "\x00" in query:
            pairs = parse_qsl(query, keep_blank_values=True)
            name = next((n for n, v in pairs if "\x00" in v and "\x00" not in n), None)
            if not views.is_api_request(request):
                return views.bad_request(
                    request,
                    None,
                    message=f"{(name or 'a parameter')[:40]}: null characters are not allowed",
                )
            body = {name: [NULL_CHARACTERS]} if name else {"detail": NULL_CHARACTERS}
            return JsonResponse(body, status=400)
        return self.get_response(request)


logger = logging.getLogger(__name__)

# How long a client is asked to wait when the database is unavailable, in seconds.
DATABASE_RETRY_AFTER = 10


def is_database_unavailable(error: BaseException) -> bool:
    """The database cannot answer now (down, unreachable, too slow: a connect or
    statement timeout, a lock wait), as opposed to a constraint, bad data or a bug in
    a query (IntegrityError, DataError, ProgrammingError: subclasses of DatabaseError
    that waiting would not cure)."""
    return isinstance(error, OperationalError | InterfaceError) or type(error) is DatabaseError


class DatabaseUnavailableMiddleware:
    """A view or template that fails because the database is unavailable answers 503
    with `Retry-After`: JSON under /api/, the site's own page elsewhere (which needs
    no database). The error is logged as a 500 would be."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not is_database_unavailable(exception):
            return None
        logger.error(
            "Database unavailable: %s %s", request.method, request.path, exc_info=exception
        )
        if views.is_api_request(request):
            response = JsonResponse(
                {
                    "detail": "The database is not answering: try again in "
                    f"{DATABASE_RETRY_AFTER} seconds.",
                    "retry_after": DATABASE_RETRY_AFTER,
                },
                status=503,
            )
        else:
            response = HttpResponse(loader.render_to_string("503.html"), status=503)
        response["Retry-After"] = str(DATABASE_RETRY_AFTER)
        add_never_cache_headers(response)
        return response
