"""The API key in the OpenAPI schema: a bearer token, or the same key in `X-API-Key`.
Either one will do, and neither is required (anonymous reads are allowed)."""

from drf_spectacular.extensions import OpenApiAuthenticationExtension

DESCRIPTION = (
    "A newsroom API key, for a higher rate than anonymous clients get. Editors issue "
    "keys; see the API guide. Optional: without a key the API is read at the anonymous rate."
)


class APIKeyScheme(OpenApiAuthenticationExtension):
    target_class = "apikeys.authentication.APIKeyAuthentication"
    name = ["apiKeyBearer", "apiKeyHeader"]

    def get_security_definition(self, auto_schema):
        return [
            {"type": "http", "scheme": "bearer", "description": DESCRIPTION},
            {"type": "apiKey", "in": "header", "name": "X-API-Key", "description": DESCRIPTION},
        ]

    def get_security_requirement(self, auto_schema):
        # Either header, not both (a list is OR in OpenAPI).
        return [{"apiKeyBearer": []}, {"apiKeyHeader": []}]
