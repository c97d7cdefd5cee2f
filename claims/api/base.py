"""What every public API endpoint shares: throttling (anonymous clients, and
newsroom API keys at their own rate), cursor pages, and strict parameters: an
unknown parameter, a single-valued one given twice, or an unknown `format` is a
400 that names it. ETags and 304s come from Django's
ConditionalGetMiddleware, for the API and the pages alike."""

import logging
import math

from django.core.exceptions import SuspiciousOperation
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404
from django.urls import reverse
from django_filters import MultipleChoiceFilter
from django_filters import utils as filter_utils
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.utils import OpenApiResponse
from rest_framework.exceptions import APIException, Throttled, ValidationError
from rest_framework.response import Response
from rest_framework.settings import api_settings
from rest_framework.throttling import AnonRateThrottle, SimpleRateThrottle
from rest_framework.views import exception_handler

from apikeys.authentication import InvalidAPIKey
from apikeys.models import APIKey
from claims.api.pagination import BIGINT_RANGE, Key, KeysetPagination
from factcheck import cache as page_cache
from factcheck import middleware
from factcheck.cache_outage import FailOpenThrottle

BAD_REQUEST = OpenApiResponse(description="A parameter is invalid: the body names it.")


def api_exception_handler(exc, context):
    """DRF's handler, plus the request errors Django raises (too many parameters, a
    value the ORM refuses) as JSON 400s. Anything else is re-raised: Django logs it
    and answers with `factcheck.views.server_error`, a JSON 500 under /api/."""
    if isinstance(exc, SuspiciousOperation):
        # Logged as Django logs it, for those who watch for probing.
        security = logging.getLogger(f"django.security.{exc.__class__.__name__}")
        security.error(str(exc), extra={"status_code": 400, "request": context.get("request")})
        exc = ValidationError({"detail": str(exc) or "Bad request."})
    elif isinstance(exc, DjangoValidationError):
        exc = ValidationError(exc.message_dict if hasattr(exc, "error_dict") else exc.messages)
    return exception_handler(exc, context)


class FilterBackend(DjangoFilterBackend):
    """django-filter's, with whole numbers held to the database's 64 bits: a larger
    id is a 400 naming it, not an overflow in the database driver."""

    def filter_queryset(self, request, queryset, view):
        filterset = self.get_filterset(request, queryset, view)
        if filterset is None:
            return queryset
        if not filterset.is_valid():
            raise filter_utils.translate_validation(filterset.errors)
        for name, value in filterset.form.cleaned_data.items():
            if type(value) is int and value not in BIGINT_RANGE:
                raise ValidationError({name: ["Out of range: no row has this number."]})
        # Kept for the paginator's facets, which count by the filters' cleaned values.
        view.filterset = filterset
        return filterset.qs


class AnonThrottle(FailOpenThrottle, AnonRateThrottle):
    """Anonymous rate from settings, read per request (so tests can lower it). A
    client with an API key is counted by APIKeyThrottle instead."""

    def get_rate(self):
        return api_settings.DEFAULT_THROTTLE_RATES.get(self.scope)

    def get_ident(self, request):
        # The one client identity (trusted proxies only), not DRF's NUM_PROXIES.
        return middleware.client_ip(request) or "unknown"

    def allow_request(self, request, view):
        if isinstance(request.auth, APIKey):
            return True
        return super().allow_request(request, view)


class APIKeyThrottle(FailOpenThrottle, SimpleRateThrottle):
    """A client with an API key, counted per key (not per address), at the key's own
    rate or else `API_KEY_RATE`, read per request."""

    scope = "apikey"

    def __init__(self):
        # The rate depends on the key: allow_request sets it.
        pass

    def allow_request(self, request, view):
        if not isinstance(request.auth, APIKey):
            return True
        self.rate = key_rate(request.auth)
        self.num_requests, self.duration = self.parse_rate(self.rate)
        return super().allow_request(request, view)

    def get_cache_key(self, request, view):
        return self.cache_format % {"scope": self.scope, "ident": request.auth.pk}


def key_rate(key: APIKey) -> str:
    return key.rate or api_settings.DEFAULT_THROTTLE_RATES.get(APIKeyThrottle.scope)


class RateLimited(Throttled):
    """A 429 with `Retry-After` and a JSON body that says what to do next."""

    def __init__(self, wait, body):
        self.wait = math.ceil(wait)
        APIException.__init__(self)
        self.detail = {**body, "retry_after": self.wait}


