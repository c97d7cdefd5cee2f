"""Public reads from a read replica, everything else from the primary
(docs/deployment.md#a-read-replica).

Active when `DATABASE_REPLICA_URL` is set (settings: `DATABASES["replica"]`, this
router, and `PrimaryPinMiddleware` first in the middleware). The rule is simple on
purpose, so that an editor never reads a page older than their own change:

- a request reads from the replica only if it is a GET/HEAD/OPTIONS without a
  session cookie (an anonymous reader: staff are signed in, so carry one) and
  without the pin cookie below;
- every write goes to the primary, and once a request has written, the rest of it
  reads from the primary; its response sets a pin cookie for
  `REPLICA_PIN_SECONDS`, so the same browser reads its own writes on the next
  requests while the replica catches up;
- outside a request (management commands, Celery jobs, the shell) everything uses
  the primary.
"""

from contextvars import ContextVar
from dataclasses import dataclass

from django.conf import settings
from django.db import connections

PRIMARY = "default"
REPLICA = "replica"
PIN_COOKIE = "primary_pin"
SAFE_METHODS = ("GET", "HEAD", "OPTIONS")


@dataclass
class _Routing:
    use_replica: bool
    wrote: bool = False


# None outside a request: the primary.
_current: ContextVar[_Routing | None] = ContextVar("db_routing", default=None)


def replica_configured() -> bool:
    return REPLICA in connections.settings


def reads_from_replica(request) -> bool:
    """An anonymous reader's request: nothing it does needs the latest write."""
    return (
        request.method in SAFE_METHODS
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and PIN_COOKIE not in request.COOKIES
    )


class PrimaryReplicaRouter:
    def db_for_read(self, model, **hints):
        routing = _current.get()
        if routing is None or not routing.use_replica or not replica_configured():
            return PRIMARY
        return REPLICA

    def db_for_write(self, model, **hints):
        routing = _current.get()
        if routing is not None:
            # The rest of this request reads what it has just written.
            routing.wrote = True
            routing.use_replica = False
        return PRIMARY

    def allow_relation(self, obj1, obj2, **hints):
        # One data set: the replica is a copy of the primary.
        return True

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        return db == PRIMARY


class PrimaryPinMiddleware:
    """Decides per request which database reads go to (see the module docstring).
    First in the middleware, before the session is read."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        routing = _Routing(use_replica=reads_from_replica(request))
        token = _current.set(routing)
        try:
            response = self.get_response(request)
        finally:
            _current.reset(token)
        if routing.wrote:
            response.set_cookie(
                PIN_COOKIE,
                "1",
                max_age=settings.REPLICA_PIN_SECONDS,
                secure=settings.SESSION_COOKIE_SECURE,
                httponly=True,
                samesite="Lax",
            )
        return response
