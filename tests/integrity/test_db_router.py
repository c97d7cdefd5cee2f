"""The read-replica router (factcheck/db_router.py): anonymous readers read from the
replica; writes, staff and a browser that has just written use the primary.

The replica is an alias mirrored onto the test database (`TEST: {"MIRROR":
"default"}`), registered when this module is collected so that the test databases
are set up with it; the router and its middleware are switched on per test."""

import copy

import pytest
from django.db import connections
from django.http import HttpResponse
from django.test.utils import CaptureQueriesContext

from claims.models import Claim
from factcheck import db_router
from tests.factories import ClaimFactory, UserFactory

ON_POSTGRESQL = connections[db_router.PRIMARY].vendor == "postgresql"
if ON_POSTGRESQL and db_router.REPLICA not in connections.settings:
    replica = copy.deepcopy(connections.settings[db_router.PRIMARY])
    replica["TEST"] = {**replica.get("TEST", {}), "MIRROR": db_router.PRIMARY}
    connections.settings[db_router.REPLICA] = replica

pytestmark = pytest.mark.django_db(
    databases=[db_router.PRIMARY, db_router.REPLICA] if ON_POSTGRESQL else [db_router.PRIMARY]
)


@pytest.fixture(autouse=True)
def _replica_connection():
    """The mirror is a second connection: closed after each test."""
    yield
    if ON_POSTGRESQL:
        connections[db_router.REPLICA].close()


@pytest.fixture
def routed(settings, monkeypatch):
    settings.DATABASE_ROUTERS = ["factcheck.db_router.PrimaryReplicaRouter"]
    settings.MIDDLEWARE = ["factcheck.db_router.PrimaryPinMiddleware", *settings.MIDDLEWARE]
    settings.REPLICA_PIN_SECONDS = 10
    if not ON_POSTGRESQL:
        # SQLite's shared in-memory test database locks whole tables across
        # connections: the router's choices are recorded, the primary serves them.
        monkeypatch.setattr(db_router, "replica_configured", lambda: True)


def queries_on_each(client_call):
    """The response, and how many reads the router sent to each database."""
    chosen = []
    choose = db_router.PrimaryReplicaRouter.db_for_read

    def spy(self, model, **hints):
        chosen.append(choose(self, model, **hints))
        return chosen[-1] if ON_POSTGRESQL else db_router.PRIMARY

    db_router.PrimaryReplicaRouter.db_for_read = spy
    try:
        response = client_call()
    finally:
        db_router.PrimaryReplicaRouter.db_for_read = choose
    return response, chosen.count(db_router.PRIMARY), chosen.count(db_router.REPLICA)


def test_anonymous_page_reads_from_the_replica(client, routed):
    response, on_primary, on_replica = queries_on_each(lambda: client.get("/claims/"))
    assert response.status_code == 200
    assert on_replica > 0
    assert on_primary == 0


def test_anonymous_api_read_uses_the_replica(client, routed):
    response, on_primary, on_replica = queries_on_each(lambda: client.get("/api/v1/claims/"))
    assert response.status_code == 200
    assert (on_primary, on_replica > 0) == (0, True)


def test_signed_in_staff_read_from_the_primary(client, routed):
    client.force_login(UserFactory(username="editor", groups=["Editors"]))
    response, on_primary, on_replica = queries_on_each(lambda: client.get("/claims/"))
    assert response.status_code == 200
    assert on_primary > 0
    assert on_replica == 0


def test_a_post_reads_and_writes_on_the_primary(client, routed):
    response, _, on_replica = queries_on_each(
        lambda: client.post("/admin/login/", {"username": "nobody", "password": "wrong"})
    )
    assert response.status_code in (200, 403, 429)
    assert on_replica == 0


def test_after_a_write_the_request_reads_from_the_primary(routed):
    token = db_router._current.set(db_router._Routing(use_replica=True))
    try:
        assert Claim.objects.all().db == db_router.REPLICA
        ClaimFactory()
        assert Claim.objects.all().db == db_router.PRIMARY
    finally:
        db_router._current.reset(token)


def test_a_write_sets_a_pin_cookie_for_the_next_requests(rf, routed, settings):
    def writer(request):
        ClaimFactory()
        return HttpResponse("written")

    response = db_router.PrimaryPinMiddleware(writer)(rf.get("/"))
    cookie = response.cookies[db_router.PIN_COOKIE]
    assert cookie["max-age"] == settings.REPLICA_PIN_SECONDS
    assert cookie["httponly"]

    reader = db_router.PrimaryPinMiddleware(lambda request: HttpResponse("read"))
    assert db_router.PIN_COOKIE not in reader(rf.get("/")).cookies


def test_a_pinned_browser_reads_from_the_primary(client, routed):
    client.cookies[db_router.PIN_COOKIE] = "1"
    response, on_primary, on_replica = queries_on_each(lambda: client.get("/claims/"))
    assert response.status_code == 200
    assert (on_primary > 0, on_replica) == (True, 0)


@pytest.mark.skipif(not ON_POSTGRESQL, reason="a second connection to the test database")
def test_anonymous_queries_run_on_the_replica_connection(client, routed):
    with (
        CaptureQueriesContext(connections[db_router.PRIMARY]) as primary,
        CaptureQueriesContext(connections[db_router.REPLICA]) as replica,
    ):
        assert client.get("/claims/").status_code == 200
    assert len(replica) > 0
    assert len(primary) == 0


def test_outside_a_request_everything_uses_the_primary(routed):
    assert Claim.objects.all().db == db_router.PRIMARY
    router = db_router.PrimaryReplicaRouter()
    assert router.db_for_write(Claim) == db_router.PRIMARY
    assert router.allow_migrate(db_router.REPLICA, "claims") is False
    assert router.allow_migrate(db_router.PRIMARY, "claims") is True


def test_without_the_router_the_replica_alias_is_unused(client):
    with CaptureQueriesContext(connections[db_router.PRIMARY]) as primary:
        assert client.get("/claims/").status_code == 200
    assert all(q["sql"] for q in primary)
    assert Claim.objects.all().db == db_router.PRIMARY