def throttled_body(request, wait: int) -> dict:
    if isinstance(request.auth, APIKey):
        return {
            "detail": f"This API key's rate ({key_rate(request.auth)}) is used up: "
            f"try again in {wait} seconds.",
        }
    number, _, period = api_settings.DEFAULT_THROTTLE_RATES.get(AnonThrottle.scope).partition("/")
    return {
        "detail": f"Anonymous clients may make {number} requests per {period}: "
        f"try again in {wait} seconds.",
        "api_key": "Newsrooms and researchers can ask the desk for an API key, for a "
        "higher rate; send it as `Authorization: Bearer <key>`. See the API documentation at "
        f"{request.build_absolute_uri(reverse('api-docs'))}.",
    }


class ServedFromCache(Exception):
    """Raised by `initial` to answer with a cached response instead of the view's."""

    def __init__(self, response):
        super().__init__()
        self.response = response


class PublicAPIMixin:
    throttle_classes = [AnonThrottle, APIKeyThrottle]
    filter_backends = [FilterBackend]
    pagination_class = KeysetPagination
    # The fixed order of the endpoint's pages: a name for cursors, and its keys.
    keyset_name = "id"
    keyset = [Key("id")]

    # Parameters of the endpoint's own, beside its FilterSet's and its paginator's.
    query_parameters: tuple[str, ...] = ()
    # Of those, the ones that may be given more than once.
    multi_valued_parameters: tuple[str, ...] = ()

    # Reads are kept in the shared cache (factcheck/cache.py); streamed exports never are.
    page_cache = True

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        if request.method in ("GET", "HEAD"):
            self.check_query_parameters(request.query_params)
        # After the throttles and the parameter checks: a cached answer is counted and
        # refused as a fresh one would be.
        self.page_cache_key = None
        if (
            self.page_cache
            and page_cache.page_cache_enabled()
            and page_cache.is_cacheable_request(request)
        ):
            self.page_cache_key = page_cache.page_key(request, vary=("HTTP_ACCEPT",))
            if (
                self.page_cache_key
                and (cached := page_cache.cached_response(self.page_cache_key)) is not None
            ):
                raise ServedFromCache(cached)

    def handle_exception(self, exc):
        if isinstance(exc, ServedFromCache):
            self.page_cache_key = None
            page_cache.add_public_headers(exc.response)
            return exc.response
        return super().handle_exception(exc)

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        key = getattr(self, "page_cache_key", None)
        if key and page_cache.is_cacheable_response(request, response):
            page_cache.add_public_headers(response)
            if isinstance(response, Response) and not response.is_rendered:
                # Stored once rendered, as the client will receive it.
                response.add_post_render_callback(
                    lambda rendered: page_cache.store_response(key, rendered)
                )
            else:
                page_cache.store_response(key, response)
        return response

    def check_query_parameters(self, params):
        """Every parameter known to this endpoint, and given once unless it takes many."""
        known, multi = self.known_query_parameters()
        for name in params:
            if name not in known:
                paginator = getattr(self, "paginator", None)
                hint = getattr(paginator, "refused_parameters", {}).get(name)
                listing = ", ".join(sorted(known))
                raise ValidationError({name: [hint or f"Unknown parameter. Known: {listing}."]})
            if name not in multi and len(params.getlist(name)) > 1:
                raise ValidationError({name: ["Give this parameter once."]})

    def known_query_parameters(self) -> tuple[set[str], set[str]]:
        """(known, multi-valued) names: the FilterSet's filters (on lists), the
        paginator's parameters, the endpoint's own, and `format`."""
        known = {api_settings.URL_FORMAT_OVERRIDE, *self.query_parameters}
        multi = set(self.multi_valued_parameters)
        if getattr(self, "action", "list") in ("list", None):
            filterset_class = getattr(self, "filterset_class", None)
            if filterset_class is not None:
                for name, filter_ in filterset_class.base_filters.items():
                    known.add(name)
                    if isinstance(filter_, MultipleChoiceFilter):
                        multi.add(name)
            paginator = getattr(self, "paginator", None)
            if paginator is not None:
                known.update(p["name"] for p in paginator.get_schema_operation_parameters(self))
                multi.update(getattr(paginator, "multi_valued_parameters", ()))
        return known, multi

    def get_keyset(self, request, queryset=None):
        return self.keyset_name, self.keyset

    def throttled(self, request, wait):
        # DRF gives no wait when it cannot tell one: ask for a minute.
        wait = math.ceil(wait) if wait is not None else 60
        raise RateLimited(wait, throttled_body(request, wait))

    def perform_authentication(self, request):
        try:
            super().perform_authentication(request)
        except InvalidAPIKey:
            # Refused before the throttles run: count it as anonymous, or guessing
            # keys would be the one unthrottled request.
            throttle = AnonThrottle()
            if not throttle.allow_request(request, self):
                self.throttled(request, throttle.wait())
            raise

    def perform_content_negotiation(self, request, force=False):
        try:
            return super().perform_content_negotiation(request, force)
        except Http404:
            raise ValidationError(
                {"format": ["Unknown format: this endpoint answers in json."]}
            ) from None
