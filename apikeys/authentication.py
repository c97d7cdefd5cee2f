"""Newsroom API keys on the read-only API: `Authorization: Bearer <key>` or
`X-API-Key: <key>`.

A keyed request stays anonymous as far as permissions go (`request.user` is the
AnonymousUser, so the API stays read-only and CSRF never applies); `request.auth` is
the APIKey, which the throttles read. A key that is sent but not good is a 401 with a
JSON message, never a silent fall-back to the anonymous rate."""

from django.contrib.auth.models import AnonymousUser
from rest_framework import exceptions, status
from rest_framework.authentication import BaseAuthentication

from apikeys.models import KEY_PATTERN, APIKey

HEADER = "HTTP_X_API_KEY"
SCHEME = "bearer"
CHALLENGE = 'Bearer realm="api"'


class InvalidAPIKey(exceptions.APIException):
    """401 with a challenge. Not an AuthenticationFailed: DRF would turn that into a
    403 whenever the first authentication class (the session) has no challenge."""

    status_code = status.HTTP_401_UNAUTHORIZED
    default_code = "invalid_api_key"
    auth_header = CHALLENGE


def sent_key(request) -> str | None:
    """The key the client sent, "" for an empty one, None when it sent none.

    Other `Authorization` schemes are not ours (a proxy's Basic login on a staging
    site, say) and are left alone."""
    keys = set()
    scheme, _, value = request.META.get("HTTP_AUTHORIZATION", "").strip().partition(" ")
    if scheme.lower() == SCHEME:
        keys.add(value.strip())
    if HEADER in request.META:
        keys.add(request.META[HEADER].strip())
    if len(keys) > 1:
        raise InvalidAPIKey("Two different API keys were sent: send one.")
    return keys.pop() if keys else None


class APIKeyAuthentication(BaseAuthentication):
    def authenticate(self, request):
        key = sent_key(request)
        if key is None:
            return None
        match = KEY_PATTERN.match(key)
        if not match:
            raise InvalidAPIKey(
                "Malformed API key: send the whole key you were given, as "
                "`Authorization: Bearer <key>`."
            )
        # One query. The prefix is not secret; the comparison of hashes is constant-time.
        try:
            found = APIKey.objects.get(prefix=match["prefix"])
        except APIKey.DoesNotExist:
            found = None
        if found is None or not found.matches(key):
            raise InvalidAPIKey("Unknown API key.")
        if found.is_revoked:
            raise InvalidAPIKey(
                "This API key was revoked on "
                f"{found.revoked_at:%Y-%m-%d}. Ask the desk for a new one."
            )
        found.note_use()
        return AnonymousUser(), found
