import pytest

pytestmark = pytest.mark.django_db


def test_the_schema_describes_the_api_key_as_bearer_or_header(client):
    schema = client.get("/api/schema/", {"format": "json"}).json()
    schemes = schema["components"]["securitySchemes"]
    assert schemes["apiKeyBearer"]["type"] == "http"
    assert schemes["apiKeyBearer"]["scheme"] == "bearer"
    assert schemes["apiKeyHeader"] == {
        "type": "apiKey",
        "in": "header",
        "name": "X-API-Key",
        "description": schemes["apiKeyBearer"]["description"],
    }


@pytest.mark.parametrize(
    "path", ["/api/v1/claims/", "/api/v1/claims/export.csv", "/api/v1/topics/{id}/"]
)
def test_every_read_takes_a_key_or_none(client, path):
    schema = client.get("/api/schema/", {"format": "json"}).json()
    security = schema["paths"][path]["get"]["security"]
    assert {"apiKeyBearer": []} in security
    assert {"apiKeyHeader": []} in security
    # Anonymous reads stay allowed.
    assert {} in security
