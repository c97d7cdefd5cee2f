"""What every public API endpoint shares: anonymous throttling, cursor pages, and
a 400 that names the parameter for an unknown `format`. ETags and 304s come from
Django's ConditionalGetMiddleware, for the API and the pages alike."""

from django.http import Http404
from drf_spectacular.utils import OpenApiResponse
from rest_framework.exceptions import ValidationError
from rest_framework.settings import api_settings
from rest_framework.throttling import AnonRateThrottle

from claims.api.pagination import Key, KeysetPagination

BAD_REQUEST = OpenApiResponse(description="A parameter is invalid: the body names it.")


class AnonThrottle(AnonRateThrottle):
    """Anonymous rate from settings, read per request (so tests can lower it)."""

    def get_rate(self):
        return api_settings.DEFAULT_THROTTLE_RATES.get(self.scope)


class PublicAPIMixin:
    throttle_classes = [AnonThrottle]
    pagination_class = KeysetPagination
    # The fixed order of the endpoint's pages: a name for cursors, and its keys.
    keyset_name = "id"
    keyset = [Key("id")]

    def get_keyset(self, request):
        return self.keyset_name, self.keyset

    def perform_content_negotiation(self, request, force=False):
        try:
            return super().perform_content_negotiation(request, force)
        except Http404:
            raise ValidationError(
                {"format": ["Unknown format: this endpoint answers in json."]}
            ) from None
