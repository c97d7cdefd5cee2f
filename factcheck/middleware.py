"""Response headers Django's SecurityMiddleware does not set."""

from django.conf import settings


class ContentSecurityPolicyMiddleware:
    """Send `CONTENT_SECURITY_POLICY` (and `PERMISSIONS_POLICY`) on every response.

    The policy allows no inline script: pages load their scripts from files, and
    JSON-LD blocks (`<script type="application/ld+json">`) are data, not run."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.policy = settings.CONTENT_SECURITY_POLICY
        self.report_only = settings.CONTENT_SECURITY_POLICY_REPORT_ONLY
        self.permissions_policy = settings.PERMISSIONS_POLICY

    def __call__(self, request):
        response = self.get_response(request)
        if self.policy:
            header = "Content-Security-Policy"
            if self.report_only:
                header += "-Report-Only"
            response.headers.setdefault(header, self.policy)
        if self.permissions_policy:
            response.headers.setdefault("Permissions-Policy", self.permissions_policy)
        return response


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
