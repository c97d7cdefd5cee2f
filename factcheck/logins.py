"""Login protection on top of django-axes, with two rules that a stranger cannot
turn against the desk:

1. An account is locked *at one address*: `AXES_LOCKOUT_PARAMETERS` counts failures
   per (username, address). Someone guessing at "editor" from elsewhere locks only
   themselves out; a colleague's typos lock only the colleague, not the office.
2. An address that fails for `LOGIN_ACCOUNTS_PER_ADDRESS` different usernames within
   the cool-off window is locked for every account (`address_tries_many_accounts`):
   one address cannot spray guesses across the desk's accounts.

Both lock for `AXES_COOLOFF_TIME`; `lockout_response` tells the person for how long
and how an editor unlocks them."""

import math

from axes.attempts import get_cool_off_threshold
from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_username
from axes.models import AccessAttempt
from axes.signals import user_locked_out
from django.conf import settings
from django.contrib import admin
from django.shortcuts import render


def address_tries_many_accounts(request) -> bool:
    """Whether this request's address failed for too many distinct usernames lately.

    Axes keeps one AccessAttempt row per (username, address, user agent), whatever
    the lockout parameters, so the rows of one address name the accounts it tried."""
    limit = settings.LOGIN_ACCOUNTS_PER_ADDRESS
    if not limit:
        return False
    attempts = AccessAttempt.objects.filter(ip_address=request.axes_ip_address)
    if settings.AXES_COOLOFF_TIME is not None:
        attempts = attempts.filter(attempt_time__gte=get_cool_off_threshold(request))
    tried = attempts.order_by().values("username").distinct()[:limit]
    return tried.count() >= limit


class LoginProtectionHandler(AxesDatabaseHandler):
    """Axes' database handler plus the many-accounts rule for an address."""

    def is_locked(self, request, credentials=None) -> bool:
        return super().is_locked(request, credentials) or address_tries_many_accounts(request)

    def user_login_failed(self, sender, credentials, request=None, **kwargs):
        super().user_login_failed(sender, credentials, request=request, **kwargs)
        if request is None or getattr(request, "axes_locked_out", False):
            return
        if self.is_whitelisted(request, credentials) or not address_tries_many_accounts(request):
            return
        request.axes_locked_out = True
        request.axes_credentials = credentials
        user_locked_out.send(
            "axes",
            request=request,
            username=get_client_username(request, credentials),
            ip_address=request.axes_ip_address,
        )


def cool_off_minutes() -> int:
    return math.ceil(settings.AXES_COOLOFF_TIME.total_seconds() / 60)


def lockout_response(request, original_response=None, credentials=None):
    """The lockout page: 429 with `Retry-After`, in the admin's look.

    Every refused attempt counts as a failure and restarts the cool-off
    (axes' `AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT`), so the whole period
    is the honest wait from now."""
    seconds = int(settings.AXES_COOLOFF_TIME.total_seconds())
    context = {
        **admin.site.each_context(request),
        "title": "Too many login attempts",
        "username": get_client_username(request, credentials) or "",
        "minutes": cool_off_minutes(),
        "failure_limit": settings.AXES_FAILURE_LIMIT,
        "accounts_limit": settings.LOGIN_ACCOUNTS_PER_ADDRESS,
    }
    response = render(request, "registration/locked_out.html", context, status=429)
    response["Retry-After"] = str(seconds)
    return response
