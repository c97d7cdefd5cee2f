"""The client address for django-axes.

The response headers are set by Django's SecurityMiddleware, django-csp and
django-permissions-policy (see the settings)."""

from django.conf import settings


def client_ip(request) -> str | None:
    """The client's address for login lockouts.

    Behind a reverse proxy every request comes from the proxy: set
    `CLIENT_IP_HEADER` (e.g. `HTTP_X_FORWARDED_FOR`) and the address the proxy
    appended last is used; earlier entries can be forged by the client."""
    header = settings.CLIENT_IP_HEADER
    if header:
        forwarded = request.META.get(header, "")
        if forwarded:
            return forwarded.split(",")[-1].strip()
    return request.META.get("REMOTE_ADDR")
