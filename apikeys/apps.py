from django.apps import AppConfig


class APIKeysConfig(AppConfig):
    name = "apikeys"
    verbose_name = "API keys"

    def ready(self):
        # Registers the OpenAPI description of the key scheme with drf-spectacular.
        from apikeys import schema  # noqa: F401
